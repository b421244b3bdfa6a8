//! A million bad inputs: generated input for every reader of data from outside the app (a history
//! file, stored history, session progress, URL options and a trainer's `config.json`), fed through
//! the real readers and the real keeping policy. Counts panics, and for stored history, check-ins
//! lost. Deterministic from a seed, with no dependency beyond the standard library, so that any
//! failure can be replayed.
//!
//! `scripts/fuzz.sh N` runs it at scale; a native test runs a slice of it on every test run.

use std::panic::{catch_unwind, AssertUnwindSafe};

use super::history::{CheckIn, History, OnDevice, KEY, SET_ASIDE_KEY};
use super::policy::{self, Change, MemoryShelf, Shelf};
use super::{config, session, url_options};

/// The documented example trainers start from: the fuzzer edits it at random.
const CONFIG_EXAMPLE: &str = include_str!("../../static/config.example.json");
use crate::assessment::{bank, Answers, Date, Frequency, Length, Plan, Response};

/// A small, fast pseudo-random generator (xorshift64*): the same seed gives the same inputs.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number below `n` (`n` > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Which reader an input was fed to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reader {
    HistoryFile,
    StoredHistory,
    FailedImport,
    SessionProgress,
    UrlOptions,
    TrainerConfig,
}

impl Reader {
    pub const ALL: [Reader; 6] = [
        Reader::HistoryFile,
        Reader::StoredHistory,
        Reader::FailedImport,
        Reader::SessionProgress,
        Reader::UrlOptions,
        Reader::TrainerConfig,
    ];
}

/// What a run found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Report {
    pub inputs: u64,
    /// Inputs per reader, in [`Reader::ALL`] order.
    pub per_reader: [u64; 6],
    pub panics: u64,
    /// Check-ins that were stored before and missing after (stored-history cases).
    pub lost: u64,
    /// The first failure, to replay: the reader, the input's number and its text (cut).
    pub first_failure: Option<(Reader, u64, String)>,
}

fn day() -> Date {
    Date::new(2026, 11, 23).unwrap_or(Date {
        year: 2026,
        month: 11,
        day: 23,
    })
}

/// A real history of a few check-ins, as stored and exported.
fn good_history() -> History {
    let mut h = History::default();
    for (at, f) in [
        (1, Frequency::Often),
        (2, Frequency::Rarely),
        (3, Frequency::Always),
    ] {
        let answers: Answers = bank::QUESTIONS
            .iter()
            .map(|q| (q.id, Response::Given(f)))
            .collect();
        let c = CheckIn::record(at, day(), Length::Full, &answers, &Plan::default());
        let _ = h.add(c);
    }
    h
}

const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "null",
    "true",
    "-1",
    "1e999",
    "0",
    "101",
    "18446744073709551616",
    "\"full\"",
    "\"pulse\"",
    "\"often\"",
    "\"skip\"",
    "\"2026-02-30\"",
    "\"format\"",
    "\"version\"",
    "\"check_ins\"",
    "\"answers\"",
    "\"levels\"",
    "\"cup\"",
    "\"plan\"",
    "\"picks\"",
    "\"note\"",
    "\u{202E}",
    "\u{2066}",
    "\u{0}",
    "é",
    "🙂",
    "\\u0000",
    "\\ud800",
    "[[[[[[[[[[[[[[[[",
    "    ",
];

