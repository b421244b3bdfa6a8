//! What every language must hold against English: the same texts with the same placeholders,
//! nothing left in English, and plain words (Spanish by the Fernández-Huerta readability formula;
//! Malay and Arabic, which have no formula in common use, by the length of their sentences).

use super::quality_tests::mean;
use super::*;
use std::collections::BTreeSet;

/// Every text of a language as (path, words): the interface, themes, questions, suggestions,
/// bands, research and line descriptions, keyed so that languages line up.
fn texts(lang: Lang) -> Vec<(String, String)> {
    let l = lang.locale();
    let mut out = Vec::new();
    fn walk(v: &serde_json::Value, path: &str, out: &mut Vec<(String, String)>) {
        match v {
            // A ready choice's id (`ui.plan.signs_chips[2][0]`) is a key, not words.
            serde_json::Value::String(_) if path.contains("_chips[") && path.ends_with("][0]") => {}
            serde_json::Value::String(s) => out.push((path.to_owned(), s.clone())),
            serde_json::Value::Array(a) => {
                for (i, x) in a.iter().enumerate() {
                    walk(x, &format!("{path}[{i}]"), out);
                }
            }
            serde_json::Value::Object(m) => {
                for (k, x) in m {
                    walk(x, &format!("{path}.{k}"), out);
                }
            }
            _ => {}
        }
    }
    walk(
        &serde_json::to_value(l.every_text()).expect("serialises"),
        "ui",
        &mut out,
    );
    // What we wrote about the research (themes, questions, suggestions, bands,
    // studies), as the originality check reads it; then what it leaves out.
    out.extend(
        super::quality_tests::texts_of(lang)
            .into_iter()
            .map(|(path, text)| (path, text.to_owned())),
    );
    for b in l.bands {
        out.push((format!("band {} name", b.band.key()), b.name.to_owned()));
    }
    for c in l.contacts {
        out.push((format!("line.{}.region", c.id), c.region.to_owned()));
        out.push((format!("line.{}.note", c.id), c.note.to_owned()));
    }
    out
}

/// The `{name}` placeholders of a text.
fn placeholders(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        match after.find('}') {
            Some(end)
                if after[..end]
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '_') =>
            {
                found.insert(after[..end].to_owned());
                rest = &after[end + 1..];
            }
            _ => rest = after,
        }
    }
    found
}

/// A plural form for one exact count (zero, one, two) may say the number in words.
fn is_exact_count_form(path: &str) -> bool {
    [".zero", ".one", ".two"].iter().any(|f| path.ends_with(f))
}

#[test]
fn placeholders_are_found() {
    assert_eq!(
        placeholders("{n} of {total}, {not a name} {x"),
        BTreeSet::from(["n".to_owned(), "total".to_owned()])
    );
}

#[test]
fn every_language_has_every_text_of_english_with_the_same_placeholders() {
    let english: std::collections::BTreeMap<String, String> = texts(Lang::En).into_iter().collect();
    for lang in Lang::ALL {
        let theirs: std::collections::BTreeMap<String, String> = texts(lang).into_iter().collect();
        let missing: Vec<&String> = english
            .keys()
            .filter(|k| {
                // Plural forms a language does not use are absent, and that is right.
                !(theirs.contains_key(*k)
                    || k.ends_with(".one")
                    || k.ends_with(".many")
                    || k.ends_with(".zero"))
            })
            .collect();
        assert!(missing.is_empty(), "{lang:?} lacks {missing:?}");
        for (path, text) in &theirs {
            // The English text of the same key, or its general form for a plural form English
            // does not have.
            let general = path
                .rsplit_once('.')
                .map(|(base, _)| format!("{base}.other"))
                .unwrap_or_default();
            let Some(en) = english.get(path).or_else(|| english.get(&general)) else {
                panic!("{lang:?} has a text English does not: {path}");
            };
            let (ours, wanted) = (placeholders(text), placeholders(en));
            if is_exact_count_form(path) {
                assert!(
                    ours.is_subset(&wanted),
                    "{lang:?} {path}: {ours:?} not within {wanted:?}"
                );
            } else {
                assert_eq!(
                    ours, wanted,
                    "{lang:?} {path}: placeholders differ from English"
                );
            }
        }
    }
}

