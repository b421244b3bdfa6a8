//! What people read, as data, per language: the [`Locale`] of each language (theme titles,
//! questions, suggestions, band names, research summaries, contact descriptions, interface strings
//! and messages), its plural rule and its text direction. Adding a language adds a module here and
//! one line in [`Lang`], never a code path.

pub mod contacts;
pub mod originality;
pub mod plural;
pub mod research;
pub mod ui;

use crate::assessment::{Band, Source, Theme};
pub use plural::{Category, Plural, PluralRule};
pub use ui::{
    ConfigProblemText, FieldWords, GuideText, HistoryErrorText, HistoryWords, PaperText,
    ProblemText, TrainersText, Training, Ui,
};

/// Writes a language module's `LOCALE` from its own `ui`, `items` and `contacts` modules: only
/// what differs between languages is given (its direction, plural rule, first country for crisis
/// lines and decimal sign).
macro_rules! locale {
    ($lang:expr, $dir:expr, $plural:expr, country: $country:literal, decimal: $decimal:literal $(,)?) => {
        pub static LOCALE: $crate::content::Locale = $crate::content::Locale {
            lang: $lang,
            dir: $dir,
            plural: $plural,
            ui: &ui::UI,
            themes: items::THEMES,
            questions: items::QUESTIONS,
            safety_questions: items::SAFETY_QUESTIONS,
            suggestions: items::SUGGESTIONS,
            bands: items::BANDS,
            research: items::RESEARCH,
            contacts: contacts::CONTACTS,
            countries: contacts::COUNTRIES,
            country: $country,
            decimal: $decimal,
        };

        /// The trainers' texts, apart from [`LOCALE`] so that a build whose code never asks for
        /// them leaves them out.
        pub fn training() -> &'static $crate::content::Training {
            &ui::TRAINING
        }

        /// My history's texts, apart from [`LOCALE`] for the same reason.
        pub fn history_words() -> &'static $crate::content::HistoryWords {
            &ui::HISTORY
        }
    };
}

/// Declares the languages: for each, its `Lang` variant, its BCP 47 tag, its own name, the cargo
/// feature of its build and the module holding its `LOCALE`. Adding a language is one line here,
/// one feature in `Cargo.toml` and its own folder of content.
///
/// Native builds (the tests) hold every language. A web build holds exactly one, chosen by its
/// feature (English by default), so that a visitor downloads only the language they read; choosing
/// another language loads that language's build (see ARCHITECTURE.md, "Languages").
macro_rules! languages {
    ($($variant:ident = $tag:literal, $name:literal, $feature:literal => $module:ident,)+) => {
        $(
            #[cfg(any(not(target_arch = "wasm32"), feature = $feature))]
            pub mod $module;
        )+

        /// A language Full Cup speaks.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Lang {
            $($variant,)+
        }

        impl Lang {
            pub const ALL: [Lang; [$($tag),+].len()] = [$(Lang::$variant),+];

            /// The texts of the trainers' screens. Only the whole app's screens ask for them, so
            /// that the build a visit starts with leaves them out (ARCHITECTURE.md, "Two builds per
            /// language"); like [`Lang::locale`], a web build answers with its own language.
            pub fn training(self) -> &'static Training {
                match self {
                    $(
                        #[cfg(any(not(target_arch = "wasm32"), feature = $feature))]
                        Lang::$variant => $module::training(),
                    )+
                    #[allow(unreachable_patterns)]
                    _ => Lang::BUILT.training(),
                }
            }

            /// The texts of My history, which only the whole app shows ([`Lang::training`]).
            pub fn history_words(self) -> &'static HistoryWords {
                match self {
                    $(
                        #[cfg(any(not(target_arch = "wasm32"), feature = $feature))]
                        Lang::$variant => $module::history_words(),
                    )+
                    #[allow(unreachable_patterns)]
                    _ => Lang::BUILT.history_words(),
                }
            }

            /// The BCP 47 tag, used in `lang` attributes, URLs and `config.json`.
            pub fn tag(self) -> &'static str {
                match self {
                    $(Lang::$variant => $tag,)+
                }
            }

            /// The language's own name for itself, for the switcher (known to every build).
            pub fn name(self) -> &'static str {
                match self {
                    $(Lang::$variant => $name,)+
                }
            }

            /// Every text of the language. A web build holds only [`Lang::BUILT`]: asked for another
            /// language it answers with its own, which the app never does (it loads that
            /// language's build instead).
            pub fn locale(self) -> &'static Locale {
                match self {
                    $(
                        #[cfg(any(not(target_arch = "wasm32"), feature = $feature))]
                        Lang::$variant => &$module::LOCALE,
                    )+
                    #[allow(unreachable_patterns)]
                    _ => Lang::BUILT.locale(),
                }
            }
        }

        $(
            #[cfg(all(target_arch = "wasm32", feature = $feature))]
            impl Lang {
                /// The language of this build.
                pub const BUILT: Lang = Lang::$variant;
            }
        )+
    };
}

