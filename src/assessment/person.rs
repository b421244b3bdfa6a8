//! What the persona tests, the bank's checks and the searches of "start here" share: a
//! [`Person`] who answers a whole check-in, and ways to read what they were offered.
//!
//! Answers are written as the person's reality ("how often the healthy side of this theme was
//! true for me"); [`Person::lived`] turns that into the answer each question gets, respecting
//! strain themes and reverse keying. Single questions are then set by hand where a persona has
//! something specific to say.

use super::*;

/// The answer that reports `health` on `question`: how often the healthy side of its theme was
/// true. Strain themes and reverse-worded questions point the other way, so the answer is mirrored
/// when exactly one of them applies.
pub(super) fn answer_for(question: &Question, health: Frequency) -> Frequency {
    let mirrored = (question.theme.kind() == Kind::Strain) != question.reverse;
    if !mirrored {
        return health;
    }
    match health {
        Frequency::Never => Frequency::Always,
        Frequency::Rarely => Frequency::Often,
        Frequency::Sometimes => Frequency::Sometimes,
        Frequency::Often => Frequency::Rarely,
        Frequency::Always => Frequency::Never,
    }
}

/// One person's check-in.
#[derive(Clone)]
pub(super) struct Person {
    pub(super) length: Length,
    pub(super) answers: Answers,
}

impl Person {
    /// Someone who is doing well in every theme ("Often" healthy) and raises no safety concern.
    pub(super) fn new(length: Length) -> Person {
        let mut p = Person {
            length,
            answers: Answers::new(),
        };
        for theme in Theme::PAGE_ORDER {
            p = p.lived(theme, Frequency::Often);
        }
        for q in bank::SAFETY_QUESTIONS {
            p.answers.set(q.id, Response::Given(Frequency::Never));
        }
        p
    }

    /// Answers every question of `theme` asked in this length so that the healthy side of the
    /// theme was true `health` of the time.
    pub(super) fn lived(mut self, theme: Theme, health: Frequency) -> Person {
        for q in questions_for(theme, self.length) {
            self.answers.set(q.id, answer_for(q, health).into());
        }
        self
    }

    /// Sets one answer exactly as the person would tick it.
    pub(super) fn says(mut self, id: &str, answer: Frequency) -> Person {
        assert!(is_known_question(id), "no question {id}");
        self.answers.set(id, answer.into());
        self
    }

    pub(super) fn outcome(&self) -> Outcome {
        evaluate(self.length, &self.answers)
    }
}

pub(super) fn picks(outcome: &Outcome) -> Vec<&'static str> {
    outcome.start_here.iter().map(|p| p.suggestion.id).collect()
}

pub(super) fn reasons(outcome: &Outcome) -> Vec<Reason> {
    outcome.start_here.iter().map(|p| p.reason).collect()
}

pub(super) fn asked(length: Length) -> usize {
    bank::QUESTIONS
        .iter()
        .filter(|q| q.asked_in(length))
        .count()
}

/// The persona answers every question of the full check-in.
pub(super) fn assert_complete(p: &Person) {
    for q in bank::QUESTIONS {
        assert!(p.answers.get(q.id).is_some(), "{} unanswered", q.id);
    }
    for q in bank::SAFETY_QUESTIONS {
        assert!(p.answers.get(q.id).is_some(), "{} unanswered", q.id);
    }
}

/// Someone doing well in every theme ("Always" healthy): one answer can be set against that.
pub(super) fn thriving(length: Length) -> Person {
    let mut p = Person::new(length);
    for theme in Theme::PAGE_ORDER {
        p = p.lived(theme, Frequency::Always);
    }
    p
}

pub(super) fn has_pick_for(o: &Outcome, id: &str, question: &str) -> bool {
    o.start_here.iter().any(|r| {
        r.suggestion.id == id
            && matches!(r.reason, Reason::Answer { question: q, .. } if q == question)
    })
}

/// The answer at the unhealthy far end of the scale for `question`.
pub(super) fn severe(question: &Question) -> Frequency {
    Frequency::ALL
        .into_iter()
        .find(|f| question.health(*f) == 0)
        .expect("one end of the scale")
}

/// An idea that fits no band: offered only by a safety signal.
pub(super) fn signal_only(s: &Suggestion) -> bool {
    let ideas = &bank::SIGNAL_IDEAS;
    s.fits.is_empty() && [ideas.relapse, ideas.used_again, ideas.distress].contains(&s.id)
}
