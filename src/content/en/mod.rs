//! English: every text Full Cup shows, in plain words.

mod contacts;
mod items;
mod ui;

use super::{Direction, Lang, Locale, PluralRule};

pub static LOCALE: Locale = Locale {
    lang: Lang::En,
    dir: Direction::LeftToRight,
    plural: PluralRule::English,
    ui: &ui::UI,
    themes: items::THEMES,
    questions: items::QUESTIONS,
    safety_questions: items::SAFETY_QUESTIONS,
    suggestions: items::SUGGESTIONS,
    patterns: items::PATTERNS,
    bands: items::BANDS,
    research: items::RESEARCH,
    contacts: contacts::CONTACTS,
    // Most of Full Cup's English-speaking peer workers are in the United States.
    country: "US",
    decimal: ".",
};
