//! A trainer's `config.json`, read and checked: every problem is found (not just the first), each
//! named by where it is in the file and what is wrong, as a type (`present::trainers` words it,
//! on the For trainers page).
//! Whatever is wrong, the app runs on its defaults; a field that is fine is still used only when
//! the whole file is fine, so a half-read file never mixes with the defaults.

use serde_json::{Map, Value};

use crate::assessment::Length;
use crate::content::Lang;

/// The largest `config.json` read; a real one is a few kilobytes.
pub const MAX_BYTES: usize = 64 * 1024;
/// The most local contacts a file may list.
pub const MAX_CONTACTS: usize = 20;
/// The longest text any one field may hold, in characters.
pub const MAX_TEXT: usize = 300;

/// A local support contact a trainer adds: shown first, in the trainer's own words.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LocalContact {
    pub name: String,
    /// As people write it locally; dialled with its digits (and a leading `+`) only.
    pub phone: Option<String>,
    /// A number that takes text messages.
    pub text: Option<String>,
    /// An `https://` (or `http://`) address.
    pub web: Option<String>,
    pub hours: Option<String>,
    /// One line on who it is for.
    pub about: Option<String>,
}

/// A crisis or support line a trainer adds for a country: shown with the built-in lines, first
/// when its country comes first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CrisisLine {
    /// An ISO 3166-1 alpha-2 code, in capitals.
    pub country: String,
    /// Where it answers, in the trainer's words (for example "Malaysia").
    pub region: Option<String>,
    pub contact: LocalContact,
}

/// Which parts of the app a copy offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Modules {
    pub history: bool,
    pub pulse: bool,
    pub plan: bool,
}

impl Default for Modules {
    fn default() -> Self {
        Modules {
            history: true,
            pulse: true,
            plan: true,
        }
    }
}

keyed! {
    /// Where a SCORM package marks the lesson completed (`"lms_complete_at"`, by its key); the
    /// results by default.
    #[derive(Default)]
    pub enum CompleteAt {
        /// The first page of questions: taking part is enough.
        Questions = "questions",
        /// The person's results.
        #[default]
        Results = "results",
        /// My plan.
        Plan = "plan",
    }
}

/// What a valid `config.json` sets; `None` leaves the default.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    pub organisation: Option<String>,
    /// A short line of the trainer's own, shown with the organisation's name.
    pub organisation_line: Option<String>,
    pub contacts: Vec<LocalContact>,
    pub language: Option<Lang>,
    pub length: Option<Length>,
    pub modules: Modules,
    pub exit_url: Option<String>,
    /// Where a SCORM package marks the lesson completed.
    pub lms_complete_at: CompleteAt,
    /// The country whose crisis lines show first (ISO 3166-1 alpha-2, in capitals).
    pub country: Option<String>,
    /// Crisis lines a trainer adds, by country.
    pub crisis_lines: Vec<CrisisLine>,
    /// False: only the trainer's own lines are shown, not Full Cup's built-in ones.
    pub built_in_lines: bool,
    /// Whether the app tells the page framing it its height, for LMSs that resize frames.
    pub frame_height: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            organisation: None,
            organisation_line: None,
            contacts: Vec::new(),
            language: None,
            length: None,
            modules: Modules::default(),
            exit_url: None,
            lms_complete_at: CompleteAt::default(),
            frame_height: false,
            country: None,
            crisis_lines: Vec::new(),
            built_in_lines: true,
        }
    }
}

