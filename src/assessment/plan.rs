//! My plan: up to three chosen suggestions, the person's own words, and the sections of a plan
//! that lasts (warning signs, what helps, supports, people, asks of the workplace, the day of a
//! loss, the review date), with the calendar reminder. The ready choices and what pre-fills them
//! are in [`super::plan_chips`].

use serde::{Deserialize, Serialize};

use super::answer::Answers;
use super::plan_chips::{prefilled, ChipKind};

/// How many suggestions a plan holds.
pub const MAX_PICKS: usize = 3;
/// The longest note (or any other text of the person's own) kept, in characters; longer text is
/// cut, never refused.
pub const MAX_NOTE_CHARS: usize = 600;
/// How many people a plan names.
pub const MAX_PEOPLE: usize = 3;
/// The longest name, way of reaching someone, or ask of them, in characters.
pub const MAX_FIELD_CHARS: usize = 120;

/// Each text of the person's own in a plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PlanText {
    /// What exactly they will do about the ideas chosen (the note of the first plans).
    Note,
    /// Me when my cup is full.
    FullCup,
    /// Warning signs in their own words.
    Signs,
    /// What helps every day.
    HelpsDaily,
    /// What helps when I notice the signs.
    HelpsSigns,
    /// What helps when it is getting hard.
    HelpsHard,
    /// What does not help.
    NotHelping,
    /// My recovery supports, and when.
    Supports,
    /// What I'd like from supervision, in their own words.
    Asks,
    /// What makes the work hard right now (for the letter to a supervisor).
    HardNow,
    /// After a loss: what I will do, in their own words.
    Loss,
    /// After a loss: whom I will tell.
    LossTell,
    /// At a review: what has changed since the plan was made.
    Changed,
}

impl PlanText {
    pub const ALL: [PlanText; 13] = [
        PlanText::Note,
        PlanText::FullCup,
        PlanText::Signs,
        PlanText::HelpsDaily,
        PlanText::HelpsSigns,
        PlanText::HelpsHard,
        PlanText::NotHelping,
        PlanText::Supports,
        PlanText::Asks,
        PlanText::HardNow,
        PlanText::Loss,
        PlanText::LossTell,
        PlanText::Changed,
    ];
}

/// One of the person's people: who, how to reach them, and one thing they would like them to do.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub reach: String,
    #[serde(default)]
    pub ask: String,
}

/// Which field of a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PersonField {
    Name,
    Reach,
    Ask,
}

impl Person {
    pub fn is_empty(&self) -> bool {
        self.name.trim().is_empty() && self.reach.trim().is_empty() && self.ask.trim().is_empty()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    #[serde(default)]
    picks: Vec<String>,
    #[serde(default)]
    note: String,
    /// Texts of the person's own, by [`PlanText`] (all but the note), absent when empty.
    #[serde(default)]
    texts: Texts,
    #[serde(default)]
    signs: Vec<String>,
    #[serde(default)]
    supports: Vec<String>,
    #[serde(default)]
    asks: Vec<String>,
    #[serde(default)]
    loss: Vec<String>,
    #[serde(default)]
    people: Vec<Person>,
    /// The day chosen to look at the plan again.
    #[serde(default)]
    review_on: Option<Date>,
    /// The last day the person said they had looked at the whole plan.
    #[serde(default)]
    reviewed_on: Option<Date>,
}

/// The plan's texts of the person's own, one field each, so that the stored form names them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
struct Texts {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    full_cup: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    signs: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    helps_daily: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    helps_signs: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    helps_hard: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    not_helping: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    supports: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    asks: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    hard_now: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    loss: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    loss_tell: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    changed: String,
}

/// One change a person makes to a plan's sections (the ideas and the note have their own).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanEdit {
    Text(PlanText, String),
    Chip(ChipKind, String),
    AddPerson,
    RemovePerson(usize),
    Person(usize, PersonField, String),
    ReviewOn(Option<Date>),
    Reviewed(Date),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanError {
    /// Already holds [`MAX_PICKS`]; one must be removed first.
    Full,
}

/// Why a stored or imported plan cannot be used as it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanFault {
    /// More ideas than a plan holds, or an idea this build does not know.
    Ideas,
    /// A ready choice this build does not know.
    Choices,
    /// A text longer than Full Cup keeps.
    TooLong,
    /// More people than a plan holds.
    People,
}

