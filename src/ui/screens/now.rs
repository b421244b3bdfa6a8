//! Right now: choose the moment, rate how hard it is, do one short tool, rate again, and what
//! next. The rules are `assessment::right_now` (`Flow`, `position`); this screen lays them out,
//! moves focus to each new step, and keeps the moment only when the person presses Keep.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use crate::assessment::right_now::{
    position, Breath, Change, Clock, Flow, Heaviness, Moment, Pace, Stage, Tool,
};
use crate::content::fill;
use crate::storage::policy::Change as StoreChange;
use crate::ui::device::{self, Ticker};
use crate::ui::state::{Action, Screen};
use crate::ui::store::use_store;
use crate::ui::widgets::chrome::NavLink;
use crate::ui::widgets::keep_entry::KeepEntry;
use crate::ui::widgets::rating::Rating;
use crate::ui::widgets::support::{ContactList, MyPeople, UsedAgainSteps};

#[component]
pub fn NowScreen() -> Html {
    let store = use_store();
    let locale = store.lang.locale();
    let ui = locale.ui;
    let w = &ui.now;
    let flow = use_state(Flow::default);
    let edit = |f: Rc<dyn Fn(&mut Flow)>| {
        let flow = flow.clone();
        move || {
            let mut next = (*flow).clone();
            f(&mut next);
            flow.set(next);
        }
    };

    // Each new step takes focus at its heading; the support panel, when it opens, before it.
    let support = flow.support_open();
    {
        let seen = use_mut_ref(|| (flow.stage, support));
        use_effect_with((flow.stage, support), move |now| {
            let before = std::mem::replace(&mut *seen.borrow_mut(), *now);
            if now.1 && !before.1 {
                device::focus("now-support");
            } else if now.0 != before.0 {
                device::focus("now-step");
            }
        });
    }

    let support_panel = support.then(|| {
        let words = if flow.not_alive {
            w.not_alive_support
        } else {
            w.heavy_support
        };
        html! {
            <section class="support now-support" aria-labelledby="now-support">
                <h2 id="now-support" tabindex="-1">{ ui.support_title }</h2>
                <p>{ words }</p>
                <MyPeople />
                <ContactList id="now-country" />
            </section>
        }
    });

    let body = match flow.stage {
        Stage::Choose => {
            html! {
                <>
                    <p class="lead">{ w.intro }</p>
                    <fieldset class="moments">
                        <legend id="now-step" tabindex="-1">{ w.moment_legend }</legend>
                        <ul class="choices moments-list">
                            { for Moment::ALL.iter().map(|m| {
                                let m = *m;
                                let words = w.moment(m);
                                let go = edit(Rc::new(move |f: &mut Flow| f.choose(m)));
                                let onclick = Callback::from(move |_| go());
                                let hint_id = format!("moment-{}-hint", m.key());
                                html! {
                                    <li>
                                        <button type="button" class="moment" id={format!("moment-{}", m.key())}
                                            aria-describedby={hint_id.clone()} {onclick}>{ words.label }</button>
                                        <p class="hint" id={hint_id}>{ words.hint }</p>
                                    </li>
                                }
                            }) }
                        </ul>
                    </fieldset>
                </>
            }
        }
        Stage::RateBefore | Stage::RateAfter => {
            let before = flow.stage == Stage::RateBefore;
            let on_rate = {
                let flow = flow.clone();
                Callback::from(move |r: Option<Heaviness>| {
                    let mut next = (*flow).clone();
                    next.rate(r);
                    flow.set(next);
                })
            };
            html! {
                <Rating key={if before { "before" } else { "after" }}
                    legend={if before { w.rate_before } else { w.rate_after }} {on_rate} />
            }
        }
        Stage::Tool(tool) => {
            let on_end = {
                let go = edit(Rc::new(|f: &mut Flow| f.end_tool()));
                Callback::from(move |_| go())
            };
            html! { <ToolRun key={tool.key()} {tool} {on_end} /> }
        }
        Stage::Next => next_step(
            &store,
            &flow,
            edit(Rc::new(|f: &mut Flow| f.try_another())),
            edit(Rc::new(|f: &mut Flow| f.again())),
        ),
    };
    // Thoughts of not wanting to be alive can be said at every step, until they are.
    let not_alive = (!flow.not_alive).then(|| {
        let go = edit(Rc::new(|f: &mut Flow| f.say_not_alive()));
        let onclick = Callback::from(move |_| go());
        html! {
            <p><button type="button" class="link not-alive" id="not-alive" {onclick}>{ w.not_alive }</button></p>
        }
    });

    html! {
        <div class="screen now">
            <h1 id="page-title" tabindex="-1">{ w.title }</h1>
            // Each in a place of its own, so that the support panel appearing never makes yew
            // rebuild the tool below it (a running timer would start again).
            <div class="now-support-slot">{ for support_panel }</div>
            <div class="now-body">{ body }</div>
            <div class="now-alive-slot">{ for not_alive }</div>
        </div>
    }
}

