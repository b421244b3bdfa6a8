//! The support panel: a calm message and crisis contacts, shown whenever a safety signal is raised
//! (or support is offered gently), and the return-to-use path on Get help now.

use yew::prelude::*;

use crate::assessment::SafetySignal;
use crate::content::fill;
use crate::present::pages::{lines, ContactView, LinesView};
use crate::present::plan_pages::dial_links;
use crate::present::results::SupportView;
use crate::storage::country;
use crate::ui::device;
use crate::ui::state::Action;
use crate::ui::store::{use_settings, use_store};

#[derive(Properties, PartialEq)]
pub struct ContactListProps {
    /// The id of the country choice, unique on the page (the safety page can show several lists).
    #[prop_or(AttrValue::Static("country"))]
    pub id: AttrValue,
}

/// One contact: where, who, a tap to call or text (or a number to dial by hand), and notes.
fn contact_item(c: &ContactView, text_us: &'static str) -> Html {
    html! {
        <li>
            if let Some(region) = c.region.clone() { <span class="region">{ region }</span> }
            <span class="name">{ c.name.clone() }</span>
            if let Some((number, link)) = c.call.clone() { <a class="number" href={link}>{ number }</a> }
            if let Some(number) = c.by_hand.clone() { <span class="number">{ number }</span> }
            if let Some(sms) = c.text.clone() { <a class="number text" href={sms}>{ text_us }</a> }
            if let Some(web) = c.web.clone() {
                <a class="number web" href={web.clone()} rel="noopener noreferrer" target="_blank">{ web }</a>
            }
            if let Some(hours) = c.hours.clone() { <span class="note">{ hours }</span> }
            if let Some(note) = c.note.clone() { <span class="note">{ note }</span> }
            if let Some(by) = c.added_by.clone() { <span class="note added-by">{ by }</span> }
        </li>
    }
}

