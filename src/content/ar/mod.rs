//! Modern Standard Arabic: every text Full Cup shows, in plain words (terminology in
//! docs/i18n/glossary-ar.md).

mod contacts;
mod items;
mod ui;

use super::{Direction, Lang, Locale, PluralRule};

pub static LOCALE: Locale = Locale {
    lang: Lang::Ar,
    dir: Direction::RightToLeft,
    plural: PluralRule::Arabic,
    ui: &ui::UI,
    themes: items::THEMES,
    questions: items::QUESTIONS,
    safety_questions: items::SAFETY_QUESTIONS,
    suggestions: items::SUGGESTIONS,
    patterns: items::PATTERNS,
    bands: items::BANDS,
    research: items::RESEARCH,
    contacts: contacts::CONTACTS,
    // Egypt, the most populous Arabic-speaking country, whose national addiction line is built
    // in; a browser set to another Arabic-speaking country leads with that country's lines.
    country: "EG",
    decimal: ".",
};
