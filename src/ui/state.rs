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
mod tests {
    use super::*;
    use crate::assessment::{bank, Frequency};

    fn started(length: Length) -> State {
        State::default().apply(Action::Start(length))
    }

    #[test]
    fn the_frame_is_told_a_measured_height_only_where_nothing_answered_shows() {
        let mut s = State::default();
        assert_eq!(s.frame_height(), FrameHeight::Measured, "welcome");
        s = s.apply(Action::Start(Length::Pulse));
        assert_eq!(
            s.frame_height(),
            FrameHeight::Measured,
            "the pulse's questions"
        );
        s = s.apply(Action::Next);
        assert_eq!(s.current_page(), Some(Page::Safety));
        let fixed = FrameHeight::Fixed(FIXED_FRAME_HEIGHT);
        assert_eq!(s.frame_height(), fixed, "support can show beside an answer");
        // The same height whatever was answered.
        let answered = s.apply(Action::Answer(
            "saf_alive".into(),
            Response::Given(Frequency::Rarely),
        ));
        assert_eq!(answered.frame_height(), s.frame_height());
        s = s.apply(Action::Next);
        assert_eq!(s.screen, Screen::Results);
        assert_eq!(s.frame_height(), fixed);
        for screen in [Screen::Plan, Screen::History, Screen::Help] {
            assert_eq!(
                State {
                    screen,
                    ..s.clone()
                }
                .frame_height(),
                fixed,
                "{screen:?}"
            );
        }
        for screen in [
            Screen::Research,
            Screen::Privacy,
            Screen::Trainers,
            Screen::Paper,
            Screen::Guide,
        ] {
            assert_eq!(
                State {
                    screen,
                    ..s.clone()
                }
                .frame_height(),
                FrameHeight::Measured,
                "{screen:?}"
            );
        }
    }

    #[test]
    fn a_country_chosen_lasts_through_a_new_check_in_and_a_bad_one_changes_nothing() {
        let s = State::default().apply(Action::ChooseCountry("in".into()));
        assert_eq!(s.country.as_deref(), Some("IN"));
        let s = s.apply(Action::ChooseCountry("India".into()));
        assert_eq!(s.country.as_deref(), Some("IN"), "not a code: ignored");
        let s = s.apply(Action::Start(Length::Pulse)).apply(Action::Restart);
        assert_eq!(s.country.as_deref(), Some("IN"));
        let s = s.apply(Action::ChooseCountry("other".into()));
        assert_eq!(s.country.as_deref(), Some("other"));
    }

    #[test]
    fn full_has_a_page_per_theme_then_safety() {
        let s = pages(Length::Full);
        assert_eq!(s.len(), 9);
        assert_eq!(s[0], Page::Theme(Theme::Intensity));
        assert_eq!(s[8], Page::Safety);
        assert_eq!(pages(Length::Pulse), vec![Page::Pulse, Page::Safety]);
    }

    #[test]
    fn next_walks_the_pages_then_finishes() {
        let mut s = started(Length::Pulse);
        assert_eq!(s.screen, Screen::Questions);
        s = s.apply(Action::Next);
        assert_eq!((s.page, s.finished), (1, false));
        s = s.apply(Action::Next);
        assert_eq!((s.screen, s.finished), (Screen::Results, true));
        assert_eq!(
            s.progress(),
            None,
            "a finished check-in is not kept in the session"
        );
    }

    #[test]
    fn back_keeps_answers_and_leaves_from_the_first_page() {
        let q = bank::QUESTIONS[0].id;
        let mut s = started(Length::Full)
            .apply(Action::Answer(q.into(), Response::Given(Frequency::Often)));
        s = s.apply(Action::Next).apply(Action::Back);
        assert_eq!(s.page, 0);
        assert_eq!(s.answers.get(q), Some(Response::Given(Frequency::Often)));
        s = s.apply(Action::Back);
        assert_eq!(s.screen, Screen::Welcome);
    }

    #[test]
    fn unknown_question_ids_are_ignored() {
        let s = started(Length::Full).apply(Action::Answer(
            "made_up".into(),
            Response::Given(Frequency::Always),
        ));
        assert!(s.answers.is_empty());
    }

