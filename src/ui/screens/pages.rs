//! The pages always reachable from the header and footer: Get help now, About the research, Your
//! privacy.

use yew::prelude::*;

use crate::assessment::Theme;
use crate::present::guide::guide;
use crate::present::pages::{studies, tool_sources};
use crate::present::paper::paper;
use crate::present::trainers::{config_check, prompts};
use crate::ui::device;
use crate::ui::state::Screen;
use crate::ui::store::{use_launch, use_settings, use_store};
use crate::ui::widgets::chrome::NavLink;
use crate::ui::widgets::config_form::ConfigForm;
use crate::ui::widgets::embed_builder::EmbedBuilder;
use crate::ui::widgets::package_builder::PackageBuilder;
use crate::ui::widgets::page::Page;
use crate::ui::widgets::paper_sheet::PaperSheet;
use crate::ui::widgets::qr_code::QrBuilder;
use crate::ui::widgets::support::{ContactList, MyPeople, PrintedContacts, UsedAgainSteps};

#[component]
pub fn HelpScreen() -> Html {
    let store = use_store();
    let ui = store.lang.locale().ui;
    html! {
        <Page title={ui.help_title}>
            <p class="lead">{ ui.help_intro }</p>
            <MyPeople />
            <ContactList />
            <UsedAgainSteps />
        </Page>
    }
}

/// A validated measure of how helping work affects a person, free to use, credited on About the
/// research (checked 2026-12-06: https://proqol.org/ says the ProQOL, developed by Beth Hudnall
/// Stamm, is now owned by the Center for Victims of Torture and remains free to use).
const VALIDATED_MEASURE: &str = "https://proqol.org/";

#[component]
pub fn ResearchScreen() -> Html {
    let store = use_store();
    let locale = store.lang.locale();
    let ui = locale.ui;
    let validated = ui
        .research_validated
        .split_once("{link}")
        .unwrap_or((ui.research_validated, ""));
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
            <h2 id="tool-sources">{ ui.now.sources_heading }</h2>
            <p>{ ui.now.sources_intro }</p>
            <ul class="studies tool-sources">
                { for tool_sources(locale).into_iter().map(|t| html! {
                    <li>
                        <h3>{ t.name }</h3>
                        <p>{ t.evidence }</p>
                        { for t.citations.into_iter().map(|(c, doi)| html! {
                            <p class="citation">
                                { c.before }<cite>{ c.inner }</cite>{ c.after }
                                if let Some((label, doi)) = doi { { label }<span class="doi">{ doi }</span> }
                            </p>
                        }) }
                    </li>
                }) }
            </ul>
            <p>{ ui.research_weight }</p>
            <p>{ ui.research_bands }</p>
            <p>{ ui.research_signals }</p>
            <p>{ ui.research_original }</p>
            <p id="validated-measure">{ validated.0 }<a href={VALIDATED_MEASURE} rel="noopener noreferrer" target="_blank">{ "proqol.org" }</a>{ validated.1 }</p>
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
                <li>{ ui.plan.privacy }</li>
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
    let t = &locale.training().trainers;
    let (check, lines) = config_check(locale, &launch.config, &settings);
    html! {
        <Page title={locale.ui.for_trainers}>
            <p class="lead">{ t.intro }</p>
            <ul class="trainer-links">
                <li><NavLink screen={Screen::Guide} label={locale.training().guide.link} /></li>
                <li><NavLink screen={Screen::Paper} label={locale.training().paper.link} /></li>
                // A tab of its own (`?class=1`): history off, nothing of this tab's check-in or
                // plan behind it, and no way Back to them in front of the room.
                <li><a href="?class=1" target="_blank" rel="noopener" id="class-link">{ locale.training().class.link }</a></li>
                <li><NavLink screen={Screen::Pack} label={locale.training().class.pack_link} /></li>
                <li><NavLink screen={Screen::Crosswalk} label={locale.training().crosswalk.link} /></li>
            </ul>
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
            <ConfigForm />
            <h2>{ t.links_heading }</h2>
            <p>{ t.links_text }</p>
            <EmbedBuilder />
            // In an LMS package the address is the LMS's own, no use on a phone in the room.
            if !settings.scorm { <QrBuilder /> }
            <h2>{ t.lms_heading }</h2>
            // Inside a package, the trainer has uploaded it already, and the builder is not there.
            if settings.scorm {
                <p>{ t.lms_text }</p>
            } else {
                <p>{ t.lms_download }{ " " }{ t.lms_text }</p>
            }
            // Not inside a package: an LMS serves its own copy, with no list of its files.
            if !settings.scorm { <PackageBuilder /> }
            <h2>{ t.hosting_heading }</h2>
            <p>{ t.hosting_text }</p>
        </Page>
    }
}

/// Full Cup on paper: the check-in to print, the safety questions with this copy's contacts beside
/// them, and a self-scoring key that gives exactly the app's levels.
#[component]
pub fn PaperScreen() -> Html {
    let store = use_store();
    let settings = use_settings();
    let locale = store.lang.locale();
    let ui = locale.ui;
    let p = &locale.training().paper;
    let view = paper(locale, &settings, store.country.as_deref());
    let on_print = Callback::from(|_| device::print());
    html! {
        <Page title={ui.paper_title}>
            <p class="lead">{ p.intro }</p>
            <div class="actions no-print">
                <button type="button" class="primary" onclick={on_print}>{ ui.print }</button>
            </div>
            <PaperSheet {view} />
        </Page>
    }
}

/// The facilitator guide: ground rules, what to do if someone is in distress, a circle for each
/// part of the cup, posters to print, and a paper-only dot poster. Nothing is collected.
#[component]
pub fn GuideScreen() -> Html {
    let store = use_store();
    let settings = use_settings();
    let locale = store.lang.locale();
    let ui = locale.ui;
    let g = &locale.training().guide;
    let view = guide(locale, &settings, store.country.as_deref());
    let on_print = Callback::from(|_| device::print());
    html! {
        <Page title={ui.guide_title}>
            <p class="lead">{ g.intro }</p>
            <div class="actions no-print">
                <button type="button" class="primary" onclick={on_print}>{ ui.print }</button>
            </div>
            <h2>{ g.rules_heading }</h2>
            <ul class="privacy-points">{ for g.rules.iter().map(|r| html! { <li>{ *r }</li> }) }</ul>
            <h2>{ g.distress_heading }</h2>
            <p>{ g.distress_text }</p>
            <PrintedContacts lines={view.lines.clone()} />
            <h2>{ g.circles_heading }</h2>
            <p>{ g.circles_intro }</p>
            { for view.circles.iter().map(|c| html! {
                <section class="circle">
                    <h3>{ c.title }</h3>
                    <p><strong>{ g.aim }</strong>{ " " }{ c.aim }</p>
                    <p><strong>{ g.prompt }</strong>{ " " }{ c.prompt }</p>
                    <p><strong>{ g.practice }</strong>{ " " }{ c.practice }</p>
                </section>
            }) }
            <h2>{ g.dot_heading }</h2>
            <ol>{ for g.dot_steps.iter().map(|s| html! { <li>{ *s }</li> }) }</ol>
            <h2 class="no-print">{ g.poster_heading }</h2>
            { for view.circles.iter().map(|c| html! {
                <section class="poster">
                    <p class="poster-brand">{ ui.app_name }</p>
                    <h3 class="poster-title">{ c.title }</h3>
                    <p class="poster-covers">{ c.covers }</p>
                    <p class="poster-prompt">{ c.prompt }</p>
                </section>
            }) }
        </Page>
    }
}
