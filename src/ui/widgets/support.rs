//! The support panel: a calm message and crisis contacts, shown whenever a safety signal is raised.

use yew::prelude::*;

use crate::assessment::SafetySignal;
use crate::present::pages::contacts;
use crate::ui::store::{use_settings, use_store};

/// The crisis and support lines this copy is set up with, each a tap-to-call link.
#[component]
pub fn ContactList() -> Html {
    let store = use_store();
    let settings = use_settings();
    let locale = store.lang.locale();
    html! {
        <ul class="contacts">
            { for contacts(locale, &settings).into_iter().map(|c| html! {
                <li>
                    if let Some(region) = c.region.clone() { <span class="region">{ region }</span> }
                    <span class="name">{ c.name }</span>
                    if let Some((number, link)) = c.call { <a class="number" href={link}>{ number }</a> }
                    if let Some(sms) = c.text { <a class="number text" href={sms}>{ locale.ui.text_us }</a> }
                    if let Some(web) = c.web {
                        <a class="number web" href={web.clone()} rel="noopener noreferrer" target="_blank">{ web }</a>
                    }
                    if let Some(hours) = c.hours { <span class="note">{ hours }</span> }
                    if let Some(note) = c.note { <span class="note">{ note }</span> }
                </li>
            }) }
        </ul>
    }
}

/// The same lines for a printed page: names and numbers to read, no links.
#[component]
pub fn PrintedContacts() -> Html {
    let store = use_store();
    let settings = use_settings();
    html! {
        <ul class="contacts">
            { for contacts(store.lang.locale(), &settings).into_iter().map(|c| html! {
                <li>
                    if let Some(region) = c.region.clone() { <span class="region">{ region }</span> }
                    <span class="name">{ c.name }</span>
                    if let Some((number, _)) = c.call { <span class="number">{ number }</span> }
                    if let Some(web) = c.web { <span class="number">{ web }</span> }
                </li>
            }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
pub struct SupportProps {
    pub signals: Vec<SafetySignal>,
    /// Shown next to the question that raised it, rather than leading the results.
    #[prop_or_default]
    pub inline: bool,
    /// The id of the panel's title, unique on the page: the safety page can show several panels.
    #[prop_or(AttrValue::Static("support-title"))]
    pub title_id: AttrValue,
}

#[component]
pub fn SupportPanel(props: &SupportProps) -> Html {
    let store = use_store();
    let ui = store.lang.locale().ui;
    let messages = props.signals.iter().map(|s| match s {
        SafetySignal::AcuteDistress => ui.support_distress,
        SafetySignal::RelapseRisk => ui.support_relapse,
    });
    html! {
        <section class={classes!("support", props.inline.then_some("inline"))} aria-labelledby={props.title_id.clone()}>
            if props.inline {
                <p class="support-title" id={props.title_id.clone()}>{ ui.inline_support }</p>
            } else {
                <h2 id={props.title_id.clone()}>{ ui.support_title }</h2>
                { for messages.map(|m| html! { <p>{ m }</p> }) }
            }
            <h3>{ ui.support_contacts }</h3>
            <ContactList />
            <p class="emergency">{ ui.emergency_note }</p>
        </section>
    }
}