    #[test]
    fn progress_is_offered_then_resumed_with_unknown_ids_dropped_and_page_clamped() {
        let q = bank::QUESTIONS[0].id;
        let answers: Answers = [
            (q, Response::Given(Frequency::Rarely)),
            ("gone", Response::Given(Frequency::Often)),
        ]
        .into_iter()
        .collect();
        let p = Progress {
            length: Length::Pulse,
            page: 99,
            answers,
        };
        let s = State::default().apply(Action::Offer(p));
        assert_eq!(
            s.screen,
            Screen::Welcome,
            "nothing is resumed without the person's choice"
        );
        let s = s.apply(Action::Resume);
        assert_eq!(
            (s.screen, s.length, s.page),
            (Screen::Questions, Length::Pulse, 1)
        );
        assert_eq!(s.answers.len(), 1);
        assert_eq!(s.progress().map(|p| p.answers), Some(s.answers.clone()));
    }

    #[test]
    fn plan_is_reachable_only_after_finishing() {
        let s = started(Length::Pulse).apply(Action::ShowPlan);
        assert_eq!(s.screen, Screen::Questions);
        let s = s
            .apply(Action::Next)
            .apply(Action::Next)
            .apply(Action::ShowPlan);
        assert_eq!(s.screen, Screen::Plan);
        assert_eq!(s.apply(Action::ShowResults).screen, Screen::Results);
    }

    #[test]
    fn a_fourth_plan_pick_sets_a_notice_and_the_next_action_clears_it() {
        let ids: Vec<&str> = bank::SUGGESTIONS.iter().map(|s| s.id).take(4).collect();
        let mut s = State::default();
        for id in &ids[..3] {
            s = s.apply(Action::TogglePlan((*id).into()));
        }
        s = s.apply(Action::TogglePlan(ids[3].into()));
        assert_eq!(s.plan_notice, Some(PlanError::Full));
        assert_eq!(s.plan.picks().len(), 3);
        s = s.apply(Action::SetNote("walk".into()));
        assert_eq!(s.plan_notice, None);
        assert_eq!(s.plan.note(), "walk");
        s = s.apply(Action::TogglePlan("no_such_idea".into()));
        assert_eq!(s.plan.picks().len(), 3);
    }

    #[test]
    fn help_returns_to_where_the_person_was_even_via_another_page() {
        let s = started(Length::Full).apply(Action::Next);
        let s = s
            .apply(Action::Open(Screen::Help))
            .apply(Action::Open(Screen::Research));
        let s = s.apply(Action::Close);
        assert_eq!((s.screen, s.page), (Screen::Questions, 1));
    }

    #[test]
    fn starting_afresh_is_a_new_check_in_or_starting_over_and_nothing_else() {
        assert!(Action::Start(Length::Pulse).starts_afresh());
        assert!(Action::Restart.starts_afresh());
        for other in [Action::Resume, Action::Next, Action::Back, Action::Close] {
            assert!(!other.starts_afresh(), "{other:?}");
        }
    }

    #[test]
    fn restart_clears_the_check_in_but_keeps_the_language_and_history() {
        let q = bank::QUESTIONS[0].id;
        let s = started(Length::Full)
            .apply(Action::Answer(q.into(), Response::Given(Frequency::Never)));
        let s = s.apply(Action::Restart);
        assert_eq!(s, State::default());
        let s = State::default()
            .apply(Action::HistoryFound(Loaded::unavailable()))
            .apply(Action::Restart);
        assert!(!s.storage_available);
    }

    #[test]
    fn starting_or_resuming_a_check_in_keeps_the_saved_history() {
        let mut h = History::default();
        let record = crate::storage::history::CheckIn::record(
            1,
            crate::assessment::Date::new(2026, 11, 22).expect("day"),
            Length::Pulse,
            &Answers::new(),
            &crate::assessment::Plan::default(),
        );
        h.add(record).expect("room");
        let s = State::default().apply(Action::HistoryWritten(h.clone()));
        for next in [
            s.apply(Action::Start(Length::Full)),
            s.apply(Action::Restart),
            s.apply(Action::Offer(Progress {
                length: Length::Full,
                page: 0,
                answers: Answers::new(),
            }))
            .apply(Action::Resume),
        ] {
            assert_eq!(next.saved_history(), h);
        }
    }

