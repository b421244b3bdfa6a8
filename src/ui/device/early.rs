//! The page written at build time, and what a person did on it before the app started.

use super::*;

/// What a person did before the app was ready, as `static/early.js` kept it. Reading it forgets
/// it.
pub fn early() -> crate::ui::state::Early {
    use crate::ui::state::Early;
    let Some(w) = window() else {
        return Early::default();
    };
    // Read once: the tab's copy (kept by early.js against a reload) goes with it.
    session_remove(crate::storage::session::EARLY_KEY);
    let key = wasm_bindgen::JsValue::from("fullCupEarly");
    let Ok(kept) = js_sys::Reflect::get(&w, &key) else {
        return Early::default();
    };
    let _ = js_sys::Reflect::delete_property(&w, &key);
    let field = |name: &str| js_sys::Reflect::get(&kept, &name.into()).ok();
    let answers = field("answers")
        .and_then(|a| a.dyn_into::<js_sys::Object>().ok())
        .map(|a| {
            js_sys::Object::entries(&a)
                .iter()
                .filter_map(|pair| {
                    let pair = pair.dyn_into::<js_sys::Array>().ok()?;
                    Some((pair.get(0).as_string()?, pair.get(1).as_string()?))
                })
                .collect()
        })
        .unwrap_or_default();
    Early {
        start: field("start").and_then(|p| p.as_string()),
        open: field("open").and_then(|p| p.as_string()),
        answers,
        next: field("next").and_then(|n| n.as_bool()).unwrap_or(false),
        lang: field("lang").and_then(|l| l.as_string()),
    }
}

thread_local! {
    /// The answer that had focus on the page written at build time, as the app took over.
    static EARLY_FOCUS: std::cell::RefCell<Option<(String, String)>> =
        const { std::cell::RefCell::new(None) };
}

/// Notes which radio (its name and value) has focus on the page written at build time, before
/// the app replaces that page (mounting the app clears the page's body).
pub fn note_early_focus() {
    let focused = (|| {
        let active = window()?.document()?.active_element()?;
        active.closest("#prerender").ok().flatten()?;
        let input = active.dyn_into::<web_sys::HtmlInputElement>().ok()?;
        Some((input.name(), input.value()))
    })();
    EARLY_FOCUS.with(|f| *f.borrow_mut() = focused);
}

/// The answer noted by [`note_early_focus`], once.
pub fn early_focus() -> Option<(String, String)> {
    EARLY_FOCUS.with(|f| f.borrow_mut().take())
}

/// Moves focus to the app's radio for `value` of question `name`; false when it is not shown.
pub fn focus_answer(name: &str, value: &str) -> bool {
    let Some(e) = window()
        .and_then(|w| w.document())
        .and_then(|d| {
            d.query_selector(&format!("#q-{name} input[value=\"{value}\"]"))
                .ok()
                .flatten()
        })
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return false;
    };
    e.focus().is_ok()
}

/// Removes the page written at build time, should any of it be left: the app has taken over
/// (mounting the app normally clears the body already).
pub fn remove_prerender() {
    if let Some(e) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("prerender"))
    {
        e.remove();
    }
}

/// Removes the plain-HTML way out for frames that cannot run the app: the app is starting.
pub fn remove_frame_fallback() {
    if let Some(e) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("frame-fallback"))
    {
        e.remove();
    }
}
