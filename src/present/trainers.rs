//! The For trainers page as data: the live check of this copy's `config.json` (what was read and
//! is in use, or every problem in words, with where it is), and the discussion prompts.

use crate::assessment::{Length, Theme};
use crate::content::{fill, Lang, Locale};
use crate::settings::Settings;
use crate::storage::config::{parse, Config, Located, Problem, MAX_BYTES, MAX_CONTACTS, MAX_TEXT};
use crate::storage::config_draft::Draft;
use crate::storage::url_options::{self, UrlOptions};

/// What became of this copy's `config.json`.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum ConfigState {
    /// No file (or it could not be fetched): the defaults, silently.
    #[default]
    Missing,
    /// Read and in use.
    InUse(Config),
    /// Refused: the defaults are in use, and these are the problems.
    Refused(Vec<Located>),
}

impl ConfigState {
    /// The settings: the defaults, with the config laid over them when it is in use.
    pub fn settings(&self) -> Settings {
        match self {
            ConfigState::InUse(config) => Settings::default().with_config(config),
            _ => Settings::default(),
        }
    }
}

/// One problem in words, with where it is.
pub fn problem_line(locale: &Locale, located: &Located) -> String {
    let p = &locale.training().config_problems;
    let words = match &located.problem {
        Problem::TooLarge { bytes } => fill(
            p.too_large,
            &[
                ("kb", &(bytes / 1024).to_string()),
                ("max", &(MAX_BYTES / 1024).to_string()),
            ],
        ),
        Problem::NotJson { line, column } => fill(
            p.not_json,
            &[("line", &line.to_string()), ("column", &column.to_string())],
        ),
        Problem::NotAnObject => p.not_an_object.to_owned(),
        Problem::UnknownKey => p.unknown_key.to_owned(),
        Problem::NotText => p.not_text.to_owned(),
        Problem::NotTrueFalse => p.not_true_false.to_owned(),
        Problem::NotAList => p.not_a_list.to_owned(),
        Problem::NotAnObjectHere => p.not_an_object_here.to_owned(),
        Problem::TooLong { chars } => fill(
            p.too_long,
            &[
                ("chars", &chars.to_string()),
                ("max", &MAX_TEXT.to_string()),
            ],
        ),
        Problem::Empty => p.empty.to_owned(),
        Problem::TooManyContacts { count } => fill(
            p.too_many_contacts,
            &[
                ("count", &count.to_string()),
                ("max", &MAX_CONTACTS.to_string()),
            ],
        ),
        Problem::NoWayToReach => p.no_way_to_reach.to_owned(),
        Problem::BadNumber => p.bad_number.to_owned(),
        Problem::ControlCharacters => p.control_characters.to_owned(),
        Problem::NotAWebAddress => p.not_a_web_address.to_owned(),
        Problem::UnknownLanguage => {
            let tags: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
            fill(
                p.unknown_language,
                &[("languages", &tags.join(locale.ui.names_sep))],
            )
        }
        Problem::UnknownLength => p.unknown_length.to_owned(),
        Problem::UnknownCompletionPoint => p.unknown_completion_point.to_owned(),
        Problem::BadCountry => p.bad_country.to_owned(),
        Problem::NoLinesLeft => p.no_lines_left.to_owned(),
    };
    let t = &locale.training().trainers;
    // The path comes from the file: shown isolated and cut, like any outside text.
    let path = if located.path.is_empty() {
        t.config_whole_file.to_owned()
    } else {
        super::text::isolate(&located.path, 80)
    };
    fill(t.config_problem_at, &[("path", &path), ("problem", &words)])
}

/// The live check: a heading line and the lines under it.
pub fn config_check(
    locale: &Locale,
    state: &ConfigState,
    settings: &Settings,
) -> (String, Vec<String>) {
    let t = &locale.training().trainers;
    match state {
        ConfigState::Missing => (t.config_none.to_owned(), vec![]),
        ConfigState::InUse(config) => {
            let organisation = settings
                .organisation
                .as_ref()
                .map_or(t.config_no_organisation, |(name, _)| name.as_str());
            let m = settings.modules;
            let off: Vec<&str> = [
                (m.history, t.module_history),
                (m.pulse, t.module_pulse),
                (m.plan, t.module_plan),
            ]
            .into_iter()
            .filter(|(on, _)| !on)
            .map(|(_, name)| name)
            .collect();
            let mut lines = Vec::new();
            if config.has_example_numbers() {
                lines.push(t.config_example_numbers.to_owned());
            }
            lines.push(match settings.local_contacts.len() {
                0 => t.config_no_contacts.to_owned(),
                n => locale.count(&t.config_contacts, n, &[]),
            });
            if !settings.crisis_lines.is_empty() {
                lines.push(locale.count(&t.config_lines, settings.crisis_lines.len(), &[]));
            }
            if let Some(country) = &settings.country {
                lines.push(fill(
                    t.config_country,
                    &[("country", &super::text::isolate(country, 2))],
                ));
            }
            if settings.contacts.is_empty() {
                lines.push(t.config_built_in_off.to_owned());
            }
            lines.push(if off.is_empty() {
                t.config_all_on.to_owned()
            } else {
                fill(
                    t.config_modules_off,
                    &[("modules", &off.join(locale.ui.names_sep))],
                )
            });
            (
                fill(
                    t.config_read,
                    &[("organisation", &super::text::isolate(organisation, 120))],
                ),
                lines,
            )
        }
        ConfigState::Refused(problems) => (
            t.config_bad.to_owned(),
            problems.iter().map(|p| problem_line(locale, p)).collect(),
        ),
    }
}

