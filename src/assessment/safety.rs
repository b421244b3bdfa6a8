//! Safety signals and the questions that raise them: which answers raise a signal. They sit outside the scores and always lead the results.

use super::answer::{Answers, Frequency};
use super::scoring::{Band, Scores};
use super::theme::Theme;

keyed! {
    /// A sign that a person may need support now, whatever their scores.
    pub enum SafetySignal {
        /// Urges to use, or pulling away from one's own recovery supports.
        RelapseRisk = "relapse_risk",
        /// Hopelessness, or not wanting to be alive.
        AcuteDistress = "acute_distress",
    }
}

/// A question that is never scored but can raise a [`SafetySignal`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SafetyQuestion {
    pub id: &'static str,
    pub signal: SafetySignal,
    /// The lowest frequency that raises the signal.
    pub raises_from: Frequency,
}

/// The one rule for raising a signal: a safety question answered at or above its threshold.
/// "Prefer not to answer" never raises a signal.
pub fn raises(question: &SafetyQuestion, answers: &Answers) -> bool {
    answers
        .get(question.id)
        .and_then(|r| r.frequency())
        .is_some_and(|f| f >= question.raises_from)
}

/// Relapse risk can also build over several moderate answers: every relapse-risk question
/// answered at least this often, while the person's own recovery needs care.
pub const BUILDING_FROM: Frequency = Frequency::Sometimes;

/// True when relapse risk builds up: every relapse-risk question (urges, pulling away from one's
/// supports) answered at least [`BUILDING_FROM`], and "My own recovery" at "Needs care now".
pub fn relapse_risk_builds(
    questions: &[SafetyQuestion],
    answers: &Answers,
    scores: &Scores,
) -> bool {
    let mut relapse = questions
        .iter()
        .filter(|q| q.signal == SafetySignal::RelapseRisk)
        .peekable();
    relapse.peek().is_some()
        && relapse.all(|q| {
            answers
                .get(q.id)
                .and_then(|r| r.frequency())
                .is_some_and(|f| f >= BUILDING_FROM)
        })
        && scores.band(Theme::Recovery) == Some(Band::NeedsCare)
}

/// Whether support shows beside `question` as the person answers: its own answer raises its signal,
/// or it is the last relapse-risk question and relapse risk builds over the answers together.
pub fn support_beside(
    question: &SafetyQuestion,
    questions: &[SafetyQuestion],
    answers: &Answers,
    scores: &Scores,
) -> bool {
    let last_relapse = questions
        .iter()
        .rev()
        .find(|q| q.signal == SafetySignal::RelapseRisk)
        .is_some_and(|q| q.id == question.id);
    raises(question, answers) || (last_relapse && relapse_risk_builds(questions, answers, scores))
}

