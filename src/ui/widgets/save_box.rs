//! The opt-in save on the results screen. The default is not to save.

use yew::prelude::*;

use crate::present::messages::{save_refused, unreadable_notice};
use crate::storage::history::{CheckIn, OnDevice};
use crate::storage::policy::{Change, WriteError};
use crate::ui::device;
use crate::ui::state::{Action, Screen};
use crate::ui::store::use_store;

#[component]
pub fn SaveBox() -> Html {
    let store = use_store();
    let locale = store.lang.locale();
    let ui = locale.ui;
    let error = use_state(|| None::<WriteError>);
    let body = if !store.storage_available {
        html! { <p>{ ui.storage_unavailable }</p> }
    } else if let OnDevice::Unreadable { error, .. } = &store.history {
        html! { <p>{ unreadable_notice(locale, error) }</p> }
    } else if store.saved_at.is_some() {
        // Said in the live region below.
        Html::default()
    } else {
        let onclick = {
            let store = store.clone();
            let error = error.clone();
            Callback::from(move |_| {
                let at = device::now_ms().max(0.0) as u64;
                let record = CheckIn::record(
                    at,
                    device::today(),
                    store.length,
                    &store.answers,
                    &store.plan,
                );
                match device::change_history(Change::Save(record)) {
                    Ok(done) => {
                        error.set(None);
                        // Keeping history keeps the country chosen for the crisis lines with it.
                        if let Some(country) = &store.country {
                            device::keep_country(country);
                        }
                        store.dispatch(Action::HistoryWritten(done.history));
                        store.dispatch(Action::Saved(at));
                    }
                    Err(e) => error.set(Some(e)),
                }
            })
        };
        html! {
            <>
                <p>{ ui.save_intro }</p>
                if let Some(e) = &*error { <p class="notice" role="alert">{ save_refused(locale, e) }</p> }
                <button type="button" id="save-check-in" {onclick}>{ ui.save_button }</button>
            </>
        }
    };
    // Saving replaces the button that had focus: focus moves to the way to the history, and the
    // live region (there from the start, so that screen readers hear what appears in it) says it
    // was saved.
    let saved = store.saved_at.is_some();
    {
        let was = use_mut_ref(|| saved);
        use_effect_with(saved, move |saved| {
            let before = std::mem::replace(&mut *was.borrow_mut(), *saved);
            if *saved && !before {
                device::focus("see-history");
            }
        });
    }
    let open = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::Open(Screen::History)))
    };
    html! {
        <section class="save-box" aria-labelledby="save-heading">
            <h2 id="save-heading">{ ui.save_heading }</h2>
            <div class="live" role="status">
                if store.history_changed_elsewhere {
                    <p class="notice">{ ui.history_changed_elsewhere }</p>
                }
                if saved && store.storage_available && !matches!(store.history, OnDevice::Unreadable { .. }) {
                    <p class="saved-note">{ ui.saved_note }{ " " }<button type="button" class="link" id="see-history" onclick={open}>{ ui.see_history }</button></p>
                }
            </div>
            { body }
        </section>
    }
}
