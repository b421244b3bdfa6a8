//! Spanish, neutral (Latin America, the US and Spain): every text Full Cup shows, in plain words.

mod class;
mod contacts;
mod crosswalk;
mod form;
mod items;
mod now;
mod package;
mod plan;
mod ui;

use super::{Direction, Lang, PluralRule};

locale! {
    Lang::Es,
    Direction::LeftToRight,
    PluralRule::Spanish,
    // The United States first, as in English: 988 and the SAMHSA helpline both answer in Spanish.
    country: "US",
    // US and Mexican Spanish write 62.5 (see docs/i18n/glossary-es.md).
    decimal: "."
}
