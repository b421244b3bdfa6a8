//! English: every text Full Cup shows, in plain words.

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
    Lang::En,
    Direction::LeftToRight,
    PluralRule::English,
    // Most of Full Cup's English-speaking peer workers are in the United States.
    country: "US",
    decimal: "."
}
