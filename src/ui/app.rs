//! The app: one reducer drives every screen; effects keep the tab's progress, move focus to each
//! new page heading, and listen for the Shift-three-times quick exit.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::chrome::{ExitButton, Footer, Header};
use super::dom;
use super::history::HistoryScreen;
use super::pages::{HelpScreen, PrivacyScreen, ResearchScreen};
use super::plan::PlanScreen;
use super::questions::QuestionPage;
use super::results::ResultsScreen;
use super::state::{Action, Screen, ShiftCounter, State, Step};
use super::welcome::WelcomeScreen;
use crate::content::fill;
use crate::storage::{params, session};

/// Where the quick exit goes: a neutral page that says nothing about Full Cup.
pub const EXIT_URL: &str = "https://www.google.com/";

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

/// The shared app state, given to every screen by context.
pub type Store = UseReducerHandle<State>;

/// The app state from the nearest provider.
#[hook]
pub fn use_store() -> Store {
    use_context::<Store>().expect("screens are rendered inside App's provider")
}

/// Settings read once from the address bar.
#[derive(Clone, Debug, PartialEq)]
pub struct Launch {
    pub options: params::Options,
    /// Names of URL parameters that were not understood and were ignored.
    pub ignored: Vec<String>,
    /// True when a saved check-in in this tab could not be read.
    pub lost_progress: bool,
}

fn initial_state(
    launch: &Launch,
    saved: Option<Result<session::Progress, session::SessionError>>,
) -> State {
    let mut state = State::default();
    if let Some(lang) = launch.options.lang {
        state = state.apply(Action::SetLang(lang));
    }
    if let Some(Ok(progress)) = saved {
        state = state.apply(Action::Offer(progress));
    }
    let (stored, set_aside, available) = super::history::load();
    state.apply(Action::HistoryFound(stored, set_aside, available))
}

/// Clears the check-in in progress and leaves for a neutral page.
pub fn quick_exit() {
    dom::session_remove(session::KEY);
    dom::leave_to(EXIT_URL);
}

#[component]
pub fn App() -> Html {
    let launch = use_memo((), |_| {
        let (options, ignored) = params::parse(&dom::query());
        let saved = dom::session_get(session::KEY).map(|t| session::read(&t));
        let lost_progress = matches!(saved, Some(Err(_)));
        (
            Launch {
                options,
                ignored,
                lost_progress,
            },
            saved,
        )
    });
    let store = {
        let launch = launch.clone();
        use_reducer(move || initial_state(&launch.0, launch.1.clone()))
    };

    // Keep the check-in in progress for this tab only; forget it once finished.
    {
        let progress = store.progress();
        let finished = store.finished;
        use_effect_with((progress, finished), |(progress, finished)| {
            if let Some(p) = progress {
                dom::session_set(session::KEY, &session::write(p));
            } else if *finished {
                dom::session_remove(session::KEY);
            }
        });
    }

    // Move focus to the new heading at each step, so screen readers announce where they are.
    {
        let first = use_mut_ref(|| true);
        let cat = store.lang.catalog();
        let title = page_title(&store);
        use_effect_with((store.screen, store.step, store.lang), move |_| {
            dom::set_lang(cat.lang.tag());
            dom::set_title(&title);
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                dom::focus("page-title");
            }
        });
    }

    // Shift pressed three times leaves at once, from anywhere in the app.
    use_effect_with((), |_| {
        let mut counter = ShiftCounter::default();
        let listener = Closure::<dyn FnMut(KeyboardEvent)>::new(move |e: KeyboardEvent| {
            if e.key() == "Shift" && !e.repeat() {
                if counter.press(dom::now_ms()) {
                    quick_exit();
                }
            } else if e.key() != "Shift" {
                counter.reset();
            }
        });
        if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
            let _ =
                doc.add_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref());
        }
        // The listener lives as long as the page.
        listener.forget();
    });

    let embed = launch.0.options.embed;
    let screen = match store.screen {
        Screen::Welcome => html! { <WelcomeScreen launch={launch.0.clone()} /> },
        Screen::Questions => html! { <QuestionPage /> },
        Screen::Results => html! { <ResultsScreen /> },
        Screen::Plan => html! { <PlanScreen /> },
        Screen::Help => html! { <HelpScreen /> },
        Screen::Research => html! { <ResearchScreen /> },
        Screen::Privacy => html! { <PrivacyScreen /> },
        Screen::History => html! { <HistoryScreen /> },
    };
    html! {
        <ContextProvider<Store> context={store.clone()}>
            <div class={classes!("app", embed.then_some("embed"))}>
                <ExitButton />
                <a class="skip-link" href="#main">{ store.lang.catalog().ui.skip_to_main }</a>
                <Header />
                <main id="main" tabindex="-1">{ screen }</main>
                <Footer />
            </div>
        </ContextProvider<Store>>
    }
}

fn page_title(state: &State) -> String {
    let cat = state.lang.catalog();
    let ui = cat.ui;
    let page = match state.screen {
        Screen::Welcome => return format!("{} – {}", ui.app_name, ui.tagline),
        Screen::Questions => {
            let steps = state.steps();
            let step_name = match state.current_step() {
                Some(Step::Theme(t)) => cat.theme(t).title,
                Some(Step::Pulse) => ui.pulse_page_title,
                _ => ui.safety_page_title,
            };
            let part = fill(
                ui.part_of,
                &[
                    ("n", &(state.step + 1).to_string()),
                    ("total", &steps.len().to_string()),
                ],
            );
            format!("{part}: {step_name}")
        }
        Screen::Results => ui.results_title.to_owned(),
        Screen::Plan => ui.plan_title.to_owned(),
        Screen::Help => ui.help_title.to_owned(),
        Screen::Research => ui.research_title.to_owned(),
        Screen::Privacy => ui.your_privacy.to_owned(),
        Screen::History => ui.history_nav.to_owned(),
    };
    format!("{page} – {}", ui.app_name)
}