/// The live check of the form that makes a `config.json`: the file it writes, read by the same
/// reader as this copy's own and worded the same way. Whether it is ready, a headline, and the
/// lines under it (what the file sets, or every problem with where it is).
pub fn form_check(locale: &Locale, draft: &Draft) -> (bool, String, Vec<String>) {
    let f = &locale.training().form;
    let state = match parse(&draft.to_json()) {
        Ok(config) => ConfigState::InUse(config),
        Err(problems) => ConfigState::Refused(problems),
    };
    let ready = matches!(state, ConfigState::InUse(_));
    let (_, lines) = config_check(locale, &state, &state.settings());
    let headline = if ready { f.ready } else { f.not_ready };
    (ready, headline.to_owned(), lines)
}

/// What a frame sandboxed by the embed builder allows, and why: the app's script and its own
/// storage (`allow-scripts allow-same-origin`), the new-tab link and the help links
/// (`allow-popups allow-popups-to-escape-sandbox`), Exit taking the whole tab away when pressed
/// (`allow-top-navigation-by-user-activation`), exporting and the calendar reminder
/// (`allow-downloads`), and printing (`allow-modals`). Not forms: the app needs none.
pub const SANDBOX: &str = "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation allow-downloads allow-modals";

/// The frame heights the embed builder offers, in CSS pixels.
pub const FRAME_HEIGHT: std::ops::RangeInclusive<u32> = 320..=4000;
pub const FRAME_HEIGHT_DEFAULT: u32 = 720;

/// What a trainer chose in the embed builder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EmbedChoice {
    pub lang: Option<Lang>,
    pub length: Option<Length>,
    /// False: `history=off`, nothing can be saved.
    pub history: bool,
    pub sandbox: bool,
    pub height: u32,
}

impl Default for EmbedChoice {
    fn default() -> Self {
        EmbedChoice {
            lang: None,
            length: None,
            history: true,
            sandbox: true,
            height: FRAME_HEIGHT_DEFAULT,
        }
    }
}

/// A height typed by a trainer: digits only, held to [`FRAME_HEIGHT`]; anything else keeps `was`.
pub fn frame_height(typed: &str, was: u32) -> u32 {
    typed
        .trim()
        .parse::<u32>()
        .map_or(was, |h| h.clamp(*FRAME_HEIGHT.start(), *FRAME_HEIGHT.end()))
}

/// Escapes text for an HTML attribute in double quotes.
fn attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// The code a trainer pastes into a course page: an iframe of this copy at `app_address` (its
/// address without a query), in the compact layout, with the options chosen.
pub fn embed_code(locale: &Locale, app_address: &str, choice: &EmbedChoice) -> String {
    let base = app_address.split(['?', '#']).next().unwrap_or_default();
    let query = url_options::query(&UrlOptions {
        lang: choice.lang,
        length: choice.length,
        embed: Some(true),
        history: (!choice.history).then_some(false),
        open: None,
        class: None,
    });
    let sandbox = if choice.sandbox {
        format!(" sandbox=\"{SANDBOX}\"")
    } else {
        String::new()
    };
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{}\" style=\"border: 0; max-width: 100%;\" referrerpolicy=\"no-referrer\"{sandbox}></iframe>",
        attribute(&format!("{base}{query}")),
        attribute(locale.training().trainers.embed_frame_title),
        choice.height,
    )
}

/// Why this copy's SCORM package could not be made here, in words (`storage::package`).
pub fn package_problem(locale: &Locale, problem: &crate::storage::package::Problem) -> String {
    use crate::storage::package::Problem;
    let w = &locale.training().package;
    match problem {
        Problem::NoList => w.no_list.to_owned(),
        Problem::BadName(file) => fill(w.bad_list, &[("file", file)]),
        Problem::Offline(file) => fill(w.offline, &[("file", file)]),
        Problem::NotOffered => w.not_offered.to_owned(),
        Problem::Missing(file) => fill(w.missing, &[("file", file)]),
        Problem::Wrong(file) | Problem::NoMarkerPlace(file) => fill(w.wrong, &[("file", file)]),
        Problem::Changed(_) => w.changed.to_owned(),
        // The form's file is checked before it goes in; this is the form's own problem.
        Problem::BadConfig => w.form_not_ready.to_owned(),
    }
}

