//! What a question is (its theme, keying and which check-in lengths ask it) and the two lengths.

use serde::{Deserialize, Serialize};

use super::answer::Frequency;
use super::safety::SafetySignal;
use super::theme::Theme;

/// The two lengths of check-in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Length {
    /// About 4–5 questions per theme, 5–8 minutes.
    Full,
    /// One question per theme plus the safety questions, under 2 minutes.
    Pulse,
}

impl Length {
    pub fn key(self) -> &'static str {
        match self {
            Length::Full => "full",
            Length::Pulse => "pulse",
        }
    }

    pub fn from_key(key: &str) -> Option<Length> {
        match key {
            "full" => Some(Length::Full),
            "pulse" | "quick" => Some(Length::Pulse),
            _ => None,
        }
    }
}

/// A scored question. Its wording lives in `content`, keyed by `id`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    pub id: &'static str,
    pub theme: Theme,
    /// True when "Always" points the opposite way from the theme's own direction (for example a
    /// question about switching off after work, inside the strain theme about boundaries).
    pub reverse: bool,
    /// True for the one question per theme that the quick pulse asks.
    pub in_pulse: bool,
}

impl Question {
    pub fn asked_in(&self, length: Length) -> bool {
        match length {
            Length::Full => true,
            Length::Pulse => self.in_pulse,
        }
    }

    /// Points in the theme's own direction (strain for strain themes, protection for protective).
    pub fn points(&self, answer: Frequency) -> u8 {
        let p = answer.points();
        if self.reverse {
            100 - p
        } else {
            p
        }
    }
}

/// A question that is never scored but can raise a [`SafetySignal`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SafetyQuestion {
    pub id: &'static str,
    pub signal: SafetySignal,
    /// The lowest frequency that raises the signal.
    pub raises_from: Frequency,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reverse_keying_flips_points() {
        let q = Question {
            id: "q",
            theme: Theme::Boundaries,
            reverse: true,
            in_pulse: false,
        };
        assert_eq!(q.points(Frequency::Always), 0);
        assert_eq!(q.points(Frequency::Rarely), 75);
        let q = Question {
            reverse: false,
            ..q
        };
        assert_eq!(q.points(Frequency::Always), 100);
    }

    #[test]
    fn pulse_asks_only_pulse_questions() {
        let q = Question {
            id: "q",
            theme: Theme::Support,
            reverse: false,
            in_pulse: false,
        };
        assert!(q.asked_in(Length::Full));
        assert!(!q.asked_in(Length::Pulse));
    }

    #[test]
    fn length_keys_accept_quick_as_pulse() {
        assert_eq!(Length::from_key("quick"), Some(Length::Pulse));
        assert_eq!(Length::from_key(Length::Full.key()), Some(Length::Full));
        assert_eq!(Length::from_key("long"), None);
    }
}
