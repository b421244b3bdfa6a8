//! What a tab carries from one language's build to another's when the person changes language:
//! the check-in in progress or finished, where they were, and the plan they are making.
//!
//! Each language is a build of its own (see ARCHITECTURE.md, "Languages"), so changing language
//! loads another page. Just before it goes, the app writes this record to the tab's
//! sessionStorage; the next page reads it once, deletes it, and carries on. It never outlives the
//! tab, never holds the language itself, and Exit clears it with the rest of the tab's storage.

use serde::{Deserialize, Serialize};

use crate::assessment::{Answers, Length};

/// The sessionStorage key.
pub const KEY: &str = "fullcup.handover";
/// The format version written with every record.
pub const VERSION: u32 = 1;

/// Everything the person would otherwise lose by changing language.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Handover {
    /// The screen showing, by name ("results", "plan", "help"…).
    pub screen: String,
    /// The screen that Back returns to from an information page.
    pub return_to: String,
    pub from_trainers: bool,
    pub length: Length,
    pub page: usize,
    pub answers: Answers,
    pub finished: bool,
    pub picks: Vec<String>,
    pub note: String,
    /// When this check-in was saved to the history, if it was.
    pub saved_at: Option<u64>,
}

#[derive(Serialize, Deserialize)]
struct Saved {
    v: u32,
    #[serde(flatten)]
    handover: Handover,
}

pub fn write(handover: &Handover) -> String {
    // Serialising plain owned data into a String cannot fail.
    serde_json::to_string(&Saved {
        v: VERSION,
        handover: handover.clone(),
    })
    .unwrap_or_default()
}

/// The record, or nothing when it is unreadable or of another version: a record that cannot be
/// trusted is dropped, and the app starts as on any other visit.
pub fn read(text: &str) -> Option<Handover> {
    let saved: Saved = serde_json::from_str(text).ok()?;
    (saved.v == VERSION).then_some(saved.handover)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{Frequency, Response};

    fn sample() -> Handover {
        let mut answers = Answers::new();
        answers.set("int_drained", Response::Given(Frequency::Often));
        answers.set("sup_talk", Response::Skip);
        Handover {
            screen: "plan".into(),
            return_to: "results".into(),
            from_trainers: false,
            length: Length::Full,
            page: 8,
            answers,
            finished: true,
            picks: vec!["int_reset".into()],
            note: "Call «Ana» on Tuesday".into(),
            saved_at: Some(1_795_000_000_000),
        }
    }

    #[test]
    fn a_record_reads_back_exactly() {
        assert_eq!(read(&write(&sample())), Some(sample()));
    }

    #[test]
    fn an_unreadable_or_foreign_record_is_dropped() {
        let good = write(&sample());
        assert_eq!(read(""), None);
        assert_eq!(read("{"), None);
        assert_eq!(read(&good[..good.len() / 2]), None);
        assert_eq!(read(&good.replace("\"v\":1", "\"v\":2")), None);
        assert_eq!(
            read(&good.replace("\"finished\":true", "\"finished\":\"yes\"")),
            None
        );
    }
}
