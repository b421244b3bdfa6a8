//! The default crisis and support lines shown by "Get help now" and the support panel.
//! Trainers will be able to replace them with local contacts; these are checked, widely published
//! national lines.

/// A line a person can call or text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Contact {
    pub region: &'static str,
    pub name: &'static str,
    /// The number as people write it locally.
    pub number: &'static str,
    /// The number for a `tel:` link (digits and a leading `+` only).
    pub dial: &'static str,
    /// True when the same number also takes text messages.
    pub text: bool,
    pub note: &'static str,
}

pub static DEFAULT_CONTACTS: &[Contact] = &[
    Contact {
        region: "United States",
        name: "988 Suicide & Crisis Lifeline",
        number: "988",
        dial: "988",
        text: true,
        note: "Call or text, any time, for any kind of emotional crisis.",
    },
    Contact {
        region: "United States",
        name: "SAMHSA National Helpline",
        number: "1-800-662-4357",
        dial: "18006624357",
        text: false,
        note: "Free and confidential, any time, about substance use and mental health, in English and Spanish.",
    },
    Contact {
        region: "Canada",
        name: "9-8-8 Suicide Crisis Helpline",
        number: "988",
        dial: "988",
        text: true,
        note: "Call or text, any time.",
    },
    Contact {
        region: "United Kingdom and Ireland",
        name: "Samaritans",
        number: "116 123",
        dial: "116123",
        text: false,
        note: "Free to call, any time, whatever you are going through.",
    },
    Contact {
        region: "Australia",
        name: "Lifeline",
        number: "13 11 14",
        dial: "131114",
        text: false,
        note: "Crisis support, any time.",
    },
    Contact {
        region: "New Zealand",
        name: "Need to talk?",
        number: "1737",
        dial: "1737",
        text: true,
        note: "Call or text to talk with a trained counsellor, any time.",
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dial_strings_are_only_digits_and_match_the_shown_number() {
        for c in DEFAULT_CONTACTS {
            assert!(
                c.dial.chars().all(|ch| ch.is_ascii_digit() || ch == '+'),
                "{}",
                c.name
            );
            let shown: String = c.number.chars().filter(char::is_ascii_digit).collect();
            assert_eq!(shown, c.dial, "{}", c.name);
        }
    }

    #[test]
    fn the_us_988_line_and_samhsa_are_present() {
        assert!(DEFAULT_CONTACTS
            .iter()
            .any(|c| c.dial == "988" && c.region == "United States"));
        assert!(DEFAULT_CONTACTS.iter().any(|c| c.dial == "18006624357"));
    }
}
