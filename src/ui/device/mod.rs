//! The one place that touches the browser, one room per concern (below). It decides nothing:
//! what to keep, when to write and what to show come from pure code (`storage::policy`,
//! `present`), and this layer only carries it out. Every call degrades quietly when the browser
//! refuses (storage blocked, no window).

// Shared by every room, each of which begins with `use super::*`.
use wasm_bindgen::JsCast;

use crate::assessment::Date;
use crate::storage::policy::{self, Loaded, Refused, Shelf};

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

mod config;
mod early;
mod exit;
mod files;
mod frame;
mod language;
mod lms;
mod package;
mod page;
mod shelf;
mod tab;
mod whole;
mod worker;

pub use config::*;
pub use early::*;
pub use exit::*;
pub use files::*;
pub use frame::*;
pub use language::*;
pub use lms::*;
pub use package::*;
pub use page::*;
pub use shelf::*;
pub use tab::*;
pub use whole::*;
pub use worker::*;
