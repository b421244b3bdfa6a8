//! Benchmark: how long scoring a whole check-in takes (levels, bands, cup, priorities, strengths,
//! safety signals and "start here"), over many generated answer sheets. Run by scripts/bench.sh.

use std::hint::black_box;
use std::time::Instant;

use full_cup::assessment::{bank, evaluate, Answers, Length, Response};

fn main() {
    let ids: Vec<&str> = bank::QUESTIONS
        .iter()
        .map(|q| q.id)
        .chain(bank::SAFETY_QUESTIONS.iter().map(|q| q.id))
        .collect();
    // A fixed pseudo-random sequence, so every run scores the same sheets.
    let mut seed: u64 = 0x5eed;
    let mut next = move || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize
    };
    let sheets: Vec<Answers> = (0..2_000)
        .map(|_| {
            ids.iter()
                .map(|id| (*id, Response::ALL[next() % Response::ALL.len()]))
                .collect()
        })
        .collect();
    for length in [Length::Full, Length::Pulse] {
        let rounds = 25;
        let start = Instant::now();
        for _ in 0..rounds {
            for sheet in &sheets {
                black_box(evaluate(length, black_box(sheet)));
            }
        }
        let per = start.elapsed().as_secs_f64() * 1e6 / (rounds * sheets.len()) as f64;
        println!(
            "scoring {:5}: {per:.2} µs per check-in ({} check-ins)",
            length.key(),
            rounds * sheets.len()
        );
    }
}
