//! Feeds N generated bad inputs (default 1,000,000) through every reader of outside data and
//! prints what it found: `scripts/fuzz.sh N`. Exits non-zero on any panic or lost check-in.

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use full_cup::storage::fuzz::{run, Reader};
    let n: u64 = std::env::args()
        .nth(1)
        .and_then(|a| a.replace(['_', ','], "").parse().ok())
        .unwrap_or(1_000_000);
    let seed: u64 = std::env::args()
        .nth(2)
        .and_then(|a| a.parse().ok())
        .unwrap_or(0x00F0_11C0);
    // Panics are counted, not printed one by one.
    std::panic::set_hook(Box::new(|_| {}));
    let started = std::time::Instant::now();
    let report = run(n, seed);
    let secs = started.elapsed().as_secs_f64();
    println!("inputs: {} in {secs:.1} s (seed {seed})", report.inputs);
    for (reader, count) in Reader::ALL.iter().zip(report.per_reader) {
        println!("  {reader:?}: {count}");
    }
    println!("panics: {}", report.panics);
    println!("check-ins lost: {}", report.lost);
    if let Some((reader, at, text)) = &report.first_failure {
        println!("first failure: {reader:?}, input {at}: {text}");
        return std::process::ExitCode::FAILURE;
    }
    std::process::ExitCode::SUCCESS
}

#[cfg(target_arch = "wasm32")]
fn main() {}
