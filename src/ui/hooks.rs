//! The app's effects, one named hook per concern, each carrying out what a pure rule decided
//! through `device`: the move to another language's build, the tab's progress record, the
//! history changed in another tab, the question before unsaved words are lost, the LMS session,
//! the frame height, the page's title, language and focus, and the quick exit by keyboard.

use std::rc::Rc;

use yew::prelude::*;

use super::device;
use super::state::{Action, Screen, TabRecord};
use super::store::{quick_exit, Store};
use crate::content::Lang;
use crate::present::pages::title;
use crate::settings::Settings;
use crate::storage::history::KeptPlan;
use crate::storage::lms::Reached;
use crate::storage::policy::{Change, WriteError};

/// Another language's build: loaded now, with everything done before the app was ready
/// (answers included) handed over. Declared before every other effect, so that a page on its
/// way out starts nothing (no LMS session, no writes).
#[hook]
pub fn use_language_move(store: &Store, early_lang: Option<(Lang, bool)>) {
    let store = store.clone();
    let lang = early_lang;
    use_effect_with((), move |_| {
        // Only to a build that can be reached: else this page carries on, and says so.
        if let Some((lang, chosen)) = lang {
            device::leave_for_language();
            wasm_bindgen_futures::spawn_local(async move {
                let handover = || store.handover();
                let unreached = || {
                    device::stay_in_language();
                    store.dispatch(Action::LanguageUnreached(lang));
                };
                device::move_when_reachable(lang, handover, chosen, unreached).await;
            });
        }
    });
}

/// Mirrors [`State::tab_record`](super::state::State::tab_record) into the tab's storage: a
/// check-in in progress kept for this tab only, a finished one forgotten. If the browser will not
/// keep it, the person is told (once) that a reload would lose their answers.
#[hook]
pub fn use_tab_record(store: &Store, settings: &Settings) {
    let record = store.tab_record();
    let store = store.clone();
    // Not in the SCORM package: the tab's storage there belongs to the LMS's site, shared with
    // every other course (a reload in the LMS starts the check-in afresh).
    let keep = !settings.scorm;
    // Each change has a number; a write that waited is made only if nothing came after it
    // (a check-in finished meanwhile must stay forgotten).
    let latest = use_mut_ref(|| 0u64);
    use_effect_with(record, move |record| {
        if !keep {
            return;
        }
        let this = {
            let mut n = latest.borrow_mut();
            *n += 1;
            *n
        };
        match record.clone() {
            TabRecord::Keep(p) => {
                // Written just after this frame, off the path from an answer to the screen.
                device::after_this_frame(move || {
                    // Nothing is written once the person has left through Exit.
                    if *latest.borrow() != this || device::leaving() {
                        return;
                    }
                    if !device::keep_progress(&p) && store.progress_not_kept.is_none() {
                        store.dispatch(Action::ProgressNotKept);
                    }
                });
            }
            TabRecord::Forget => device::forget_progress(),
            TabRecord::Leave => {}
        }
    });
}

/// Another tab or window changed the saved history: show what the device holds now.
#[hook]
pub fn use_history_from_other_tabs(store: &Store) {
    let store = store.clone();
    use_effect_with((), move |_| {
        let listener = device::on_history_changed_elsewhere(move || {
            store.dispatch(Action::HistoryChangedElsewhere(device::load_history()));
        });
        move || drop(listener)
    });
}

/// Once the person has kept their plan, every change to it is kept as it is made, written over
/// exactly the kept plan this tab last saw ([`crate::storage::policy::Change::KeepPlan`]); when
/// another tab changed it first, this tab reads the device again and shows the newest.
#[hook]
pub fn use_kept_plan(store: &Store) {
    let plan = store.plan.clone();
    let store = store.clone();
    use_effect_with(plan, move |plan| {
        let stored = match &store.history {
            crate::storage::history::OnDevice::Read(h) => h.plan().map(|k| &k.plan),
            _ => None,
        };
        if let Some(seen) = store.plan_kept.filter(|_| stored != Some(plan)) {
            let at = (device::now_ms().max(0.0) as u64).max(seen + 1);
            let change = Change::KeepPlan {
                plan: Box::new(KeptPlan {
                    at,
                    plan: plan.clone(),
                }),
                seen: Some(seen),
            };
            match device::change_history(change) {
                Ok(done) => {
                    store.dispatch(Action::HistoryWritten(done.history));
                    store.dispatch(Action::PlanKept(at));
                }
                Err(WriteError::PlanChangedElsewhere) => {
                    store.dispatch(Action::HistoryChangedElsewhere(device::load_history()));
                }
                // Refused or blocked: the plan stays on the screen, which says so (and a reload
                // or close asks first); the next change tries again.
                Err(e) => store.dispatch(Action::PlanNotKept(e)),
            }
        }
    });
}

/// The person's own words for their plan are kept nowhere until they keep the plan (a saved
/// check-in keeps only its ideas and note as they were when saved): ask before a reload or close
/// loses them, on any screen.
#[hook]
pub fn use_question_before_words_are_lost(store: &Store) {
    let unsaved_words =
        store.plan.has_own_words() && (store.plan_kept.is_none() || store.plan_not_kept.is_some());
    use_effect_with(unsaved_words, |unsaved| {
        let listener = unsaved.then(device::ask_before_leaving).flatten();
        move || drop(listener)
    });
}

/// In the SCORM package: one session with the LMS, told only that the lesson is incomplete and,
/// at the point the trainer chose, completed (`storage::lms`). Finished on exit or page close.
#[hook]
pub fn use_lms(store: &Store, settings: &Settings) {
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

/// Framed, and only when a trainer turned it on: the course page is told the app's height,
/// measured only where the screen shows nothing a person answered or chose.
#[hook]
pub fn use_frame_height(store: &Store, settings: &Settings, framed: bool) {
    let on = settings.frame_height && framed;
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

/// Move focus to the new heading on each new page or screen, so screen readers announce where
/// they are.
#[hook]
pub fn use_page_announced(store: &Store, pressed_early: bool) {
    let first = use_mut_ref(|| true);
    let early = pressed_early;
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

/// Shift pressed three times leaves at once, from anywhere in the app. The listener is
/// removed when the app unmounts.
#[hook]
pub fn use_quick_exit_keys(settings: &Rc<Settings>) {
    let settings = settings.clone();
    use_effect_with((), move |_| {
        let listener = device::on_shift_three_times(move || quick_exit(&settings));
        move || drop(listener)
    });
}
