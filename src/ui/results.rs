//! The results: support first when a safety signal is raised, the cup, strengths, "start here",
//! each theme's level in words and numbers, every suggestion by theme, and how it was computed.

use yew::prelude::*;

use super::app::use_store;
use super::cup::CupGauge;
use super::state::Action;
use super::support::SupportPanel;
use crate::assessment::scoring::thresholds::{STEADY_FROM, WATCH_FROM};
use crate::assessment::suggestion::fitting;
use crate::assessment::{bank, Band, Length, Level, Reason};
use crate::content::{fill, Catalog};

/// A level as a person reads it: whole numbers stay whole, others get one decimal.
pub fn number(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

/// The sentence that names the cup level, or says there were too few answers.
pub fn cup_sentence(cat: &Catalog, level: Option<Level>) -> String {
    match level {
        Some(l) => fill(
            cat.ui.cup_label,
            &[
                ("level", &l.rounded().to_string()),
                ("band", cat.band(l.band()).name),
            ],
        ),
        None => cat.ui.cup_not_enough.to_owned(),
    }
}

#[derive(Properties, PartialEq)]
pub struct SuggestionProps {
    pub id: &'static str,
    #[prop_or_default]
    pub reason: Option<AttrValue>,
    /// Heading level for the action: 3 inside a section, 4 inside a theme group.
    #[prop_or(3)]
    pub level: u8,
}

/// One suggestion with its why, its source, and a button that adds it to (or removes it from) the plan.
#[component]
pub fn SuggestionCard(props: &SuggestionProps) -> Html {
    let store = use_store();
    let cat = store.lang.catalog();
    let ui = cat.ui;
    let Some(text) = cat.suggestion(props.id) else {
        return Html::default();
    };
    let source = crate::assessment::suggestion(props.id)
        .and_then(|s| crate::content::research::citation(s.source))
        .map(crate::content::research::Citation::short);
    let picked = store.plan.has(props.id);
    let onclick = {
        let store = store.clone();
        let id = props.id;
        Callback::from(move |_| store.dispatch(Action::TogglePlan(id.to_owned())))
    };
    let title = match props.level {
        4 => html! { <h4>{ text.action }</h4> },
        _ => html! { <h3>{ text.action }</h3> },
    };
    html! {
        <li class={classes!("suggestion", picked.then_some("picked"))} data-suggestion={props.id}>
            { title }
            if let Some(reason) = &props.reason { <p class="reason">{ reason.clone() }</p> }
            <p>{ text.detail }</p>
            <p class="why"><strong>{ ui.why }</strong>{ " " }{ text.why }</p>
            if let Some(source) = source { <p class="source">{ ui.source }{ " " }{ source }</p> }
            <button type="button" class="plan-toggle" aria-pressed={picked.to_string()} {onclick}>
                { if picked { ui.in_plan } else { ui.add_to_plan } }
            </button>
        </li>
    }
}

#[component]
pub fn ResultsScreen() -> Html {
    let store = use_store();
    let cat = store.lang.catalog();
    let ui = cat.ui;
    let outcome = store.outcome();
    let scores = &outcome.scores;
    let theme_title = |t| cat.theme(t).title;

    let reason_text = |reason: Reason| -> String {
        match reason {
            Reason::Priority(t) => fill(ui.because_priority, &[("theme", theme_title(t))]),
            Reason::Pattern(id) => fill(ui.because_pattern, &[("reason", cat.pattern(id))]),
            Reason::KeepSteady(t) => fill(ui.keep_steady, &[("theme", theme_title(t))]),
        }
    };

    let levels = scores.themes.iter().map(|ts| {
        let tt = cat.theme(ts.theme);
        let (band_name, band_class, number_text, width) = match ts.level {
            Some(l) => {
                let b = l.band();
                (cat.band(b).name, band_key(b), fill(ui.level_of, &[("level", &l.rounded().to_string())]), l.value())
            }
            None => (ui.not_enough_answers, "none", String::new(), 0.0),
        };
        html! {
            <li class={classes!("level", band_class)}>
                <span class="level-title">{ tt.title }</span>
                <span class="level-band">{ band_name }</span>
                <span class="level-number">{ number_text }</span>
                <svg class="bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="bar-track" x="0" y="0" width="100" height="6" />
                    <rect class="bar-fill" x="0" y="0" width={number(width)} height="6" />
                </svg>
            </li>
        }
    });

    let strengths = if outcome.strengths.is_empty() {
        html! { <p>{ ui.strengths_none }</p> }
    } else {
        html! {
            <ul class="strengths">
                { for outcome.strengths.iter().map(|&t| html! {
                    <li><strong>{ theme_title(t) }</strong>{ ". " }{ cat.theme(t).strength }</li>
                }) }
            </ul>
        }
    };

    let priorities = if outcome.priorities.is_empty() {
        html! { <p>{ ui.priorities_none }</p> }
    } else {
        html! {
            <ol class="priorities">
                { for outcome.priorities.iter().map(|&t| html! {
                    <li>{ theme_title(t) }{ " – " }{ scores.band(t).map(|b| cat.band(b).name).unwrap_or_default() }</li>
                }) }
            </ol>
        }
    };

    let by_theme = scores.themes.iter().filter_map(|ts| {
        let band = ts.level?.band();
        let items: Vec<&'static str> = fitting(bank::SUGGESTIONS, ts.theme, band)
            .map(|s| s.id)
            .collect();
        Some(html! {
            <details class="theme-ideas">
                <summary>{ theme_title(ts.theme) }{ " – " }{ cat.band(band).name }</summary>
                <ul class="suggestions">
                    { for items.into_iter().map(|id| html! { <SuggestionCard {id} level={4} /> }) }
                </ul>
            </details>
        })
    });

    let scored: Vec<f64> = scores
        .themes
        .iter()
        .filter_map(|t| t.level.map(Level::value))
        .collect();
    let how_cup = scores.cup.map(|cup| {
        let parts: Vec<String> = scored.iter().map(|v| number(*v)).collect();
        fill(
            ui.how_cup,
            &[
                ("count", &scored.len().to_string()),
                ("parts", &parts.join(" + ")),
                ("level", &number(cup.value())),
            ],
        )
    });
    let how_bands = fill(
        ui.how_bands,
        &[
            ("steady", cat.band(Band::Steady).name),
            ("watch", cat.band(Band::Watch).name),
            ("care", cat.band(Band::NeedsCare).name),
            ("steady_from", &STEADY_FROM.to_string()),
            ("watch_from", &WATCH_FROM.to_string()),
            ("watch_to", &(STEADY_FROM - 1).to_string()),
        ],
    );

    let on_plan = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::ShowPlan))
    };
    let on_new = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::Restart))
    };
    let cup_text = cup_sentence(cat, scores.cup);

    html! {
        <div class="screen results">
            <h1 id="page-title" tabindex="-1">{ ui.results_title }
                if outcome.length == Length::Pulse { <span class="tag">{ ui.pulse_results_note }</span> }
            </h1>
            if !outcome.signals.is_empty() { <SupportPanel signals={outcome.signals.clone()} /> }
            <section class="cup-summary" aria-labelledby="cup-heading">
                <h2 id="cup-heading" class="visually-hidden">{ ui.cup_caption }</h2>
                <CupGauge level={scores.cup} label={cup_text.clone()} />
                <div>
                    <p class="cup-text" id="cup-text">{ cup_text }</p>
                    <p class="not-diagnosis">{ ui.results_not_diagnosis }</p>
                </div>
            </section>
            <section aria-labelledby="strengths-heading">
                <h2 id="strengths-heading">{ ui.strengths_heading }</h2>
                { strengths }
            </section>
            <section aria-labelledby="start-heading" class="start-here">
                <h2 id="start-heading">{ ui.start_here_heading }</h2>
                <p>{ ui.start_here_intro }</p>
                if let Some(_) = store.plan_notice { <p class="notice" role="alert">{ ui.plan_full }</p> }
                <ul class="suggestions">
                    { for outcome.start_here.iter().map(|p| html! {
                        <SuggestionCard id={p.suggestion.id} reason={AttrValue::from(reason_text(p.reason))} />
                    }) }
                </ul>
                <button type="button" class="primary" onclick={on_plan.clone()}>{ ui.go_to_plan }</button>
            </section>
            <section aria-labelledby="levels-heading">
                <h2 id="levels-heading">{ ui.levels_heading }</h2>
                <ul class="levels">{ for levels }</ul>
                <h3>{ ui.priorities_heading }</h3>
                { priorities }
            </section>
            <section aria-labelledby="ideas-heading">
                <h2 id="ideas-heading">{ ui.all_suggestions_heading }</h2>
                <p>{ ui.all_suggestions_intro }</p>
                { for by_theme }
            </section>
            <section aria-labelledby="how-heading" class="how">
                <h2 id="how-heading">{ ui.how_heading }</h2>
                <p>{ ui.how_theme }</p>
                if let Some(how) = how_cup { <p id="how-cup">{ how }</p> }
                <p>{ how_bands }</p>
                if outcome.length == Length::Pulse { <p>{ ui.how_pulse }</p> }
            </section>
            <super::history::SaveBox />
            <div class="actions">
                <button type="button" class="primary" onclick={on_plan}>{ ui.go_to_plan }</button>
                <button type="button" onclick={on_new}>{ ui.new_checkin }</button>
            </div>
        </div>
    }
}

pub fn band_key(b: Band) -> &'static str {
    match b {
        Band::Steady => "steady",
        Band::Watch => "watch",
        Band::NeedsCare => "needs-care",
    }
}
