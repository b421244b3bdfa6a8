//! The content a language shows, as one JSON document, for tools outside the app: the end-to-end
//! tests read question ids, page order and every interface string from it instead of keeping
//! copies. `cargo run --example export_content` prints it; `scripts/export-content.sh` writes the
//! committed copy, and a native test fails when that copy no longer matches the content.

use serde::Serialize;

use crate::assessment::{bank, Frequency, Length, Response, Theme};
use crate::content::{EveryText, Lang, Locale};
use crate::storage::{history, session};

#[derive(Serialize)]
struct ThemeOut {
    key: &'static str,
    title: &'static str,
    intro: &'static str,
    /// The class pack's discussion card.
    card: &'static crate::content::Card,
}

#[derive(Serialize)]
struct ItemOut {
    id: &'static str,
    text: &'static str,
}

#[derive(Serialize)]
struct QuestionOut {
    id: &'static str,
    text: &'static str,
    theme: &'static str,
    /// The answer that gives its theme the fullest cup (a scored question only).
    healthiest: Option<&'static str>,
    /// The answer at the far, unhealthy end of the scale (a scored question only).
    severe: Option<&'static str>,
}

#[derive(Serialize)]
struct LineOut {
    id: &'static str,
    name: &'static str,
    countries: &'static [&'static str],
}

/// A support line as "Get help now" shows it with the default settings, in its order.
#[derive(Serialize)]
struct HelpLineOut {
    region: Option<String>,
    name: String,
    /// The number as written, and its `tel:` link.
    call: Option<(String, String)>,
    /// A `sms:` link.
    text: Option<String>,
    /// A number to dial by hand (a code with `*`).
    by_hand: Option<String>,
    note: Option<String>,
}

impl From<super::pages::ContactView> for HelpLineOut {
    fn from(c: super::pages::ContactView) -> Self {
        HelpLineOut {
            region: c.region,
            name: c.name,
            call: c.call,
            text: c.text,
            by_hand: c.by_hand,
            note: c.note,
        }
    }
}

/// The emergency sentence, its number apart (for a link) and its `tel:` link.
#[derive(Serialize)]
struct EmergencyOut {
    before: String,
    number: String,
    after: String,
    tel: String,
}

#[derive(Serialize)]
struct LanguageOut {
    tag: &'static str,
    name: &'static str,
}