/// What is wrong at one place in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    /// The file is larger than [`MAX_BYTES`].
    TooLarge { bytes: usize },
    /// Not JSON at all (or cut short); the line and column where reading stopped.
    NotJson { line: usize, column: usize },
    /// The top of the file is not an object (`{ … }`).
    NotAnObject,
    /// A key Full Cup does not know (a typing mistake, usually).
    UnknownKey,
    /// Should be text.
    NotText,
    /// Should be `true` or `false`.
    NotTrueFalse,
    /// Should be a list (`[ … ]`).
    NotAList,
    /// Should be an object (`{ … }`).
    NotAnObjectHere,
    /// Text longer than [`MAX_TEXT`] characters.
    TooLong { chars: usize },
    /// Text with hidden control characters (a tab, a line break, an escape).
    ControlCharacters,
    /// Empty text where words are needed.
    Empty,
    /// More than [`MAX_CONTACTS`] contacts.
    TooManyContacts { count: usize },
    /// A contact with neither a phone number, a text number nor a web address.
    NoWayToReach,
    /// A phone number with no digits, or characters other than digits, spaces, `+ - ( ) .`.
    BadNumber,
    /// A web or exit address that is not `https://` or `http://` (for example `javascript:`).
    NotAWebAddress,
    /// A language Full Cup does not speak.
    UnknownLanguage,
    /// Not `"full"` or `"pulse"`.
    UnknownLength,
    /// Not `"questions"`, `"results"` or `"plan"`.
    UnknownCompletionPoint,
    /// Not a two-letter country code such as `"US"` or `"MY"`.
    BadCountry,
    /// `built_in_lines` is false but the file lists no crisis line of its own: a person in
    /// crisis would be shown none.
    NoLinesLeft,
}

/// One problem and where it is: a path such as `contacts[2].phone` (empty for the whole file).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    pub path: String,
    pub problem: Problem,
}

/// A file of `bytes` that is refused for its size alone, before it is read (a file chosen on the
/// For trainers page is measured first); `None` when its size is fine.
pub fn too_large(bytes: usize) -> Option<Vec<Located>> {
    (bytes > MAX_BYTES).then(|| {
        vec![Located {
            path: String::new(),
            problem: Problem::TooLarge { bytes },
        }]
    })
}

/// Reads `config.json`. `Ok` only when every field is valid; otherwise every problem found.
pub fn parse(text: &str) -> Result<Config, Vec<Located>> {
    let at = |path: &str, problem| Located {
        path: path.to_owned(),
        problem,
    };
    if let Some(problems) = too_large(text.len()) {
        return Err(problems);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| {
        vec![at(
            "",
            Problem::NotJson {
                line: e.line(),
                column: e.column(),
            },
        )]
    })?;
    let Some(top) = value.as_object() else {
        return Err(vec![at("", Problem::NotAnObject)]);
    };
    let mut problems = Vec::new();
    let mut config = Config::default();
    for (key, v) in top {
        match key.as_str() {
            // The editor's pointer to the schema: allowed, never used.
            "$schema" => {}
            "organisation" => config.organisation = text_field(v, key, &mut problems),
            "organisation_line" => config.organisation_line = text_field(v, key, &mut problems),
            "language" => {
                if let Some(tag) = text_field(v, key, &mut problems) {
                    match Lang::from_tag(&tag) {
                        Some(l) => config.language = Some(l),
                        None => problems.push(at(key, Problem::UnknownLanguage)),
                    }
                }
            }
            "length" => {
                if let Some(word) = text_field(v, key, &mut problems) {
                    match Length::from_key(&word) {
                        Some(l) => config.length = Some(l),
                        None => problems.push(at(key, Problem::UnknownLength)),
                    }
                }
            }
            "exit_url" => {
                if let Some(url) = text_field(v, key, &mut problems) {
                    if is_web_address(&url) {
                        config.exit_url = Some(url);
                    } else {
                        problems.push(at(key, Problem::NotAWebAddress));
                    }
                }
            }
            "lms_complete_at" => {
                if let Some(word) = text_field(v, key, &mut problems) {
                    match CompleteAt::from_key(&word) {
                        Some(c) => config.lms_complete_at = c,
                        None => problems.push(at(key, Problem::UnknownCompletionPoint)),
                    }
                }
            }
            "frame_height" => match v.as_bool() {
                Some(b) => config.frame_height = b,
                None => problems.push(at(key, Problem::NotTrueFalse)),
            },
            "modules" => config.modules = modules(v, &mut problems),
            "contacts" => {
                config.contacts = contacts(v, key, false, &mut problems)
                    .into_iter()
                    .map(|line| line.contact)
                    .collect();
            }
            "crisis_lines" => config.crisis_lines = contacts(v, key, true, &mut problems),
            "country" => {
                if let Some(code) = text_field(v, key, &mut problems) {
                    match country(&code) {
                        Some(c) => config.country = Some(c),
                        None => problems.push(at(key, Problem::BadCountry)),
                    }
                }
            }
            "built_in_lines" => match v.as_bool() {
                Some(b) => config.built_in_lines = b,
                None => problems.push(at(key, Problem::NotTrueFalse)),
            },
            _ => problems.push(at(key, Problem::UnknownKey)),
        }
    }
    if !config.built_in_lines && config.crisis_lines.is_empty() && problems.is_empty() {
        problems.push(at("built_in_lines", Problem::NoLinesLeft));
    }
    if problems.is_empty() {
        Ok(config)
    } else {
        Err(problems)
    }
}

