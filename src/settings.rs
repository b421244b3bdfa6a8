//! How this copy of Full Cup is set up, as one value: built from the defaults, then a trainer's
//! `config.json`, then the URL options. Every screen
//! reads it through one context (`ui::store::use_settings`); nothing else holds an exit address,
//! a list of contacts or a layout flag.

use crate::assessment::Length;
use crate::content::contacts::{Line, BUILT_IN};
use crate::content::Lang;
use crate::storage::config::{CompleteAt, Config, CrisisLine, LocalContact, Modules};
use crate::storage::url_options::UrlOptions;

/// Where "Exit this page" goes by default: a neutral page that says nothing about Full Cup.
pub const DEFAULT_EXIT_URL: &str = "https://www.google.com/";

#[derive(Clone, Debug, PartialEq)]
pub struct Settings {
    /// Where "Exit this page" goes.
    pub exit_url: String,
    /// The built-in support lines shown by "Get help now" and the support panel, in order.
    pub contacts: Vec<&'static Line>,
    /// A trainer's own local contacts, shown before every crisis line.
    pub local_contacts: Vec<LocalContact>,
    /// Crisis lines a trainer added, by country, shown with the built-in ones.
    pub crisis_lines: Vec<CrisisLine>,
    /// The country whose lines come first; when none is set, the language's own
    /// ([`crate::content::Locale::country`]).
    pub country: Option<String>,
    /// The region of the browser's language, when it is the language shown and names one: it
    /// leads the lines when `country` is not set ([`Settings::with_browser`]).
    pub browser_country: Option<String>,
    /// The organisation running this copy, and a line of its own, if a trainer set them.
    pub organisation: Option<(String, Option<String>)>,
    /// Which parts of the app this copy offers.
    pub modules: Modules,
    /// A compact layout for a frame in a course page.
    pub embed: bool,
    /// The language asked for, if any.
    pub lang: Option<Lang>,
    /// The check-in length offered first, if one was asked for.
    pub length: Option<Length>,
    /// Running from the SCORM package: the LMS is told when the lesson is completed, and nothing
    /// else.
    pub scorm: bool,
    /// Where the package marks the lesson completed.
    pub lms_complete_at: CompleteAt,
    /// Whether a framed app tells the page around it its height (a number only).
    pub frame_height: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            exit_url: DEFAULT_EXIT_URL.to_owned(),
            contacts: BUILT_IN.iter().collect(),
            local_contacts: Vec::new(),
            crisis_lines: Vec::new(),
            country: None,
            browser_country: None,
            organisation: None,
            modules: Modules::default(),
            embed: false,
            lang: None,
            length: None,
            scorm: false,
            lms_complete_at: CompleteAt::default(),
            frame_height: false,
        }
    }
}

impl Settings {
    /// These settings with a trainer's valid `config.json` laid over them.
    pub fn with_config(self, config: &Config) -> Settings {
        Settings {
            exit_url: config.exit_url.clone().unwrap_or(self.exit_url),
            local_contacts: config.contacts.clone(),
            crisis_lines: config.crisis_lines.clone(),
            country: config.country.clone(),
            contacts: if config.built_in_lines {
                self.contacts
            } else {
                Vec::new()
            },
            organisation: config
                .organisation
                .clone()
                .map(|name| (name, config.organisation_line.clone())),
            modules: config.modules,
            lang: config.language.or(self.lang),
            length: config.length.or(self.length),
            lms_complete_at: config.lms_complete_at,
            frame_height: config.frame_height,
            ..self
        }
    }

    /// These settings inside the SCORM package: the LMS is told of completion, and history is
    /// off, because an LMS's origin is shared with everything else it serves.
    pub fn packaged(self) -> Settings {
        Settings {
            scorm: true,
            modules: Modules {
                history: false,
                ..self.modules
            },
            ..self
        }
    }

    /// These settings with the options of the address bar laid over them: an option given in
    /// the URL wins; one not given keeps what was there. A link can turn history off, never on;
    /// class mode (a projector in a room) turns it off.
    pub fn with_url(self, url: &UrlOptions) -> Settings {
        let mut modules = self.modules;
        if url.history == Some(false) || url.class == Some(true) {
            modules.history = false;
        }
        Settings {
            embed: url.embed.unwrap_or(self.embed),
            lang: url.lang.or(self.lang),
            length: url.length.or(self.length),
            modules,
            ..self
        }
    }

    /// The language to show: the `lang` option of the address bar, then this copy's default
    /// (`config.json`), then the language of the folder the page was opened from (each
    /// language's build lives in a folder of its own; English at the root is no choice at all),
    /// then the first of the browser's languages that Full Cup speaks, then English.
    pub fn language(&self, folder: Option<Lang>, browser: &[String]) -> Lang {
        self.lang
            .or(folder)
            .or_else(|| browser.iter().find_map(|tag| Lang::from_tag(tag)))
            .unwrap_or(Lang::En)
    }

