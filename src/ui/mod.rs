//! The yew layer, kept thin: it lays out what `present` computes and carries out what the pure
//! rules decide. Only [`state`] (the reducer) is compiled everywhere and tested natively; the rest
//! exists only in the browser build.
//!
//! The arrows point one way: `app` → `hooks`, `screens` → `widgets` → `store` → `device`. No screen
//! imports another screen, and nothing imports `app`.

pub mod state;

// The rest exists only in the browser build. Each module is declared on its own line (not inside
// a macro), so that rustfmt, which does not enter macros, formats them too.

/// The root component: providers, effects, and which screen shows.
#[cfg(target_arch = "wasm32")]
pub mod app;
/// The one place that touches the browser.
#[cfg(target_arch = "wasm32")]
pub mod device;
/// The app's effects, one hook per concern.
#[cfg(target_arch = "wasm32")]
pub mod hooks;
/// One component per screen.
#[cfg(target_arch = "wasm32")]
pub mod screens;
/// The reducer handle, settings and launch facts by context, and the quick exit.
#[cfg(target_arch = "wasm32")]
pub mod store;
/// Pieces several screens share.
#[cfg(target_arch = "wasm32")]
pub mod widgets;

/// Renders Full Cup into the page body: a visit's first build (`--features first`) or, loaded
/// over it in the same page, the whole app taking over (`device::whole`).
#[cfg(target_arch = "wasm32")]
pub fn start() {
    if device::loaded_over_first() {
        // Loaded over the first-visit build, which registered the worker, read config.json and
        // took what was done before it was ready. Nothing shows until it hands over: its app
        // stays on the page, Exit and all, until then.
        device::ready_to_take_over(|carried| {
            let config = std::rc::Rc::new(device::config_state(carried.config.as_deref()));
            yew::Renderer::<app::App>::with_props(app::AppProps {
                config,
                carried: Some(std::rc::Rc::new(carried)),
            })
            .render();
        });
        return;
    }
    // Offline after the first visit. Not in the SCORM package: an LMS's origin is shared with
    // everything else it serves.
    if !device::packaged() {
        device::register_worker();
    }
    // The app is starting: the plain-HTML way out is not needed.
    device::remove_frame_fallback();
    // The trainer's settings are read before the first render (or given up on after a few
    // seconds), so that a person never sees the defaults switch under them.
    wasm_bindgen_futures::spawn_local(async {
        let config = std::rc::Rc::new(device::fetch_config().await);
        device::note_early_focus();
        let _app = yew::Renderer::<app::App>::with_props(app::AppProps {
            config,
            carried: None,
        })
        .render();
        // The first build hands the page to the whole app when a person opens one of its
        // screens (`widgets::whole`): what they were doing, then its own app goes.
        #[cfg(feature = "first")]
        device::offer_take_over(app::carried_now, move || _app.destroy());
    });
}
