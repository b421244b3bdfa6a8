//! The screens, the pages of questions and what a framing page is told of the height.

use crate::assessment::{Length, Theme};

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
        /// Right now: a few minutes for a hard moment.
        Now = "now",
        /// The ten-second daily check.
        Day = "day",
        /// Class mode: the guide's circles for a projector or a shared screen.
        Class = "class",
        /// The class pack: one print for a class.
        Pack = "pack",
        /// The crosswalk for course plans, with timing sheets.
        Crosswalk = "crosswalk",
    }
}

impl Screen {
    /// A page opened over the check-in (help, research, privacy and the trainers' pages), from
    /// which Back returns. Not class mode: it opens in a tab of its own (`?class=1`), and a page
    /// opened from it returns to it.
    pub fn is_info(self) -> bool {
        matches!(
            self,
            Screen::Help
                | Screen::Research
                | Screen::Privacy
                | Screen::Trainers
                | Screen::Guide
                | Screen::Paper
                | Screen::Now
                | Screen::Day
                | Screen::Pack
                | Screen::Crosswalk
        )
    }
}

impl Screen {
    /// Whether the first-visit build shows this screen itself. Each language has two builds: the
    /// one every visit starts with, holding every screen of a check-in, its results and plan,
    /// help, Right now, the daily check, About the research and Your privacy; and the whole app,
    /// loaded over it the first time a person opens My history or a trainers' page. A hard moment
    /// never waits for a download: Get help now, Right now and the results with their crisis
    /// lines are always in the first.
    pub fn in_first_build(self) -> bool {
        !matches!(
            self,
            Screen::History
                | Screen::Trainers
                | Screen::Guide
                | Screen::Paper
                | Screen::Class
                | Screen::Pack
                | Screen::Crosswalk
        )
    }
}

impl Screen {
    /// The pages reached from For trainers, from which Back returns there: the guide, the paper
    /// version, the class pack and the crosswalk (and class mode, which opens in a tab of its own).
    pub fn belongs_to_trainers(self) -> bool {
        matches!(
            self,
            Screen::Guide | Screen::Paper | Screen::Class | Screen::Pack | Screen::Crosswalk
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
