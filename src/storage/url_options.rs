//! URL options for trainers and links: `lang`, `length` (full or quick), `embed=1`.
//! Unknown or malformed values are reported and ignored; they never stop the app.

use crate::assessment::Length;
use crate::content::Lang;

/// What the address bar asked for; `None` where an option was not given (or was ignored).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct UrlOptions {
    pub lang: Option<Lang>,
    pub length: Option<Length>,
    /// A compact layout for an iframe in a course page.
    pub embed: Option<bool>,
}

/// Parses a query string (with or without the leading `?`). Returns the options and, for each
/// value that was ignored, the name of its parameter.
pub fn parse(query: &str) -> (UrlOptions, Vec<String>) {
    let mut options = UrlOptions::default();
    let mut ignored = Vec::new();
    for pair in query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
    {
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        let ok = match name {
            "lang" => Lang::from_tag(value)
                .map(|l| options.lang = Some(l))
                .is_some(),
            "length" => length(value).map(|l| options.length = Some(l)).is_some(),
            "embed" => match value {
                "1" | "true" | "" => {
                    options.embed = Some(true);
                    true
                }
                "0" | "false" => {
                    options.embed = Some(false);
                    true
                }
                _ => false,
            },
            _ => false,
        };
        if !ok {
            ignored.push(
                name.chars()
                    .filter(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .take(32)
                    .collect(),
            );
        }
    }
    (options, ignored)
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
    fn reads_every_option() {
        let (o, ignored) = parse("?lang=en-GB&length=quick&embed=1");
        assert_eq!(
            o,
            UrlOptions {
                lang: Some(Lang::En),
                length: Some(Length::Pulse),
                embed: Some(true)
            }
        );
        assert!(ignored.is_empty());
    }

    #[test]
    fn odd_values_are_ignored_and_named() {
        let (o, ignored) = parse("lang=klingon&length=%00&embed=maybe&x<script>=1&&=");
        assert_eq!(o, UrlOptions::default());
        assert_eq!(ignored, vec!["lang", "length", "embed", "xscript", ""]);
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
        assert_eq!(parse("length=long").1, vec!["length"]);
    }

    #[test]
    fn empty_query_is_fine() {
        assert_eq!(parse(""), (UrlOptions::default(), vec![]));
        assert_eq!(parse("?"), (UrlOptions::default(), vec![]));
    }
}
