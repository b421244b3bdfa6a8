//! The wording of every error that `storage` returns as a type: a refused history file, stored
//! history that cannot be read, and what is wrong with one check-in.

use crate::content::{fill, Locale};

use super::text::isolate;
use crate::storage::history::{HistoryError, Problem, MAX_CHECK_INS, QUOTED_CHARS, VERSION};
use crate::storage::policy::WriteError;

/// Why a file or stored data could not be used, with what to do about it.
fn reason_and_advice(locale: &Locale, error: &HistoryError) -> (String, Option<&'static str>) {
    let e = &locale.ui.history_errors;
    match error {
        HistoryError::TooLarge { bytes } => {
            let mb = super::text::tenths(*bytes as f64 / 1_048_576.0).replace('.', locale.decimal);
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
        HistoryError::BadPlan => (locale.ui.plan.bad_plan.to_owned(), None),
        HistoryError::BadBetween => (locale.ui.now.bad_between.to_owned(), None),
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

/// Why a check-in was not saved.
pub fn save_refused(locale: &Locale, error: &WriteError) -> String {
    let ui = locale.ui;
    match error {
        WriteError::Full => fill(ui.save_full, &[("max", &MAX_CHECK_INS.to_string())]),
        WriteError::Unreadable => ui.history_blocked.to_owned(),
        WriteError::Refused => ui.storage_full.to_owned(),
        WriteError::PlanChangedElsewhere => ui.plan.changed_elsewhere.to_owned(),
    }
}

/// Why the plan was not kept (or the kept plan not deleted).
pub fn plan_not_kept(locale: &Locale, error: &WriteError) -> String {
    let ui = locale.ui;
    match error {
        WriteError::Unreadable => ui.history_blocked.to_owned(),
        WriteError::Full | WriteError::Refused => ui.plan.keep_refused.to_owned(),
        WriteError::PlanChangedElsewhere => ui.plan.changed_elsewhere.to_owned(),
    }
}

/// Why a deletion was not made.
pub fn change_refused(locale: &Locale, error: &WriteError) -> String {
    let ui = locale.ui;
    match error {
        WriteError::Unreadable => ui.history_blocked.to_owned(),
        WriteError::Full | WriteError::Refused => ui.change_refused.to_owned(),
        WriteError::PlanChangedElsewhere => ui.plan.changed_elsewhere.to_owned(),
    }
}

/// Why the check-ins of a file were not added.
pub fn import_not_written(locale: &Locale, error: &WriteError) -> String {
    let ui = locale.ui;
    match error {
        WriteError::Full => fill(ui.import_full, &[("max", &MAX_CHECK_INS.to_string())]),
        WriteError::Unreadable => ui.history_blocked.to_owned(),
        WriteError::Refused => ui.import_not_stored.to_owned(),
        WriteError::PlanChangedElsewhere => ui.plan.changed_elsewhere.to_owned(),
    }
}

/// What is wrong with one check-in, in plain words.
pub fn problem_text(locale: &Locale, problem: &Problem) -> String {
    let p = &locale.ui.problems;
    match problem {
        Problem::Missing(field) => fill(p.missing, &[("field", field)]),
        Problem::Invalid(field) => {
            let e = &p.expected;
            let expected = match *field {
                "at" => e.at,
                "date" => e.date,
                "length" => e.length,
                "answers" => e.answers,
                "levels" => e.levels,
                "cup" => e.cup,
                _ => e.plan,
            };
            fill(p.invalid, &[("field", field), ("expected", expected)])
        }
        Problem::SomeValue => p.some_value.to_owned(),
        Problem::Date(date) => fill(p.date, &[("date", &isolate(date, QUOTED_CHARS))]),
        Problem::UnknownQuestion(id) => {
            fill(p.unknown_question, &[("id", &isolate(id, QUOTED_CHARS))])
        }
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
            Problem::Missing("date"),
            Problem::Invalid("cup"),
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
    fn the_unreadable_notice_names_the_reason() {
        let l = Lang::En.locale();
        assert!(unreadable_notice(l, &HistoryError::NotJson)
            .starts_with("Saved check-ins on this device could not be read: This file is not"));
    }

    #[test]
    fn a_refused_field_is_named_with_what_it_should_hold() {
        let l = Lang::En.locale();
        assert_eq!(
            problem_text(l, &Problem::Missing("date")),
            "its “date” is missing"
        );
        assert_eq!(
            problem_text(l, &Problem::Invalid("length")),
            "its “length” should be “full” or “pulse”"
        );
        // A quoted value from the file cannot reorder the app's sentence around it.
        let m = problem_text(l, &Problem::Date("2026-\u{202E}13-40".into()));
        assert_eq!(m, "its date \u{2068}2026-13-40\u{2069} is not a real date");
    }

    #[test]
    fn each_failed_write_says_what_happened_and_what_to_do() {
        let l = Lang::En.locale();
        let full = save_refused(l, &WriteError::Full);
        assert!(
            full.contains("1000") && full.contains("Delete some"),
            "{full}"
        );
        assert!(
            !full.contains("storage may be full"),
            "the limit is not the browser's storage"
        );
        assert!(save_refused(l, &WriteError::Refused).contains("refused"));
        assert!(import_not_written(l, &WriteError::Full).contains("1000"));
        assert!(!import_not_written(l, &WriteError::Refused).contains("this check-in"));
        for e in [
            WriteError::Full,
            WriteError::Refused,
            WriteError::Unreadable,
        ] {
            for m in [
                save_refused(l, &e),
                change_refused(l, &e),
                import_not_written(l, &e),
            ] {
                assert!(!m.contains('{'), "{m}");
            }
        }
    }

    #[test]
    fn english_messages_read_as_before() {
        let l = Lang::En.locale();
        assert_eq!(
            import_refused(l, &HistoryError::NewerVersion { version: 9 }),
            "This file was made by a newer version of Full Cup (file version 9; this app reads up to 4). Nothing was changed. Please update Full Cup and try again."
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
            "Check-in 2 in this file cannot be used: it has an answer to a question Full Cup does not know (\u{2068}made_up\u{2069}). Nothing was changed. If the file was edited, export it again from Full Cup."
        );
    }
}
