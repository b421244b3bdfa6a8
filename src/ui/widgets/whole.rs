//! In the first-visit build, a screen of the whole app (My history, a trainers' page): the whole
//! app is loaded over this page and takes over with everything the person was doing
//! (`device::whole`). Until then, and if it cannot be reached, the page says so, with a way back;
//! the header, with Exit and Get help now, stays all along.

use yew::prelude::*;

use crate::ui::device;
use crate::ui::store::use_store;
use crate::ui::widgets::page::Page;

#[component]
pub fn OpeningWhole() -> Html {
    let store = use_store();
    let ui = store.lang.locale().ui;
    let unreached = use_state(|| false);
    {
        let unreached = unreached.clone();
        use_effect_with(store.screen, move |_| {
            unreached.set(false);
            wasm_bindgen_futures::spawn_local(async move {
                if !device::load_whole().await {
                    unreached.set(true);
                }
            });
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
