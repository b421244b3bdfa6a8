//! View models: from an outcome or a history, a [`Locale`](crate::content::Locale) and
//! [`Settings`](crate::settings::Settings), everything a screen or a printed page shows, as plain
//! data. Pure Rust with no web crate, native-tested; the screens in `ui` only lay it out.
//!
//! Each rule that decides what a person reads lives here once: the ideas offered on My plan, the
//! ideas by theme, the cup's explanation, "what changed" and its threshold, the reminder choices,
//! page titles, and the wording of every error.

pub mod class;
pub mod crosswalk;
/// The content as JSON for the end-to-end tests (native builds only).
#[cfg(not(target_arch = "wasm32"))]
pub mod export;
pub mod guide;
#[cfg(test)]
mod hardest_moments;
pub mod history;
pub mod messages;
pub mod pages;
pub mod paper;
pub mod plan;
pub mod plan_pages;
pub mod qr;
pub mod results;
pub mod text;
pub mod trainers;
