//! URL options for trainers and links: `lang`, `length` (full or quick), `embed=1`.
//! Unknown or malformed values are reported and ignored; they never stop the app.

use crate::assessment::Length;
use crate::content::Lang;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    pub lang: Option<Lang>,
    pub length: Option<Length>,
    /// A compact layout for an iframe in a course page.
    pub embed: bool,
}

/// Parses a query string (with or without the leading `?`). Returns the options and, for each
/// value that was ignored, the name of its parameter.
pub fn parse(query: &str) -> (Options, Vec<String>) {
    let mut options = Options::default();
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
            "length" => Length::from_key(value)
                .map(|l| options.length = Some(l))
                .is_some(),
            "embed" => match value {
                "1" | "true" | "" => {
                    options.embed = true;
                    true
                }
                "0" | "false" => true,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_option() {
        let (o, ignored) = parse("?lang=en-GB&length=quick&embed=1");
        assert_eq!(
            o,
            Options {
                lang: Some(Lang::En),
                length: Some(Length::Pulse),
                embed: true
            }
        );
        assert!(ignored.is_empty());
    }

    #[test]
    fn odd_values_are_ignored_and_named() {
        let (o, ignored) = parse("lang=klingon&length=%00&embed=maybe&x<script>=1&&=");
        assert_eq!(o, Options::default());
        assert_eq!(ignored, vec!["lang", "length", "embed", "xscript", ""]);
    }

    #[test]
    fn empty_query_is_fine() {
        assert_eq!(parse(""), (Options::default(), vec![]));
        assert_eq!(parse("?"), (Options::default(), vec![]));
    }
}
