//! Pieces that several screens share. A widget may use the store and other widgets, never a
//! screen.

pub mod choice;
pub mod chrome;
pub mod config_form;
pub mod cup;
pub mod embed_builder;
pub mod keep_entry;
pub mod package_builder;
pub mod page;
pub mod paper_sheet;
pub mod qr_code;
pub mod rating;
pub mod save_box;
pub mod suggestion_card;
pub mod support;
pub mod trend_chart;
pub mod whole;

use crate::assessment::Band;

/// The CSS class of a band (or of "no level").
pub fn band_class(band: Option<Band>) -> &'static str {
    band.map_or("none", Band::key)
}
