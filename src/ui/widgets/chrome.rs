//! What is always on screen: the quick exit, the header with help, research and language, the footer.

use yew::prelude::*;

use crate::content::Lang;
use crate::present::trainers::ConfigState;
use crate::ui::device;
use crate::ui::state::{Action, Screen};
use crate::ui::store::{quick_exit, use_launch, use_settings, use_store};

/// "Exit this page": first in the tab order, one click or Shift three times.
#[component]
pub fn ExitButton() -> Html {
    let store = use_store();
    let settings = use_settings();
    let ui = store.lang.locale().ui;
    let onclick = Callback::from(move |_| quick_exit(&settings));
    html! {
        <div class="exit-bar">
            <button type="button" id="exit" class="exit" {onclick}>
                { ui.exit }
                <span class="exit-hint">{ ui.exit_hint }</span>
            </button>
        </div>
    }
}

/// A link-styled button that opens a screen, remembering where the person was.
#[derive(Properties, PartialEq)]
pub struct NavLinkProps {
    pub screen: Screen,
    pub label: AttrValue,
    #[prop_or_default]
    pub class: Classes,
}

#[component]
pub fn NavLink(props: &NavLinkProps) -> Html {
    let store = use_store();
    let screen = props.screen;
    let current = store.screen == screen;
    let onclick = Callback::from(move |_| store.dispatch(Action::Open(screen)));
    html! {
        <button type="button" class={classes!("link", props.class.clone())} {onclick}
            aria-current={current.then_some("page")}>
            { props.label.clone() }
        </button>
    }
}

#[component]
pub fn Header() -> Html {
    let store = use_store();
    let settings = use_settings();
    let launch = use_launch();
    let cat = store.lang.locale();
    let ui = cat.ui;
    let on_lang = {
        let store = store.clone();
        Callback::from(move |e: Event| {
            let select = e.target_unchecked_into::<web_sys::HtmlSelectElement>();
            // Each language is a build of its own: the tab carries on there, with everything.
            // Where it cannot go, the switcher shows the language still shown.
            // A build that cannot be reached is never left for: the page stays, and says so.
            if let Some(lang) = Lang::from_tag(&select.value()).filter(|l| *l != Lang::BUILT) {
                select.set_value(Lang::BUILT.tag());
                let store = store.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    let handover = || store.handover();
                    let unreached = || store.dispatch(Action::LanguageUnreached(lang));
                    if device::move_when_reachable(lang, handover, true, unreached).await {
                        select.set_value(lang.tag());
                    }
                });
            }
        })
    };
    html! {
        <header class="site-header">
            <div class="brand">
                <svg class="brand-cup" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                    <path d="M4 5h14v6a7 7 0 0 1-14 0z M18 7h2a2 2 0 0 1 0 5h-2" />
                </svg>
                <span class="brand-name">{ ui.app_name }</span>
            </div>
            <nav aria-label={ui.main_nav} class="site-nav">
                <NavLink screen={Screen::Help} label={ui.get_help} class="help-link" />
                <NavLink screen={Screen::Now} label={ui.now.title} class="now-link" />
                // Never one press from a projector: class mode and the class pack show no link to
                // the presenter's own.
                if settings.modules.history && !matches!(store.screen, Screen::Class | Screen::Pack) { <NavLink screen={Screen::History} label={ui.history_nav} /> }
                if launch.framed { <NewTabLink /> }
                <NavLink screen={Screen::Research} label={ui.about_research} />
                // Not in the SCORM package: another language is another page, and an LMS
                // session cannot be begun twice (the trainer's link or config.json chooses).
                if !settings.scorm {
                    <label class="lang">
                        <span>{ ui.language }</span>
                        <select onchange={on_lang}>
                            { for Lang::ALL.iter().map(|l| html! {
                                <option value={l.tag()} lang={l.tag()} selected={*l == store.lang}>{ l.name() }</option>
                            }) }
                        </select>
                    </label>
                }
            </nav>
        </header>
    }
}

/// "Open Full Cup in a new tab": shown inside a frame, where printing, downloads and storage may
/// be limited by the course page.
#[component]
pub fn NewTabLink() -> Html {
    let store = use_store();
    html! {
        <a class="new-tab" href={device::standalone_address()} target="_blank" rel="noopener noreferrer">
            { store.lang.locale().ui.open_new_tab }
        </a>
    }
}

#[component]
pub fn Footer() -> Html {
    let store = use_store();
    let settings = use_settings();
    let launch = use_launch();
    let ui = store.lang.locale().ui;
    let refused = matches!(*launch.config, ConfigState::Refused(_));
    html! {
        <footer class="site-footer">
            if let Some((name, line)) = &settings.organisation {
                <p class="organisation"><strong>{ name }</strong>
                    if let Some(line) = line { { " " }{ line } }
                </p>
            }
            <p>{ ui.footer_privacy }</p>
            if refused { <p class="quiet-line" id="config-quiet-line">{ ui.config_quiet_line }</p> }
            <p class="footer-links">
                <NavLink screen={Screen::Privacy} label={ui.your_privacy} />
                <NavLink screen={Screen::Trainers} label={ui.for_trainers} />
            </p>
        </footer>
    }
}

/// Says, in the language shown, that another language's build could not be reached (a copy
/// missing its folder, or offline where it was never opened), so Full Cup carries on here.
#[component]
pub fn LanguageNotice() -> Html {
    let store = use_store();
    let ui = store.lang.locale().ui;
    let (before, after) = ui
        .language_unreached
        .split_once("{language}")
        .unwrap_or((ui.language_unreached, ""));
    html! {
        <div class="language-notice" role="status">
            if let Some(lang) = store.language_unreached {
                <p class="notice" id="language-unreached">
                    // The language's own name, isolated: it may run the other way.
                    { before }<bdi lang={lang.tag()}>{ lang.name() }</bdi>{ after }
                </p>
            }
        </div>
    }
}

/// "A new version of Full Cup is ready", with a button to reload into it: shown only when a new
/// version is installed and waiting. Until the person chooses, this page keeps the version it
/// started with, whole.
#[component]
pub fn NewVersionNotice() -> Html {
    let store = use_store();
    let ui = store.lang.locale().ui;
    let ready = use_state(|| false);
    // Told before the whole app took over from the first-visit build, too.
    let no_space = use_state(device::no_space_told);
    {
        let ready = ready.clone();
        let no_space = no_space.clone();
        use_effect_with((), move |_| {
            device::watch_for_new_version(move || ready.set(true), move || no_space.set(true));
        });
    }
    let on_reload = Callback::from(|_| device::take_new_version());
    html! {
        <div class="new-version" role="status">
            if *no_space && !*ready {
                <p id="new-version-no-space">{ ui.new_version_no_space }</p>
            }
            if *ready {
                <p>
                    { ui.new_version_ready }{ " " }
                    <button type="button" class="small" id="new-version-reload" onclick={on_reload}>{ ui.new_version_reload }</button>
                </p>
            }
        </div>
    }
}
