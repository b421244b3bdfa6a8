//! The yew components: app state, one file per screen, small shared widgets. Only `state` is
//! pure and compiled everywhere; the components exist only in the browser build.

pub mod state;

/// Declares modules that exist only in the browser build.
macro_rules! browser_only {
    ($($vis:vis mod $name:ident;)*) => { $( #[cfg(target_arch = "wasm32")] $vis mod $name; )* };
}

browser_only! {
    pub mod app;
    pub mod chrome;
    pub mod cup;
    pub(crate) mod dom;
    pub mod history;
    pub mod pages;
    pub mod plan;
    pub mod questions;
    pub mod results;
    pub mod support;
    pub mod welcome;
}

/// Renders Full Cup into the page body.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    if let Some(w) = web_sys::window() {
        // Offline after the first visit; the worker only ever reads this site's own files.
        let _ = w.navigator().service_worker().register("sw.js");
    }
    yew::Renderer::<app::App>::new().render();
}