languages! {
    En = "en", "English", "lang-en" => en,
    Es = "es", "Español", "lang-es" => es,
    Ms = "ms", "Bahasa Melayu", "lang-ms" => ms,
    Ar = "ar", "العربية", "lang-ar" => ar,
}

/// Native builds (tests and tools) are English builds that also hold every other language.
#[cfg(not(target_arch = "wasm32"))]
impl Lang {
    pub const BUILT: Lang = Lang::En;
}

impl Lang {
    /// Accepts a tag such as `en` or `en-GB`, case-insensitively.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.to_ascii_lowercase();
        Lang::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// The way from this build's folder back to the root of the site: "./" or "../".
    pub fn root_from_built() -> &'static str {
        if Lang::BUILT == Lang::En {
            "./"
        } else {
            "../"
        }
    }
}

/// Which way a language's text runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

impl Direction {
    /// The value of the HTML `dir` attribute.
    pub fn attr(self) -> &'static str {
        match self {
            Direction::LeftToRight => "ltr",
            Direction::RightToLeft => "rtl",
        }
    }
}

/// How a theme is named and introduced.
#[derive(Debug)]
pub struct ThemeText {
    pub theme: Theme,
    pub title: &'static str,
    /// One line shown at the top of the theme's question page.
    pub intro: &'static str,
    /// One line on what the theme covers, for results and the research page.
    pub covers: &'static str,
    /// A sentence naming this theme as a strength.
    pub strength: &'static str,
}

/// What a trainer uses for a theme, in [`Training`] so that the build a visit starts with leaves
/// it out.
#[derive(Debug)]
pub struct ThemeTraining {
    pub theme: Theme,
    /// A discussion prompt for trainers' group sessions (never asks anyone to share results).
    pub prompt: &'static str,
    /// What a group circle on this theme is for.
    pub aim: &'static str,
    /// A short practice for the circle, done privately or in pairs, never handed in.
    pub practice: &'static str,
    /// The class pack's discussion card for groups of three.
    pub card: Card,
}

/// A discussion card: a situation about a peer worker who is not in the room, so that nobody
/// needs to speak about themselves, and two questions about them.
#[derive(Debug)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Card {
    pub situation: &'static str,
    pub questions: [&'static str; 2],
}

/// The wording of a question or a pattern explanation, by id.
#[derive(Debug)]
pub struct ItemText {
    pub id: &'static str,
    pub text: &'static str,
}

/// An [`ItemText`], for the languages' item lists.
pub(crate) const fn item(id: &'static str, text: &'static str) -> ItemText {
    ItemText { id, text }
}

/// A [`SuggestionText`], for the languages' suggestion lists.
pub(crate) const fn sug(
    id: &'static str,
    action: &'static str,
    detail: &'static str,
    why: &'static str,
) -> SuggestionText {
    SuggestionText {
        id,
        action,
        detail,
        why,
    }
}

/// A suggestion: the action in a few words, a sentence of detail, and why it helps.
#[derive(Debug)]
pub struct SuggestionText {
    pub id: &'static str,
    pub action: &'static str,
    pub detail: &'static str,
    pub why: &'static str,
}

#[derive(Debug)]
pub struct BandText {
    pub band: Band,
    pub name: &'static str,
    pub meaning: &'static str,
}

/// What Full Cup took from one study, in our words.
#[derive(Debug)]
pub struct ResearchText {
    pub source: Source,
    pub summary: &'static str,
}

/// How a built-in support line is described in one language (its name and number are facts that
/// live in [`contacts`]).
#[derive(Debug)]
pub struct ContactText {
    pub id: &'static str,
    /// Where the line answers, for example "United States".
    pub region: &'static str,
    /// One line on who it is for and when it is open.
    pub note: &'static str,
}