    /// A history that holds this state's check-in, saved at `at`.
    fn holding(s: &State, at: u64) -> History {
        let record = crate::storage::history::CheckIn::record(
            at,
            crate::assessment::Date::new(2026, 11, 22).expect("day"),
            s.length,
            &s.answers,
            &s.plan,
        );
        let mut h = History::default();
        h.add(record).expect("room");
        h
    }

    fn finished_pulse() -> State {
        started(Length::Pulse)
            .apply(Action::Next)
            .apply(Action::Next)
    }

    #[test]
    fn a_hand_over_carries_everything_a_language_change_would_lose() {
        // A finished pulse, on the plan, with two picks and a note, saved, reading Help.
        let s = finished_pulse()
            .apply(Action::Answer("sup_talk".into(), Response::Skip))
            .apply(Action::ShowPlan)
            .apply(Action::TogglePlan("int_reset".into()))
            .apply(Action::SetNote("Ring Sam on Friday".into()))
            .apply(Action::Saved(42))
            .apply(Action::Open(Screen::Help));
        let other = State::default().apply(Action::Restore(s.handover()));
        assert_eq!(other.screen, Screen::Help);
        assert_eq!(other.apply(Action::Close).screen, Screen::Plan);
        assert_eq!(other.answers, s.answers);
        assert_eq!(other.plan, s.plan);
        assert_eq!(other.saved_at, Some(42));
        assert_eq!(
            (other.length, other.page, other.finished),
            (Length::Pulse, 1, true)
        );
        assert_eq!(other.outcome(), s.outcome());

        // Half-way through the full check-in.
        let s = started(Length::Full)
            .apply(Action::Answer(
                "int_drained".into(),
                Response::Given(Frequency::Often),
            ))
            .apply(Action::Next)
            .apply(Action::Next);
        let other = State::default().apply(Action::Restore(s.handover()));
        assert_eq!((other.screen, other.page), (Screen::Questions, 2));
        assert_eq!(other.answers, s.answers);
        assert_eq!(other.progress(), s.progress());
    }

    #[test]
    fn a_hand_over_carries_no_check_in_when_none_is_under_way() {
        let waiting = Progress {
            length: Length::Full,
            page: 3,
            answers: started(Length::Full)
                .apply(Action::Answer("int_drained".into(), Response::Skip))
                .answers,
        };
        // On the welcome screen, offering a check-in to resume: the offer is the tab's, not ours.
        let offering = State::default().apply(Action::Offer(waiting));
        assert_eq!(offering.handover().progress, None);
        let other = State::default().apply(Action::Restore(offering.handover()));
        assert_eq!((other.screen, other.finished), (Screen::Welcome, false));
        // Reading Help from the welcome screen: Help again, and nothing started.
        let help = State::default().apply(Action::Open(Screen::Help));
        assert_eq!(help.handover().progress, None);
        let other = State::default().apply(Action::Restore(help.handover()));
        assert_eq!(other.screen, Screen::Help);
        assert_eq!(other.apply(Action::Close).screen, Screen::Welcome);
        // Reading Help in the middle of a check-in: the check-in comes along.
        let mid = started(Length::Pulse).apply(Action::Open(Screen::Help));
        assert!(mid.handover().progress.is_some());
        let other = State::default().apply(Action::Restore(mid.handover()));
        assert_eq!(other.apply(Action::Close).screen, Screen::Questions);
    }

