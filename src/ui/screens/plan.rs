//! My plan: up to three suggestions and the person's own words, printable as a one-page plan, and
//! a calendar reminder for the next check-in made on the device. Everything shown comes from
//! [`crate::present::plan`].

use yew::prelude::*;

use crate::assessment::plan::MAX_NOTE_CHARS;
use crate::present::plan::{plan, plan_full, reminder, DEFAULT_REMINDER_DAYS};
use crate::ui::device;
use crate::ui::state::Action;
use crate::ui::store::{use_launch, use_store};
use crate::ui::widgets::chrome::NewTabLink;
use crate::ui::widgets::suggestion_card::{IdeasGroup, SuggestionCard};

#[component]
pub fn PlanScreen() -> Html {
    let store = use_store();
    let launch = use_launch();
    let locale = store.lang.locale();
    let ui = locale.ui;
    let days = use_state(|| DEFAULT_REMINDER_DAYS);
    let today = device::today();
    let view = plan(locale, &store.outcome(), &store.plan, today);

    let chosen = view.chosen.iter().map(|c| {
        let store = store.clone();
        let id = c.id.clone();
        let onclick = Callback::from(move |_| store.dispatch(Action::TogglePlan(id.clone())));
        html! {
            <li>
                <strong>{ c.action }</strong>
                <span class="detail">{ " " }{ c.detail }</span>
                <button type="button" class="small no-print" {onclick}
                    aria-label={c.remove_label.clone()}>{ ui.remove }</button>
            </li>
        }
    });

    let on_note = {
        let store = store.clone();
        Callback::from(move |e: InputEvent| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                .value();
            store.dispatch(Action::SetNote(value));
        })
    };
    let on_days = {
        let days = days.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Ok(d) = v.parse::<u16>() {
                days.set(d);
            }
        })
    };
    let on_ics = {
        let days = *days;
        Callback::from(move |_| {
            let (name, ics) = reminder(locale, today, days);
            device::download(&name, "text/calendar", &ics);
        })
    };
    let on_print = Callback::from(|_| device::print());
    let on_back = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::ShowResults))
    };

    html! {
        <div class="screen plan">
            <div class="plan-sheet">
                <p class="print-only print-brand">{ ui.app_name }</p>
                <h1 id="page-title" tabindex="-1">{ ui.plan_title }</h1>
                <p class="print-only">{ &view.made_on }</p>
                <p class="no-print">{ ui.plan_intro }</p>
                <p class="count no-print" aria-live="polite">{ &view.count }</p>
                if view.chosen.is_empty() {
                    <p class="empty">{ ui.plan_empty }</p>
                } else {
                    <ol class="chosen">{ for chosen }</ol>
                }
                <label for="plan-note" class="note-label">{ ui.note_label }</label>
                <p id="plan-note-hint" class="hint no-print">{ ui.note_hint }</p>
                // A person's own words take their own direction, whatever the page's.
                <textarea id="plan-note" dir="auto" rows="4" maxlength={MAX_NOTE_CHARS.to_string()}
                    aria-describedby="plan-note-hint" value={store.plan.note().to_owned()} oninput={on_note} />
                <p class="print-only print-note" dir="auto">{ store.plan.note() }</p>
                <p class="print-only print-promise">{ ui.results_not_diagnosis }</p>
            </div>
            if launch.framed {
                <p class="notice no-print" id="framed-print">{ ui.framed_print }{ " " }<NewTabLink /></p>
            }
            <div class="actions no-print">
                <button type="button" class="primary" onclick={on_print}>{ ui.print }</button>
                <button type="button" onclick={on_back}>{ ui.back_to_results }</button>
            </div>
            <section class="reminder no-print" aria-labelledby="reminder-heading">
                <h2 id="reminder-heading">{ ui.reminder_heading }</h2>
                <label for="reminder-days">{ ui.reminder_days }</label>
                <select id="reminder-days" onchange={on_days}>
                    { for view.reminder_choices.iter().map(|(d, words)| html! {
                        <option value={d.to_string()} selected={*d == *days}>{ words }</option>
                    }) }
                </select>
                <button type="button" id="download-ics" onclick={on_ics}>{ ui.download_ics }</button>
            </section>
            <section class="no-print" aria-labelledby="choose-heading">
                <h2 id="choose-heading">{ ui.plan_choose_heading }</h2>
                if store.plan_notice.is_some() { <p class="notice" role="alert">{ plan_full(locale) }</p> }
                <p class="count">{ &view.count }</p>
                if !view.start_here.is_empty() {
                    <h3>{ ui.start_here_heading }</h3>
                    <ul class="suggestions">
                        { for view.start_here.iter().map(|&id| html! { <SuggestionCard {id} level={4} /> }) }
                    </ul>
                }
                // Every other idea, one closed group a theme, the person's priorities first: no
                // wall of ideas below the plan.
                if !view.groups.is_empty() {
                    <h3>{ ui.all_suggestions_heading }</h3>
                }
                { for view.groups.iter().map(|group| html! {
                    <IdeasGroup summary={group.summary.clone()} ids={group.ids.clone()} />
                }) }
            </section>
        </div>
    }
}
