//! What a question is (its theme, keying and which check-in lengths ask it) and the two lengths.

use super::answer::Frequency;
use super::theme::{Kind, Theme};

keyed! {
    /// The two lengths of check-in.
    pub enum Length {
        /// About 4–5 questions per theme, 5–8 minutes.
        Full = "full",
        /// One question per theme plus the safety questions, under 2 minutes.
        Pulse = "pulse",
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
    /// False for a protection that is never held against a person: its answer still counts in its
    /// theme's level, but never weighs, stands out or calls for an idea.
    pub weighs: bool,
}

impl Question {
    /// This question, worded against its theme's direction (see [`Question::reverse`]).
    pub const fn reversed(self) -> Question {
        Question {
            reverse: true,
            ..self
        }
    }

    /// This question, never held against a person (see [`Question::weighs`]).
    pub const fn never_held_against(self) -> Question {
        Question {
            weighs: false,
            ..self
        }
    }

    /// This question, asked in the quick pulse as well.
    pub const fn in_pulse(self) -> Question {
        Question {
            in_pulse: true,
            weighs: true,
            ..self
        }
    }

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

    /// The level this one answer alone would give its theme: 0 to 100, fuller is healthier.
    pub fn health(&self, answer: Frequency) -> u8 {
        match self.theme.kind() {
            Kind::Protective => self.points(answer),
            Kind::Strain => 100 - self.points(answer),
        }
    }
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
            weighs: true,
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
            weighs: true,
        };
        assert!(q.asked_in(Length::Full));
        assert!(!q.asked_in(Length::Pulse));
    }
}
