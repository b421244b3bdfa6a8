//! Malay (Malaysia): every text Full Cup shows, in plain words. Terms follow
//! docs/i18n/glossary-ms.md.

mod contacts;
mod items;
mod ui;

use super::{Direction, Lang, Locale, PluralRule};

pub static LOCALE: Locale = Locale {
    lang: Lang::Ms,
    dir: Direction::LeftToRight,
    plural: PluralRule::Malay,
    ui: &ui::UI,
    themes: items::THEMES,
    questions: items::QUESTIONS,
    safety_questions: items::SAFETY_QUESTIONS,
    suggestions: items::SUGGESTIONS,
    patterns: items::PATTERNS,
    bands: items::BANDS,
    research: items::RESEARCH,
    contacts: contacts::CONTACTS,
    // Most of Full Cup's Malay-speaking peer workers are in Malaysia: its line comes first.
    country: "MY",
    decimal: ".",
};
