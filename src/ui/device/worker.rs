//! The service worker: registered, and a new version offered (or its failure said).

use super::*;

/// Starts the service worker (offline after the first visit; it only ever reads this site's own
/// files).
pub fn register_worker() {
    if let Some(container) = workers() {
        // A frame whose course page forbids workers refuses: Full Cup runs without one, quietly.
        let registering = container.register("sw.js");
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(registering).await;
        });
    }
}

/// The browser's service workers, where it has them: a page served over plain http (other than
/// on this machine) and a browser with workers turned off have none, and Full Cup then runs
/// without one (online only), never stopping for want of it.
fn workers() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = window()?.navigator();
    js_sys::Reflect::get(&navigator, &"serviceWorker".into())
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
        .map(JsCast::unchecked_into)
}

thread_local! {
    /// The service worker said it could not keep a new version for want of space (it says so
    /// once): carried to the whole app if it takes over.
    static NO_SPACE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether the service worker has said it could not keep a new version for want of space.
pub fn no_space_told() -> bool {
    NO_SPACE.with(std::cell::Cell::get)
}

/// Told by the first-visit build, as the whole app takes over.
pub(super) fn note_no_space() {
    NO_SPACE.with(|n| n.set(true));
}

/// Calls `ready` once a new version of Full Cup is installed and waiting while this page runs
/// on the old one (never on a first visit), and `no_space` when the service worker could not
/// keep a new version because the device is short of space. The listeners last as long as the
/// page.
pub fn watch_for_new_version(ready: impl Fn() + 'static, no_space: impl Fn() + 'static) {
    use wasm_bindgen_futures::JsFuture;
    let Some(container) = workers() else { return };
    gloo_events::EventListener::new(&container, "message", move |event| {
        let said = event
            .dyn_ref::<web_sys::MessageEvent>()
            .and_then(|m| m.data().as_string());
        if said.as_deref() == Some("no-space") {
            NO_SPACE.with(|n| n.set(true));
            if !retired() {
                no_space();
            }
        }
    })
    .forget();
    // Once the whole app has taken over this page, it watches for itself.
    let ready = std::rc::Rc::new(move || {
        if !retired() {
            ready();
        }
    });
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = JsFuture::from(container.get_registration()).await else {
            return;
        };
        let Ok(reg) = reg.dyn_into::<web_sys::ServiceWorkerRegistration>() else {
            return;
        };
        let in_use = {
            let container = container.clone();
            move || container.controller().is_some()
        };
        if reg.waiting().is_some() && in_use() {
            ready();
        }
        let on_found = {
            let reg = reg.clone();
            gloo_events::EventListener::new(&reg.clone(), "updatefound", move |_| {
                let Some(worker) = reg.installing() else {
                    return;
                };
                let ready = ready.clone();
                let in_use = in_use.clone();
                let watched = worker.clone();
                gloo_events::EventListener::new(&worker, "statechange", move |_| {
                    if watched.state() == web_sys::ServiceWorkerState::Installed && in_use() {
                        ready();
                    }
                })
                .forget();
            })
        };
        on_found.forget();
    });
}

/// Lets the waiting version take over, then reloads into it (answers in progress are kept for
/// the tab, so they survive).
pub fn take_new_version() {
    use wasm_bindgen_futures::JsFuture;
    let (Some(w), Some(container)) = (window(), workers()) else {
        return;
    };
    gloo_events::EventListener::once(&container, "controllerchange", move |_| {
        let _ = w.location().reload();
    })
    .forget();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = JsFuture::from(container.get_registration()).await else {
            return;
        };
        match reg
            .dyn_into::<web_sys::ServiceWorkerRegistration>()
            .ok()
            .and_then(|r| r.waiting())
        {
            Some(waiting) => {
                let _ = waiting.post_message(&"take-over".into());
            }
            // Another tab already let it take over: this page only needs to reload.
            None => {
                if let Some(w) = window() {
                    let _ = w.location().reload();
                }
            }
        }
    });
}
