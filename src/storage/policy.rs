//! The rules for keeping history on the device, as pure decisions over a small key–value
//! [`Shelf`]: what is read at start, when unreadable data is kept aside, when writing is allowed,
//! and what deleting does. The browser layer (`ui::device`) only gives a `Shelf` over
//! localStorage; every rule here is tested natively against an in-memory shelf that can refuse.
//!
//! The invariants:
//! - **Unreadable stored data is never overwritten.** It is copied aside (once) and the main key
//!   freed; when it cannot be copied, the main key is left untouched and writing stays off until
//!   the person deletes it.
//! - **Every change is applied to what is stored now.** A tab never writes back its own copy: it
//!   reads the device, applies one [`Change`], and writes the result, so a check-in saved in another
//!   tab is kept and one deleted in another tab stays deleted.

use super::history::{
    read_stored, CheckIn, History, ImportPreview, KeptPlan, OnDevice, KEY, SET_ASIDE_KEY,
};
use crate::assessment::right_now::{DayCheck, NowRecord};
use crate::assessment::Date;

/// The browser (or a test) refused a storage call: storage off, blocked or full.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Refused;

/// Where history is kept: localStorage in the browser, a map in tests.
pub trait Shelf {
    fn get(&self, key: &str) -> Result<Option<String>, Refused>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused>;
    fn remove(&mut self, key: &str) -> Result<(), Refused>;
}

/// A shelf in memory, for tests and the fuzz harness: it can refuse writes, or everything, as a
/// full or blocked browser would.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MemoryShelf {
    pub keys: std::collections::BTreeMap<String, String>,
    pub refuse_writes: bool,
    pub refuse_all: bool,
}

impl Shelf for MemoryShelf {
    fn get(&self, key: &str) -> Result<Option<String>, Refused> {
        if self.refuse_all {
            return Err(Refused);
        }
        Ok(self.keys.get(key).cloned())
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), Refused> {
        if self.refuse_writes || self.refuse_all {
            return Err(Refused);
        }
        self.keys.insert(key.into(), value.into());
        Ok(())
    }
    fn remove(&mut self, key: &str) -> Result<(), Refused> {
        if self.refuse_writes || self.refuse_all {
            return Err(Refused);
        }
        self.keys.remove(key);
        Ok(())
    }
}

/// What was found on the device at start.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    pub history: OnDevice,
    /// Stored data that could not be read, kept aside unchanged so that it can be downloaded.
    pub set_aside: Option<String>,
    /// False when the browser refuses local storage (private mode, blocked, or broken).
    pub available: bool,
}

impl Loaded {
    /// What a browser without local storage gives.
    pub fn unavailable() -> Loaded {
        Loaded {
            history: OnDevice::Nothing,
            set_aside: None,
            available: false,
        }
    }
}

/// Reads what the device holds. Unreadable data is copied aside (once) and the main key freed, so
/// that it is never written over; if it cannot be copied, the main key is left as it is. Data
/// written by a newer version stays where it is (that version, open in another tab, keeps using
/// it); writing is refused while it is there. Data set aside by an older version because it was
/// newer than that version could read, and readable now, is put back when the main key is free.
pub fn load(shelf: &mut impl Shelf) -> Loaded {
    let Ok(mut main) = shelf.get(KEY) else {
        return Loaded::unavailable();
    };
    let mut set_aside = shelf.get(SET_ASIDE_KEY).ok().flatten();
    if main.is_none() {
        if let Some(aside) = set_aside.clone() {
            if matches!(read_stored(Some(&aside)), OnDevice::Read(_))
                && shelf.set(KEY, &aside).is_ok()
                && shelf.remove(SET_ASIDE_KEY).is_ok()
            {
                main = Some(aside);
                set_aside = None;
            }
        }
    }
    let history = match read_stored(main.as_deref()) {
        unreadable @ OnDevice::Unreadable {
            error: super::history::HistoryError::NewerVersion { .. },
            ..
        } => unreadable,
        OnDevice::Unreadable { text, error } => {
            let copied = match &set_aside {
                Some(existing) => *existing == text,
                None => shelf.set(SET_ASIDE_KEY, &text).is_ok(),
            };
            if copied && shelf.remove(KEY).is_ok() {
                set_aside = Some(text);
                OnDevice::Nothing
            } else {
                OnDevice::Unreadable { text, error }
            }
        }
        other => other,
    };
    Loaded {
        history,
        set_aside,
        available: true,
    }
}

