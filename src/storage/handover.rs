//! What a tab carries from one language's build to another's when the person changes language:
//! the check-in in progress or finished, where they were, and the plan they are making.
//!
//! Each language is a build of its own (see ARCHITECTURE.md, "Languages"), so changing language
//! loads another page. Just before it goes, the app writes the check-in, if there is one, to the
//! tab's progress record ([`crate::storage::session`], finished or not) and the rest to this
//! record; the next
//! page reads both once, deletes this one, and carries on. Neither outlives the tab, neither
//! holds the language itself, and Exit clears them with the rest of the tab's storage.

use crate::assessment::Plan;
use crate::storage::session::Progress;

/// The sessionStorage key.
pub const KEY: &str = "fullcup.handover";
/// The first line of every record: its format and version.
const HEADER: &str = "fullcup-handover 3";
/// How long a record waits for the next page, in milliseconds. The next page reads it within
/// seconds, or within a minute or two on a slow connection; a record older than this was left by
/// a move that never finished, and the tab may have been used for other things since: what it
/// holds (a finished check-in, a private plan note) is not brought back unasked.
pub const MAX_AGE_MS: u64 = 10 * 60 * 1000;

/// Everything the person would otherwise lose by changing language.
#[derive(Clone, Debug, PartialEq)]
pub struct Handover {
    /// The check-in, when there is one: its length, page and answers (kept in the tab's progress
    /// record). Without one, the progress record is left as it was (a check-in that page was
    /// offering to resume is offered again).
    pub progress: Option<Progress>,
    /// The screen showing, by name ("results", "plan", "help"…).
    pub screen: String,
    /// The screen that Back returns to from an information page.
    pub return_to: String,
    pub from_trainers: bool,
    pub finished: bool,
    /// The plan, every section of it.
    pub plan: Plan,
    /// The plan was already pre-filled from this check-in's answers (what the person took away
    /// stays away in the other language too).
    pub prefilled: bool,
    /// When this check-in was saved to the history, if it was.
    pub saved_at: Option<u64>,
}

impl Handover {
    /// Whether this record could have been left by Full Cup inside an LMS package. There the
    /// tab's storage belongs to the LMS's site, shared with every other course on it, and the
    /// only move between languages is the one a copy's default language makes as the app starts:
    /// it carries at most a check-in just begun. A record that claims more (a finished check-in,
    /// a plan, a note, a save) was planted, and is not read.
    pub fn could_come_from_a_package(&self) -> bool {
        !self.finished && self.plan.is_empty() && self.saved_at.is_none()
    }
}

/// The fields of a record's second line, in order, by name. static/early.js finds the ones it
/// reads (whether a check-in is carried, and the screen) by these names, given to it through the
/// content export, never by position.
pub const FIELDS: [&str; 9] = [
    "carries",
    "screen",
    "return_to",
    "from_trainers",
    "finished",
    "saved_at",
    "picks",
    "written_at",
    "prefilled",
];

/// Writes all but the check-in as lines: the header; the [`FIELDS`] (the screens, flags, save
/// time, the plan's picks and the time of writing, `now_ms`), separated by tabs; then the plan,
/// whole, as JSON (the format the history file keeps it in).
pub fn write(h: &Handover, now_ms: u64) -> String {
    let flag = |b: bool| if b { "1" } else { "0" };
    let saved_at = h.saved_at.map(|t| t.to_string()).unwrap_or_default();
    let fields = [
        flag(h.progress.is_some()),
        h.screen.as_str(),
        h.return_to.as_str(),
        flag(h.from_trainers),
        flag(h.finished),
        saved_at.as_str(),
        &h.plan.picks().join(","),
        &now_ms.to_string(),
        flag(h.prefilled),
    ]
    .join("\t");
    // The history file's own (pretty) writer and its reader through a `Value`: no second copy of
    // either in the download.
    let plan = serde_json::to_string_pretty(&h.plan).unwrap_or_default();
    format!("{HEADER}\n{fields}\n{plan}")
}