/// `http://` or `https://` followed by a host: the only addresses Full Cup will link to or leave for.
pub fn is_web_address(url: &str) -> bool {
    let lower = url.trim().to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    // No name or password before the host: "https://help.example.org@elsewhere.example/" goes
    // to elsewhere.example, whatever it seems to say.
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty() && !host.contains(char::is_whitespace) && !host.contains('@')
    }) && !url.chars().any(char::is_control)
}

/// The ISO 3166-1 alpha-2 country codes (249), space-separated.
const COUNTRIES: &str = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW";

/// An ISO 3166-1 alpha-2 country code, in capitals ("UK" is read as "GB"); `None` when it is not
/// one.
pub fn country(code: &str) -> Option<String> {
    let code = code.trim().to_ascii_uppercase();
    // "UK" is what most people write for the United Kingdom.
    let code = if code == "UK" { "GB".to_owned() } else { code };
    (code.len() == 2 && COUNTRIES.split(' ').any(|c| c == code)).then_some(code)
}

/// Digits, spaces and `- .`, with at least [`MIN_DIGITS`] digits, a `+` only before the first
/// digit, and at most one pair of brackets, not nested: the ways people write numbers
/// ("+1 (555) 010-0199", "(+44) 20 7946 0958", "+44 (0)20 7946 0958"), and not ".5" or "((1))".
pub fn is_phone_number(number: &str) -> bool {
    let digits = number.chars().filter(char::is_ascii_digit).count();
    let plus_before_digits = number
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .all(|c| c != '+');
    let opens = number.matches('(').count();
    let brackets_fit = opens == number.matches(')').count()
        && opens <= 1
        && number
            .find('(')
            .zip(number.find(')'))
            .is_none_or(|(o, c)| o < c);
    digits >= MIN_DIGITS
        && number.matches('+').count() <= 1
        && plus_before_digits
        && brackets_fit
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || " +-().".contains(c))
}

/// The fewest digits a phone number can have (some emergency numbers have two, like Morocco's 15).
pub const MIN_DIGITS: usize = 2;

/// True for a North American number in the range kept for examples and fiction (555-0100 to
/// 555-0199), such as the ones in `config.example.json`: never a real line.
pub fn is_example_number(number: &str) -> bool {
    let digits: String = number.chars().filter(char::is_ascii_digit).collect();
    let local = digits
        .strip_prefix('1')
        .filter(|d| d.len() == 10)
        .unwrap_or(&digits);
    local.len() == 10 && &local[3..8] == "55501"
}

impl Config {
    /// True when any number in the file is one of the made-up example numbers.
    pub fn has_example_numbers(&self) -> bool {
        self.contacts
            .iter()
            .chain(self.crisis_lines.iter().map(|l| &l.contact))
            .flat_map(|c| [&c.phone, &c.text])
            .flatten()
            .any(|n| is_example_number(n))
    }
}

/// The number to dial: its digits, with a `+` when one comes before the first digit (also inside
/// brackets: "(+44) 20 …"), and without a trunk 0 written in brackets after the country code
/// ("+44 (0)20 …" dials +4420…), so that the link dials the number people read.
pub fn dial(number: &str) -> String {
    let before_digits: String = number.chars().take_while(|c| !c.is_ascii_digit()).collect();
    let plus = before_digits.contains('+');
    // "(0)" after an international prefix is the trunk 0, never dialled from abroad.
    let cleaned = if plus {
        number.replacen("(0)", "", 1)
    } else {
        number.to_owned()
    };
    let digits: String = cleaned.chars().filter(char::is_ascii_digit).collect();
    if plus {
        format!("+{digits}")
    } else {
        digits
    }
}

