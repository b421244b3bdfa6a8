//! Leaving: the quick exit, and the question asked before unsaved words are lost.

use super::*;

thread_local! {
    /// Set as the page leaves through Exit, so that nothing (such as the question before losing
    /// unsaved words) can hold the exit back.
    static LEAVING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// True once the person has chosen to exit, while the page may be leaving for another
/// language's build, and once the whole app has taken over from this build ([`retired`]).
pub fn leaving() -> bool {
    LEAVING.with(std::cell::Cell::get) || going_to_language() || retired()
}

/// Leaves at once: the current history entry is replaced, so Back does not return here. Inside a
/// frame, the whole tab leaves when the browser allows it; otherwise the frame itself does.
pub fn leave_to(url: &str) {
    LEAVING.with(|l| l.set(true));
    let Some(w) = window() else { return };
    if let Some(body) = w.document().and_then(|d| d.body()) {
        body.set_inner_html("");
    }
    let go = || {
        // In a frame, the whole tab leaves where the course page allows it; the frame leaves in
        // any case, since a browser may refuse the tab without saying so.
        if is_framed() {
            if let Ok(Some(top)) = w.top() {
                let _ = top.location().replace(url);
            }
        }
        let _ = w.location().replace(url);
    };
    go();
    // Only now, with the page already blank and on its way: an LMS may take its time to finish,
    // and may try to move its own page on; the exit is asked for again after it, so it wins.
    if lms_active() {
        lms_exit();
        go();
    }
}

/// While it lives, asks before the page is reloaded or closed (never when leaving through Exit).
pub fn ask_before_leaving() -> Option<gloo_events::EventListener> {
    let w = window()?;
    let options = gloo_events::EventListenerOptions::enable_prevent_default();
    Some(gloo_events::EventListener::new_with_options(
        &w,
        "beforeunload",
        options,
        |e| {
            if !leaving() {
                e.prevent_default();
                // Older browsers ask only when returnValue is set.
                let _ = js_sys::Reflect::set(e, &"returnValue".into(), &"".into());
            }
        },
    ))
}

/// Calls `then` when Shift is pressed three times in quick succession anywhere on the page
/// (`settings::ShiftCounter` holds the rule); any other key breaks the sequence. The listener
/// lasts as long as the value returned.
pub fn on_shift_three_times(then: impl Fn() + 'static) -> Option<gloo_events::EventListener> {
    let mut counter = crate::settings::ShiftCounter::default();
    let doc = window()?.document()?;
    Some(gloo_events::EventListener::new(&doc, "keydown", move |e| {
        let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
            return;
        };
        if e.key() == "Shift" && !e.repeat() {
            if counter.press(now_ms()) {
                then();
            }
        } else if e.key() != "Shift" {
            counter.reset();
        }
    }))
}
