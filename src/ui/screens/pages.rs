//! The pages always reachable from the header and footer: Get help now, About the research, Your
//! privacy.

use yew::prelude::*;

use crate::assessment::Theme;
use crate::present::pages::studies;
use crate::ui::store::use_store;
use crate::ui::widgets::page::Page;
use crate::ui::widgets::support::ContactList;

#[component]
pub fn HelpScreen() -> Html {
    let store = use_store();
    let ui = store.lang.locale().ui;
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
    let locale = store.lang.locale();
    let ui = locale.ui;
    html! {
        <Page title={ui.research_title}>
            <p class="lead">{ ui.research_intro }</p>
            <h2>{ ui.research_themes_heading }</h2>
            <dl class="themes">
                { for Theme::PAGE_ORDER.iter().map(|&t| {
                    let tt = locale.theme(t);
                    html! { <><dt>{ tt.title }</dt><dd>{ tt.covers }</dd></> }
                }) }
            </dl>
            <h2>{ ui.research_studies_heading }</h2>
            <ul class="studies">
                { for studies(locale).into_iter().map(|s| html! {
                    <li>
                        <p class="citation">
                            { s.citation.before }<cite>{ s.citation.inner }</cite>{ s.citation.after }
                            if let Some((label, doi)) = s.doi { { label }<span class="doi">{ doi }</span> }
                        </p>
                        <p>{ s.summary }</p>
                    </li>
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
    let ui = store.lang.locale().ui;
    html! {
        <Page title={ui.your_privacy}>
            <p class="lead">{ ui.privacy_intro }</p>
            <ul class="privacy-points">
                { for ui.privacy_points.iter().map(|p| html! { <li>{ *p }</li> }) }
            </ul>
        </Page>
    }
}
