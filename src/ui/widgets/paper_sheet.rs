//! Full Cup on paper, the sheet itself: how to fill it in, every statement numbered with the
//! answer scale, the safety questions with this copy's lines beside them, and the self-scoring key
//! (`present::paper`). Printed by the paper version and by the class pack.

use yew::prelude::*;

use crate::content::fill;
use crate::present::paper::{PaperQuestion, PaperView};
use crate::ui::store::use_store;
use crate::ui::widgets::support::PrintedContacts;

#[derive(Properties, PartialEq)]
pub struct PaperSheetProps {
    pub view: PaperView,
}

#[component]
pub fn PaperSheet(props: &PaperSheetProps) -> Html {
    let store = use_store();
    let ui = store.lang.locale().ui;
    let p = &store.lang.training().paper;
    let view = &props.view;
    let head = html! {
        <thead><tr>
            <th scope="col">{ p.number_col }</th>
            <th scope="col">{ p.question_col }</th>
            { for view.scale.iter().map(|s| html! { <th scope="col" class="tick">{ *s }</th> }) }
        </tr></thead>
    };
    let rows = |qs: &[PaperQuestion]| {
        html! {
            <tbody>
                { for qs.iter().map(|q| html! {
                    <tr>
                        <td>{ q.number }</td>
                        <td>{ q.text }</td>
                        { for view.scale.iter().map(|_| html! { <td class="tick" aria-hidden="true">{ "☐" }</td> }) }
                    </tr>
                }) }
            </tbody>
        }
    };
    html! {
        <>
            <p class="paper-how">{ p.how_to }</p>
            { for view.themes.iter().map(|t| html! {
                <section class="paper-theme">
                    <h2>{ t.title }</h2>
                    <p>{ t.intro }</p>
                    <div class="table-wrap" tabindex="0" role="region" aria-label={t.title}>
                        <table class="paper-table">{ head.clone() }{ rows(&t.questions) }</table>
                    </div>
                </section>
            }) }
            <section class="paper-theme">
                <h2>{ p.safety_heading }</h2>
                <div class="table-wrap" tabindex="0" role="region" aria-label={p.safety_heading}>
                    <table class="paper-table">{ head.clone() }{ rows(&view.safety) }</table>
                </div>
                <p>{ p.safety_intro }</p>
                <PrintedContacts lines={view.lines.clone()} />
            </section>
            <section class="paper-key">
                <h2>{ p.key_heading }</h2>
                <p>{ p.key_intro }</p>
                <ol class="paper-steps">{ for view.steps.iter().map(|s| html! { <li>{ s }</li> }) }</ol>
                { for view.key.iter().map(|k| html! {
                    <div class="paper-key-theme">
                        <h3>{ k.title }</h3>
                        <div class="table-wrap" tabindex="0" role="region" aria-label={k.title}>
                            <table class="paper-table">
                                <thead><tr>
                                    <th scope="col">{ p.number_col }</th>
                                    { for ui.scale.iter().map(|s| html! { <th scope="col" class="tick">{ *s }</th> }) }
                                </tr></thead>
                                <tbody>
                                    { for k.rows.iter().map(|r| html! {
                                        <tr>
                                            <th scope="row">{ r.number }</th>
                                            { for r.points.iter().map(|pt| html! { <td class="tick">{ pt }</td> }) }
                                        </tr>
                                    }) }
                                </tbody>
                            </table>
                        </div>
                        <p class="paper-needs">{ fill(p.needs, &[("n", &k.needs.to_string())]) }{ ui.list_sep }{ p.level_line }</p>
                    </div>
                }) }
            </section>
            <p class="not-diagnosis">{ ui.results_not_diagnosis }</p>
        </>
    }
}