/// Texts that are the same in every language: names, codes and pure punctuation or templates.
fn same_everywhere(text: &str) -> bool {
    let letters: String = placeholders_removed(text)
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    letters.is_empty()
        || [
            "Full Cup",
            "config.json",
            "SCORM",
            "JSON",
            "LMS",
            "iframe",
            "DOI:",
        ]
        .iter()
        .any(|name| placeholders_removed(text).trim() == *name)
}

fn placeholders_removed(text: &str) -> String {
    let mut out = text.to_owned();
    for p in placeholders(text) {
        out = out.replace(&format!("{{{p}}}"), "");
    }
    out
}

#[test]
fn no_text_is_left_in_english() {
    let english: std::collections::BTreeMap<String, String> = texts(Lang::En).into_iter().collect();
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let left: Vec<String> = texts(lang)
            .into_iter()
            .filter(|(path, text)| {
                english.get(path) == Some(text)
                    && !same_everywhere(text)
                    // A region's name may be the same word ("Malaysia", "Australia").
                    && !path.ends_with(".region")
                    // So may a framework's element ("Social" is Spanish too).
                    && (!path.ends_with(".element") || text != "Social")
            })
            .map(|(path, text)| format!("{path}: {text}"))
            .collect();
        assert!(
            left.is_empty(),
            "{lang:?} still in English:\n{}",
            left.join("\n")
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Plain words
// ---------------------------------------------------------------------------------------------

use super::quality_tests::words;

/// Sentences, ended by `.`, `!`, `?` or the Arabic question mark `؟`; a question quoted inside
/// a sentence («…?») does not end it.
fn sentences(text: &str) -> usize {
    let mut unquoted = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '«' | '“' => depth += 1,
            '»' | '”' => depth = depth.saturating_sub(1),
            _ if depth == 0 => unquoted.push(c),
            _ => {}
        }
    }
    unquoted
        .split(['.', '!', '?', '؟'])
        .filter(|s| s.chars().any(char::is_alphanumeric))
        .count()
        .max(1)
}

/// Spanish syllables: vowel groups, split where two strong vowels meet (hiatus, "le-er") or an
/// accented í or ú stands beside another vowel ("dí-a"). A heuristic, good enough for averages.
fn spanish_syllables(word: &str) -> usize {
    let w: Vec<char> = word
        .to_lowercase()
        .chars()
        .filter(|c| c.is_alphabetic())
        .collect();
    let vowel = |c: char| "aeiouáéíóúü".contains(c);
    let strong = |c: char| "aeoáéóíú".contains(c);
    let mut count = 0;
    let mut prev: Option<char> = None;
    for (i, &c) in w.iter().enumerate() {
        if vowel(c) {
            let starts = match prev {
                Some(p) if vowel(p) => strong(p) && strong(c),
                _ => true,
            };
            // "qu" and "gu" before e or i: the u is silent.
            let silent_u = c == 'u'
                && i > 0
                && matches!(w[i - 1], 'q' | 'g')
                && w.get(i + 1).is_some_and(|n| "eiéí".contains(*n));
            if silent_u {
                // Read as part of the consonant: the next vowel starts the syllable.
                prev = None;
                continue;
            }
            if starts {
                count += 1;
            }
        }
        prev = Some(c);
    }
    count.max(1)
}

/// Fernández-Huerta readability of Spanish: 206.84 − 0.60 × syllables per 100 words − 1.02 ×
/// sentences per 100 words. 70–80 reads as "fairly easy" (about a 7th grader), 80–90 "easy".
fn fernandez_huerta(text: &str) -> f64 {
    let ws = words(text);
    if ws.is_empty() {
        return 100.0;
    }
    let n = ws.len() as f64;
    let syllables: usize = ws.iter().map(|w| spanish_syllables(w)).sum();
    206.84 - 0.60 * (100.0 * syllables as f64 / n) - 1.02 * (100.0 * sentences(text) as f64 / n)
}

