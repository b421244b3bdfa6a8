//! Download this copy's SCORM package, on For trainers: made on the device from the copy's own
//! files (`device::make_package`, by the rules of `storage::package`), with this copy's
//! `config.json` or the one made with the form above. Nothing is requested from anywhere else.

use yew::prelude::*;

use crate::present::trainers::{form_check, package_done, package_problem};
use crate::ui::device;
use crate::ui::store::{use_form_keep, use_store};

#[derive(Clone, PartialEq)]
enum State {
    Idle,
    Working {
        done: usize,
        total: usize,
    },
    /// What was downloaded, and whether it had to be stored uncompressed.
    Done(String, bool),
    Failed(String),
}

#[component]
pub fn PackageBuilder() -> Html {
    let store = use_store();
    let locale = store.lang.locale();
    let w = &locale.training().package;
    let keep = use_form_keep();
    let use_form = use_state(|| false);
    let state = use_state(|| State::Idle);
    let working = matches!(*state, State::Working { .. });
    // Whether the builder is still on the page: a package finished after the trainer has left
    // For trainers is not offered to them out of nowhere.
    let here = use_mut_ref(|| true);
    {
        let here = here.clone();
        use_effect_with((), move |_| move || *here.borrow_mut() = false);
    }

    let on_make = {
        let state = state.clone();
        let use_form = use_form.clone();
        Callback::from(move |_: MouseEvent| {
            if matches!(*state, State::Working { .. }) {
                return;
            }
            let config = if *use_form {
                let draft = keep.0.borrow().clone();
                if !form_check(locale, &draft).0 {
                    state.set(State::Failed(
                        locale.training().package.form_not_ready.to_owned(),
                    ));
                    return;
                }
                Some(draft.to_json().into_bytes())
            } else {
                None
            };
            state.set(State::Working { done: 0, total: 1 });
            let state = state.clone();
            let here = here.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let progress = {
                    let state = state.clone();
                    move |done, total| state.set(State::Working { done, total })
                };
                let wanted = move || *here.borrow();
                state.set(match device::make_package(config, progress, wanted).await {
                    Ok(Some(made)) => State::Done(
                        package_done(locale, made.files, made.bytes),
                        !made.compressed,
                    ),
                    // Left before it was done: nothing offered, nothing to say.
                    Ok(None) => State::Idle,
                    Err(problem) => State::Failed(package_problem(locale, &problem)),
                });
            });
        })
    };
    let choose = |form: bool| {
        let use_form = use_form.clone();
        Callback::from(move |_: Event| use_form.set(form))
    };
    let (status, failed) = match &*state {
        State::Idle => (String::new(), false),
        State::Working { .. } => (w.working.to_owned(), false),
        State::Done(line, stored) => (
            if *stored {
                format!("{line} {}", w.stored)
            } else {
                line.clone()
            },
            false,
        ),
        State::Failed(line) => (line.clone(), true),
    };
    html! {
        <section class="package-builder" aria-labelledby="package-heading" id="package">
            <h3 id="package-heading">{ w.heading }</h3>
            <p>{ w.intro }</p>
            <fieldset>
                <legend>{ w.config_legend }</legend>
                <p class="check">
                    <input type="radio" id="package-config-copy" name="package-config"
                        checked={!*use_form} onchange={choose(false)} />
                    <label for="package-config-copy">{ w.config_copy }</label>
                </p>
                <p class="check">
                    <input type="radio" id="package-config-form" name="package-config"
                        checked={*use_form} onchange={choose(true)} />
                    <label for="package-config-form">{ w.config_form }</label>
                </p>
            </fieldset>
            <div class="actions">
                <button type="button" id="package-download" class="primary"
                    aria-disabled={working.then_some("true")} onclick={on_make}>{ w.button }</button>
            </div>
            if let State::Working { done, total } = *state {
                <progress id="package-progress" max={total.to_string()} value={done.to_string()}
                    aria-label={w.progress}></progress>
            }
            <p role="status" id="package-status" class={classes!(failed.then_some("error"))}>{ status }</p>
        </section>
    }
}