#[derive(Serialize)]
struct Export {
    lang: &'static str,
    dir: &'static str,
    /// Every language Full Cup speaks, each with its own name, for the switcher and for the
    /// page's choice of build (scripts/postbuild.py).
    languages: Vec<LanguageOut>,
    /// Themes in page order.
    themes: Vec<ThemeOut>,
    /// The question ids of each page of the full check-in, in page order.
    full_pages: Vec<Vec<&'static str>>,
    /// The quick pulse's question ids, in page order.
    pulse_ids: Vec<&'static str>,
    safety_ids: Vec<&'static str>,
    /// Every question's words, safety questions included.
    questions: Vec<QuestionOut>,
    /// The answer keys in the order their radios appear.
    answer_keys: Vec<&'static str>,
    band_names: Vec<ItemOut>,
    session_key: &'static str,
    /// What was done before the app started, kept for the tab (`storage::session::EARLY_KEY`).
    early_key: &'static str,
    handover_key: &'static str,
    /// The hand-over record's fields, in order (`storage::handover::FIELDS`).
    handover_fields: [&'static str; 9],
    /// The query pairs by which an address asks for a page the app opens once it is ready
    /// (`storage::url_options::pages_asked`): the early page says it is loading in its place.
    pages_asked: Vec<String>,
    /// The tab's record of the country chosen for the crisis lines (Exit clears it too).
    country_key: &'static str,
    history_key: &'static str,
    set_aside_key: &'static str,
    /// The quick exit by keyboard: this many Shift presses within this many milliseconds
    /// (`settings::ShiftCounter`), so that the early page (static/early.js) keeps the same rule.
    shift_presses: usize,
    /// Where the quick exit goes when the copy names nowhere else (`settings::DEFAULT_EXIT_URL`);
    /// the early page's Exit link is written with it.
    exit_url: &'static str,
    shift_window_ms: f64,
    /// The most ideas a plan holds.
    max_picks: usize,
    /// The built-in crisis lines, in the data file's order, and the language's first country.
    lines: Vec<LineOut>,
    country: &'static str,
    /// "Get help now" as it is with the default settings, for the language's country (the build
    /// writes it into index.html so that help is there before the app has loaded): its emergency
    /// number, its lines, and the other countries' lines.
    help_emergency: Option<EmergencyOut>,
    help_lines: Vec<HelpLineOut>,
    help_other_lines: Vec<HelpLineOut>,
    /// The full check-in's description on the welcome screen, as the app words it (the build
    /// writes the welcome screen into index.html from this document).
    full_description: String,
    /// Every interface text, the trainers' included.
    ui: EveryText,
}

/// The JSON document for `lang`, pretty-printed with a final newline.
pub fn to_json(lang: Lang) -> String {
    let l: &Locale = lang.locale();
    let ids = |length: Length, theme: Theme| -> Vec<&'static str> {
        crate::assessment::questions_for(theme, length)
            .map(|q| q.id)
            .collect()
    };
    let help = crate::present::pages::lines(l, &crate::settings::Settings::default(), None);
    let export = Export {
        lang: lang.tag(),
        dir: l.dir.attr(),
        languages: Lang::ALL
            .iter()
            .map(|l| LanguageOut {
                tag: l.tag(),
                name: l.name(),
            })
            .collect(),
        themes: Theme::PAGE_ORDER
            .iter()
            .map(|&t| ThemeOut {
                key: t.key(),
                title: l.theme(t).title,
                intro: l.theme(t).intro,
                card: &l.training().theme(t).card,
            })
            .collect(),
        full_pages: Theme::PAGE_ORDER
            .iter()
            .map(|&t| ids(Length::Full, t))
            .collect(),
        pulse_ids: Theme::PAGE_ORDER
            .iter()
            .flat_map(|&t| ids(Length::Pulse, t))
            .collect(),
        safety_ids: bank::SAFETY_QUESTIONS.iter().map(|q| q.id).collect(),
        questions: bank::QUESTIONS
            .iter()
            .map(|q| {
                let at = |health: u8| {
                    Frequency::ALL
                        .into_iter()
                        .find(|f| q.health(*f) == health)
                        .map(Frequency::key)
                };
                QuestionOut {
                    id: q.id,
                    text: l.question(q.id),
                    theme: q.theme.key(),
                    healthiest: at(100),
                    severe: at(0),
                }
            })
            .chain(bank::SAFETY_QUESTIONS.iter().map(|q| QuestionOut {
                id: q.id,
                text: l.question(q.id),
                theme: "safety",
                healthiest: None,
                severe: None,
            }))
            .collect(),
        answer_keys: Response::ALL.iter().map(|r| r.key()).collect(),
        band_names: l
            .bands
            .iter()
            .map(|b| ItemOut {
                id: b.band.key(),
                text: b.name,
            })
            .collect(),
        session_key: session::KEY,
        early_key: session::EARLY_KEY,
        handover_key: crate::storage::handover::KEY,
        handover_fields: crate::storage::handover::FIELDS,
        pages_asked: crate::storage::url_options::pages_asked(),
        country_key: crate::storage::country::KEY,
        history_key: history::KEY,
        set_aside_key: history::SET_ASIDE_KEY,
        shift_presses: crate::settings::ShiftCounter::PRESSES,
        exit_url: crate::settings::DEFAULT_EXIT_URL,
        shift_window_ms: crate::settings::ShiftCounter::WINDOW_MS,
        max_picks: crate::assessment::plan::MAX_PICKS,
        lines: crate::content::contacts::BUILT_IN
            .iter()
            .map(|l| LineOut {
                id: l.id,
                name: l.name,
                countries: l.countries,
            })
            .collect(),
        country: l.country,
        full_description: crate::present::pages::full_description(l),
        help_emergency: help.emergency.map(|(words, tel)| EmergencyOut {
            before: words.before,
            number: words.inner,
            after: words.after,
            tel,
        }),
        help_lines: help.first.into_iter().map(HelpLineOut::from).collect(),
        help_other_lines: help.others.into_iter().map(HelpLineOut::from).collect(),
        ui: l.every_text(),
    };
    // Plain owned data with string keys: writing it cannot fail.
    let mut text = serde_json::to_string_pretty(&export).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The copies the end-to-end tests and the build's early page read, one per language.
    #[test]
    fn the_end_to_end_tests_read_the_current_content() {
        for lang in Lang::ALL {
            let name = format!("e2e/lib/content.{}.json", lang.tag());
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(&name);
            let committed = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                committed == to_json(lang),
                "{name} is out of date: run scripts/export-content.sh and commit it"
            );
        }
    }

    #[test]
    fn the_export_holds_every_page_and_question() {
        let v: serde_json::Value = serde_json::from_str(&to_json(Lang::En)).expect("valid JSON");
        assert_eq!(v["full_pages"].as_array().map(Vec::len), Some(8));
        assert_eq!(v["pulse_ids"].as_array().map(Vec::len), Some(8));
        assert_eq!(
            v["questions"].as_array().map(Vec::len),
            Some(bank::QUESTIONS.len() + bank::SAFETY_QUESTIONS.len())
        );
        assert_eq!(v["ui"]["start_full"], "Start the full check-in");
        assert_eq!(
            v["ui"]["plan_full"]["other"],
            "Your plan already has {n} ideas. Remove one to add another."
        );
    }
}
