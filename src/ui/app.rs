//! The app: what is read once at launch, the one reducer that drives every screen, the app's
//! effects in order (each a named hook in `ui::hooks`), and which screen shows.

use std::rc::Rc;

use yew::prelude::*;

use super::device;
use super::hooks::{
    use_frame_height, use_history_from_other_tabs, use_kept_plan, use_language_move, use_lms,
    use_page_announced, use_question_before_words_are_lost, use_quick_exit_keys, use_tab_record,
};
use super::screens::{
    DayScreen, HelpScreen, NowScreen, PlanScreen, PrivacyScreen, QuestionPage, ResearchScreen,
    ResultsScreen, WelcomeScreen,
};
use super::state::{early_actions, with_address_open, Action, Notices, Screen, State};
use super::store::{FormKeep, Launch, Store};
use super::widgets::chrome::{ExitButton, Footer, Header, LanguageNotice, NewVersionNotice};
use crate::content::Lang;
use crate::present::trainers::ConfigState;
use crate::settings::Settings;
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
    /// The notices the first-visit build was showing, when the whole app takes over from it.
    notices: Option<Notices>,
}

fn read_start(config: Rc<ConfigState>, carried: Option<&device::Carried>) -> Start {
    use crate::storage::handover;
    let (options, ignored) = url_options::parse(&device::query());
    let saved = device::read_progress();
    let now = device::now_ms() as u64;
    // What another language's build left: read once and gone, so a reload later starts as any
    // visit does. The check-in itself is in the tab's progress record.
    let left = device::session_get(handover::KEY).and_then(|t| {
        let progress = saved.as_ref().and_then(|s| s.as_ref().ok()).cloned();
        handover::read(&t, progress, now)
    });
    device::session_remove(handover::KEY);
    let browser = device::browser_languages();
    let mut settings = config.settings().with_url(&options);
    // In an LMS package the tab's storage is shared with every course on the LMS's site.
    let left = left.filter(|h| !device::packaged() || h.could_come_from_a_package());
    // Taking over from this page's first-visit build: what it handed over, in memory, comes first.
    let handover = match carried {
        Some(c) => {
            let progress = c.progress.as_deref().and_then(|p| session::read(p).ok());
            handover::read(&c.handover, progress, now)
        }
        None => left,
    };
    // Each language is a build of its own: when the address bar, the copy's default or the
    // browser asks for another than this, that build is loaded as soon as the app has taken over
    // what was done before it was ready (below); this page starts nothing that lasts.
    let folder = (Lang::BUILT != Lang::En).then_some(Lang::BUILT);
    let wanted = Some(settings.language(folder, &browser)).filter(|l| *l != Lang::BUILT);
    settings = settings.with_browser(Lang::BUILT, &browser);
    if device::packaged() {
        settings = settings.packaged();
    }
    // Class mode opens at once, as a page the address asks for does (`?class=1`).
    let open = options
        .open
        .or(options.class.filter(|c| *c).map(|_| "class"));
    let done = with_address_open(device::early(), open, handover.is_some());
    // The person opened a screen of the whole app: focus goes to its heading, as after a press.
    let pressed_early = done.start.is_some() || done.open.is_some() || carried.is_some();
    // A language the person chose on the early page (not in an LMS package, where the language
    // is the trainer's choice); else another asked for by the address, the copy or the browser.
    let chosen_early = done
        .lang
        .as_deref()
        .and_then(Lang::from_tag)
        .filter(|l| *l != Lang::BUILT && !settings.scorm);
    // Taking over from the first-visit build, which stayed in this language: no move.
    let early_lang = chosen_early
        .map(|l| (l, true))
        .or(wanted.map(|l| (l, false)))
        .filter(|_| carried.is_none());
    // In an LMS package the tab's storage belongs to the LMS's site: what was read is not left.
    if settings.scorm {
        device::forget_progress();
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
        notices: carried.map(|c| Notices::read(&c.notices)),
    }
}

