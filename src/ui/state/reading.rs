//! What the state says without changing: the pages, the frame's height, the tab's record, the
//! hand-over, the title, the outcome and the history.

use super::{pages, FrameHeight, Page, Progress, Screen, State, FIXED_FRAME_HEIGHT};
use crate::assessment;
use crate::present::pages::Where;
use crate::storage::handover::Handover;
use crate::storage::history::{History, OnDevice};

/// What the tab's progress record (`storage::session`) should hold for a state.
#[derive(Clone, Debug, PartialEq)]
pub enum TabRecord {
    /// A check-in in progress, so that a reload can offer it back.
    Keep(Progress),
    /// Nothing: the check-in is finished, and a reload must never bring it back.
    Forget,
    /// Whatever it holds: the welcome, a page opened over the check-in, or a check-in offered
    /// back that the person has not chosen yet.
    Leave,
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
            | Screen::Guide
            | Screen::Class
            | Screen::Pack
            | Screen::Crosswalk => FrameHeight::Measured,
            Screen::Questions
            | Screen::Results
            | Screen::Plan
            | Screen::History
            | Screen::Help
            | Screen::Now
            | Screen::Day => FrameHeight::Fixed(FIXED_FRAME_HEIGHT),
        }
    }

    pub fn current_page(&self) -> Option<Page> {
        self.pages().get(self.page).copied()
    }

    /// What the tab's progress record should hold now; `ui::hooks::use_tab_record` mirrors it.
    pub fn tab_record(&self) -> TabRecord {
        match self.progress() {
            Some(p) => TabRecord::Keep(p),
            None if self.finished => TabRecord::Forget,
            None => TabRecord::Leave,
        }
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
            plan: self.plan.clone(),
            prefilled: self.plan_prefilled,
            saved_at: self.saved_at,
        }
    }

    /// The notices showing, for the whole app taking over from the first-visit build.
    pub fn notices(&self) -> super::Notices {
        super::Notices {
            history_changed_elsewhere: self.history_changed_elsewhere,
            plan_changed_elsewhere: self.plan_changed_elsewhere,
            progress_not_kept: self.progress_not_kept,
            language_unreached: self.language_unreached,
            country: self.country.clone(),
            plan_new: self.plan_new.iter().map(|id| (*id).to_owned()).collect(),
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
            Screen::Paper => ui.paper_title,
            Screen::Guide => ui.guide_title,
            Screen::Now => ui.now.title,
            Screen::Day => ui.now.day_title,
            Screen::Class => ui.class_title,
            Screen::Pack => ui.pack_title,
            Screen::Crosswalk => ui.crosswalk_title,
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
}
