//! The app's state and every action a person can take, as a pure reducer (no yew or web types),
//! so that each action is tested natively.

use crate::assessment::plan::PlanEdit;
use crate::assessment::{self, Answers, Length, Plan, PlanError, Response};
use crate::content::Lang;
use crate::storage::handover::Handover;
use crate::storage::history::{History, OnDevice};
use crate::storage::policy::Loaded;
pub use crate::storage::session::Progress;

mod early;
mod reading;
mod screens;
pub use early::{early_actions, early_press, with_address_open, Early};
pub use reading::TabRecord;
pub use screens::{pages, FrameHeight, Page, Screen, FIXED_FRAME_HEIGHT};

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub lang: Lang,
    pub screen: Screen,
    /// The screen to return to from Help, Research, Privacy or For trainers.
    pub return_to: Screen,
    /// The guide or the paper version was opened from For trainers, where Back returns.
    pub from_trainers: bool,
    pub length: Length,
    pub page: usize,
    pub answers: Answers,
    pub finished: bool,
    pub plan: Plan,
    /// A message about the last plan change that could not be made.
    pub plan_notice: Option<PlanError>,
    /// When the plan kept on the device was last changed, as this tab last read or wrote it;
    /// `None` while the plan is not kept. Every change to a kept plan is written over exactly that
    /// one ([`crate::storage::policy::Change::KeepPlan`]).
    pub plan_kept: Option<u64>,
    /// The plan has been pre-filled from this check-in's answers (once: what the person takes
    /// away stays away).
    pub plan_prefilled: bool,
    /// The kept plan was changed in another tab or window, and this one took it up.
    pub plan_changed_elsewhere: bool,
    /// Warning signs and asks this check-in points to that a plan kept from before does not hold:
    /// offered beside their part, marked, for the person to add (a kept plan is never changed by
    /// answers alone, which nobody chose to keep).
    pub plan_new: Vec<&'static str>,
    /// Why the last change to the kept plan could not be written, until one is.
    pub plan_not_kept: Option<crate::storage::policy::WriteError>,
    /// False where this copy keeps nothing on the device (history turned off, or inside an LMS
    /// package): a plan kept there earlier is neither taken up nor written.
    pub keeping: bool,
    /// A saved check-in found on load, offered to the person before it is used.
    pub resumable: Option<Progress>,
    /// The history on this device as last read or written; `Nothing` until the person saves.
    pub history: OnDevice,
    /// False when this browser refuses local storage (private mode, blocked, or broken).
    pub storage_available: bool,
    /// When this check-in was saved to the history, if it was.
    pub saved_at: Option<u64>,
    /// Stored data that could not be read, kept aside unchanged so that it can be downloaded.
    pub set_aside: Option<String>,
    /// True after another tab or window changed the saved history and this one re-read it.
    pub history_changed_elsewhere: bool,
    /// The page of questions on which this tab first found it could not keep progress (the browser
    /// refused session storage): the person is told there, once.
    pub progress_not_kept: Option<usize>,
    /// The country the person chose for their crisis lines, for this tab
    /// ([`crate::storage::country`]); `None` until they choose.
    pub country: Option<String>,
    /// A language whose build could not be reached from this copy when it was asked for (a
    /// folder missing from the copy, or offline and never opened here): the person stays in
    /// this one and is told so.
    pub language_unreached: Option<Lang>,
}

impl Default for State {
    fn default() -> Self {
        State {
            lang: Lang::BUILT,
            screen: Screen::Welcome,
            return_to: Screen::Welcome,
            from_trainers: false,
            length: Length::Full,
            page: 0,
            answers: Answers::new(),
            finished: false,
            plan: Plan::default(),
            plan_notice: None,
            plan_kept: None,
            plan_prefilled: false,
            plan_changed_elsewhere: false,
            plan_new: Vec::new(),
            plan_not_kept: None,
            keeping: true,
            resumable: None,
            history: OnDevice::Nothing,
            storage_available: true,
            saved_at: None,
            set_aside: None,
            history_changed_elsewhere: false,
            progress_not_kept: None,
            country: None,
            language_unreached: None,
        }
    }
}

/// What the hand-over record does not carry, for the whole app taking over this page from the
/// first-visit build (`ui::device::whole`): the notices showing (the history or the kept plan
/// changed in another tab, progress the tab could not keep, a language that could not be
/// reached), the country chosen for the crisis lines (kept only here inside an LMS package, or
/// where the tab refuses storage), and the suggestions a kept plan was offered as new. A language
/// move starts these afresh; a take-over in the same page must not.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Notices {
    pub history_changed_elsewhere: bool,
    pub plan_changed_elsewhere: bool,
    pub progress_not_kept: Option<usize>,
    pub language_unreached: Option<Lang>,
    pub country: Option<String>,
    pub plan_new: Vec<String>,
}

