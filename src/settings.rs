//! How this copy of Full Cup is set up, as one value: built from the defaults, then a trainer's
//! `config.json` (read by the trainers' work, still to come), then the URL options. Every screen
//! reads it through one context (`ui::store::use_settings`); nothing else holds an exit address,
//! a list of contacts or a layout flag.

use crate::assessment::Length;
use crate::content::contacts::{Line, BUILT_IN};
use crate::content::Lang;
use crate::storage::url_options::UrlOptions;

/// Where "Exit this page" goes by default: a neutral page that says nothing about Full Cup.
pub const DEFAULT_EXIT_URL: &str = "https://www.google.com/";

#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// Where "Exit this page" goes.
    pub exit_url: String,
    /// The support lines shown by "Get help now" and the support panel, in order.
    pub contacts: Vec<&'static Line>,
    /// A compact layout for a frame in a course page.
    pub embed: bool,
    /// The language asked for, if any.
    pub lang: Option<Lang>,
    /// The check-in length offered first, if one was asked for.
    pub length: Option<Length>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            exit_url: DEFAULT_EXIT_URL.to_owned(),
            contacts: BUILT_IN.iter().collect(),
            embed: false,
            lang: None,
            length: None,
        }
    }
}

impl Settings {
    /// These settings with the options of the address bar laid over them: an option given in
    /// the URL wins; one not given keeps what was there.
    pub fn with_url(self, url: &UrlOptions) -> Settings {
        Settings {
            embed: url.embed.unwrap_or(self.embed),
            lang: url.lang.or(self.lang),
            length: url.length.or(self.length),
            ..self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::url_options;

    #[test]
    fn defaults_show_every_built_in_line_and_a_neutral_exit() {
        let s = Settings::default();
        assert_eq!(s.contacts.len(), BUILT_IN.len());
        assert!(s.exit_url.starts_with("https://"));
        assert!(!s.embed);
    }

    #[test]
    fn url_options_win_and_missing_ones_keep_what_was_there() {
        let base = Settings {
            embed: true,
            length: Some(Length::Full),
            ..Settings::default()
        };
        let (url, _) = url_options::parse("?length=quick");
        let s = base.clone().with_url(&url);
        assert_eq!(s.length, Some(Length::Pulse));
        assert!(s.embed, "embed was not in the URL, so it stays on");
        let (url, _) = url_options::parse("?embed=0&lang=en");
        let s = base.with_url(&url);
        assert!(!s.embed);
        assert_eq!(s.lang, Some(Lang::En));
        assert_eq!(s.length, Some(Length::Full));
    }
}
