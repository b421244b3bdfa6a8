//! Reading this copy's config.json before the first render.

use super::*;

/// How long the app waits for `config.json` before starting on its defaults: a network that
/// connects but never answers must not keep Full Cup from opening.
const CONFIG_WAIT_MS: i32 = 3000;

/// Fetches this copy's `config.json` (from the same origin, and from the service worker's cache
/// when offline) and reads it. A missing file, a failed fetch or one slower than
/// [`CONFIG_WAIT_MS`] means the defaults, silently.
pub async fn fetch_config() -> crate::present::trainers::ConfigState {
    let text = fetch_config_text().await;
    READ.with(|r| *r.borrow_mut() = text.clone());
    config_state(text.as_deref())
}

thread_local! {
    /// The text of the `config.json` read at launch, handed to the whole app if it takes over.
    static READ: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// The text of the `config.json` read at launch, if one was.
pub fn config_text() -> Option<String> {
    READ.with(|r| r.borrow().clone())
}

/// A `config.json`'s text read: the settings in use, or its problems; `None` means the defaults.
pub fn config_state(text: Option<&str>) -> crate::present::trainers::ConfigState {
    use crate::present::trainers::ConfigState;
    match text.map(crate::storage::config::parse) {
        Some(Ok(config)) => ConfigState::InUse(config),
        Some(Err(problems)) => ConfigState::Refused(problems),
        None => ConfigState::Missing,
    }
}

async fn fetch_config_text() -> Option<String> {
    use wasm_bindgen_futures::JsFuture;
    let w = window()?;
    // One config.json for the whole copy, at its root, whichever language's folder this is, and
    // only there: a redirect (a login page, another site) is no config.json, as in the service
    // worker (`askConfig` in static/sw.js), so the copy reads alike with the worker or without.
    let init = web_sys::RequestInit::new();
    init.set_redirect(web_sys::RequestRedirect::Error);
    let fetched = w.fetch_with_str_and_init(
        &format!("{}config.json", crate::content::Lang::root_from_built()),
        &init,
    );
    let timer = js_sys::Promise::new(&mut |resolve, _| {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, CONFIG_WAIT_MS);
    });
    let first = js_sys::Promise::race(&js_sys::Array::of2(&fetched, &timer));
    let response = JsFuture::from(first)
        .await
        .ok()
        .and_then(|v| v.dyn_into::<web_sys::Response>().ok())
        .filter(web_sys::Response::ok)?;
    JsFuture::from(response.text().ok()?)
        .await
        .ok()
        .and_then(|v| v.as_string())
}