/// The record, with the check-in read from the tab's progress record, or nothing when it is
/// unreadable, of another version, or older than [`MAX_AGE_MS`] at `now_ms` (or written more
/// than a minute in the future, by a clock since set back): a record that cannot be trusted is
/// dropped, and the app starts as on any other visit.
pub fn read(text: &str, progress: Option<Progress>, now_ms: u64) -> Option<Handover> {
    let mut lines = text.splitn(3, '\n');
    if lines.next()? != HEADER {
        return None;
    }
    let fields: Vec<&str> = lines.next()?.split('\t').collect();
    let plan: serde_json::Value = serde_json::from_str(lines.next()?).ok()?;
    let plan: Plan = serde_json::from_value(plan).ok()?;
    plan.check().ok()?;
    // The picks are read from the plan itself; the field stays for the record's shape.
    let [carries, screen, return_to, from_trainers, finished, saved_at, _picks, written, prefilled] =
        fields[..]
    else {
        return None;
    };
    let written: u64 = written.parse().ok()?;
    if now_ms.saturating_sub(written) > MAX_AGE_MS || written > now_ms.saturating_add(60_000) {
        return None;
    }
    let flag = |f: &str| match f {
        "1" => Some(true),
        "0" => Some(false),
        _ => None,
    };
    Some(Handover {
        // A record that carries a check-in is worthless without it.
        progress: if flag(carries)? {
            Some(progress?)
        } else {
            None
        },
        screen: screen.to_owned(),
        return_to: return_to.to_owned(),
        from_trainers: flag(from_trainers)?,
        finished: flag(finished)?,
        plan,
        prefilled: flag(prefilled)?,
        saved_at: match saved_at {
            "" => None,
            t => Some(t.parse().ok()?),
        },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{Answers, Frequency, Length, Response};

    /// A moment in December 2026, in milliseconds.
    const NOW: u64 = 1_796_000_000_000;

    fn sample() -> Handover {
        let mut answers = Answers::new();
        answers.set("int_drained", Response::Given(Frequency::Often));
        answers.set("sup_talk", Response::Skip);
        Handover {
            progress: Some(Progress {
                length: Length::Full,
                page: 8,
                answers,
            }),
            screen: "plan".into(),
            return_to: "results".into(),
            from_trainers: false,
            finished: true,
            plan: {
                let mut plan =
                    Plan::from_parts(vec!["int_reset".into()], "Call «Ana» on Tuesday\nand\tthen");
                plan.toggle_chip(crate::assessment::ChipKind::Sign, "sign_sleep");
                plan.add_person();
                plan.set_person(0, crate::assessment::PersonField::Reach, "555 0100");
                plan
            },
            saved_at: Some(1_795_000_000_000),
            prefilled: true,
        }
    }

    #[test]
    fn the_fields_are_written_in_the_order_they_are_named() {
        let mut h = sample();
        h.screen = "plan".into();
        let written = write(&h, NOW);
        let line: Vec<&str> = written
            .lines()
            .nth(1)
            .expect("a second line")
            .split('\t')
            .collect();
        assert_eq!(line.len(), FIELDS.len());
        let at = |name: &str| FIELDS.iter().position(|f| *f == name).expect("a field");
        assert_eq!(line[at("carries")], "1");
        assert_eq!(line[at("screen")], "plan");
        assert_eq!(line[at("return_to")], "results");
        assert_eq!(line[at("finished")], "1");
        assert_eq!(line[at("picks")], "int_reset");
        assert_eq!(line[at("written_at")], NOW.to_string());
    }

    #[test]
    fn a_record_reads_back_exactly() {
        assert_eq!(
            read(&write(&sample(), NOW), sample().progress, NOW),
            Some(sample())
        );
    }

    #[test]
    fn an_unreadable_or_foreign_record_is_dropped() {
        let good = write(&sample(), NOW);
        let p = || sample().progress;
        assert_eq!(read("", p(), NOW), None);
        assert_eq!(read("{", p(), NOW), None);
        assert_eq!(read(&good[..good.len() / 2], p(), NOW), None, "cut short");
        assert_eq!(
            read(&good.replace("handover 3", "handover 4"), p(), NOW),
            None,
            "another version"
        );
        assert_eq!(
            read(&good.replacen("\t1\t", "\tyes\t", 1), p(), NOW),
            None,
            "a flag that is not one"
        );
        assert_eq!(
            read(&good.replace("1795000000000", "soon"), p(), NOW),
            None,
            "a time that is not one"
        );
        assert_eq!(
            read(&good.replacen('\t', "", 1), p(), NOW),
            None,
            "a field missing"
        );
    }

    #[test]
    fn a_record_left_by_a_move_that_never_finished_is_not_brought_back() {
        let written = write(&sample(), NOW);
        let p = || sample().progress;
        assert_eq!(
            read(&written, p(), NOW + 90_000),
            Some(sample()),
            "a slow connection"
        );
        assert_eq!(
            read(&written, p(), NOW + MAX_AGE_MS),
            Some(sample()),
            "at the limit"
        );
        assert_eq!(read(&written, p(), NOW + MAX_AGE_MS + 1), None, "older");
        assert_eq!(
            read(&written, p(), NOW - 60_000),
            Some(sample()),
            "a clock a minute behind"
        );
        assert_eq!(read(&written, p(), NOW - 60_001), None, "from the future");
        assert_eq!(read(&written, p(), 0), None);
        assert_eq!(
            read(&written.replace(&format!("\t{NOW}\t"), "\t\t"), p(), NOW),
            None,
            "no time"
        );
    }

    #[test]
    fn in_a_package_only_a_check_in_just_begun_can_be_carried() {
        let begun = Handover {
            finished: false,
            plan: Plan::default(),
            saved_at: None,
            screen: "questions".into(),
            ..sample()
        };
        assert!(begun.could_come_from_a_package());
        assert!(!sample().could_come_from_a_package());
        for planted in [
            Handover {
                finished: true,
                ..begun.clone()
            },
            Handover {
                plan: Plan::from_parts(vec!["int_reset".into()], ""),
                ..begun.clone()
            },
            Handover {
                plan: Plan::from_parts(vec![], "words not shown"),
                ..begun.clone()
            },
            Handover {
                plan: {
                    let mut p = Plan::default();
                    p.set_text(crate::assessment::PlanText::FullCup, "calm");
                    p
                },
                ..begun.clone()
            },
            Handover {
                saved_at: Some(NOW),
                ..begun.clone()
            },
        ] {
            assert!(!planted.could_come_from_a_package(), "{planted:?}");
        }
    }

    #[test]
    fn a_record_without_a_check_in_ignores_any_progress_in_the_tab() {
        let h = Handover {
            progress: None,
            finished: false,
            saved_at: None,
            ..sample()
        };
        assert_eq!(
            read(&write(&h, NOW), sample().progress, NOW),
            Some(h.clone())
        );
        assert_eq!(read(&write(&h, NOW), None, NOW), Some(h));
    }

    #[test]
    fn a_note_keeps_its_lines_and_tabs() {
        let mut h = sample();
        h.plan = Plan::from_parts(vec![], "line one\nline two\twith a tab");
        assert_eq!(read(&write(&h, NOW), h.progress.clone(), NOW), Some(h));
    }

    #[test]
    fn a_plan_this_build_cannot_use_drops_the_record() {
        let good = write(&sample(), NOW);
        let bad = good.replace("\"sign_sleep\"", "\"sign_planted\"");
        assert_ne!(bad, good);
        assert_eq!(read(&bad, sample().progress, NOW), None);
        let old = good.replacen("fullcup-handover 3", "fullcup-handover 2", 1);
        assert_eq!(
            read(&old, sample().progress, NOW),
            None,
            "another version's record"
        );
    }
}
