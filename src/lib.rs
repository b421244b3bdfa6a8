//! Full Cup: a private burnout and self-care check-in for peer support workers in substance-use
//! recovery. Everything runs in the browser; nothing a person answers leaves their device.
//!
//! The arrows point one way: `ui` → `present` → `settings`, `storage`, `content` → `assessment`.
//! Everything but `ui` is pure Rust with no web crate and is tested natively.

/// Closed sets with a stable key each, declared with `keyed!` (used across the crate).
#[macro_use]
mod keyed;

/// The domain: themes, questions, answers, scoring, bands, safety signals, suggestions, plan.
pub mod assessment;
/// What people read, per language, as data: the Locale, with plural rules and text direction.
pub mod content;
/// View models: everything a screen or printed page shows, from an outcome, a Locale and Settings.
pub mod present;
/// How this copy is set up: defaults, then a trainer's config, then URL options.
pub mod settings;
/// The device's data formats and keeping rules: session progress, the history file, URL options.
pub mod storage;
/// The yew layer, thin: the store, screens, widgets and the one device edge.
pub mod ui;
