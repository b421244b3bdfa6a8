//! URL options for trainers and links: `lang`, `length` (full, pulse or quick), `embed=1`,
//! `history=off`, `class=1` (class mode, which keeps no history), and `open` (help, history, research, privacy, plan, now or day: the page to
//! open at once, as the installed app's "Get help now", "My plan" and "Right now" shortcuts do; a
//! plan opens only where one is kept on the device).
//! Unknown or malformed values are counted and ignored; they never stop the app, and what they
//! said is never repeated back (a link must not be able to put words in Full Cup's mouth).

use crate::assessment::Length;
use crate::content::Lang;

/// What the address bar asked for; `None` where an option was not given (or was ignored).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlOptions {
    pub lang: Option<Lang>,
    pub length: Option<Length>,
    /// A compact layout for an iframe in a course page.
    pub embed: Option<bool>,
    /// `history=off`: no saving on this device, and no My history.
    pub history: Option<bool>,
    /// The page to open at once, by the same key as the page written at build time uses
    /// (`ui::state::early_press`).
    pub open: Option<&'static str>,
    /// `class=1`: class mode, for a projector or a shared screen.
    pub class: Option<bool>,
}

/// The pages an address may open at once.
pub const OPEN_KEYS: [&str; 7] = [
    "help", "history", "research", "privacy", "plan", "now", "day",
];

/// The values that turn `embed` and `class` on (a bare name counts as the empty value).
const ON: [&str; 3] = ["1", "true", ""];

/// The query pairs, exactly as an address writes them, by which it asks for a page that the app
/// opens once it is ready: every `open` but help (which the page written at build time shows
/// itself), and class mode. The early page (static/early.js) matches them as they are, so that
/// until the app is ready it says Full Cup is loading instead of offering the welcome in that
/// page's place; percent-encoded spellings are left to the app, and so is a `class` given twice
/// (the app lets the last count; the early page waits on any that turns it on). Each parses to
/// that page (a test below).
pub fn pages_asked() -> Vec<String> {
    let opens = OPEN_KEYS
        .iter()
        .filter(|k| **k != "help")
        .map(|k| format!("open={k}"));
    let class = std::iter::once("class".to_owned()).chain(ON.iter().map(|v| format!("class={v}")));
    opens.chain(class).collect()
}

/// Parses a query string (with or without the leading `?`). Returns the options and how many
/// parameters were ignored. Values are percent-decoded (one that cannot be is ignored). Only the
/// first `lang` counts, as it does for the page's own choice of build before the app starts
/// (static/lang.js): the two must never disagree about the language.
pub fn parse(query: &str) -> (UrlOptions, usize) {
    let mut options = UrlOptions::default();
    let mut ignored = 0;
    let mut lang_seen = false;
    let mut open_seen = false;
    for pair in query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (name, raw) = pair.split_once('=').unwrap_or((pair, ""));
        let value = percent_decoded(raw).unwrap_or_default();
        let value = value.as_str();
        let ok = match name {
            "lang" if lang_seen => false,
            "lang" => {
                lang_seen = true;
                Lang::from_tag(value)
                    .map(|l| options.lang = Some(l))
                    .is_some()
            }
            "length" => length(value).map(|l| options.length = Some(l)).is_some(),
            "embed" => match value {
                v if ON.contains(&v) => {
                    options.embed = Some(true);
                    true
                }
                "0" | "false" => {
                    options.embed = Some(false);
                    true
                }
                _ => false,
            },
            "class" => match value {
                v if ON.contains(&v) => {
                    options.class = Some(true);
                    true
                }
                "0" | "false" => {
                    options.class = Some(false);
                    true
                }
                _ => false,
            },
            "open" if open_seen => false,
            "open" => {
                // Only the first counts, as for the early page (static/early.js).
                open_seen = true;
                OPEN_KEYS
                    .iter()
                    .find(|k| **k == value)
                    .map(|k| options.open = Some(k))
                    .is_some()
            }
            "history" => match value {
                "off" | "0" | "false" => {
                    options.history = Some(false);
                    true
                }
                "on" | "1" | "true" => {
                    options.history = Some(true);
                    true
                }
                _ => false,
            },
            _ => false,
        };
        if !ok {
            ignored += 1;
        }
    }
    (options, ignored)
}

