//! Right now: a few minutes of help after a hard moment, and the ten-second daily check. The rules
//! live here, with no words: which tool comes first for which moment and which may follow, how
//! long each tool's steps last, where a timer stands at a given moment, when the support panel
//! opens, how a second rating compares with the first, and what a daily check says needs care.
//! What each of them is called and says is in the locale (`content::ui::NowWords`).

use serde::{Deserialize, Serialize};

use super::Date;

keyed! {
    /// The moment a person chooses at the start of Right now.
    pub enum Moment {
        /// Someone they support has died. Nothing asks what happened.
        Loss = "loss",
        /// The end of a hard shift.
        Shift = "shift",
        /// A craving: an urge to drink or use.
        Craving = "craving",
        /// Work will not switch off.
        SwitchOff = "switch_off",
    }
}

keyed! {
    /// One short practice, at most [`MAX_TOOL_SECONDS`] long.
    pub enum Tool {
        /// A minute and a half of stillness for the person who died.
        Pause = "pause",
        /// A checklist for leaving work at work.
        GoingHome = "going_home",
        /// Riding out an urge as a wave, guided for three minutes.
        UrgeSurfing = "urge_surfing",
        /// Slow breathing at about six breaths a minute.
        Breathing = "breathing",
    }
}

/// The longest any tool runs (three minutes).
pub const MAX_TOOL_SECONDS: u32 = 180;

/// Slow breathing: seconds breathing in, then out (ten seconds a breath: six a minute).
pub const BREATH_IN: u32 = 4;
pub const BREATH_OUT: u32 = 6;

impl Moment {
    /// The tools for this moment, the one offered first at the front. Every moment has more than
    /// one, so that "another" is always there.
    pub fn tools(self) -> &'static [Tool] {
        match self {
            Moment::Loss => &[Tool::Pause, Tool::Breathing, Tool::GoingHome],
            Moment::Shift => &[Tool::GoingHome, Tool::Breathing],
            Moment::Craving => &[Tool::UrgeSurfing, Tool::Breathing],
            Moment::SwitchOff => &[Tool::Breathing, Tool::GoingHome],
        }
    }

    /// The tool offered first.
    pub fn first_tool(self) -> Tool {
        self.tools()[0]
    }

    /// The next tool for this moment that has not been done yet (`done` in the order done).
    pub fn another(self, done: &[Tool]) -> Option<Tool> {
        self.tools().iter().copied().find(|t| !done.contains(t))
    }
}

/// How a tool runs: timed steps (seconds each), or a checklist the person goes through at their
/// own pace (its number of items).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pace {
    Timed(&'static [u32]),
    Checklist(usize),
}

impl Tool {
    pub fn pace(self) -> Pace {
        match self {
            Tool::Pause => Pace::Timed(&[15, 40, 30, 15]),
            Tool::GoingHome => Pace::Checklist(6),
            Tool::UrgeSurfing => Pace::Timed(&[30, 35, 40, 40, 35]),
            Tool::Breathing => Pace::Timed(&[60, 60]),
        }
    }

    /// How many steps (or checklist items) the tool has: the locale holds exactly this many texts.
    pub fn steps(self) -> usize {
        match self.pace() {
            Pace::Timed(s) => s.len(),
            Pace::Checklist(n) => n,
        }
    }

    /// The whole tool's length in seconds (`None` for a checklist, which takes as long as it takes).
    pub fn seconds(self) -> Option<u32> {
        match self.pace() {
            Pace::Timed(s) => Some(s.iter().sum()),
            Pace::Checklist(_) => None,
        }
    }

    /// Whole minutes, rounded up, for "about N minutes" (a checklist: about two).
    pub fn minutes(self) -> u32 {
        self.seconds().map_or(2, |s| s.div_ceil(60))
    }
}

/// A timer that counts wall-clock time, so that a tab in the background (where the browser slows
/// its timers) still knows where it stands when it is looked at again; paused time does not count.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Clock {
    started_ms: u64,
    paused_at_ms: Option<u64>,
    paused_for_ms: u64,
}

