//! The app's state and every action a person can take, as a pure reducer (no yew or web types),
//! so that each action is tested natively.

use crate::assessment::{self, Answers, Length, Plan, PlanError, Response, Theme};
use crate::content::Lang;
use crate::present::pages::Where;
use crate::storage::handover::Handover;
use crate::storage::history::{History, OnDevice};
use crate::storage::policy::Loaded;
pub use crate::storage::session::Progress;

/// What the page framing Full Cup is told of its height, when a trainer turned that on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameHeight {
    /// The screen's own height: its content depends only on the copy, the language and the
    /// frame's width.
    Measured,
    /// A fixed height, the screen scrolling inside the frame: its content depends on what the
    /// person answered or chose, which its height must never tell the course page.
    Fixed(u32),
}

/// The height told for a screen whose content depends on the person's answers or choices.
pub const FIXED_FRAME_HEIGHT: u32 = 900;

keyed! {
    /// Which screen is showing; the key is its name in a hand-over record.
    pub enum Screen {
        Welcome = "welcome",
        Questions = "questions",
        Results = "results",
        Plan = "plan",
        Help = "help",
        Research = "research",
        Privacy = "privacy",
        History = "history",
        Trainers = "trainers",
        Paper = "paper",
        Guide = "guide",
    }
}

impl Screen {
    /// A page opened over the check-in (help, research, privacy and the trainers' pages), from
    /// which Back returns.
    pub fn is_info(self) -> bool {
        matches!(
            self,
            Screen::Help
                | Screen::Research
                | Screen::Privacy
                | Screen::Trainers
                | Screen::Guide
                | Screen::Paper
        )
    }
}

/// One page of questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Page {
    /// One theme's questions (full check-in).
    Theme(Theme),
    /// The one question per theme of the quick pulse, on a single page.
    Pulse,
    /// The safety questions, last in both lengths.
    Safety,
}

/// The pages of a check-in of `length`, in order.
pub fn pages(length: Length) -> Vec<Page> {
    let mut pages: Vec<Page> = match length {
        Length::Full => Theme::PAGE_ORDER.into_iter().map(Page::Theme).collect(),
        Length::Pulse => vec![Page::Pulse],
    };
    pages.push(Page::Safety);
    pages
}

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
    /// Offer a check-in found in session storage.
    Offer(Progress),
    Resume,
    /// Clears everything in progress and returns to the welcome screen.
    Restart,
    SetLang(Lang),
    /// Carry on from a hand-over record left by another language's build in this tab.
    Restore(Handover),
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
    if let Some(Action::Open(screen)) = early.open.as_deref().and_then(early_press) {
        if screen != Screen::History || settings.modules.history {
            actions.push(Action::Open(screen));
        }
    }
    actions
}

impl State {
    pub fn pages(&self) -> Vec<Page> {
        pages(self.length)
    }

    /// What the course page may be told of the height now: the measured height only where the
    /// screen shows nothing a person answered or chose (the welcome, a page of questions other
    /// than the safety page, the documents); a fixed one on the safety page (support shows beside
    /// an answer), the results, My plan, My history and Get help now (the country chosen).
    pub fn frame_height(&self) -> FrameHeight {
        match self.screen {
            Screen::Questions if self.current_page() != Some(Page::Safety) => FrameHeight::Measured,
            Screen::Welcome
            | Screen::Research
            | Screen::Privacy
            | Screen::Trainers
            | Screen::Paper
            | Screen::Guide => FrameHeight::Measured,
            Screen::Questions | Screen::Results | Screen::Plan | Screen::History | Screen::Help => {
                FrameHeight::Fixed(FIXED_FRAME_HEIGHT)
            }
        }
    }

    pub fn current_page(&self) -> Option<Page> {
        self.pages().get(self.page).copied()
    }

    /// What to keep in session storage: only a check-in in progress, never a finished one.
    pub fn progress(&self) -> Option<Progress> {
        (self.screen == Screen::Questions && !self.finished).then(|| Progress {
            length: self.length,
            page: self.page,
            answers: self.answers.clone(),
        })
    }

