//! The whole app, loaded over the first-visit build in the same page. Each language has two
//! builds (`Screen::in_first_build` says which screens the first holds): a visit starts with the
//! smaller one, and when a person opens My history or a trainers' page, the first build's
//! `OpeningWhole` asks `static/early.js` to load the whole app's script and wasm
//! (`fullCupLoadWhole`, each checked against its integrity hash). The whole app starts without
//! rendering and says it is ready (`ready_to_take_over`); then, only if the person is still
//! waiting for it and is not leaving (Exit, a language move), the first build hands over
//! (`hand_over`): what the person was doing (the record a language move writes, kept in memory
//! here and never stored, with the notices showing), the `config.json` it read, and the LMS
//! session it began; it lets go of its own app and does nothing from then on (`retired`).

use super::*;

/// In the first-visit build: what the person is doing, and how the build lets go of its app.
type Give = (Box<dyn Fn() -> Option<Carried>>, Box<dyn FnOnce()>);

thread_local! {
    /// Set in the first-visit build once the whole app has taken over the page.
    static RETIRED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// In the first-visit build: gives what the person is doing and lets go of the app.
    static HAND_OVER: std::cell::RefCell<Option<Give>> = std::cell::RefCell::new(None);
    /// In the whole app: it took over from a first-visit build (which began any LMS session).
    static TOOK_OVER: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
    /// In the first-visit build: how many languages the person chose are being checked.
    static HELD: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// In the first-visit build: how the screen waiting for the whole app tries again.
    static WAITING: std::cell::RefCell<Option<std::rc::Rc<dyn Fn()>>> =
        const { std::cell::RefCell::new(None) };
}

/// While this page asks whether the build of a language the person chose can be reached
/// ([`move_when_reachable`]), the whole app does not take over: the choice would be lost with this
/// build. Once the answer is known, this build either moves to that language (taking everything
/// with it, as on any screen) or calls [`release_take_over`]. Each choice holds it once, so a
/// second choice made while the first is checked keeps it held.
pub fn hold_take_over() {
    HELD.with(|h| h.set(h.get().saturating_add(1)));
}

/// A language chosen could not be moved to: once no other choice is being checked, the whole app
/// may take over again, and the screen waiting for it (if any) tries at once.
pub fn release_take_over() {
    let held = HELD.with(|h| {
        h.set(h.get().saturating_sub(1));
        h.get()
    });
    if held == 0 {
        try_take_over_again();
    }
}

/// Has the screen waiting for the whole app (if any) try again to hand over: a language move
/// that held it back did not happen.
fn try_take_over_again() {
    let again = WAITING.with(|w| w.borrow().clone());
    if let Some(again) = again {
        again();
    }
}

/// How the screen waiting for the whole app tries again after [`release_take_over`]; `None` once
/// it has gone.
pub fn wait_for_take_over(again: Option<std::rc::Rc<dyn Fn()>>) {
    WAITING.with(|w| *w.borrow_mut() = again);
}

/// Whether this build has handed the page to the whole app: what it left running (the frame's
/// height, the new-version watch, a write waiting for the next frame) does nothing from then on.
pub fn retired() -> bool {
    RETIRED.with(std::cell::Cell::get)
}

/// Whether this is the whole app, taken over from the page's first-visit build.
pub(super) fn took_over() -> bool {
    TOOK_OVER.with(std::cell::Cell::get)
}

/// What the first-visit build hands the whole app: the hand-over record
/// ([`crate::storage::handover::write`]), the check-in, if there is one
/// ([`crate::storage::session::write`]), what the hand-over record leaves out
/// ([`crate::ui::state::Notices::write`]) and the text of the `config.json` it read, if any. The
/// LMS session goes with them, inside `device`.
#[derive(Clone, Debug, PartialEq)]
pub struct Carried {
    pub handover: String,
    pub progress: Option<String>,
    pub notices: String,
    pub config: Option<String>,
}

/// In the first-visit build: how it hands over, once the whole app is ready (see [`hand_over`]):
/// `carried` says what the person is doing; `let_go` takes its app off the page.
pub fn offer_take_over(
    carried: impl Fn() -> Option<Carried> + 'static,
    let_go: impl FnOnce() + 'static,
) {
    HAND_OVER.with(|h| *h.borrow_mut() = Some((Box::new(carried), Box::new(let_go))));
}

