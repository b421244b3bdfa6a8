//! Opt-in history on this device, and the export/import file: one JSON format with a schema
//! version, migrations from older versions, strict validation, and merging without duplicates.
//! Everything here is pure; `ui` reads and writes localStorage only after the person opts in.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::assessment::right_now::{DayCheck, NowRecord};
use crate::assessment::small_map::SmallMap;
use crate::assessment::{self, Answers, Date, Length, Plan, Theme};

/// The localStorage key. Nothing is written there until a person saves a check-in.
pub const KEY: &str = "fullcup.history";
/// Where unreadable stored data is kept aside, so that it is never overwritten and can be exported.
pub const SET_ASIDE_KEY: &str = "fullcup.history.unreadable";
/// Identifies a Full Cup file.
pub const FORMAT: &str = "full-cup-history";
/// The schema version this build writes. Version 3 added the kept plan beside the check-ins;
/// version 4 the daily checks and Right now moments the person chose to keep.
pub const VERSION: u64 = 4;
/// The largest file import will read; far above any real history (about 2 KB per check-in).
pub const MAX_FILE_BYTES: usize = 5 * 1024 * 1024;
/// The most check-ins kept.
pub const MAX_CHECK_INS: usize = 1000;
/// The most daily checks, and the most Right now moments, kept: past it, the oldest gives way.
pub const MAX_BETWEEN: usize = 1500;

/// One saved check-in: only what is needed to show it again and draw trends.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CheckIn {
    /// Milliseconds since 1970 when it was saved; with `length`, it identifies the check-in.
    pub at: u64,
    pub date: String,
    pub length: Length,
    pub answers: Answers,
    /// Theme levels as shown at the time (whole numbers); a theme without enough answers is absent.
    pub levels: SmallMap<Theme, u8>,
    pub cup: Option<u8>,
    #[serde(default)]
    pub plan: SavedPlan,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SavedPlan {
    #[serde(default)]
    pub picks: Vec<String>,
    #[serde(default)]
    pub note: String,
}

impl CheckIn {
    /// Records a finished check-in with the levels it showed.
    pub fn record(at: u64, date: Date, length: Length, answers: &Answers, plan: &Plan) -> CheckIn {
        let outcome = assessment::evaluate(length, answers);
        CheckIn {
            at,
            date: date.iso(),
            length,
            answers: answers.clone(),
            levels: outcome
                .scores
                .themes
                .iter()
                .filter_map(|t| Some((t.theme, t.level?.rounded())))
                .collect(),
            cup: outcome.scores.cup.map(|c| c.rounded()),
            plan: SavedPlan {
                picks: plan.picks().to_vec(),
                note: plan.note().to_owned(),
            },
        }
    }

    /// Two records are the same check-in when saved at the same moment with the same length.
    pub fn same_as(&self, other: &CheckIn) -> bool {
        self.at == other.at && self.length == other.length
    }
}

/// A plan the person chose to keep on the device, and when it was last changed (milliseconds
/// since 1970): the newer of two plans is the one kept.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KeptPlan {
    pub at: u64,
    pub plan: Plan,
}

/// The saved check-ins, oldest first, the kept plan, and the daily checks and Right now moments
/// kept between check-ins (each oldest first).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    check_ins: Vec<CheckIn>,
    /// Boxed: most histories hold none, and the type travels in many messages.
    plan: Option<Box<KeptPlan>>,
    days: Vec<DayCheck>,
    moments: Vec<NowRecord>,
}

#[derive(Serialize)]
struct FileOut<'a> {
    format: &'static str,
    version: u64,
    exported: &'a str,
    check_ins: &'a [CheckIn],
    #[serde(skip_serializing_if = "Option::is_none")]
    plan: Option<&'a KeptPlan>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    days: &'a [DayCheck],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    moments: &'a [NowRecord],
}

/// Why stored data or a file could not be used. The locale words each one
/// ([`crate::present::messages`]); nothing here is text a person reads.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum HistoryError {
    TooLarge {
        bytes: usize,
    },
    NotJson,
    NotFullCup,
    NewerVersion {
        version: u64,
    },
    BadVersion,
    /// A check-in (1-based position) is not valid, and why.
    BadCheckIn {
        position: usize,
        problem: Problem,
    },
    TooMany {
        count: usize,
    },
    /// The kept plan is not one this build can use.
    BadPlan,
    /// A daily check or a Right now moment is not one this build can use.
    BadBetween,
}

