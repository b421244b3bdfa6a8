//! A page of questions: one theme (or the quick pulse, or the safety questions), each a native
//! radio group with a legend, with progress, back and next.

use yew::prelude::*;

use crate::assessment::{self, bank, Length, Response, Theme};
use crate::content::Lang;
use crate::present::pages::part_of;
use crate::ui::state::{Action, Page, State};
use crate::ui::store::use_store;
use crate::ui::widgets::support::SupportPanel;

/// What one question shows. It takes no context, so an answer re-renders only its own question:
/// the others' props are unchanged and yew skips them.
#[derive(Properties, PartialEq)]
pub struct QuestionProps {
    pub id: &'static str,
    pub lang: Lang,
    pub current: Option<Response>,
    /// Stable across renders (compared by identity).
    pub dispatch: UseReducerDispatcher<State>,
}

/// One question: a fieldset whose legend is the question, with the five frequencies and
/// "Prefer not to answer".
#[component]
pub fn QuestionField(props: &QuestionProps) -> Html {
    let cat = props.lang.locale();
    let ui = cat.ui;
    let id = props.id;
    let current = props.current;
    let labels = ui
        .scale
        .iter()
        .copied()
        .chain(std::iter::once(ui.prefer_not));
    // Keyed by question: moving to another page gets fresh radios. Reusing them renamed one
    // checked radio into another group and unchecked the answer the page should show.
    html! {
        <fieldset key={id} class="question" id={format!("q-{id}")}>
            <legend>{ cat.question(id) }</legend>
            <div class="options">
                { for Response::ALL.iter().zip(labels).map(|(&response, label)| {
                    let dispatch = props.dispatch.clone();
                    let onchange = Callback::from(move |_| dispatch.dispatch(Action::Answer(id.to_owned(), response)));
                    html! {
                        <label class={classes!("option", (response == Response::Skip).then_some("skip"))}>
                            <input type="radio" name={id} value={response.key()}
                                checked={current == Some(response)} {onchange} />
                            <span>{ label }</span>
                        </label>
                    }
                }) }
            </div>
        </fieldset>
    }
}

#[component]
pub fn QuestionPage() -> Html {
    let store = use_store();
    let cat = store.lang.locale();
    let ui = cat.ui;
    let pages = store.pages();
    let total = pages.len();
    let n = store.page + 1;
    let page = store.current_page().unwrap_or(Page::Safety);
    let field = |id: &'static str| {
        html! {
            <QuestionField key={id} {id} lang={store.lang} current={store.answers.get(id)}
                dispatch={store.dispatcher()} />
        }
    };
    let (title, intro) = match page {
        Page::Theme(t) => (cat.theme(t).title, cat.theme(t).intro),
        Page::Pulse => (ui.pulse_page_title, ui.pulse_page_intro),
        Page::Safety => (ui.safety_page_title, ui.safety_page_intro),
    };
    let body = match page {
        Page::Theme(t) => html! {
            { for assessment::questions_for(t, Length::Full).map(|q| field(q.id)) }
        },
        Page::Pulse => html! {
            { for Theme::PAGE_ORDER.iter().flat_map(|&t| assessment::questions_for(t, Length::Pulse)).map(|q| html! {
                <div class="pulse-item">
                    <p class="theme-tag" aria-hidden="true">{ cat.theme(q.theme).title }</p>
                    { field(q.id) }
                </div>
            }) }
        },
        Page::Safety => {
            // Only the safety page needs the levels: relapse risk can build with "My own recovery".
            let scores = store.outcome().scores;
            html! {
                { for bank::SAFETY_QUESTIONS.iter().map(|q| {
                    let raised = bank::SAFETY.support_beside(q, &store.answers, &scores);
                    html! {
                        <>
                            { field(q.id) }
                            <div class="inline-support" aria-live="polite">
                                if raised {
                                    <SupportPanel signal={Some(q.signal)} title_id={format!("support-title-{}", q.id)} />
                                }
                            </div>
                        </>
                    }
                }) }
            }
        }
    };
    let last = n == total;
    let on_back = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::Back))
    };
    // Next moves on from its own click (which Enter in a radio group also sends): a frame
    // sandboxed without `allow-forms` never submits a form, so submission cannot be relied on.
    let on_next = {
        let store = store.clone();
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            store.dispatch(Action::Next);
        })
    };
    let on_submit = Callback::from(|e: SubmitEvent| e.prevent_default());
    let part = part_of(cat, n, total);
    html! {
        <form class="screen questions" onsubmit={on_submit}>
            <p class="part" id="part">{ &part }</p>
            <progress max={total.to_string()} value={n.to_string()} aria-labelledby="part"></progress>
            <h1 id="page-title" tabindex="-1">{ title }</h1>
            <p class="intro">{ intro }</p>
            if store.progress_not_kept == Some(store.page) {
                <p class="notice" role="status" id="progress-not-kept">{ ui.progress_not_kept }</p>
            }
            <p class="time-frame">{ ui.time_frame }{ " " }{ ui.skip_ok }</p>
            { body }
            <div class="step-nav">
                <button type="button" onclick={on_back}>{ ui.back }</button>
                <button type="submit" class="primary" onclick={on_next}>{ if last { ui.see_results } else { ui.next } }</button>
            </div>
        </form>
    }
}
