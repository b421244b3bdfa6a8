//! Reading this copy's config.json before the first render.

use super::*;

/// How long the app waits for `config.json` before starting on its defaults: a network that
/// connects but never answers must not keep Full Cup from opening.
const CONFIG_WAIT_MS: i32 = 3000;

/// Fetches this copy's `config.json` (from the same origin, and from the service worker's cache
/// when offline) and reads it. A missing file, a failed fetch or one slower than
/// [`CONFIG_WAIT_MS`] means the defaults, silently.
pub async fn fetch_config() -> crate::present::trainers::ConfigState {
    use crate::present::trainers::ConfigState;
    use wasm_bindgen_futures::JsFuture;
    let Some(w) = window() else {
        return ConfigState::Missing;
    };
    // One config.json for the whole copy, at its root, whichever language's folder this is.
    let fetched = w.fetch_with_str(&format!(
        "{}config.json",
        crate::content::Lang::root_from_built()
    ));
    let timer = js_sys::Promise::new(&mut |resolve, _| {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, CONFIG_WAIT_MS);
    });
    let first = js_sys::Promise::race(&js_sys::Array::of2(&fetched, &timer));
    let Some(response) = JsFuture::from(first)
        .await
        .ok()
        .and_then(|v| v.dyn_into::<web_sys::Response>().ok())
    else {
        return ConfigState::Missing;
    };
    if !response.ok() {
        return ConfigState::Missing;
    }
    let text = match response.text() {
        Ok(p) => JsFuture::from(p).await.ok().and_then(|v| v.as_string()),
        Err(_) => None,
    };
    match text.map(|t| crate::storage::config::parse(&t)) {
        Some(Ok(config)) => ConfigState::InUse(config),
        Some(Err(problems)) => ConfigState::Refused(problems),
        None => ConfigState::Missing,
    }
}