/// What is wrong with one check-in in a file or in stored data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// This field (its name in the file) is missing.
    Missing(&'static str),
    /// This field (its name in the file) holds the wrong kind of value.
    Invalid(&'static str),
    /// Some value is not valid, and no single field could be named.
    SomeValue,
    /// The date as written (cut to [`QUOTED_CHARS`] characters) is not a real date.
    Date(String),
    /// An answer to a question this build does not know (its id, cut to [`QUOTED_CHARS`]).
    UnknownQuestion(String),
    LevelOver100,
    /// More ideas than a plan holds, or an idea this build does not know.
    PlanIdeas,
    NoteTooLong,
    /// A version 1 record whose length is not "full" or "pulse".
    Length,
    /// A version 1 record whose answers are not valid.
    Answers,
    NotARecord,
}

/// The most characters of a value from a file that are ever quoted back.
pub const QUOTED_CHARS: usize = 40;

/// A history file as read: its check-ins, the version it was migrated from, and how many of its
/// check-ins it lists more than once.
#[derive(Clone, Debug, PartialEq)]
pub struct ParsedFile {
    pub history: History,
    pub migrated_from: Option<u64>,
    pub repeated: usize,
}

/// What an import would do, shown to the person before anything changes.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportPreview {
    pub new: Vec<CheckIn>,
    pub already_here: usize,
    /// The file's schema version, when it was migrated from an older one.
    pub migrated_from: Option<u64>,
    /// Check-ins the file lists more than once (each is added once).
    pub repeated: usize,
    /// The file's plan, when it is newer than the one kept here (or none is kept): it takes its
    /// place.
    pub plan: Option<Box<KeptPlan>>,
    /// The file's daily checks and Right now moments not already here.
    pub days: Vec<DayCheck>,
    pub moments: Vec<NowRecord>,
}

/// Adds `item` to a list kept in time order (by `at`); one with the same `at` is the same entry,
/// kept again, and is replaced. Past [`MAX_BETWEEN`] the oldest gives way.
fn add_between<T: PartialEq>(list: &mut Vec<T>, item: T, at: impl Fn(&T) -> u64) {
    if let Some(same) = list.iter_mut().find(|x| at(x) == at(&item)) {
        *same = item;
        return;
    }
    let i = list.partition_point(|x| at(x) <= at(&item));
    list.insert(i, item);
    if list.len() > MAX_BETWEEN {
        list.remove(0);
    }
}

impl History {
    /// The daily checks kept, oldest first.
    pub fn days(&self) -> &[DayCheck] {
        &self.days
    }

    /// The Right now moments kept, oldest first.
    pub fn moments(&self) -> &[NowRecord] {
        &self.moments
    }

    pub fn add_day(&mut self, day: DayCheck) {
        add_between(&mut self.days, day, |d| d.at);
    }

    pub fn add_moment(&mut self, moment: NowRecord) {
        add_between(&mut self.moments, moment, |m| m.at);
    }

    pub fn check_ins(&self) -> &[CheckIn] {
        &self.check_ins
    }

    /// No check-in saved (a kept plan may still be there).
    pub fn is_empty(&self) -> bool {
        self.check_ins.is_empty()
    }

    /// Nothing at all: no check-in, no kept plan, no daily check and no Right now moment.
    pub fn holds_nothing(&self) -> bool {
        self.check_ins.is_empty()
            && self.plan.is_none()
            && self.days.is_empty()
            && self.moments.is_empty()
    }

    pub fn plan(&self) -> Option<&KeptPlan> {
        self.plan.as_deref()
    }

    /// Keeps `plan` in place of any plan kept before.
    pub fn keep_plan(&mut self, plan: KeptPlan) {
        self.plan = Some(Box::new(plan));
    }

    pub fn forget_plan(&mut self) {
        self.plan = None;
    }

    /// Keeps `plan` only if it is newer than the plan kept here, or none is kept.
    pub fn keep_plan_if_newer(&mut self, plan: KeptPlan) {
        if self.plan.as_ref().is_none_or(|mine| plan.at > mine.at) {
            self.plan = Some(Box::new(plan));
        }
    }

    pub fn len(&self) -> usize {
        self.check_ins.len()
    }