    #[test]
    fn a_hand_over_that_does_not_fit_falls_back_to_where_the_check_in_stands() {
        let base = finished_pulse().handover();
        let restore = |h: Handover| State::default().apply(Action::Restore(h));
        let s = restore(Handover {
            screen: "nowhere".into(),
            ..base.clone()
        });
        assert_eq!(s.screen, Screen::Results, "an unknown screen: the results");
        let s = restore(Handover {
            screen: "plan".into(),
            finished: false,
            saved_at: Some(7),
            progress: base.progress.clone().map(|p| Progress { page: 99, ..p }),
            picks: vec!["int_reset".into(), "no_such_suggestion".into()],
            ..base.clone()
        });
        assert_eq!(s.screen, Screen::Welcome, "no plan before the end");
        assert_eq!(s.page, 1, "the page is held to the check-in's last");
        assert_eq!(s.saved_at, None, "only a finished check-in is saved");
        assert_eq!(
            s.plan.picks(),
            ["int_reset".to_string()],
            "unknown suggestions are dropped"
        );
        let s = restore(Handover {
            screen: "questions".into(),
            return_to: "help".into(),
            ..base
        });
        assert_eq!(s.screen, Screen::Results, "no questions after the end");
        assert_eq!(
            s.return_to,
            Screen::Results,
            "Back never leads to another information page"
        );
        for screen in Screen::ALL {
            assert_eq!(Screen::from_key(screen.key()), Some(screen));
        }
    }

    #[test]
    fn saving_marks_only_a_finished_check_in_and_deleting_it_unmarks() {
        assert_eq!(
            started(Length::Pulse).apply(Action::Saved(7)).saved_at,
            None
        );
        let s = finished_pulse().apply(Action::Saved(7));
        assert_eq!(s.saved_at, Some(7));
        let s = s.apply(Action::HistoryWritten(holding(&s, 7)));
        assert_eq!(s.saved_history().len(), 1);
        assert_eq!(s.saved_at, Some(7));
        let s = s.apply(Action::HistoryWritten(History::default()));
        assert_eq!(
            (s.saved_at, &s.history),
            (None, &OnDevice::Nothing),
            "deleting all forgets the mark"
        );
    }

    #[test]
    fn the_tab_title_follows_the_page_and_screen() {
        let title = |s: &State| crate::present::pages::title(s.lang.locale(), s.where_is());
        let s = started(Length::Full).apply(Action::Next);
        assert_eq!(title(&s), "Part 2 of 9 – Full Cup");
        let s = started(Length::Pulse).apply(Action::Next);
        assert_eq!(title(&s), "Part 2 of 2 – Full Cup");
        assert_eq!(
            title(&s.apply(Action::Open(Screen::Help))),
            "Get help now – Full Cup"
        );
        assert_eq!(
            title(&State::default()),
            "Full Cup – A private check-in for peer support workers"
        );
    }

    #[test]
    fn a_change_in_another_tab_is_shown_and_forgets_a_mark_that_is_gone() {
        let s = finished_pulse().apply(Action::Saved(7));
        let s = s.apply(Action::HistoryWritten(holding(&s, 7)));
        assert_eq!(s.saved_at, Some(7));
        let elsewhere = Loaded {
            history: OnDevice::Nothing,
            set_aside: None,
            available: true,
        };
        let s = s.apply(Action::HistoryChangedElsewhere(elsewhere));
        assert!(s.history_changed_elsewhere);
        assert_eq!(
            s.saved_at, None,
            "deleted in the other tab: no longer saved"
        );
        assert_eq!(s.saved_history(), History::default());
        let s = s.apply(Action::HistoryWritten(History::default()));
        assert!(
            !s.history_changed_elsewhere,
            "this tab's own change clears the notice"
        );
    }

    #[test]
    fn a_tab_that_cannot_keep_progress_is_told_once_on_that_page() {
        let s = started(Length::Full).apply(Action::Next);
        let s = s.apply(Action::ProgressNotKept);
        assert_eq!(s.progress_not_kept, Some(1));
        let s = s.apply(Action::Next).apply(Action::ProgressNotKept);
        assert_eq!(
            s.progress_not_kept,
            Some(1),
            "said once, where it was found"
        );
        assert_eq!(
            State::default()
                .apply(Action::ProgressNotKept)
                .progress_not_kept,
            None,
            "only while answering"
        );
    }

