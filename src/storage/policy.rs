//! The rules for keeping history on the device, as pure decisions over a small key–value
//! [`Shelf`]: what is read at start, when unreadable data is kept aside, when writing is allowed,
//! and what deleting does. The browser layer (`ui::device`) only gives a `Shelf` over
//! localStorage; every rule here is tested natively against an in-memory shelf that can refuse.
//!
//! The invariant: **unreadable stored data is never overwritten.** It is copied aside (once) and
//! the main key freed; when it cannot be copied, the main key is left untouched and writing stays
//! off until the person deletes it.

use super::history::{read_stored, CheckIn, History, OnDevice, KEY, SET_ASIDE_KEY};
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
/// that it is never written over; if it cannot be copied, the main key is left as it is.
pub fn load(shelf: &mut impl Shelf) -> Loaded {
    let Ok(main) = shelf.get(KEY) else {
        return Loaded::unavailable();
    };
    let mut set_aside = shelf.get(SET_ASIDE_KEY).ok().flatten();
    let history = match read_stored(main.as_deref()) {
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
    /// The browser refused the write (its storage may be full).
    Refused,
}

/// Writes `next` in place of what the device holds (removing the key when it is empty).
pub fn write(
    shelf: &mut impl Shelf,
    current: &OnDevice,
    next: &History,
    today: Date,
) -> Result<(), WriteError> {
    if matches!(current, OnDevice::Unreadable { .. }) {
        return Err(WriteError::Unreadable);
    }
    let done = if next.is_empty() {
        shelf.remove(KEY)
    } else {
        shelf.set(KEY, &next.to_json(today))
    };
    done.map_err(|Refused| WriteError::Refused)
}

/// Adds one finished check-in to the history and writes it. Returns the history now stored.
pub fn save(
    shelf: &mut impl Shelf,
    current: &OnDevice,
    check_in: CheckIn,
    today: Date,
) -> Result<History, WriteError> {
    let mut next = match current {
        OnDevice::Read(h) => h.clone(),
        OnDevice::Nothing => History::default(),
        OnDevice::Unreadable { .. } => return Err(WriteError::Unreadable),
    };
    next.add(check_in).map_err(|_| WriteError::Full)?;
    write(shelf, current, &next, today)?;
    Ok(next)
}

/// Deletes the data that could not be read (from the main key while it is still there, else from
/// where it was kept aside), then reads the device again.
pub fn delete_unreadable(shelf: &mut impl Shelf, current: &OnDevice) -> Result<Loaded, Refused> {
    let key = if matches!(current, OnDevice::Unreadable { .. }) {
        KEY
    } else {
        SET_ASIDE_KEY
    };
    shelf.remove(key)?;
    Ok(load(shelf))
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::assessment::{Answers, Length, Plan};

    /// An in-memory shelf whose writes can be refused, as a full or blocked browser would.
    #[derive(Default)]
    struct Memory {
        keys: BTreeMap<String, String>,
        refuse_writes: bool,
        refuse_all: bool,
    }

    impl Shelf for Memory {
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
        let mut h = History::default();
        h.add(check_in(1)).expect("room");
        assert_eq!(
            write(&mut shelf, &loaded.history, &h, day()),
            Err(WriteError::Unreadable)
        );
        assert_eq!(
            save(&mut shelf, &loaded.history, check_in(2), day()),
            Err(WriteError::Unreadable)
        );
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
        let h = save(&mut shelf, &OnDevice::Nothing, check_in(5), day()).expect("saved");
        assert_eq!(h.len(), 1);
        assert_eq!(load(&mut shelf).history, OnDevice::Read(h));
    }

    #[test]
    fn a_refused_save_changes_nothing_stored() {
        let mut shelf = Memory::default();
        let h = save(&mut shelf, &OnDevice::Nothing, check_in(5), day()).expect("saved");
        let before = shelf.keys.clone();
        shelf.refuse_writes = true;
        assert_eq!(
            save(&mut shelf, &OnDevice::Read(h), check_in(6), day()),
            Err(WriteError::Refused)
        );
        assert_eq!(shelf.keys, before);
    }

    #[test]
    fn a_full_history_is_named_as_full_not_as_refused_storage() {
        let mut h = History::default();
        for at in 0..crate::storage::history::MAX_CHECK_INS as u64 {
            h.add(check_in(at)).expect("room");
        }
        let mut shelf = Memory::default();
        assert_eq!(
            save(&mut shelf, &OnDevice::Read(h), check_in(99_999), day()),
            Err(WriteError::Full)
        );
        assert!(shelf.keys.is_empty());
    }

    #[test]
    fn writing_an_empty_history_removes_the_key() {
        let mut shelf = Memory::default();
        let h = save(&mut shelf, &OnDevice::Nothing, check_in(5), day()).expect("saved");
        write(&mut shelf, &OnDevice::Read(h), &History::default(), day()).expect("written");
        assert!(shelf.keys.is_empty());
    }

    #[test]
    fn deleting_unreadable_data_removes_only_it() {
        let mut shelf = with(&[(KEY, "{broken")]);
        let loaded = load(&mut shelf);
        let after = delete_unreadable(&mut shelf, &loaded.history).expect("deleted");
        assert_eq!(after.set_aside, None);
        assert!(shelf.keys.is_empty());

        let mut shelf = with(&[(KEY, "second"), (SET_ASIDE_KEY, "first")]);
        let loaded = load(&mut shelf);
        let after = delete_unreadable(&mut shelf, &loaded.history).expect("deleted");
        assert_eq!(after.history, OnDevice::Nothing);
        assert_eq!(
            after.set_aside.as_deref(),
            Some("first"),
            "the main key's data goes first; the one kept aside stays until deleted too"
        );
    }
}