fn text_field(v: &Value, path: &str, problems: &mut Vec<Located>) -> Option<String> {
    let Some(s) = v.as_str() else {
        problems.push(Located {
            path: path.to_owned(),
            problem: Problem::NotText,
        });
        return None;
    };
    let chars = s.chars().count();
    let problem = if s.trim().is_empty() {
        Some(Problem::Empty)
    } else if s.chars().any(char::is_control) {
        Some(Problem::ControlCharacters)
    } else if chars > MAX_TEXT {
        Some(Problem::TooLong { chars })
    } else {
        None
    };
    match problem {
        Some(problem) => {
            problems.push(Located {
                path: path.to_owned(),
                problem,
            });
            None
        }
        None => Some(s.trim().to_owned()),
    }
}

fn object<'a>(
    v: &'a Value,
    path: &str,
    problems: &mut Vec<Located>,
) -> Option<&'a Map<String, Value>> {
    let map = v.as_object();
    if map.is_none() {
        problems.push(Located {
            path: path.to_owned(),
            problem: Problem::NotAnObjectHere,
        });
    }
    map
}

fn modules(v: &Value, problems: &mut Vec<Located>) -> Modules {
    let mut m = Modules::default();
    let Some(map) = object(v, "modules", problems) else {
        return m;
    };
    for (key, v) in map {
        let path = format!("modules.{key}");
        let slot = match key.as_str() {
            "history" => &mut m.history,
            "pulse" => &mut m.pulse,
            "plan" => &mut m.plan,
            _ => {
                problems.push(Located {
                    path,
                    problem: Problem::UnknownKey,
                });
                continue;
            }
        };
        match v.as_bool() {
            Some(b) => *slot = b,
            None => problems.push(Located {
                path,
                problem: Problem::NotTrueFalse,
            }),
        }
    }
    m
}