fn cut(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

impl Plan {
    /// Builds a plan from stored parts, keeping the invariants (no duplicates, at most three picks,
    /// note within length) whatever the stored parts held.
    pub fn from_parts(picks: Vec<String>, note: &str) -> Plan {
        let mut plan = Plan::default();
        for id in picks {
            if !plan.picks.contains(&id) && plan.picks.len() < MAX_PICKS {
                plan.picks.push(id);
            }
        }
        plan.set_note(note);
        plan
    }

    pub fn picks(&self) -> &[String] {
        &self.picks
    }

    pub fn note(&self) -> &str {
        &self.note
    }

    pub fn has(&self, id: &str) -> bool {
        self.picks.iter().any(|p| p == id)
    }

    pub fn is_full(&self) -> bool {
        self.picks.len() >= MAX_PICKS
    }

    /// Nothing chosen and nothing written in any section.
    pub fn is_empty(&self) -> bool {
        self.picks.is_empty()
            && ChipKind::ALL.iter().all(|k| self.chosen(*k).is_empty())
            && PlanText::ALL
                .iter()
                .all(|t| self.text(*t).trim().is_empty())
            && self.people.iter().all(Person::is_empty)
            && self.review_on.is_none()
    }

    /// Words of the person's own anywhere in the plan: a text or a person.
    pub fn has_own_words(&self) -> bool {
        PlanText::ALL
            .iter()
            .any(|t| !self.text(*t).trim().is_empty())
            || self.people.iter().any(|p| !p.is_empty())
    }

    /// Adds the suggestion, or removes it if it is already in the plan.
    pub fn toggle(&mut self, id: &str) -> Result<(), PlanError> {
        if let Some(i) = self.picks.iter().position(|p| p == id) {
            self.picks.remove(i);
            return Ok(());
        }
        if self.is_full() {
            return Err(PlanError::Full);
        }
        self.picks.push(id.to_owned());
        Ok(())
    }

    pub fn set_note(&mut self, note: &str) {
        self.note = cut(note, MAX_NOTE_CHARS);
    }

    fn slot(&mut self, which: PlanText) -> &mut String {
        let t = &mut self.texts;
        match which {
            PlanText::Note => &mut self.note,
            PlanText::FullCup => &mut t.full_cup,
            PlanText::Signs => &mut t.signs,
            PlanText::HelpsDaily => &mut t.helps_daily,
            PlanText::HelpsSigns => &mut t.helps_signs,
            PlanText::HelpsHard => &mut t.helps_hard,
            PlanText::NotHelping => &mut t.not_helping,
            PlanText::Supports => &mut t.supports,
            PlanText::Asks => &mut t.asks,
            PlanText::HardNow => &mut t.hard_now,
            PlanText::Loss => &mut t.loss,
            PlanText::LossTell => &mut t.loss_tell,
            PlanText::Changed => &mut t.changed,
        }
    }

    pub fn text(&self, which: PlanText) -> &str {
        let t = &self.texts;
        match which {
            PlanText::Note => &self.note,
            PlanText::FullCup => &t.full_cup,
            PlanText::Signs => &t.signs,
            PlanText::HelpsDaily => &t.helps_daily,
            PlanText::HelpsSigns => &t.helps_signs,
            PlanText::HelpsHard => &t.helps_hard,
            PlanText::NotHelping => &t.not_helping,
            PlanText::Supports => &t.supports,
            PlanText::Asks => &t.asks,
            PlanText::HardNow => &t.hard_now,
            PlanText::Loss => &t.loss,
            PlanText::LossTell => &t.loss_tell,
            PlanText::Changed => &t.changed,
        }
    }

    /// Sets one text of the person's own, cut to [`MAX_NOTE_CHARS`].
    pub fn set_text(&mut self, which: PlanText, value: &str) {
        *self.slot(which) = cut(value, MAX_NOTE_CHARS);
    }

    fn chips_mut(&mut self, kind: ChipKind) -> &mut Vec<String> {
        match kind {
            ChipKind::Sign => &mut self.signs,
            ChipKind::Support => &mut self.supports,
            ChipKind::Ask => &mut self.asks,
            ChipKind::Loss => &mut self.loss,
        }
    }

    /// The ready choices chosen in a section, in the section's order.
    pub fn chosen(&self, kind: ChipKind) -> &[String] {
        match kind {
            ChipKind::Sign => &self.signs,
            ChipKind::Support => &self.supports,
            ChipKind::Ask => &self.asks,
            ChipKind::Loss => &self.loss,
        }
    }

    pub fn has_chip(&self, kind: ChipKind, id: &str) -> bool {
        self.chosen(kind).iter().any(|c| c == id)
    }

    /// Chooses a ready choice, or unchooses it; an id the section does not know changes nothing.
    pub fn toggle_chip(&mut self, kind: ChipKind, id: &str) {
        if !kind.knows(id) {
            return;
        }
        let rank = |c: &str| kind.chips().iter().position(|k| k.id == c);
        let list = self.chips_mut(kind);
        if let Some(i) = list.iter().position(|c| c == id) {
            list.remove(i);
        } else {
            // In the section's order (no sort: each standard one costs the download kilobytes).
            let at = list
                .iter()
                .position(|c| rank(c) > rank(id))
                .unwrap_or(list.len());
            list.insert(at, id.to_owned());
        }
    }

    /// Chooses the warning signs and asks these answers point to, beside any already chosen:
    /// never unchooses anything ([`super::plan_chips::prefilled`] is the rule). Returns the ids
    /// it chose that were not chosen before.
    pub fn prefill(&mut self, answers: &Answers) -> Vec<&'static str> {
        let mut added = Vec::new();
        for kind in [ChipKind::Sign, ChipKind::Ask] {
            for id in prefilled(kind, answers) {
                if !self.has_chip(kind, id) {
                    self.toggle_chip(kind, id);
                    added.push(id);
                }
            }
        }
        added
    }

    pub fn people(&self) -> &[Person] {
        &self.people
    }

    /// The people with at least a name or a way to reach them.
    pub fn named_people(&self) -> impl Iterator<Item = &Person> {
        self.people
            .iter()
            .filter(|p| !p.name.trim().is_empty() || !p.reach.trim().is_empty())
    }

    /// Adds an empty person, unless the plan already names [`MAX_PEOPLE`].
    pub fn add_person(&mut self) {
        if self.people.len() < MAX_PEOPLE {
            self.people.push(Person::default());
        }
    }

    pub fn remove_person(&mut self, i: usize) {
        if i < self.people.len() {
            self.people.remove(i);
        }
    }

    /// Sets one field of a person, cut to [`MAX_FIELD_CHARS`]; a person who is not there changes
    /// nothing.
    pub fn set_person(&mut self, i: usize, field: PersonField, value: &str) {
        if let Some(p) = self.people.get_mut(i) {
            let value = cut(value, MAX_FIELD_CHARS);
            match field {
                PersonField::Name => p.name = value,
                PersonField::Reach => p.reach = value,
                PersonField::Ask => p.ask = value,
            }
        }
    }

    pub fn review_on(&self) -> Option<Date> {
        self.review_on
    }

    pub fn set_review_on(&mut self, on: Option<Date>) {
        self.review_on = on;
    }

    pub fn reviewed_on(&self) -> Option<Date> {
        self.reviewed_on
    }

    pub fn mark_reviewed(&mut self, today: Date) {
        self.reviewed_on = Some(today);
    }

    /// Carries out one change.
    pub fn edit(&mut self, edit: PlanEdit) {
        match edit {
            PlanEdit::Text(t, v) => self.set_text(t, &v),
            PlanEdit::Chip(k, id) => self.toggle_chip(k, &id),
            PlanEdit::AddPerson => self.add_person(),
            PlanEdit::RemovePerson(i) => self.remove_person(i),
            PlanEdit::Person(i, f, v) => self.set_person(i, f, &v),
            PlanEdit::ReviewOn(d) => self.set_review_on(d),
            PlanEdit::Reviewed(d) => self.mark_reviewed(d),
        }
    }

    /// Checks a plan read from a file or from the device, naming the first fault found.
    pub fn check(&self) -> Result<(), PlanFault> {
        let repeats = |list: &[String]| list.iter().enumerate().any(|(i, a)| list[..i].contains(a));
        if self.picks.len() > MAX_PICKS
            || repeats(&self.picks)
            || self.picks.iter().any(|id| super::suggestion(id).is_none())
        {
            return Err(PlanFault::Ideas);
        }
        for kind in ChipKind::ALL {
            let list = self.chosen(kind);
            if repeats(list) || list.iter().any(|id| !kind.knows(id)) {
                return Err(PlanFault::Choices);
            }
        }
        if self.people.len() > MAX_PEOPLE {
            return Err(PlanFault::People);
        }
        let long = PlanText::ALL
            .iter()
            .any(|t| self.text(*t).chars().count() > MAX_NOTE_CHARS)
            || self.people.iter().any(|p| {
                [&p.name, &p.reach, &p.ask]
                    .iter()
                    .any(|f| f.chars().count() > MAX_FIELD_CHARS)
            });
        if long {
            return Err(PlanFault::TooLong);
        }
        Ok(())
    }
}

