//! The device edge: check-in progress kept for the tab, URL options. Parsing and validation are
//! pure and native-tested; only `ui` touches the browser's storage.

pub mod history;
pub mod params;
pub mod session;
