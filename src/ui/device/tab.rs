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

/// The check-in kept for this tab (`storage::session`), as read: `None` when there is none.
/// With [`keep_progress`] and [`forget_progress`], the one home of the tab's progress record.
pub fn read_progress(
) -> Option<Result<crate::storage::session::Progress, crate::storage::session::SessionError>> {
    session_get(crate::storage::session::KEY).map(|t| crate::storage::session::read(&t))
}

/// Keeps `progress` for this tab; false when the browser refused.
pub fn keep_progress(progress: &crate::storage::session::Progress) -> bool {
    session_set(
        crate::storage::session::KEY,
        &crate::storage::session::write(progress),
    )
}

/// Forgets the check-in kept for this tab.
pub fn forget_progress() {
    session_remove(crate::storage::session::KEY);
}

/// The record kept for this tab, exactly as written, to be put back unchanged with
/// [`put_back_progress_text`] (a move to another language that did not happen).
pub(super) fn progress_text() -> Option<String> {
    session_get(crate::storage::session::KEY)
}

/// Puts back what [`progress_text`] read: the record as it was, or none.
pub(super) fn put_back_progress_text(text: Option<String>) {
    match text {
        Some(text) => {
            session_set(crate::storage::session::KEY, &text);
        }
        None => forget_progress(),
    }
}
