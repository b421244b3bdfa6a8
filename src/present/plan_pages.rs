//! The pages made from a plan, as data: the whole plan for the person, the page for their
//! supervisor (only the asks, with an optional letter) and the page for their people (what they
//! would like them to do, and the warning signs others could notice). Each page says at its top
//! what it shows and what it leaves out, and prints and copies as plain text from the same data.
//!
//! The rule that matters most lives here: the page for a supervisor is built from the asks and
//! the letter's own words only, so no score, level, band, safety answer, warning sign or recovery
//! support can reach it whatever the plan holds (a property test over random plans).
//!
//! Sources for the shape of the plan (no wording taken): Stanley & Brown's safety planning
//! intervention (Stanley et al., JAMA Psychiatry 2018, doi:10.1001/jamapsychiatry.2018.1776) for
//! warning signs, what one can do alone, people and professionals; Chalker et al., Psychiatric
//! Services 2023 (doi:10.1176/appi.ps.202100699), where plans without a person to ask for help
//! went with about twice the odds of a later attempt, for the nudge towards one named person;
//! wellness action plans for the stages (daily, when the signs come, when it is getting hard) and
//! the asks of a manager; and the Cochrane review of single-session debriefing (Rose et al.,
//! 2002), for never asking a person to retell a loss.

use crate::assessment::plan::{reminder_ics, PersonField, PlanText};
use crate::assessment::plan_chips::{ChipKind, SIGNS};
use crate::assessment::{Band, Date, Outcome, Plan, SafetySignal};
use crate::content::{fill, Locale};
use crate::storage::config;

use super::pages::LinesView;
use super::text::date;

/// The days to the suggested review: sooner when a part needs care now or support showed.
pub const REVIEW_SOON_DAYS: u16 = 14;
pub const REVIEW_DAYS: u16 = 28;

/// Which page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Mine,
    Supervisor,
    People,
}

impl View {
    pub const ALL: [View; 3] = [View::Mine, View::Supervisor, View::People];
}

/// One line of a page: the words, and whether they are the person's own (shown in their own
/// direction, `dir="auto"`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// A label before the words ("Every day"), if any.
    pub label: Option<&'static str>,
    pub text: String,
    pub own: bool,
}

/// One part of a page: its heading and lines; a part with no line is left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part {
    pub heading: &'static str,
    /// False for the letter's opening and closing, which stand without their heading.
    pub titled: bool,
    pub lines: Vec<Line>,
}

/// A page made from the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Page {
    pub view: View,
    pub title: &'static str,
    /// The app's name above the title: only on the person's own page. A page for a supervisor or
    /// for one's people never says it was made with a check-in.
    pub branded: bool,
    /// What the page shows and leaves out, printed at its top: only on the person's own page
    /// (naming what a page for others leaves out would tell them it exists; the screen says it
    /// beside each button, [`shows`]).
    pub shows: Option<&'static str>,
    pub made_on: String,
    pub parts: Vec<Part>,
    /// The line at its foot: that the plan is not a diagnosis nor a safety plan (own page only).
    pub footer: Option<&'static str>,
}

/// What a page shows and what it leaves out, said on the screen beside its buttons.
pub fn shows(locale: &Locale, view: View) -> &'static str {
    let p = &locale.ui.plan;
    match view {
        View::Mine => p.shows_mine,
        View::Supervisor => p.shows_supervisor,
        View::People => p.shows_people,
    }
}

/// The words of a ready choice in this language ("" for an id the language lacks, which a
/// content test rules out).
pub fn chip_words(locale: &Locale, kind: ChipKind, id: &str) -> &'static str {
    let p = &locale.ui.plan;
    let list = match kind {
        ChipKind::Sign => p.signs_chips,
        ChipKind::Support => p.supports_chips,
        ChipKind::Ask => p.asks_chips,
        ChipKind::Loss => p.loss_chips,
    };
    list.iter().find(|(i, _)| *i == id).map_or("", |(_, w)| w)
}