impl Clock {
    pub fn start(now_ms: u64) -> Clock {
        Clock {
            started_ms: now_ms,
            paused_at_ms: None,
            paused_for_ms: 0,
        }
    }

    pub fn paused(&self) -> bool {
        self.paused_at_ms.is_some()
    }

    pub fn pause(&mut self, now_ms: u64) {
        if self.paused_at_ms.is_none() {
            self.paused_at_ms = Some(now_ms.max(self.started_ms));
        }
    }

    pub fn resume(&mut self, now_ms: u64) {
        if let Some(at) = self.paused_at_ms.take() {
            self.paused_for_ms += now_ms.saturating_sub(at);
        }
    }

    /// Milliseconds run, not counting pauses (and never backwards if the clock is set back).
    pub fn elapsed_ms(&self, now_ms: u64) -> u64 {
        let now = self.paused_at_ms.unwrap_or(now_ms);
        now.saturating_sub(self.started_ms)
            .saturating_sub(self.paused_for_ms)
    }
}

/// Breathing in or out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Breath {
    In,
    Out,
}

/// Where a timed tool stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    /// The step showing (0-based); the last step once the tool is done.
    pub step: usize,
    /// Whole seconds left in the whole tool (rounded up, so that "0" is only said at the end).
    pub seconds_left: u32,
    pub done: bool,
    /// For slow breathing: in or out, and whole seconds left in that half of the breath.
    pub breath: Option<(Breath, u32)>,
}

/// Where `tool` stands after `elapsed_ms` of running; `None` for a checklist.
pub fn position(tool: Tool, elapsed_ms: u64) -> Option<Position> {
    let Pace::Timed(steps) = tool.pace() else {
        return None;
    };
    let total_ms = u64::from(steps.iter().sum::<u32>()) * 1000;
    let done = elapsed_ms >= total_ms;
    let at = elapsed_ms.min(total_ms);
    let mut step = steps.len() - 1;
    let mut start = 0u64;
    for (i, s) in steps.iter().enumerate() {
        let end = start + u64::from(*s) * 1000;
        if at < end {
            step = i;
            break;
        }
        start = end;
    }
    let seconds_left = u32::try_from((total_ms - at).div_ceil(1000)).unwrap_or(u32::MAX);
    let breath = (tool == Tool::Breathing && !done).then(|| {
        let cycle = u64::from(BREATH_IN + BREATH_OUT) * 1000;
        let into = at % cycle;
        let in_ms = u64::from(BREATH_IN) * 1000;
        let whole = |ms: u64| u32::try_from(ms.div_ceil(1000)).unwrap_or(0);
        if into < in_ms {
            (Breath::In, whole(in_ms - into))
        } else {
            (Breath::Out, whole(cycle - into))
        }
    });
    Some(Position {
        step,
        seconds_left,
        done,
        breath,
    })
}

/// How heavy a moment feels, 0 (not at all) to 10 (as heavy as it gets).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Heaviness(u8);

impl Heaviness {
    pub const MAX: u8 = 10;

    pub fn new(n: u8) -> Option<Heaviness> {
        (n <= Self::MAX).then_some(Heaviness(n))
    }

    pub fn get(self) -> u8 {
        self.0
    }

    /// Every rating, 0 to 10.
    pub fn all() -> impl Iterator<Item = Heaviness> {
        (0..=Self::MAX).map(Heaviness)
    }
}

impl TryFrom<u8> for Heaviness {
    type Error = &'static str;
    fn try_from(n: u8) -> Result<Self, Self::Error> {
        Heaviness::new(n).ok_or("a rating from 0 to 10")
    }
}

impl From<Heaviness> for u8 {
    fn from(h: Heaviness) -> u8 {
        h.0
    }
}

/// From this rating up, the support panel opens at once with the crisis lines.
pub const SUPPORT_FROM: u8 = 9;

