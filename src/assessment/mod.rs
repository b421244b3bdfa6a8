//! The domain, pure Rust with no web crates: themes, questions, answers, scoring, bands, safety
//! signals, suggestions and the plan. Everything here is tested natively.

#[macro_use]
mod keyed;
pub mod answer;
pub mod bank;
pub mod plan;
pub mod question;
pub mod safety;
pub mod scoring;
pub mod small_map;
pub mod small_sort;
pub mod suggestion;
pub mod theme;

#[cfg(test)]
mod personas;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties;

pub use answer::{Answers, Frequency, Response};
pub use plan::{Date, Plan, PlanError};
pub use question::{Length, Question};
pub use safety::{SafetyQuestion, SafetySignal};
pub use scoring::{Band, Level, Scores, ThemeScore};
pub use suggestion::{Pattern, Reason, Recommendation, Source, Suggestion, Weighing, Weight};
pub use theme::{Kind, Theme};

/// Everything the results screen shows, computed from one set of answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub length: Length,
    pub scores: Scores,
    pub signals: Vec<SafetySignal>,
    /// Where to put care first: at most three themes, lowest first.
    pub priorities: Vec<Theme>,
    /// The other themes below "Steady", in page order.
    pub also_watching: Vec<Theme>,
    /// Only steady themes, fullest first; empty when none is steady.
    pub strengths: Vec<Theme>,
    /// Answers at the far end of the scale in a theme that is not a priority: named on the
    /// results so that no single answer is hidden by an average.
    pub standing_out: Vec<Weighing>,
    /// Every answer that weighs, heaviest first (see [`suggestion::weighing_answers`]).
    pub weighing: Vec<Weighing>,
    pub start_here: Vec<Recommendation>,
}

/// Scores a check-in against the built-in question bank and suggestion library.
pub fn evaluate(length: Length, answers: &Answers) -> Outcome {
    let scores = scoring::score(bank::QUESTIONS, length, answers);
    let priorities = scoring::priorities(&scores);
    let weighing = suggestion::weighing_answers(bank::QUESTIONS, length, answers, &scores);
    let start_here = suggestion::start_here(&suggestion::Inputs {
        scores: &scores,
        weighing: &weighing,
        priorities: &priorities,
        library: bank::SUGGESTIONS,
        patterns: bank::PATTERNS,
    });
    Outcome {
        length,
        signals: safety::raised_signals(bank::SAFETY_QUESTIONS, answers, &scores),
        also_watching: scoring::also_watching(&scores),
        strengths: scoring::strengths(&scores),
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
