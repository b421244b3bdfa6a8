//! Quality of the texts: readability of the English (Flesch–Kincaid grade; the other languages'
//! readability is checked in `language_tests`), and, in every language, readability (Flesch–Kincaid grade) and originality (no run of
//! eight words shared with the research, checked against the committed fingerprint of the sources
//! in `seed_fingerprint.txt`, which scripts/seed-fingerprint.sh regenerates).

use super::originality::{fingerprint_of, hash_run, normalise, runs, Fingerprint, RUN};
use super::*;

// ---------------------------------------------------------------------------------------------
// Readability
// ---------------------------------------------------------------------------------------------

/// Syllables in one word, by counting vowel groups (`y` counts as a vowel), with the usual
/// corrections for a silent final `e`, `-es` and `-ed`. A heuristic, good enough for averages.
fn syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(char::is_ascii_alphabetic)
        .collect();
    if w.is_empty() {
        return 0;
    }
    let is_vowel = |c: char| "aeiouy".contains(c);
    let mut groups = 0;
    let mut prev = false;
    for &c in &w {
        let v = is_vowel(c);
        if v && !prev {
            groups += 1;
        }
        prev = v;
    }
    let n = w.len();
    let consonant_at = |i: usize| !is_vowel(w[i]);
    if n >= 3 && groups > 1 {
        let last = w[n - 1];
        let before = w[n - 2];
        // "time", "make": a final e after a consonant is silent, but "table", "people" keep it.
        let silent_e =
            last == 'e' && consonant_at(n - 2) && !(before == 'l' && consonant_at(n - 3));
        // "times", "used": -es and -ed add no syllable, except after sounds that need one
        // ("places", "wishes", "needed", "wanted").
        let silent_es = last == 's'
            && before == 'e'
            && consonant_at(n - 3)
            && !matches!(w[n - 3], 's' | 'x' | 'z' | 'c' | 'g' | 'h');
        let silent_ed =
            last == 'd' && before == 'e' && consonant_at(n - 3) && !matches!(w[n - 3], 't' | 'd');
        if silent_e || silent_es || silent_ed {
            groups -= 1;
        }
    }
    groups.max(1)
}

/// Words: runs of letters, digits and apostrophes that hold at least one letter or digit.
pub(super) fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

/// Sentences: runs of text ended by `.`, `!` or `?` (a trailing fragment counts as one).
fn sentences(text: &str) -> usize {
    let ended = text
        .split(['.', '!', '?'])
        .filter(|s| s.chars().any(char::is_alphanumeric))
        .count();
    ended.max(1)
}

/// The Flesch–Kincaid grade level of a text:
/// 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
fn fk_grade(text: &str) -> f64 {
    let ws = words(text);
    if ws.is_empty() {
        return 0.0;
    }
    let syl: usize = ws.iter().flat_map(|w| w.split('-')).map(syllables).sum();
    let words = ws.len() as f64;
    0.39 * (words / sentences(text) as f64) + 11.8 * (syl as f64 / words) - 15.59
}

pub(super) fn mean(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len() as f64
}

#[test]
fn syllables_follow_the_heuristic() {
    for (word, n) in [
        ("cat", 1),
        ("the", 1),
        ("time", 1),
        ("make", 1),
        ("table", 2),
        ("people", 2),
        ("times", 1),
        ("places", 2),
        ("used", 1),
        ("needed", 2),
        ("wanted", 2),
        ("recovery", 4),
        ("beautiful", 3),
        ("support", 2),
        ("Always,", 2),
        ("I", 1),
    ] {
        assert_eq!(syllables(word), n, "{word}");
    }
}

#[test]
fn words_and_sentences_are_counted() {
    assert_eq!(
        words("I'm off now, call me at work tomorrow."),
        vec!["I'm", "off", "now", "call", "me", "at", "work", "tomorrow"]
    );
    assert_eq!(sentences("One. Two! Three?"), 3);
    assert_eq!(sentences("No full stop"), 1);
}

