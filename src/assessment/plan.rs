//! My plan: up to three chosen suggestions plus the person's own words, and the calendar reminder.

use serde::{Deserialize, Serialize};

/// How many suggestions a plan holds.
pub const MAX_PICKS: usize = 3;
/// The longest note kept, in characters; longer text is cut, never refused.
pub const MAX_NOTE_CHARS: usize = 600;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plan {
    picks: Vec<String>,
    note: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PlanError {
    /// Already holds [`MAX_PICKS`]; one must be removed first.
    Full,
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

    pub fn is_empty(&self) -> bool {
        self.picks.is_empty() && self.note.trim().is_empty()
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
        self.note = note.chars().take(MAX_NOTE_CHARS).collect();
    }
}

/// A calendar day, without time zones: reminders are all-day events.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
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