impl Notices {
    /// As one line of tab-separated fields, read back by [`Notices::read`].
    pub fn write(&self) -> String {
        let flag = |b: bool| if b { "1" } else { "0" };
        [
            flag(self.history_changed_elsewhere).to_owned(),
            flag(self.plan_changed_elsewhere).to_owned(),
            self.progress_not_kept
                .map(|p| p.to_string())
                .unwrap_or_default(),
            self.language_unreached
                .map(|l| l.tag().to_owned())
                .unwrap_or_default(),
            self.country.clone().unwrap_or_default(),
            self.plan_new.join(","),
        ]
        .join("\t")
    }

    /// What [`Notices::write`] wrote; any field it cannot read shows no notice.
    pub fn read(text: &str) -> Notices {
        let mut fields = text.split('\t');
        let mut next = || fields.next().unwrap_or("");
        Notices {
            history_changed_elsewhere: next() == "1",
            plan_changed_elsewhere: next() == "1",
            progress_not_kept: next().parse().ok(),
            language_unreached: Lang::from_tag(next()).filter(|l| *l != Lang::BUILT),
            country: crate::storage::country::read(next()),
            plan_new: next()
                .split(',')
                .filter(|id| !id.is_empty())
                .map(str::to_owned)
                .collect(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    Start(Length),
    Answer(String, Response),
    Next,
    Back,
    /// Show Help, Research, Privacy or For trainers, remembering where to return.
    Open(Screen),
    /// Leave Help, Research, Privacy or For trainers.
    Close,
    ShowPlan,
    ShowResults,
    TogglePlan(String),
    SetNote(String),
    /// Any other change to the plan's sections.
    EditPlan(PlanEdit),
    /// The plan was kept on the device, changed at this moment.
    PlanKept(u64),
    /// The kept plan was deleted from the device (it stays on the screen).
    PlanForgotten,
    /// A change to the kept plan could not be written.
    PlanNotKept(crate::storage::policy::WriteError),
    /// This copy keeps nothing on the device (history off, or an LMS package).
    KeepingOff,
    /// Offer a check-in found in session storage.
    Offer(Progress),
    Resume,
    /// Clears everything in progress and returns to the welcome screen.
    Restart,
    SetLang(Lang),
    /// Carry on from a hand-over record left by another language's build in this tab.
    Restore(Box<Handover>),
    /// The notices the first-visit build was showing, as the whole app takes over from it.
    TakeNotices(Notices),
    /// What was found in local storage (at start, or read again after a deletion).
    HistoryFound(Loaded),
    /// Another tab or window changed the saved history; this is what the device holds now.
    HistoryChangedElsewhere(Loaded),
    /// The browser refused to keep the check-in in progress for this tab.
    ProgressNotKept,
    /// The history was written to the device (after a save, delete or import).
    HistoryWritten(History),
    /// This check-in was saved at this time.
    Saved(u64),
    /// The person chose the country whose crisis lines come first (a kept choice is read back
    /// with [`crate::storage::country::read`]; anything else changes nothing).
    ChooseCountry(String),
    /// Another language's build could not be reached: this page stays, and says so.
    LanguageUnreached(Lang),
}

impl Action {
    /// Whether this action starts afresh (a new check-in, or starting over): the check-in kept
    /// for the tab is then forgotten before it is carried out, so that a reload can never bring
    /// the old one back. The one home of that rule; `ui::store::act` and the launch apply it.
    pub fn starts_afresh(&self) -> bool {
        matches!(self, Action::Start(_) | Action::Restart)
    }
}

impl State {
    /// A state with no check-in in progress that keeps what belongs to the device and the person:
    /// the language, the history and what is known about storage.
    fn fresh(&self) -> State {
        State {
            lang: self.lang,
            history: self.history.clone(),
            storage_available: self.storage_available,
            set_aside: self.set_aside.clone(),
            progress_not_kept: self.progress_not_kept.map(|_| 0),
            keeping: self.keeping,
            // A country chosen for the crisis lines holds for the tab, check-in or not.
            country: self.country.clone(),
            // A kept plan belongs to the device, not to one check-in.
            plan: if self.plan_kept.is_some() {
                self.plan.clone()
            } else {
                Plan::default()
            },
            plan_kept: self.plan_kept,
            language_unreached: self.language_unreached,
            ..State::default()
        }
    }

    /// A fresh state carrying on a check-in read back from the tab: unknown questions dropped,
    /// the page held to the check-in's last.
    fn carry_on(&self, p: Progress) -> State {
        let mut answers = p.answers;
        answers.retain_known(assessment::is_known_question);
        let last = pages(p.length).len() - 1;
        State {
            length: p.length,
            page: p.page.min(last),
            answers,
            ..self.fresh()
        }
    }

    /// "Saved on this device" holds only while that check-in is still in the history.
    fn forget_saved_mark_if_gone(&mut self) {
        if let Some(at) = self.saved_at {
            if !self.saved_history().check_ins().iter().any(|c| c.at == at) {
                self.saved_at = None;
            }
        }
    }

    /// Takes up the plan kept on the device when it is not the one this tab last saw: the device's
    /// plan is the plan. A plan deleted elsewhere stays on this screen, no longer kept. Returns
    /// whether this tab's plan changed.
    fn take_up_kept_plan(&mut self) -> bool {
        if !self.keeping {
            return false;
        }
        let kept = match &self.history {
            OnDevice::Read(h) => h.plan().cloned(),
            _ => None,
        };
        match kept {
            // A plan of this tab's own that was never kept stays as it is: keeping it is the
            // person's choice, and their words are never swapped away unasked.
            Some(k) if self.plan_kept.is_none() && !self.plan.is_empty() && self.plan != k.plan => {
                false
            }
            Some(k) if self.plan_kept != Some(k.at) => {
                let changed = self.plan != k.plan;
                self.plan = k.plan;
                self.plan_kept = Some(k.at);
                changed
            }
            Some(_) => false,
            None => {
                if matches!(self.history, OnDevice::Read(_) | OnDevice::Nothing) {
                    self.plan_kept = None;
                }
                false
            }
        }
    }

    /// Applies one action. Returns the new state; the old one is untouched.
    pub fn apply(&self, action: Action) -> State {
        let mut s = self.clone();
        s.plan_notice = None;
        match action {
            Action::Start(length) => {
                s = s.fresh();
                s.length = length;
                s.screen = Screen::Questions;
            }
            Action::Answer(id, response) => {
                if assessment::is_known_question(&id) {
                    s.answers.set(&id, response);
                }
            }
            Action::Next => {
                if s.page + 1 < s.pages().len() {
                    s.page += 1;
                } else {
                    s.finished = true;
                    s.screen = Screen::Results;
                }
            }
            Action::Back => {
                if s.page > 0 {
                    s.page -= 1;
                } else {
                    s.screen = Screen::Welcome;
                }
            }
            Action::Open(screen) => {
                if !self.screen.is_info() {
                    s.return_to = self.screen;
                }
                // The trainers' pages belong to For trainers: Back returns there.
                s.from_trainers = self.screen == Screen::Trainers && screen.belongs_to_trainers();
                s.screen = screen;
            }
            Action::Close => {
                if self.screen == Screen::Class {
                    // Class mode is a tab of its own: Back leaves it for that tab's welcome.
                    s.screen = Screen::Welcome;
                    s.return_to = Screen::Welcome;
                    s.from_trainers = false;
                } else if s.from_trainers && self.screen.belongs_to_trainers() {
                    s.screen = Screen::Trainers;
                    s.from_trainers = false;
                } else {
                    s.screen = s.return_to;
                    s.from_trainers = false;
                }
            }
            Action::ShowPlan => {
                if s.finished || s.plan_kept.is_some() {
                    s.screen = Screen::Plan;
                }
                // The first time after a check-in, its answers choose warning signs and asks.
                if s.finished && !s.plan_prefilled {
                    if s.plan_kept.is_some() {
                        // A kept plan: what the answers point to is offered, not written.
                        s.plan_new = s.plan.clone().prefill(&s.answers);
                    } else {
                        s.plan.prefill(&s.answers);
                    }
                    s.plan_prefilled = true;
                }
            }
            Action::ShowResults => {
                if s.finished {
                    s.screen = Screen::Results;
                }
            }
            Action::TogglePlan(id) => {
                if assessment::suggestion(&id).is_some() {
                    s.plan_notice = s.plan.toggle(&id).err();
                }
            }
            Action::SetNote(note) => s.plan.set_note(&note),
            Action::PlanKept(at) => {
                s.plan_kept = Some(at);
                s.plan_changed_elsewhere = false;
                s.plan_not_kept = None;
            }
            Action::PlanForgotten => {
                s.plan_kept = None;
                s.plan_not_kept = None;
            }
            Action::PlanNotKept(e) => s.plan_not_kept = Some(e),
            Action::KeepingOff => {
                s.keeping = false;
                s.plan_kept = None;
            }
            Action::EditPlan(edit) => {
                // A suggestion taken up, or turned down by choosing otherwise, is no longer new.
                if let PlanEdit::Chip(_, id) = &edit {
                    s.plan_new.retain(|n| n != id);
                }
                s.plan.edit(edit);
            }
            Action::Offer(progress) => s.resumable = Some(progress),
            Action::Resume => {
                if let Some(p) = s.resumable.take() {
                    s = State {
                        screen: Screen::Questions,
                        ..s.carry_on(p)
                    };
                }
            }
            Action::Restart => s = s.fresh(),
            Action::SetLang(lang) => s.lang = lang,
            Action::Restore(h) => {
                let carried = h.progress.is_some();
                let base = match h.progress {
                    Some(p) => s.carry_on(p),
                    None => s.fresh(),
                };
                let finished = h.finished && carried;
                let mut next = State {
                    finished,
                    plan: h.plan,
                    plan_prefilled: h.prefilled,
                    saved_at: h.saved_at.filter(|_| finished),
                    ..base
                };
                // A screen the record cannot lead to (results before the end, or questions
                // after it) falls back to where the check-in stands.
                let fits = |screen: Screen| match screen {
                    Screen::Results | Screen::Plan => next.finished,
                    Screen::Questions => carried && !next.finished,
                    _ => true,
                };
                let fallback = if next.finished {
                    Screen::Results
                } else {
                    Screen::Welcome
                };
                let pick = |name: &str| {
                    Screen::from_key(name)
                        .filter(|s| fits(*s))
                        .unwrap_or(fallback)
                };
                next.screen = pick(&h.screen);
                next.return_to = pick(&h.return_to);
                if next.return_to.is_info() {
                    next.return_to = fallback;
                }
                next.from_trainers = h.from_trainers && next.screen.belongs_to_trainers();
                s = next;
            }
            Action::HistoryFound(loaded) => {
                s.history = loaded.history;
                s.set_aside = loaded.set_aside;
                s.storage_available = loaded.available;
                s.forget_saved_mark_if_gone();
                s.take_up_kept_plan();
            }
            Action::HistoryChangedElsewhere(loaded) => {
                s.history = loaded.history;
                s.set_aside = loaded.set_aside;
                s.storage_available = loaded.available;
                s.history_changed_elsewhere = true;
                s.forget_saved_mark_if_gone();
                s.plan_changed_elsewhere = s.take_up_kept_plan();
            }
            Action::TakeNotices(n) => {
                s.history_changed_elsewhere |= n.history_changed_elsewhere;
                s.plan_changed_elsewhere |= n.plan_changed_elsewhere;
                s.progress_not_kept = s.progress_not_kept.or(n.progress_not_kept);
                s.language_unreached = s.language_unreached.or(n.language_unreached);
                if let Some(code) = n.country.as_deref().and_then(crate::storage::country::read) {
                    s.country = Some(code);
                }
                // The ideas still marked new: those the kept plan's answers point to, as named.
                if s.plan_new.is_empty() && !n.plan_new.is_empty() {
                    s.plan_new = s.plan.clone().prefill(&s.answers);
                    s.plan_new.retain(|id| n.plan_new.iter().any(|c| c == id));
                }
            }
            Action::LanguageUnreached(lang) => {
                if lang != Lang::BUILT {
                    s.language_unreached = Some(lang);
                }
            }
            Action::ProgressNotKept => {
                if s.progress_not_kept.is_none() && s.screen == Screen::Questions {
                    s.progress_not_kept = Some(s.page);
                }
            }
            Action::HistoryWritten(history) => {
                s.history = if history.holds_nothing() {
                    OnDevice::Nothing
                } else {
                    OnDevice::Read(history)
                };
                s.history_changed_elsewhere = false;
                s.forget_saved_mark_if_gone();
                s.take_up_kept_plan();
            }
            Action::Saved(at) => {
                if s.finished {
                    s.saved_at = Some(at);
                }
            }
            Action::ChooseCountry(code) => {
                if let Some(code) = crate::storage::country::read(&code) {
                    s.country = Some(code);
                }
            }
        }
        s
    }
}

#[cfg(test)]
#[path = "state_tests.rs"]
mod tests;
