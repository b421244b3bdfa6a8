//! Class mode as data: a presenter view of the facilitator guide for a projector or a shared
//! screen. The slides (the ground rules, one circle per part of the cup, a close with this copy's
//! support lines), what each key does, and the breakout timer. Nothing here reads an answer, a
//! plan or a history: class mode is built from the locale and the settings alone.

use crate::assessment::right_now::Clock;
use crate::assessment::Theme;
use crate::content::{fill, Direction, Locale};
use crate::settings::Settings;

use super::pages::{lines, LinesView};
use super::paper::{paper, PaperView};

/// One slide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slide {
    /// The ground rules, what the session touches and where support is.
    Opening,
    /// One part of the cup: its question for the group, its aim and its practice.
    Circle(Theme),
    /// The QR code of this copy, for taking Full Cup alone later (not at the start, which would
    /// invite taking it in the room; the guide never asks for that).
    Later,
    /// Thanks, and where to turn: this copy's support lines.
    Closing,
}

/// Every slide, in order: the opening, the circles in page order, the code for later (not in an
/// LMS package, whose address is no use on a phone: `qr::room_address`), the close (so the support
/// lines are the last thing the room sees).
pub fn slides(settings: &Settings) -> Vec<Slide> {
    let mut all = vec![Slide::Opening];
    all.extend(Theme::PAGE_ORDER.iter().map(|&t| Slide::Circle(t)));
    if !settings.scorm {
        all.push(Slide::Later);
    }
    all.push(Slide::Closing);
    all
}

/// What a slide shows, as text.
#[derive(Clone, Debug, PartialEq)]
pub enum SlideView {
    Opening {
        heading: &'static str,
        rules: &'static [&'static str],
        note: &'static str,
    },
    Circle {
        title: &'static str,
        prompt: &'static str,
        aim: &'static str,
        practice: &'static str,
    },
    Later {
        heading: &'static str,
        text: &'static str,
    },
    Closing {
        heading: &'static str,
        text: &'static str,
        lines: Box<LinesView>,
        elsewhere: &'static str,
        stay: &'static str,
    },
}

/// The words of `slide`, with this copy's lines (the country chosen, or the copy's) on the close.
pub fn slide_view(
    slide: Slide,
    locale: &Locale,
    settings: &Settings,
    country: Option<&str>,
) -> SlideView {
    let c = &locale.training().class;
    match slide {
        Slide::Opening => SlideView::Opening {
            heading: c.opening_heading,
            rules: locale.training().guide.rules,
            note: c.opening_note,
        },
        Slide::Circle(theme) => {
            let t = locale.training().theme(theme);
            SlideView::Circle {
                title: locale.theme(theme).title,
                prompt: t.prompt,
                aim: t.aim,
                practice: t.practice,
            }
        }
        Slide::Later => SlideView::Later {
            heading: c.later_heading,
            text: c.later_text,
        },
        Slide::Closing => SlideView::Closing {
            heading: c.closing_heading,
            text: c.closing_text,
            lines: Box::new(lines(locale, settings, country)),
            elsewhere: c.closing_elsewhere,
            stay: c.closing_stay,
        },
    }
}

/// One discussion card of the class pack.
#[derive(Clone, Debug, PartialEq)]
pub struct CardView {
    /// The part of the cup it belongs to.
    pub title: &'static str,
    pub situation: &'static str,
    pub questions: [&'static str; 2],
}

/// The class pack, in the order it prints: the statement to read aloud (with the QR code, drawn
/// by the screen), a discussion card per part of the cup, the dot poster with a column per part,
/// and the paper version with its key and this copy's lines.
#[derive(Clone, Debug, PartialEq)]
pub struct PackView {
    pub cards: Vec<CardView>,
    /// The dot poster's columns: each part's title, in page order.
    pub columns: Vec<&'static str>,
    pub paper: PaperView,
}

pub fn pack(locale: &Locale, settings: &Settings, country: Option<&str>) -> PackView {
    PackView {
        cards: Theme::PAGE_ORDER
            .iter()
            .map(|&t| {
                let text = locale.training().theme(t);
                CardView {
                    title: locale.theme(t).title,
                    situation: text.card.situation,
                    questions: text.card.questions,
                }
            })
            .collect(),
        columns: Theme::PAGE_ORDER
            .iter()
            .map(|&t| locale.theme(t).title)
            .collect(),
        paper: paper(locale, settings, country),
    }
}

/// The name of a slide in the list to jump to: its heading.
pub fn slide_name(slide: Slide, locale: &Locale) -> &'static str {
    let c = &locale.training().class;
    match slide {
        Slide::Opening => c.opening_heading,
        Slide::Circle(theme) => locale.theme(theme).title,
        Slide::Later => c.later_heading,
        Slide::Closing => c.closing_heading,
    }
}

