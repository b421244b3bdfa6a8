//! The page itself: its address, title, language and direction, focus, the clock, and
//! whether it is framed or packaged.

use super::*;

pub fn query() -> String {
    window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

pub fn focus(id: &str) {
    let el = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(el) = el {
        let _ = el.focus();
    }
}

pub fn set_title(title: &str) {
    if let Some(d) = window().and_then(|w| w.document()) {
        d.set_title(title);
    }
}

/// Sets `<html lang dir>` to match what is shown.
pub fn set_lang(tag: &str, dir: &str) {
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", tag);
        let _ = root.set_attribute("dir", dir);
    }
}

/// Today's date on this device, in local time.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    let year = i32::try_from(now.get_full_year()).unwrap_or(2026);
    let month = u8::try_from(now.get_month() + 1).unwrap_or(1);
    let day = u8::try_from(now.get_date()).unwrap_or(1);
    Date::new(year, month, day).unwrap_or(Date {
        year: 2026,
        month: 1,
        day: 1,
    })
}

pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// True when Full Cup runs inside a frame (a course page, an LMS).
pub fn is_framed() -> bool {
    window()
        .and_then(|w| {
            let top = w.top().ok().flatten()?;
            Some(!js_sys::Object::is(&w, &top))
        })
        .unwrap_or(false)
}

/// This page's address without the compact frame layout, to open Full Cup in a new tab.
pub fn standalone_address() -> String {
    let Some(location) = window().map(|w| w.location()) else {
        return String::new();
    };
    let path = location.pathname().unwrap_or_default();
    let query = location.search().unwrap_or_default();
    format!("{path}{}", crate::storage::url_options::standalone(&query))
}

/// True in the SCORM package: `scripts/scorm.sh` writes
/// `<meta name="full-cup-package" content="scorm12">` into its copy of `index.html`.
pub fn packaged() -> bool {
    window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector("meta[name=\"full-cup-package\"]")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.get_attribute("content").as_deref() == Some("scorm12"))
}

/// This copy's own address, without a query or fragment: what a course page's frame opens.
pub fn app_address() -> String {
    let Some(location) = window().map(|w| w.location()) else {
        return String::new();
    };
    format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    )
}

/// Runs `f` in a task of its own, after the browser has had the chance to show this frame.
pub fn after_this_frame(f: impl FnOnce() + 'static) {
    if let Some(w) = window() {
        let f = wasm_bindgen::closure::Closure::once_into_js(f);
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), 0);
    }
}

/// Calls `f` about once a second until dropped (the browser may call it less often in a tab in
/// the background; what a timer shows comes from the clock, never from counting calls).
pub struct Ticker {
    id: i32,
}

impl Ticker {
    pub fn every_second(f: impl FnMut() + 'static) -> Option<Ticker> {
        // Owned by the browser, not by the ticker: a tick may re-render the screen that drops the
        // ticker while the tick is still running, and the closure must outlive that. Once the
        // interval is cleared nothing refers to it, and it is collected.
        let f = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(f).into_js_value();
        let id = window()?
            .set_interval_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), 1000)
            .ok()?;
        Some(Ticker { id })
    }
}

impl Drop for Ticker {
    fn drop(&mut self) {
        if let Some(w) = window() {
            w.clear_interval_with_handle(self.id);
        }
    }
}

/// Keys pressed anywhere on the page, for a presenter's view: `f` gets each key
/// (`KeyboardEvent.key`) and whether it is held down, and says whether it used it (then the
/// browser does nothing more with it). Keys held with Control, Alt or Meta, keys typed into a field or a list, and Space or
/// Enter on a button or a link stay the browser's, so the keyboard works as everywhere else.
pub fn on_page_keys(
    f: impl Fn(&str, bool) -> bool + 'static,
) -> Option<gloo_events::EventListener> {
    let doc = window()?.document()?;
    let options = gloo_events::EventListenerOptions::enable_prevent_default();
    Some(gloo_events::EventListener::new_with_options(
        &doc,
        "keydown",
        options,
        move |e| {
            let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                return;
            };
            if e.ctrl_key() || e.alt_key() || e.meta_key() || e.default_prevented() {
                return;
            }
            let key = e.key();
            let tag = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .map(|el| el.tag_name().to_ascii_lowercase())
                .unwrap_or_default();
            let typing = matches!(tag.as_str(), "input" | "select" | "textarea");
            let pressing = matches!(tag.as_str(), "button" | "a" | "summary")
                && matches!(key.as_str(), " " | "Spacebar" | "Enter");
            if !typing && !pressing && f(&key, e.repeat()) {
                e.prevent_default();
            }
        },
    ))
}
