//! The domain, pure Rust with no web crates: themes, questions, answers, scoring, bands, safety
//! signals, suggestions and the plan. Everything here is tested natively.

pub mod answer;
pub mod bank;
pub mod plan;
pub mod plan_chips;
pub mod question;
pub mod right_now;
pub mod safety;
pub mod scoring;
pub mod small_map;
pub mod small_sort;
pub mod suggestion;
pub mod theme;

#[cfg(test)]
mod bank_checks;
#[cfg(test)]
mod person;
#[cfg(test)]
mod personas;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties;
#[cfg(test)]
mod searches;

pub use answer::{Answers, Frequency, Response};
pub use plan::{Date, PersonField, Plan, PlanError, PlanFault, PlanText};
pub use plan_chips::ChipKind;
pub use question::{Length, Question};
pub use safety::{SafetyBank, SafetyQuestion, SafetySignal};
pub use scoring::{Band, Level, Scores, ThemeScore};
pub use suggestion::{Pattern, Reason, Recommendation, Source, Suggestion, Weighing, Weight};
pub use theme::{Kind, Theme};

/// Everything the results screen shows, computed from one set of answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub length: Length,
    pub scores: Scores,
    pub signals: Vec<SafetySignal>,
    /// The person said they drank or used again ([`safety::SafetyBank::used_again`]).
    pub used_again: bool,
    /// No signal, but support offered gently ([`safety::SafetyBank::offer_gently`]).
    pub offer_support_gently: bool,
    /// The question about drinking or using again was left unanswered.
    pub use_unsaid: bool,
    /// The person said they had thoughts of not wanting to be alive.
    pub not_wanting_to_be_alive: bool,
    /// Where to put care first: at most three themes, lowest first.
    pub priorities: Vec<Theme>,
    /// The other themes below "Steady", in page order.
    pub also_watching: Vec<Theme>,
    /// Only steady themes without an answer at the far end of the scale (and never one's own
    /// recovery under relapse risk), fullest first; empty when there is none.
    pub strengths: Vec<Theme>,
    /// Answers at the far end of the scale in a theme that is not a priority: named on the
    /// results so that no single answer is hidden by an average.
    pub standing_out: Vec<Weighing>,
    /// Every answer that weighs, heaviest first (see [`suggestion::weighing_answers`]).
    pub weighing: Vec<Weighing>,
    pub start_here: Vec<Recommendation>,
}

impl Outcome {
    /// True when acute distress is raised: nothing on the results may then reassure.
    pub fn distress(&self) -> bool {
        self.signals.contains(&SafetySignal::AcuteDistress)
    }
}

/// Scores a check-in against the built-in question bank and suggestion library.
pub fn evaluate(length: Length, answers: &Answers) -> Outcome {
    let scores = scoring::score(bank::QUESTIONS, length, answers);
    let priorities = scoring::priorities(&scores);
    let weighing = suggestion::weighing_answers(bank::QUESTIONS, length, answers, &scores);
    let signals = bank::SAFETY.raised(answers, &scores);
    let used_again = bank::SAFETY.used_again(answers);
    let start_here = suggestion::start_here(&suggestion::Inputs {
        scores: &scores,
        weighing: &weighing,
        priorities: &priorities,
        library: bank::SUGGESTIONS,
        patterns: bank::PATTERNS,
        signals: &signals,
        used_again: used_again
            .then(|| {
                answers
                    .get(bank::SAFETY.used_again)
                    .and_then(|r| r.frequency())
            })
            .flatten()
            .map(|f| (bank::SAFETY.used_again, f)),
        signal_ideas: &bank::SIGNAL_IDEAS,
    });
    // Never named a strength: a part beside an answer at the far end of the scale in it, or one's
    // own recovery while relapse risk is raised.
    let held_back: Vec<Theme> = weighing
        .iter()
        .filter(|w| w.weight == Weight::Severe)
        .map(|w| w.question.theme)
        .chain(
            signals
                .contains(&SafetySignal::RelapseRisk)
                .then_some(Theme::Recovery),
        )
        .collect();
    Outcome {
        length,
        offer_support_gently: bank::SAFETY.offer_gently(answers, &scores),
        use_unsaid: bank::SAFETY.use_unsaid(answers),
        not_wanting_to_be_alive: bank::SAFETY.not_wanting_to_be_alive(answers),
        used_again,
        signals,
        also_watching: scoring::also_watching(&scores),
        strengths: scoring::strengths(&scores, &held_back),
        standing_out: weighing
            .iter()
            .filter(|w| w.weight == Weight::Severe && !priorities.contains(&w.question.theme))
            .copied()
            .collect(),
        priorities,
        start_here,
        weighing,
        scores,
    }
}

/// The questions a check-in of `length` asks about `theme`, in bank order.
pub fn questions_for(theme: Theme, length: Length) -> impl Iterator<Item = &'static Question> {
    bank::QUESTIONS
        .iter()
        .filter(move |q| q.theme == theme && q.asked_in(length))
}

/// True when `id` names a scored or safety question in the bank.
pub fn is_known_question(id: &str) -> bool {
    bank::QUESTIONS.iter().any(|q| q.id == id) || bank::SAFETY_QUESTIONS.iter().any(|q| q.id == id)
}

/// True when `id` names a question a saved check-in may hold an answer to: any question of the
/// bank, including those an earlier version asked ([`bank::RETIRED_QUESTIONS`]).
pub fn is_recorded_question(id: &str) -> bool {
    is_known_question(id) || bank::RETIRED_QUESTIONS.contains(&id)
}

/// Looks up a suggestion by id.
pub fn suggestion(id: &str) -> Option<&'static Suggestion> {
    bank::SUGGESTIONS.iter().find(|s| s.id == id)
}

/// Looks up a cross-theme pattern by id.
pub fn pattern(id: &str) -> Option<&'static Pattern> {
    bank::PATTERNS.iter().find(|p| p.id == id)
}