fn said(text: &str) -> Option<String> {
    let t = text.trim();
    (!t.is_empty()).then(|| t.to_owned())
}

fn chips(locale: &Locale, plan: &Plan, kind: ChipKind) -> Vec<Line> {
    plan.chosen(kind)
        .iter()
        .map(|id| Line {
            label: None,
            text: chip_words(locale, kind, id).to_owned(),
            own: false,
        })
        .collect()
}

fn own(label: Option<&'static str>, text: &str) -> Option<Line> {
    said(text).map(|text| Line {
        label,
        text,
        own: true,
    })
}

fn part(heading: &'static str, lines: Vec<Line>) -> Option<Part> {
    (!lines.is_empty()).then_some(Part {
        heading,
        titled: true,
        lines,
    })
}

/// One person as a line: "Name (reach): ask".
fn person_line(name: &str, reach: &str, ask: &str) -> Option<Line> {
    let mut text = String::new();
    if let Some(n) = said(name) {
        text.push_str(&n);
    }
    if let Some(r) = said(reach) {
        if !text.is_empty() {
            text.push_str(" – ");
        }
        text.push_str(&r);
    }
    if let Some(a) = said(ask) {
        if !text.is_empty() {
            text.push_str(": ");
        }
        text.push_str(&a);
    }
    own(None, &text)
}

/// The crisis part: the chosen country's emergency number and lines, and the pointer to a real
/// safety plan. Always present on the person's own page.
fn crisis(locale: &Locale, lines: &LinesView) -> Part {
    let p = &locale.ui.plan;
    let mut out = Vec::new();
    let line = |text: String| Line {
        label: None,
        text,
        own: false,
    };
    for c in &lines.first {
        let number = c
            .call
            .as_ref()
            .map(|(n, _)| n.clone())
            .or_else(|| c.by_hand.clone());
        let mut text = match number {
            Some(n) => format!("{}: {n}", c.name),
            None => c.name.clone(),
        };
        // When a line answers, and what it is not (a line for drugs and alcohol is not a crisis
        // line), matter most on paper.
        for more in [&c.hours, &c.note].into_iter().flatten() {
            text.push_str(" – ");
            text.push_str(more);
        }
        out.push(line(text));
    }
    if let Some((words, _)) = &lines.emergency {
        out.push(line(format!(
            "{}{}{}",
            words.before, words.inner, words.after
        )));
    } else {
        out.push(line(locale.ui.emergency_note.to_owned()));
    }
    if let Some((words, address)) = lines.none_known {
        out.push(line(format!("{words} {address}")));
    }
    out.push(line(p.crisis_safety_plan.to_owned()));
    Part {
        heading: p.crisis,
        titled: true,
        lines: out,
    }
}

