//! The thin layer that touches the browser: session storage, focus, downloads, printing, exit.
//! Every call degrades quietly when the browser refuses (storage blocked, no window).

use wasm_bindgen::JsCast;

use crate::assessment::Date;

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

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

pub fn set_lang(tag: &str) {
    if let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", tag);
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

/// Offers `content` as a file download, made entirely on the device.
pub fn download(filename: &str, mime: &str, content: &str) -> bool {
    let Some(document) = window().and_then(|w| w.document()) else {
        return false;
    };
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return false;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return false;
    };
    let ok = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
        .map(|a| {
            a.set_href(&url);
            a.set_download(filename);
            a.click();
        })
        .is_some();
    let _ = web_sys::Url::revoke_object_url(&url);
    ok
}

pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// Leaves the page at once: the current history entry is replaced, so Back does not return here.
pub fn leave_to(url: &str) {
    if let Some(w) = window() {
        if let Some(body) = w.document().and_then(|d| d.body()) {
            body.set_inner_html("");
        }
        let _ = w.location().replace(url);
    }
}

/// Local storage, or `None` when the browser refuses it (private mode, blocked, sandboxed frame).
/// Getting the handle writes nothing.
fn local() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

pub fn local_available() -> bool {
    local().is_some()
}

/// `Err` when storage is unavailable or the read failed.
pub fn local_get(key: &str) -> Result<Option<String>, ()> {
    local().ok_or(())?.get_item(key).map_err(|_| ())
}

/// `Err` when storage is unavailable or refused the write (for example when it is full).
pub fn local_set(key: &str, value: &str) -> Result<(), ()> {
    local().ok_or(())?.set_item(key, value).map_err(|_| ())
}

pub fn local_remove(key: &str) -> Result<(), ()> {
    local().ok_or(())?.remove_item(key).map_err(|_| ())
}
