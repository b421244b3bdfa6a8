//! What was done on the page written at build time, before the app was ready, as actions.

use super::{Action, Screen};
use crate::assessment::{Length, Response};

/// What a press on the welcome written into the page at build time asks for, by its key (the
/// page's `data-start` or `data-open`): carried out once the app is ready. Unknown keys ask for
/// nothing.
pub fn early_press(key: &str) -> Option<Action> {
    if let Some(length) = Length::from_key(key) {
        return Some(Action::Start(length));
    }
    let screen = match key {
        "help" => Screen::Help,
        "history" => Screen::History,
        "research" => Screen::Research,
        "privacy" => Screen::Privacy,
        "now" => Screen::Now,
        "day" => Screen::Day,
        // Class mode, asked for by `?class=1` (never by the early page).
        "class" => Screen::Class,
        // My plan opens only where a plan is kept (the reducer's rule); otherwise the welcome.
        "plan" => return Some(Action::ShowPlan),
        _ => return None,
    };
    Some(Action::Open(screen))
}

/// What a person did before the app was ready (kept by `static/early.js`).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Early {
    /// The check-in they started, by its key.
    pub start: Option<String>,
    /// A page they asked for (help, history, research, privacy), by its key.
    pub open: Option<String>,
    /// Answers on the first page: question id and answer key.
    pub answers: Vec<(String, String)>,
    /// Whether they pressed Next on the first page.
    pub next: bool,
    /// A language they chose, by its tag: its build is loaded once the app has taken the rest
    /// over, so that everything comes along.
    pub lang: Option<String>,
}

/// What was done before the app was ready, as actions in order: the check-in started, its first
/// page's answers and Next, then the page asked for. A check-in this copy does not offer becomes
/// the full check-in (every pulse question is one of its questions, so no answer is lost); a
/// check-in in progress saved in this tab is never started over (it is offered back instead).
pub fn early_actions(
    early: Early,
    settings: &crate::settings::Settings,
    saved: bool,
) -> Vec<Action> {
    let mut actions = Vec::new();
    let start = early.start.as_deref().and_then(Length::from_key);
    if let (Some(length), false) = (start, saved) {
        let offered = settings.offers(length);
        actions.push(Action::Start(if offered { length } else { Length::Full }));
        actions.extend(
            early
                .answers
                .into_iter()
                .filter_map(|(id, key)| Response::from_key(&key).map(|r| Action::Answer(id, r))),
        );
        // Next moves on from the page the person saw; a swapped check-in starts on its own first.
        if early.next && offered {
            actions.push(Action::Next);
        }
    }
    match early.open.as_deref().and_then(early_press) {
        Some(Action::Open(screen)) if screen != Screen::History || settings.modules.history => {
            actions.push(Action::Open(screen));
        }
        Some(Action::ShowPlan) if settings.modules.history && !settings.scorm => {
            actions.push(Action::ShowPlan);
        }
        _ => {}
    }
    actions
}

/// What the page written at build time kept, with the page the address asks to open (`?open=`)
/// when nothing was pressed there and the tab is not carrying on from another language's build
/// (whose hand-over says where the person was). The early page opens Get help now from the
/// address itself; the other pages open once the app is ready, through [`early_actions`].
pub fn with_address_open(mut early: Early, open: Option<&str>, carried_on: bool) -> Early {
    if early.start.is_none() && early.open.is_none() && !carried_on {
        early.open = open.map(str::to_owned);
    }
    early
}
