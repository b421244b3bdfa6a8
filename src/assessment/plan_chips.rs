//! The ready choices ("chips") of My plan's sections, as data: their ids, which answers pre-fill
//! them, and which warning signs other people could notice. Their words are in each language's
//! content (`content::PlanText`); a content test holds the two to the same ids.
//!
//! Pre-filling follows one rule ([`prefilled`]): a scored answer at the heavy end of its question
//! (a level of 25 or less from that answer alone: "Often" or "Always" on a strain question,
//! "Never" or "Rarely" on a protective one) and a safety answer of "Sometimes" or more choose the
//! chip. Only urges and pulling away from one's supports pre-fill anything among the safety
//! answers: having used again, hopelessness and thoughts of not being alive are never written into
//! a plan as a ready choice (the crisis section is always there instead), and no safety answer ever
//! pre-fills an ask for supervision.

use super::answer::{Answers, Frequency, Response};
use super::bank;

/// The sections whose ready choices are chips.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChipKind {
    /// My warning signs.
    Sign,
    /// My recovery supports.
    Support,
    /// What I'd like from supervision and my workplace.
    Ask,
    /// After a loss at work: what I will do that day.
    Loss,
}

impl ChipKind {
    pub const ALL: [ChipKind; 4] = [
        ChipKind::Sign,
        ChipKind::Support,
        ChipKind::Ask,
        ChipKind::Loss,
    ];

    /// The chips of this section, in the order shown.
    pub fn chips(self) -> &'static [Chip] {
        match self {
            ChipKind::Sign => SIGNS,
            ChipKind::Support => SUPPORTS,
            ChipKind::Ask => ASKS,
            ChipKind::Loss => LOSS,
        }
    }

    pub fn knows(self, id: &str) -> bool {
        self.chips().iter().any(|c| c.id == id)
    }
}

/// One ready choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Chip {
    pub id: &'static str,
    /// The answers that choose it before the person does (see the module's rule).
    pub from: &'static [&'static str],
    /// A warning sign the people close to a person could see (shown on the page for them); the
    /// others stay on the person's own page.
    pub noticeable: bool,
}

