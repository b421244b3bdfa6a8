//! The device's storage (localStorage) as a `storage::policy::Shelf`: the history and the
//! country kept beside it. Reached through `web_sys` by hand rather than `gloo-storage`, whose
//! helpers throw or panic where the browser refuses storage (private mode, a sandboxed frame);
//! Full Cup must keep working there, only without saving.

use super::*;

/// Local storage as a [`Shelf`], or `None` when the browser refuses it (private mode, blocked,
/// sandboxed frame). Getting the handle writes nothing.
struct Local(web_sys::Storage);

impl Shelf for Local {
    fn get(&self, key: &str) -> Result<Option<String>, Refused> {
        self.0.get_item(key).map_err(|_| Refused)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused> {
        self.0.set_item(key, value).map_err(|_| Refused)
    }
    fn remove(&mut self, key: &str) -> Result<(), Refused> {
        self.0.remove_item(key).map_err(|_| Refused)
    }
}

fn local() -> Option<Local> {
    window()?.local_storage().ok().flatten().map(Local)
}

/// What this device holds, read (and unreadable data kept aside) by [`policy::load`].
pub fn load_history() -> Loaded {
    local().map_or_else(Loaded::unavailable, |mut shelf| policy::load(&mut shelf))
}

/// Keeps the country chosen for the crisis lines on the device, only beside a kept history
/// ([`policy::keep_country`]).
pub fn keep_country(code: &str) {
    if let Some(mut shelf) = local() {
        let _ = policy::keep_country(&mut shelf, code);
    }
}

/// The country kept on the device beside a kept history, if any ([`policy::kept_country`]).
pub fn kept_country() -> Option<String> {
    local().and_then(|shelf| policy::kept_country(&shelf))
}

/// Carries out [`policy::apply`]: one change, applied to what is stored now.
pub fn change_history(change: policy::Change) -> Result<policy::Applied, policy::WriteError> {
    let mut shelf = local().ok_or(policy::WriteError::Refused)?;
    policy::apply(&mut shelf, change, today())
}

/// Listens for changes another tab or window makes to the saved history.
pub fn on_history_changed_elsewhere(
    mut f: impl FnMut() + 'static,
) -> Option<gloo_events::EventListener> {
    let w = window()?;
    Some(gloo_events::EventListener::new(&w, "storage", move |e| {
        let key = e
            .dyn_ref::<web_sys::StorageEvent>()
            .and_then(web_sys::StorageEvent::key);
        // No key: the other tab cleared all of this site's storage.
        let ours = key.as_deref().is_none_or(|k| {
            k == crate::storage::history::KEY || k == crate::storage::history::SET_ASIDE_KEY
        });
        if ours {
            f();
        }
    }))
}

/// Carries out [`policy::delete_unreadable`].
pub fn delete_unreadable(text: &str) -> Result<Loaded, Refused> {
    let mut shelf = local().ok_or(Refused)?;
    policy::delete_unreadable(&mut shelf, text)
}