/// `%XX` escapes decoded as JavaScript's `decodeURIComponent` does (`+` stays `+`); `None` for a
/// broken escape or bytes that are not UTF-8.
fn percent_decoded(raw: &str) -> Option<String> {
    let bytes = raw.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = raw.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// Writes `options` as a query string that [`parse`] reads back exactly (with its leading `?`,
/// or empty when no option is set).
pub fn query(options: &UrlOptions) -> String {
    let mut pairs = Vec::new();
    if let Some(embed) = options.embed {
        pairs.push(format!("embed={}", if embed { "1" } else { "0" }));
    }
    if let Some(lang) = options.lang {
        pairs.push(format!("lang={}", lang.tag()));
    }
    if let Some(length) = options.length {
        pairs.push(format!("length={}", length.key()));
    }
    if let Some(history) = options.history {
        pairs.push(format!("history={}", if history { "on" } else { "off" }));
    }
    if let Some(open) = options.open {
        pairs.push(format!("open={open}"));
    }
    if let Some(class) = options.class {
        pairs.push(format!("class={}", if class { "1" } else { "0" }));
    }
    if pairs.is_empty() {
        String::new()
    } else {
        format!("?{}", pairs.join("&"))
    }
}

/// The query for opening Full Cup on its own (in a new tab, out of a course page's frame): the
/// same options without `embed`, with its leading `?` when anything is left.
pub fn standalone(query: &str) -> String {
    let kept: Vec<&str> = query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && p.split_once('=').map_or(*p, |(name, _)| name) != "embed")
        .collect();
    if kept.is_empty() {
        String::new()
    } else {
        format!("?{}", kept.join("&"))
    }
}

