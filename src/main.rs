//! Renders the Full Cup app into the page. Everything else lives in the library.

fn main() {
    #[cfg(target_arch = "wasm32")]
    full_cup::ui::start();
}
