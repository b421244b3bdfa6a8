//! Full Cup: a private burnout and self-care check-in for peer support workers in substance-use
//! recovery. Everything runs in the browser; nothing a person answers leaves their device.

/// The domain: themes, questions, scoring, bands, safety signals, suggestions, plan (pure Rust).
pub mod assessment;
/// What people read, per language, as data.
pub mod content;
/// The device edge: session progress, opt-in history, export/import files, trainer config.
pub mod storage;
/// The yew components: app state, one file per screen, shared widgets.
pub mod ui;