/// A check-in length as a link may name it: `full`, or `pulse` (also `quick`, as people say it).
fn length(value: &str) -> Option<Length> {
    match value {
        "quick" => Some(Length::Pulse),
        other => Length::from_key(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pair_the_early_page_waits_on_asks_the_app_for_a_page_other_than_help() {
        let asked = pages_asked();
        assert_eq!(asked.len(), OPEN_KEYS.len() - 1 + 1 + ON.len());
        for pair in &asked {
            let (o, ignored) = parse(&format!("?{pair}"));
            assert_eq!(ignored, 0, "{pair}");
            assert!(
                (o.open.is_some() && o.open != Some("help")) || o.class == Some(true),
                "{pair}"
            );
        }
        // Help is the early page's own; class mode turned off is no page.
        for other in ["open=help", "class=0", "class=false", "embed=1"] {
            assert!(!asked.iter().any(|p| p == other), "{other}");
        }
    }

    #[test]
    fn open_names_one_of_five_pages_and_anything_else_is_ignored() {
        for key in OPEN_KEYS {
            let (o, ignored) = parse(&format!("?open={key}"));
            assert_eq!((o.open, ignored), (Some(key), 0));
        }
        for odd in [
            "?open=results",
            "?open=HELP",
            "?open=",
            "?open=help%20now",
            "?open",
        ] {
            let (o, ignored) = parse(odd);
            assert_eq!((o.open, ignored), (None, 1), "{odd}");
        }
        let (o, _) = parse("?lang=es&open=help&length=pulse");
        assert_eq!(o.open, Some("help"));
        // Only the first counts, as for the page written at build time.
        assert_eq!(
            parse("?open=help&open=research"),
            (parse("?open=help").0, 1)
        );
        assert_eq!(o.length, Some(Length::Pulse));
    }

    #[test]
    fn class_mode_is_asked_for_with_class_1() {
        assert_eq!(parse("?class=1").0.class, Some(true));
        assert_eq!(parse("?class").0.class, Some(true));
        assert_eq!(parse("?class=0").0.class, Some(false));
        assert_eq!(parse("?class=maybe"), (UrlOptions::default(), 1));
    }

    #[test]
    fn every_set_of_options_is_written_as_a_query_that_reads_back_the_same() {
        let bools = [None, Some(true), Some(false)];
        let mut langs = vec![None];
        langs.extend(Lang::ALL.iter().copied().map(Some));
        let mut lengths = vec![None];
        lengths.extend(Length::ALL.iter().copied().map(Some));
        for lang in &langs {
            for length in &lengths {
                for embed in bools {
                    for history in bools {
                        for open in [None, Some("help"), Some("privacy")] {
                            for class in bools {
                                let options = UrlOptions {
                                    lang: *lang,
                                    length: *length,
                                    embed,
                                    history,
                                    open,
                                    class,
                                };
                                let written = query(&options);
                                assert_eq!(parse(&written), (options, 0), "{written}");
                            }
                        }
                    }
                }
            }
        }
        assert_eq!(query(&UrlOptions::default()), "");
    }

    #[test]
    fn reads_every_option() {
        let (o, ignored) = parse("?lang=en-GB&length=quick&embed=1");
        assert_eq!(
            o,
            UrlOptions {
                lang: Some(Lang::En),
                length: Some(Length::Pulse),
                embed: Some(true),
                history: None,
                open: None,
                class: None,
            }
        );
        assert_eq!(ignored, 0);
    }

    #[test]
    fn odd_values_are_ignored_and_counted() {
        let (o, ignored) = parse("lang=klingon&length=%00&embed=maybe&x<script>=1&&=");
        assert_eq!(o, UrlOptions::default());
        assert_eq!(ignored, 5);
        let flood = "Call_1_800_555_0199_now=1&".repeat(20_000);
        assert_eq!(parse(&flood).1, 20_000);
    }

    #[test]
    fn lang_is_read_as_the_page_reads_it_first_one_only_and_decoded() {
        // As static/lang.js: the first `lang` decides, decoded; a later one never overrides it.
        assert_eq!(parse("lang=%65s").0.lang, Some(Lang::Es));
        assert_eq!(parse("lang=ar&lang=es"), (parse("lang=ar").0, 1));
        assert_eq!(
            parse("lang=xx&lang=es").0.lang,
            None,
            "the first, even unknown"
        );
        assert_eq!(
            parse("lang=%E0%A4%A&lang=es").0.lang,
            None,
            "a broken escape is ignored"
        );
        assert_eq!(parse("length=%70ulse").0.length, Some(Length::Pulse));
        assert_eq!(percent_decoded("a%20b+c"), Some("a b+c".to_owned()));
        assert_eq!(percent_decoded("%"), None);
        assert_eq!(percent_decoded("%zz"), None);
        assert_eq!(percent_decoded("%ff"), None, "not UTF-8");
        assert_eq!(percent_decoded("%C3%A9"), Some("é".to_owned()));
    }

    #[test]
    fn lengths_are_read_as_people_write_them() {
        for (value, length) in [
            ("full", Length::Full),
            ("pulse", Length::Pulse),
            ("quick", Length::Pulse),
        ] {
            assert_eq!(parse(&format!("length={value}")).0.length, Some(length));
        }
        assert_eq!(parse("length=long").1, 1);
    }

    #[test]
    fn a_new_tab_keeps_every_option_but_the_compact_frame_layout() {
        assert_eq!(
            standalone("?embed=1&lang=en&history=off"),
            "?lang=en&history=off"
        );
        assert_eq!(standalone("?embed=1"), "");
        assert_eq!(standalone("embed&length=pulse"), "?length=pulse");
        assert_eq!(standalone(""), "");
        assert_eq!(
            standalone("?embedded=1"),
            "?embedded=1",
            "only the embed option itself"
        );
    }

    #[test]
    fn empty_query_is_fine() {
        assert_eq!(parse(""), (UrlOptions::default(), 0));
        assert_eq!(parse("?"), (UrlOptions::default(), 0));
    }
}