/// What was downloaded: the file's name, how many files it holds and its size in MB (one
/// decimal, in the language's way of writing it).
pub fn package_done(locale: &Locale, files: usize, bytes: usize) -> String {
    let mb = (bytes as f64 / (1024.0 * 1024.0) * 10.0).round() / 10.0;
    fill(
        locale.training().package.done,
        &[
            ("file", crate::storage::package::FILE_NAME),
            ("count", &files.to_string()),
            ("size", &super::text::shown_number(locale, mb.max(0.1))),
        ],
    )
}

/// The discussion prompt of each theme, with its title, in page order.
pub fn prompts(locale: &Locale) -> Vec<(&'static str, &'static str)> {
    Theme::PAGE_ORDER
        .iter()
        .map(|&t| (locale.theme(t).title, locale.training().theme(t).prompt))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::config::parse;

    #[test]
    fn a_package_that_could_not_be_made_says_why_and_names_the_file() {
        use crate::storage::package::Problem;
        for lang in Lang::ALL {
            let l = lang.locale();
            let w = &l.training().package;
            assert_eq!(package_problem(l, &Problem::NoList), w.no_list);
            assert_eq!(package_problem(l, &Problem::NotOffered), w.not_offered);
            assert_eq!(
                package_problem(l, &Problem::Changed("es/index.html".into())),
                w.changed
            );
            assert_eq!(package_problem(l, &Problem::BadConfig), w.form_not_ready);
            for p in [
                Problem::BadName("es/app_bg.wasm".into()),
                Problem::Offline("es/app_bg.wasm".into()),
                Problem::Missing("es/app_bg.wasm".into()),
                Problem::Wrong("es/app_bg.wasm".into()),
                Problem::NoMarkerPlace("es/app_bg.wasm".into()),
            ] {
                let line = package_problem(l, &p);
                assert!(
                    line.contains("es/app_bg.wasm") && !line.contains('{'),
                    "{lang:?}: {line}"
                );
            }
        }
    }

    #[test]
    fn a_package_made_is_named_counted_and_sized_in_the_languages_numbers() {
        let en = package_done(Lang::En.locale(), 33, 1_572_864);
        assert!(
            en.contains("full-cup-scorm12.zip") && en.contains("33") && en.contains("1.5 MB"),
            "{en}"
        );
        for lang in Lang::ALL {
            let l = lang.locale();
            let line = package_done(l, 33, 1_572_864);
            assert!(
                line.contains(&super::super::text::shown_number(l, 1.5)) && !line.contains('{'),
                "{line}"
            );
        }
        // A tiny package is never "0 MB".
        assert!(package_done(Lang::En.locale(), 2, 10).contains("0.1 MB"));
    }

    #[test]
    fn the_form_is_checked_by_the_same_reader_and_in_the_same_words() {
        use crate::storage::config_draft::DraftContact;
        let l = Lang::En.locale();
        let (ready, headline, lines) = form_check(l, &Draft::default());
        assert!(ready);
        assert_eq!(headline, l.training().form.ready);
        assert!(lines.contains(&l.training().trainers.config_no_contacts.to_owned()));
        let mut draft = Draft::default();
        draft.contacts.push(DraftContact {
            name: "Warmline".into(),
            phone: "call me".into(),
            ..DraftContact::default()
        });
        let (ready, headline, lines) = form_check(l, &draft);
        assert!(!ready);
        assert_eq!(headline, l.training().form.not_ready);
        let problems = parse(&draft.to_json()).unwrap_err();
        assert_eq!(
            lines,
            problems
                .iter()
                .map(|p| problem_line(l, p))
                .collect::<Vec<_>>()
        );
        assert!(lines[0].contains("contacts[0].phone"), "{lines:?}");
    }

    #[test]
    fn every_problem_is_worded_with_where_it_is() {
        let l = Lang::En.locale();
        let problems = parse(
            r#"{"organisaton": "x", "exit_url": "javascript:alert(1)", "contacts": [{"name": "A", "phone": "call"}]}"#,
        )
        .expect_err("refused");
        let (head, lines) = config_check(l, &ConfigState::Refused(problems), &Settings::default());
        assert_eq!(head, l.training().trainers.config_bad);
        assert!(lines.contains(&"\u{2068}organisaton\u{2069}: Full Cup does not know this setting (check its spelling against config.example.json)".to_owned()), "{lines:?}");
        assert!(
            lines
                .iter()
                .any(|x| x.contains("exit_url") && x.contains("https://")),
            "{lines:?}"
        );
        assert!(
            lines
                .iter()
                .any(|x| x.contains("contacts[0].phone") && x.contains("digits")),
            "{lines:?}"
        );
        for line in &lines {
            assert!(
                !line.contains("{path}") && !line.contains("{problem}"),
                "{line}"
            );
        }
        let not_json = parse("{ oops").expect_err("refused");
        let line = problem_line(l, &not_json[0]);
        assert!(
            line.starts_with("the whole file: this is not valid JSON: reading stopped at line 1"),
            "{line}"
        );
    }

    #[test]
    fn the_embed_code_is_an_escaped_frame_of_this_copy_with_the_options_chosen() {
        let l = Lang::En.locale();
        let title = l.training().trainers.embed_frame_title;
        assert_eq!(
            embed_code(l, "https://example.org/full-cup/", &EmbedChoice::default()),
            format!("<iframe src=\"https://example.org/full-cup/?embed=1\" title=\"{title}\" width=\"100%\" height=\"720\" style=\"border: 0; max-width: 100%;\" referrerpolicy=\"no-referrer\" sandbox=\"{SANDBOX}\"></iframe>")
        );
        let choice = EmbedChoice {
            lang: Some(Lang::En),
            length: Some(Length::Pulse),
            history: false,
            sandbox: false,
            height: 900,
        };
        let code = embed_code(l, "https://example.org/a\"b/index.html?embed=0#x", &choice);
        assert_eq!(
            code,
            format!("<iframe src=\"https://example.org/a&quot;b/index.html?embed=1&amp;lang=en&amp;length=pulse&amp;history=off\" title=\"{title}\" width=\"100%\" height=\"900\" style=\"border: 0; max-width: 100%;\" referrerpolicy=\"no-referrer\"></iframe>")
        );
        assert!(
            !SANDBOX.contains("allow-forms"),
            "the app moves on without forms"
        );
    }

    #[test]
    fn a_typed_frame_height_is_held_to_a_sensible_range() {
        assert_eq!(frame_height("900", 720), 900);
        assert_eq!(frame_height(" 10 ", 720), 320);
        assert_eq!(frame_height("99999", 720), 4000);
        assert_eq!(frame_height("tall", 640), 640);
        assert_eq!(frame_height("-5", 640), 640);
    }

    #[test]
    fn a_config_in_use_is_summed_up() {
        let l = Lang::En.locale();
        let config = parse(
            r#"{"organisation": "Riverbend", "modules": {"pulse": false},
                "contacts": [{"name": "Warmline", "phone": "555 0100"}]}"#,
        )
        .expect("valid");
        let s = Settings::default().with_config(&config);
        let (head, lines) = config_check(l, &ConfigState::InUse(config.clone()), &s);
        assert_eq!(
            head,
            "config.json was read and is in use, for \u{2068}Riverbend\u{2069}."
        );
        assert_eq!(
            lines,
            vec![
                "It adds 1 local contact before the built-in crisis lines.".to_owned(),
                "Turned off: the quick pulse.".to_owned()
            ]
        );
        assert_eq!(
            config_check(l, &ConfigState::Missing, &s).0,
            l.training().trainers.config_none
        );
        assert_eq!(prompts(l).len(), 8);
        let config = parse(
            r#"{"country": "NZ", "built_in_lines": false,
                "crisis_lines": [{"country": "NZ", "name": "Town line", "phone": "0800 000"}]}"#,
        )
        .expect("valid");
        let s = Settings::default().with_config(&config);
        let (_, lines) = config_check(l, &ConfigState::InUse(config), &s);
        assert_eq!(
            lines,
            vec![
                l.training().trainers.config_no_contacts.to_owned(),
                "It adds 1 crisis line of its own.".to_owned(),
                "Crisis lines for \u{2068}NZ\u{2069} are shown first.".to_owned(),
                l.training().trainers.config_built_in_off.to_owned(),
                l.training().trainers.config_all_on.to_owned(),
            ]
        );
        let example = parse(include_str!("../../static/config.example.json")).expect("valid");
        let s = Settings::default().with_config(&example);
        let (_, lines) = config_check(l, &ConfigState::InUse(example), &s);
        assert_eq!(
            lines[0],
            l.training().trainers.config_example_numbers,
            "the example is flagged first"
        );
        let plain = parse("{}").expect("valid");
        let (_, lines) = config_check(l, &ConfigState::InUse(plain), &Settings::default());
        assert_eq!(lines[0], l.training().trainers.config_no_contacts);
    }
}