/// What next: the comparison, a word for the moment, another tool, the person's people, Get help
/// now, keeping, and finishing.
fn next_step(
    store: &crate::ui::store::Store,
    flow: &UseStateHandle<Flow>,
    another: impl Fn() + 'static,
    again: impl Fn() + 'static,
) -> Html {
    let locale = store.lang.locale();
    let ui = locale.ui;
    let w = &ui.now;
    let n = |h: Option<Heaviness>| h.map_or(ui.no_value.to_owned(), |h| h.get().to_string());
    let change = match flow.change() {
        Change::Lower => fill(
            w.change_lower,
            &[("before", &n(flow.before)), ("after", &n(flow.after))],
        ),
        Change::Same => w.change_same.to_owned(),
        Change::Higher => w.change_higher.to_owned(),
        Change::Unrated => w.change_unrated.to_owned(),
    };
    let another_tool = flow.another();
    let on_another = Callback::from(move |_| another());
    let on_again = Callback::from(move |_| again());
    let on_plan = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::ShowPlan))
    };
    let on_finish = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::Close))
    };
    let keep = {
        let flow = flow.clone();
        Callback::from(move |(at, date)| {
            let record = flow.record(at, date)?;
            // Kept again after another tool, the same record is replaced.
            let mut next = (*flow).clone();
            next.kept_at = Some(record.at);
            flow.set(next);
            Some(StoreChange::KeepMoment(record))
        })
    };
    html! {
        <section class="now-next" aria-labelledby="now-step">
            <h2 id="now-step" tabindex="-1">{ w.next_heading }</h2>
            <p class="change">{ change }</p>
            if flow.moment == Some(Moment::Craving) {
                <p>{ w.craving_counts }</p>
                <p>{ w.used_again }</p>
                <UsedAgainSteps />
            }
            if flow.moment == Some(Moment::Loss) { <p>{ w.loss_after }</p> }
            <ul class="next-steps">
                if let Some(t) = another_tool {
                    <li><button type="button" id="now-another" onclick={on_another}>
                        { fill(w.another, &[("tool", w.tool(t).name)]) }
                    </button></li>
                }
                if store.plan_kept.is_some() {
                    <li><button type="button" id="now-plan" onclick={on_plan}>{ w.my_plan }</button></li>
                }
                <li><NavLink screen={Screen::Help} label={ui.get_help} /></li>
            </ul>
            if !flow.support_open() { <MyPeople /> }
            <KeepEntry key={flow.done.len().to_string()} label={w.keep} kept={w.kept} hint={Some(w.keep_hint)} change={keep} />
            <p class="finished">{ w.finished }</p>
            <div class="actions">
                <button type="button" class="primary" id="now-finish" onclick={on_finish}>{ w.finish }</button>
                <button type="button" id="now-again" onclick={on_again}>{ w.again }</button>
            </div>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ToolRunProps {
    tool: Tool,
    on_end: Callback<()>,
}

/// One tool: what it is and how long, then its steps, timed (Start, Pause, Carry on) or as a
/// checklist; "Stop here" at any time. A timer reads the clock, so a tab in the background is
/// where it should be when looked at again; only a new step is announced, never the seconds.
#[component]
fn ToolRun(props: &ToolRunProps) -> Html {
    let store = use_store();
    let w = &store.lang.locale().ui.now;
    let tool = props.tool;
    let words = w.tool(tool);
    let clock = use_state(|| None::<Clock>);
    let now = use_state(|| device::now_ms().max(0.0) as u64);
    let ticker: Rc<RefCell<Option<Ticker>>> = use_mut_ref(|| None);
    let checked = use_state(|| vec![false; tool.steps()]);

    let tick = {
        let now = now.clone();
        move || now.set(device::now_ms().max(0.0) as u64)
    };
    let running = clock.as_ref().is_some_and(|c| !c.paused());
    let at = clock.map(|c| c.elapsed_ms(*now));
    let pos = at.and_then(|ms| position(tool, ms));
    let done = pos.is_some_and(|p| p.done);
    // At the end, "Go on" takes the place of Pause: focus goes to it.
    use_effect_with(done, |done| {
        if *done {
            device::focus("tool-done");
        }
    });
    {
        // One ticker while the timer runs; none once paused, done or gone.
        let ticker = ticker.clone();
        let tick = tick.clone();
        use_effect_with(running && !done, move |on| {
            *ticker.borrow_mut() = if *on {
                Ticker::every_second(tick)
            } else {
                None
            };
            let ticker = ticker.clone();
            move || {
                ticker.borrow_mut().take();
            }
        });
    }
    let on_start = {
        let clock = clock.clone();
        let tick = tick.clone();
        Callback::from(move |_| {
            clock.set(Some(Clock::start(device::now_ms().max(0.0) as u64)));
            tick();
        })
    };
    let on_pause = {
        let clock = clock.clone();
        let tick = tick.clone();
        Callback::from(move |_| {
            if let Some(mut c) = *clock {
                let t = device::now_ms().max(0.0) as u64;
                if c.paused() {
                    c.resume(t);
                } else {
                    c.pause(t);
                }
                clock.set(Some(c));
                tick();
            }
        })
    };
    let on_end = {
        let on_end = props.on_end.clone();
        Callback::from(move |_| on_end.emit(()))
    };
    let about = match tool.pace() {
        Pace::Timed(_) => store
            .lang
            .locale()
            .count(&w.about_minutes, tool.minutes() as usize, &[]),
        Pace::Checklist(_) => w.checklist_pace.to_owned(),
    };
    let steps_view = match tool.pace() {
        Pace::Checklist(_) => html! {
            <>
                <ul class="checklist">
                    { for words.steps.iter().enumerate().map(|(i, s)| {
                        let is_checked = checked.get(i).copied().unwrap_or(false);
                        let checked = checked.clone();
                        let onchange = Callback::from(move |_| {
                            let mut next = (*checked).clone();
                            if let Some(c) = next.get_mut(i) { *c = !*c; }
                            checked.set(next);
                        });
                        html! {
                            <li><label><input type="checkbox" checked={is_checked} {onchange} /><span>{ *s }</span></label></li>
                        }
                    }) }
                </ul>
                <div class="actions">
                    <button type="button" class="primary" id="tool-done" onclick={on_end.clone()}>{ w.checklist_done }</button>
                </div>
            </>
        },
        Pace::Timed(_) => {
            let status = match (clock.as_ref(), pos) {
                (Some(c), Some(_)) if c.paused() => w.paused.to_owned(),
                (_, Some(p)) if p.done => w.finished_tool.to_owned(),
                (_, Some(p)) => words
                    .steps
                    .get(p.step)
                    .copied()
                    .unwrap_or_default()
                    .to_owned(),
                _ => String::new(),
            };
            let total = tool.steps();
            html! {
                <>
                    // Announced when it changes: a new step, a pause, the end; never the seconds.
                    <p class="tool-step live" role="status" id="tool-step">{ status }</p>
                    if let Some(p) = pos {
                        <p class="tool-progress">
                            <span>{ fill(w.step_of, &[("n", &(p.step + 1).to_string()), ("total", &total.to_string())]) }</span>
                            { " · " }
                            <span class="time-left">{ fill(w.time_left, &[("time", &format!("{}:{:02}", p.seconds_left / 60, p.seconds_left % 60))]) }</span>
                        </p>
                        if let Some((breath, left)) = p.breath {
                            <div class={classes!("breath", if breath == Breath::In { "in" } else { "out" }, clock.is_some_and(|c| c.paused()).then_some("paused"))}>
                                <span class="breath-circle" aria-hidden="true"></span>
                                <span class="breath-word">{ if breath == Breath::In { w.breathe_in } else { w.breathe_out } }{ " " }{ left }</span>
                            </div>
                        }
                    }
                    <div class="actions">
                        if clock.is_none() {
                            <button type="button" class="primary" id="tool-start" key="start" onclick={on_start}>{ w.start }</button>
                        } else if done {
                            <button type="button" class="primary" id="tool-done" key="done" onclick={on_end.clone()}>{ w.rate_go_on }</button>
                        } else {
                            <button type="button" id="tool-pause" key="pause" onclick={on_pause}>
                                { if clock.is_some_and(|c| c.paused()) { w.resume } else { w.pause } }
                            </button>
                        }
                    </div>
                </>
            }
        }
    };
    html! {
        <section class={classes!("tool", tool.key())} aria-labelledby="now-step">
            <h2 id="now-step" tabindex="-1">{ words.name }</h2>
            <p>{ words.about }{ " " }<span class="hint">{ about }</span></p>
            { steps_view }
            if !done {
                <p><button type="button" class="link" id="tool-stop" onclick={on_end}>{ w.stop }</button></p>
            }
        </section>
    }
}