    /// Adds a check-in, keeping the list in time order and never holding the same one twice.
    pub fn add(&mut self, check_in: CheckIn) -> Result<(), HistoryError> {
        if self.check_ins.iter().any(|c| c.same_as(&check_in)) {
            return Ok(());
        }
        if self.check_ins.len() >= MAX_CHECK_INS {
            return Err(HistoryError::TooMany {
                count: self.check_ins.len() + 1,
            });
        }
        // After any check-in saved at the same moment, as a stable sort would put it.
        let at = self.check_ins.partition_point(|c| c.at <= check_in.at);
        self.check_ins.insert(at, check_in);
        Ok(())
    }

    pub fn remove(&mut self, at: u64, length: Length) {
        self.check_ins
            .retain(|c| !(c.at == at && c.length == length));
    }

    /// Deletes every check-in, daily check and Right now moment (a kept plan stays: it has its
    /// own button).
    pub fn clear(&mut self) {
        self.check_ins.clear();
        self.days.clear();
        self.moments.clear();
    }

    /// The file text, for localStorage and for export alike.
    pub fn to_json(&self, exported: Date) -> String {
        let file = FileOut {
            format: FORMAT,
            // Without a kept plan the file is exactly what version 2 wrote, and says so: a tab of
            // an older build still open beside this one reads it as before, instead of finding a
            // newer version it cannot read.
            // The same holds for version 3: the lowest version that holds everything kept.
            version: if !self.days.is_empty() || !self.moments.is_empty() {
                VERSION
            } else if self.plan.is_some() {
                3
            } else {
                2
            },
            exported: &exported.iso(),
            check_ins: &self.check_ins,
            plan: self.plan.as_deref(),
            days: &self.days,
            moments: &self.moments,
        };
        // Serialising owned, valid data to a String does not fail.
        serde_json::to_string_pretty(&file).unwrap_or_default()
    }

    /// Reads stored or imported text: size, JSON, format, version (migrating older ones) and
    /// every check-in are checked. Any problem refuses the whole text.
    pub fn parse(text: &str) -> Result<(History, Option<u64>), HistoryError> {
        Self::parse_file(text).map(|f| (f.history, f.migrated_from))
    }