/// A calendar day, without time zones: reminders are all-day events. Stored as `YYYY-MM-DD`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// Accepts only real calendar days from year 1970 to 9999.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let ok = (1970..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        ok.then_some(Date { year, month, day })
    }

    /// Days since 1970-01-01 (Howard Hinnant's days-from-civil).
    pub fn days_since_epoch(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    pub fn from_days_since_epoch(z: i64) -> Option<Date> {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = u8::try_from(doy - (153 * mp + 2) / 5 + 1).ok()?;
        let month = u8::try_from(if mp < 10 { mp + 3 } else { mp - 9 }).ok()?;
        let year = i32::try_from(yoe + era * 400 + i64::from(month <= 2)).ok()?;
        Date::new(year, month, day)
    }

    pub fn add_days(self, days: i64) -> Option<Date> {
        Date::from_days_since_epoch(self.days_since_epoch() + days)
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Parses `YYYY-MM-DD`, refusing anything that is not a real day.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut parts = s.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    fn compact(self) -> String {
        format!("{:04}{:02}{:02}", self.year, self.month, self.day)
    }
}

impl TryFrom<String> for Date {
    type Error = &'static str;
    fn try_from(s: String) -> Result<Date, &'static str> {
        Date::parse_iso(&s).ok_or("not a real day written YYYY-MM-DD")
    }
}