/// Every text of one language, with its plural rule and text direction.
#[derive(Clone, Debug)]
pub struct Locale {
    pub lang: Lang,
    pub dir: Direction,
    pub plural: PluralRule,
    pub ui: &'static Ui,
    pub themes: &'static [ThemeText],
    pub questions: &'static [ItemText],
    pub safety_questions: &'static [ItemText],
    pub suggestions: &'static [SuggestionText],
    pub bands: &'static [BandText],
    pub research: &'static [ResearchText],
    pub contacts: &'static [ContactText],
    /// The names of the countries a person can choose for their crisis lines, by ISO 3166-1
    /// alpha-2 code.
    pub countries: &'static [(&'static str, &'static str)],
    /// The country whose crisis lines come first for this language, when a copy names none
    /// (ISO 3166-1 alpha-2).
    pub country: &'static str,
    /// The sign between whole numbers and decimals in a level a person reads ("62.5").
    pub decimal: &'static str,
}

/// Every interface text of a language as one document, the trainers' and My history's texts beside
/// the rest, as they were before they became statics of their own (native builds: the content export and the
/// tests that walk every text).
#[cfg(not(target_arch = "wasm32"))]
#[derive(serde::Serialize)]
pub struct EveryText {
    #[serde(flatten)]
    pub ui: &'static Ui,
    #[serde(flatten)]
    pub training: &'static Training,
    #[serde(flatten)]
    pub history: &'static HistoryWords,
}

impl Training {
    pub fn theme(&self, theme: Theme) -> &'static ThemeTraining {
        // Tests guarantee every theme is present; the first entry is only a last resort.
        self.themes
            .iter()
            .find(|t| t.theme == theme)
            .unwrap_or(&self.themes[0])
    }
}

impl Locale {
    /// Every interface text, the trainers' included ([`EveryText`]).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn every_text(&self) -> EveryText {
        EveryText {
            ui: self.ui,
            training: self.training(),
            history: self.history_words(),
        }
    }

    /// The texts of My history ([`Lang::history_words`]).
    pub fn history_words(&self) -> &'static HistoryWords {
        self.lang.history_words()
    }

    /// The texts of the trainers' screens ([`Lang::training`]).
    pub fn training(&self) -> &'static Training {
        self.lang.training()
    }

    pub fn theme(&self, theme: Theme) -> &'static ThemeText {
        // Tests guarantee every theme is present; the first entry is only a last resort.
        self.themes
            .iter()
            .find(|t| t.theme == theme)
            .unwrap_or(&self.themes[0])
    }

    pub fn question(&self, id: &str) -> &'static str {
        find(self.questions, id)
            .or_else(|| find(self.safety_questions, id))
            .unwrap_or("")
    }

    pub fn suggestion(&self, id: &str) -> Option<&'static SuggestionText> {
        self.suggestions.iter().find(|s| s.id == id)
    }

    pub fn band(&self, band: Band) -> &'static BandText {
        self.bands
            .iter()
            .find(|b| b.band == band)
            .unwrap_or(&self.bands[0])
    }

    pub fn research(&self, source: Source) -> &'static str {
        self.research
            .iter()
            .find(|r| r.source == source)
            .map_or("", |r| r.summary)
    }

    pub fn contact(&self, id: &str) -> Option<&'static ContactText> {
        self.contacts.iter().find(|c| c.id == id)
    }

    /// The name of a country in this language, if Full Cup has one.
    pub fn country_name(&self, code: &str) -> Option<&'static str> {
        self.countries
            .iter()
            .find(|(c, _)| c.eq_ignore_ascii_case(code))
            .map(|(_, name)| *name)
    }

    /// The form of `text` for the count `n`, with `{n}` and the other `values` filled in.
    pub fn count(&self, text: &Plural, n: usize, values: &[(&str, &str)]) -> String {
        let form = text.pick(self.plural, n as u64);
        let n = n.to_string();
        let mut all: Vec<(&str, &str)> = vec![("n", &n)];
        all.extend_from_slice(values);
        fill(form, &all)
    }
}

fn find(items: &'static [ItemText], id: &str) -> Option<&'static str> {
    items.iter().find(|i| i.id == id).map(|i| i.text)
}

/// Fills `{name}` placeholders in a template.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = template.to_owned();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), value);
    }
    out
}

// Native only: `Ui` is serialised (to line languages up) only in native builds.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod language_tests;
#[cfg(test)]
mod quality_tests;
#[cfg(test)]
mod tests;
