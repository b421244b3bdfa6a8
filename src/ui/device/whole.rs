//! The whole app, loaded over the first-visit build in the same page. Each language has two
//! builds (`Screen::in_first_build` says which screens the first holds): a visit starts with the
//! smaller one, and the first time a person opens My history or a trainers' page,
//! `static/early.js` loads the whole app's script and wasm (`fullCupLoadWhole`). Its start takes
//! over from the first: the first build hands it what the person was doing (the same hand-over a
//! language move writes, kept in memory here, never stored) and the LMS session it began, takes its
//! own app off the page, and from then on does nothing (`retired`). The two never run at once.

use super::*;

thread_local! {
    /// Set in the first-visit build once the whole app has taken over the page.
    static RETIRED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Whether this build has handed the page to the whole app: what it left running (the frame's
/// height, the new-version watch, a write waiting for the next frame) does nothing from then on.
pub fn retired() -> bool {
    RETIRED.with(std::cell::Cell::get)
}

/// What the first-visit build hands the whole app: the hand-over record
/// ([`crate::storage::handover::write`]), the check-in, if there is one
/// ([`crate::storage::session::write`]), and the notices showing
/// ([`crate::ui::state::Notices::write`]). The LMS session goes with them, inside `device`.
#[derive(Clone, Debug, PartialEq)]
pub struct Carried {
    pub handover: String,
    pub progress: Option<String>,
    pub notices: String,
}

const TAKE_OVER: &str = "fullCupTakeOver";

/// Loads the whole app over this page (`fullCupLoadWhole` in static/early.js): true once its
/// script and wasm have loaded and it has started; false when they could not be reached (a
/// device offline that never opened them, a host that lost them to a newer version). The whole
/// app takes over through the function [`offer_take_over`] left on the page.
pub async fn load_whole() -> bool {
    let Some(w) = window() else { return false };
    let asked = js_sys::Reflect::get(&w, &"fullCupLoadWhole".into())
        .and_then(|f| f.dyn_into::<js_sys::Function>())
        .and_then(|load| load.call0(&w));
    match asked {
        Ok(answer) => wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&answer))
            .await
            .is_ok(),
        Err(_) => false,
    }
}

/// Leaves on the page the function the whole app calls as it takes over: it runs `hand_over`
/// (which gives what the person was doing and takes this build's app off the page), retires this
/// build, and gives the whole app that, with the LMS session this build began.
pub fn offer_take_over(hand_over: impl FnOnce() -> Option<Carried> + 'static) {
    let Some(w) = window() else { return };
    let take = wasm_bindgen::closure::Closure::once_into_js(move || -> wasm_bindgen::JsValue {
        let carried = hand_over();
        RETIRED.with(|r| r.set(true));
        let given = js_sys::Object::new();
        let set = |name: &str, value: &wasm_bindgen::JsValue| {
            let _ = js_sys::Reflect::set(&given, &name.into(), value);
        };
        if let Some(c) = carried {
            set("handover", &c.handover.into());
            set("notices", &c.notices.into());
            if let Some(p) = c.progress {
                set("progress", &p.into());
            }
        }
        if let Some((api, session)) = lms_hand_over() {
            set("lmsApi", &api);
            set("lmsSession", &session.into());
        }
        given.into()
    });
    let _ = js_sys::Reflect::set(&w, &TAKE_OVER.into(), &take);
}

/// Whether this page is the first-visit build's, asking the whole app to take over from it.
pub fn take_over_offered() -> bool {
    window()
        .and_then(|w| js_sys::Reflect::get(&w, &TAKE_OVER.into()).ok())
        .is_some_and(|f| f.is_function())
}

/// Takes over from the first-visit build (see [`offer_take_over`]): its app leaves the page, and
/// what it was doing comes back. The LMS session it began carries on here, not begun again.
pub fn take_over() -> Option<Carried> {
    let w = window()?;
    let take = js_sys::Reflect::get(&w, &TAKE_OVER.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let _ = js_sys::Reflect::delete_property(&w, &TAKE_OVER.into());
    let given = take.call0(&w).ok()?;
    let field = |name: &str| js_sys::Reflect::get(&given, &name.into()).ok();
    if let (Some(api), Some(session)) = (
        field("lmsApi").filter(|a| a.is_object()),
        field("lmsSession").and_then(|s| s.as_f64()),
    ) {
        lms_adopt(api, session as u32);
    }
    Some(Carried {
        handover: field("handover")?.as_string()?,
        progress: field("progress").and_then(|p| p.as_string()),
        notices: field("notices")
            .and_then(|n| n.as_string())
            .unwrap_or_default(),
    })
}