    #[test]
    fn a_press_before_the_app_was_ready_is_carried_out() {
        let s = State::default();
        let started = s.apply(early_press("pulse").expect("a check-in"));
        assert_eq!(
            (started.screen, started.length),
            (Screen::Questions, Length::Pulse)
        );
        let started = s.apply(early_press("full").expect("a check-in"));
        assert_eq!(
            (started.screen, started.length),
            (Screen::Questions, Length::Full)
        );
        for (key, screen) in [
            ("help", Screen::Help),
            ("history", Screen::History),
            ("research", Screen::Research),
            ("privacy", Screen::Privacy),
        ] {
            assert_eq!(s.apply(early_press(key).expect(key)).screen, screen);
        }
        assert!(early_press("trainers").is_none() && early_press("").is_none());
    }

    #[test]
    fn what_was_done_before_the_app_was_ready_is_carried_on_in_order() {
        use crate::settings::Settings;
        let answers = vec![
            ("int_drained".to_owned(), "often".to_owned()),
            ("int_pain".to_owned(), "nonsense".to_owned()),
            ("not_a_question".to_owned(), "never".to_owned()),
        ];
        let early = |start: Option<&str>, open: Option<&str>, next: bool| Early {
            start: start.map(str::to_owned),
            open: open.map(str::to_owned),
            answers: answers.clone(),
            next,
            lang: None,
        };
        let settings = Settings::default();
        let run = |actions: Vec<Action>| {
            actions
                .into_iter()
                .fold(State::default(), |s, a| s.apply(a))
        };
        let s = run(early_actions(
            early(Some("full"), None, true),
            &settings,
            false,
        ));
        assert_eq!(
            (s.screen, s.page),
            (Screen::Questions, 1),
            "started, answered, moved on"
        );
        assert_eq!(
            s.answers.get("int_drained"),
            Some(Response::Given(crate::assessment::Frequency::Often))
        );
        assert_eq!(
            s.answers.get("int_pain"),
            None,
            "an unknown answer is dropped"
        );
        assert_eq!(s.answers.get("not_a_question"), None);

        // Started, answered, then asked for help: help opens, and the answers are still there.
        let s = run(early_actions(
            early(Some("full"), Some("help"), false),
            &settings,
            false,
        ));
        assert_eq!((s.screen, s.return_to), (Screen::Help, Screen::Questions));
        assert!(s.answers.get("int_drained").is_some());

        // Only a page: no answers ride along.
        assert_eq!(
            early_actions(early(None, Some("help"), true), &settings, false),
            vec![Action::Open(Screen::Help)]
        );

        // The pulse turned off: the full check-in, with the answers kept.
        let mut off = Settings::default();
        off.modules.pulse = false;
        off.modules.history = false;
        let s = run(early_actions(
            early(Some("pulse"), None, false),
            &off,
            false,
        ));
        assert_eq!((s.screen, s.length), (Screen::Questions, Length::Full));
        assert!(s.answers.get("int_drained").is_some());
        assert!(early_actions(early(None, Some("history"), false), &off, false).is_empty());

        // A check-in saved in this tab is offered back, never started over.
        assert!(early_actions(early(Some("full"), None, true), &settings, true).is_empty());
        assert!(early_actions(Early::default(), &settings, false).is_empty());
    }

    #[test]
    fn back_from_the_guide_or_paper_returns_to_for_trainers_then_to_where_the_person_was() {
        let s = State::default()
            .apply(Action::Start(Length::Full))
            .apply(Action::Open(Screen::Trainers))
            .apply(Action::Open(Screen::Guide));
        let s = s.apply(Action::Close);
        assert_eq!(s.screen, Screen::Trainers);
        let s = s.apply(Action::Open(Screen::Paper)).apply(Action::Close);
        assert_eq!(s.screen, Screen::Trainers);
        assert_eq!(s.apply(Action::Close).screen, Screen::Questions);
        // Help from the guide, then Back twice: never stuck on one page.
        let s = State::default()
            .apply(Action::Open(Screen::Guide))
            .apply(Action::Open(Screen::Help))
            .apply(Action::Close);
        assert_ne!(s.screen, Screen::Help);
        assert_eq!(s.apply(Action::Close).screen, Screen::Welcome);
    }
}