    /// Like [`History::parse`], also counting the check-ins a file lists more than once (each is
    /// kept once).
    pub fn parse_file(text: &str) -> Result<ParsedFile, HistoryError> {
        if text.len() > MAX_FILE_BYTES {
            return Err(HistoryError::TooLarge { bytes: text.len() });
        }
        let mut value: Value = serde_json::from_str(text).map_err(|_| HistoryError::NotJson)?;
        if value.get("format").and_then(Value::as_str) != Some(FORMAT) {
            return Err(HistoryError::NotFullCup);
        }
        let version = value
            .get("version")
            .and_then(Value::as_u64)
            .ok_or(HistoryError::BadVersion)?;
        if version > VERSION {
            return Err(HistoryError::NewerVersion { version });
        }
        if version == 0 {
            return Err(HistoryError::BadVersion);
        }
        // Version 3 only added the kept plan beside version 2's check-ins: a version 2 file is read
        // as it is (and is what this build writes when no plan is kept), not migrated.
        let migrated_from = (version < 2).then_some(version);
        if version == 1 {
            migrate_v1(&mut value)?;
        }
        let items = value
            .get("check_ins")
            .and_then(Value::as_array)
            .ok_or(HistoryError::NotFullCup)?;
        if items.len() > MAX_CHECK_INS {
            return Err(HistoryError::TooMany { count: items.len() });
        }
        let mut history = History::default();
        let mut repeated: Vec<(u64, Length)> = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let check_in = validate(item).map_err(|problem| HistoryError::BadCheckIn {
                position: i + 1,
                problem,
            })?;
            let before = history.len();
            let id = (check_in.at, check_in.length);
            history.add(check_in)?;
            if history.len() == before && !repeated.contains(&id) {
                repeated.push(id);
            }
        }
        if let Some(v) = value.get("plan").filter(|v| !v.is_null()) {
            let kept: KeptPlan =
                serde_json::from_value(v.clone()).map_err(|_| HistoryError::BadPlan)?;
            kept.plan.check().map_err(|_| HistoryError::BadPlan)?;
            history.plan = Some(Box::new(kept));
        }
        let list = |name: &str| -> Result<Vec<Value>, HistoryError> {
            match value.get(name) {
                None | Some(Value::Null) => Ok(Vec::new()),
                Some(Value::Array(items)) if items.len() <= MAX_BETWEEN => Ok(items.clone()),
                Some(_) => Err(HistoryError::BadBetween),
            }
        };
        for v in list("days")? {
            let day: DayCheck = serde_json::from_value(v).map_err(|_| HistoryError::BadBetween)?;
            if !day.is_valid() {
                return Err(HistoryError::BadBetween);
            }
            history.add_day(day);
        }
        for v in list("moments")? {
            let moment: NowRecord =
                serde_json::from_value(v).map_err(|_| HistoryError::BadBetween)?;
            if !moment.is_valid() {
                return Err(HistoryError::BadBetween);
            }
            history.add_moment(moment);
        }
        Ok(ParsedFile {
            history,
            migrated_from,
            repeated: repeated.len(),
        })
    }

    /// What importing `incoming` would add, without changing anything.
    pub fn preview(
        &self,
        incoming: &History,
        migrated_from: Option<u64>,
    ) -> Result<ImportPreview, HistoryError> {
        let new: Vec<CheckIn> = incoming
            .check_ins
            .iter()
            .filter(|c| !self.check_ins.iter().any(|mine| mine.same_as(c)))
            .cloned()
            .collect();
        let total = self.check_ins.len() + new.len();
        if total > MAX_CHECK_INS {
            return Err(HistoryError::TooMany { count: total });
        }
        let plan = incoming
            .plan()
            .filter(|theirs| self.plan().is_none_or(|mine| theirs.at > mine.at))
            .map(|theirs| Box::new(theirs.clone()));
        Ok(ImportPreview {
            already_here: incoming.len() - new.len(),
            new,
            migrated_from,
            repeated: 0,
            plan,
            days: incoming
                .days
                .iter()
                .filter(|d| !self.days.iter().any(|mine| mine.at == d.at))
                .cloned()
                .collect(),
            moments: incoming
                .moments
                .iter()
                .filter(|m| !self.moments.iter().any(|mine| mine.at == m.at))
                .cloned()
                .collect(),
        })
    }

    /// Applies a preview made from this history: adds exactly the new check-ins.
    pub fn merge(&mut self, preview: &ImportPreview) -> Result<(), HistoryError> {
        let mut next = self.clone();
        for c in &preview.new {
            next.add(c.clone())?;
        }
        if let Some(plan) = &preview.plan {
            next.keep_plan_if_newer((**plan).clone());
        }
        for d in &preview.days {
            next.add_day(d.clone());
        }
        for m in &preview.moments {
            next.add_moment(m.clone());
        }
        *self = next;
        Ok(())
    }
}

/// Version 1 (the first draft format) kept answers only. Version 2 adds the levels shown at the
/// time and the plan; for version 1 records they are worked out again with today's rules.
fn migrate_v1(value: &mut Value) -> Result<(), HistoryError> {
    let items = value
        .get_mut("check_ins")
        .and_then(Value::as_array_mut)
        .ok_or(HistoryError::NotFullCup)?;
    for (i, item) in items.iter_mut().enumerate() {
        let bad = |problem: Problem| HistoryError::BadCheckIn {
            position: i + 1,
            problem,
        };
        let length: Length = item
            .get("length")
            .cloned()
            .and_then(|v| serde_json::from_value(v).ok())
            .ok_or_else(|| bad(Problem::Length))?;
        let answers: Answers = item
            .get("answers")
            .cloned()
            .and_then(|v| serde_json::from_value(v).ok())
            .ok_or_else(|| bad(Problem::Answers))?;
        let outcome = assessment::evaluate(length, &answers);
        let levels: SmallMap<Theme, u8> = outcome
            .scores
            .themes
            .iter()
            .filter_map(|t| Some((t.theme, t.level?.rounded())))
            .collect();
        let obj = item
            .as_object_mut()
            .ok_or_else(|| bad(Problem::NotARecord))?;
        obj.insert(
            "levels".into(),
            serde_json::to_value(levels).map_err(|_| bad(Problem::Invalid("levels")))?,
        );
        obj.insert(
            "cup".into(),
            serde_json::to_value(outcome.scores.cup.map(|c| c.rounded())).unwrap_or(Value::Null),
        );
    }
    Ok(())
}