/// The support panel opens at once: a rating of 9 or 10, before or after a tool, or the person
/// said they have thoughts of not wanting to be alive.
pub fn opens_support(ratings: &[Option<Heaviness>], not_wanting_to_be_alive: bool) -> bool {
    not_wanting_to_be_alive || ratings.iter().flatten().any(|r| r.0 >= SUPPORT_FROM)
}

/// How the second rating compares with the first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    Lower,
    Same,
    Higher,
    /// One of the two was not given.
    Unrated,
}

pub fn change(before: Option<Heaviness>, after: Option<Heaviness>) -> Change {
    match (before, after) {
        (Some(b), Some(a)) if a < b => Change::Lower,
        (Some(b), Some(a)) if a == b => Change::Same,
        (Some(_), Some(_)) => Change::Higher,
        _ => Change::Unrated,
    }
}

/// One Right now, as kept in the history when the person chooses to keep it: when, the moment,
/// the tools done (in order) and the two ratings. Nothing the person thought or felt in words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NowRecord {
    /// Milliseconds since 1970 when it was kept; it identifies the record.
    pub at: u64,
    pub date: Date,
    pub moment: Moment,
    #[serde(default)]
    pub tools: Vec<Tool>,
    #[serde(default)]
    pub before: Option<Heaviness>,
    #[serde(default)]
    pub after: Option<Heaviness>,
}

impl NowRecord {
    /// A record holds each tool at most once. Which tools a moment offers may change between
    /// versions, so a kept record is never refused for that.
    pub fn is_valid(&self) -> bool {
        self.tools
            .iter()
            .enumerate()
            .all(|(i, t)| !self.tools[..i].contains(t))
    }
}

keyed! {
    /// The daily check's self-rating, from well to struggling.
    pub enum Colour {
        Green = "green",
        Yellow = "yellow",
        Orange = "orange",
        Red = "red",
    }
}

/// The most days a daily check's counts accept (about a year).
pub const MAX_DAYS: u16 = 400;

/// From this many days without a real day off, or without one's own meeting or recovery support,
/// the daily check names it gently.
pub const LONG_WITHOUT_DAYS: u16 = 14;

/// One daily check: a colour for today, days since a real day off, days since one's own meeting
/// or recovery support (each may be left out).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DayCheck {
    /// Milliseconds since 1970 when it was kept; it identifies the check.
    pub at: u64,
    pub date: Date,
    pub colour: Colour,
    #[serde(default)]
    pub days_off: Option<u16>,
    #[serde(default)]
    pub days_support: Option<u16>,
}

impl DayCheck {
    pub fn is_valid(&self) -> bool {
        [self.days_off, self.days_support]
            .iter()
            .flatten()
            .all(|d| *d <= MAX_DAYS)
    }
}

/// What a daily check names, beside the line for its colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayNotes {
    /// Red: the support panel opens with the crisis lines and the person's own people.
    pub support: bool,
    /// Orange or red: the plan and Right now are offered.
    pub plan: bool,
    pub long_without_day_off: bool,
    pub long_without_support: bool,
}

pub fn day_notes(colour: Colour, days_off: Option<u16>, days_support: Option<u16>) -> DayNotes {
    let long = |d: Option<u16>| d.is_some_and(|d| d >= LONG_WITHOUT_DAYS);
    DayNotes {
        support: colour == Colour::Red,
        plan: matches!(colour, Colour::Orange | Colour::Red),
        long_without_day_off: long(days_off),
        long_without_support: long(days_support),
    }
}

/// A count of days as typed that is not one: not digits, or more than [`MAX_DAYS`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct NotADayCount;

/// Reads a count of days as typed: digits only (spaces around allowed), at most [`MAX_DAYS`];
/// empty is `Ok(None)`.
pub fn read_days(text: &str) -> Result<Option<u16>, NotADayCount> {
    let t = text.trim();
    if t.is_empty() {
        return Ok(None);
    }
    if !t.bytes().all(|b| b.is_ascii_digit()) || t.len() > 3 {
        return Err(NotADayCount);
    }
    t.parse::<u16>()
        .ok()
        .filter(|d| *d <= MAX_DAYS)
        .map(Some)
        .ok_or(NotADayCount)
}