#[test]
fn fk_grade_separates_simple_from_complex_text() {
    let simple = fk_grade("The cat sat on the mat.");
    assert!(simple < 1.0, "simple sentence graded {simple:.2}");
    // 6 words, 6 syllables, 1 sentence: 0.39 × 6 + 11.8 × 1 − 15.59.
    assert!((simple - (-1.45)).abs() < 1e-9);
    let complex = fk_grade(
        "The institutionalization of interdisciplinary methodologies necessitates \
         comprehensive reconsideration of organizational responsibilities.",
    );
    assert!(complex > 16.0, "complex sentence graded {complex:.2}");
    let plain = fk_grade("I had people I could talk to about the hard parts of my work.");
    assert!(
        (0.0..6.0).contains(&plain),
        "plain sentence graded {plain:.2}"
    );
}

#[test]
fn questions_read_at_grade_eight_or_below() {
    let c = Lang::En.locale();
    let grades: Vec<f64> = c
        .questions
        .iter()
        .chain(c.safety_questions)
        .map(|q| fk_grade(q.text))
        .collect();
    let m = mean(&grades);
    println!(
        "Mean Flesch–Kincaid grade of {} English questions: {m:.2}",
        grades.len()
    );
    assert!(m <= 8.0, "questions average grade {m:.2}");
    for q in c.questions.iter().chain(c.safety_questions) {
        let g = fk_grade(q.text);
        assert!(
            g <= 12.0,
            "{} is hard to read (grade {g:.1}): {}",
            q.id,
            q.text
        );
    }
}

#[test]
fn suggestions_and_short_texts_stay_plain() {
    let c = Lang::En.locale();
    let details: Vec<f64> = c.suggestions.iter().map(|s| fk_grade(s.detail)).collect();
    let whys: Vec<f64> = c.suggestions.iter().map(|s| fk_grade(s.why)).collect();
    let (d, w) = (mean(&details), mean(&whys));
    println!("Mean Flesch–Kincaid grade of suggestion details: {d:.2}; of reasons why: {w:.2}");
    assert!(d <= 8.0, "suggestion details average grade {d:.2}");
    assert!(w <= 9.0, "suggestion reasons average grade {w:.2}");
    for s in c.suggestions {
        let n = words(s.action).len();
        assert!(n <= 8, "{}: action has {n} words", s.id);
        assert!(
            !s.action.ends_with('.'),
            "{}: action is a short imperative, no full stop",
            s.id
        );
        assert_eq!(sentences(s.detail), 1, "{}: detail is one sentence", s.id);
        assert_eq!(sentences(s.why), 1, "{}: why is one sentence", s.id);
    }
    for r in c.research {
        let n = sentences(r.summary);
        assert!((2..=4).contains(&n), "{:?}: {n} sentences", r.source);
    }
}

// ---------------------------------------------------------------------------------------------
// Originality
// ---------------------------------------------------------------------------------------------

/// The committed fingerprint of the research sources: hashed runs of [`RUN`] words.
const SEED_FINGERPRINT: &str = include_str!("seed_fingerprint.txt");

fn seeds() -> Fingerprint {
    Fingerprint::parse(SEED_FINGERPRINT).unwrap_or_else(|e| panic!("seed_fingerprint.txt: {e}"))
}

