//! Prints the fingerprint of the research sources (the hashed runs of 8 words of every file in a
//! folder, default `../shared/seeds`) for `src/content/seed_fingerprint.txt`. Run by
//! scripts/seed-fingerprint.sh; this and that script are the only code that reads the seeds.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use full_cup::content::originality::fingerprint_of;

/// The text of every file directly in `dir`, in file-name order, or a clear message saying where
/// the seeds were expected, so an empty fingerprint can never be written by accident.
fn read_seeds(dir: &Path) -> Result<Vec<String>, String> {
    let expected = || {
        format!(
            "the research seeds are expected in {} (the `shared/seeds` folder beside the crate)",
            dir.display()
        )
    };
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("{}; cannot read it: {e}", expected()))?;
    let mut paths = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| format!("{}; {e}", expected()))?.path();
        if path.is_file() {
            paths.push(path);
        }
    }
    if paths.is_empty() {
        return Err(format!("{}, but it holds no files", expected()));
    }
    paths.sort();
    paths
        .iter()
        .map(|path| {
            std::fs::read(path)
                .map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
                .map_err(|e| format!("cannot read {}: {e}", path.display()))
        })
        .collect()
}

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .map_or_else(|| PathBuf::from("../shared/seeds"), PathBuf::from);
    match read_seeds(&dir) {
        Ok(texts) => {
            print!("{}", fingerprint_of(texts.iter().map(String::as_str)));
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("seed_fingerprint: {message}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_seeds_folder_fails_with_a_clear_message() {
        let missing = Path::new(env!("CARGO_MANIFEST_DIR")).join("no-such-seeds-folder");
        let msg = read_seeds(&missing).expect_err("a missing folder must fail, not pass silently");
        assert!(
            msg.contains("research seeds are expected in"),
            "unclear message: {msg}"
        );
        assert!(
            msg.contains("no-such-seeds-folder"),
            "message should name the path: {msg}"
        );
    }
}
