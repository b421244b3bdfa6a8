//! Safety signals and the questions that raise them: which answers raise a signal. They sit outside the scores and always lead the results.

use super::answer::{Answers, Frequency};

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

/// Every raised signal, each once, acute distress first.
pub fn raised_signals(questions: &[SafetyQuestion], answers: &Answers) -> Vec<SafetySignal> {
    let mut signals: Vec<SafetySignal> = questions
        .iter()
        .filter(|q| raises(q, answers))
        .map(|q| q.signal)
        .collect();
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
        assert_eq!(
            raised_signals(&qs, &a),
            vec![SafetySignal::AcuteDistress, SafetySignal::RelapseRisk]
        );
    }
}