/// Reads a list of contacts at `list_key`: local contacts, or (with `by_country`) crisis lines,
/// which must each name their `country` and may name their `region`.
fn contacts(
    v: &Value,
    list_key: &str,
    by_country: bool,
    problems: &mut Vec<Located>,
) -> Vec<CrisisLine> {
    let Some(list) = v.as_array() else {
        problems.push(Located {
            path: list_key.into(),
            problem: Problem::NotAList,
        });
        return vec![];
    };
    if list.len() > MAX_CONTACTS {
        problems.push(Located {
            path: list_key.into(),
            problem: Problem::TooManyContacts { count: list.len() },
        });
        return vec![];
    }
    let mut out = Vec::new();
    for (i, item) in list.iter().enumerate() {
        let base = format!("{list_key}[{i}]");
        let Some(map) = object(item, &base, problems) else {
            continue;
        };
        let mut line = CrisisLine::default();
        let c = &mut line.contact;
        for (key, v) in map {
            let path = format!("{base}.{key}");
            match key.as_str() {
                "country" if by_country => {
                    if let Some(code) = text_field(v, &path, problems) {
                        match country(&code) {
                            Some(code) => line.country = code,
                            None => problems.push(Located {
                                path,
                                problem: Problem::BadCountry,
                            }),
                        }
                    }
                }
                "region" if by_country => line.region = text_field(v, &path, problems),
                "name" => c.name = text_field(v, &path, problems).unwrap_or_default(),
                "phone" | "text" => {
                    if let Some(s) = text_field(v, &path, problems) {
                        if !is_phone_number(&s) {
                            problems.push(Located {
                                path,
                                problem: Problem::BadNumber,
                            });
                        } else if key == "phone" {
                            c.phone = Some(s);
                        } else {
                            c.text = Some(s);
                        }
                    }
                }
                "web" => {
                    if let Some(s) = text_field(v, &path, problems) {
                        if is_web_address(&s) {
                            c.web = Some(s);
                        } else {
                            problems.push(Located {
                                path,
                                problem: Problem::NotAWebAddress,
                            });
                        }
                    }
                }
                "hours" => c.hours = text_field(v, &path, problems),
                "about" => c.about = text_field(v, &path, problems),
                _ => problems.push(Located {
                    path,
                    problem: Problem::UnknownKey,
                }),
            }
        }
        // Missing altogether (a present but unusable value is reported where it is).
        if !map.contains_key("name") {
            problems.push(Located {
                path: format!("{base}.name"),
                problem: Problem::Empty,
            });
        }
        if by_country && !map.contains_key("country") {
            problems.push(Located {
                path: format!("{base}.country"),
                problem: Problem::BadCountry,
            });
        }
        if !["phone", "text", "web"]
            .iter()
            .any(|k| map.contains_key(*k))
        {
            problems.push(Located {
                path: base.clone(),
                problem: Problem::NoWayToReach,
            });
        }
        out.push(line);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: &str = include_str!("../../static/config.example.json");

    fn problems(text: &str) -> Vec<(String, Problem)> {
        parse(text)
            .expect_err("refused")
            .into_iter()
            .map(|l| (l.path, l.problem))
            .collect()
    }

    #[test]
    fn the_documented_example_is_valid_and_read_in_full() {
        let c = parse(EXAMPLE).expect("the example is valid");
        assert!(c.organisation.is_some() && c.organisation_line.is_some());
        assert_eq!(c.contacts.len(), 2);
        assert_eq!(c.crisis_lines.len(), 1);
        assert_eq!(c.country.as_deref(), Some("US"));
        assert_eq!(c.language, Some(Lang::En));
        assert_eq!(c.length, Some(Length::Full));
        assert!(c.exit_url.as_deref().is_some_and(is_web_address));
        assert_eq!(
            c.modules,
            Modules {
                history: true,
                pulse: true,
                plan: true
            }
        );
    }

    #[test]
    fn an_empty_object_or_only_a_schema_pointer_means_defaults() {
        assert_eq!(parse("{}"), Ok(Config::default()));
        assert_eq!(
            parse(r#"{"$schema": "config.schema.json"}"#),
            Ok(Config::default())
        );
    }

    #[test]
    fn not_json_says_where_reading_stopped() {
        assert_eq!(
            problems("{\n  \"language\": \"en\",\n  oops\n}"),
            vec![(String::new(), Problem::NotJson { line: 3, column: 3 })]
        );
        assert_eq!(
            problems("[1, 2]"),
            vec![(String::new(), Problem::NotAnObject)]
        );
    }

    #[test]
    fn every_problem_is_found_and_located() {
        let text = r#"{
            "organisaton": "Typo Academy",
            "language": "tlh",
            "length": "long",
            "exit_url": "javascript:alert(1)",
            "modules": { "history": "no", "chat": true },
            "contacts": [
                { "name": "Warmline", "phone": "call us" },
                { "phone": "555 0100", "web": "ftp://example.org" },
                { "name": "No way to reach" },
                "just a string"
            ]
        }"#;
        let found = problems(text);
        for expected in [
            ("organisaton", Problem::UnknownKey),
            ("language", Problem::UnknownLanguage),
            ("length", Problem::UnknownLength),
            ("exit_url", Problem::NotAWebAddress),
            ("modules.history", Problem::NotTrueFalse),
            ("modules.chat", Problem::UnknownKey),
            ("contacts[0].phone", Problem::BadNumber),
            ("contacts[1].name", Problem::Empty),
            ("contacts[1].web", Problem::NotAWebAddress),
            ("contacts[2]", Problem::NoWayToReach),
            ("contacts[3]", Problem::NotAnObjectHere),
        ] {
            assert!(
                found.contains(&(expected.0.to_owned(), expected.1.clone())),
                "missing {expected:?} in {found:?}"
            );
        }
        assert_eq!(found.len(), 11, "{found:?}");
    }

    #[test]
    fn the_lms_completion_point_and_frame_height_are_read_and_checked() {
        let c = parse(r#"{"lms_complete_at": "plan", "frame_height": true}"#).expect("valid");
        assert_eq!(c.lms_complete_at, CompleteAt::Plan);
        assert!(c.frame_height);
        let c = parse("{}").expect("valid");
        assert_eq!(c.lms_complete_at, CompleteAt::Results);
        assert!(!c.frame_height, "off unless a trainer turns it on");
        assert_eq!(
            problems(r#"{"lms_complete_at": "end", "frame_height": "yes"}"#),
            vec![
                ("frame_height".into(), Problem::NotTrueFalse),
                ("lms_complete_at".into(), Problem::UnknownCompletionPoint),
            ]
        );
    }

    #[test]
    fn crisis_lines_by_country_are_read_and_each_problem_named() {
        let c = parse(
            r#"{"country": "my", "built_in_lines": false, "crisis_lines": [
                {"country": "MY", "region": "Malaysia", "name": "Local line", "phone": "15999", "hours": "Any time"}]}"#,
        )
        .expect("valid");
        assert_eq!(c.country.as_deref(), Some("MY"));
        assert!(!c.built_in_lines);
        assert_eq!(c.crisis_lines.len(), 1);
        assert_eq!(c.crisis_lines[0].country, "MY");
        assert_eq!(c.crisis_lines[0].region.as_deref(), Some("Malaysia"));
        assert_eq!(c.crisis_lines[0].contact.phone.as_deref(), Some("15999"));
        assert!(
            Config::default().built_in_lines,
            "built-in lines are on unless turned off"
        );
        let found = problems(
            r#"{"country": "Malaysia", "crisis_lines": [
                {"name": "No country", "phone": "111"},
                {"country": "M1", "name": "Odd", "phone": "222"},
                {"country": "US", "name": "No way"}],
                "contacts": [{"name": "A", "phone": "100", "country": "US"}]}"#,
        );
        for expected in [
            ("country", Problem::BadCountry),
            ("crisis_lines[0].country", Problem::BadCountry),
            ("crisis_lines[1].country", Problem::BadCountry),
            ("crisis_lines[2]", Problem::NoWayToReach),
            ("contacts[0].country", Problem::UnknownKey),
        ] {
            assert!(
                found.contains(&(expected.0.to_owned(), expected.1.clone())),
                "missing {expected:?} in {found:?}"
            );
        }
        assert_eq!(found.len(), 5, "{found:?}");
        assert_eq!(
            problems(r#"{"built_in_lines": false}"#),
            vec![("built_in_lines".into(), Problem::NoLinesLeft)],
            "a copy may never be left with no crisis line"
        );
        assert_eq!(
            problems(r#"{"built_in_lines": false, "crisis_lines": []}"#),
            vec![("built_in_lines".into(), Problem::NoLinesLeft)]
        );
    }

    #[test]
    fn the_example_numbers_are_recognised_as_made_up() {
        assert!(is_example_number("+1 202 555 0199"));
        assert!(is_example_number("(212) 555-0100"));
        assert!(!is_example_number("1-800-662-4357"));
        assert!(!is_example_number("988"));
        assert!(!is_example_number("+1 202 555 0200"));
        assert!(!is_example_number("+1 555 010 0199"));
        assert!(parse(EXAMPLE).expect("valid").has_example_numbers());
        assert!(!Config::default().has_example_numbers());
    }

    #[test]
    fn countries_are_iso_codes() {
        assert_eq!(COUNTRIES.split(' ').count(), 249);
        assert_eq!(country(" my "), Some("MY".to_owned()));
        assert_eq!(country("gb"), Some("GB".to_owned()));
        assert_eq!(country("uk"), Some("GB".to_owned()));
        for bad in ["EN", "XX", "M1", "USA", "", "U"] {
            assert_eq!(country(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_schema_the_example_and_the_reader_know_the_same_settings() {
        let schema: Value =
            serde_json::from_str(include_str!("../../static/config.schema.json")).expect("JSON");
        let mut in_schema: Vec<&String> = schema["properties"]
            .as_object()
            .expect("properties")
            .keys()
            .collect();
        in_schema.sort();
        let example: Value = serde_json::from_str(EXAMPLE).expect("JSON");
        let mut in_example: Vec<&String> = example.as_object().expect("object").keys().collect();
        in_example.sort();
        assert_eq!(in_schema, in_example, "the example shows every setting");
        for key in in_schema {
            // A key the reader knows is never reported as unknown, whatever its value.
            let text = format!(r#"{{"{key}": null}}"#);
            if let Err(found) = parse(&text) {
                assert!(
                    !found
                        .iter()
                        .any(|l| l.path == *key && l.problem == Problem::UnknownKey),
                    "{key} is in the schema but not read"
                );
            }
        }
        assert_eq!(
            schema["maxProperties"].as_u64(),
            Some(example.as_object().expect("object").len() as u64)
        );
    }

    #[test]
    fn wrong_types_and_sizes_are_named() {
        assert_eq!(
            problems(r#"{"organisation": 7}"#),
            vec![("organisation".into(), Problem::NotText)]
        );
        assert_eq!(
            problems(r#"{"organisation": "  "}"#),
            vec![("organisation".into(), Problem::Empty)]
        );
        let long = format!(r#"{{"organisation_line": "{}"}}"#, "x".repeat(301));
        assert_eq!(
            problems(&long),
            vec![("organisation_line".into(), Problem::TooLong { chars: 301 })]
        );
        assert_eq!(
            problems(r#"{"contacts": {}}"#),
            vec![("contacts".into(), Problem::NotAList)]
        );
        let many = format!(
            r#"{{"contacts": [{}]}}"#,
            [r#"{"name":"A","phone":"1"}"#; 21].join(",")
        );
        assert_eq!(
            problems(&many),
            vec![("contacts".into(), Problem::TooManyContacts { count: 21 })]
        );
        let huge = format!(r#"{{"organisation": "{}"}}"#, "x".repeat(MAX_BYTES));
        assert!(matches!(problems(&huge)[0].1, Problem::TooLarge { .. }));
        // Measured before reading: the size as it is, the same refusal.
        assert_eq!(
            too_large(3_000_000),
            Some(vec![Located {
                path: String::new(),
                problem: Problem::TooLarge { bytes: 3_000_000 }
            }])
        );
        assert_eq!(too_large(MAX_BYTES), None);
    }

    #[test]
    fn only_web_addresses_are_allowed_to_leave_for() {
        for ok in [
            "https://example.org/",
            "http://example.org",
            "HTTPS://Example.org/path?q=1",
            "https://example.org/contact/@team",
        ] {
            assert!(is_web_address(ok), "{ok}");
        }
        for bad in [
            "javascript:alert(1)",
            "data:text/html,hi",
            "https://",
            "//example.org",
            "example.org",
            "https:// spaced.org",
            "https://example.org/\n",
            "file:///etc/passwd",
            "https://help.example.org@elsewhere.example/",
            "https://user:pass@example.org/",
        ] {
            assert!(!is_web_address(bad), "{bad:?}");
        }
    }

    #[test]
    fn numbers_are_dialled_by_their_digits() {
        assert!(is_phone_number("+1 (555) 010-0199"));
        assert!(!is_phone_number("call us"));
        assert!(!is_phone_number("555;rm"));
        for good in [
            "988",
            "(+44) 20 7946 0958",
            "+44 (0)20 7946 0958",
            "0800.11.11",
            "116 123",
            "15",
        ] {
            assert!(is_phone_number(good), "{good}");
        }
        for bad in [
            ".5",
            "((((1))))",
            "1",
            "(1)(2)(3)",
            ")555(",
            "55+5",
            "+1 +555 0100",
            "+",
        ] {
            assert!(!is_phone_number(bad), "{bad}");
        }
        assert_eq!(dial("+1 (555) 010-0199"), "+15550100199");
        assert_eq!(dial("0800 11 11"), "08001111");
        // As trainers write numbers: the + in brackets kept, the bracketed trunk 0 dropped.
        assert_eq!(dial("(+44) 20 7946 0958"), "+442079460958");
        assert_eq!(dial("+44 (0)20 7946 0958"), "+442079460958");
        assert_eq!(dial("+44 (0) 20 7946 0958"), "+442079460958");
        assert_eq!(
            dial("(020) 7946 0958"),
            "02079460958",
            "a national number keeps its 0"
        );
    }
}
