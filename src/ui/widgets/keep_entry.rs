//! "Keep this in My history" for a daily check or a Right now moment: offered only where this copy
//! keeps a history and the browser lets it, written only when pressed (the first one kept starts
//! the history, as a first save does), and said where it was kept.

use yew::prelude::*;

use crate::assessment::Date;
use crate::present::messages::change_refused;
use crate::storage::history::OnDevice;
use crate::storage::policy::{Change, WriteError};
use crate::ui::device;
use crate::ui::state::Action;
use crate::ui::store::{use_settings, use_store};

#[derive(Properties, PartialEq)]
pub struct KeepEntryProps {
    pub label: &'static str,
    pub kept: &'static str,
    #[prop_or_default]
    pub hint: Option<&'static str>,
    /// The change to write, made at the moment of the press (milliseconds since 1970, today).
    pub change: Callback<(u64, Date), Option<Change>>,
}

#[component]
pub fn KeepEntry(props: &KeepEntryProps) -> Html {
    let store = use_store();
    let settings = use_settings();
    let locale = store.lang.locale();
    let done = use_state(|| None::<Result<(), WriteError>>);
    {
        // The button goes once pressed: focus moves to what it said.
        let kept = matches!(*done, Some(Ok(())));
        use_effect_with(kept, move |kept| {
            if *kept {
                device::focus("keep-entry-done");
            }
        });
    }
    let offered = settings.modules.history
        && !settings.scorm
        && store.keeping
        && store.storage_available
        && !matches!(store.history, OnDevice::Unreadable { .. });
    if !offered {
        return Html::default();
    }
    let onclick = {
        let store = store.clone();
        let done = done.clone();
        let make = props.change.clone();
        Callback::from(move |_| {
            let at = device::now_ms().max(0.0) as u64;
            let Some(change) = make.emit((at, device::today())) else {
                return;
            };
            match device::change_history(change) {
                Ok(applied) => {
                    if let Some(country) = &store.country {
                        device::keep_country(country);
                    }
                    store.dispatch(Action::HistoryWritten(applied.history));
                    done.set(Some(Ok(())));
                }
                Err(e) => done.set(Some(Err(e))),
            }
        })
    };
    html! {
        <div class="keep-entry">
            // Said once: it takes focus (the button it replaces had it), so it is not also live.
            if let Some(Ok(())) = *done {
                <p class="saved-note" id="keep-entry-done" tabindex="-1">{ props.kept }</p>
            }
            <div class="live" role="status">
                if let Some(Err(e)) = &*done {
                    <p class="notice">{ change_refused(locale, e) }</p>
                }
            </div>
            if !matches!(*done, Some(Ok(()))) {
                if let Some(hint) = props.hint { <p class="hint">{ hint }</p> }
                <button type="button" id="keep-entry" onclick={onclick}>{ props.label }</button>
            }
        </div>
    }
}
