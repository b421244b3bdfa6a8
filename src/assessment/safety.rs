//! Safety signals and the questions that raise them: which answers raise a signal. They sit outside the scores and always lead the results.

use super::answer::{Answers, Frequency};
use super::question::Question;
use super::scoring::{Band, Scores};
use super::suggestion::Weight;
use super::theme::Theme;

keyed! {
    /// A sign that a person may need support now, whatever their scores.
    pub enum SafetySignal {
        /// Urges to use, pulling away from one's own recovery supports, or having used again.
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

/// The one rule for raising a signal from a single answer: a safety question answered at or above
/// its threshold. "Prefer not to answer" never raises a signal.
pub fn raises(question: &SafetyQuestion, answers: &Answers) -> bool {
    answers
        .get(question.id)
        .and_then(|r| r.frequency())
        .is_some_and(|f| f >= question.raises_from)
}

/// A signal can also build over several moderate answers: an answer counts towards building from
/// this frequency up.
pub const BUILDING_FROM: Frequency = Frequency::Sometimes;

/// Everything the safety rules read from the bank: the safety questions, the scored questions, and
/// which of them build a signal together. [`super::bank::SAFETY`] is the real one; tests make
/// their own.
#[derive(Clone, Copy, Debug)]
pub struct SafetyBank {
    pub questions: &'static [SafetyQuestion],
    /// The scored questions, for the heavy answers that build distress.
    pub scored: &'static [Question],
    /// The safety question that asks whether the person drank or used again.
    pub used_again: &'static str,
    /// The question about hopelessness, which builds distress together with heavy answers.
    pub hopeless: &'static str,
    /// The question about thoughts of not wanting to be alive.
    pub not_alive: &'static str,
    /// Groups of questions that, with hopelessness at [`BUILDING_FROM`] or more, build distress
    /// when at least [`DISTRESS_COMPANIONS_NEEDED`] groups hold an answer that weighs (a safety
    /// question weighs from [`BUILDING_FROM`]): alone, exhausted, sure the work makes no
    /// difference, craving or pulling away.
    pub distress_companions: &'static [&'static [&'static str]],
    /// Safety questions of another kind whose moderate answers also build relapse risk:
    /// hopelessness together with cravings is a risk for both.
    pub relapse_also: &'static [&'static str],
    /// Scored questions, each with the frequency from which its answer counts as a second
    /// moderate answer beside one to a relapse-risk question (urges, using again, pulling away;
    /// never alone, beside hopelessness alone, or with a low level of one's own recovery alone,
    /// so that support always shows beside a safety answer): missing one's own meetings to avoid
    /// the people one supports is a way of pulling away from one's supports.
    pub relapse_companions: &'static [(&'static str, Frequency)],
}

/// How many groups of [`SafetyBank::distress_companions`] must weigh for distress to build.
pub const DISTRESS_COMPANIONS_NEEDED: usize = 2;

fn frequency(answers: &Answers, id: &str) -> Option<Frequency> {
    answers.get(id).and_then(|r| r.frequency())
}

