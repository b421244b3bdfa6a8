//! Moving to another language's build: the browser's languages, whether a build can be
//! reached, and the move itself with its hand-over.

use super::*;

/// The browser's languages, most wanted first (as BCP 47 tags).
pub fn browser_languages() -> Vec<String> {
    let Some(n) = window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut tags: Vec<String> = n.languages().iter().filter_map(|v| v.as_string()).collect();
    if tags.is_empty() {
        tags.extend(n.language());
    }
    tags
}

/// Whether `lang`'s build can be reached from this page: the page's own `fullCupReaches`
/// (static/lang.js) asks the host for that build's page, or the device for a copy kept by its
/// service worker, and checks it is that language's. A copy missing a folder (an unfinished
/// upload, a deploy under way) or a device offline that never opened it answers false.
pub async fn language_reachable(lang: crate::content::Lang) -> bool {
    let Some(w) = window() else { return false };
    let asked = js_sys::Reflect::get(&w, &"fullCupReaches".into())
        .and_then(|f| f.dyn_into::<js_sys::Function>())
        .and_then(|reaches| reaches.call1(&w, &lang.tag().into()));
    match asked {
        Ok(answer) => wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&answer))
            .await
            .is_ok_and(|v| v.is_truthy()),
        Err(_) => false,
    }
}

/// A language the person chose: once its build is known to be reachable, the page moves there
/// with `handover()` (taken then, so that it holds everything done meanwhile); true when it is on
/// its way. Meanwhile a whole app loading over this page waits ([`hold_take_over`]): where the
/// build cannot be reached, `unreached` runs first (the page says so), and then the whole app may
/// take over. Once the whole app has taken over meanwhile, nothing more is done here.
pub async fn move_when_reachable(
    lang: crate::content::Lang,
    handover: impl FnOnce() -> crate::storage::handover::Handover,
    chosen: bool,
    unreached: impl FnOnce(),
) -> bool {
    hold_take_over();
    let reachable = language_reachable(lang).await;
    if retired() {
        return false;
    }
    if reachable && go_to_language(lang, Some(&handover()), chosen) {
        return true;
    }
    if !reachable {
        unreached();
    }
    release_take_over();
    false
}

/// Loads `lang`'s build in place of this page (each language is a build of its own), leaving
/// `handover` in the tab for it to carry on from. The address is made by the page's own
/// `fullCupLanguage` (static/lang.js), which keeps every option of the address and sets `lang`.
/// `chosen` is true for the person's own choice: offline, Back must then lead here again (a
/// language never opened on the device cannot load); a choice made for them replaces this page.
/// Returns false when the page stays (the records written for it are taken back).
pub fn go_to_language(
    lang: crate::content::Lang,
    handover: Option<&crate::storage::handover::Handover>,
    chosen: bool,
) -> bool {
    use crate::storage::handover;
    let Some(w) = window() else { return false };
    // What the tab held before: put back exactly if the page stays (a finished check-in is never
    // kept in the tab, so a reload must not find it there).
    let progress_before = progress_text();
    if let Some(h) = handover {
        if let Some(p) = &h.progress {
            keep_progress(p);
        }
        session_set(handover::KEY, &handover::write(h, now_ms() as u64));
    }
    // The page is on its way out before the browser asks whether to leave it (it asks during
    // the call): nothing more is written for it, and no unsaved-words question is put.
    leave_for_language();
    let going = js_sys::Reflect::get(&w, &"fullCupLanguage".into())
        .and_then(|f| f.dyn_into::<js_sys::Function>())
        .and_then(|go| go.call2(&w, &lang.tag().into(), &chosen.into()))
        .is_ok_and(|v| v.is_truthy());
    if !going {
        stay_in_language();
        session_remove(handover::KEY);
        put_back_progress_text(progress_before);
    }
    going
}

thread_local! {
    /// Set while the page may be on its way to another language's build (from the moment that
    /// build is asked for until it is found unreachable): nothing more is written or started
    /// for this page meanwhile.
    static FOR_LANGUAGE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// This page may be on its way to another language's build: see [`leaving`].
pub fn leave_for_language() {
    FOR_LANGUAGE.with(|l| l.set(true));
}

/// This page stays after all (the other language's build could not be reached).
pub fn stay_in_language() {
    FOR_LANGUAGE.with(|l| l.set(false));
}

/// Whether the page may be on its way to another language's build (see [`leaving`]).
pub(super) fn going_to_language() -> bool {
    FOR_LANGUAGE.with(std::cell::Cell::get)
}