/// One field of a check-in: `Missing` when a required one is absent, `Invalid` when it holds
/// the wrong kind of value. An optional field that is absent (or null) is `None`.
fn field<T: serde::de::DeserializeOwned>(
    record: &serde_json::Map<String, Value>,
    name: &'static str,
    required: bool,
) -> Result<Option<T>, Problem> {
    match record.get(name) {
        None | Some(Value::Null) if !required => Ok(None),
        None => Err(Problem::Missing(name)),
        Some(v) => serde_json::from_value(v.clone())
            .map(Some)
            .map_err(|_| Problem::Invalid(name)),
    }
}

/// Checks one check-in field by field, naming the field at fault and what is wrong with it.
fn validate(item: &Value) -> Result<CheckIn, Problem> {
    let record = item.as_object().ok_or(Problem::NotARecord)?;
    let required = |name| -> Result<(), Problem> {
        if record.contains_key(name) {
            Ok(())
        } else {
            Err(Problem::Missing(name))
        }
    };
    for name in ["at", "date", "length", "answers", "levels"] {
        required(name)?;
    }
    let check_in = CheckIn {
        at: field(record, "at", true)?.unwrap_or_default(),
        date: field(record, "date", true)?.unwrap_or_default(),
        length: field(record, "length", true)?.unwrap_or(Length::Full),
        answers: field(record, "answers", true)?.unwrap_or_default(),
        levels: field(record, "levels", true)?.unwrap_or_default(),
        cup: field(record, "cup", false)?,
        plan: field(record, "plan", false)?.unwrap_or_default(),
    };
    if Date::parse_iso(&check_in.date).is_none() {
        return Err(Problem::Date(quoted(&check_in.date)));
    }
    if let Some((id, _)) = check_in
        .answers
        .iter()
        .find(|(id, _)| !assessment::is_recorded_question(id))
    {
        return Err(Problem::UnknownQuestion(quoted(id)));
    }
    if check_in
        .levels
        .values()
        .chain(check_in.cup.iter())
        .any(|l| *l > 100)
    {
        return Err(Problem::LevelOver100);
    }
    if check_in.plan.picks.len() > assessment::plan::MAX_PICKS
        || check_in
            .plan
            .picks
            .iter()
            .any(|id| assessment::suggestion(id).is_none())
    {
        return Err(Problem::PlanIdeas);
    }
    if check_in.plan.note.chars().count() > assessment::plan::MAX_NOTE_CHARS {
        return Err(Problem::NoteTooLong);
    }
    Ok(check_in)
}

/// A value from the file kept for a message: a little longer than is ever shown, so that the
/// message can show that it was cut.
fn quoted(s: &str) -> String {
    s.chars().take(QUOTED_CHARS + 1).collect()
}

/// How stored history was found when the app started.
#[derive(Clone, Debug, PartialEq)]
pub enum OnDevice {
    /// Nothing stored: the person has never saved (or has deleted everything).
    Nothing,
    Read(History),
    /// Stored text that could not be read. It is kept exactly as found.
    Unreadable {
        text: String,
        error: HistoryError,
    },
}

pub fn read_stored(text: Option<&str>) -> OnDevice {
    match text {
        None => OnDevice::Nothing,
        Some(t) => match History::parse(t) {
            Ok((h, _)) => OnDevice::Read(h),
            Err(error) => OnDevice::Unreadable {
                text: t.to_owned(),
                error,
            },
        },
    }
}

/// A theme's change since the previous check-in, for "what changed" in words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Change {
    pub theme: Option<Theme>,
    pub before: u8,
    pub after: u8,
}

/// Changes of at least `min_step` points between the last two check-ins, largest first; the cup
/// (theme `None`) first of all.
pub fn changes(history: &History, min_step: u8) -> Vec<Change> {
    let [.., prev, last] = history.check_ins() else {
        return vec![];
    };
    let mut out = Vec::new();
    if let (Some(b), Some(a)) = (prev.cup, last.cup) {
        out.push(Change {
            theme: None,
            before: b,
            after: a,
        });
    }
    let mut themes: Vec<Change> = Theme::PAGE_ORDER
        .iter()
        .filter_map(|t| {
            Some(Change {
                theme: Some(*t),
                before: *prev.levels.get(t)?,
                after: *last.levels.get(t)?,
            })
        })
        .filter(|c| c.before.abs_diff(c.after) >= min_step)
        .collect();
    // Largest first; equal changes keep page order.
    let size = |c: &Change| c.before.abs_diff(c.after);
    crate::assessment::small_sort::sort_small_by(&mut themes, |a, b| size(b).cmp(&size(a)));
    out.extend(themes);
    out
}

#[cfg(test)]
mod tests;
