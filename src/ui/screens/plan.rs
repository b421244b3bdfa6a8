//! My plan: a plan that lasts, started from the check-in. Each part of it is a closed section
//! with its count (what helps open first), ready choices and the person's own words; the plan
//! can be kept on the device (the same opt-in as history), printed or copied as three pages (the
//! whole plan, the page for a supervisor, the page for the person's people), and reviewed on a
//! date with a calendar reminder. Everything shown comes from [`crate::present::plan`] and
//! [`crate::present::plan_pages`].

use yew::prelude::*;

use crate::assessment::plan::{PlanEdit, MAX_FIELD_CHARS, MAX_NOTE_CHARS, MAX_PEOPLE};
use crate::assessment::{ChipKind, Date, PersonField, PlanText};
use crate::present::messages::plan_not_kept;
use crate::present::pages::lines;
use crate::present::plan::{plan, plan_full, reminder, DEFAULT_REMINDER_DAYS};
use crate::present::plan_pages::{
    chip_words, dial_links, page, plain_text, remove_person_label, review_reminder,
    review_suggested, reviewed, shows, suggested_review_days, Page as PlanPage, View,
};
use crate::storage::history::{KeptPlan, OnDevice};
use crate::storage::policy::{Change, WriteError};
use crate::ui::device;
use crate::ui::state::Action;
use crate::ui::store::{use_launch, use_settings, use_store};
use crate::ui::widgets::chrome::NewTabLink;
use crate::ui::widgets::suggestion_card::{IdeasGroup, SuggestionCard};
use crate::ui::widgets::support::ContactList;

#[derive(Properties, PartialEq)]
struct TextProps {
    which: PlanText,
    label: &'static str,
    #[prop_or_default]
    hint: Option<&'static str>,
}

