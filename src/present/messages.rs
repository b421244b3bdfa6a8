//! The wording of every error that `storage` returns as a type: a refused history file, stored
//! history that cannot be read, and what is wrong with one check-in.

use crate::content::{fill, Locale};
use crate::storage::history::{HistoryError, Problem, MAX_CHECK_INS, VERSION};

/// Why a file or stored data could not be used, with what to do about it.
fn reason_and_advice(locale: &Locale, error: &HistoryError) -> (String, Option<&'static str>) {
    let e = &locale.ui.history_errors;
    match error {
        HistoryError::TooLarge { bytes } => {
            let mb = format!("{:.1}", *bytes as f64 / 1_048_576.0);
            (fill(e.too_large, &[("mb", &mb)]), Some(e.too_large_advice))
        }
        HistoryError::NotJson => (e.not_json.to_owned(), None),
        HistoryError::NotFullCup => (e.not_full_cup.to_owned(), None),
        HistoryError::NewerVersion { version } => (
            fill(
                e.newer_version,
                &[
                    ("version", &version.to_string()),
                    ("supported", &VERSION.to_string()),
                ],
            ),
            Some(e.newer_version_advice),
        ),
        HistoryError::BadVersion => (e.bad_version.to_owned(), None),
        HistoryError::BadCheckIn { position, problem } => (
            fill(
                e.bad_check_in,
                &[
                    ("position", &position.to_string()),
                    ("problem", &problem_text(locale, problem)),
                ],
            ),
            Some(e.bad_check_in_advice),
        ),
        HistoryError::TooMany { count } => (
            fill(
                e.too_many,
                &[
                    ("count", &count.to_string()),
                    ("max", &MAX_CHECK_INS.to_string()),
                ],
            ),
            Some(e.too_many_advice),
        ),
    }
}

fn join(parts: &[&str]) -> String {
    parts
        .iter()
        .filter(|p| !p.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The message for a file that import refused: why, that nothing changed, and what to do.
pub fn import_refused(locale: &Locale, error: &HistoryError) -> String {
    let (reason, advice) = reason_and_advice(locale, error);
    join(&[&reason, locale.ui.nothing_changed, advice.unwrap_or("")])
}

/// Why stored history could not be read, and what to do (it is never changed, so the sentence
/// about nothing changing is left out).
pub fn unreadable_reason(locale: &Locale, error: &HistoryError) -> String {
    let (reason, advice) = reason_and_advice(locale, error);
    join(&[&reason, advice.unwrap_or("")])
}

/// The notice shown while stored history cannot be read: why, and that it is kept aside.
pub fn unreadable_notice(locale: &Locale, error: &HistoryError) -> String {
    fill(
        locale.ui.history_unreadable,
        &[("reason", &unreadable_reason(locale, error))],
    )
}

/// The notice when a link held options that were not understood, naming them.
pub fn ignored_options_notice(locale: &Locale, names: &[String]) -> String {
    fill(
        locale.ui.link_ignored,
        &[("names", &names.join(locale.ui.names_sep))],
    )
}

/// What is wrong with one check-in, in plain words.
pub fn problem_text(locale: &Locale, problem: &Problem) -> String {
    let p = &locale.ui.problems;
    match problem {
        Problem::Field(field) => fill(p.field, &[("field", field)]),
        Problem::SomeValue => p.some_value.to_owned(),
        Problem::Date(date) => fill(p.date, &[("date", date)]),
        Problem::UnknownQuestion(id) => fill(p.unknown_question, &[("id", id)]),
        Problem::LevelOver100 => p.level_over_100.to_owned(),
        Problem::PlanIdeas => fill(
            p.plan_ideas,
            &[("max", &crate::assessment::plan::MAX_PICKS.to_string())],
        ),
        Problem::NoteTooLong => p.note_too_long.to_owned(),
        Problem::Length => p.length.to_owned(),
        Problem::Answers => p.answers.to_owned(),
        Problem::NotARecord => p.not_a_record.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Lang;

    fn every_error() -> Vec<HistoryError> {
        let problems = [
            Problem::Field("date"),
            Problem::SomeValue,
            Problem::Date("2026-02-30".into()),
            Problem::UnknownQuestion("made_up".into()),
            Problem::LevelOver100,
            Problem::PlanIdeas,
            Problem::NoteTooLong,
            Problem::Length,
            Problem::Answers,
            Problem::NotARecord,
        ];
        let mut all = vec![
            HistoryError::TooLarge {
                bytes: 6 * 1_048_576,
            },
            HistoryError::NotJson,
            HistoryError::NotFullCup,
            HistoryError::NewerVersion { version: 9 },
            HistoryError::BadVersion,
            HistoryError::TooMany { count: 1001 },
        ];
        all.extend(
            problems
                .into_iter()
                .enumerate()
                .map(|(i, problem)| HistoryError::BadCheckIn {
                    position: i + 1,
                    problem,
                }),
        );
        all
    }

    #[test]
    fn every_refusal_says_nothing_changed_and_fills_every_placeholder() {
        for lang in Lang::ALL {
            let l = lang.locale();
            for e in every_error() {
                let m = import_refused(l, &e);
                assert!(m.contains(l.ui.nothing_changed), "{lang:?} {e:?}: {m}");
                assert!(!m.contains('{') && !m.contains('}'), "{lang:?} {e:?}: {m}");
                let r = unreadable_reason(l, &e);
                assert!(!r.contains(l.ui.nothing_changed), "{lang:?} {e:?}: {r}");
            }
        }
    }

    #[test]
    fn notices_name_the_reason_and_the_options() {
        let l = Lang::En.locale();
        assert!(unreadable_notice(l, &HistoryError::NotJson)
            .starts_with("Saved check-ins on this device could not be read: This file is not"));
        assert_eq!(
            ignored_options_notice(l, &["colour".to_owned(), "lang".to_owned()]),
            "Some settings in the link you followed were not understood, so Full Cup ignored them: colour, lang."
        );
    }

    #[test]
    fn english_messages_read_as_before() {
        let l = Lang::En.locale();
        assert_eq!(
            import_refused(l, &HistoryError::NewerVersion { version: 9 }),
            "This file was made by a newer version of Full Cup (file version 9; this app reads up to 2). Nothing was changed. Please update Full Cup and try again."
        );
        assert_eq!(
            import_refused(l, &HistoryError::TooLarge { bytes: 6 * 1_048_576 }),
            "This file is 6.0 MB, far larger than any Full Cup history. Nothing was changed. Please choose the file Full Cup exported."
        );
        assert_eq!(
            unreadable_reason(l, &HistoryError::NotFullCup),
            "This file does not look like a Full Cup history file."
        );
        assert_eq!(
            import_refused(
                l,
                &HistoryError::BadCheckIn {
                    position: 2,
                    problem: Problem::UnknownQuestion("made_up".into())
                }
            ),
            "Check-in 2 in this file cannot be used: it has an answer to a question Full Cup does not know (\"made_up\"). Nothing was changed. If the file was edited, export it again from Full Cup."
        );
    }
}
