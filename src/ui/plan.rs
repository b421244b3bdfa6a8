//! My plan: up to three suggestions and the person's own words, printable as a one-page plan, and
//! a calendar reminder for the next check-in made on the device.

use yew::prelude::*;

use super::app::use_store;
use super::dom;
use super::results::SuggestionCard;
use super::state::Action;
use crate::assessment::bank;
use crate::assessment::plan::{reminder_ics, MAX_NOTE_CHARS};
use crate::assessment::suggestion::fitting;
use crate::content::fill;

/// The choices offered for the next check-in, in days.
pub const REMINDER_DAYS: [u16; 3] = [7, 14, 28];

#[component]
pub fn PlanScreen() -> Html {
    let store = use_store();
    let cat = store.lang.catalog();
    let ui = cat.ui;
    let days = use_state(|| 28u16);
    let outcome = store.outcome();
    let today = dom::today();

    let chosen = store.plan.picks().iter().filter_map(|id| {
        let text = cat.suggestion(id)?;
        let store = store.clone();
        let id = id.clone();
        let onclick = Callback::from(move |_| store.dispatch(Action::TogglePlan(id.clone())));
        Some(html! {
            <li>
                <strong>{ text.action }</strong>
                <span class="detail">{ " " }{ text.detail }</span>
                <button type="button" class="small no-print" {onclick}
                    aria-label={format!("{}: {}", ui.remove, text.action)}>{ ui.remove }</button>
            </li>
        })
    });

    let mut offered: Vec<&'static str> =
        outcome.start_here.iter().map(|p| p.suggestion.id).collect();
    for ts in &outcome.scores.themes {
        if let Some(level) = ts.level {
            for s in fitting(bank::SUGGESTIONS, ts.theme, level.band()) {
                if !offered.contains(&s.id) {
                    offered.push(s.id);
                }
            }
        }
    }

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
            if let Some(d) = v.parse::<u16>().ok().filter(|d| REMINDER_DAYS.contains(d)) {
                days.set(d);
            }
        })
    };
    let on_ics = {
        let days = *days;
        Callback::from(move |_| {
            let on = today.add_days(i64::from(days)).unwrap_or(today);
            let ics = reminder_ics(today, on, ui.ics_summary, ui.ics_description);
            dom::download(
                &format!("full-cup-check-in-{}.ics", on.iso()),
                "text/calendar",
                &ics,
            );
        })
    };
    let on_print = Callback::from(|_| dom::print());
    let on_back = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::ShowResults))
    };
    let count = fill(
        ui.plan_count,
        &[("n", &store.plan.picks().len().to_string())],
    );

    html! {
        <div class="screen plan">
            <div class="plan-sheet">
                <p class="print-only print-brand">{ ui.app_name }</p>
                <h1 id="page-title" tabindex="-1">{ ui.plan_title }</h1>
                <p class="print-only">{ fill(ui.plan_made_on, &[("date", &today.iso())]) }</p>
                <p class="no-print">{ ui.plan_intro }</p>
                <p class="count no-print" aria-live="polite">{ count.clone() }</p>
                if store.plan.picks().is_empty() {
                    <p class="empty">{ ui.plan_empty }</p>
                } else {
                    <ol class="chosen">{ for chosen }</ol>
                }
                <label for="plan-note" class="note-label">{ ui.note_label }</label>
                <p id="plan-note-hint" class="hint no-print">{ ui.note_hint }</p>
                <textarea id="plan-note" rows="4" maxlength={MAX_NOTE_CHARS.to_string()}
                    aria-describedby="plan-note-hint" value={store.plan.note().to_owned()} oninput={on_note} />
                <p class="print-only print-note">{ store.plan.note() }</p>
                <p class="print-only print-promise">{ ui.results_not_diagnosis }</p>
            </div>
            <div class="actions no-print">
                <button type="button" class="primary" onclick={on_print}>{ ui.print }</button>
                <button type="button" onclick={on_back}>{ ui.back_to_results }</button>
            </div>
            <section class="reminder no-print" aria-labelledby="reminder-heading">
                <h2 id="reminder-heading">{ ui.reminder_heading }</h2>
                <label for="reminder-days">{ ui.reminder_days }</label>
                <select id="reminder-days" onchange={on_days}>
                    { for REMINDER_DAYS.iter().map(|d| html! {
                        <option value={d.to_string()} selected={*d == *days}>{ fill(ui.reminder_option, &[("n", &d.to_string())]) }</option>
                    }) }
                </select>
                <button type="button" id="download-ics" onclick={on_ics}>{ ui.download_ics }</button>
            </section>
            <section class="no-print" aria-labelledby="choose-heading">
                <h2 id="choose-heading">{ ui.plan_choose_heading }</h2>
                if store.plan_notice.is_some() { <p class="notice" role="alert">{ ui.plan_full }</p> }
                <p class="count">{ count.clone() }</p>
                <ul class="suggestions">
                    { for offered.into_iter().map(|id| html! { <SuggestionCard {id} /> }) }
                </ul>
            </section>
        </div>
    }
}