/// A text of the person's own, in their own direction.
#[component]
fn OwnWords(props: &TextProps) -> Html {
    let store = use_store();
    let which = props.which;
    let id = format!("plan-{which:?}").to_lowercase();
    let hint_id = format!("{id}-hint");
    let oninput = {
        let store = store.clone();
        Callback::from(move |e: InputEvent| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                .value();
            store.dispatch(Action::EditPlan(PlanEdit::Text(which, value)));
        })
    };
    html! {
        <div class="own-words">
            <label for={id.clone()}>{ props.label }</label>
            if let Some(hint) = props.hint { <p id={hint_id.clone()} class="hint">{ hint }</p> }
            <textarea id={id} dir="auto" rows="2" maxlength={MAX_NOTE_CHARS.to_string()}
                aria-describedby={props.hint.map(|_| hint_id)}
                value={store.plan.text(which).to_owned()} {oninput} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ChipsProps {
    kind: ChipKind,
    /// The id of the heading that names the group.
    labelled_by: AttrValue,
}

/// A section's ready choices: each a toggle button, pressed when chosen.
#[component]
fn Chips(props: &ChipsProps) -> Html {
    let store = use_store();
    let locale = store.lang.locale();
    let kind = props.kind;
    html! {
        <ul class="chips" role="list" aria-labelledby={props.labelled_by.clone()}>
            { for kind.chips().iter().map(|c| {
                let pressed = store.plan.has_chip(kind, c.id);
                let new = store.plan_new.contains(&c.id);
                let onclick = {
                    let store = store.clone();
                    let id = c.id.to_owned();
                    Callback::from(move |_| store.dispatch(Action::EditPlan(PlanEdit::Chip(kind, id.clone()))))
                };
                html! {
                    <li><button type="button" class="chip" id={format!("chip-{}", c.id)}
                        aria-pressed={pressed.to_string()} {onclick}>{ chip_words(locale, kind, c.id) }
                        if new { <span class="chip-new">{ " – " }{ locale.ui.plan.new_from_check_in }</span> }
                    </button></li>
                }
            }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
struct PartProps {
    id: AttrValue,
    heading: &'static str,
    /// What the section holds, counted ("2 filled in"), or nothing when empty.
    filled: usize,
    #[prop_or_default]
    open: bool,
    children: Html,
}

/// One part of the plan: a closed section whose summary says how much it holds.
#[component]
fn Part(props: &PartProps) -> Html {
    let store = use_store();
    let locale = store.lang.locale();
    let count = (props.filled > 0).then(|| locale.count(&locale.ui.plan.filled, props.filled, &[]));
    html! {
        <details class="plan-part" id={props.id.clone()} open={props.open}>
            <summary>
                <h2 class="part-heading" id={format!("{}-heading", props.id)}>{ props.heading }</h2>
                if let Some(c) = count { <span class="part-count">{ c }</span> }
            </summary>
            <div class="part-body">{ props.children.clone() }</div>
        </details>
    }
}

/// A text of the person's own in a simple part: which, its label, and a hint if any.
type TextSpec = (PlanText, &'static str, Option<&'static str>);

#[derive(Properties, PartialEq, Clone)]
struct SimpleProps {
    id: &'static str,
    heading: &'static str,
    #[prop_or_default]
    hint: Option<&'static str>,
    #[prop_or_default]
    chips: Option<ChipKind>,
    texts: Vec<TextSpec>,
    /// Open from the start: it holds suggestions from a new check-in to review.
    #[prop_or_default]
    open: bool,
}

/// A part made only of ready choices and texts of the person's own: one code path for all of
/// them (every `html!` costs the download).
#[component]
fn SimplePart(props: &SimpleProps) -> Html {
    let store = use_store();
    let plan = &store.plan;
    let filled = props.chips.map_or(0, |k| plan.chosen(k).len())
        + props
            .texts
            .iter()
            .filter(|(t, _, _)| !plan.text(*t).trim().is_empty())
            .count();
    html! {
        <Part id={props.id} heading={props.heading} {filled} open={props.open}>
            if let Some(hint) = props.hint { <p class="hint">{ hint }</p> }
            if let Some(kind) = props.chips {
                <Chips {kind} labelled_by={format!("{}-heading", props.id)} />
            }
            { for props.texts.iter().map(|(which, label, hint)| html! {
                <OwnWords which={*which} label={*label} hint={*hint} />
            }) }
        </Part>
    }
}

/// One printed page made from the plan.
fn printed(p: &PlanPage, app_name: &'static str) -> Html {
    let class = match p.view {
        View::Mine => "print-view mine",
        View::Supervisor => "print-view supervisor",
        View::People => "print-view people",
    };
    html! {
        <div class={class}>
            if p.branded { <p class="print-brand">{ app_name }</p> }
            <h2 class="print-title">{ p.title }</h2>
            <p>{ &p.made_on }</p>
            if let Some(shows) = p.shows { <p class="print-shows">{ shows }</p> }
            { for p.parts.iter().map(|part| html! {
                <section class="print-part">
                    if part.titled { <h3>{ part.heading }</h3> }
                    <ul>
                        // The person's own words take their own direction inside the item, which
                        // keeps the page's (its bullet stays on the page's side).
                        { for part.lines.iter().map(|l| html! {
                            <li>
                                if let Some(label) = l.label { <strong>{ label }{ ": " }</strong> }
                                if l.own { <bdi>{ &l.text }</bdi> } else { { &l.text } }
                            </li>
                        }) }
                    </ul>
                </section>
            }) }
            if let Some(footer) = p.footer { <p class="print-promise">{ footer }</p> }
        </div>
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Copied {
    Not,
    Done,
    Failed,
}

#[component]
pub fn PlanScreen() -> Html {
    let store = use_store();
    let settings = use_settings();
    let launch = use_launch();
    let locale = store.lang.locale();
    let ui = locale.ui;
    let p = &ui.plan;
    let days = use_state(|| DEFAULT_REMINDER_DAYS);
    let letter = use_state(|| false);
    let print_view = use_state(|| (0u32, View::Mine));
    let copied = use_state(|| Copied::Not);
    let keep_error = use_state(|| None::<WriteError>);
    let forgotten = use_state(|| false);
    let today = device::today();
    let outcome = store.outcome();
    let view = plan(locale, &outcome, &store.plan, today);
    let lines_view = lines(locale, &settings, store.country.as_deref());
    let pages: Vec<PlanPage> = View::ALL
        .iter()
        .map(|v| page(locale, &store.plan, *v, today, &lines_view, *letter))
        .collect();

    // Print the chosen page once it is the one on the page.
    {
        let at = *print_view;
        use_effect_with(at, |(n, _)| {
            if *n > 0 {
                device::print();
            }
        });
    }
    let print = |v: View| {
        let print_view = print_view.clone();
        Callback::from(move |_| print_view.set((print_view.0 + 1, v)))
    };
    let copy = |v: View| {
        let copied = copied.clone();
        let text = pages
            .iter()
            .find(|p| p.view == v)
            .map(plain_text)
            .unwrap_or_default();
        Callback::from(move |_| {
            let copied = copied.clone();
            let text = text.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = device::copy_text(&text).await;
                copied.set(if ok { Copied::Done } else { Copied::Failed });
            });
        })
    };

    let chosen = view.chosen.iter().map(|c| {
        let store = store.clone();
        let id = c.id.clone();
        let onclick = Callback::from(move |_| store.dispatch(Action::TogglePlan(id.clone())));
        html! {
            <li>
                <strong>{ c.action }</strong>
                <span class="detail">{ " " }{ c.detail }</span>
                <button type="button" class="small" {onclick}
                    aria-label={c.remove_label.clone()}>{ ui.remove }</button>
            </li>
        }
    });

    let people = store.plan.people().iter().enumerate().map(|(i, person)| {
        let field = |f: PersonField, label: &'static str, value: &str, kind: &'static str| {
            let store = store.clone();
            let id = format!("person-{i}-{kind}");
            let oninput = Callback::from(move |e: InputEvent| {
                let v = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
                store.dispatch(Action::EditPlan(PlanEdit::Person(i, f, v)));
            });
            let input_type = if f == PersonField::Reach { "tel" } else { "text" };
            html! {
                <p class="person-field">
                    <label for={id.clone()}>{ label }</label>
                    <input {id} type={input_type} dir="auto" maxlength={MAX_FIELD_CHARS.to_string()}
                        value={value.to_owned()} {oninput} />
                </p>
            }
        };
        let remove = {
            let store = store.clone();
            Callback::from(move |_| store.dispatch(Action::EditPlan(PlanEdit::RemovePerson(i))))
        };
        let name = if person.name.trim().is_empty() { p.this_person.to_owned() } else { person.name.trim().to_owned() };
        html! {
            <li class="person">
                { field(PersonField::Name, p.person_name, &person.name, "name") }
                { field(PersonField::Reach, p.person_reach, &person.reach, "reach") }
                { field(PersonField::Ask, p.person_ask, &person.ask, "ask") }
                if let Some((tel, sms)) = dial_links(&person.reach) {
                    <p class="person-links">
                        <a class="number" href={tel}>{ crate::content::fill(p.call, &[("name", &name)]) }</a>
                        <a class="number text" href={sms}>{ crate::content::fill(p.text, &[("name", &name)]) }</a>
                    </p>
                }
                <button type="button" class="small" onclick={remove}
                    aria-label={remove_person_label(locale, &person.name)}>{ ui.remove }</button>
            </li>
        }
    }).collect::<Html>();
    let add_person = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::EditPlan(PlanEdit::AddPerson)))
    };
    // A person added: focus goes to their name, once it is on the page.
    {
        let count = store.plan.people().len();
        let was = use_mut_ref(|| count);
        use_effect_with(count, move |count| {
            let before = std::mem::replace(&mut *was.borrow_mut(), *count);
            if *count > before {
                device::focus(&format!("person-{}-name", count - 1));
            } else if *count < before {
                device::focus("add-person");
            }
        });
    }

    // Review.
    let (suggested, suggested_words) =
        review_suggested(locale, today, suggested_review_days(&outcome));
    let on_review = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            store.dispatch(Action::EditPlan(PlanEdit::ReviewOn(Date::parse_iso(&v))));
        })
    };
    let use_suggested = {
        let store = store.clone();
        Callback::from(move |_| {
            store.dispatch(Action::EditPlan(PlanEdit::ReviewOn(Some(suggested))))
        })
    };
    let reviewed_today = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::EditPlan(PlanEdit::Reviewed(today))))
    };
    let review_ics = store.plan.review_on().map(|on| {
        Callback::from(move |_| {
            let (name, ics) = review_reminder(locale, today, on);
            device::download(&name, "text/calendar", &ics);
        })
    });

    // Keeping.
    // Keeping follows history: off in an LMS package and where a trainer turned history off.
    let keeping_offered = settings.modules.history && !settings.scorm;
    let can_keep = store.storage_available && !matches!(store.history, OnDevice::Unreadable { .. });
    let on_keep = {
        let store = store.clone();
        let keep_error = keep_error.clone();
        let forgotten = forgotten.clone();
        Callback::from(move |_| {
            let seen = match &store.history {
                OnDevice::Read(h) => h.plan().map(|k| k.at),
                _ => None,
            };
            let at = (device::now_ms().max(0.0) as u64).max(seen.unwrap_or(0) + 1);
            let change = Change::KeepPlan {
                plan: Box::new(KeptPlan {
                    at,
                    plan: store.plan.clone(),
                }),
                seen,
            };
            match device::change_history(change) {
                Ok(done) => {
                    keep_error.set(None);
                    forgotten.set(false);
                    store.dispatch(Action::PlanKept(at));
                    store.dispatch(Action::HistoryWritten(done.history));
                }
                Err(e) => keep_error.set(Some(e)),
            }
        })
    };
    let on_forget = {
        let store = store.clone();
        let keep_error = keep_error.clone();
        let forgotten = forgotten.clone();
        Callback::from(move |_| match device::change_history(Change::ForgetPlan) {
            Ok(done) => {
                keep_error.set(None);
                forgotten.set(true);
                store.dispatch(Action::PlanForgotten);
                store.dispatch(Action::HistoryWritten(done.history));
            }
            Err(e) => keep_error.set(Some(e)),
        })
    };
    {
        let kept = store.plan_kept.is_some();
        let was = use_mut_ref(|| kept);
        use_effect_with(kept, move |kept| {
            let before = std::mem::replace(&mut *was.borrow_mut(), *kept);
            if *kept && !before {
                device::focus("forget-plan");
            } else if !*kept && before {
                device::focus("keep-plan");
            }
        });
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
    let on_letter = {
        let letter = letter.clone();
        Callback::from(move |_| letter.set(!*letter))
    };
    let on_back = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::ShowResults))
    };

    let plan_ = &store.plan;
    // On return after a new check-in, the parts it suggests changes to open at once, and the
    // review opens once its day has come.
    let suggests = |kind: ChipKind| {
        store
            .plan_new
            .iter()
            .any(|id| kind.chips().iter().any(|c| c.id == *id))
    };
    let review_due = store.plan_kept.is_some() && plan_.review_on().is_some_and(|d| d <= today);
    let simple = vec![
        SimpleProps {
            id: "part-full-cup",
            heading: p.full_cup,
            hint: None,
            chips: None,
            texts: vec![(PlanText::FullCup, ui.note_label, Some(p.full_cup_hint))],
            open: false,
        },
        SimpleProps {
            id: "part-signs",
            heading: p.signs,
            hint: Some(p.signs_hint),
            chips: Some(ChipKind::Sign),
            texts: vec![(PlanText::Signs, p.signs_own, None)],
            open: suggests(ChipKind::Sign),
        },
        SimpleProps {
            id: "part-not-helping",
            heading: p.not_helping,
            hint: None,
            chips: None,
            texts: vec![(
                PlanText::NotHelping,
                p.not_helping,
                Some(p.not_helping_hint),
            )],
            open: false,
        },
        SimpleProps {
            id: "part-supports",
            heading: p.supports,
            hint: Some(p.supports_hint),
            chips: Some(ChipKind::Support),
            texts: vec![(PlanText::Supports, p.supports_own, None)],
            open: false,
        },
        SimpleProps {
            id: "part-asks",
            heading: p.asks,
            hint: Some(p.asks_hint),
            chips: Some(ChipKind::Ask),
            texts: vec![
                (PlanText::Asks, p.asks_own, None),
                (PlanText::HardNow, p.hard_now, Some(p.hard_now_hint)),
            ],
            open: suggests(ChipKind::Ask),
        },
        SimpleProps {
            id: "part-loss",
            heading: p.loss,
            hint: Some(p.loss_hint),
            chips: Some(ChipKind::Loss),
            texts: vec![
                (PlanText::Loss, p.loss_own, None),
                (PlanText::LossTell, p.loss_tell, None),
            ],
            open: false,
        },
    ];
    let texts = |ts: &[PlanText]| {
        ts.iter()
            .filter(|t| !plan_.text(**t).trim().is_empty())
            .count()
    };
    let printing = print_view.1;

    html! {
        <div class="screen plan">
            <div class="no-print">
                <h1 id="page-title" tabindex="-1">{ ui.plan_title }</h1>
                <p class="lead">{ p.intro }</p>
                <div class="live" role="status">
                    if store.plan_changed_elsewhere { <p class="notice">{ p.changed_elsewhere }</p> }
                </div>

                <Part id="part-helps" heading={p.helps} open=true
                    filled={plan_.picks().len() + texts(&[PlanText::Note, PlanText::HelpsDaily, PlanText::HelpsSigns, PlanText::HelpsHard])}>
                    <p class="hint">{ p.helps_hint }</p>
                    <h3 class="ideas-chosen">{ p.ideas_chosen }</h3>
                    <p class="count" aria-live="polite">{ &view.count }</p>
                    if view.chosen.is_empty() {
                        <p class="empty">{ ui.plan_empty }</p>
                    } else {
                        <ol class="chosen">{ for chosen }</ol>
                    }
                    <div class="own-words">
                        <label for="plan-note" class="note-label">{ ui.note_label }</label>
                        <p id="plan-note-hint" class="hint">{ ui.note_hint }</p>
                        <textarea id="plan-note" dir="auto" rows="3" maxlength={MAX_NOTE_CHARS.to_string()}
                            aria-describedby="plan-note-hint" value={plan_.note().to_owned()} oninput={on_note} />
                    </div>
                    <OwnWords which={PlanText::HelpsDaily} label={p.helps_daily} />
                    <OwnWords which={PlanText::HelpsSigns} label={p.helps_signs} />
                    <OwnWords which={PlanText::HelpsHard} label={p.helps_hard} />
                </Part>
                <Part id="part-people" heading={p.people} filled={plan_.named_people().count()}>
                    <p class="hint">{ p.people_hint }</p>
                    if plan_.named_people().count() == 0 { <p class="nudge">{ p.people_none }</p> }
                    <ul class="people">{ people }</ul>
                    if plan_.people().len() < MAX_PEOPLE {
                        <button type="button" id="add-person" onclick={add_person}>{ p.add_person }</button>
                    }
                </Part>
                // The parts of ready choices and own words, in order.
                { for simple.into_iter().map(|props| html! { <SimplePart ..props /> }) }
                <Part id="part-crisis" heading={p.crisis} filled={0}>
                    <p>{ p.crisis_intro }</p>
                    <ContactList id="plan-country" />
                    <p class="safety-plan">{ p.crisis_safety_plan }</p>
                </Part>
                <Part id="part-review" heading={p.review} open={review_due} filled={usize::from(plan_.review_on().is_some()) + texts(&[PlanText::Changed])}>
                    <p class="review-on">
                        <label for="review-on">{ p.review_on }</label>
                        <input id="review-on" type="date" value={plan_.review_on().map(Date::iso).unwrap_or_default()}
                            onchange={on_review} aria-describedby="review-suggested" />
                    </p>
                    <p id="review-suggested" class="hint">
                        { suggested_words }
                        { " " }
                        <button type="button" class="small" id="use-suggested" onclick={use_suggested}>{ p.review_use }</button>
                    </p>
                    if let Some(on) = review_ics {
                        <button type="button" id="review-ics" onclick={on}>{ p.review_ics }</button>
                    }
                    <p class="reviewed">{ reviewed(locale, plan_.reviewed_on()) }</p>
                    <OwnWords which={PlanText::Changed} label={p.changed} />
                    <button type="button" class="small" id="reviewed-today" onclick={reviewed_today}>{ p.reviewed_today }</button>
                </Part>

                if !keeping_offered {
                    <p class="keep-off" id="keep-off">{ p.keep_off }</p>
                }
                if keeping_offered {
                <section class="keep-plan" aria-labelledby="keep-heading">
                    <h2 id="keep-heading">{ p.keep_heading }</h2>
                    <div class="live" role="status">
                        if store.plan_kept.is_some() { <p class="saved-note">{ p.kept }</p> }
                        if *forgotten && store.plan_kept.is_none() { <p>{ p.forgotten }</p> }
                    </div>
                    if let Some(e) = keep_error.as_ref().or(store.plan_not_kept.as_ref()) {
                        <p class="notice" role="alert">{ plan_not_kept(locale, e) }</p>
                    }
                    if store.plan_kept.is_some() {
                        <button type="button" class="danger" id="forget-plan" onclick={on_forget}>{ p.forget_button }</button>
                    } else if can_keep {
                        <p>{ p.keep_intro }</p>
                        <button type="button" id="keep-plan" onclick={on_keep}>{ p.keep_button }</button>
                    } else if let OnDevice::Unreadable { .. } = &store.history {
                        <p>{ ui.history_blocked }</p>
                    } else {
                        <p>{ ui.storage_unavailable }</p>
                    }
                </section>
                }

                <section class="share" aria-labelledby="share-heading">
                    <h2 id="share-heading">{ p.share_heading }</h2>
                    <p>{ p.share_intro }</p>
                    <ul class="shows">
                        { for View::ALL.iter().map(|v| html! { <li>{ shows(locale, *v) }</li> }) }
                    </ul>
                    if launch.framed {
                        <p class="notice" id="framed-print">{ ui.framed_print }{ " " }<NewTabLink /></p>
                    }
                    <p class="letter-choice">
                        <input type="checkbox" id="letter" checked={*letter} onchange={on_letter} />
                        <label for="letter">{ p.letter_toggle }</label>
                    </p>
                    <div class="share-actions">
                        <button type="button" class="primary" id="print-mine" onclick={print(View::Mine)}>{ p.print_mine }</button>
                        <button type="button" id="print-supervisor" onclick={print(View::Supervisor)}>{ p.print_supervisor }</button>
                        <button type="button" id="print-people" onclick={print(View::People)}>{ p.print_people }</button>
                    </div>
                    <div class="share-actions">
                        <button type="button" id="copy-mine" onclick={copy(View::Mine)}>{ p.copy_mine }</button>
                        <button type="button" id="copy-supervisor" onclick={copy(View::Supervisor)}>{ p.copy_supervisor }</button>
                        <button type="button" id="copy-people" onclick={copy(View::People)}>{ p.copy_people }</button>
                    </div>
                    <p class="live" role="status">{
                        match *copied {
                            Copied::Done => p.copied,
                            Copied::Failed => p.not_copied,
                            Copied::Not => "",
                        }
                    }</p>
                </section>

                <div class="actions">
                    <button type="button" id="back-to-results" onclick={on_back}>{ ui.back_to_results }</button>
                </div>
                <section class="reminder" aria-labelledby="reminder-heading">
                    <h2 id="reminder-heading">{ ui.reminder_heading }</h2>
                    <label for="reminder-days">{ ui.reminder_days }</label>
                    <select id="reminder-days" onchange={on_days}>
                        { for view.reminder_choices.iter().map(|(d, words)| html! {
                            <option value={d.to_string()} selected={*d == *days}>{ words }</option>
                        }) }
                    </select>
                    <button type="button" id="download-ics" onclick={on_ics}>{ ui.download_ics }</button>
                </section>
                <section aria-labelledby="choose-heading">
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
            // What prints: the page chosen, made from the same data as its copy.
            <div class="print-only plan-print">
                { for pages.iter().filter(|pg| pg.view == printing).map(|pg| printed(pg, ui.app_name)) }
            </div>
        </div>
    }
}