    /// These settings knowing the browser's languages: the region of the first of them that is
    /// `lang` and names one ("es-MX" gives MX) leads the crisis lines when this copy names no
    /// country. Read from the browser at each start, never stored.
    pub fn with_browser(self, lang: Lang, browser: &[String]) -> Settings {
        let region = browser
            .iter()
            .filter(|tag| Lang::from_tag(tag) == Some(lang))
            .find_map(|tag| {
                let region = tag.split(['-', '_']).nth(1)?;
                (region.len() == 2 && region.chars().all(|c| c.is_ascii_alphabetic()))
                    .then(|| region.to_ascii_uppercase())
            });
        Settings {
            browser_country: region,
            ..self
        }
    }

    /// The country whose crisis lines and emergency number come first: the one the person chose
    /// (`chosen`, for this tab), else this copy's, else the browser's region where Full Cup knows
    /// a line or an emergency number for it (otherwise the language's own country's lines are of
    /// more use), else the language's. A copy that shows only its trainer's lines leads with the
    /// first of those lines' country, after the person's choice and the copy's.
    pub fn lines_country(&self, language_country: &str, chosen: Option<&str>) -> String {
        let known = |r: &str| {
            crate::content::contacts::emergency(r).is_some()
                || self
                    .crisis_lines
                    .iter()
                    .any(|l| l.country.eq_ignore_ascii_case(r))
                || self.contacts.iter().any(|l| l.answers(r))
        };
        let region = self.browser_country.as_deref().filter(|r| known(r));
        // A copy whose only lines are its trainer's (Full Cup's own turned off): the first of them
        // leads, rather than a country for which the copy has no line at all.
        let trainers = self
            .contacts
            .is_empty()
            .then(|| self.crisis_lines.first().map(|l| l.country.as_str()))
            .flatten();
        chosen
            .or(self.country.as_deref())
            .or(trainers)
            .or(region)
            .unwrap_or(language_country)
            .to_ascii_uppercase()
    }

    /// The crisis lines in the order shown: those of [`Settings::lines_country`] first, a
    /// trainer's before the built-in ones, then the rest in the same way.
    pub fn lines<'a>(&'a self, language_country: &str) -> Vec<ShownLine<'a>> {
        self.lines_for(&self.lines_country(language_country, None))
    }

    /// The crisis lines with those of `first` first, a trainer's before the built-in ones, then
    /// the rest in the same way.
    pub fn lines_for<'a>(&'a self, first: &str) -> Vec<ShownLine<'a>> {
        let all: Vec<ShownLine<'a>> = self
            .crisis_lines
            .iter()
            .map(ShownLine::Trainer)
            .chain(self.contacts.iter().map(|l| ShownLine::BuiltIn(l)))
            .collect();
        let (mut shown, rest): (Vec<_>, Vec<_>) = all.into_iter().partition(|l| l.answers(first));
        shown.extend(rest);
        shown
    }

    /// The check-in length a person can take: the pulse only when this copy offers it.
    pub fn offers(&self, length: Length) -> bool {
        length == Length::Full || self.modules.pulse
    }
}

/// One crisis line as a copy shows it: a trainer's, or one of Full Cup's own.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ShownLine<'a> {
    Trainer(&'a CrisisLine),
    BuiltIn(&'static Line),
}

impl ShownLine<'_> {
    pub fn answers(&self, country: &str) -> bool {
        match self {
            ShownLine::Trainer(l) => l.country.eq_ignore_ascii_case(country),
            ShownLine::BuiltIn(l) => l.answers(country),
        }
    }
}

/// The quick exit by keyboard, wherever it goes ([`Settings::exit_url`]): three Shift presses
/// within [`ShiftCounter::WINDOW_MS`]. The app counts with it; the page before the app has started
/// (static/early.js) is given the same numbers at build time.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ShiftCounter {
    presses: Vec<f64>,
}

impl ShiftCounter {
    pub const PRESSES: usize = 3;
    pub const WINDOW_MS: f64 = 1500.0;

    /// Records a Shift press at `now_ms`; true when it completes three within the window.
    pub fn press(&mut self, now_ms: f64) -> bool {
        self.presses
            .retain(|t| now_ms - t <= Self::WINDOW_MS && now_ms >= *t);
        self.presses.push(now_ms);
        if self.presses.len() >= Self::PRESSES {
            self.presses.clear();
            return true;
        }
        false
    }

