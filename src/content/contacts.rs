//! The built-in crisis and support lines shown by "Get help now" and the support panel: their names
//! and numbers, which are the same in every language. How each is described (its region and who it
//! is for) lives in each language's locale, keyed by `id`. Which lines a copy of Full Cup shows is
//! a setting ([`crate::settings::Settings::contacts`]); these are checked, widely published national
//! lines.

/// A line a person can call or text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Line {
    /// Keys the line's description in each locale.
    pub id: &'static str,
    pub name: &'static str,
    /// The number as people write it locally.
    pub number: &'static str,
    /// The number for a `tel:` link (digits and a leading `+` only).
    pub dial: &'static str,
    /// True when the same number also takes text messages.
    pub text: bool,
}

pub static BUILT_IN: &[Line] = &[
    Line {
        id: "us_988",
        name: "988 Suicide & Crisis Lifeline",
        number: "988",
        dial: "988",
        text: true,
    },
    Line {
        id: "us_samhsa",
        name: "SAMHSA National Helpline",
        number: "1-800-662-4357",
        dial: "18006624357",
        text: false,
    },
    Line {
        id: "ca_988",
        name: "9-8-8 Suicide Crisis Helpline",
        number: "988",
        dial: "988",
        text: true,
    },
    Line {
        id: "uk_samaritans",
        name: "Samaritans",
        number: "116 123",
        dial: "116123",
        text: false,
    },
    Line {
        id: "au_lifeline",
        name: "Lifeline",
        number: "13 11 14",
        dial: "131114",
        text: false,
    },
    Line {
        id: "nz_1737",
        name: "Need to talk?",
        number: "1737",
        dial: "1737",
        text: true,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dial_strings_are_only_digits_and_match_the_shown_number() {
        for c in BUILT_IN {
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
        assert!(BUILT_IN.iter().any(|c| c.dial == "988" && c.id == "us_988"));
        assert!(BUILT_IN.iter().any(|c| c.dial == "18006624357"));
    }
}