impl SafetyBank {
    fn family(&self, signal: SafetySignal) -> impl Iterator<Item = &'static SafetyQuestion> {
        self.questions.iter().filter(move |q| q.signal == signal)
    }

    /// True when the person said they drank or used again (any answer from "Rarely" up).
    pub fn used_again(&self, answers: &Answers) -> bool {
        self.questions
            .iter()
            .find(|q| q.id == self.used_again)
            .is_some_and(|q| raises(q, answers))
    }

    /// Relapse risk builds over moderate answers: two at [`BUILDING_FROM`] or more among the
    /// relapse-risk questions and [`SafetyBank::relapse_also`] (urges and pulling away, say, both
    /// "Sometimes"), or one while "My own recovery" is at "Needs care now", or one to a
    /// relapse-risk question beside a [`SafetyBank::relapse_companions`] answer. The level of one's own recovery is never required: it
    /// measures effort, which can be highest in the weeks right after a lapse.
    pub fn relapse_risk_builds(&self, answers: &Answers, scores: &Scores) -> bool {
        let at_least =
            |id: &str, from: Frequency| frequency(answers, id).is_some_and(|f| f >= from);
        let own = self
            .family(SafetySignal::RelapseRisk)
            .filter(|q| at_least(q.id, BUILDING_FROM))
            .count();
        let moderate = own
            + self
                .relapse_also
                .iter()
                .filter(|id| at_least(id, BUILDING_FROM))
                .count();
        let companion = self
            .relapse_companions
            .iter()
            .any(|&(id, from)| at_least(id, from));
        moderate >= 2
            || (moderate == 1 && scores.band(Theme::Recovery) == Some(Band::NeedsCare))
            || (own >= 1 && companion)
    }

    /// Distress builds when hopelessness is felt at [`BUILDING_FROM`] or more together with heavy
    /// answers in at least [`DISTRESS_COMPANIONS_NEEDED`] of the companion groups.
    pub fn distress_builds(&self, answers: &Answers) -> bool {
        frequency(answers, self.hopeless).is_some_and(|f| f >= BUILDING_FROM)
            && self.heavy_companions(answers) >= DISTRESS_COMPANIONS_NEEDED
    }

    /// How many of the companion groups hold an answer that weighs.
    fn heavy_companions(&self, answers: &Answers) -> usize {
        let weighs = |id: &&str| match self.scored.iter().find(|q| q.id == *id) {
            Some(q) => frequency(answers, q.id).is_some_and(|f| Weight::of(q, f).is_some()),
            None => frequency(answers, id).is_some_and(|f| f >= BUILDING_FROM),
        };
        self.distress_companions
            .iter()
            .filter(|group| group.iter().any(weighs))
            .count()
    }

    fn builds(&self, signal: SafetySignal, answers: &Answers, scores: &Scores) -> bool {
        match signal {
            SafetySignal::RelapseRisk => self.relapse_risk_builds(answers, scores),
            SafetySignal::AcuteDistress => self.distress_builds(answers),
        }
    }

    /// Every raised signal, each once, acute distress first.
    pub fn raised(&self, answers: &Answers, scores: &Scores) -> Vec<SafetySignal> {
        [SafetySignal::AcuteDistress, SafetySignal::RelapseRisk]
            .into_iter()
            .filter(|&signal| {
                self.family(signal).any(|q| raises(q, answers))
                    || self.builds(signal, answers, scores)
            })
            .collect()
    }

    /// Whether support shows beside `question` as the person answers: its own answer raises its
    /// signal; or its signal builds, no answer raises it alone, and this is the last question of
    /// its kind answered at [`BUILDING_FROM`] or more.
    pub fn support_beside(
        &self,
        question: &SafetyQuestion,
        answers: &Answers,
        scores: &Scores,
    ) -> bool {
        if raises(question, answers) {
            return true;
        }
        let signal = question.signal;
        if self.family(signal).any(|q| raises(q, answers)) || !self.builds(signal, answers, scores)
        {
            return false;
        }
        self.family(signal)
            .filter(|q| frequency(answers, q.id).is_some_and(|f| f >= BUILDING_FROM))
            .last()
            .is_some_and(|q| q.id == question.id)
    }

    /// Support offered gently, without claiming a signal, where the person left safety questions
    /// unanswered and their other answers are heavy: every safety question left while "My own
    /// recovery" is at "Needs care now" or [`DISTRESS_COMPANIONS_NEEDED`] companion groups weigh;
    /// or the questions about hopelessness or not wanting to be alive left while hopelessness is
    /// felt at [`BUILDING_FROM`] or more, or those groups weigh. Only where no signal is raised.
    pub fn offer_gently(&self, answers: &Answers, scores: &Scores) -> bool {
        let left = |id: &str| frequency(answers, id).is_none();
        let heavy = self.heavy_companions(answers) >= DISTRESS_COMPANIONS_NEEDED;
        let all_left = self.questions.iter().all(|q| left(q.id));
        let distress_left = self.family(SafetySignal::AcuteDistress).any(|q| left(q.id));
        let hopeless = frequency(answers, self.hopeless).is_some_and(|f| f >= BUILDING_FROM);
        self.raised(answers, scores).is_empty()
            && ((all_left && (heavy || scores.band(Theme::Recovery) == Some(Band::NeedsCare)))
                || (distress_left && (hopeless || heavy)))
    }

    /// True when the question about drinking or using again was left unanswered.
    pub fn use_unsaid(&self, answers: &Answers) -> bool {
        frequency(answers, self.used_again).is_none()
    }

    /// True when the person said they had thoughts of not wanting to be alive: the one answer the
    /// support message names.
    pub fn not_wanting_to_be_alive(&self, answers: &Answers) -> bool {
        self.questions
            .iter()
            .find(|q| q.id == self.not_alive)
            .is_some_and(|q| raises(q, answers))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::answer::{Frequency, Response};
    use crate::assessment::{Level, ThemeScore};

    const URGE: SafetyQuestion = SafetyQuestion {
        id: "urge",
        signal: SafetySignal::RelapseRisk,
        raises_from: Frequency::Often,
    };
    const USED: SafetyQuestion = SafetyQuestion {
        id: "used",
        signal: SafetySignal::RelapseRisk,
        raises_from: Frequency::Rarely,
    };
    const AWAY: SafetyQuestion = SafetyQuestion { id: "away", ..URGE };
    const HOPELESS: SafetyQuestion = SafetyQuestion {
        id: "hopeless",
        signal: SafetySignal::AcuteDistress,
        raises_from: Frequency::Often,
    };
    const ALIVE: SafetyQuestion = SafetyQuestion {
        id: "alive",
        signal: SafetySignal::AcuteDistress,
        raises_from: Frequency::Rarely,
    };
    const QUESTIONS: &[SafetyQuestion] = &[URGE, USED, AWAY, HOPELESS, ALIVE];
    // Protective questions: "Never" weighs.
    const SCORED: &[Question] = &[
        Question {
            id: "talk",
            theme: Theme::Support,
            reverse: false,
            in_pulse: true,
            weighs: true,
        },
        Question {
            id: "purpose",
            theme: Theme::Meaning,
            reverse: false,
            in_pulse: true,
            weighs: true,
        },
        Question {
            id: "rested",
            theme: Theme::Awareness,
            reverse: false,
            in_pulse: true,
            weighs: true,
        },
    ];
    const BANK: SafetyBank = SafetyBank {
        questions: QUESTIONS,
        scored: SCORED,
        used_again: "used",
        hopeless: "hopeless",
        not_alive: "alive",
        distress_companions: &[&["talk"], &["purpose"], &["rested"], &["urge", "away"]],
        relapse_also: &["hopeless"],
        relapse_companions: &[("missed_meetings", Frequency::Often)],
    };

    fn answers(pairs: &[(&str, Frequency)]) -> Answers {
        pairs
            .iter()
            .map(|&(id, f)| (id, Response::from(f)))
            .collect()
    }

    fn recovery_at(level: f64) -> Scores {
        Scores {
            themes: vec![ThemeScore {
                theme: Theme::Recovery,
                level: Level::new(level),
                answered: 5,
                asked: 5,
            }],
            cup: None,
        }
    }

    fn no_levels() -> Scores {
        Scores {
            themes: vec![],
            cup: None,
        }
    }

    use Frequency::{Always, Never, Often, Rarely, Sometimes};
    use SafetySignal::{AcuteDistress, RelapseRisk};

    #[test]
    fn threshold_is_inclusive_and_the_step_below_is_not() {
        assert!(raises(&URGE, &answers(&[("urge", Often)])));
        assert!(!raises(&URGE, &answers(&[("urge", Sometimes)])));
        assert!(raises(&ALIVE, &answers(&[("alive", Rarely)])));
        assert!(!raises(&ALIVE, &answers(&[("alive", Never)])));
    }

    #[test]
    fn prefer_not_and_unanswered_raise_nothing() {
        let mut all_skipped = Answers::new();
        for q in QUESTIONS {
            all_skipped.set(q.id, Response::Skip);
        }
        assert!(!raises(&ALIVE, &all_skipped));
        assert!(BANK.raised(&all_skipped, &recovery_at(0.0)).is_empty());
        assert!(BANK.raised(&Answers::new(), &recovery_at(0.0)).is_empty());
    }

    #[test]
    fn signals_are_listed_once_distress_first() {
        let a = answers(&[("urge", Always), ("away", Always), ("alive", Sometimes)]);
        assert_eq!(
            BANK.raised(&a, &no_levels()),
            vec![AcuteDistress, RelapseRisk]
        );
    }

    #[test]
    fn any_use_at_all_raises_relapse_risk_whatever_the_level_of_recovery() {
        for level in [0.0, 50.0, 100.0] {
            let a = answers(&[("used", Rarely)]);
            assert_eq!(BANK.raised(&a, &recovery_at(level)), vec![RelapseRisk]);
            assert!(BANK.used_again(&a));
        }
        let never = answers(&[("used", Never)]);
        assert!(!BANK.used_again(&never));
        assert!(BANK.raised(&never, &recovery_at(100.0)).is_empty());
    }

    #[test]
    fn a_companion_answer_builds_relapse_risk_beside_one_moderate_safety_answer_only() {
        let full = recovery_at(100.0);
        // Beside urges "Sometimes", missing meetings builds it from "Often", not below.
        for (missed, raised) in [(Sometimes, false), (Often, true), (Always, true)] {
            let a = answers(&[("urge", Sometimes), ("missed_meetings", missed)]);
            assert_eq!(
                BANK.raised(&a, &full) == vec![RelapseRisk],
                raised,
                "{missed:?}"
            );
        }
        // Never alone, and never with only a low level of one's own recovery beside it: a
        // scored answer is not a safety answer.
        let alone = answers(&[("missed_meetings", Always)]);
        assert!(BANK.raised(&alone, &full).is_empty());
        assert!(BANK.raised(&alone, &recovery_at(0.0)).is_empty());
        // Beside hopelessness alone it builds nothing (support shows beside a relapse answer).
        let hopeless = answers(&[("hopeless", Sometimes), ("missed_meetings", Always)]);
        assert!(BANK.raised(&hopeless, &full).is_empty());
        // A skip is never a moderate answer.
        let mut skipped = answers(&[("urge", Sometimes)]);
        skipped.set("missed_meetings", Response::Skip);
        assert!(BANK.raised(&skipped, &full).is_empty());
    }

    #[test]
    fn relapse_risk_builds_from_two_moderate_answers_without_needing_a_low_level() {
        let both = answers(&[("urge", Sometimes), ("away", Sometimes)]);
        assert!(
            QUESTIONS.iter().all(|q| !raises(q, &both)),
            "no single answer raises it"
        );
        // Own recovery at its fullest: effort can be highest right after a lapse.
        assert_eq!(BANK.raised(&both, &recovery_at(100.0)), vec![RelapseRisk]);
        assert_eq!(BANK.raised(&both, &no_levels()), vec![RelapseRisk]);
        // One moderate answer builds only while own recovery needs care.
        let one = answers(&[("urge", Sometimes), ("away", Rarely)]);
        assert!(BANK.raised(&one, &recovery_at(40.0)).is_empty());
        assert_eq!(BANK.raised(&one, &recovery_at(39.0)), vec![RelapseRisk]);
        // A skip is never a moderate answer.
        let skipped = answers(&[("urge", Sometimes)]);
        let mut skipped = skipped;
        skipped.set("away", Response::Skip);
        assert!(BANK.raised(&skipped, &recovery_at(60.0)).is_empty());
    }

    #[test]
    fn distress_builds_from_hopelessness_below_often_with_two_kinds_of_heavy_answer() {
        let with = |extra: &[(&str, Frequency)]| {
            let mut a = answers(&[("hopeless", Sometimes)]);
            for &(id, f) in extra {
                a.set(id, Response::from(f));
            }
            BANK.raised(&a, &no_levels())
        };
        assert!(with(&[]).is_empty(), "hopelessness at Sometimes alone");
        assert!(with(&[("talk", Never)]).is_empty(), "one heavy companion");
        assert_eq!(
            with(&[("talk", Never), ("purpose", Rarely)]),
            vec![AcuteDistress]
        );
        assert!(
            with(&[("talk", Never), ("purpose", Sometimes)]).is_empty(),
            "Sometimes does not weigh"
        );
        // Without hopelessness, heavy answers alone are not distress.
        let a = answers(&[("hopeless", Rarely), ("talk", Never), ("purpose", Never)]);
        assert!(BANK.raised(&a, &no_levels()).is_empty());
    }

    #[test]
    fn building_support_shows_beside_the_last_moderate_answer_only_when_nothing_raises_alone() {
        let both = answers(&[("urge", Sometimes), ("away", Sometimes)]);
        let s = recovery_at(80.0);
        assert!(!BANK.support_beside(&URGE, &both, &s));
        assert!(!BANK.support_beside(&USED, &both, &s));
        assert!(BANK.support_beside(&AWAY, &both, &s));
        assert!(!BANK.support_beside(&ALIVE, &both, &s));
        // An answer that raises it alone carries the support; building adds no second panel.
        let used = answers(&[("urge", Sometimes), ("used", Rarely), ("away", Sometimes)]);
        assert!(BANK.support_beside(&USED, &used, &s));
        assert!(!BANK.support_beside(&AWAY, &used, &s));
        // Distress that builds shows beside hopelessness.
        let heavy = answers(&[("hopeless", Sometimes), ("talk", Never), ("rested", Never)]);
        assert!(BANK.support_beside(&HOPELESS, &heavy, &s));
        assert!(!BANK.support_beside(&ALIVE, &heavy, &s));
    }

    #[test]
    fn cravings_and_hopelessness_build_relapse_risk_together_and_count_towards_distress() {
        let a = answers(&[("urge", Sometimes), ("hopeless", Sometimes)]);
        assert_eq!(BANK.raised(&a, &recovery_at(90.0)), vec![RelapseRisk]);
        let a = answers(&[
            ("urge", Sometimes),
            ("hopeless", Sometimes),
            ("talk", Never),
        ]);
        assert_eq!(
            BANK.raised(&a, &recovery_at(90.0)),
            vec![AcuteDistress, RelapseRisk],
            "cravings and feeling alone: two kinds of heavy answer"
        );
    }

    #[test]
    fn support_is_offered_gently_where_safety_questions_are_left_beside_heavy_answers() {
        // Hopelessness felt, the question about not wanting to be alive left.
        let a = answers(&[("hopeless", Sometimes)]);
        assert!(BANK.raised(&a, &no_levels()).is_empty());
        assert!(BANK.offer_gently(&a, &no_levels()));
        // Everything left, two kinds of heavy answer, own recovery holding.
        let a = answers(&[("talk", Never), ("purpose", Never)]);
        assert!(BANK.offer_gently(&a, &recovery_at(80.0)));
        // Everything left, one kind of heavy answer, own recovery holding: nothing to say.
        let a = answers(&[("talk", Never)]);
        assert!(!BANK.offer_gently(&a, &recovery_at(80.0)));
        // A raised signal brings support of its own.
        let a = answers(&[("hopeless", Sometimes), ("urge", Sometimes)]);
        assert!(!BANK.offer_gently(&a, &no_levels()));
    }

    #[test]
    fn support_is_offered_gently_only_when_every_safety_question_is_left_and_recovery_is_lowest() {
        let mut skipped = Answers::new();
        for q in QUESTIONS {
            skipped.set(q.id, Response::Skip);
        }
        assert!(BANK.offer_gently(&skipped, &recovery_at(20.0)));
        assert!(BANK.offer_gently(&Answers::new(), &recovery_at(39.0)));
        assert!(!BANK.offer_gently(&skipped, &recovery_at(40.0)));
        assert!(!BANK.offer_gently(&skipped, &no_levels()));
        let mut one_answered = skipped.clone();
        one_answered.set("alive", Response::from(Never));
        assert!(!BANK.offer_gently(&one_answered, &recovery_at(20.0)));
        assert!(
            BANK.raised(&skipped, &recovery_at(20.0)).is_empty(),
            "never a signal the person did not give"
        );
    }
}
