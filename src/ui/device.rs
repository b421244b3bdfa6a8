//! The one place that touches the browser: session and local storage, the address bar, focus and
//! the page's title, language and direction, downloads, printing and leaving. It decides nothing:
//! what to keep, when to write and what to show come from pure code (`storage::policy`,
//! `present`), and this layer only carries it out. Every call degrades quietly when the browser
//! refuses (storage blocked, no window).
//!
//! Storage is reached through `web_sys` by hand rather than `gloo-storage`: gloo's helpers throw
//! or panic where the browser refuses storage (private mode, a sandboxed frame), and Full Cup must
//! keep working there, only without saving.

use wasm_bindgen::JsCast;

use crate::assessment::Date;
use crate::storage::policy::{self, Loaded, Refused, Shelf};

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
    use crate::storage::{handover, session};
    let Some(w) = window() else { return false };
    // What the tab held before: put back if the page stays (a finished check-in is never kept
    // in the tab, so a reload must not find it there).
    let progress_before = session_get(session::KEY);
    if let Some(h) = handover {
        if let Some(p) = &h.progress {
            session_set(session::KEY, &session::write(p));
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
        match progress_before {
            Some(text) => {
                session_set(session::KEY, &text);
            }
            None => session_remove(session::KEY),
        }
    }
    going
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

thread_local! {
    /// Set as the page leaves through Exit, so that nothing (such as the question before losing
    /// unsaved words) can hold the exit back.
    static LEAVING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

thread_local! {
    /// Set while the page may be on its way to another language's build (from the moment that
    /// build is asked for until it is found unreachable): nothing more is written or started
    /// for this page meanwhile.
    static FOR_LANGUAGE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// True once the person has chosen to exit, or while the page may be leaving for another
/// language's build.
pub fn leaving() -> bool {
    LEAVING.with(std::cell::Cell::get) || FOR_LANGUAGE.with(std::cell::Cell::get)
}

/// This page may be on its way to another language's build: see [`leaving`].
pub fn leave_for_language() {
    FOR_LANGUAGE.with(|l| l.set(true));
}

/// This page stays after all (the other language's build could not be reached).
pub fn stay_in_language() {
    FOR_LANGUAGE.with(|l| l.set(false));
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
    if LMS.with(|l| l.try_borrow().map(|l| l.is_some()).unwrap_or(false)) {
        lms_exit();
        go();
    }
}

/// Local storage as a [`Shelf`], or `None` when the browser refuses it (private mode, blocked,
/// sandboxed frame). Getting the handle writes nothing.
struct Local(web_sys::Storage);

impl Shelf for Local {
    fn get(&self, key: &str) -> Result<Option<String>, Refused> {
        self.0.get_item(key).map_err(|_| Refused)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused> {
        self.0.set_item(key, value).map_err(|_| Refused)
    }
    fn remove(&mut self, key: &str) -> Result<(), Refused> {
        self.0.remove_item(key).map_err(|_| Refused)
    }
}

fn local() -> Option<Local> {
    window()?.local_storage().ok().flatten().map(Local)
}

/// What this device holds, read (and unreadable data kept aside) by [`policy::load`].
pub fn load_history() -> Loaded {
    local().map_or_else(Loaded::unavailable, |mut shelf| policy::load(&mut shelf))
}

/// Keeps the country chosen for the crisis lines on the device, only beside a kept history
/// ([`policy::keep_country`]).
pub fn keep_country(code: &str) {
    if let Some(mut shelf) = local() {
        let _ = policy::keep_country(&mut shelf, code);
    }
}

/// The country kept on the device beside a kept history, if any ([`policy::kept_country`]).
pub fn kept_country() -> Option<String> {
    local().and_then(|shelf| policy::kept_country(&shelf))
}

/// Carries out [`policy::apply`]: one change, applied to what is stored now.
pub fn change_history(change: policy::Change) -> Result<policy::Applied, policy::WriteError> {
    let mut shelf = local().ok_or(policy::WriteError::Refused)?;
    policy::apply(&mut shelf, change, today())
}

/// How long the app waits for `config.json` before starting on its defaults: a network that
/// connects but never answers must not keep Full Cup from opening.
const CONFIG_WAIT_MS: i32 = 3000;

/// Fetches this copy's `config.json` (from the same origin, and from the service worker's cache
/// when offline) and reads it. A missing file, a failed fetch or one slower than
/// [`CONFIG_WAIT_MS`] means the defaults, silently.
pub async fn fetch_config() -> crate::present::trainers::ConfigState {
    use crate::present::trainers::ConfigState;
    use wasm_bindgen_futures::JsFuture;
    let Some(w) = window() else {
        return ConfigState::Missing;
    };
    // One config.json for the whole copy, at its root, whichever language's folder this is.
    let fetched = w.fetch_with_str(&format!(
        "{}config.json",
        crate::content::Lang::root_from_built()
    ));
    let timer = js_sys::Promise::new(&mut |resolve, _| {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, CONFIG_WAIT_MS);
    });
    let first = js_sys::Promise::race(&js_sys::Array::of2(&fetched, &timer));
    let Some(response) = JsFuture::from(first)
        .await
        .ok()
        .and_then(|v| v.dyn_into::<web_sys::Response>().ok())
    else {
        return ConfigState::Missing;
    };
    if !response.ok() {
        return ConfigState::Missing;
    }
    let text = match response.text() {
        Ok(p) => JsFuture::from(p).await.ok().and_then(|v| v.as_string()),
        Err(_) => None,
    };
    match text.map(|t| crate::storage::config::parse(&t)) {
        Some(Ok(config)) => ConfigState::InUse(config),
        Some(Err(problems)) => ConfigState::Refused(problems),
        None => ConfigState::Missing,
    }
}

/// Listens for changes another tab or window makes to the saved history.
pub fn on_history_changed_elsewhere(
    mut f: impl FnMut() + 'static,
) -> Option<gloo_events::EventListener> {
    let w = window()?;
    Some(gloo_events::EventListener::new(&w, "storage", move |e| {
        let key = e
            .dyn_ref::<web_sys::StorageEvent>()
            .and_then(web_sys::StorageEvent::key);
        // No key: the other tab cleared all of this site's storage.
        let ours = key.as_deref().is_none_or(|k| {
            k == crate::storage::history::KEY || k == crate::storage::history::SET_ASIDE_KEY
        });
        if ours {
            f();
        }
    }))
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

/// Carries out [`policy::delete_unreadable`].
pub fn delete_unreadable(text: &str) -> Result<Loaded, Refused> {
    let mut shelf = local().ok_or(Refused)?;
    policy::delete_unreadable(&mut shelf, text)
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
    let api = find_lms_api()?;
    if lms_call(&api, "LMSInitialize", &[]).as_deref() != Some("true") {
        return None;
    }
    let status =
        lms_call(&api, "LMSGetValue", &[crate::storage::lms::LESSON_STATUS]).unwrap_or_default();
    let mut session = Session::default();
    let calls = session.start(&status);
    debug_assert!(!calls.contains(&Call::Initialize));
    lms_run(&api, calls);
    LMS.with(|l| *l.borrow_mut() = Some((api, session)));
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

/// Starts the service worker (offline after the first visit; it only ever reads this site's own
/// files).
pub fn register_worker() {
    if let Some(w) = window() {
        let _ = w.navigator().service_worker().register("sw.js");
    }
}

/// Calls `ready` once a new version of Full Cup is installed and waiting while this page runs
/// on the old one (never on a first visit), and `no_space` when the service worker could not
/// keep a new version because the device is short of space. The listeners last as long as the
/// page.
pub fn watch_for_new_version(ready: impl Fn() + 'static, no_space: impl Fn() + 'static) {
    use wasm_bindgen_futures::JsFuture;
    let Some(w) = window() else { return };
    let container = w.navigator().service_worker();
    gloo_events::EventListener::new(&container, "message", move |event| {
        let said = event
            .dyn_ref::<web_sys::MessageEvent>()
            .and_then(|m| m.data().as_string());
        if said.as_deref() == Some("no-space") {
            no_space();
        }
    })
    .forget();
    let ready = std::rc::Rc::new(ready);
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = JsFuture::from(container.get_registration()).await else {
            return;
        };
        let Ok(reg) = reg.dyn_into::<web_sys::ServiceWorkerRegistration>() else {
            return;
        };
        let in_use = {
            let container = container.clone();
            move || container.controller().is_some()
        };
        if reg.waiting().is_some() && in_use() {
            ready();
        }
        let on_found = {
            let reg = reg.clone();
            gloo_events::EventListener::new(&reg.clone(), "updatefound", move |_| {
                let Some(worker) = reg.installing() else {
                    return;
                };
                let ready = ready.clone();
                let in_use = in_use.clone();
                let watched = worker.clone();
                gloo_events::EventListener::new(&worker, "statechange", move |_| {
                    if watched.state() == web_sys::ServiceWorkerState::Installed && in_use() {
                        ready();
                    }
                })
                .forget();
            })
        };
        on_found.forget();
    });
}

/// Lets the waiting version take over, then reloads into it (answers in progress are kept for
/// the tab, so they survive).
pub fn take_new_version() {
    use wasm_bindgen_futures::JsFuture;
    let Some(w) = window() else { return };
    let container = w.navigator().service_worker();
    gloo_events::EventListener::once(&container, "controllerchange", move |_| {
        let _ = w.location().reload();
    })
    .forget();
    wasm_bindgen_futures::spawn_local(async move {
        let Ok(reg) = JsFuture::from(container.get_registration()).await else {
            return;
        };
        match reg
            .dyn_into::<web_sys::ServiceWorkerRegistration>()
            .ok()
            .and_then(|r| r.waiting())
        {
            Some(waiting) => {
                let _ = waiting.post_message(&"take-over".into());
            }
            // Another tab already let it take over: this page only needs to reload.
            None => {
                if let Some(w) = window() {
                    let _ = w.location().reload();
                }
            }
        }
    });
}

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

/// Runs `f` in a task of its own, after the browser has had the chance to show this frame.
pub fn after_this_frame(f: impl FnOnce() + 'static) {
    if let Some(w) = window() {
        let f = wasm_bindgen::closure::Closure::once_into_js(f);
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), 0);
    }
}