const fn chip(id: &'static str, from: &'static [&'static str]) -> Chip {
    Chip {
        id,
        from,
        noticeable: false,
    }
}

const fn seen(id: &'static str, from: &'static [&'static str]) -> Chip {
    Chip {
        id,
        from,
        noticeable: true,
    }
}

/// Warning signs. The sources: 004 (workers who last know their own signs and act early; P6 on
/// triggers, P9 on meetings shared with the people one supports), 001 (running on empty unseen).
pub static SIGNS: &[Chip] = &[
    chip("sign_empty", &["awa_late", "awa_notice", "int_drained"]),
    seen("sign_spill", &["bou_spill", "bou_phone", "bou_switch_off"]),
    seen("sign_sleep", &["bou_sleep"]),
    seen("sign_yes", &["bou_yes"]),
    seen("sign_pulling_away", &["saf_withdraw"]),
    // Private: it points at recovery, and a page for one's people can reach a colleague.
    chip(
        "sign_meetings",
        &["rec_slide", "rec_meetings", "rec_practice"],
    ),
    chip("sign_urges", &["saf_urges"]),
    chip("sign_replay", &["out_replay", "out_blame"]),
    chip("sign_flat", &["mea_doubt", "mea_purpose"]),
];

/// Recovery supports: never one assumed, none pre-filled (the check-in does not ask which).
pub static SUPPORTS: &[Chip] = &[
    chip("support_meeting", &[]),
    chip("support_sponsor", &[]),
    chip("support_counsellor", &[]),
    chip("support_clinic", &[]),
    chip("support_faith", &[]),
    chip("support_own", &[]),
];

/// Asks of supervision and the workplace. None names a person's health or recovery: they are
/// what the page for a supervisor shows.
pub static ASKS: &[Chip] = &[
    chip("ask_supervision", &["sup_supervision"]),
    chip("ask_debrief", &["sup_debrief", "int_grief"]),
    chip("ask_role", &["wor_unclear", "wor_beyond"]),
    chip("ask_hours", &["bou_phone", "bou_spill", "bou_sleep"]),
    chip("ask_load", &["int_drained", "bou_yes"]),
    chip("ask_mentor", &["sup_learning"]),
    chip("ask_growth", &["wor_money", "wor_ladder"]),
    chip("ask_respect", &["wor_looked_down"]),
    chip("ask_safety", &["wor_unsafe"]),
];

/// After a loss at work: small things for that day. Nothing here asks anyone to retell what
/// happened (single-session debriefing can do harm).
pub static LOSS: &[Chip] = &[
    chip("loss_pause", &[]),
    chip("loss_tell_supervisor", &[]),
    chip("loss_call_person", &[]),
    chip("loss_support", &[]),
    chip("loss_mark", &[]),
    chip("loss_go_easy", &[]),
    // A death of someone supported is a known trigger, and the risk outlasts the day.
    chip("loss_days_after", &[]),
];

/// The safety answers that may pre-fill a warning sign; no other safety answer pre-fills anything.
const SAFETY_PREFILLS: [&str; 2] = ["saf_urges", "saf_withdraw"];

/// Whether this one answer to this question chooses the chips it pre-fills.
pub fn heavy(question_id: &str, response: Response) -> bool {
    let Some(f) = response.frequency() else {
        return false;
    };
    if let Some(q) = bank::QUESTIONS.iter().find(|q| q.id == question_id) {
        return q.health(f) <= 25;
    }
    SAFETY_PREFILLS.contains(&question_id) && f >= Frequency::Sometimes
}

/// The chips of `kind` that these answers choose, in the section's order.
pub fn prefilled(kind: ChipKind, answers: &Answers) -> Vec<&'static str> {
    kind.chips()
        .iter()
        .filter(|c| {
            c.from
                .iter()
                .any(|q| answers.get(q).is_some_and(|r| heavy(q, r)))
        })
        .map(|c| c.id)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{is_known_question, Response};

    /// Answers given, and the chips they should choose.
    type Row<'a> = (&'a [(&'a str, Frequency)], &'a [&'a str]);

    fn answered(pairs: &[(&str, Frequency)]) -> Answers {
        let mut a = Answers::new();
        for (q, f) in pairs {
            a.set(q, Response::Given(*f));
        }
        a
    }

    #[test]
    fn every_chip_is_unique_and_names_only_questions_the_check_in_asks() {
        let mut ids = Vec::new();
        for kind in ChipKind::ALL {
            for c in kind.chips() {
                assert!(!ids.contains(&c.id), "{} twice", c.id);
                ids.push(c.id);
                for q in c.from {
                    assert!(is_known_question(q), "{}: {q}", c.id);
                }
            }
        }
    }

    /// Which answers pre-fill which warning signs.
    #[test]
    fn warning_signs_table() {
        use Frequency::*;
        let table: &[Row] = &[
            (&[], &[]),
            (&[("awa_late", Often)], &["sign_empty"]),
            (&[("awa_late", Sometimes)], &[]),
            // A protective question is heavy at its low end.
            (&[("awa_notice", Rarely)], &["sign_empty"]),
            (&[("awa_notice", Often)], &[]),
            (&[("bou_switch_off", Never)], &["sign_spill"]),
            (
                &[("bou_spill", Always), ("bou_sleep", Often)],
                &["sign_spill", "sign_sleep"],
            ),
            (&[("bou_yes", Often)], &["sign_yes"]),
            (&[("rec_meetings", Often)], &["sign_meetings"]),
            (&[("rec_practice", Rarely)], &["sign_meetings"]),
            (&[("saf_urges", Sometimes)], &["sign_urges"]),
            (&[("saf_urges", Rarely)], &[]),
            (&[("saf_withdraw", Often)], &["sign_pulling_away"]),
            // Feeling alone at work is not pulling away from one's supports.
            (&[("sup_alone", Always)], &[]),
            (&[("out_replay", Often)], &["sign_replay"]),
            (&[("mea_doubt", Always)], &["sign_flat"]),
            // Using again, hopelessness and thoughts of not being alive pre-fill nothing.
            (
                &[
                    ("saf_used", Always),
                    ("saf_hopeless", Always),
                    ("saf_alive", Always),
                ],
                &[],
            ),
        ];
        for (given, expected) in table {
            assert_eq!(
                prefilled(ChipKind::Sign, &answered(given)),
                *expected,
                "{given:?}"
            );
        }
        // A skipped answer chooses nothing.
        let mut a = Answers::new();
        a.set("bou_sleep", Response::Skip);
        assert!(prefilled(ChipKind::Sign, &a).is_empty());
    }

    /// Which answers pre-fill which asks of supervision.
    #[test]
    fn asks_table() {
        use Frequency::*;
        let table: &[Row] = &[
            (&[("sup_supervision", Never)], &["ask_supervision"]),
            (&[("sup_supervision", Often)], &[]),
            (&[("sup_debrief", Rarely)], &["ask_debrief"]),
            (&[("int_grief", Often)], &["ask_debrief"]),
            (&[("wor_unclear", Often)], &["ask_role"]),
            (&[("wor_beyond", Always)], &["ask_role"]),
            (&[("bou_phone", Often)], &["ask_hours"]),
            (&[("int_drained", Always)], &["ask_load"]),
            (&[("sup_learning", Often)], &["ask_mentor"]),
            (
                &[("wor_money", Often), ("wor_ladder", Sometimes)],
                &["ask_growth"],
            ),
            (&[("wor_looked_down", Often)], &["ask_respect"]),
            (&[("wor_unsafe", Often)], &["ask_safety"]),
            // No safety answer ever asks anything of a supervisor.
            (
                &[
                    ("saf_urges", Always),
                    ("saf_used", Always),
                    ("saf_withdraw", Always),
                    ("saf_hopeless", Always),
                    ("saf_alive", Always),
                ],
                &[],
            ),
        ];
        for (given, expected) in table {
            assert_eq!(
                prefilled(ChipKind::Ask, &answered(given)),
                *expected,
                "{given:?}"
            );
        }
        for kind in ChipKind::ALL {
            for c in kind.chips() {
                if kind == ChipKind::Ask {
                    assert!(c.from.iter().all(|q| !q.starts_with("saf_")), "{}", c.id);
                }
            }
        }
    }

    /// Supports and the day of a loss are the person's own choices: nothing pre-fills them.
    #[test]
    fn supports_and_loss_are_never_pre_filled() {
        let all: Answers = bank::QUESTIONS
            .iter()
            .map(|q| q.id)
            .chain(bank::SAFETY_QUESTIONS.iter().map(|q| q.id))
            .flat_map(|id| Response::ALL.into_iter().map(move |r| (id, r)))
            .collect();
        for kind in [ChipKind::Support, ChipKind::Loss] {
            assert!(prefilled(kind, &all).is_empty());
        }
    }
}
