//! Small text rules shared by every view: how a level is written, and templates split around a
//! placeholder so that a screen can wrap one value in an element (a title in bold, a `<cite>`).

use crate::content::fill;

/// A level as a person reads it in `locale`: whole numbers stay whole, others get one decimal,
/// written with the language's decimal sign.
pub fn shown_number(locale: &crate::content::Locale, v: f64) -> String {
    let n = number(v);
    if locale.decimal == "." {
        n
    } else {
        n.replace('.', locale.decimal)
    }
}

/// A level for CSS and files: whole numbers stay whole, others get one decimal, with a point.
pub fn number(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        (v.round() as i64).to_string()
    } else {
        tenths(v)
    }
}

/// `v` with one decimal, rounded as `format!("{v:.1}")` rounds (a tie to the even digit), written
/// with integers only: the standard float formatting costs the app's download several kilobytes.
/// Exact wherever a tie is a representable number, as for every level and every size in MB (a
/// value such as 0.05, stored a hair above its tie, may end one digit lower; only chart
/// coordinates could be such values, where a tenth of a pixel does not show).
pub fn tenths(v: f64) -> String {
    let t = v * 10.0;
    let floor = t.floor();
    let r = if t - floor == 0.5 {
        if floor % 2.0 == 0.0 {
            floor
        } else {
            floor + 1.0
        }
    } else {
        t.round()
    };
    let i = r as i64;
    let sign = if i < 0 { "-" } else { "" };
    let a = i.unsigned_abs();
    format!("{sign}{}.{}", a / 10, a % 10)
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

/// Text from outside the app (a file, a link), made safe to show inside one of the app's own
/// sentences: control and direction-changing characters are dropped, it is cut to `max`
/// characters, and it is wrapped in a first-strong isolate (U+2068 … U+2069), so that it can never
/// reorder or flood the words around it.
pub fn isolate(value: &str, max: usize) -> String {
    let is_bidi_control = |c: char| matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}');
    let mut clean: String = value
        .chars()
        .filter(|c| !c.is_control() && !is_bidi_control(*c))
        .take(max)
        .collect();
    if value
        .chars()
        .filter(|c| !c.is_control() && !is_bidi_control(*c))
        .count()
        > max
    {
        clean.push('…');
    }
    format!("\u{2068}{clean}\u{2069}")
}

/// A date as `YYYY-MM-DD`, held left to right wherever it stands (a left-to-right isolate,
/// U+2066 … U+2069): inside a right-to-left sentence its digits would otherwise be read as three
/// numbers and shown day first.
pub fn date(d: crate::assessment::Date) -> String {
    ltr(&d.iso())
}

/// Text held left to right wherever it stands (a date as stored, `YYYY-MM-DD`), as [`date`].
pub fn ltr(s: &str) -> String {
    format!("\u{2066}{s}\u{2069}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tenths_are_written_as_the_standard_formatting_writes_every_level() {
        // Every level Full Cup can show: a mean of answers worth 0, 25, 50, 75 or 100, over up to
        // 48 answers, and every mean of up to 12 such levels.
        for n in 1..=48u32 {
            for sum in (0..=100 * n).step_by(25) {
                let v = f64::from(sum) / f64::from(n);
                assert_eq!(tenths(v), format!("{v:.1}"), "{sum}/{n}");
            }
        }
        // Every file size in MB, around the largest history file read.
        for bytes in (0..12_000_000u32).step_by(4_093) {
            let v = f64::from(bytes) / 1_048_576.0;
            assert_eq!(tenths(v), format!("{v:.1}"), "{bytes} bytes");
        }
        for v in [0.0, 0.25, 1.5, 12.25, 56.25, 100.0, 3.0e3 / 7.0] {
            assert_eq!(tenths(v), format!("{v:.1}"), "{v}");
        }
        assert_eq!(tenths(-2.25), "-2.2");
    }

    #[test]
    fn a_level_is_shown_with_the_language_s_decimal_sign() {
        let en = crate::content::Lang::En.locale();
        assert_eq!(shown_number(en, 62.5), "62.5");
        let comma = crate::content::Locale {
            decimal: ",",
            ..en.clone()
        };
        assert_eq!(shown_number(&comma, 62.5), "62,5");
        assert_eq!(shown_number(&comma, 50.0), "50");
    }

    #[test]
    fn whole_levels_stay_whole_and_others_get_one_decimal() {
        assert_eq!(number(50.0), "50");
        assert_eq!(number(62.5), "62.5");
        assert_eq!(number(100.0 / 3.0), "33.3");
    }

    #[test]
    fn outside_text_cannot_reorder_or_flood_a_sentence() {
        // A right-to-left override inside a value from a file is dropped, and the value isolated.
        let sly = "2026-01-\u{202E}99\u{202C}-31";
        let shown = isolate(sly, 40);
        assert_eq!(shown, "\u{2068}2026-01-99-31\u{2069}");
        assert!(!shown.contains('\u{202E}'));
        let flood = "x".repeat(80_000);
        let shown = isolate(&flood, 40);
        assert_eq!(
            shown.chars().count(),
            40 + 3,
            "40 characters, an ellipsis and the isolates"
        );
        assert_eq!(isolate("a\nb\u{0}c", 40), "\u{2068}abc\u{2069}");
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
