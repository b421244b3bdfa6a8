//! The pages always reachable from the header and footer: Get help now, About the research, Your privacy.

use yew::prelude::*;

use super::app::use_store;
use super::state::Action;
use super::support::ContactList;
use crate::assessment::Theme;
use crate::content::research::CITATIONS;

#[derive(Properties, PartialEq)]
struct PageProps {
    title: &'static str,
    children: Html,
}

/// A page with a heading that takes focus and a way back to where the person was.
#[component]
fn Page(props: &PageProps) -> Html {
    let store = use_store();
    let ui = store.lang.catalog().ui;
    let on_back = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::Close))
    };
    html! {
        <div class="screen page">
            <h1 id="page-title" tabindex="-1">{ props.title }</h1>
            { props.children.clone() }
            <div class="actions">
                <button type="button" onclick={on_back}>{ ui.back }</button>
            </div>
        </div>
    }
}

#[component]
pub fn HelpScreen() -> Html {
    let store = use_store();
    let ui = store.lang.catalog().ui;
    html! {
        <Page title={ui.help_title}>
            <p class="lead">{ ui.help_intro }</p>
            <ContactList />
            <p class="emergency">{ ui.emergency_note }</p>
        </Page>
    }
}

#[component]
pub fn ResearchScreen() -> Html {
    let store = use_store();
    let cat = store.lang.catalog();
    let ui = cat.ui;
    html! {
        <Page title={ui.research_title}>
            <p class="lead">{ ui.research_intro }</p>
            <h2>{ ui.research_themes_heading }</h2>
            <dl class="themes">
                { for Theme::PAGE_ORDER.iter().map(|&t| {
                    let tt = cat.theme(t);
                    html! { <><dt>{ tt.title }</dt><dd>{ tt.covers }</dd></> }
                }) }
            </dl>
            <h2>{ ui.research_studies_heading }</h2>
            <ul class="studies">
                { for CITATIONS.iter().map(|c| {
                    let year = c.year.map(|y| format!(" ({y})")).unwrap_or_default();
                    html! {
                        <li>
                            <p class="citation">
                                { c.authors }{ year }{ ". " }<cite>{ c.title }</cite>{ ". " }{ c.venue }{ "." }
                                if let Some(doi) = c.doi { { " DOI: " }<span class="doi">{ doi }</span> }
                            </p>
                            <p>{ cat.research(c.source) }</p>
                        </li>
                    }
                }) }
            </ul>
            <p>{ ui.research_bands }</p>
            <p>{ ui.research_original }</p>
        </Page>
    }
}

#[component]
pub fn PrivacyScreen() -> Html {
    let store = use_store();
    let ui = store.lang.catalog().ui;
    html! {
        <Page title={ui.your_privacy}>
            <p class="lead">{ ui.privacy_intro }</p>
            <ul class="privacy-points">
                { for ui.privacy_points.iter().map(|p| html! { <li>{ *p }</li> }) }
            </ul>
        </Page>
    }
}
