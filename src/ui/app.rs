//! The app: one reducer drives every screen; effects keep the tab's progress, set the page's
//! title, language and direction, move focus to each new heading, and listen for the
//! Shift-three-times quick exit.

use std::rc::Rc;

use yew::prelude::*;

use super::device;
use super::screens::{
    GuideScreen, HelpScreen, HistoryScreen, PaperScreen, PlanScreen, PrivacyScreen, QuestionPage,
    ResearchScreen, ResultsScreen, TrainersScreen, WelcomeScreen,
};
use super::state::{early_actions, Action, Screen, State};
use super::store::{quick_exit, Launch, Store};
use super::widgets::chrome::{ExitButton, Footer, Header, LanguageNotice, NewVersionNotice};
use crate::content::Lang;
use crate::present::pages::title;
use crate::present::trainers::ConfigState;
use crate::settings::Settings;
use crate::storage::lms::Reached;
use crate::storage::{session, url_options};

/// Everything read once at launch: the settings, what the address bar held that was ignored, and
/// a check-in in progress in this tab.
struct Start {
    /// What a person did before the app was ready, to carry on now: in order.
    early: Vec<Action>,
    /// Whether they pressed anything before the app was ready (focus then goes to the heading).
    pressed_early: bool,
    settings: Rc<Settings>,
    launch: Rc<Launch>,
    saved: Option<Result<session::Progress, session::SessionError>>,
    /// What another language's build left in this tab when the person changed language.
    handover: Option<crate::storage::handover::Handover>,
    /// Another language's build to load once the app has taken over: the one the address, the
    /// copy or the browser asks for, or one chosen before the app was ready.
    early_lang: Option<(Lang, bool)>,
}

fn read_start(config: Rc<ConfigState>) -> Start {
    let (options, ignored) = url_options::parse(&device::query());
    let saved = device::session_get(session::KEY).map(|t| session::read(&t));
    // What another language's build left: read once and gone, so a reload later starts as any
    // visit does. The check-in itself is in the tab's progress record.
    let handover = device::session_get(crate::storage::handover::KEY).and_then(|t| {
        let progress = saved.as_ref().and_then(|s| s.as_ref().ok()).cloned();
        crate::storage::handover::read(&t, progress, device::now_ms() as u64)
    });
    device::session_remove(crate::storage::handover::KEY);
    let browser = device::browser_languages();
    let mut settings = config.settings().with_url(&options);
    // In an LMS package the tab's storage is shared with every course on the LMS's site.
    let handover = handover.filter(|h| !device::packaged() || h.could_come_from_a_package());
    // Each language is a build of its own: when the address bar, the copy's default or the
    // browser asks for another than this, that build is loaded as soon as the app has taken over
    // what was done before it was ready (below); this page starts nothing that lasts.
    let folder = (Lang::BUILT != Lang::En).then_some(Lang::BUILT);
    let wanted = Some(settings.language(folder, &browser)).filter(|l| *l != Lang::BUILT);
    settings = settings.with_browser(Lang::BUILT, &browser);
    if device::packaged() {
        settings = settings.packaged();
    }
    let done = device::early();
    let pressed_early = done.start.is_some() || done.open.is_some();
    // A language the person chose on the early page (not in an LMS package, where the language
    // is the trainer's choice); else another asked for by the address, the copy or the browser.
    let chosen_early = done
        .lang
        .as_deref()
        .and_then(Lang::from_tag)
        .filter(|l| *l != Lang::BUILT && !settings.scorm);
    let early_lang = chosen_early
        .map(|l| (l, true))
        .or(wanted.map(|l| (l, false)));
    // In an LMS package the tab's storage belongs to the LMS's site: what was read is not left.
    if settings.scorm {
        device::session_remove(session::KEY);
    }
    let early = early_actions(done, &settings, matches!(saved, Some(Ok(_))));
    Start {
        early,
        pressed_early,
        settings: Rc::new(settings),
        launch: Rc::new(Launch {
            options_ignored: ignored > 0,
            lost_progress: matches!(saved, Some(Err(_))),
            framed: device::is_framed(),
            config,
        }),
        saved,
        handover,
        early_lang,
    }
}