/// Every raised signal, each once, acute distress first.
pub fn raised_signals(
    questions: &[SafetyQuestion],
    answers: &Answers,
    scores: &Scores,
) -> Vec<SafetySignal> {
    let mut signals: Vec<SafetySignal> = questions
        .iter()
        .filter(|q| raises(q, answers))
        .map(|q| q.signal)
        .collect();
    if relapse_risk_builds(questions, answers, scores) {
        signals.push(SafetySignal::RelapseRisk);
    }
    let rank = |s: &SafetySignal| match s {
        SafetySignal::AcuteDistress => 0,
        SafetySignal::RelapseRisk => 1,
    };
    super::small_sort::sort_small_by(&mut signals, |a, b| rank(a).cmp(&rank(b)));
    signals.dedup();
    signals
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::answer::{Frequency, Response};

    const URGE: SafetyQuestion = SafetyQuestion {
        id: "urge",
        signal: SafetySignal::RelapseRisk,
        raises_from: Frequency::Often,
    };
    const ALIVE: SafetyQuestion = SafetyQuestion {
        id: "alive",
        signal: SafetySignal::AcuteDistress,
        raises_from: Frequency::Rarely,
    };

    fn answers(pairs: &[(&str, Response)]) -> Answers {
        pairs.iter().copied().collect()
    }

    #[test]
    fn threshold_is_inclusive_and_the_step_below_is_not() {
        assert!(raises(
            &URGE,
            &answers(&[("urge", Response::Given(Frequency::Often))])
        ));
        assert!(!raises(
            &URGE,
            &answers(&[("urge", Response::Given(Frequency::Sometimes))])
        ));
        assert!(raises(
            &ALIVE,
            &answers(&[("alive", Response::Given(Frequency::Rarely))])
        ));
        assert!(!raises(
            &ALIVE,
            &answers(&[("alive", Response::Given(Frequency::Never))])
        ));
    }

    #[test]
    fn prefer_not_and_unanswered_raise_nothing() {
        assert!(!raises(&ALIVE, &answers(&[("alive", Response::Skip)])));
        assert!(!raises(&ALIVE, &Answers::new()));
    }

    #[test]
    fn signals_are_listed_once_distress_first() {
        let qs = [
            URGE,
            ALIVE,
            SafetyQuestion {
                id: "urge2",
                ..URGE
            },
        ];
        let a = answers(&[
            ("urge", Response::Given(Frequency::Always)),
            ("urge2", Response::Given(Frequency::Always)),
            ("alive", Response::Given(Frequency::Sometimes)),
        ]);
        let no_levels = Scores {
            themes: vec![],
            cup: None,
        };
        assert_eq!(
            raised_signals(&qs, &a, &no_levels),
            vec![SafetySignal::AcuteDistress, SafetySignal::RelapseRisk]
        );
    }

    fn recovery_at(level: f64) -> Scores {
        Scores {
            themes: vec![crate::assessment::ThemeScore {
                theme: Theme::Recovery,
                level: crate::assessment::Level::new(level),
                answered: 5,
                asked: 5,
            }],
            cup: None,
        }
    }

    #[test]
    fn building_risk_shows_beside_the_last_relapse_question_only() {
        let qs = [URGE, SafetyQuestion { id: "away", ..URGE }, ALIVE];
        let both = answers(&[
            ("urge", Response::Given(Frequency::Sometimes)),
            ("away", Response::Given(Frequency::Sometimes)),
        ]);
        let low = recovery_at(20.0);
        assert!(!support_beside(&qs[0], &qs, &both, &low));
        assert!(support_beside(&qs[1], &qs, &both, &low));
        assert!(!support_beside(&qs[2], &qs, &both, &low));
        assert!(!support_beside(&qs[1], &qs, &both, &recovery_at(80.0)));
    }

    #[test]
    fn relapse_risk_builds_from_several_moderate_answers_while_recovery_needs_care() {
        let qs = [URGE, SafetyQuestion { id: "away", ..URGE }, ALIVE];
        let both = answers(&[
            ("urge", Response::Given(Frequency::Sometimes)),
            ("away", Response::Given(Frequency::Sometimes)),
        ]);
        assert!(
            qs.iter().all(|q| !raises(q, &both)),
            "no single answer raises it"
        );
        assert_eq!(
            raised_signals(&qs, &both, &recovery_at(35.0)),
            vec![SafetySignal::RelapseRisk]
        );
        assert!(
            raised_signals(&qs, &both, &recovery_at(40.0)).is_empty(),
            "own recovery at \"Worth watching\" is not enough"
        );
        let one = answers(&[
            ("urge", Response::Given(Frequency::Sometimes)),
            ("away", Response::Given(Frequency::Rarely)),
        ]);
        assert!(raised_signals(&qs, &one, &recovery_at(10.0)).is_empty());
        let skipped = answers(&[
            ("urge", Response::Given(Frequency::Sometimes)),
            ("away", Response::Skip),
        ]);
        assert!(raised_signals(&qs, &skipped, &recovery_at(10.0)).is_empty());
    }
}
