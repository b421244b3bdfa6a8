//! What leaves the page at the person's request only: a download, a print, the clipboard.

use super::*;

/// Offers `content` as a file download, made entirely on the device.
pub fn download(filename: &str, mime: &str, content: &str) -> bool {
    offer(filename, mime, &wasm_bindgen::JsValue::from_str(content))
}

/// Offers `bytes` as a file download, made entirely on the device.
pub fn download_bytes(filename: &str, mime: &str, bytes: &[u8]) -> bool {
    offer(filename, mime, &js_sys::Uint8Array::from(bytes))
}

/// Offers one blob part (text or bytes) as the file `filename`.
fn offer(filename: &str, mime: &str, part: &wasm_bindgen::JsValue) -> bool {
    let Some(document) = window().and_then(|w| w.document()) else {
        return false;
    };
    let parts = js_sys::Array::of1(part);
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options) else {
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

/// Puts `text` on the clipboard; false when the browser would not (no permission, a frame that
/// may not, an old browser).
pub async fn copy_text(text: &str) -> bool {
    let Some(w) = window() else { return false };
    let clipboard = w.navigator().clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text))
        .await
        .is_ok()
}

/// Selects the whole text of the text box `id`, for a person to copy themselves.
pub fn select_text(id: &str) {
    if let Some(area) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
    {
        let _ = area.focus();
        area.select();
    }
}