/// The page for `view`. `letter` adds the short letter to the page for a supervisor.
pub fn page(
    locale: &Locale,
    plan: &Plan,
    view: View,
    today: Date,
    lines: &LinesView,
    letter: bool,
) -> Page {
    let ui = locale.ui;
    let p = &ui.plan;
    let made_on = fill(ui.plan_made_on, &[("date", &date(today))]);
    let parts: Vec<Part> = match view {
        View::Mine => {
            let ideas = plan.picks().iter().filter_map(|id| {
                locale.suggestion(id).map(|s| Line {
                    label: None,
                    text: s.action.to_owned(),
                    own: false,
                })
            });
            let helps: Vec<Line> = ideas
                .chain(own(Some(ui.note_label), plan.text(PlanText::Note)))
                .chain(own(Some(p.helps_daily), plan.text(PlanText::HelpsDaily)))
                .chain(own(Some(p.helps_signs), plan.text(PlanText::HelpsSigns)))
                .chain(own(Some(p.helps_hard), plan.text(PlanText::HelpsHard)))
                .collect();
            let people: Vec<Line> = plan
                .people()
                .iter()
                .filter_map(|x| person_line(&x.name, &x.reach, &x.ask))
                .collect();
            let review: Vec<Line> = plan
                .review_on()
                .map(|d| Line {
                    label: Some(p.review_on),
                    text: date(d),
                    own: false,
                })
                .into_iter()
                .chain(plan.reviewed_on().map(|d| Line {
                    label: None,
                    text: fill(p.reviewed_on, &[("date", &date(d))]),
                    own: false,
                }))
                .chain(own(Some(p.changed), plan.text(PlanText::Changed)))
                .collect();
            [
                part(
                    p.full_cup,
                    own(None, plan.text(PlanText::FullCup))
                        .into_iter()
                        .collect(),
                ),
                part(
                    p.signs,
                    chips(locale, plan, ChipKind::Sign)
                        .into_iter()
                        .chain(own(None, plan.text(PlanText::Signs)))
                        .collect(),
                ),
                part(p.helps, helps),
                part(
                    p.not_helping,
                    own(None, plan.text(PlanText::NotHelping))
                        .into_iter()
                        .collect(),
                ),
                part(
                    p.supports,
                    chips(locale, plan, ChipKind::Support)
                        .into_iter()
                        .chain(own(None, plan.text(PlanText::Supports)))
                        .collect(),
                ),
                part(p.people, people),
                part(
                    p.asks,
                    chips(locale, plan, ChipKind::Ask)
                        .into_iter()
                        .chain(own(None, plan.text(PlanText::Asks)))
                        .chain(own(Some(p.hard_now), plan.text(PlanText::HardNow)))
                        .collect(),
                ),
                part(
                    p.loss,
                    chips(locale, plan, ChipKind::Loss)
                        .into_iter()
                        .chain(own(None, plan.text(PlanText::Loss)))
                        .chain(own(Some(p.loss_tell), plan.text(PlanText::LossTell)))
                        .collect(),
                ),
                Some(crisis(locale, lines)),
                part(p.review, review),
            ]
            .into_iter()
            .flatten()
            .collect()
        }
        View::Supervisor => supervisor_parts(locale, plan, letter),
        View::People => {
            let asks: Vec<Line> = plan
                .people()
                .iter()
                .filter_map(|x| person_line(&x.name, "", &x.ask))
                .collect();
            let signs: Vec<Line> = plan
                .chosen(ChipKind::Sign)
                .iter()
                .filter(|id| SIGNS.iter().any(|c| c.id == id.as_str() && c.noticeable))
                .map(|id| Line {
                    label: None,
                    text: chip_words(locale, ChipKind::Sign, id).to_owned(),
                    own: false,
                })
                .collect();
            let safety = Part {
                heading: p.people_safety,
                titled: false,
                lines: vec![Line {
                    label: None,
                    text: p.people_safety.to_owned(),
                    own: false,
                }],
            };
            [
                part(p.people_would_like, asks),
                part(p.people_signs, signs),
                Some(safety),
            ]
            .into_iter()
            .flatten()
            .collect()
        }
    };
    let mine = view == View::Mine;
    let title = match view {
        View::Mine => ui.plan_title,
        View::Supervisor => p.supervisor_title,
        View::People => p.people_title,
    };
    Page {
        view,
        title,
        branded: mine,
        shows: mine.then_some(p.shows_mine),
        made_on,
        parts,
        footer: mine.then_some(p.mine_footer),
    }
}