impl From<Date> for String {
    fn from(d: Date) -> String {
        d.iso()
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// Escapes text for an iCalendar TEXT value (RFC 5545 §3.3.11).
fn ics_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line at 75 octets without splitting a character (RFC 5545 §3.1).
fn fold(line: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out
}

/// An all-day calendar event on `on`, with an alarm at 9:00 that day, made entirely on the device.
/// `today` stamps the event; the uid depends only on the date, so downloading twice updates the
/// same event instead of adding a second one.
pub fn reminder_ics(today: Date, on: Date, summary: &str, description: &str) -> String {
    let lines = [
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        "PRODID:-//Full Cup//Check-in reminder//EN".to_owned(),
        "CALSCALE:GREGORIAN".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:full-cup-checkin-{}@full-cup.local", on.compact()),
        format!("DTSTAMP:{}T000000Z", today.compact()),
        format!("DTSTART;VALUE=DATE:{}", on.compact()),
        format!(
            "DTEND;VALUE=DATE:{}",
            on.add_days(1).unwrap_or(on).compact()
        ),
        format!("SUMMARY:{}", ics_text(summary)),
        format!("DESCRIPTION:{}", ics_text(description)),
        "TRANSP:TRANSPARENT".to_owned(),
        "BEGIN:VALARM".to_owned(),
        "ACTION:DISPLAY".to_owned(),
        format!("DESCRIPTION:{}", ics_text(summary)),
        "TRIGGER;RELATED=START:PT9H".to_owned(),
        "END:VALARM".to_owned(),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ];
    let mut out = String::new();
    for l in lines {
        out.push_str(&fold(&l));
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fourth_pick_is_refused_and_toggling_removes() {
        let mut p = Plan::default();
        for id in ["a", "b", "c"] {
            assert_eq!(p.toggle(id), Ok(()));
        }
        assert_eq!(p.toggle("d"), Err(PlanError::Full));
        assert_eq!(p.toggle("b"), Ok(()));
        assert_eq!(p.picks(), ["a", "c"]);
        assert_eq!(p.toggle("d"), Ok(()));
        assert_eq!(p.picks(), ["a", "c", "d"]);
    }

    #[test]
    fn from_parts_restores_invariants() {
        let long = "é".repeat(MAX_NOTE_CHARS + 10);
        let p = Plan::from_parts(
            vec!["a".into(), "a".into(), "b".into(), "c".into(), "d".into()],
            &long,
        );
        assert_eq!(p.picks(), ["a", "b", "c"]);
        assert_eq!(p.note().chars().count(), MAX_NOTE_CHARS);
    }

    #[test]
    fn chips_keep_the_section_order_ignore_unknown_ids_and_toggle_off() {
        let mut p = Plan::default();
        p.toggle_chip(ChipKind::Sign, "sign_flat");
        p.toggle_chip(ChipKind::Sign, "sign_empty");
        p.toggle_chip(ChipKind::Sign, "ask_role");
        p.toggle_chip(ChipKind::Sign, "nonsense");
        assert_eq!(p.chosen(ChipKind::Sign), ["sign_empty", "sign_flat"]);
        p.toggle_chip(ChipKind::Sign, "sign_empty");
        assert_eq!(p.chosen(ChipKind::Sign), ["sign_flat"]);
        assert!(p.chosen(ChipKind::Ask).is_empty());
    }

    #[test]
    fn prefill_adds_beside_what_is_chosen_and_never_unchooses() {
        use crate::assessment::{Frequency, Response};
        let mut a = Answers::new();
        a.set("bou_sleep", Response::Given(Frequency::Always));
        a.set("wor_unclear", Response::Given(Frequency::Often));
        let mut p = Plan::default();
        p.toggle_chip(ChipKind::Sign, "sign_flat");
        assert_eq!(
            p.prefill(&a),
            ["sign_sleep", "ask_role", "ask_hours"],
            "what it chose anew"
        );
        assert_eq!(p.chosen(ChipKind::Sign), ["sign_sleep", "sign_flat"]);
        assert_eq!(p.chosen(ChipKind::Ask), ["ask_role", "ask_hours"]);
        // The person takes one away; a second pre-fill from other answers does not put it back
        // unless those answers point to it.
        p.toggle_chip(ChipKind::Ask, "ask_role");
        p.prefill(&Answers::new());
        assert_eq!(p.chosen(ChipKind::Ask), ["ask_hours"]);
        assert!(p.chosen(ChipKind::Support).is_empty() && p.chosen(ChipKind::Loss).is_empty());
    }

    #[test]
    fn people_are_at_most_three_and_their_fields_are_cut() {
        let mut p = Plan::default();
        for _ in 0..5 {
            p.add_person();
        }
        assert_eq!(p.people().len(), MAX_PEOPLE);
        p.set_person(0, PersonField::Name, &"n".repeat(500));
        p.set_person(9, PersonField::Name, "nobody");
        assert_eq!(p.people()[0].name.chars().count(), MAX_FIELD_CHARS);
        p.set_person(1, PersonField::Reach, "555 0100");
        assert_eq!(p.named_people().count(), 2);
        p.remove_person(0);
        p.remove_person(7);
        assert_eq!(p.people().len(), 2);
        assert_eq!(p.people()[0].reach, "555 0100");
    }

    #[test]
    fn every_text_is_kept_apart_and_cut() {
        let mut p = Plan::default();
        for (i, t) in PlanText::ALL.iter().enumerate() {
            p.set_text(*t, &format!("{i}"));
        }
        for (i, t) in PlanText::ALL.iter().enumerate() {
            assert_eq!(p.text(*t), format!("{i}"));
        }
        assert_eq!(p.note(), "0");
        p.set_text(PlanText::Loss, &"x".repeat(MAX_NOTE_CHARS + 5));
        assert_eq!(p.text(PlanText::Loss).len(), MAX_NOTE_CHARS);
        assert!(!p.is_empty());
        assert!(Plan::default().is_empty());
    }

    #[test]
    fn a_stored_plan_round_trips_and_the_first_plans_still_load() {
        let mut p = Plan::from_parts(vec!["int_reset".into()], "walk");
        p.set_text(PlanText::FullCup, "laughing");
        p.toggle_chip(ChipKind::Loss, "loss_mark");
        p.add_person();
        p.set_person(0, PersonField::Name, "Ana");
        p.set_review_on(Date::new(2027, 1, 3));
        let json = serde_json::to_string(&p).expect("json");
        assert!(json.contains("\"review_on\":\"2027-01-03\""), "{json}");
        assert_eq!(serde_json::from_str::<Plan>(&json).expect("back"), p);
        let old: Plan =
            serde_json::from_str(r#"{"picks":["int_reset"],"note":"walk"}"#).expect("old");
        assert_eq!(old, Plan::from_parts(vec!["int_reset".into()], "walk"));
        assert!(serde_json::from_str::<Plan>(r#"{"review_on":"2027-02-30"}"#).is_err());
    }

    #[test]
    fn check_names_the_first_fault() {
        let ok = |json: &str| serde_json::from_str::<Plan>(json).expect("json").check();
        assert_eq!(ok("{}"), Ok(()));
        assert_eq!(ok(r#"{"picks":["nope"]}"#), Err(PlanFault::Ideas));
        assert_eq!(
            ok(r#"{"picks":["int_reset","int_reset"]}"#),
            Err(PlanFault::Ideas)
        );
        assert_eq!(ok(r#"{"signs":["ask_role"]}"#), Err(PlanFault::Choices));
        assert_eq!(
            ok(r#"{"loss":["loss_mark","loss_mark"]}"#),
            Err(PlanFault::Choices)
        );
        assert_eq!(ok(r#"{"people":[{},{},{},{}]}"#), Err(PlanFault::People));
        let long = format!(
            r#"{{"texts":{{"loss":"{}"}}}}"#,
            "x".repeat(MAX_NOTE_CHARS + 1)
        );
        assert_eq!(ok(&long), Err(PlanFault::TooLong));
        let name = format!(
            r#"{{"people":[{{"name":"{}"}}]}}"#,
            "x".repeat(MAX_FIELD_CHARS + 1)
        );
        assert_eq!(ok(&name), Err(PlanFault::TooLong));
    }

    #[test]
    fn dates_round_trip_through_epoch_days() {
        let d = Date::new(2024, 2, 29).expect("leap day");
        assert_eq!(Date::from_days_since_epoch(d.days_since_epoch()), Some(d));
        assert_eq!(Date::new(1970, 1, 1).map(Date::days_since_epoch), Some(0));
        assert_eq!(d.add_days(1), Date::new(2024, 3, 1));
        assert_eq!(
            Date::new(2026, 12, 28).and_then(|d| d.add_days(28)),
            Date::new(2027, 1, 25)
        );
    }

    #[test]
    fn impossible_dates_are_refused() {
        assert_eq!(Date::new(2023, 2, 29), None);
        assert_eq!(Date::new(2024, 13, 1), None);
        assert_eq!(Date::parse_iso("2024-2-01"), None);
        assert_eq!(Date::parse_iso("2024-04-31"), None);
        assert_eq!(Date::parse_iso("2024-04-30"), Date::new(2024, 4, 30));
    }

    #[test]
    fn ics_is_valid_all_day_event_with_escaped_folded_text() {
        let today = Date::new(2026, 11, 22).expect("day");
        let on = today.add_days(28).expect("day");
        let ics = reminder_ics(
            today,
            on,
            "Full Cup check-in",
            &format!("Plan; rest, walk\n{}", "x".repeat(200)),
        );
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        assert!(ics.contains("DTSTART;VALUE=DATE:20261220\r\n"));
        assert!(ics.contains("DTEND;VALUE=DATE:20261221\r\n"));
        assert!(ics.contains("DESCRIPTION:Plan\\; rest\\, walk\\nxxx"));
        assert!(ics.ends_with("END:VCALENDAR\r\n"));
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "line too long: {line}");
        }
    }
}
