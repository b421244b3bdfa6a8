//! The results: support first when a safety signal is raised, the cup, strengths, "start here",
//! each theme's level in words and numbers, every suggestion by theme, and how it was computed.
//! Everything shown comes from [`crate::present::results`].

use yew::prelude::*;

use crate::present::plan::plan_full;
use crate::present::results::results;
use crate::ui::state::Action;
use crate::ui::store::{use_settings, use_store};
use crate::ui::widgets::band_class;
use crate::ui::widgets::cup::CupGauge;
use crate::ui::widgets::save_box::SaveBox;
use crate::ui::widgets::suggestion_card::{IdeasGroup, SuggestionCard};
use crate::ui::widgets::support::SupportPanel;

#[component]
pub fn ResultsScreen() -> Html {
    let store = use_store();
    let settings = use_settings();
    let locale = store.lang.locale();
    let ui = locale.ui;
    let view = results(locale, &store.outcome());

    let levels = view.levels.iter().map(|row| {
        html! {
            <li class={classes!("level", band_class(row.band))}>
                <span class="level-title">{ row.title }</span>
                <span class="level-band">{ row.band_name }</span>
                <span class="level-number">{ &row.number }</span>
                <svg class="bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                    <rect class="bar-track" x="0" y="0" width="100" height="6" />
                    <rect class="bar-fill" x="0" y="0" width={row.width.clone()} height="6" />
                </svg>
            </li>
        }
    });

    let strengths = match view.strengths_none {
        Some(none) => html! { <p>{ none }</p> },
        None => html! {
            <ul class="strengths">
                { for view.strengths.iter().map(|s| html! {
                    <li>{ &s.before }<strong>{ &s.inner }</strong>{ &s.after }</li>
                }) }
            </ul>
        },
    };

    let strengths_section = html! {
        <section aria-labelledby="strengths-heading">
            <h2 id="strengths-heading">{ ui.strengths_heading }</h2>
            { strengths }
        </section>
    };

    let priorities = match view.priorities_none {
        Some(none) => html! { <p>{ none }</p> },
        None => html! {
            <ol class="priorities">
                { for view.priorities.iter().map(|p| html! { <li>{ p }</li> }) }
            </ol>
        },
    };

    let by_theme = view.ideas_by_theme.iter().map(|group| {
        html! { <IdeasGroup summary={group.summary.clone()} ids={group.ids.clone()} /> }
    });

    let on_plan = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::ShowPlan))
    };
    let on_new = {
        let store = store.clone();
        Callback::from(move |_| store.dispatch(Action::Restart))
    };

    html! {
        <div class="screen results">
            <h1 id="page-title" tabindex="-1">{ ui.results_title }
                if let Some(tag) = view.pulse_tag { <span class="tag">{ tag }</span> }
            </h1>
            if let Some(support) = &view.support { <SupportPanel view={Some(support.clone())} /> }
            <section class="cup-summary" aria-labelledby="cup-heading">
                <h2 id="cup-heading" class="visually-hidden">{ ui.cup_caption }</h2>
                <CupGauge level={view.cup.level} label={view.cup.sentence.clone()} />
                <div>
                    <p class="cup-text" id="cup-text">{ &view.cup.sentence }</p>
                    if let Some(note) = view.cup_note { <p class="cup-note">{ note }</p> }
                    <p class="not-diagnosis">{ ui.results_not_diagnosis }</p>
                </div>
            </section>
            if let Some((heading, items)) = &view.standing_out {
                <section aria-labelledby="standing-out-heading" class="standing-out">
                    <h2 id="standing-out-heading">{ heading }</h2>
                    <p>{ ui.standing_out_intro }</p>
                    <ul>{ for items.iter().map(|i| html! { <li>{ i }</li> }) }</ul>
                </section>
            }
            if view.strengths_first { { strengths_section.clone() } }
            <section aria-labelledby="start-heading" class="start-here">
                <h2 id="start-heading">{ ui.start_here_heading }</h2>
                <p>{ &view.start_here_intro }</p>
                if store.plan_notice.is_some() { <p class="notice" role="alert">{ plan_full(locale) }</p> }
                <ul class="suggestions">
                    { for view.start_here.iter().map(|card| html! {
                        <SuggestionCard id={card.id} reason={AttrValue::from(card.reason.clone())} />
                    }) }
                </ul>
                if settings.modules.plan {
                    <button type="button" class="primary" onclick={on_plan.clone()}>{ ui.go_to_plan }</button>
                }
            </section>
            <section aria-labelledby="levels-heading">
                <h2 id="levels-heading">{ ui.levels_heading }</h2>
                <ul class="levels">{ for levels }</ul>
                <h3>{ ui.priorities_heading }</h3>
                { priorities }
                if let Some(also) = &view.also_watching { <p class="also-watching">{ also }</p> }
            </section>
            if !view.strengths_first { { strengths_section } }
            <section aria-labelledby="ideas-heading">
                <h2 id="ideas-heading">{ ui.all_suggestions_heading }</h2>
                <p>{ ui.all_suggestions_intro }</p>
                { for by_theme }
            </section>
            <section aria-labelledby="how-heading" class="how">
                <h2 id="how-heading">{ ui.how_heading }</h2>
                <p>{ ui.how_theme }</p>
                if let Some(how) = &view.how_cup { <p id="how-cup">{ how }</p> }
                <p>{ &view.how_bands }</p>
                if let Some(how) = view.how_pulse { <p>{ how }</p> }
            </section>
            if settings.modules.history { <SaveBox /> }
            <div class="actions">
                if settings.modules.plan {
                    <button type="button" class="primary" onclick={on_plan}>{ ui.go_to_plan }</button>
                }
                <button type="button" onclick={on_new}>{ ui.new_checkin }</button>
            </div>
        </div>
    }
}
