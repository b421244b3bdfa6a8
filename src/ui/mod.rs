//! The yew components: app state, one file per screen, small shared widgets. Only `state` is
//! pure and compiled everywhere; the components exist only in the browser build.

pub mod state;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod chrome;
#[cfg(target_arch = "wasm32")]
pub mod cup;
#[cfg(target_arch = "wasm32")]
pub(crate) mod dom;
#[cfg(target_arch = "wasm32")]
pub mod history;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod plan;
#[cfg(target_arch = "wasm32")]
pub mod questions;
#[cfg(target_arch = "wasm32")]
pub mod results;
#[cfg(target_arch = "wasm32")]
pub mod support;
#[cfg(target_arch = "wasm32")]
pub mod welcome;

/// Renders Full Cup into the page body.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    if let Some(w) = web_sys::window() {
        // Offline after the first visit; the worker only ever reads this site's own files.
        let _ = w.navigator().service_worker().register("sw.js");
    }
    yew::Renderer::<app::App>::new().render();
}
