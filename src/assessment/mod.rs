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
pub use suggestion::{Pattern, Reason, Recommendation, Source, Suggestion};
pub use theme::{Kind, Theme};

/// Everything the results screen shows, computed from one set of answers.
#[derive(Clone, Debug, PartialEq)]
pub struct Outcome {
    pub length: Length,
    pub scores: Scores,
    pub signals: Vec<SafetySignal>,
    pub priorities: Vec<Theme>,
    pub strengths: Vec<Theme>,
    pub start_here: Vec<Recommendation>,
}

/// Scores a check-in against the built-in question bank and suggestion library.
pub fn evaluate(length: Length, answers: &Answers) -> Outcome {
    let scores = scoring::score(bank::QUESTIONS, length, answers);
    Outcome {
        length,
        signals: safety::raised_signals(bank::SAFETY_QUESTIONS, answers),
        priorities: scoring::priorities(&scores),
        strengths: scoring::strengths(&scores),
        start_here: suggestion::start_here(&scores, bank::SUGGESTIONS, bank::PATTERNS),
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

/// Looks up a suggestion by id.
pub fn suggestion(id: &str) -> Option<&'static Suggestion> {
    bank::SUGGESTIONS.iter().find(|s| s.id == id)
}