/// Why a change to the history was not written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WriteError {
    /// The main key holds data that could not be read; it is never written over.
    Unreadable,
    /// The history already holds the most check-ins Full Cup keeps.
    Full,
    /// The browser refused the write (its storage may be full), or would not be read.
    Refused,
    /// The kept plan was changed in another tab or window since this one last read it; nothing
    /// was written, so that neither undoes the other.
    PlanChangedElsewhere,
}

/// One change a person makes to their history.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// Save this finished check-in.
    Save(CheckIn),
    /// Delete the check-in saved at this moment with this length.
    Delete {
        at: u64,
        length: crate::assessment::Length,
    },
    /// Delete every saved check-in.
    DeleteAll,
    /// Add what a file holds that is not stored yet: its check-ins, daily checks and Right now
    /// moments (the ones already stored are skipped), and its plan when it is newer than the one
    /// kept now.
    Import(Box<ImportPreview>),
    /// Keep this daily check (the first one kept starts the history, as a first save does).
    KeepDay(DayCheck),
    /// Keep this Right now moment.
    KeepMoment(NowRecord),
    /// Keep this plan, changed at `plan.at`, in place of the plan kept now, only if the plan kept
    /// now is still the one this tab last saw (`seen`: when it was changed; `None` when it saw
    /// none).
    KeepPlan {
        plan: Box<KeptPlan>,
        seen: Option<u64>,
    },
    /// Delete the kept plan (the check-ins stay).
    ForgetPlan,
}

/// What a change did.
#[derive(Clone, Debug, PartialEq)]
pub struct Applied {
    /// The history now stored.
    pub history: History,
    /// How many check-ins it added (a save or an import).
    pub added: usize,
}

/// The history as stored now, or why it cannot be changed.
fn read_now(shelf: &impl Shelf) -> Result<History, WriteError> {
    let text = shelf.get(KEY).map_err(|Refused| WriteError::Refused)?;
    match read_stored(text.as_deref()) {
        OnDevice::Nothing => Ok(History::default()),
        OnDevice::Read(h) => Ok(h),
        OnDevice::Unreadable { .. } => Err(WriteError::Unreadable),
    }
}

/// Where the country chosen for the crisis lines is kept on the device: only beside a kept history,
/// and removed with it (the same name as the tab's record, [`super::country::KEY`]).
pub const COUNTRY_KEY: &str = super::country::KEY;

