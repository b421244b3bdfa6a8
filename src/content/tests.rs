//! Completeness of every language against the bank: every id has a text, no text is orphaned or empty.

use super::*;
use crate::assessment::{bank, Band, Source, Theme};

fn ids<T>(items: &[T], id: impl Fn(&T) -> &str) -> Vec<String> {
    let mut v: Vec<String> = items.iter().map(|i| id(i).to_owned()).collect();
    v.sort();
    v
}

#[test]
fn every_language_words_exactly_the_bank_questions() {
    for lang in Lang::ALL {
        let c = lang.locale();
        assert_eq!(
            ids(c.questions, |q| q.id),
            ids(bank::QUESTIONS, |q| q.id),
            "{lang:?} questions"
        );
        assert_eq!(
            ids(c.safety_questions, |q| q.id),
            ids(bank::SAFETY_QUESTIONS, |q| q.id),
            "{lang:?} safety questions"
        );
    }
}

#[test]
fn every_language_words_exactly_the_library_suggestions() {
    for lang in Lang::ALL {
        let c = lang.locale();
        assert_eq!(
            ids(c.suggestions, |s| s.id),
            ids(bank::SUGGESTIONS, |s| s.id),
            "{lang:?}"
        );
    }
}

#[test]
fn every_language_names_every_theme_band_and_source() {
    for lang in Lang::ALL {
        let c = lang.locale();
        for t in Theme::PAGE_ORDER {
            assert_eq!(
                c.themes.iter().filter(|x| x.theme == t).count(),
                1,
                "{lang:?} {t:?}"
            );
            assert_eq!(
                c.training().themes.iter().filter(|x| x.theme == t).count(),
                1,
                "{lang:?} {t:?}: the trainers' words for it"
            );
        }
        for b in Band::ALL {
            assert_eq!(
                c.bands.iter().filter(|x| x.band == b).count(),
                1,
                "{lang:?} {b:?}"
            );
        }
        for s in Source::ALL {
            assert_eq!(
                c.research.iter().filter(|x| x.source == s).count(),
                1,
                "{lang:?} {s:?}"
            );
        }
    }
}

#[test]
fn no_text_is_empty() {
    for lang in Lang::ALL {
        let c = lang.locale();
        let mut texts: Vec<&str> = Vec::new();
        for t in c.themes {
            let tt = c.training().theme(t.theme);
            texts.extend([
                t.title,
                t.intro,
                t.covers,
                t.strength,
                tt.prompt,
                tt.aim,
                tt.practice,
            ]);
        }
        texts.extend(c.questions.iter().chain(c.safety_questions).map(|i| i.text));
        for s in c.suggestions {
            texts.extend([s.action, s.detail, s.why]);
        }
        texts.extend(c.bands.iter().flat_map(|b| [b.name, b.meaning]));
        texts.extend(c.research.iter().map(|r| r.summary));
        for t in texts {
            assert!(!t.trim().is_empty(), "{lang:?} has an empty text");
        }
    }
}

#[test]
fn every_source_has_a_citation() {
    for s in Source::ALL {
        assert!(research::citation(s).is_some(), "{s:?} has no citation");
    }
}

#[test]
fn language_tags_parse_loosely_and_refuse_unknown() {
    assert_eq!(Lang::from_tag("en-GB"), Some(Lang::En));
    assert_eq!(Lang::from_tag("EN"), Some(Lang::En));
    assert_eq!(Lang::from_tag("xx"), None);
    assert_eq!(Lang::from_tag(""), None);
}

#[test]
fn fill_replaces_every_placeholder() {
    assert_eq!(
        fill("Part {n} of {total}", &[("n", "3"), ("total", "9")]),
        "Part 3 of 9"
    );
}

#[test]
fn every_locale_names_its_own_language() {
    for lang in Lang::ALL {
        assert_eq!(lang.locale().lang, lang);
        assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
    }
}

#[test]
fn every_language_describes_every_built_in_line() {
    for lang in Lang::ALL {
        let l = lang.locale();
        for line in contacts::BUILT_IN {
            let text = l
                .contact(line.id)
                .unwrap_or_else(|| panic!("{lang:?} {}", line.id));
            assert!(!text.region.is_empty() && !text.note.is_empty());
        }
        assert_eq!(l.contacts.len(), contacts::BUILT_IN.len(), "{lang:?}");
    }
}