    /// What to carry to another language's build: everything the person would otherwise lose.
    pub fn handover(&self) -> Handover {
        // A check-in under way, finished, or left for an information page; on the welcome screen
        // with nothing started there is none (and a check-in offered for resuming stays offered).
        let under_way = self.finished
            || self.screen == Screen::Questions
            || (self.screen != Screen::Welcome && self.return_to == Screen::Questions);
        Handover {
            progress: under_way.then(|| Progress {
                length: self.length,
                page: self.page,
                answers: self.answers.clone(),
            }),
            screen: self.screen.key().to_owned(),
            return_to: self.return_to.key().to_owned(),
            from_trainers: self.from_trainers,
            finished: self.finished,
            picks: self.plan.picks().to_vec(),
            note: self.plan.note().to_owned(),
            saved_at: self.saved_at,
        }
    }

    /// Where the person is, for the browser tab's title.
    pub fn where_is(&self) -> Where {
        let locale = self.lang.locale();
        let ui = locale.ui;
        let heading = match self.screen {
            Screen::Welcome => return Where::Welcome,
            Screen::Questions => {
                return Where::Questions {
                    page: self.page + 1,
                    pages: self.pages().len(),
                };
            }
            Screen::Results => ui.results_title,
            Screen::Plan => ui.plan_title,
            Screen::Help => ui.help_title,
            Screen::Research => ui.research_title,
            Screen::Privacy => ui.your_privacy,
            Screen::History => ui.history_nav,
            Screen::Trainers => ui.for_trainers,
            Screen::Paper => ui.paper.title,
            Screen::Guide => ui.guide.title,
        };
        Where::Screen(heading)
    }

    pub fn outcome(&self) -> assessment::Outcome {
        assessment::evaluate(self.length, &self.answers)
    }

    /// The readable history (empty when nothing is stored or it could not be read).
    pub fn saved_history(&self) -> History {
        match &self.history {
            OnDevice::Read(h) => h.clone(),
            _ => History::default(),
        }
    }

    /// A state with no check-in in progress that keeps what belongs to the device and the person:
    /// the language, the history and what is known about storage.
    fn fresh(&self) -> State {
        State {
            lang: self.lang,
            history: self.history.clone(),
            storage_available: self.storage_available,
            set_aside: self.set_aside.clone(),
            progress_not_kept: self.progress_not_kept.map(|_| 0),
            // A country chosen for the crisis lines holds for the tab, check-in or not.
            country: self.country.clone(),
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
                // The guide and the paper version belong to For trainers: Back returns there.
                s.from_trainers = self.screen == Screen::Trainers
                    && matches!(screen, Screen::Guide | Screen::Paper);
                s.screen = screen;
            }
            Action::Close => {
                if s.from_trainers && matches!(self.screen, Screen::Guide | Screen::Paper) {
                    s.screen = Screen::Trainers;
                    s.from_trainers = false;
                } else {
                    s.screen = s.return_to;
                    s.from_trainers = false;
                }
            }
            Action::ShowPlan => {
                if s.finished {
                    s.screen = Screen::Plan;
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
                let picks = h
                    .picks
                    .into_iter()
                    .filter(|id| assessment::suggestion(id).is_some())
                    .collect();
                let carried = h.progress.is_some();
                let base = match h.progress {
                    Some(p) => s.carry_on(p),
                    None => s.fresh(),
                };
                let finished = h.finished && carried;
                let mut next = State {
                    finished,
                    plan: Plan::from_parts(picks, &h.note),
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
                next.from_trainers =
                    h.from_trainers && matches!(next.screen, Screen::Guide | Screen::Paper);
                s = next;
            }
            Action::HistoryFound(loaded) => {
                s.history = loaded.history;
                s.set_aside = loaded.set_aside;
                s.storage_available = loaded.available;
                s.forget_saved_mark_if_gone();
            }
            Action::HistoryChangedElsewhere(loaded) => {
                s.history = loaded.history;
                s.set_aside = loaded.set_aside;
                s.storage_available = loaded.available;
                s.history_changed_elsewhere = true;
                s.forget_saved_mark_if_gone();
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
                s.history = if history.is_empty() {
                    OnDevice::Nothing
                } else {
                    OnDevice::Read(history)
                };
                s.history_changed_elsewhere = false;
                s.forget_saved_mark_if_gone();
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
