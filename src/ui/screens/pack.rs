//! The class pack: a class in one print. A statement to read aloud (what anyone answers stays on
//! their own device), with the copy's QR code, the guide's ground rules, what to do if someone is
//! in distress and this copy's lines; a discussion card per part of the cup for groups of three,
//! each with its own footer (cards are cut apart); the dot poster for an anonymous tally on paper;
//! and the paper version, for later and in private, with its key. From `present::class::pack`.

use yew::prelude::*;

use crate::content::Lang;
use crate::present::class::pack;
use crate::present::qr::room_address;
use crate::ui::device;
use crate::ui::store::{use_settings, use_store};
use crate::ui::widgets::page::Page;
use crate::ui::widgets::paper_sheet::PaperSheet;
use crate::ui::widgets::qr_code::QrImage;
use crate::ui::widgets::support::PrintedContacts;

#[component]
pub fn ClassPackScreen() -> Html {
    let store = use_store();
    let settings = use_settings();
    let locale = store.lang.locale();
    let ui = locale.ui;
    let c = &locale.training().class;
    let g = &locale.training().guide;
    let view = pack(locale, &settings, store.country.as_deref());
    let address = room_address(&device::app_address(), Lang::BUILT, store.lang, &settings);
    let on_print = Callback::from(|_| device::print());
    html! {
        <Page title={ui.pack_title}>
            <p class="lead">{ c.pack_intro }</p>
            <div class="actions no-print">
                <button type="button" class="primary" onclick={on_print}>{ ui.print }</button>
            </div>
            <section class="pack-part read-aloud" aria-labelledby="read-aloud-heading">
                <h2 id="read-aloud-heading">{ c.read_aloud_heading }</h2>
                <p class="read-aloud-text">{ c.read_aloud }</p>
                // The code and its words only where there is an address to hold (not in an LMS).
                if let Some(address) = address {
                    <div class="slide-scan">
                        <QrImage address={address} />
                        <div>
                            <h3>{ c.later_heading }</h3>
                            <p>{ c.later_text }</p>
                        </div>
                    </div>
                }
                <h3>{ g.rules_heading }</h3>
                <ul class="privacy-points">{ for g.rules.iter().map(|r| html! { <li>{ *r }</li> }) }</ul>
                <h3>{ g.distress_heading }</h3>
                <p>{ g.distress_text }</p>
                <PrintedContacts lines={view.paper.lines.clone()} />
            </section>
            <section class="pack-part" aria-labelledby="cards-heading">
                <h2 id="cards-heading">{ c.cards_heading }</h2>
                <p>{ c.cards_intro }</p>
                <div class="cards">
                    { for view.cards.iter().map(|card| html! {
                        <article class="card">
                            <h3>{ card.title }</h3>
                            <p class="card-situation">{ card.situation }</p>
                            <ol class="card-questions">
                                { for card.questions.iter().map(|q| html! { <li>{ *q }</li> }) }
                            </ol>
                            <p class="card-footer">{ c.card_footer }</p>
                        </article>
                    }) }
                </div>
            </section>
            <section class="pack-part" aria-labelledby="dot-heading">
                <h2 id="dot-heading">{ g.dot_heading }</h2>
                <ol>{ for c.pack_dot_steps.iter().map(|s| html! { <li>{ *s }</li> }) }</ol>
                <ul class="dot-poster">
                    { for view.columns.iter().map(|t| html! { <li>{ *t }</li> }) }
                </ul>
            </section>
            <section class="pack-part" aria-labelledby="pack-paper-heading">
                <h2 id="pack-paper-heading">{ ui.paper_title }</h2>
                <p class="paper-note">{ c.paper_note }</p>
                <p>{ locale.training().paper.intro }</p>
                <PaperSheet view={view.paper} />
            </section>
        </Page>
    }
}