/// What the app starts with: this copy's `config.json`, as read before the first render.
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    #[prop_or_default]
    pub config: Rc<ConfigState>,
    /// What the first-visit build handed over, when the whole app takes over from it.
    #[prop_or_default]
    pub carried: Option<Rc<device::Carried>>,
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
        state = state.apply(Action::Restore(Box::new(handover.clone())));
    }
    if let (false, Some(Ok(progress))) = (carried, &start.saved) {
        state = state.apply(Action::Offer(progress.clone()));
    }
    // Where this copy keeps nothing (history off, or an LMS package), a plan kept earlier on the
    // same site is neither taken up nor written.
    if !start.settings.modules.history || start.settings.scorm {
        state = state.apply(Action::KeepingOff);
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
    if let Some(notices) = &start.notices {
        state = state.apply(Action::TakeNotices(notices.clone()));
    }
    // Done before the app was ready: carried on now (a check-in starts afresh).
    for action in &start.early {
        if action.starts_afresh() {
            device::forget_progress();
        }
        state = state.apply(action.clone());
    }
    state
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let start = use_memo((), {
        let config = props.config.clone();
        let carried = props.carried.clone();
        move |_| read_start(config, carried.as_deref())
    });
    let store = {
        let start = start.clone();
        use_reducer(move || initial_state(&start))
    };
    let settings = start.settings.clone();

    // The app's effects, one hook per concern (`ui::hooks`), in this order: the language move
    // first, so that a page on its way out starts nothing.
    use_language_move(&store, start.early_lang);
    use_tab_record(&store, &settings);
    use_history_from_other_tabs(&store);
    use_question_before_words_are_lost(&store);
    use_kept_plan(&store);
    use_lms(&store, &settings);
    use_frame_height(&store, &settings, start.launch.framed);
    use_page_announced(&store, start.pressed_early);
    use_quick_exit_keys(&settings);

    let screen = showing(store.screen);
    #[cfg(feature = "first")]
    LATEST.with(|l| *l.borrow_mut() = Some(store.clone()));
    let embed = settings.embed;
    let scorm = settings.scorm;
    let form_keep = use_state(FormKeep::default);
    html! {
        <ContextProvider<Rc<Settings>> context={settings}>
        <ContextProvider<Rc<Launch>> context={start.launch.clone()}>
        <ContextProvider<Store> context={store.clone()}>
        <ContextProvider<FormKeep> context={(*form_keep).clone()}>
            <div class={classes!("app", embed.then_some("embed"))}>
                <ExitButton />
                <a class="skip-link" href="#main">{ store.lang.locale().ui.skip_to_main }</a>
                <Header />
                if !scorm { <NewVersionNotice /> }
                <LanguageNotice />
                <main id="main" tabindex="-1">{ screen }</main>
                <Footer />
            </div>
        </ContextProvider<FormKeep>>
        </ContextProvider<Store>>
        </ContextProvider<Rc<Launch>>>
        </ContextProvider<Rc<Settings>>>
    }
}

/// The screen showing. The first-visit build holds only the screens `Screen::in_first_build`
/// names; the rest come from the whole app ([`whole_only`]). Every screen is named here, so that
/// none can fall through to the wrong build unnoticed.
fn showing(screen: Screen) -> Html {
    if !screen.in_first_build() {
        return whole_only(screen);
    }
    match screen {
        Screen::Welcome => html! { <WelcomeScreen /> },
        Screen::Questions => html! { <QuestionPage /> },
        Screen::Results => html! { <ResultsScreen /> },
        Screen::Plan => html! { <PlanScreen /> },
        Screen::Help => html! { <HelpScreen /> },
        Screen::Research => html! { <ResearchScreen /> },
        Screen::Privacy => html! { <PrivacyScreen /> },
        Screen::Now => html! { <NowScreen /> },
        Screen::Day => html! { <DayScreen /> },
        Screen::History
        | Screen::Trainers
        | Screen::Paper
        | Screen::Guide
        | Screen::Class
        | Screen::Pack
        | Screen::Crosswalk => whole_only(screen),
    }
}

/// My history and the trainers' screens, in the whole app.
#[cfg(not(feature = "first"))]
fn whole_only(screen: Screen) -> Html {
    use super::screens::{
        ClassPackScreen, ClassScreen, CrosswalkScreen, GuideScreen, HistoryScreen, PaperScreen,
        TrainersScreen,
    };
    match screen {
        Screen::History => html! { <HistoryScreen /> },
        Screen::Trainers => html! { <TrainersScreen /> },
        Screen::Paper => html! { <PaperScreen /> },
        Screen::Guide => html! { <GuideScreen /> },
        Screen::Class => html! { <ClassScreen /> },
        Screen::Pack => html! { <ClassPackScreen /> },
        Screen::Crosswalk => html! { <CrosswalkScreen /> },
        Screen::Welcome
        | Screen::Questions
        | Screen::Results
        | Screen::Plan
        | Screen::Help
        | Screen::Research
        | Screen::Privacy
        | Screen::Now
        // Never reached: `showing` shows these itself.
        | Screen::Day => html! {},
    }
}

/// In the first-visit build, a screen of the whole app: loaded over this page, which it then
/// takes over (`device::whole`).
#[cfg(feature = "first")]
fn whole_only(_: Screen) -> Html {
    html! { <super::widgets::whole::OpeningWhole /> }
}

#[cfg(feature = "first")]
thread_local! {
    /// The app's state as last rendered, for the hand-over to the whole app.
    static LATEST: std::cell::RefCell<Option<Store>> = const { std::cell::RefCell::new(None) };
}

/// What this build hands the whole app taking over the page: where the person is now, as a
/// language move would carry it, the check-in, what the record leaves out and the config.json read.
#[cfg(feature = "first")]
pub(super) fn carried_now() -> Option<device::Carried> {
    let store = LATEST.with(|l| l.borrow().clone())?;
    let handover = store.handover();
    Some(device::Carried {
        config: device::config_text(),
        notices: store.notices().write(),
        progress: handover.progress.as_ref().map(session::write),
        handover: crate::storage::handover::write(&handover, device::now_ms() as u64),
    })
}
