//! Small text rules shared by every view: how a level is written, and templates split around a
//! placeholder so that a screen can wrap one value in an element (a title in bold, a `<cite>`).

use crate::content::fill;

/// A level as a person reads it: whole numbers stay whole, others get one decimal.
pub fn number(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{v:.0}")
    } else {
        format!("{v:.1}")
    }
}

/// A template filled in, split around one placeholder that a screen shows in its own element.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Around {
    pub before: String,
    pub inner: String,
    pub after: String,
}

/// Fills `template`, keeping the value of `{slot}` apart. A template without the slot gives
/// everything in `before`.
pub fn around(template: &str, slot: &str, inner: &str, values: &[(&str, &str)]) -> Around {
    let marker = format!("{{{slot}}}");
    match template.split_once(&marker) {
        Some((before, after)) => Around {
            before: fill(before, values),
            inner: inner.to_owned(),
            after: fill(after, values),
        },
        None => Around {
            before: fill(template, values),
            inner: String::new(),
            after: String::new(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_levels_stay_whole_and_others_get_one_decimal() {
        assert_eq!(number(50.0), "50");
        assert_eq!(number(62.5), "62.5");
        assert_eq!(number(100.0 / 3.0), "33.3");
    }

    #[test]
    fn a_template_splits_around_its_slot_in_any_word_order() {
        let a = around("{theme}. {text}", "theme", "Support", &[("text", "Good.")]);
        assert_eq!(
            (a.before.as_str(), a.inner.as_str(), a.after.as_str()),
            ("", "Support", ". Good.")
        );
        let a = around("{text} — {theme}", "theme", "Support", &[("text", "Good.")]);
        assert_eq!((a.before.as_str(), a.after.as_str()), ("Good. — ", ""));
    }
}