/// Text made from `seed` in one of several ways: random bytes, a real file edited at random,
/// random tokens of JSON, or a real file with a Full Cup envelope around random content.
fn generated(rng: &mut Rng, seed: &str) -> String {
    match rng.below(5) {
        0 => {
            let n = rng.below(300);
            let bytes: Vec<u8> = (0..n).map(|_| rng.next_u64() as u8).collect();
            String::from_utf8_lossy(&bytes).into_owned()
        }
        1 | 2 => {
            // Edits of a real text: cut, delete, duplicate, or insert tokens at random places.
            let mut chars: Vec<char> = seed.chars().collect();
            for _ in 0..=rng.below(4) {
                let at = rng.below(chars.len() + 1);
                match rng.below(4) {
                    0 => chars.truncate(at),
                    1 => {
                        let end = (at + rng.below(40)).min(chars.len());
                        chars.drain(at..end);
                    }
                    2 => {
                        let end = (at + rng.below(200)).min(chars.len());
                        let copy: Vec<char> = chars[at..end].to_vec();
                        chars.splice(at..at, copy);
                    }
                    _ => {
                        let t: Vec<char> = rng.pick(TOKENS).chars().collect();
                        chars.splice(at..at, t);
                    }
                }
            }
            chars.into_iter().collect()
        }
        3 => (0..rng.below(60)).map(|_| *rng.pick(TOKENS)).collect(),
        _ => {
            let inner: String = (0..rng.below(30)).map(|_| *rng.pick(TOKENS)).collect();
            format!(
                "{{\"format\":\"full-cup-history\",\"version\":{},\"check_ins\":[{inner}]}}",
                rng.below(4)
            )
        }
    }
}

fn query(rng: &mut Rng) -> String {
    const PARTS: &[&str] = &[
        "lang", "length", "embed", "=", "&", "?", "%", "%00", "%zz", "en", "quick", "pulse", "1",
        "\u{202E}", "<script>", "🙂", "==", "&&", "x",
    ];
    (0..rng.below(40)).map(|_| *rng.pick(PARTS)).collect()
}

/// The moments of a history's check-ins.
fn moments(h: &History) -> Vec<(u64, Length)> {
    h.check_ins().iter().map(|c| (c.at, c.length)).collect()
}

/// Runs one input through `reader`; `Err` names a lost check-in.
fn one(reader: Reader, rng: &mut Rng, seeds: &Seeds) -> (String, Result<(), String>) {
    match reader {
        Reader::HistoryFile => {
            let text = generated(rng, &seeds.history);
            let result = History::parse_file(&text).map(|_| ()).or(Ok(()));
            (text, result)
        }
        Reader::StoredHistory => {
            // Whatever is stored, reading it and then saving must never lose what was there: an
            // unreadable text is kept, exactly, in one of the two keys; a readable one keeps every
            // check-in after a save.
            let text = generated(rng, &seeds.history);
            let mut shelf = MemoryShelf::default();
            let _ = shelf.set(KEY, &text);
            let loaded = policy::load(&mut shelf);
            let before = match &loaded.history {
                OnDevice::Read(h) => moments(h),
                _ => vec![],
            };
            let new = CheckIn::record(
                9_999,
                day(),
                Length::Pulse,
                &Answers::new(),
                &Plan::default(),
            );
            let _ = policy::apply(&mut shelf, Change::Save(new), day());
            let kept_text = [KEY, SET_ASIDE_KEY]
                .iter()
                .any(|k| shelf.get(k).ok().flatten().as_deref() == Some(text.as_str()));
            let result = match loaded.history {
                // Read: every check-in that was there is still there after the save.
                OnDevice::Read(_) => match policy::load(&mut shelf).history {
                    OnDevice::Read(after) => {
                        let now = moments(&after);
                        match before.iter().find(|m| !now.contains(m)) {
                            Some(m) => Err(format!("check-in {m:?} lost")),
                            None => Ok(()),
                        }
                    }
                    _ => Err("a readable history became unreadable".to_owned()),
                },
                // Unreadable (kept where it was) or moved aside: the text is kept, exactly.
                _ if kept_text => Ok(()),
                _ => Err("stored text that could not be read was not kept".to_owned()),
            };
            (text, result)
        }
        Reader::FailedImport => {
            // A file imported into a real history: refused or added, nothing stored is lost.
            let text = generated(rng, &seeds.history);
            let mut shelf = MemoryShelf::default();
            let _ = shelf.set(KEY, &seeds.history);
            let before = moments(&seeds.good);
            let change = History::parse_file(&text)
                .and_then(|f| seeds.good.preview(&f.history, f.migrated_from));
            if let Ok(p) = change {
                let _ = policy::apply(&mut shelf, Change::Import(Box::new(p)), day());
            }
            let result = match policy::load(&mut shelf).history {
                OnDevice::Read(after) => {
                    let now = moments(&after);
                    match before.iter().find(|m| !now.contains(m)) {
                        Some(m) => Err(format!("check-in {m:?} lost by an import")),
                        None => Ok(()),
                    }
                }
                _ => Err("the history became unreadable after an import".to_owned()),
            };
            (text, result)
        }
        Reader::SessionProgress => {
            let text = generated(rng, &seeds.session);
            let _ = session::read(&text);
            (text, Ok(()))
        }
        Reader::UrlOptions => {
            let text = query(rng);
            let _ = url_options::parse(&text);
            (text, Ok(()))
        }
        Reader::TrainerConfig => {
            // Whatever the file says, a refused one never leaves a way out that is not a web
            // address, and an accepted one only ever holds web addresses to leave for.
            let text = generated(rng, CONFIG_EXAMPLE);
            let result = match config::parse(&text) {
                Ok(c)
                    if c.exit_url
                        .as_deref()
                        .is_some_and(|u| !config::is_web_address(u)) =>
                {
                    Err("an exit address that is not a web address was accepted".to_owned())
                }
                _ => Ok(()),
            };
            (text, result)
        }
    }
}

