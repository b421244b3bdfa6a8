//! The store every screen shares: the reducer (pure, in [`super::state`]) behind a yew handle,
//! the settings, what was learnt from the address bar at launch, and the quick exit.

use std::rc::Rc;

use yew::prelude::*;

use super::device;
use super::state::{Action, State};
use crate::settings::Settings;
use crate::storage::session;

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

/// This copy's settings, given to every screen by context.
#[hook]
pub fn use_settings() -> Rc<Settings> {
    use_context::<Rc<Settings>>().expect("screens are rendered inside App's provider")
}

/// What the app learnt at launch, beyond the settings.
#[derive(Clone, Debug, PartialEq)]
pub struct Launch {
    /// True when the link held options that were not understood (and were ignored).
    pub options_ignored: bool,
    /// True when a saved check-in in this tab could not be read.
    pub lost_progress: bool,
    /// True when Full Cup runs inside a frame (a course page, an LMS).
    pub framed: bool,
    /// What became of this copy's `config.json`.
    pub config: std::rc::Rc<crate::present::trainers::ConfigState>,
}

/// What the app learnt at launch, from the nearest provider.
#[hook]
pub fn use_launch() -> Rc<Launch> {
    use_context::<Rc<Launch>>().expect("screens are rendered inside App's provider")
}

/// The config.json being made on For trainers, kept for as long as the tab lives so that opening
/// the guide or the pack and coming back loses nothing typed (a reload or another language starts
/// the form afresh). Two handles are equal when they hold the same draft.
#[derive(Clone, Default)]
pub struct FormKeep(pub Rc<std::cell::RefCell<crate::storage::config_draft::Draft>>);

impl PartialEq for FormKeep {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The config.json being made, from App's provider.
#[hook]
pub fn use_form_keep() -> FormKeep {
    use_context::<FormKeep>().expect("screens are rendered inside App's provider")
}

/// Carries out `action`, first forgetting the check-in kept for the tab when it starts afresh
/// ([`Action::starts_afresh`]).
pub fn act(store: &Store, action: Action) {
    if action.starts_afresh() {
        device::forget_progress();
    }
    store.dispatch(action);
}

/// Clears the check-in in progress and leaves for the neutral page the settings name.
pub fn quick_exit(settings: &Settings) {
    device::forget_progress();
    device::session_remove(crate::storage::handover::KEY);
    device::session_remove(crate::storage::country::KEY);
    device::session_remove(session::EARLY_KEY);
    device::leave_to(&settings.exit_url);
}