/// Where a person is on Right now.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Stage {
    /// Choosing the moment.
    #[default]
    Choose,
    /// Rating how hard it is, before the first tool.
    RateBefore,
    /// Doing a tool.
    Tool(Tool),
    /// Rating again after a tool.
    RateAfter,
    /// The comparison, and what next.
    Next,
}

/// One run of Right now, from the moment chosen to what next: the flow's rules, with no clock
/// and no words. The screen keeps one for as long as it shows; nothing of it is kept unless the
/// person keeps its [`Flow::record`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Flow {
    pub stage: Stage,
    pub moment: Option<Moment>,
    /// The person said they have thoughts of not wanting to be alive.
    pub not_alive: bool,
    /// The rating before the first tool.
    pub before: Option<Heaviness>,
    /// The rating after the last tool.
    pub after: Option<Heaviness>,
    /// The tools done (or stopped), in order.
    pub done: Vec<Tool>,
    /// The support panel has opened on this visit: it stays open, whatever comes after (another
    /// tool rated lower, or starting again).
    pub support_shown: bool,
    /// When this run was first kept: keeping it again replaces that record instead of adding one.
    pub kept_at: Option<u64>,
}

impl Flow {
    pub fn choose(&mut self, moment: Moment) {
        self.again();
        self.moment = Some(moment);
        self.stage = Stage::RateBefore;
    }

    /// Back to choosing a moment, for a new run: what was said and the open support panel stay.
    pub fn again(&mut self) {
        *self = Flow {
            not_alive: self.not_alive,
            support_shown: self.support_open(),
            ..Flow::default()
        };
    }

    /// The support panel opens at once, wherever the person is, and stays.
    pub fn say_not_alive(&mut self) {
        self.not_alive = true;
        self.support_shown = true;
    }

    /// A rating (or none) given before or after a tool; anywhere else it changes nothing.
    pub fn rate(&mut self, rating: Option<Heaviness>) {
        match (self.stage, self.moment) {
            (Stage::RateBefore, Some(m)) => {
                self.before = rating;
                self.stage = Stage::Tool(m.first_tool());
            }
            (Stage::RateAfter, _) => {
                self.after = rating;
                self.stage = Stage::Next;
            }
            _ => {}
        }
        self.support_shown = self.support_open();
    }

    /// The tool showing has ended, run to its end or stopped: rate again.
    pub fn end_tool(&mut self) {
        if let Stage::Tool(t) = self.stage {
            if !self.done.contains(&t) {
                self.done.push(t);
            }
            self.stage = Stage::RateAfter;
        }
    }

    /// The tool "another" would start, from what next.
    pub fn another(&self) -> Option<Tool> {
        match self.stage {
            Stage::Next => self.moment?.another(&self.done),
            _ => None,
        }
    }

    /// Starts [`Flow::another`]; its rating afterwards replaces the last one.
    pub fn try_another(&mut self) {
        if let Some(t) = self.another() {
            self.stage = Stage::Tool(t);
        }
    }

    pub fn support_open(&self) -> bool {
        self.support_shown || opens_support(&[self.before, self.after], self.not_alive)
    }

    pub fn change(&self) -> Change {
        change(self.before, self.after)
    }

    /// What would be kept, once there is something to keep (the moment and its ratings, from
    /// what next); never the thoughts of not wanting to be alive, which are not a rating and
    /// are nobody's record.
    /// Kept again after another tool, it keeps the moment of the first keeping (`kept_at`), so
    /// that it replaces that record.
    pub fn record(&self, at: u64, date: Date) -> Option<NowRecord> {
        (self.stage == Stage::Next).then_some(NowRecord {
            at: self.kept_at.unwrap_or(at),
            date,
            moment: self.moment?,
            tools: self.done.clone(),
            before: self.before,
            after: self.after,
        })
    }
}

#[cfg(test)]
mod tests;
