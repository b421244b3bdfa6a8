//! Originality of our texts against the research sources: word normalisation, runs of [`RUN`]
//! consecutive words, a stable 48-bit hash of a run, and the committed fingerprint (the set of hashed
//! runs of every source) that the tests check our texts against without reading the sources.

use std::collections::HashSet;

/// How many consecutive words a text may share with a source before it counts as copied.
pub const RUN: usize = 8;

/// Lower-case words with apostrophes dropped, so "I’m" and "I'm" both become "im". Words are split
/// on anything that is not a letter or digit; empty words are dropped.
pub fn normalise(text: &str) -> Vec<String> {
    text.to_lowercase()
        .replace(['\'', '’', '‘'], "")
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Every run of [`RUN`] consecutive words, joined by single spaces (none if there are fewer words).
pub fn runs(words: &[String]) -> impl Iterator<Item = String> + '_ {
    words.windows(RUN).map(|w| w.join(" "))
}

/// The low 48 bits kept from the 64-bit hash.
const MASK: u64 = (1 << 48) - 1;

/// The 64-bit FNV-1a hash of the run's UTF-8 bytes, truncated to its low 48 bits.
fn hash_value(run: &str) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let hash = run
        .bytes()
        .fold(OFFSET, |h, b| (h ^ u64::from(b)).wrapping_mul(PRIME));
    hash & MASK
}

/// The stable hash of a run as it is written in the fingerprint file: 64-bit FNV-1a of the run's
/// UTF-8 bytes, truncated to its low 48 bits, as 12 lower-case hex digits.
pub fn hash_run(run: &str) -> String {
    format!("{:012x}", hash_value(run))
}

/// The hashed runs of the research sources, parsed from the fingerprint file: one hash (12
/// lower-case hex digits) per line; lines starting with `#` are comments and blank lines are skipped.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fingerprint {
    hashes: HashSet<u64>,
}

impl Fingerprint {
    /// Parses a fingerprint file, or says which line is not a hash, so a damaged file can never
    /// pass for a smaller one.
    pub fn parse(text: &str) -> Result<Fingerprint, String> {
        let mut hashes = HashSet::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let well_formed = line.len() == 12
                && line
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b));
            let value = match u64::from_str_radix(line, 16) {
                Ok(value) if well_formed => value,
                _ => {
                    return Err(format!(
                        "line {}: expected 12 lower-case hex digits, found {line:?}",
                        i + 1
                    ))
                }
            };
            hashes.insert(value);
        }
        Ok(Fingerprint { hashes })
    }

    /// Whether a run (as made by [`runs`]) is one of the sources' runs.
    pub fn contains_run(&self, run: &str) -> bool {
        self.hashes.contains(&hash_value(run))
    }

    /// How many distinct hashed runs the fingerprint holds.
    pub fn len(&self) -> usize {
        self.hashes.len()
    }

    /// Whether the fingerprint holds no runs at all.
    pub fn is_empty(&self) -> bool {
        self.hashes.is_empty()
    }
}

/// The fingerprint file for some source texts: a comment header saying what the file is and how to
/// regenerate it, then the hash of every run of every text, sorted, deduplicated, one per line.
pub fn fingerprint_of<'a>(texts: impl Iterator<Item = &'a str>) -> String {
    let mut hashes: Vec<u64> = texts
        .flat_map(|text| {
            runs(&normalise(text))
                .map(|run| hash_value(&run))
                .collect::<Vec<_>>()
        })
        .collect();
    hashes.sort_unstable();
    hashes.dedup();
    let mut out = String::from(
        "# Fingerprint of the research sources in shared/seeds, for the originality test.\n\
         # One line per distinct run of 8 consecutive normalised words in any source: the 64-bit\n\
         # FNV-1a hash of the run, low 48 bits, as 12 hex digits (see src/content/originality.rs).\n\
         # Generated; do not edit. When the seeds change, run scripts/seed-fingerprint.sh and commit.\n",
    );
    for hash in hashes {
        out.push_str(&format!("{hash:012x}\n"));
    }
    out
}