/// Keeps the country chosen for the crisis lines on the device, when a history is kept there now;
/// writes nothing otherwise, nor for anything that is not a choice. Returns whether it was kept.
pub fn keep_country(shelf: &mut impl Shelf, code: &str) -> Result<bool, Refused> {
    let Some(code) = super::country::read(code) else {
        return Ok(false);
    };
    match read_stored(shelf.get(KEY)?.as_deref()) {
        OnDevice::Read(h) if !h.is_empty() => {
            shelf.set(COUNTRY_KEY, &code)?;
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// The country kept on the device for the crisis lines, read only while a history is kept there.
pub fn kept_country(shelf: &impl Shelf) -> Option<String> {
    match read_stored(shelf.get(KEY).ok()?.as_deref()) {
        OnDevice::Read(h) if !h.is_empty() => shelf
            .get(COUNTRY_KEY)
            .ok()?
            .as_deref()
            .and_then(super::country::read),
        _ => None,
    }
}

/// Writes `next` in place of the history (removing the key when it holds nothing, neither a
/// check-in nor a plan; and the country kept beside it once no check-in is left).
fn put(shelf: &mut impl Shelf, next: &History, today: Date) -> Result<(), WriteError> {
    let done = if next.holds_nothing() {
        shelf.remove(KEY)
    } else {
        shelf.set(KEY, &next.to_json(today))
    };
    // The country leaves with the last check-in, whether or not a plan is kept.
    let country = if next.is_empty() {
        shelf.remove(COUNTRY_KEY)
    } else {
        Ok(())
    };
    done.and(country).map_err(|Refused| WriteError::Refused)
}

/// Applies one change to the history as it is stored now, and writes the result. Nothing is
/// written when the change cannot be made.
pub fn apply(shelf: &mut impl Shelf, change: Change, today: Date) -> Result<Applied, WriteError> {
    let mut history = read_now(shelf)?;
    let before = history.len();
    match change {
        Change::Save(check_in) => history.add(check_in).map_err(|_| WriteError::Full)?,
        Change::Delete { at, length } => history.remove(at, length),
        Change::DeleteAll => history.clear(),
        Change::Import(preview) => history.merge(&preview).map_err(|_| WriteError::Full)?,
        Change::KeepDay(day) => history.add_day(day),
        Change::KeepMoment(moment) => history.add_moment(moment),
        Change::KeepPlan { plan, seen } => {
            if history.plan().map(|k| k.at) != seen {
                return Err(WriteError::PlanChangedElsewhere);
            }
            history.keep_plan(*plan);
        }
        Change::ForgetPlan => history.forget_plan(),
    }
    put(shelf, &history, today)?;
    Ok(Applied {
        added: history.len().saturating_sub(before),
        history,
    })
}

/// Deletes exactly the data the person saw could not be read (`text`), wherever it is now: the
/// main key or the place it was kept aside. A key that holds anything else (a history another tab
/// has written since) is left alone. Then reads the device again.
pub fn delete_unreadable(shelf: &mut impl Shelf, text: &str) -> Result<Loaded, Refused> {
    for key in [KEY, SET_ASIDE_KEY] {
        if shelf.get(key)?.as_deref() == Some(text) {
            shelf.remove(key)?;
        }
    }
    Ok(load(shelf))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Importing these check-ins (and nothing else) from a file.
    fn importing(check_ins: Vec<CheckIn>) -> Change {
        Change::Import(Box::new(ImportPreview {
            new: check_ins,
            already_here: 0,
            migrated_from: None,
            repeated: 0,
            plan: None,
            days: Vec::new(),
            moments: Vec::new(),
        }))
    }

    #[test]
    fn the_country_is_kept_only_beside_a_kept_history_and_leaves_with_it() {
        let today = day();
        let mut shelf = MemoryShelf::default();
        assert_eq!(
            keep_country(&mut shelf, "IN"),
            Ok(false),
            "no history: nothing written"
        );
        assert!(shelf.keys.is_empty());
        apply(&mut shelf, Change::Save(check_in(1)), today).expect("saved");
        assert_eq!(keep_country(&mut shelf, "India"), Ok(false), "not a choice");
        assert_eq!(keep_country(&mut shelf, "in"), Ok(true));
        assert_eq!(kept_country(&shelf).as_deref(), Some("IN"));
        shelf.keys.insert(COUNTRY_KEY.into(), "<script>".into());
        assert_eq!(kept_country(&shelf), None, "an edited value is no choice");
        keep_country(&mut shelf, "other").expect("kept");
        apply(&mut shelf, Change::DeleteAll, today).expect("deleted");
        assert!(
            shelf.keys.is_empty(),
            "deleting everything removes the country too"
        );
        assert_eq!(kept_country(&shelf), None);
    }
    #[test]
    fn a_plan_is_kept_only_over_the_plan_this_tab_saw_and_deleted_alone() {
        use super::super::history::KeptPlan;
        let today = day();
        let plan = |at: u64, note: &str| {
            Box::new(KeptPlan {
                at,
                plan: Plan::from_parts(vec![], note),
            })
        };
        let mut shelf = MemoryShelf::default();
        // Tab A keeps a plan first; tab B, which saw none, cannot then write over it.
        let a = apply(
            &mut shelf,
            Change::KeepPlan {
                plan: plan(10, "A"),
                seen: None,
            },
            today,
        )
        .expect("kept");
        assert_eq!(a.history.plan().map(|k| k.at), Some(10));
        assert_eq!(
            apply(
                &mut shelf,
                Change::KeepPlan {
                    plan: plan(11, "B"),
                    seen: None
                },
                today
            ),
            Err(WriteError::PlanChangedElsewhere)
        );
        // Once B has read A's plan, its change is kept.
        apply(
            &mut shelf,
            Change::KeepPlan {
                plan: plan(12, "B"),
                seen: Some(10),
            },
            today,
        )
        .expect("kept over what B saw");
        // A, still holding its own, is refused and must read the device again.
        assert_eq!(
            apply(
                &mut shelf,
                Change::KeepPlan {
                    plan: plan(13, "A2"),
                    seen: Some(10)
                },
                today
            ),
            Err(WriteError::PlanChangedElsewhere)
        );
        let now = load(&mut shelf);
        let OnDevice::Read(h) = now.history else {
            panic!("readable")
        };
        assert_eq!(h.plan().map(|k| k.plan.note()), Some("B"));
        // Saving a check-in and deleting every check-in keep the plan; deleting the plan with
        // no check-in left frees the key.
        apply(&mut shelf, Change::Save(check_in(1)), today).expect("saved");
        apply(&mut shelf, Change::DeleteAll, today).expect("deleted");
        assert!(shelf.keys.contains_key(KEY), "the plan is still kept");
        apply(&mut shelf, Change::ForgetPlan, today).expect("forgotten");
        assert!(shelf.keys.is_empty());
        // A refusing browser writes nothing, and says so.
        shelf.refuse_writes = true;
        assert_eq!(
            apply(
                &mut shelf,
                Change::KeepPlan {
                    plan: plan(20, "x"),
                    seen: None
                },
                today
            ),
            Err(WriteError::Refused)
        );
    }

    use crate::assessment::{Answers, Length, Plan};

    type Memory = MemoryShelf;

    fn day() -> Date {
        Date::new(2026, 11, 23).expect("a day")
    }

    fn check_in(at: u64) -> CheckIn {
        CheckIn::record(at, day(), Length::Pulse, &Answers::new(), &Plan::default())
    }

    fn with(keys: &[(&str, &str)]) -> Memory {
        Memory {
            keys: keys
                .iter()
                .map(|(k, v)| ((*k).into(), (*v).into()))
                .collect(),
            ..Memory::default()
        }
    }

    #[test]
    fn nothing_stored_reads_as_nothing_and_writes_nothing() {
        let mut shelf = Memory::default();
        let loaded = load(&mut shelf);
        assert_eq!(loaded.history, OnDevice::Nothing);
        assert!(loaded.available);
        assert!(shelf.keys.is_empty(), "reading must never write");
    }

    #[test]
    fn refused_storage_reads_as_unavailable() {
        let mut shelf = Memory {
            refuse_all: true,
            ..Memory::default()
        };
        assert_eq!(load(&mut shelf), Loaded::unavailable());
    }

    #[test]
    fn unreadable_data_is_moved_aside_unchanged_and_the_main_key_freed() {
        let mut shelf = with(&[(KEY, "{broken")]);
        let loaded = load(&mut shelf);
        assert_eq!(loaded.history, OnDevice::Nothing);
        assert_eq!(loaded.set_aside.as_deref(), Some("{broken"));
        assert_eq!(
            shelf.keys.get(SET_ASIDE_KEY).map(String::as_str),
            Some("{broken")
        );
        assert!(!shelf.keys.contains_key(KEY));
    }

    #[test]
    fn unreadable_data_that_cannot_be_copied_stays_where_it_is_and_blocks_writing() {
        let mut shelf = with(&[(KEY, "{broken")]);
        shelf.refuse_writes = true;
        let loaded = load(&mut shelf);
        assert!(
            matches!(loaded.history, OnDevice::Unreadable { ref text, .. } if text == "{broken")
        );
        shelf.refuse_writes = false;
        for change in [
            Change::Save(check_in(2)),
            Change::DeleteAll,
            importing(vec![check_in(3)]),
        ] {
            assert_eq!(
                apply(&mut shelf, change, day()),
                Err(WriteError::Unreadable)
            );
        }
        assert_eq!(
            shelf.keys.get(KEY).map(String::as_str),
            Some("{broken"),
            "never overwritten"
        );
    }

    #[test]
    fn a_second_unreadable_text_never_replaces_the_one_already_aside() {
        let mut shelf = with(&[(KEY, "second"), (SET_ASIDE_KEY, "first")]);
        let loaded = load(&mut shelf);
        assert!(matches!(loaded.history, OnDevice::Unreadable { .. }));
        assert_eq!(
            shelf.keys.get(SET_ASIDE_KEY).map(String::as_str),
            Some("first")
        );
        assert_eq!(shelf.keys.get(KEY).map(String::as_str), Some("second"));
    }

    #[test]
    fn the_same_text_already_aside_frees_the_main_key() {
        let mut shelf = with(&[(KEY, "same"), (SET_ASIDE_KEY, "same")]);
        let loaded = load(&mut shelf);
        assert_eq!(loaded.history, OnDevice::Nothing);
        assert!(!shelf.keys.contains_key(KEY));
    }

    #[test]
    fn saving_writes_and_reads_back() {
        let mut shelf = Memory::default();
        let done = apply(&mut shelf, Change::Save(check_in(5)), day()).expect("saved");
        assert_eq!((done.history.len(), done.added), (1, 1));
        assert_eq!(load(&mut shelf).history, OnDevice::Read(done.history));
    }

    /// Keeps a plan (changed at 5) on a device that keeps none yet.
    fn keep_a_plan(shelf: &mut Memory) {
        let plan = Box::new(super::super::history::KeptPlan {
            at: 5,
            plan: Plan::from_parts(vec![], "walk"),
        });
        apply(shelf, Change::KeepPlan { plan, seen: None }, day()).expect("kept");
    }

    #[test]
    fn a_newer_versions_file_stays_in_place_and_one_an_older_version_set_aside_comes_back() {
        // A kept plan makes a version 3 file; without one the file says version 2.
        let mut shelf = Memory::default();
        apply(&mut shelf, Change::Save(check_in(1)), day()).expect("saved");
        assert!(shelf.keys[KEY].contains("\"version\": 2"));
        keep_a_plan(&mut shelf);
        let v3 = shelf.keys[KEY].clone();
        assert!(v3.contains("\"version\": 3"));
        // A file of a version newer than this one: left where it is, and nothing written over it.
        let newer = v3.replace("\"version\": 3", "\"version\": 9");
        let mut shelf = with(&[(KEY, &newer)]);
        let loaded = load(&mut shelf);
        assert!(matches!(loaded.history, OnDevice::Unreadable { .. }));
        assert_eq!(shelf.keys.get(KEY), Some(&newer), "in place");
        assert!(!shelf.keys.contains_key(SET_ASIDE_KEY));
        assert_eq!(
            apply(&mut shelf, Change::Save(check_in(2)), day()),
            Err(WriteError::Unreadable)
        );
        // An older version set this version's file aside: it comes back on the next read.
        let mut shelf = with(&[(SET_ASIDE_KEY, &v3)]);
        let loaded = load(&mut shelf);
        assert!(
            matches!(loaded.history, OnDevice::Read(ref h) if h.plan().is_some() && h.len() == 1),
            "{loaded:?}"
        );
        assert_eq!(loaded.set_aside, None);
        assert_eq!(shelf.keys.get(KEY), Some(&v3));
        assert!(!shelf.keys.contains_key(SET_ASIDE_KEY));
        // Data set aside that this version cannot read either stays aside.
        let mut shelf = with(&[(SET_ASIDE_KEY, "{broken")]);
        assert_eq!(load(&mut shelf).set_aside.as_deref(), Some("{broken"));
    }

    #[test]
    fn deleting_every_check_in_takes_the_country_even_when_a_plan_stays() {
        let mut shelf = Memory::default();
        apply(&mut shelf, Change::Save(check_in(1)), day()).expect("saved");
        keep_a_plan(&mut shelf);
        assert_eq!(keep_country(&mut shelf, "IN"), Ok(true));
        apply(&mut shelf, Change::DeleteAll, day()).expect("deleted");
        assert!(
            !shelf.keys.contains_key(COUNTRY_KEY),
            "the country left with the check-ins"
        );
        assert!(
            shelf.keys.contains_key(KEY),
            "the plan stays until its own delete"
        );
        assert_eq!(kept_country(&shelf), None);
    }

    /// Two tabs keep, change and delete one plan in every order: a tab's change is written only
    /// over the plan it last read, so neither ever undoes what the other did unseen; a refused tab
    /// reads the device again, as `ui::hooks::use_kept_plan` does.
    #[test]
    fn two_tabs_never_undo_each_others_plan() {
        use super::super::history::KeptPlan;
        #[derive(Clone, Copy, Debug)]
        enum P {
            Keep,
            Forget,
        }
        let ops = [P::Keep, P::Forget];
        let mut cases = 0;
        for a1 in ops {
            for a2 in ops {
                for b1 in ops {
                    for b2 in ops {
                        for mask in 0..16u8 {
                            // Each bit chooses which tab acts next, while it has steps left.
                            let (mut a, mut b) = (vec![a1, a2], vec![b1, b2]);
                            let mut seen = [None::<u64>; 2];
                            // Every plan (by when it was changed) each tab has read or written.
                            let mut known: [Vec<u64>; 2] = [vec![], vec![]];
                            let mut shelf = Memory::default();
                            let mut clock = 0u64;
                            let stored_plan = |shelf: &mut Memory| match load(shelf).history {
                                OnDevice::Read(h) => h.plan().map(|k| k.at),
                                OnDevice::Nothing => None,
                                OnDevice::Unreadable { .. } => panic!("unreadable"),
                            };
                            for step in 0..4 {
                                let first = (mask >> step) & 1 == 0;
                                let tab = if (first && !a.is_empty()) || b.is_empty() {
                                    0
                                } else {
                                    1
                                };
                                let op = if tab == 0 { a.remove(0) } else { b.remove(0) };
                                clock += 1;
                                let before = stored_plan(&mut shelf);
                                let change = match op {
                                    P::Keep => Change::KeepPlan {
                                        plan: Box::new(KeptPlan {
                                            at: clock,
                                            plan: Plan::from_parts(
                                                vec![],
                                                &format!("{tab}-{clock}"),
                                            ),
                                        }),
                                        seen: seen[tab],
                                    },
                                    P::Forget => Change::ForgetPlan,
                                };
                                match apply(&mut shelf, change, day()) {
                                    Ok(done) => {
                                        if matches!(op, P::Keep) {
                                            assert!(
                                                before.is_none_or(|at| known[tab].contains(&at)),
                                                "tab {tab} wrote over a plan it never saw"
                                            );
                                            known[tab].push(clock);
                                        }
                                        seen[tab] = done.history.plan().map(|k| k.at);
                                    }
                                    Err(WriteError::PlanChangedElsewhere) => {
                                        assert_eq!(
                                            stored_plan(&mut shelf),
                                            before,
                                            "a refusal changes nothing"
                                        );
                                        // Refused: this tab reads the device again.
                                        seen[tab] = before;
                                        known[tab].extend(before);
                                    }
                                    Err(e) => panic!("{e:?}"),
                                }
                                cases += 1;
                            }
                        }
                    }
                }
            }
        }
        assert_eq!(cases, 16 * 16 * 4);
    }

    #[test]
    fn a_refused_write_changes_nothing_stored() {
        let mut shelf = Memory::default();
        apply(&mut shelf, Change::Save(check_in(5)), day()).expect("saved");
        let before = shelf.keys.clone();
        shelf.refuse_writes = true;
        for change in [
            Change::Save(check_in(6)),
            Change::DeleteAll,
            importing(vec![check_in(7)]),
        ] {
            assert_eq!(apply(&mut shelf, change, day()), Err(WriteError::Refused));
        }
        assert_eq!(shelf.keys, before);
    }

    #[test]
    fn a_full_history_is_named_as_full_not_as_refused_storage() {
        let mut shelf = Memory::default();
        let mut h = History::default();
        for at in 0..crate::storage::history::MAX_CHECK_INS as u64 {
            h.add(check_in(at)).expect("room");
        }
        shelf.keys.insert(KEY.into(), h.to_json(day()));
        let before = shelf.keys.clone();
        assert_eq!(
            apply(&mut shelf, Change::Save(check_in(99_999)), day()),
            Err(WriteError::Full)
        );
        assert_eq!(
            apply(&mut shelf, importing(vec![check_in(99_998)]), day()),
            Err(WriteError::Full)
        );
        assert_eq!(shelf.keys, before, "nothing written");
    }

    #[test]
    fn deleting_the_last_check_in_removes_the_key() {
        let mut shelf = Memory::default();
        apply(&mut shelf, Change::Save(check_in(5)), day()).expect("saved");
        apply(
            &mut shelf,
            Change::Delete {
                at: 5,
                length: Length::Pulse,
            },
            day(),
        )
        .expect("deleted");
        assert!(shelf.keys.is_empty());
    }

    #[test]
    fn deleting_unreadable_data_never_removes_a_history_written_since() {
        // This tab saw unreadable data in the main key; another tab has since moved it aside and
        // saved a real history there.
        let mut shelf = Memory::default();
        apply(&mut shelf, Change::Save(check_in(5)), day()).expect("saved by the other tab");
        shelf.keys.insert(SET_ASIDE_KEY.into(), "{broken".into());
        let after = delete_unreadable(&mut shelf, "{broken").expect("deleted");
        assert!(
            matches!(after.history, OnDevice::Read(ref h) if h.len() == 1),
            "the history stays"
        );
        assert_eq!(after.set_aside, None);
    }

    // -----------------------------------------------------------------------------------------
    // Two tabs. Each holds its own view of the history from when it last read the device; every
    // change goes through `apply`. Whatever the order, the device must end up holding exactly what
    // the person's changes, taken in that order, leave: nothing lost, nothing resurrected.
    // -----------------------------------------------------------------------------------------

    /// What one tab does. `Delete` deletes a check-in the tab can see in its (possibly stale)
    /// view; `Save` saves a check-in new to both tabs.
    #[derive(Clone, Copy, Debug)]
    enum Op {
        Save(u64),
        Delete(u64),
        DeleteAll,
        Import(u64),
    }

    /// The device's history as a set of moments, after `ops` taken in order: the reference.
    fn expected(start: &[u64], ops: &[Op]) -> Vec<u64> {
        let mut set: Vec<u64> = start.to_vec();
        for op in ops {
            // An import adds what its file holds: here, a new check-in and check-in 1 (which the
            // person may have deleted; bringing a file back is their choice).
            let adds: &[u64] = match op {
                Op::Save(at) => &[*at],
                Op::Import(at) => &[*at, 1],
                _ => &[],
            };
            for at in adds {
                if !set.contains(at) {
                    set.push(*at);
                }
            }
            match *op {
                Op::Save(_) | Op::Import(_) => {}
                Op::Delete(at) => set.retain(|x| *x != at),
                Op::DeleteAll => set.clear(),
            }
        }
        set.sort_unstable();
        set
    }

    fn change(op: Op) -> Change {
        match op {
            Op::Save(at) => Change::Save(check_in(at)),
            Op::Delete(at) => Change::Delete {
                at,
                length: Length::Pulse,
            },
            Op::DeleteAll => Change::DeleteAll,
            Op::Import(at) => importing(vec![check_in(at), check_in(1)]),
        }
    }

    fn stored(shelf: &mut Memory) -> Vec<u64> {
        match load(shelf).history {
            OnDevice::Read(h) => h.check_ins().iter().map(|c| c.at).collect(),
            OnDevice::Nothing => vec![],
            OnDevice::Unreadable { .. } => panic!("the history became unreadable"),
        }
    }

    #[test]
    fn every_interleaving_of_two_tabs_keeps_what_should_stay_and_drops_what_was_deleted() {
        // Both tabs opened on a history of two check-ins (1 and 2); each then makes up to two
        // changes, and every interleaving of the two tabs' changes is tried.
        let start = [1u64, 2];
        let ops_a = [Op::Save(10), Op::Delete(1), Op::DeleteAll, Op::Import(11)];
        let ops_b = [
            Op::Save(20),
            Op::Delete(2),
            Op::Delete(1),
            Op::DeleteAll,
            Op::Import(21),
        ];
        let mut cases = 0;
        for &a1 in &ops_a {
            for &a2 in &ops_a {
                for &b1 in &ops_b {
                    // Interleavings of [a1, a2] with [b1]: b1 first, between, or last.
                    for at in 0..3 {
                        let mut order = vec![a1, a2];
                        order.insert(at, b1);
                        let mut shelf = Memory::default();
                        for at in start {
                            apply(&mut shelf, Change::Save(check_in(at)), day()).expect("start");
                        }
                        for op in &order {
                            apply(&mut shelf, change(*op), day()).expect("applied");
                        }
                        assert_eq!(stored(&mut shelf), expected(&start, &order), "{order:?}");
                        cases += 1;
                    }
                }
            }
        }
        assert_eq!(cases, 4 * 4 * 5 * 3);
    }

    #[test]
    fn a_stale_tab_saving_after_another_deleted_all_does_not_bring_them_back() {
        let mut shelf = Memory::default();
        for at in [1, 2] {
            apply(&mut shelf, Change::Save(check_in(at)), day()).expect("saved");
        }
        // Tab B read the device before tab A deleted everything; B still shows 1 and 2.
        let tab_b_view = stored(&mut shelf);
        assert_eq!(tab_b_view, vec![1, 2]);
        apply(&mut shelf, Change::DeleteAll, day()).expect("tab A deletes all");
        apply(&mut shelf, Change::Save(check_in(3)), day()).expect("tab B saves");
        assert_eq!(stored(&mut shelf), vec![3], "1 and 2 stay deleted");
    }

    #[test]
    fn a_stale_tab_never_loses_a_check_in_saved_in_another() {
        let mut shelf = Memory::default();
        apply(&mut shelf, Change::Save(check_in(1)), day()).expect("saved");
        // Tab A opened now. Tab B saves 2; then A, unaware, saves 3 and deletes 1.
        apply(&mut shelf, Change::Save(check_in(2)), day()).expect("tab B saves");
        apply(&mut shelf, Change::Save(check_in(3)), day()).expect("tab A saves");
        apply(
            &mut shelf,
            Change::Delete {
                at: 1,
                length: Length::Pulse,
            },
            day(),
        )
        .expect("tab A deletes");
        assert_eq!(stored(&mut shelf), vec![2, 3]);
    }

    #[test]
    fn deleting_unreadable_data_removes_only_it() {
        let mut shelf = with(&[(KEY, "{broken")]);
        load(&mut shelf);
        let after = delete_unreadable(&mut shelf, "{broken").expect("deleted");
        assert_eq!(after.set_aside, None);
        assert!(shelf.keys.is_empty());

        let mut shelf = with(&[(KEY, "second"), (SET_ASIDE_KEY, "first")]);
        load(&mut shelf);
        let after = delete_unreadable(&mut shelf, "second").expect("deleted");
        assert_eq!(after.history, OnDevice::Nothing);
        assert_eq!(
            after.set_aside.as_deref(),
            Some("first"),
            "the main key's data goes first; the one kept aside stays until deleted too"
        );
    }
}

#[cfg(test)]
mod between_tests {
    //! Keeping a daily check or a Right now moment: the first starts the history, as a first save
    //! does; each is written over what is stored now, so another tab's save is never lost.
    use super::*;
    use crate::assessment::right_now::{Colour, Moment};
    use crate::assessment::{Answers, Length, Plan};

    fn day() -> Date {
        Date::new(2026, 12, 6).expect("a day")
    }

    #[test]
    fn keeping_a_day_or_a_moment_starts_or_joins_the_history() {
        let mut shelf = MemoryShelf::default();
        let loaded = load(&mut shelf);
        assert_eq!(loaded.history, OnDevice::Nothing);
        assert!(shelf.keys.is_empty(), "reading writes nothing");
        let check = DayCheck {
            at: 7,
            date: day(),
            colour: Colour::Red,
            days_off: None,
            days_support: Some(20),
        };
        let done = apply(&mut shelf, Change::KeepDay(check.clone()), day()).expect("kept");
        assert_eq!(done.history.days(), [check]);
        assert!(shelf.keys[KEY].contains("\"version\": 4"));
        // Another tab saves a check-in; this one keeps a moment over it, and both stay.
        let check_in = CheckIn::record(8, day(), Length::Pulse, &Answers::new(), &Plan::default());
        apply(&mut shelf, Change::Save(check_in), day()).expect("saved");
        let moment = NowRecord {
            at: 9,
            date: day(),
            moment: Moment::Loss,
            tools: vec![],
            before: None,
            after: None,
        };
        let done = apply(&mut shelf, Change::KeepMoment(moment), day()).expect("kept");
        assert_eq!(
            (
                done.history.len(),
                done.history.days().len(),
                done.history.moments().len()
            ),
            (1, 1, 1)
        );
        let done = apply(&mut shelf, Change::DeleteAll, day()).expect("deleted");
        assert!(done.history.holds_nothing());
        assert!(shelf.keys.is_empty(), "nothing left behind");
    }
}