struct Seeds {
    good: History,
    history: String,
    session: String,
}

/// Feeds `inputs` generated inputs, spread over every reader, starting from `seed`.
pub fn run(inputs: u64, seed: u64) -> Report {
    let good = good_history();
    let seeds = Seeds {
        history: good.to_json(day()),
        session: session::write(&session::Progress {
            length: Length::Full,
            page: 3,
            answers: good.check_ins()[0].answers.clone(),
        }),
        good,
    };
    let mut rng = Rng::new(seed);
    let mut report = Report::default();
    for n in 0..inputs {
        let i = (n % Reader::ALL.len() as u64) as usize;
        let reader = Reader::ALL[i];
        let outcome = catch_unwind(AssertUnwindSafe(|| one(reader, &mut rng, &seeds)));
        report.inputs += 1;
        report.per_reader[i] += 1;
        let failure = match outcome {
            Ok((_, Ok(()))) => None,
            Ok((text, Err(why))) => {
                report.lost += 1;
                Some(format!(
                    "{why}: {}",
                    text.chars().take(200).collect::<String>()
                ))
            }
            Err(_) => {
                report.panics += 1;
                Some("panicked".to_owned())
            }
        };
        if let (Some(text), None) = (failure, &report.first_failure) {
            report.first_failure = Some((reader, n, text));
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slice_of_the_million_finds_no_panic_and_loses_nothing() {
        let report = run(30_000, 0x00F0_11C0);
        assert_eq!(report.inputs, 30_000);
        assert!(report.per_reader.iter().all(|n| *n == 5_000));
        assert_eq!(
            (report.panics, report.lost),
            (0, 0),
            "{:?}",
            report.first_failure
        );
    }

    #[test]
    fn the_generator_is_deterministic_and_varied() {
        let mut a = Rng::new(7);
        let mut b = Rng::new(7);
        let seed = good_history().to_json(day());
        let xs: Vec<String> = (0..50).map(|_| generated(&mut a, &seed)).collect();
        let ys: Vec<String> = (0..50).map(|_| generated(&mut b, &seed)).collect();
        assert_eq!(xs, ys);
        let mut distinct = xs.clone();
        distinct.sort();
        distinct.dedup();
        assert!(distinct.len() > 40, "inputs should differ");
        // Some edited files are still valid, so the readers' accepting paths are exercised too.
        let accepted = (0..500)
            .filter(|_| History::parse(&generated(&mut a, &seed)).is_ok())
            .count();
        assert!(accepted > 0, "no generated file was ever accepted");
    }
}
