//! The device's data formats and the rules for keeping them: check-in progress kept for the tab,
//! the opt-in history file with its schema version and migrations, the history's keeping policy,
//! a trainer's `config.json`, and URL options. Parsing and validation are pure, return typed errors, and are native-tested;
//! only `ui::device` touches the browser.

pub mod config;
pub mod config_draft;
pub mod country;
/// A million bad inputs for every reader of outside data (native builds only).
#[cfg(not(target_arch = "wasm32"))]
pub mod fuzz;
pub mod handover;
pub mod history;
pub mod lms;
pub mod package;
pub mod policy;
pub mod session;
pub mod url_options;
