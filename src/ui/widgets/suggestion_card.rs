//! One suggestion as a card: its action, detail, why and source, and a button that adds it to (or
//! removes it from) the plan; and one part of the cup's ideas as a closed group of cards.

use yew::prelude::*;

use crate::present::results::card;
use crate::ui::state::Action;
use crate::ui::store::{use_settings, use_store};

#[derive(Properties, PartialEq)]
pub struct SuggestionProps {
    pub id: &'static str,
    #[prop_or_default]
    pub reason: Option<AttrValue>,
    /// Heading level for the action: 3 inside a section, 4 inside a theme group.
    #[prop_or(3)]
    pub level: u8,
}

#[component]
pub fn SuggestionCard(props: &SuggestionProps) -> Html {
    let store = use_store();
    let settings = use_settings();
    let ui = store.lang.locale().ui;
    let Some(view) = card(store.lang.locale(), props.id) else {
        return Html::default();
    };
    let picked = store.plan.has(props.id);
    let onclick = {
        let store = store.clone();
        let id = props.id;
        Callback::from(move |_| store.dispatch(Action::TogglePlan(id.to_owned())))
    };
    let title = match props.level {
        4 => html! { <h4>{ view.action }</h4> },
        _ => html! { <h3>{ view.action }</h3> },
    };
    html! {
        <li class={classes!("suggestion", picked.then_some("picked"))} data-suggestion={props.id}>
            { title }
            if let Some(reason) = &props.reason { <p class="reason">{ reason.clone() }</p> }
            <p>{ view.detail }</p>
            <p class="why"><strong>{ ui.why }</strong>{ " " }{ view.why }</p>
            if let Some(source) = view.source { <p class="source">{ ui.source }{ " " }{ source }</p> }
            if settings.modules.plan {
                <button type="button" class="plan-toggle" aria-pressed={picked.to_string()} {onclick}>
                    { if picked { ui.in_plan } else { ui.add_to_plan } }
                </button>
            }
        </li>
    }
}

#[derive(Properties, PartialEq)]
pub struct IdeasGroupProps {
    /// "Support around me – Worth watching", with a count on My plan.
    pub summary: AttrValue,
    pub ids: Vec<&'static str>,
}

/// One part of the cup's ideas, closed until opened (the results and My plan).
#[component]
pub fn IdeasGroup(props: &IdeasGroupProps) -> Html {
    html! {
        <details class="theme-ideas">
            <summary>{ props.summary.clone() }</summary>
            <ul class="suggestions">
                { for props.ids.iter().map(|&id| html! { <SuggestionCard {id} level={4} /> }) }
            </ul>
        </details>
    }
}
