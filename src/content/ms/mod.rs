//! Malay (Malaysia): every text Full Cup shows, in plain words. Terms follow
//! docs/i18n/glossary-ms.md.

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
    Lang::Ms,
    Direction::LeftToRight,
    PluralRule::Malay,
    // Most of Full Cup's Malay-speaking peer workers are in Malaysia: its line comes first.
    country: "MY",
    decimal: "."
}