/// Loads the whole app over this page (`fullCupLoadWhole` in static/early.js): its function that
/// takes over, once its script and wasm have loaded and it has started; `None` when they could not
/// be reached (a device offline that never opened them, a host that moved on to a newer version)
/// or failed their check.
pub async fn load_whole() -> Option<js_sys::Function> {
    let w = window()?;
    let loading = js_sys::Reflect::get(&w, &"fullCupLoadWhole".into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?
        .call0(&w)
        .ok()?;
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&loading))
        .await
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()
}

/// What came of [`hand_over`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HandOver {
    /// The whole app has the page; this build has retired.
    Done,
    /// Nothing done: this page is leaving (Exit, a language move), a language the person chose is
    /// being checked ([`hold_take_over`]), it has handed over already, or it has nothing to give.
    NotNow,
    /// The whole app failed as it took over: this page stays as it was, LMS session and all, and
    /// the next try loads the whole app afresh (static/early.js forgets the one that failed).
    Failed,
}

/// Hands the page to the whole app's `take_over` function (from [`load_whole`]).
pub fn hand_over(take_over: &js_sys::Function) -> HandOver {
    if leaving() || HELD.with(std::cell::Cell::get) > 0 {
        return HandOver::NotNow;
    }
    let Some((carried, let_go)) = HAND_OVER.with(|h| h.borrow_mut().take()) else {
        return HandOver::NotNow;
    };
    let Some(c) = carried() else {
        HAND_OVER.with(|h| *h.borrow_mut() = Some((carried, let_go)));
        return HandOver::NotNow;
    };
    let given = js_sys::Object::new();
    let set = |name: &str, value: &wasm_bindgen::JsValue| {
        let _ = js_sys::Reflect::set(&given, &name.into(), value);
    };
    set("handover", &c.handover.into());
    set("notices", &c.notices.into());
    if let Some(p) = c.progress {
        set("progress", &p.into());
    }
    if let Some(text) = c.config {
        set("config", &text.into());
    }
    if no_space_told() {
        set("noSpace", &true.into());
    }
    let lms = lms_hand_over();
    if let Some((api, session)) = &lms {
        set("lmsApi", api);
        set("lmsSession", &(*session).into());
    }
    if take_over
        .call1(&wasm_bindgen::JsValue::NULL, &given)
        .is_err()
    {
        if let Some((api, session)) = lms {
            lms_adopt(api, session);
        }
        HAND_OVER.with(|h| *h.borrow_mut() = Some((carried, let_go)));
        return HandOver::Failed;
    }
    RETIRED.with(|r| r.set(true));
    let_go();
    HandOver::Done
}

/// Whether this wasm is the whole app, loaded over a first-visit build (static/early.js waits
/// for it to say it is ready): a page that names a whole app (`<meta name="full-cup-whole">`) is
/// a first build's, whether or not a try is waiting now. A whole app that arrives after another
/// has taken over (a slow try given up on, then a second one) therefore never starts an app of
/// its own beside it: no second LMS session, no second app over the person's check-in.
pub fn loaded_over_first() -> bool {
    if cfg!(feature = "first") {
        return false;
    }
    window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(r#"meta[name="full-cup-whole"]"#).ok())
        .flatten()
        .is_some()
}

/// In the whole app: tells static/early.js it is ready, with the function the first-visit build
/// calls to hand over; `start` then renders it with what was handed over.
pub fn ready_to_take_over(start: impl FnOnce(Carried) + 'static) {
    let Some(w) = window() else { return };
    let take = wasm_bindgen::closure::Closure::once_into_js(move |given: wasm_bindgen::JsValue| {
        let field = |name: &str| js_sys::Reflect::get(&given, &name.into()).ok();
        let text = |name: &str| field(name).and_then(|v| v.as_string());
        TOOK_OVER.with(|t| t.set(true));
        if field("noSpace").is_some_and(|n| n.is_truthy()) {
            note_no_space();
        }
        if let (Some(api), Some(session)) = (
            field("lmsApi").filter(|a| a.is_object()),
            field("lmsSession").and_then(|s| s.as_f64()),
        ) {
            lms_adopt(api, session as u32);
        }
        start(Carried {
            handover: text("handover").unwrap_or_default(),
            progress: text("progress"),
            notices: text("notices").unwrap_or_default(),
            config: text("config"),
        });
    });
    let ready = js_sys::Reflect::get(&w, &"fullCupWholeReady".into())
        .and_then(|f| f.dyn_into::<js_sys::Function>());
    let _ = js_sys::Reflect::delete_property(&w, &"fullCupWholeReady".into());
    // None waiting: another whole app has taken over already, and this one stays idle.
    if let Ok(ready) = ready {
        let _ = ready.call1(&w, &take);
    }
}
