//! The pages always reachable from the header and footer: Get help now, About the research, Your
//! privacy.

use yew::prelude::*;

use crate::assessment::Theme;
use crate::present::pages::studies;
use crate::present::trainers::{config_check, prompts};
use crate::ui::store::{use_launch, use_settings, use_store};
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

/// For trainers: what Full Cup is and is not, using it without seeing anyone's answers, questions
/// for a group, setting up a copy with a live check of its `config.json`, links and hosting.
#[component]
pub fn TrainersScreen() -> Html {
    let store = use_store();
    let settings = use_settings();
    let launch = use_launch();
    let locale = store.lang.locale();
    let t = &locale.ui.trainers;
    let (check, lines) = config_check(locale, &launch.config, &settings);
    html! {
        <Page title={locale.ui.for_trainers}>
            <p class="lead">{ t.intro }</p>
            <h2>{ t.not_heading }</h2>
            <p>{ t.not_text }</p>
            <h2>{ t.course_heading }</h2>
            <ul class="privacy-points">
                { for t.course_points.iter().map(|p| html! { <li>{ *p }</li> }) }
            </ul>
            <h2>{ t.prompts_heading }</h2>
            <p>{ t.prompts_intro }</p>
            <dl class="themes">
                { for prompts(locale).into_iter().map(|(title, prompt)| html! { <><dt>{ title }</dt><dd>{ prompt }</dd></> }) }
            </dl>
            <h2>{ t.config_heading }</h2>
            <p>{ t.config_intro }</p>
            <section class="notice" aria-labelledby="config-check-heading" id="config-check">
                <h3 id="config-check-heading">{ t.config_check_heading }</h3>
                <p>{ check }</p>
                if !lines.is_empty() {
                    <ul>{ for lines.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
                }
            </section>
            <h2>{ t.links_heading }</h2>
            <p>{ t.links_text }</p>
            <h2>{ t.hosting_heading }</h2>
            <p>{ t.hosting_text }</p>
        </Page>
    }
}
