//! The check-in in progress, kept in the tab's sessionStorage so that a reload loses nothing.
//! Cleared when the check-in finishes or the person exits.

use serde::{Deserialize, Serialize};

use crate::assessment::{Answers, Length};

/// The sessionStorage key.
pub const KEY: &str = "fullcup.progress";

/// The sessionStorage key of what a person did on the page before the app had started (the
/// check-in begun, its first answers, Next, a page asked for, a language): static/early.js keeps
/// it there so that a reload before the app is ready loses nothing it promised to keep; the app
/// reads it once, with the rest of the early record, and removes it. Never in an LMS package.
pub const EARLY_KEY: &str = "fullcup.early";
/// The format version written with every save.
pub const VERSION: u32 = 1;

/// What survives a reload within the tab while a check-in is in progress.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Progress {
    pub length: Length,
    /// Which page of questions (from 0); written as "step", as the first version did.
    #[serde(rename = "step")]
    pub page: usize,
    pub answers: Answers,
}

#[derive(Serialize, Deserialize)]
struct Saved {
    v: u32,
    #[serde(flatten)]
    progress: Progress,
}

/// Why a saved check-in could not be read back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionError {
    /// Not valid JSON, or fields of the wrong shape (for example a half-written value).
    Unreadable,
    /// Written by a different version of Full Cup.
    OtherVersion(u64),
}

pub fn write(progress: &Progress) -> String {
    // Serialising plain owned data into a String cannot fail.
    serde_json::to_string(&Saved {
        v: VERSION,
        progress: progress.clone(),
    })
    .unwrap_or_default()
}

pub fn read(text: &str) -> Result<Progress, SessionError> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|_| SessionError::Unreadable)?;
    match value.get("v").and_then(serde_json::Value::as_u64) {
        Some(v) if v == u64::from(VERSION) => {}
        Some(v) => return Err(SessionError::OtherVersion(v)),
        None => return Err(SessionError::Unreadable),
    }
    serde_json::from_value::<Saved>(value)
        .map(|s| s.progress)
        .map_err(|_| SessionError::Unreadable)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{Frequency, Response};

    fn sample() -> Progress {
        Progress {
            length: Length::Full,
            page: 3,
            answers: [
                ("int_drained", Response::Given(Frequency::Often)),
                ("rec_practice", Response::Skip),
            ]
            .into_iter()
            .collect(),
        }
    }

    #[test]
    fn round_trips() {
        assert_eq!(read(&write(&sample())), Ok(sample()));
    }

    #[test]
    fn half_written_or_edited_values_are_refused() {
        let full = write(&sample());
        assert_eq!(read(&full[..full.len() / 2]), Err(SessionError::Unreadable));
        assert_eq!(read(""), Err(SessionError::Unreadable));
        assert_eq!(
            read(&full.replace("often", "loads")),
            Err(SessionError::Unreadable)
        );
        assert_eq!(
            read(&full.replace("\"step\":3", "\"step\":-3")),
            Err(SessionError::Unreadable)
        );
        assert_eq!(
            read(r#"{"length":"full","step":0,"answers":{}}"#),
            Err(SessionError::Unreadable)
        );
    }

    #[test]
    fn another_version_is_named() {
        let text = write(&sample()).replace("\"v\":1", "\"v\":7");
        assert_eq!(read(&text), Err(SessionError::OtherVersion(7)));
    }
}
