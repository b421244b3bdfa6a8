//! English: every text Full Cup shows, in plain words.

mod items;
mod ui;

use super::{Catalog, Lang};

pub static CATALOG: Catalog = Catalog {
    lang: Lang::En,
    name: "English",
    ui: &ui::UI,
    themes: items::THEMES,
    questions: items::QUESTIONS,
    safety_questions: items::SAFETY_QUESTIONS,
    suggestions: items::SUGGESTIONS,
    patterns: items::PATTERNS,
    bands: items::BANDS,
    research: items::RESEARCH,
};
