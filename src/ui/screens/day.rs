//! The ten-second daily check: a colour for today with its line, days since a real day off and
//! since one's own recovery support. What it names is `assessment::right_now::day_notes`; it is
//! kept only when the person presses Keep.

use yew::prelude::*;

use crate::assessment::right_now::{day_notes, read_days, Colour, DayCheck};
use crate::storage::policy::Change;
use crate::ui::state::{Action, Screen};
use crate::ui::store::use_store;
use crate::ui::widgets::chrome::NavLink;
use crate::ui::widgets::keep_entry::KeepEntry;
use crate::ui::widgets::support::{ContactList, MyPeople};

#[derive(Properties, PartialEq)]
struct DaysProps {
    id: &'static str,
    label: &'static str,
    value: UseStateHandle<String>,
}

/// A count of days, typed: read strictly, with a message in the locale's words when it cannot be.
#[component]
fn Days(props: &DaysProps) -> Html {
    let store = use_store();
    let w = &store.lang.locale().ui.now;
    let value = props.value.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        value.set(
            e.target_unchecked_into::<web_sys::HtmlInputElement>()
                .value(),
        );
    });
    let bad = read_days(&props.value).is_err();
    let hint = format!("{}-hint", props.id);
    html! {
        <div class="field days">
            <label for={props.id}>{ props.label }</label>
            <input id={props.id} type="text" inputmode="numeric" autocomplete="off" size="4" maxlength="4"
                value={(*props.value).clone()} aria-describedby={hint.clone()} aria-invalid={bad.then_some("true")} {oninput} />
            <p class="hint" id={hint}>{ if bad { w.days_invalid } else { w.days_hint } }</p>
        </div>
    }
}

#[component]
pub fn DayScreen() -> Html {
    let store = use_store();
    let locale = store.lang.locale();
    let ui = locale.ui;
    let w = &ui.now;
    let colour = use_state(|| None::<Colour>);
    let days_off = use_state(String::new);
    let days_support = use_state(String::new);
    let off = read_days(&days_off).ok().flatten();
    let support = read_days(&days_support).ok().flatten();
    let readable = read_days(&days_off).is_ok() && read_days(&days_support).is_ok();
    let notes = colour.map(|c| day_notes(c, off, support));
    let on_back = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::Close))
    };
    // Today's check, changed after it was kept, is kept again in its place.
    let kept_at = use_state(|| None::<u64>);
    let keep = {
        let colour = *colour;
        let kept_at = kept_at.clone();
        Callback::from(move |(at, date)| {
            let colour = colour?;
            let at = kept_at.unwrap_or(at);
            kept_at.set(Some(at));
            readable.then_some(Change::KeepDay(DayCheck {
                at,
                date,
                colour,
                days_off: off,
                days_support: support,
            }))
        })
    };
    html! {
        <div class="screen day">
            <h1 id="page-title" tabindex="-1">{ w.day_title }</h1>
            <p class="lead">{ w.day_intro }</p>
            <fieldset class="colours">
                <legend>{ w.colour_legend }</legend>
                { for Colour::ALL.iter().map(|c| {
                    let c = *c;
                    let cw = w.colour(c);
                    let set = colour.clone();
                    let onchange = Callback::from(move |_| set.set(Some(c)));
                    html! {
                        <label class={classes!("colour", c.key())}>
                            <input type="radio" name="colour" value={c.key()} checked={*colour == Some(c)} {onchange} />
                            <span class="swatch" aria-hidden="true"></span>
                            <span><strong>{ cw.name }</strong>{ " " }{ cw.line }</span>
                        </label>
                    }
                }) }
            </fieldset>
            <Days id="days-off" label={w.days_off} value={days_off.clone()} />
            <Days id="days-support" label={w.days_support} value={days_support.clone()} />
            <div class="live day-notes" role="status">
                // Red: said here, where a screen reader hears it; the lines follow below.
                if notes.is_some_and(|n| n.support) { <p>{ w.day_support }</p> }
                if let Some(n) = notes {
                    if n.long_without_day_off { <p>{ w.long_without_day_off }</p> }
                    if n.long_without_support { <p>{ w.long_without_support }</p> }
                    if n.plan && !n.support { <p>{ w.day_plan }</p> }
                }
            </div>
            if notes.is_some_and(|n| n.support) {
                <section class="support now-support" aria-labelledby="day-support">
                    <h2 id="day-support">{ ui.support_title }</h2>
                    <MyPeople />
                    <ContactList id="day-country" />
                </section>
            }
            if notes.is_some_and(|n| n.plan) {
                <ul class="next-steps">
                    <li><NavLink screen={Screen::Now} label={w.title} /></li>
                    if store.plan_kept.is_some() {
                        <li><button type="button" onclick={{
                            let store = store.clone();
                            Callback::from(move |_| store.dispatch(Action::ShowPlan))
                        }}>{ w.my_plan }</button></li>
                    }
                </ul>
            }
            if colour.is_some() && readable {
                <KeepEntry key={format!("{:?}{:?}{:?}", *colour, off, support)} label={w.day_keep} kept={w.day_kept} change={keep} />
            }
            <div class="actions">
                <button type="button" onclick={on_back}>{ ui.back }</button>
            </div>
        </div>
    }
}