/// The page for a supervisor: made from the asks (chosen and in the person's own words) and,
/// with the letter, what makes the work hard right now. Nothing else of the plan is read here.
fn supervisor_parts(locale: &Locale, plan: &Plan, letter: bool) -> Vec<Part> {
    let p = &locale.ui.plan;
    let asks: Vec<Line> = chips(locale, plan, ChipKind::Ask)
        .into_iter()
        .chain(own(None, plan.text(PlanText::Asks)))
        .collect();
    if !letter {
        return part(p.asks, asks).into_iter().collect();
    }
    let say = |text: &'static str| Line {
        label: None,
        text: text.to_owned(),
        own: false,
    };
    [
        Some(Part {
            heading: p.letter_toggle,
            titled: false,
            lines: vec![say(p.letter_open)],
        }),
        part(p.letter_asks, asks),
        part(
            p.letter_hard,
            own(None, plan.text(PlanText::HardNow))
                .into_iter()
                .collect(),
        ),
        Some(Part {
            heading: p.letter_toggle,
            titled: false,
            lines: vec![say(p.letter_close)],
        }),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The page as plain text, for the clipboard: the same words as the printed page, in the same
/// order.
pub fn plain_text(page: &Page) -> String {
    let mut out = format!("{}\n{}\n", page.title, page.made_on);
    if let Some(shows) = page.shows {
        out.push_str(shows);
        out.push('\n');
    }
    for part in &page.parts {
        out.push('\n');
        if part.titled {
            out.push_str(part.heading);
            out.push('\n');
        }
        for line in &part.lines {
            match line.label {
                Some(label) => out.push_str(&format!("- {label}: {}\n", line.text)),
                None if !part.titled => {
                    out.push_str(&line.text);
                    out.push('\n');
                }
                None => out.push_str(&format!("- {}\n", line.text)),
            }
        }
    }
    if let Some(footer) = page.footer {
        out.push('\n');
        out.push_str(footer);
        out.push('\n');
    }
    out
}

/// A way to reach a person that a phone can dial: at least six digits, and nothing but digits,
/// spaces, `+`, `-`, `.`, `(` and `)`. Gives the `tel:` and `sms:` links.
pub fn dial_links(reach: &str) -> Option<(String, String)> {
    let reach = reach.trim();
    let digits = reach.chars().filter(char::is_ascii_digit).count();
    let only_phone = reach
        .chars()
        .all(|c| c.is_ascii_digit() || " +-.()".contains(c));
    (digits >= 6 && only_phone).then(|| {
        let d = config::dial(reach);
        (format!("tel:{d}"), format!("sms:{d}"))
    })
}

/// The days from today to the review the results suggest.
pub fn suggested_review_days(outcome: &Outcome) -> u16 {
    let care_now = outcome
        .scores
        .themes
        .iter()
        .any(|t| t.level.is_some_and(|l| l.band() == Band::NeedsCare));
    let support = !outcome.signals.is_empty() || outcome.not_wanting_to_be_alive;
    if care_now || support || outcome.signals.contains(&SafetySignal::AcuteDistress) {
        REVIEW_SOON_DAYS
    } else {
        REVIEW_DAYS
    }
}

/// The review date's calendar reminder: its file name and text. Only the locale's words go into
/// it, never a word of the plan.
pub fn review_reminder(locale: &Locale, today: Date, on: Date) -> (String, String) {
    let p = &locale.ui.plan;
    let ics = reminder_ics(today, on, p.review_ics_summary, p.review_ics_description);
    (format!("full-cup-plan-review-{}.ics", on.iso()), ics)
}

/// "Suggested: 2026-12-20, in 14 days", for the review.
pub fn review_suggested(locale: &Locale, today: Date, days: u16) -> (Date, String) {
    let on = today.add_days(i64::from(days)).unwrap_or(today);
    let words = locale.count(
        &locale.ui.plan.review_suggested,
        usize::from(days),
        &[("date", &date(on))],
    );
    (on, words)
}

/// "Last looked at on 2026-12-06", or that it has not been yet.
pub fn reviewed(locale: &Locale, on: Option<Date>) -> String {
    let p = &locale.ui.plan;
    match on {
        Some(d) => fill(p.reviewed_on, &[("date", &date(d))]),
        None => p.reviewed_never.to_owned(),
    }
}

/// A person's remove button's name.
pub fn remove_person_label(locale: &Locale, name: &str) -> String {
    let p = &locale.ui.plan;
    let name = said(name).unwrap_or_else(|| p.this_person.to_owned());
    fill(p.remove_person, &[("name", &name)])
}

/// The fields of a person, in the order shown.
pub const PERSON_FIELDS: [PersonField; 3] =
    [PersonField::Name, PersonField::Reach, PersonField::Ask];

// Native only: the property test needs proptest, which the wasm32 build does not have.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
