//! The QR code of this copy for a room: drawn from `present::qr` as an inline SVG (dark on white
//! whatever the page's colours, so a camera reads it on a projector in dark mode), with the
//! address it holds written under it; and, on For trainers, the choices that shape it and a
//! download of the code as an SVG file. Nothing is requested to draw it.

use yew::prelude::*;

use crate::content::Lang;
use crate::present::qr::{qr, qr_address, svg_file, QrChoice};
use crate::ui::device;
use crate::ui::store::use_store;
use crate::ui::widgets::choice::{Choice, ChoiceOption};

#[derive(Properties, PartialEq)]
pub struct QrImageProps {
    /// The address the code holds.
    pub address: AttrValue,
}

/// The code and, under it, the address it holds, so a person can read and type it too.
#[component]
pub fn QrImage(props: &QrImageProps) -> Html {
    let store = use_store();
    let c = &store.lang.locale().training().class;
    let Some(view) = qr(&props.address) else {
        return html! { <p class="qr-too-long">{ c.qr_too_long }</p> };
    };
    let label = view.label(c.qr_label);
    let w = view.width.to_string();
    html! {
        <figure class="qr">
            <svg viewBox={format!("0 0 {w} {w}")} role="img" aria-label={label} shape-rendering="crispEdges">
                <rect width={w.clone()} height={w} fill="#fff" />
                <path fill="#000" d={view.path} />
            </svg>
            <figcaption class="qr-address" dir="ltr">{ view.address }</figcaption>
        </figure>
    }
}

/// For trainers: a language, the quick pulse, the compact layout; the code of the copy's address
/// with them, and a download of it.
#[component]
pub fn QrBuilder() -> Html {
    let store = use_store();
    let locale = store.lang.locale();
    let c = &locale.training().class;
    let choice = use_state(QrChoice::default);
    let page = use_memo((), |_| device::app_address());
    let address = qr_address(&page, Lang::BUILT, &choice);
    let update = |f: fn(&mut QrChoice, &web_sys::HtmlInputElement)| {
        let choice = choice.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<web_sys::HtmlInputElement>();
            let mut next = *choice;
            f(&mut next, &input);
            choice.set(next);
        })
    };
    let on_lang = {
        let choice = choice.clone();
        Callback::from(move |value: String| {
            choice.set(QrChoice {
                lang: Lang::from_tag(&value),
                ..*choice
            });
        })
    };
    let mut language_options = vec![ChoiceOption::new("", c.qr_lang_any)];
    language_options.extend(Lang::ALL.iter().map(|l| ChoiceOption {
        lang: Some(l.tag().into()),
        ..ChoiceOption::new(l.tag(), l.name())
    }));
    let on_pulse = update(|c, i| c.pulse = i.checked());
    let on_embed = update(|c, i| c.embed = i.checked());
    let on_download = {
        let address = address.clone();
        let label = c.qr_label;
        Callback::from(move |_| {
            if let Some(view) = qr(&address) {
                let title = view.label(label);
                device::download("full-cup-qr.svg", "image/svg+xml", &svg_file(&view, &title));
            }
        })
    };
    html! {
        <section class="qr-builder" aria-labelledby="qr-heading">
            <h2 id="qr-heading">{ c.qr_heading }</h2>
            <p>{ c.qr_intro }</p>
            <div class="fields">
                <label for="qr-lang">{ c.qr_lang }</label>
                <Choice id="qr-lang" onchange={on_lang} value={choice.lang.map_or("", |l| l.tag())} options={language_options} />
            </div>
            <p class="check">
                <input id="qr-pulse" type="checkbox" checked={choice.pulse} onchange={on_pulse} />
                <label for="qr-pulse">{ c.qr_pulse }</label>
            </p>
            <p class="check">
                <input id="qr-embed" type="checkbox" checked={choice.embed} onchange={on_embed} />
                <label for="qr-embed">{ c.qr_embed }</label>
            </p>
            <QrImage address={address} />
            <div class="actions">
                <button type="button" id="qr-download" onclick={on_download}>{ c.qr_download }</button>
            </div>
        </section>
    }
}