/// Every text of `lang` a person or trainer reads that we wrote about the research.
pub(super) fn texts_of(lang: Lang) -> Vec<(String, &'static str)> {
    let c = lang.locale();
    let mut texts: Vec<(String, &'static str)> = Vec::new();
    for t in c.themes {
        for (part, text) in [
            ("title", t.title),
            ("intro", t.intro),
            ("covers", t.covers),
            ("strength", t.strength),
            ("prompt", c.training().theme(t.theme).prompt),
            ("aim", c.training().theme(t.theme).aim),
            ("practice", c.training().theme(t.theme).practice),
        ] {
            texts.push((format!("theme {} {part}", t.theme.key()), text));
        }
    }
    for q in c.questions.iter().chain(c.safety_questions) {
        texts.push((format!("question {}", q.id), q.text));
    }
    for s in c.suggestions {
        texts.push((format!("suggestion {} action", s.id), s.action));
        texts.push((format!("suggestion {} detail", s.id), s.detail));
        texts.push((format!("suggestion {} why", s.id), s.why));
    }
    for b in c.bands {
        texts.push((format!("band {}", b.band.key()), b.meaning));
    }
    for r in c.research {
        texts.push((format!("research {:?}", r.source), r.summary));
    }
    texts
}

#[test]
fn normalising_ignores_case_punctuation_and_apostrophe_style() {
    assert_eq!(
        normalise("I’m NOT, in-the office!"),
        vec!["im", "not", "in", "the", "office"]
    );
    assert_eq!(normalise("I'm"), normalise("I’m"));
    let w = normalise("one two three four five six seven eight nine");
    assert_eq!(runs(&w).count(), 2);
}

#[test]
fn no_text_shares_eight_words_in_a_row_with_the_research() {
    let seeds = seeds();
    let mut copied = Vec::new();
    // The research is in English: in another language the check finds English pasted in.
    for lang in Lang::ALL {
        for (what, text) in texts_of(lang) {
            for run in runs(&normalise(text)) {
                if seeds.contains_run(&run) {
                    copied.push(format!("{} {what}: \"{run}\"", lang.tag()));
                }
            }
        }
    }
    assert!(
        copied.is_empty(),
        "texts that repeat a source word for word:\n{}",
        copied.join("\n")
    );
}

#[test]
fn the_check_catches_a_copied_sentence() {
    let seeds = seeds();
    // A participant's words from the main study, typed with straight apostrophes.
    let copied =
        "You're either going to burnout or you're going to start making judgment mistakes.";
    assert!(runs(&normalise(copied)).any(|r| seeds.contains_run(&r)));
    let ours = "Workers said being on call all the time does not last.";
    assert!(!runs(&normalise(ours)).any(|r| seeds.contains_run(&r)));
}

#[test]
fn the_fingerprint_holds_about_one_run_per_source_word() {
    let seeds = seeds();
    // The sources hold about 10,500 words, so about as many runs; a file cut short or emptied must
    // fail here rather than let every text pass.
    assert!(
        seeds.len() >= 5_000,
        "the fingerprint holds only {} runs; regenerate it with scripts/seed-fingerprint.sh",
        seeds.len()
    );
    assert!(
        SEED_FINGERPRINT.starts_with('#'),
        "the header comment is missing"
    );
}

#[test]
fn every_fingerprint_line_is_a_comment_or_twelve_hex_digits() {
    let mut hashes = 0;
    for (i, line) in SEED_FINGERPRINT.lines().enumerate() {
        if line.starts_with('#') {
            continue;
        }
        assert!(
            line.len() == 12
                && line
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)),
            "line {}: {line:?} is not 12 lower-case hex digits",
            i + 1
        );
        hashes += 1;
    }
    assert_eq!(hashes, seeds().len(), "the fingerprint repeats a hash");
}

#[test]
fn a_fingerprint_finds_the_runs_it_was_made_from() {
    let sentence = "Peer workers said the hardest part of the job was never being off the clock.";
    let text = fingerprint_of([sentence].into_iter());
    assert!(text.starts_with("# "), "no header: {text}");
    assert!(
        text.contains("scripts/seed-fingerprint.sh"),
        "no way to regenerate: {text}"
    );
    let words = normalise(sentence);
    let expected = words.len() - RUN + 1;
    let hashes: Vec<&str> = text.lines().filter(|l| !l.starts_with('#')).collect();
    assert_eq!(hashes.len(), expected);
    assert!(
        hashes.windows(2).all(|w| w[0] < w[1]),
        "not sorted and distinct"
    );

    let fingerprint = Fingerprint::parse(&text).expect("a generated file parses");
    assert_eq!(fingerprint.len(), expected);
    assert!(runs(&words).all(|r| fingerprint.contains_run(&r)));
    assert!(!fingerprint.contains_run("workers said being on call all the time"));

    // The same text twice gives the same file: runs are deduplicated.
    assert_eq!(fingerprint_of([sentence, sentence].into_iter()), text);
    assert!(Fingerprint::parse("# header\n0123456789ab\nnot a hash\n").is_err());
    assert!(Fingerprint::parse("0123456789AB\n").is_err());
}

#[test]
fn the_run_hash_never_changes() {
    // FNV-1a 64 test vectors ("" is cbf29ce484222325, "a" is af63dc4c8601ec8c), low 48 bits. If
    // these change, the committed fingerprint no longer matches and every text would pass.
    assert_eq!(hash_run(""), "9ce484222325");
    assert_eq!(hash_run("a"), "dc4c8601ec8c");
    assert_eq!(
        hash_run("one two three four five six seven eight"),
        "9b92db71bfbb"
    );
}
