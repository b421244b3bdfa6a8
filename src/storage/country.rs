//! The country a person chose for their crisis lines on Get help now or in the support panel: kept
//! in the tab's storage only, so that it lasts while the tab is open (and across a change of
//! language), and read back with care.

/// The key in the tab's session storage.
pub const KEY: &str = "fullcup.country";

/// The choice for a country that is not on the list: no line is shown first.
pub const OTHER: &str = "other";

/// A choice as kept: an ISO 3166-1 alpha-2 code (two letters, in capitals) or [`OTHER`]. Anything
/// else (an edited record, a code of three letters) is no choice at all.
pub fn read(text: &str) -> Option<String> {
    let text = text.trim();
    if text == OTHER {
        return Some(OTHER.to_owned());
    }
    (text.len() == 2 && text.chars().all(|c| c.is_ascii_alphabetic()))
        .then(|| text.to_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_two_letter_code_or_another_country_is_a_choice() {
        assert_eq!(read("gb").as_deref(), Some("GB"));
        assert_eq!(read(" IN ").as_deref(), Some("IN"));
        assert_eq!(read("other").as_deref(), Some(OTHER));
        for bad in ["", "GBR", "1A", "é1", "G", "<b>", "Other", "\u{202e}GB"] {
            assert_eq!(read(bad), None, "{bad:?}");
        }
    }
}