/// The person's own people, first, once their plan is kept: a tap to call or text each one whose
/// way of reaching them is a number (nothing is shown before the plan is kept).
#[component]
pub fn MyPeople() -> Html {
    let store = use_store();
    let p = &store.lang.locale().ui.plan;
    if store.plan_kept.is_none() || store.plan.named_people().next().is_none() {
        return Html::default();
    }
    html! {
        <div class="my-people">
            <h3>{ p.help_people }</h3>
            <ul class="contacts">
                { for store.plan.named_people().map(|person| {
                    let name = if person.name.trim().is_empty() { p.this_person.to_owned() } else { person.name.trim().to_owned() };
                    html! {
                        <li>
                            <span class="name" dir="auto">{ name.clone() }</span>
                            if let Some((tel, sms)) = dial_links(&person.reach) {
                                <a class="number" href={tel}>{ fill(p.call, &[("name", &name)]) }</a>
                                <a class="number text" href={sms}>{ fill(p.text, &[("name", &name)]) }</a>
                            } else if !person.reach.trim().is_empty() {
                                <span class="note" dir="auto">{ person.reach.trim().to_owned() }</span>
                            }
                            if !person.ask.trim().is_empty() { <span class="note" dir="auto">{ person.ask.trim().to_owned() }</span> }
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}

/// The crisis and support lines for the country the person chooses: a choice of country, its
/// emergency number, its lines (each a tap to call), a directory where no line is known, and the
/// other countries' lines behind a closed disclosure.
#[component]
pub fn ContactList(props: &ContactListProps) -> Html {
    let store = use_store();
    let settings = use_settings();
    let locale = store.lang.locale();
    let ui = locale.ui;
    let view = lines(locale, &settings, store.country.as_deref());
    let onchange = {
        let store = store.clone();
        let keep = !settings.scorm;
        Callback::from(move |e: Event| {
            let code = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            // In an LMS package the tab's storage belongs to the LMS's site: nothing is left there.
            if keep {
                device::session_set(country::KEY, &code);
                device::keep_country(&code);
            }
            store.dispatch(Action::ChooseCountry(code));
        })
    };
    html! {
        <div class="lines">
            <p class="country-choice">
                <label for={props.id.clone()}>{ ui.country_label }</label>
                <select id={props.id.clone()} {onchange}>
                    { for view.choices.iter().map(|(code, name)| html! {
                        <option value={code.clone()} selected={*code == view.country}>{ name.clone() }</option>
                    }) }
                </select>
            </p>
            if let Some((words, tel)) = &view.emergency {
                <p class="emergency">{ &words.before }<a class="number" href={tel.clone()}>{ &words.inner }</a>{ &words.after }</p>
            } else {
                <p class="emergency">{ ui.emergency_note }</p>
            }
            if let Some((text, url)) = view.none_known {
                <p class="none-known">{ text }{ " " }
                    <a href={url} rel="noopener noreferrer" target="_blank">{ url.trim_start_matches("https://") }</a>
                </p>
            }
            if !view.first.is_empty() {
                <ul class="contacts">{ for view.first.iter().map(|c| contact_item(c, ui.text_us)) }</ul>
            }
            if !view.others.is_empty() {
                <details class="other-countries">
                    <summary>{ ui.other_countries }</summary>
                    <ul class="contacts">{ for view.others.iter().map(|c| contact_item(c, ui.text_us)) }</ul>
                </details>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct PrintedContactsProps {
    /// From the printed page's view model ([`crate::present::paper`], [`crate::present::guide`]).
    pub lines: LinesView,
}

/// The lines of a printed page, for the country chosen (or this copy's): its emergency number,
/// names and numbers to read, no links, and the directory where no crisis line is known.
#[component]
pub fn PrintedContacts(props: &PrintedContactsProps) -> Html {
    let store = use_store();
    let locale = store.lang.locale();
    let view = &props.lines;
    html! {
        <>
            if let Some((words, _)) = &view.emergency {
                <p class="emergency">{ &words.before }<span class="number">{ &words.inner }</span>{ &words.after }</p>
            } else {
                <p class="emergency">{ locale.ui.emergency_note }</p>
            }
            if let Some((text, url)) = view.none_known {
                <p class="none-known">{ text }{ " " }<span class="number">{ url.trim_start_matches("https://") }</span></p>
            }
            <ul class="contacts">
                { for view.first.iter().map(|c| html! {
                    <li>
                        if let Some(region) = c.region.clone() { <span class="region">{ region }</span> }
                        <span class="name">{ c.name.clone() }</span>
                        if let Some((number, _)) = c.call.clone() { <span class="number">{ number }</span> }
                        if let Some(number) = c.by_hand.clone() { <span class="number">{ number }</span> }
                        if let Some(web) = c.web.clone() { <span class="number">{ web }</span> }
                    </li>
                }) }
            </ul>
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct SupportProps {
    /// What the panel says on the results ([`crate::present::results::support`]); `None` beside a
    /// safety question as it is answered, where a line of thanks leads the contacts.
    #[prop_or_default]
    pub view: Option<SupportView>,
    /// Beside a safety question: the kind of signal its answer raises (the line of thanks differs).
    #[prop_or_default]
    pub signal: Option<SafetySignal>,
    /// The id of the panel's title, unique on the page: the safety page can show several panels.
    #[prop_or(AttrValue::Static("support-title"))]
    pub title_id: AttrValue,
}

#[component]
pub fn SupportPanel(props: &SupportProps) -> Html {
    let store = use_store();
    let ui = store.lang.locale().ui;
    let inline = props.view.is_none();
    html! {
        <section class={classes!("support", inline.then_some("inline"))} aria-labelledby={props.title_id.clone()}>
            if let Some(view) = &props.view {
                <h2 id={props.title_id.clone()}>{ view.title }</h2>
                { for view.paragraphs.iter().map(|p| html! { <p>{ *p }</p> }) }
            } else {
                <p class="support-title" id={props.title_id.clone()}>{
                    if props.signal == Some(SafetySignal::RelapseRisk) { ui.inline_support_relapse } else { ui.inline_support }
                }</p>
            }
            <MyPeople />
            <h3>{ ui.support_contacts }</h3>
            <ContactList id={format!("{}-country", props.title_id)} />
            if let Some(view) = &props.view {
                if let Some(intro) = view.path_intro {
                    <h3>{ ui.used_again_heading }</h3>
                    <p>{ intro }</p>
                    <ul class="steps">{ for view.steps.iter().map(|s| html! { <li>{ *s }</li> }) }</ul>
                }
                if view.lapse_path_closed { <UsedAgainSteps /> }
            }
        </section>
    }
}

/// The return-to-use path on Get help now, closed until opened: what to do after drinking or
/// using again.
#[component]
pub fn UsedAgainSteps() -> Html {
    let store = use_store();
    let ui = store.lang.locale().ui;
    html! {
        <details class="used-again">
            <summary>{ ui.used_again_heading }</summary>
            <p>{ ui.used_again_intro }</p>
            <ul class="steps">{ for ui.used_again_steps.iter().map(|s| html! { <li>{ *s }</li> }) }</ul>
        </details>
    }
}