#[test]
fn spanish_syllables_follow_the_rules() {
    for (word, n) in [
        ("casa", 2),
        ("cuidado", 3),
        ("leer", 2),
        ("día", 2),
        ("agua", 2),
        ("recuperación", 5),
        ("huevo", 2),
        ("país", 2),
        ("que", 1),
        ("seguir", 2),
        ("trabajo", 3),
    ] {
        assert_eq!(spanish_syllables(word), n, "{word}");
    }
    assert!(fernandez_huerta("Me sentí bien. Fui a casa.") > 90.0);
    assert!(
        fernandez_huerta(
            "La administración institucional implementó procedimientos extraordinariamente complicados."
        ) < 30.0
    );
}

fn lang(tag: &str) -> &'static Locale {
    Lang::from_tag(tag)
        .unwrap_or_else(|| panic!("{tag} is spoken"))
        .locale()
}

#[test]
fn spanish_questions_and_suggestions_read_easily() {
    let c = lang("es");
    let questions: Vec<f64> = c
        .questions
        .iter()
        .chain(c.safety_questions)
        .map(|q| fernandez_huerta(q.text))
        .collect();
    let details: Vec<f64> = c
        .suggestions
        .iter()
        .map(|s| fernandez_huerta(s.detail))
        .collect();
    let (q, d) = (mean(&questions), mean(&details));
    println!("Fernández-Huerta: Spanish questions {q:.1}, suggestion details {d:.1}");
    assert!(
        q >= 70.0,
        "Spanish questions read at {q:.1}, below 70 (fairly easy)"
    );
    assert!(
        d >= 60.0,
        "Spanish suggestion details read at {d:.1}, below 60 (plain)"
    );
    // One short sentence with two long words scores low on a formula made for passages: only a
    // question far below the rest fails on its own.
    for question in c.questions.iter().chain(c.safety_questions) {
        let score = fernandez_huerta(question.text);
        assert!(
            score >= 25.0,
            "{} is hard to read ({score:.1}): {}",
            question.id,
            question.text
        );
    }
}

#[test]
fn every_language_keeps_to_short_sentences() {
    for l in Lang::ALL.map(Lang::locale) {
        let per_sentence = |text: &str| words(text).len() as f64 / sentences(text) as f64;
        let all: Vec<f64> = l
            .questions
            .iter()
            .chain(l.safety_questions)
            .map(|q| per_sentence(q.text))
            .collect();
        let mean = mean(&all);
        println!("{:?}: questions average {mean:.1} words a sentence", l.lang);
        assert!(
            mean <= 16.0,
            "{:?} questions average {mean:.1} words a sentence",
            l.lang
        );
        for q in l.questions.iter().chain(l.safety_questions) {
            let n = words(q.text).len();
            assert!(n <= 28, "{:?} {}: {n} words: {}", l.lang, q.id, q.text);
        }
        for s in l.suggestions {
            let n = words(s.action).len();
            assert!(n <= 10, "{:?} {}: the action has {n} words", l.lang, s.id);
            assert_eq!(
                sentences(s.detail),
                1,
                "{:?} {}: the detail is one sentence",
                l.lang,
                s.id
            );
            assert_eq!(
                sentences(s.why),
                1,
                "{:?} {}: the why is one sentence",
                l.lang,
                s.id
            );
        }
    }
}

/// The welcome screen's "{n} questions" is one text, not a plural, because the number is the
/// bank's and never changes while the app runs. Each language's words fit the plural form of
/// today's number only (Arabic's "{n} سؤالًا" is right for 11 to 99): a bank that leaves that
/// form must make the text a plural first.
#[test]
fn the_number_of_questions_stays_in_the_plural_form_its_words_were_written_for() {
    let n = crate::assessment::bank::QUESTIONS.len() as u64;
    for (lang, written_for) in [
        (Lang::En, Category::Other),
        (Lang::Es, Category::Other),
        (Lang::Ms, Category::Other),
        (Lang::Ar, Category::Many),
    ] {
        assert_eq!(
            lang.locale().plural.category(n),
            written_for,
            "{lang:?}: full_desc was worded for {written_for:?}, and {n} questions is not"
        );
    }
    assert_eq!(
        Lang::ALL.len(),
        4,
        "a new language says here which plural form its full_desc is worded for"
    );
}
