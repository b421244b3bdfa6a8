//! Spanish, neutral (Latin America, the US and Spain): every text Full Cup shows, in plain words.

mod contacts;
mod items;
mod ui;

use super::{Direction, Lang, Locale, PluralRule};

pub static LOCALE: Locale = Locale {
    lang: Lang::Es,
    dir: Direction::LeftToRight,
    plural: PluralRule::Spanish,
    ui: &ui::UI,
    themes: items::THEMES,
    questions: items::QUESTIONS,
    safety_questions: items::SAFETY_QUESTIONS,
    suggestions: items::SUGGESTIONS,
    patterns: items::PATTERNS,
    bands: items::BANDS,
    research: items::RESEARCH,
    contacts: contacts::CONTACTS,
    // The United States first, as in English: 988 and the SAMHSA helpline both answer in Spanish.
    country: "US",
    // US and Mexican Spanish write 62.5 (see docs/i18n/glossary-es.md).
    decimal: ".",
};
