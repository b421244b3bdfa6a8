//! The tab's own storage (sessionStorage): the check-in in progress, the hand-over between
//! languages, the country chosen and what was begun before the app started. Every call degrades
//! quietly when the browser refuses.

use super::*;

fn session() -> Option<web_sys::Storage> {
    window()?.session_storage().ok().flatten()
}

pub fn session_get(key: &str) -> Option<String> {
    session()?.get_item(key).ok().flatten()
}

/// False when the browser refused (storage disabled or full).
pub fn session_set(key: &str, value: &str) -> bool {
    session().is_some_and(|s| s.set_item(key, value).is_ok())
}

pub fn session_remove(key: &str) {
    if let Some(s) = session() {
        let _ = s.remove_item(key);
    }
}
