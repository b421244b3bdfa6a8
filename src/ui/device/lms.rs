//! The SCORM 1.2 API of an LMS: found, and told only what `storage::lms` plans.

use super::*;

thread_local! {
    /// The LMS's SCORM 1.2 API object and what has been said to it so far.
    static LMS: std::cell::RefCell<Option<(wasm_bindgen::JsValue, crate::storage::lms::Session)>> =
        const { std::cell::RefCell::new(None) };
}

/// The SCORM 1.2 API (`window.API`), looked for in this window and each frame above it, then in
/// the window that opened this one and the frames above that. A frame of another origin is
/// skipped (the browser refuses to look into it).
fn find_lms_api() -> Option<wasm_bindgen::JsValue> {
    fn walk(mut w: web_sys::Window) -> Option<wasm_bindgen::JsValue> {
        for _ in 0..16 {
            if let Ok(api) = js_sys::Reflect::get(&w, &"API".into()) {
                if api.is_object() {
                    return Some(api);
                }
            }
            let parent = w.parent().ok().flatten()?;
            if js_sys::Object::is(&parent, &w) {
                return None;
            }
            w = parent;
        }
        None
    }
    let w = window()?;
    walk(w.clone()).or_else(|| {
        // Another window's object is not an instance of this window's `Window` (each window has
        // its own), so `dyn_into` would refuse it: any object the browser gives as the opener is
        // a window.
        let opener = w.opener().ok().filter(|o| o.is_object())?;
        walk(opener.unchecked_into::<web_sys::Window>())
    })
}

/// Calls `name` on the API with `args`; the LMS's answer as text ("true", "false", a value).
fn lms_call(api: &wasm_bindgen::JsValue, name: &str, args: &[&str]) -> Option<String> {
    let f = js_sys::Reflect::get(api, &name.into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    let result = match args {
        [] => f.call1(api, &"".into()),
        [a] => f.call1(api, &(*a).into()),
        [a, b, ..] => f.call2(api, &(*a).into(), &(*b).into()),
    };
    // SCORM says "true" and "false"; some LMSs answer with booleans.
    result.ok().map(|v| match v.as_bool() {
        Some(b) => b.to_string(),
        None => v.as_string().unwrap_or_default(),
    })
}

/// Makes the calls [`crate::storage::lms::Session`] planned, in order.
fn lms_run(api: &wasm_bindgen::JsValue, calls: Vec<crate::storage::lms::Call>) {
    use crate::storage::lms::{Call, LESSON_STATUS};
    for call in calls {
        match call {
            Call::Initialize => lms_call(api, "LMSInitialize", &[]),
            Call::GetStatus => lms_call(api, "LMSGetValue", &[LESSON_STATUS]),
            Call::SetStatus(s) => lms_call(api, "LMSSetValue", &[LESSON_STATUS, s.word()]),
            Call::Commit => lms_call(api, "LMSCommit", &[]),
            Call::Finish => lms_call(api, "LMSFinish", &[]),
        };
    }
}

/// Starts the session with the LMS, if one can be found: initialises, reads the lesson status,
/// and marks the lesson incomplete unless it is already completed. Quietly does nothing outside
/// an LMS. The returned listeners commit a completion when the page is hidden and finish the
/// session when the page goes away.
pub fn lms_start() -> Option<(gloo_events::EventListener, gloo_events::EventListener)> {
    use crate::storage::lms::{Call, Session};
    // Taken over from the first-visit build (`ready_to_take_over`): the session it began goes
    // on, and one it could not begin is not tried again.
    if took_over() && !lms_active() {
        return None;
    }
    if !lms_active() {
        let api = find_lms_api()?;
        if lms_call(&api, "LMSInitialize", &[]).as_deref() != Some("true") {
            return None;
        }
        let status = lms_call(&api, "LMSGetValue", &[crate::storage::lms::LESSON_STATUS])
            .unwrap_or_default();
        let mut session = Session::default();
        let calls = session.start(&status);
        debug_assert!(!calls.contains(&Call::Initialize));
        lms_run(&api, calls);
        LMS.with(|l| *l.borrow_mut() = Some((api, session)));
    }
    let w = window()?;
    let d = w.document()?;
    let seen = d.clone();
    let hidden = gloo_events::EventListener::new(&d, "visibilitychange", move |_| {
        if seen.visibility_state() == web_sys::VisibilityState::Hidden {
            lms_with(crate::storage::lms::Session::hidden);
        }
    });
    Some((
        hidden,
        gloo_events::EventListener::new(&w, "pagehide", |_| lms_exit()),
    ))
}

/// Plans calls with the session and makes them. The calls are planned inside the borrow and made
/// after it: an LMS that unloads the frame from inside a call (which fires pagehide, and so
/// `lms_exit`) must find nothing borrowed.
fn lms_with(
    plan: impl FnOnce(&mut crate::storage::lms::Session) -> Vec<crate::storage::lms::Call>,
) {
    let planned = LMS.with(|l| {
        let mut l = l.try_borrow_mut().ok()?;
        let (api, session) = l.as_mut()?;
        Some((api.clone(), plan(session)))
    });
    if let Some((api, calls)) = planned {
        lms_run(&api, calls);
    }
}

/// Tells the LMS the person reached `at` (it marks the lesson completed at the trainer's point).
pub fn lms_reached(
    at: crate::storage::lms::Reached,
    complete_at: crate::storage::config::CompleteAt,
) {
    lms_with(|session| session.reached(at, complete_at));
}

/// Finishes the session with the LMS (once), before leaving or as the page goes away.
pub fn lms_exit() {
    lms_with(crate::storage::lms::Session::exit);
}

/// Whether a session with an LMS was begun on this page.
pub(super) fn lms_active() -> bool {
    LMS.with(|l| l.try_borrow().map(|l| l.is_some()).unwrap_or(false))
}

/// The LMS session this page began, given up to the whole app taking over the page
/// (`hand_over`): nothing more is said to the LMS from here.
pub(super) fn lms_hand_over() -> Option<(wasm_bindgen::JsValue, u32)> {
    let (api, session) = LMS.with(|l| l.try_borrow_mut().ok()?.take())?;
    Some((api, session.to_bits()))
}

/// The session the first-visit build began (`ready_to_take_over`), carried on here.
pub(super) fn lms_adopt(api: wasm_bindgen::JsValue, bits: u32) {
    if let Some(session) = crate::storage::lms::Session::from_bits(bits) {
        LMS.with(|l| *l.borrow_mut() = Some((api, session)));
    }
}
