//! In the first-visit build, a screen of the whole app (My history, a trainers' page): the whole
//! app is loaded over this page and takes over with everything the person was doing
//! (`device::whole`), only while they are still waiting for it here. Until then, and if it cannot
//! be reached, the page says so, with a way back; it tries again when the browser is back online
//! or when a whole app given up on arrives after all.
//! The header, with Exit and Get help now, stays all along.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::ui::device;
use crate::ui::store::use_store;
use crate::ui::widgets::page::Page;

#[component]
pub fn OpeningWhole() -> Html {
    let store = use_store();
    let ui = store.lang.locale().ui;
    let unreached = use_state(|| false);
    // Each try: on opening, and each time the browser comes back online after a failed one.
    let tries = use_state(|| 0u32);
    {
        let unreached = unreached.clone();
        use_effect_with((store.screen, *tries), move |_| {
            unreached.set(false);
            // Dropped when the person leaves this screen: the whole app may finish loading, but
            // it takes over only while they are waiting for it here.
            let waiting = Rc::new(Cell::new(true));
            let still = waiting.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let opened = device::load_whole().await;
                if !still.get() {
                    return;
                }
                // Not reached, or failed as it took over: said, with a way back, rather than
                // "Opening…" for good.
                let failed = opened.is_none_or(|take_over| {
                    device::hand_over(&take_over) == device::HandOver::Failed
                });
                if failed {
                    unreached.set(true);
                }
            });
            move || waiting.set(false)
        });
    }
    // Tried again, too, once a language the person chose meanwhile could not be moved to
    // (`device::release_take_over`).
    {
        let tries = tries.clone();
        use_effect_with(*tries, move |n| {
            let n = *n;
            device::wait_for_take_over(Some(Rc::new(move || tries.set(n + 1))));
            || device::wait_for_take_over(None)
        });
    }
    // Tried again when the browser is back online after a failed try, and whenever a whole app
    // given up on arrives after all (static/early.js keeps it for the next try: "fullcupwhole").
    // Made afresh at each try, so that each event asks for the try after the latest.
    {
        let tries = tries.clone();
        use_effect_with((*unreached, *tries), move |(unreached, n)| {
            let n = *n;
            let w = web_sys::window();
            let again = |event: &'static str| {
                let tries = tries.clone();
                w.as_ref()
                    .map(|w| gloo_events::EventListener::new(w, event, move |_| tries.set(n + 1)))
            };
            let listeners = [
                again("fullcupwhole"),
                unreached.then(|| again("online")).flatten(),
            ];
            move || drop(listeners)
        });
    }
    let title = if *unreached {
        ui.whole_unreached_title
    } else {
        ui.whole_opening
    };
    html! {
        <Page {title}>
            <div class="whole-notice" role="status">
                if *unreached { <p class="notice">{ ui.whole_unreached }</p> }
            </div>
        </Page>
    }
}
