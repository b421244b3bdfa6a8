//! The embed builder on the For trainers page: a few choices, and the iframe code for a course page
//! (made by `present::trainers::embed_code`), with a button to copy it.

use yew::prelude::*;

use crate::assessment::Length;
use crate::content::Lang;
use crate::present::trainers::{embed_code, frame_height, EmbedChoice, FRAME_HEIGHT};
use crate::ui::device;
use crate::ui::store::use_store;

/// What became of the last press of Copy.
#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Done,
    Failed,
}

#[component]
pub fn EmbedBuilder() -> Html {
    let store = use_store();
    let locale = store.lang.locale();
    let t = &locale.training().trainers;
    let choice = use_state(EmbedChoice::default);
    let copied = use_state(|| Copied::Not);
    let address = use_memo((), |_| device::app_address());
    let code = embed_code(locale, &address, &choice);

    // Each control changes one part of the choice; any change makes the last "Copied" stale.
    let update = |f: fn(&mut EmbedChoice, &web_sys::HtmlInputElement)| {
        let choice = choice.clone();
        let copied = copied.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            let mut next = (*choice).clone();
            f(&mut next, &input);
            choice.set(next);
            copied.set(Copied::Not);
        })
    };
    let on_lang = update(|c, i| c.lang = Lang::from_tag(&i.value()));
    let on_length = update(|c, i| c.length = Length::from_key(&i.value()));
    let on_history = update(|c, i| c.history = !i.checked());
    let on_sandbox = update(|c, i| c.sandbox = i.checked());
    let on_height = update(|c, i| c.height = frame_height(&i.value(), c.height));
    let on_copy = {
        let copied = copied.clone();
        let code = code.clone();
        Callback::from(move |_| {
            let copied = copied.clone();
            let code = code.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = device::copy_text(&code).await;
                if !ok {
                    device::select_text("embed-code");
                }
                copied.set(if ok { Copied::Done } else { Copied::Failed });
            });
        })
    };
    let length_options = [
        (None, t.embed_length_any),
        (Some(Length::Full), t.embed_length_full),
        (Some(Length::Pulse), t.embed_length_pulse),
    ];
    html! {
        <section class="embed-builder" aria-labelledby="embed-heading">
            <h3 id="embed-heading">{ t.embed_heading }</h3>
            <p>{ t.embed_intro }</p>
            <div class="fields">
                <label for="embed-lang">{ t.embed_lang }</label>
                <select id="embed-lang" onchange={on_lang}>
                    <option value="" selected={choice.lang.is_none()}>{ t.embed_lang_any }</option>
                    { for Lang::ALL.iter().map(|l| html! {
                        <option value={l.tag()} selected={choice.lang == Some(*l)}>{ l.name() }</option>
                    }) }
                </select>
                <label for="embed-length">{ t.embed_length }</label>
                <select id="embed-length" onchange={on_length}>
                    { for length_options.iter().map(|(l, words)| html! {
                        <option value={l.map_or("", Length::key)} selected={choice.length == *l}>{ *words }</option>
                    }) }
                </select>
                <label for="embed-height">{ t.embed_height }</label>
                <input id="embed-height" type="number" inputmode="numeric" min={FRAME_HEIGHT.start().to_string()} max={FRAME_HEIGHT.end().to_string()} step="10"
                    value={choice.height.to_string()} onchange={on_height} />
            </div>
            <p class="check">
                <input id="embed-history" type="checkbox" checked={!choice.history} onchange={on_history} />
                <label for="embed-history">{ t.embed_history_off }</label>
            </p>
            <p class="check">
                <input id="embed-sandbox" type="checkbox" checked={choice.sandbox} onchange={on_sandbox}
                    aria-describedby="embed-sandbox-hint" />
                <label for="embed-sandbox">{ t.embed_sandbox }</label>
            </p>
            <p id="embed-sandbox-hint" class="hint">{ t.embed_sandbox_hint }</p>
            <label for="embed-code">{ t.embed_code }</label>
            <textarea id="embed-code" class="code" readonly=true rows="5" value={code} />
            <div class="actions">
                <button type="button" id="embed-copy" onclick={on_copy}>{ t.embed_copy }</button>
            </div>
            <p class="status" role="status">
                { match *copied {
                    Copied::Not => "",
                    Copied::Done => t.embed_copied,
                    Copied::Failed => t.embed_copy_failed,
                } }
            </p>
            <p>{ t.embed_headers }</p>
        </section>
    }
}