/// "Slide 3 of 11": where the room is.
pub fn slide_of(locale: &Locale, at: usize, total: usize) -> String {
    fill(
        locale.training().class.slide_of,
        &[("n", &(at + 1).to_string()), ("total", &total.to_string())],
    )
}

/// What a key asks of class mode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    Next,
    Previous,
    First,
    Last,
    /// A slide chosen from the list, by its place.
    To(usize),
    /// Start, pause or carry on the breakout timer.
    Timer,
}

/// The command for a key (`KeyboardEvent.key`), in a page running `direction`: the arrow that
/// points along the reading direction moves on, as a presenter's clicker and Page Down do. A key
/// held down (`repeat`) moves on again, but never toggles the timer over and over. `None` for any
/// other key, which is left to the browser (`ui::device::on_page_keys` also leaves it keys typed
/// into a field, Space and Enter on a button or a link, and keys held with Control, Alt or Meta).
pub fn command(key: &str, direction: Direction, repeat: bool) -> Option<Command> {
    let forward_arrow = match direction {
        Direction::LeftToRight => "ArrowRight",
        Direction::RightToLeft => "ArrowLeft",
    };
    Some(match key {
        "PageDown" | "ArrowDown" => Command::Next,
        "PageUp" | "ArrowUp" => Command::Previous,
        "ArrowRight" | "ArrowLeft" if key == forward_arrow => Command::Next,
        "ArrowRight" | "ArrowLeft" => Command::Previous,
        "Home" => Command::First,
        "End" => Command::Last,
        " " | "Spacebar" if repeat => return None,
        " " | "Spacebar" => Command::Timer,
        _ => return None,
    })
}

/// The slide after `command` from `at`, of `total`; the ends hold (no wrapping round, so a
/// second press at the close never jumps back to the rules in front of the room).
pub fn moved(at: usize, total: usize, command: Command) -> usize {
    let last = total.saturating_sub(1);
    match command {
        Command::Next => (at + 1).min(last),
        Command::Previous => at.saturating_sub(1),
        Command::First => 0,
        Command::Last => last,
        Command::To(i) => i.min(last),
        Command::Timer => at.min(last),
    }
}

/// The breakout lengths offered, in minutes, and the one chosen at first.
pub const BREAKOUT_MINUTES: [u32; 4] = [3, 5, 10, 15];
pub const BREAKOUT_FIRST: u32 = 5;

/// The breakout timer: a length, and a clock once started.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Breakout {
    pub minutes: u32,
    pub clock: Option<Clock>,
}

impl Default for Breakout {
    fn default() -> Self {
        Breakout {
            minutes: BREAKOUT_FIRST,
            clock: None,
        }
    }
}

/// What the timer shows at a moment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimerState {
    /// Not started: the whole length is left.
    Ready,
    Running,
    Paused,
    Done,
}

impl Breakout {
    /// A new length; the timer goes back to ready.
    pub fn with_minutes(minutes: u32) -> Breakout {
        Breakout {
            minutes,
            clock: None,
        }
    }

    /// The space bar or the timer's button: start, pause, or carry on. A timer that has ended
    /// starts again from its whole length.
    pub fn toggled(self, now_ms: u64) -> Breakout {
        match (self.clock, self.state(now_ms)) {
            (Some(mut c), TimerState::Running) => {
                c.pause(now_ms);
                Breakout {
                    clock: Some(c),
                    ..self
                }
            }
            (Some(mut c), TimerState::Paused) => {
                c.resume(now_ms);
                Breakout {
                    clock: Some(c),
                    ..self
                }
            }
            _ => Breakout {
                clock: Some(Clock::start(now_ms)),
                ..self
            },
        }
    }

    pub fn state(&self, now_ms: u64) -> TimerState {
        match self.clock {
            None => TimerState::Ready,
            Some(c) if c.elapsed_ms(now_ms) >= self.length_ms() => TimerState::Done,
            Some(c) if c.paused() => TimerState::Paused,
            Some(_) => TimerState::Running,
        }
    }

    /// Whole seconds left, rounded up (so "0:00" shows only at the end); read from the clock,
    /// so a tab in the background is right when looked at again.
    pub fn seconds_left(&self, now_ms: u64) -> u64 {
        let run = self.clock.map_or(0, |c| c.elapsed_ms(now_ms));
        self.length_ms().saturating_sub(run).div_ceil(1000)
    }

    fn length_ms(&self) -> u64 {
        u64::from(self.minutes) * 60_000
    }
}

/// The clock's face: minutes and two-digit seconds, "4:05".
pub fn clock_face(seconds: u64) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

#[cfg(test)]
mod tests;
