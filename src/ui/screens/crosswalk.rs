//! The crosswalk for course plans: for each framework, a table of its elements beside the parts of
//! the cup, with why, and its sources; then the timing sheets. Laid out from
//! `present::crosswalk`; printable.

use yew::prelude::*;

use crate::present::crosswalk::crosswalk;
use crate::ui::device;
use crate::ui::store::use_store;
use crate::ui::widgets::page::Page;

#[component]
pub fn CrosswalkScreen() -> Html {
    let store = use_store();
    let locale = store.lang.locale();
    let ui = locale.ui;
    let w = &locale.training().crosswalk;
    let on_print = Callback::from(|_| device::print());
    html! {
        <Page title={ui.crosswalk_title}>
            <p class="lead">{ w.intro }</p>
            <div class="actions no-print">
                <button type="button" class="primary" onclick={on_print}>{ ui.print }</button>
            </div>
            { for crosswalk(locale).into_iter().enumerate().map(|(i, f)| html! {
                <section class="crosswalk" aria-labelledby={format!("framework-{i}")}>
                    <h2 id={format!("framework-{i}")}>{ f.name }</h2>
                    <p>{ f.about }</p>
                    <div class="table-wrap" tabindex="0" role="region" aria-label={f.name}>
                        <table class="crosswalk-table">
                            <thead><tr>
                                <th scope="col">{ w.element_col }</th>
                                <th scope="col">{ w.parts_col }</th>
                                <th scope="col">{ w.why_col }</th>
                            </tr></thead>
                            <tbody>
                                { for f.rows.iter().map(|r| html! {
                                    <tr>
                                        <th scope="row">{ r.element }</th>
                                        <td><ul class="parts">{ for r.parts.iter().map(|p| html! { <li>{ *p }</li> }) }</ul></td>
                                        <td>{ r.why }</td>
                                    </tr>
                                }) }
                            </tbody>
                        </table>
                    </div>
                    <div class="crosswalk-sources">
                        <p class="sources-label">{ w.sources }</p>
                        { for f.sources.iter().map(|s| html! {
                            <p class="citation">
                                { &s.citation.before }<cite>{ &s.citation.inner }</cite>{ &s.citation.after }
                                if let Some(link) = &s.link { { " " }<span class="doi" dir="ltr">{ link }</span> }
                                { " (" }{ &s.checked }{ ")" }
                            </p>
                        }) }
                    </div>
                </section>
            }) }
            <section class="timing" aria-labelledby="timing-heading">
                <h2 id="timing-heading">{ w.timing_heading }</h2>
                <p>{ w.timing_note }</p>
                <h3>{ w.ten_heading }</h3>
                <ol class="timing-steps">{ for w.ten_steps.iter().map(|s| html! { <li>{ *s }</li> }) }</ol>
                <h3>{ w.thirty_heading }</h3>
                <ol class="timing-steps">{ for w.thirty_steps.iter().map(|s| html! { <li>{ *s }</li> }) }</ol>
            </section>
        </Page>
    }
}