    /// Any other key breaks the sequence.
    pub fn reset(&mut self) {
        self.presses.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::url_options;

    #[test]
    fn the_address_bar_then_the_copy_then_the_folder_then_the_browser_choose_the_language() {
        let browser = |tags: &[&str]| tags.iter().map(|t| t.to_string()).collect::<Vec<_>>();
        let none = Settings::default();
        assert_eq!(
            none.language(None, &[]),
            Lang::En,
            "English when nothing says"
        );
        let ar = Lang::from_tag("ar").expect("Arabic is spoken");
        let es = Lang::from_tag("es").expect("Spanish is spoken");
        let ms = Lang::from_tag("ms").expect("Malay is spoken");
        assert_eq!(
            none.language(None, &browser(&["fr-FR", "es-MX", "en"])),
            es,
            "the first browser language Full Cup speaks"
        );
        assert_eq!(none.language(None, &browser(&["fr", "de"])), Lang::En);
        assert_eq!(
            none.language(Some(ms), &browser(&["es"])),
            ms,
            "a language's folder wins over the browser"
        );
        let copy = Settings {
            lang: Some(ar),
            ..Settings::default()
        };
        assert_eq!(
            copy.language(Some(ms), &browser(&["es"])),
            ar,
            "the copy's default wins over the folder and the browser"
        );
        let (url, _) = url_options::parse("?lang=es");
        assert_eq!(
            copy.with_url(&url).language(Some(ms), &browser(&["ms"])),
            es,
            "the address bar wins over everything"
        );
    }

    #[test]
    fn the_browser_region_leads_the_lines_for_its_own_language_only() {
        let tags = |t: &[&str]| t.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let es = Lang::from_tag("es").expect("Spanish is spoken");
        let region = |lang: Lang, t: &[&str]| {
            Settings::default()
                .with_browser(lang, &tags(t))
                .browser_country
        };
        assert_eq!(region(es, &["es-MX"]).as_deref(), Some("MX"));
        assert_eq!(region(es, &["es_es"]).as_deref(), Some("ES"));
        assert_eq!(
            region(es, &["en-GB", "es"]),
            None,
            "another language's region is not ours"
        );
        assert_eq!(
            region(es, &["es-419"]),
            None,
            "a region that is not a country"
        );
        assert_eq!(region(Lang::En, &["es-MX", "en-AU"]).as_deref(), Some("AU"));
        let first_of = |s: &Settings, language_country: &str| match s.lines(language_country)[0] {
            ShownLine::BuiltIn(l) => l.id,
            ShownLine::Trainer(_) => "trainer",
        };
        let first = |s: &Settings| first_of(s, "US");
        let browser = Settings::default().with_browser(Lang::En, &tags(&["en-GB"]));
        assert_eq!(
            first(&browser),
            "uk_samaritans",
            "the browser's country leads"
        );
        let copy = Settings {
            country: Some("AU".into()),
            ..browser
        };
        assert_eq!(
            first(&copy),
            "au_lifeline",
            "the copy's country wins over the browser's"
        );
        let mexico = Settings::default().with_browser(es, &tags(&["es-MX"]));
        assert_eq!(first_of(&mexico, "US"), "mx_linea_vida");
        let nowhere = Settings::default().with_browser(es, &tags(&["es-VE"]));
        assert_eq!(
            first_of(&nowhere, "ES"),
            "es_024",
            "a region Full Cup knows nothing of gives way to the language's country"
        );
        let colombia = Settings::default().with_browser(es, &tags(&["es-CO"]));
        assert_eq!(
            colombia.lines_country("ES", None),
            "CO",
            "an emergency number known is enough for the region to lead"
        );
        assert_eq!(
            colombia.lines_country("ES", Some("mx")),
            "MX",
            "the person's own choice wins over everything"
        );
        let only_trainers = crate::storage::config::parse(
            r#"{"built_in_lines": false, "crisis_lines": [
                {"country": "NZ", "name": "Town line", "phone": "0800 000"}]}"#,
        )
        .expect("valid");
        let s = Settings::default()
            .with_config(&only_trainers)
            .with_browser(Lang::En, &tags(&["en-US"]));
        assert_eq!(
            s.lines_country("US", None),
            "NZ",
            "a copy with only its trainer's lines leads with them, whatever the browser says"
        );
    }

    #[test]
    fn defaults_show_every_built_in_line_and_a_neutral_exit() {
        let s = Settings::default();
        assert_eq!(s.contacts.len(), BUILT_IN.len());
        assert!(s.exit_url.starts_with("https://"));
        assert!(!s.embed);
    }

    #[test]
    fn a_config_then_the_url_are_laid_over_the_defaults_in_that_order() {
        let config = crate::storage::config::parse(
            r#"{"organisation": "Riverbend", "language": "en", "length": "pulse",
                "exit_url": "https://example.org/", "modules": {"plan": false},
                "contacts": [{"name": "Warmline", "phone": "555 0100"}]}"#,
        )
        .expect("valid");
        let s = Settings::default().with_config(&config);
        assert_eq!(s.exit_url, "https://example.org/");
        assert_eq!(s.length, Some(Length::Pulse));
        assert_eq!(s.local_contacts.len(), 1);
        assert_eq!(s.contacts.len(), BUILT_IN.len(), "built-in lines stay");
        assert!(!s.modules.plan && s.modules.history && s.modules.pulse);
        assert_eq!(s.organisation, Some(("Riverbend".to_owned(), None)));
        let (url, _) = url_options::parse("?length=full&history=off");
        let s = s.with_url(&url);
        assert_eq!(
            s.length,
            Some(Length::Full),
            "the link wins over the config"
        );
        assert!(!s.modules.history);
        let (url, _) = url_options::parse("?history=on");
        assert!(
            !Settings::default()
                .with_config(
                    &crate::storage::config::parse(r#"{"modules":{"history":false}}"#)
                        .expect("valid")
                )
                .with_url(&url)
                .modules
                .history,
            "a link never turns on what the trainer turned off"
        );
    }

    #[test]
    fn the_package_turns_history_off_whatever_the_config_says() {
        let config = crate::storage::config::parse(
            r#"{"modules": {"history": true}, "lms_complete_at": "plan"}"#,
        )
        .expect("valid");
        let s = Settings::default().with_config(&config);
        assert!(s.modules.history && !s.scorm);
        let s = s.packaged();
        assert!(!s.modules.history && s.scorm);
        assert_eq!(s.lms_complete_at, CompleteAt::Plan);
        assert!(s.modules.plan && s.modules.pulse, "nothing else changes");
    }

    #[test]
    fn the_country_chosen_comes_first_then_the_rest_in_order() {
        let ids = |s: &Settings, lang_country: &str| -> Vec<String> {
            s.lines(lang_country)
                .iter()
                .map(|l| match l {
                    ShownLine::Trainer(t) => t.contact.name.clone(),
                    ShownLine::BuiltIn(b) => b.id.to_owned(),
                })
                .collect()
        };
        // The data file's order, with the lines of `first` taken out and put before it.
        let led_by = |first: &[&str]| -> Vec<String> {
            let rest = BUILT_IN
                .iter()
                .map(|l| l.id)
                .filter(|id| !first.contains(id));
            first
                .iter()
                .copied()
                .chain(rest)
                .map(str::to_owned)
                .collect()
        };
        let s = Settings::default();
        assert_eq!(ids(&s, "US"), led_by(&["us_988", "us_samhsa"]));
        assert_eq!(
            ids(&s, "IE"),
            led_by(&["uk_samaritans"]),
            "the language's country leads when the copy names none"
        );
        let config = crate::storage::config::parse(
            r#"{"country": "nz", "crisis_lines": [
                {"country": "MY", "region": "Malaysia", "name": "Local line", "phone": "15999"},
                {"country": "NZ", "name": "Town line", "phone": "0800 000"}]}"#,
        )
        .expect("valid");
        let s = Settings::default().with_config(&config);
        assert_eq!(
            ids(&s, "US"),
            led_by(&["Town line", "nz_1737", "Local line"]),
            "the copy's country wins over the language's; a trainer's line leads its group"
        );
        let config = crate::storage::config::parse(
            r#"{"built_in_lines": false, "crisis_lines": [
                {"country": "MY", "name": "Local line", "phone": "15999"}]}"#,
        )
        .expect("valid");
        let s = Settings::default().with_config(&config);
        assert_eq!(ids(&s, "US"), ["Local line"], "replaced, not added to");
    }

    #[test]
    fn the_pulse_is_offered_only_when_the_copy_offers_it() {
        let mut s = Settings::default();
        assert!(s.offers(Length::Pulse));
        s.modules.pulse = false;
        assert!(!s.offers(Length::Pulse) && s.offers(Length::Full));
    }

    #[test]
    fn class_mode_keeps_no_history() {
        let settings = Settings::default();
        assert!(settings.modules.history);
        let (class, _) = url_options::parse("?class=1");
        assert!(!settings.clone().with_url(&class).modules.history);
        let (not_class, _) = url_options::parse("?class=0");
        assert!(settings.with_url(&not_class).modules.history);
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

    #[test]
    fn three_shift_presses_within_the_window_trigger() {
        let mut c = ShiftCounter::default();
        assert!(!c.press(0.0));
        assert!(!c.press(400.0));
        assert!(c.press(900.0));
        assert!(!c.press(1000.0), "the count starts again after an exit");
    }

    #[test]
    fn slow_or_interrupted_presses_do_not_trigger() {
        let mut c = ShiftCounter::default();
        c.press(0.0);
        c.press(1000.0);
        assert!(!c.press(1600.0), "the first press fell out of the window");
        let mut c = ShiftCounter::default();
        c.press(0.0);
        c.press(100.0);
        c.reset();
        assert!(!c.press(200.0));
    }
}