/// Every plural text in a `Ui`, found by its shape (an object with an `other` form), so that a
/// new one is checked without being listed here.
#[cfg(not(target_arch = "wasm32"))]
fn plural_texts(value: &serde_json::Value, path: &str, out: &mut Vec<(String, serde_json::Value)>) {
    if let Some(map) = value.as_object() {
        if map.contains_key("other") {
            out.push((path.to_owned(), value.clone()));
            return;
        }
        for (k, v) in map {
            plural_texts(v, &format!("{path}.{k}"), out);
        }
    }
}

// Native only: `Ui` is serialised (to find its plural texts) only in native builds.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn every_plural_text_words_each_category_its_language_uses() {
    for lang in Lang::ALL {
        let l = lang.locale();
        let ui = serde_json::to_value(l.every_text()).expect("serialises");
        let mut found = Vec::new();
        plural_texts(&ui, "ui", &mut found);
        assert!(
            found.len() >= 7,
            "{lang:?}: only {} plural texts found",
            found.len()
        );
        for (path, forms) in found {
            for category in l.plural.categories() {
                let key = format!("{category:?}").to_lowercase();
                assert!(
                    forms[&key].as_str().is_some_and(|f| !f.trim().is_empty()),
                    "{lang:?} {path} has no {key} form"
                );
            }
            // The general form always shows the number; a form for one exact count may word it.
            assert!(
                forms["other"].as_str().is_some_and(|f| f.contains("{n}")),
                "{lang:?} {path}: the other form does not show {{n}}"
            );
        }
    }
}

#[test]
fn a_count_fills_its_form_and_the_other_values() {
    let l = Lang::En.locale();
    assert_eq!(
        l.count(&l.history_words().import_done, 1, &[]),
        "Added 1 check-in to your history."
    );
    assert_eq!(
        l.count(
            &l.history_words().import_preview,
            4,
            &[("new", "3"), ("dup", "1")]
        ),
        "This file has 4 check-ins: 3 new, 1 already here."
    );
}

// Native only: the page's own texts are not in a web build's `Ui`.
#[cfg(not(target_arch = "wasm32"))]
#[test]
fn the_plain_html_way_out_says_what_the_english_locale_says() {
    // The fallback must work before any script runs, so it is static HTML in index.html; this
    // keeps its words those of the locale.
    let html = include_str!("../../index.html");
    let ui = Lang::En.locale().ui;
    let expected = format!(
        "<p>{} <a href=\"./\" target=\"_blank\" rel=\"noopener noreferrer\">{}</a></p>",
        ui.frame_fallback, ui.open_new_tab
    );
    assert!(
        html.contains(&expected),
        "index.html's fallback differs from the locale"
    );
    for line in [
        format!(
            "<p class=\"blocked-only\">{} <span class=\"address\" data-address></span></p>",
            ui.frame_blocked
        ),
        format!(
            "<p class=\"blocked-only\">{} <code dir=\"ltr\">sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox\"</code></p>",
            ui.frame_sandbox_words
        ),
    ] {
        assert!(html.contains(&line), "index.html lacks {line}");
    }
}

#[test]
fn every_language_words_each_right_now_tool_step_by_step() {
    use crate::assessment::right_now::Tool;
    for lang in Lang::ALL {
        let w = &lang.locale().ui.now;
        for (tool, words) in Tool::ALL.iter().zip(&w.tools) {
            assert_eq!(words.steps.len(), tool.steps(), "{lang:?} {tool:?}");
            assert!(
                words.steps.iter().all(|s| !s.trim().is_empty()),
                "{lang:?} {tool:?}"
            );
        }
        // Breathing's words say its pace: the two counts appear in every language's steps.
        let breathing = &w.tools[3];
        let pace = format!("{} {}", breathing.about, breathing.steps[0]);
        assert!(
            ["4", "four", "cuatro", "empat", "أربع"]
                .iter()
                .any(|n| pace.contains(n))
                && ["6", "six", "seis", "enam", "ست"]
                    .iter()
                    .any(|n| pace.contains(n)),
            "{lang:?}: {pace}"
        );
    }
}
