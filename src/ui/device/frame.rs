//! The height told to a course page that frames Full Cup (only when a trainer turns it on).

use super::*;

thread_local! {
    /// The height to tell for the screen showing now, when it is fixed
    /// ([`crate::ui::state::State::frame_height`]); `None` to measure it.
    static FRAME_FIXED: std::cell::Cell<Option<u32>> = const { std::cell::Cell::new(None) };
}

/// Sets what the framing page is told for the screen showing now, and tells it.
pub fn set_frame_height(policy: crate::ui::state::FrameHeight) {
    use crate::ui::state::FrameHeight;
    FRAME_FIXED.with(|f| {
        f.set(match policy {
            FrameHeight::Measured => None,
            FrameHeight::Fixed(h) => Some(h),
        })
    });
    tell_frame_height();
}

/// Tells the page framing Full Cup how tall it is now, in the message LMSs listen for to resize
/// a frame (`{"subject": "lti.frameResize", "height": N}`): a number only, and one that depends
/// on the screen and the frame's width alone, never on anything a person answered or chose
/// (those screens tell a fixed height and scroll inside). Sent only when it changed.
pub fn tell_frame_height() {
    thread_local! {
        static LAST: std::cell::Cell<i32> = const { std::cell::Cell::new(-1) };
    }
    // The whole app, having taken over this page, tells it from now on.
    if retired() {
        return;
    }
    let Some(w) = window() else { return };
    let fixed = FRAME_FIXED.with(std::cell::Cell::get);
    let Some(height) = fixed.map(|h| h as i32).or_else(|| {
        w.document()
            .and_then(|d| d.document_element())
            .map(|e| e.get_bounding_client_rect().height().ceil() as i32)
    }) else {
        return;
    };
    if LAST.with(|l| l.replace(height)) == height {
        return;
    }
    let Ok(Some(parent)) = w.parent() else { return };
    if js_sys::Object::is(&parent, &w) {
        return;
    }
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"subject".into(), &"lti.frameResize".into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
    let _ = parent.post_message(&message, "*");
}

/// From now on, tells the page framing Full Cup its height whenever it changes (see
/// [`tell_frame_height`]). Lasts as long as the page.
pub fn watch_frame_height() {
    let Some(root) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let changed = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(tell_frame_height);
    if let Ok(observer) = web_sys::ResizeObserver::new(changed.as_ref().unchecked_ref()) {
        observer.observe(&root);
        // Both live as long as the page.
        changed.forget();
        std::mem::forget(observer);
    }
}
