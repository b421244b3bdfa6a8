//! The welcome screen: the privacy promise, "not a diagnosis", time needed, full or quick.

use yew::prelude::*;

use crate::assessment::Length;
use crate::present::pages::full_description;
use crate::ui::state::{Action, Screen};
use crate::ui::store::{act, use_launch, use_settings, use_store};
use crate::ui::widgets::chrome::NavLink;

#[component]
pub fn WelcomeScreen() -> Html {
    let store = use_store();
    let settings = use_settings();
    let launch = use_launch();
    let ui = store.lang.locale().ui;
    let start = |length: Length| {
        let store = store.clone();
        Callback::from(move |_| act(&store, Action::Start(length)))
    };
    let card = |length: Length, title: &'static str, desc: &str, button: &'static str| {
        let preferred = settings.length == Some(length);
        html! {
            <li class={classes!("choice", preferred.then_some("preferred"))}>
                <h3>{ title }</h3>
                <p>{ desc }</p>
                <button type="button" class="primary" id={format!("start-{}", length.key())}
                    onclick={start(length)}>{ button }</button>
            </li>
        }
    };
    let mut cards = vec![card(
        Length::Full,
        ui.full_title,
        &full_description(store.lang.locale()),
        ui.start_full,
    )];
    if settings.offers(Length::Pulse) {
        cards.push(card(
            Length::Pulse,
            ui.pulse_title,
            ui.pulse_desc,
            ui.start_pulse,
        ));
        if settings.length == Some(Length::Pulse) {
            cards.reverse();
        }
    }
    let resume = store.resumable.as_ref().map(|_| {
        let on_resume = {
            let store = store.clone();
            Callback::from(move |_| store.dispatch(Action::Resume))
        };
        let on_restart = {
            let store = store.clone();
            Callback::from(move |_| act(&store, Action::Restart))
        };
        html! {
            <div class="notice" role="status">
                <p>{ ui.resume_notice }</p>
                <div class="actions">
                    <button type="button" class="primary" onclick={on_resume}>{ ui.resume }</button>
                    <button type="button" onclick={on_restart}>{ ui.start_over }</button>
                </div>
            </div>
        }
    });
    let ignored = launch.options_ignored.then_some(ui.link_ignored);
    let open_plan = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::ShowPlan))
    };
    html! {
        <div class="screen welcome">
            <h1 id="page-title" tabindex="-1">{ ui.welcome_title }</h1>
            <p class="lead">{ ui.welcome_lead }</p>
            if let Some(text) = ignored { <p class="notice" role="status" id="link-notice">{ text }</p> }
            if launch.lost_progress && store.resumable.is_none() {
                <p class="notice" role="status" id="progress-notice">{ ui.progress_unreadable }</p>
            }
            { for resume }
            <div class="promise">
                <p><strong>{ ui.privacy_sentence }</strong>{ " " }
                    <NavLink screen={Screen::Privacy} label={ui.privacy_more} /></p>
                <p>{ ui.not_diagnosis }</p>
            </div>
            <h2>{ ui.choose_heading }</h2>
            <ul class="choices">{ for cards }</ul>
            // Between check-ins: a hard moment, and the ten-second check (Right now is in the header
            // too).
            <p class="between-links">
                <NavLink screen={Screen::Now} label={ui.now.welcome_now} />
                <NavLink screen={Screen::Day} label={ui.now.welcome_day} />
            </p>
            // A plan kept on the device is one step away.
            if store.plan_kept.is_some() {
                <p class="kept-plan-link">
                    <button type="button" id="open-plan" onclick={open_plan}>{ ui.plan.open_kept }</button>
                </p>
            }
        </div>
    }
}
