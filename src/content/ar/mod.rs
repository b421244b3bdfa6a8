//! Modern Standard Arabic: every text Full Cup shows, in plain words (terminology in
//! docs/i18n/glossary-ar.md).

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
    Lang::Ar,
    Direction::RightToLeft,
    PluralRule::Arabic,
    // Egypt, the most populous Arabic-speaking country, whose national addiction line is built
    // in; a browser set to another Arabic-speaking country leads with that country's lines.
    country: "EG",
    decimal: "."
}