/// What the app starts with: this copy's `config.json`, as read before the first render.
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub config: Rc<ConfigState>,
}

fn initial_state(start: &Start) -> State {
    let mut state = State::default();
    if let Some(lang) = start.settings.lang {
        state = state.apply(Action::SetLang(lang));
    }
    // Carrying on from the same tab in another language: a check-in it carried simply goes on;
    // one this tab was offering to resume is offered again.
    let carried = start
        .handover
        .as_ref()
        .is_some_and(|h| h.progress.is_some());
    if let Some(handover) = &start.handover {
        state = state.apply(Action::Restore(handover.clone()));
    }
    if let (false, Some(Ok(progress))) = (carried, &start.saved) {
        state = state.apply(Action::Offer(progress.clone()));
    }
    state = state.apply(Action::HistoryFound(device::load_history()));
    // The country chosen for the crisis lines earlier in this tab, else the one kept beside a kept
    // history (not in an LMS package, whose storage belongs to the LMS's site).
    if !start.settings.scorm {
        let chosen =
            device::session_get(crate::storage::country::KEY).or_else(device::kept_country);
        if let Some(code) = chosen {
            state = state.apply(Action::ChooseCountry(code));
        }
    }
    // Done before the app was ready: carried on now (a check-in starts afresh).
    for action in &start.early {
        if matches!(action, Action::Start(_)) {
            device::session_remove(session::KEY);
        }
        state = state.apply(action.clone());
    }
    state
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let start = use_memo((), {
        let config = props.config.clone();
        move |_| read_start(config)
    });
    let store = {
        let start = start.clone();
        use_reducer(move || initial_state(&start))
    };
    let settings = start.settings.clone();

    // Another language's build: loaded now, with everything done before the app was ready
    // (answers included) handed over. Declared before every other effect, so that a page on its
    // way out starts nothing (no LMS session, no writes).
    {
        let store = store.clone();
        let lang = start.early_lang;
        use_effect_with((), move |_| {
            // Only to a build that can be reached: else this page carries on, and says so.
            if let Some((lang, chosen)) = lang {
                device::leave_for_language();
                wasm_bindgen_futures::spawn_local(async move {
                    if device::language_reachable(lang).await {
                        device::go_to_language(lang, Some(&store.handover()), chosen);
                    } else {
                        device::stay_in_language();
                        store.dispatch(Action::LanguageUnreached(lang));
                    }
                });
            }
        });
    }

    // Keep the check-in in progress for this tab only; forget it once finished. If the browser
    // will not keep it, the person is told (once) that a reload would lose their answers.
    {
        let progress = store.progress();
        let finished = store.finished;
        let store = store.clone();
        // Not in the SCORM package: the tab's storage there belongs to the LMS's site, shared with
        // every other course (a reload in the LMS starts the check-in afresh).
        let keep = !settings.scorm;
        // Each change has a number; a write that waited is made only if nothing came after it
        // (a check-in finished meanwhile must stay forgotten).
        let latest = use_mut_ref(|| 0u64);
        use_effect_with((progress, finished), move |(progress, finished)| {
            if !keep {
                return;
            }
            let this = {
                let mut n = latest.borrow_mut();
                *n += 1;
                *n
            };
            if let Some(p) = progress.clone() {
                // Written just after this frame, off the path from an answer to the screen.
                device::after_this_frame(move || {
                    // Nothing is written once the person has left through Exit.
                    if *latest.borrow() != this || device::leaving() {
                        return;
                    }
                    if !device::session_set(session::KEY, &session::write(&p))
                        && store.progress_not_kept.is_none()
                    {
                        store.dispatch(Action::ProgressNotKept);
                    }
                });
            } else if *finished {
                device::session_remove(session::KEY);
            }
        });
    }

    // Another tab or window changed the saved history: show what the device holds now.
    {
        let store = store.clone();
        use_effect_with((), move |_| {
            let listener = device::on_history_changed_elsewhere(move || {
                store.dispatch(Action::HistoryChangedElsewhere(device::load_history()));
            });
            move || drop(listener)
        });
    }

    // The person's own words for their plan are kept nowhere (a saved check-in keeps them only as
    // they were when saved): ask before a reload or close loses them, on any screen.
    {
        let unsaved_words = !store.plan.note().trim().is_empty();
        use_effect_with(unsaved_words, |unsaved| {
            let listener = unsaved.then(device::ask_before_leaving).flatten();
            move || drop(listener)
        });
    }

    // In the SCORM package: one session with the LMS, told only that the lesson is incomplete and,
    // at the point the trainer chose, completed (`storage::lms`). Finished on exit or page close.
    {
        let scorm = settings.scorm;
        use_effect_with((), move |_| {
            // Not on a page already on its way to another language's build.
            let listener = (scorm && !device::leaving())
                .then(device::lms_start)
                .flatten();
            move || drop(listener)
        });
        let complete_at = settings.lms_complete_at;
        use_effect_with(store.screen, move |screen| {
            let at = match screen {
                Screen::Questions => Some(Reached::Questions),
                Screen::Results => Some(Reached::Results),
                Screen::Plan => Some(Reached::Plan),
                _ => None,
            };
            if let (true, Some(at)) = (scorm, at) {
                device::lms_reached(at, complete_at);
            }
        });
    }

    // Framed, and only when a trainer turned it on: the course page is told the app's height,
    // measured only where the screen shows nothing a person answered or chose.
    {
        let on = settings.frame_height && start.launch.framed;
        use_effect_with((), move |_| {
            if on {
                device::watch_frame_height();
            }
        });
        use_effect_with(store.frame_height(), move |policy| {
            if on {
                device::set_frame_height(*policy);
            }
        });
    }

    // Move focus to the new heading on each new page or screen, so screen readers announce where
    // they are.
    {
        let first = use_mut_ref(|| true);
        let early = start.pressed_early;
        let locale = store.lang.locale();
        let tab_title = title(locale, store.where_is());
        use_effect_with((store.screen, store.page, store.lang), move |_| {
            device::set_lang(locale.lang.tag(), locale.dir.attr());
            device::set_title(&tab_title);
            let was_first = std::mem::replace(&mut *first.borrow_mut(), false);
            // The app has taken over from the page written at build time: focus returns to the
            // answer it was on there (noted before mounting), or else goes to the new heading.
            let answer_focused = was_first.then(device::early_focus).flatten();
            if was_first {
                device::remove_prerender();
            }
            let on_answer =
                answer_focused.is_some_and(|(name, value)| device::focus_answer(&name, &value));
            if !on_answer && (!was_first || early) {
                device::focus("page-title");
            }
        });
    }

    // Shift pressed three times leaves at once, from anywhere in the app. The listener is
    // removed when the app unmounts.
    {
        let settings = settings.clone();
        use_effect_with((), move |_| {
            let listener = device::on_shift_three_times(move || quick_exit(&settings));
            move || drop(listener)
        });
    }

    let screen = match store.screen {
        Screen::Welcome => html! { <WelcomeScreen /> },
        Screen::Questions => html! { <QuestionPage /> },
        Screen::Results => html! { <ResultsScreen /> },
        Screen::Plan => html! { <PlanScreen /> },
        Screen::Help => html! { <HelpScreen /> },
        Screen::Research => html! { <ResearchScreen /> },
        Screen::Privacy => html! { <PrivacyScreen /> },
        Screen::History => html! { <HistoryScreen /> },
        Screen::Trainers => html! { <TrainersScreen /> },
        Screen::Paper => html! { <PaperScreen /> },
        Screen::Guide => html! { <GuideScreen /> },
    };
    let embed = settings.embed;
    let scorm = settings.scorm;
    html! {
        <ContextProvider<Rc<Settings>> context={settings}>
        <ContextProvider<Rc<Launch>> context={start.launch.clone()}>
        <ContextProvider<Store> context={store.clone()}>
            <div class={classes!("app", embed.then_some("embed"))}>
                <ExitButton />
                <a class="skip-link" href="#main">{ store.lang.locale().ui.skip_to_main }</a>
                <Header />
                if !scorm { <NewVersionNotice /> }
                <LanguageNotice />
                <main id="main" tabindex="-1">{ screen }</main>
                <Footer />
            </div>
        </ContextProvider<Store>>
        </ContextProvider<Rc<Launch>>>
        </ContextProvider<Rc<Settings>>>
    }
}
