//! The tab's title for every screen, the support lines as shown, and the research page's studies.

use crate::assessment::right_now::Tool;
use crate::content::research::{tool_citations, CITATIONS};
use crate::content::{fill, Locale};
use crate::settings::{Settings, ShownLine};
use crate::storage::config::{self, LocalContact};

use super::text::{around, Around};

/// Where the person is, for the tab's title.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Where {
    Welcome,
    /// A page of questions: its number (from 1) and how many there are.
    Questions {
        page: usize,
        pages: usize,
    },
    /// Any other screen, by its heading.
    Screen(&'static str),
}

/// The full check-in's description on the welcome screen, with how many questions it asks.
pub fn full_description(locale: &Locale) -> String {
    let n = crate::assessment::bank::QUESTIONS.len();
    fill(locale.ui.full_desc, &[("n", &n.to_string())])
}

/// "Part 2 of 9".
pub fn part_of(locale: &Locale, page: usize, pages: usize) -> String {
    fill(
        locale.ui.part_of,
        &[("n", &page.to_string()), ("total", &pages.to_string())],
    )
}

/// The browser tab's title.
pub fn title(locale: &Locale, at: Where) -> String {
    let ui = locale.ui;
    let page = match at {
        Where::Welcome => {
            return fill(
                ui.title_welcome,
                &[("app", ui.app_name), ("tagline", ui.tagline)],
            )
        }
        Where::Questions { page, pages } => {
            fill(ui.title_part, &[("part", &part_of(locale, page, pages))])
        }
        Where::Screen(heading) => heading.to_owned(),
    };
    fill(ui.title_page, &[("page", &page), ("app", ui.app_name)])
}

/// A support line as shown: a trainer's local contact, or a built-in line (facts from the
/// settings, words from the locale).
#[derive(Clone, Debug, PartialEq)]
pub struct ContactView {
    /// Where a crisis line answers; none for a local contact.
    pub region: Option<String>,
    pub name: String,
    /// The number as written, and its `tel:` link.
    pub call: Option<(String, String)>,
    /// A number a phone link cannot dial (a code with `*`), shown to dial by hand.
    pub by_hand: Option<String>,
    /// For a crisis line a trainer added: who added it ("Added by Riverbend").
    pub added_by: Option<String>,
    /// A `sms:` link, when the line takes texts.
    pub text: Option<String>,
    pub web: Option<String>,
    pub hours: Option<String>,
    pub note: Option<String>,
}

/// The support lines this copy shows: a trainer's local contacts first, then the crisis lines
/// in the order [`Settings::lines`] gives (the country chosen, or the language's, first).
pub fn contacts(locale: &Locale, settings: &Settings) -> Vec<ContactView> {
    contacts_from(locale, settings, settings.lines(locale.country))
}

/// A trainer's local contacts, then `lines` as shown.
fn contacts_from(locale: &Locale, settings: &Settings, lines: Vec<ShownLine>) -> Vec<ContactView> {
    let local = settings
        .local_contacts
        .iter()
        .map(|c| contact_view(None, c));
    let lines = lines
        .into_iter()
        .map(|line| line_view(locale, settings, line));
    local.chain(lines).collect()
}

/// One crisis line as shown.
fn line_view(locale: &Locale, settings: &Settings, line: ShownLine) -> ContactView {
    match line {
        ShownLine::Trainer(l) => ContactView {
            added_by: Some(match &settings.organisation {
                Some((name, _)) => fill(locale.ui.added_by, &[("organisation", name)]),
                None => locale.ui.added_by_copy.to_owned(),
            }),
            ..contact_view(l.region.clone(), &l.contact)
        },
        ShownLine::BuiltIn(line) => {
            let words = locale.contact(line.id);
            ContactView {
                region: words.map(|w| w.region.to_owned()),
                name: line.name.to_owned(),
                call: line
                    .dial
                    .map(|dial| (line.number.to_owned(), format!("tel:{dial}"))),
                by_hand: line.dial.is_none().then(|| line.number.to_owned()),
                added_by: None,
                text: line
                    .text
                    .then_some(line.dial)
                    .flatten()
                    .map(|dial| format!("sms:{dial}")),
                web: None,
                hours: None,
                note: words.map(|w| w.note.to_owned()),
            }
        }
    }
}

/// Get help now's lines for one country: its emergency number and its lines first (a trainer's
/// local contacts before them), the other countries' lines apart, and a directory of helplines
/// where no line is known for it.
#[derive(Clone, Debug, PartialEq)]
pub struct LinesView {
    /// The country shown first (ISO 3166-1 alpha-2), or [`OTHER_COUNTRY`].
    pub country: String,
    /// Every country a person can choose, by name in this language, then "Another country".
    pub choices: Vec<(String, String)>,
    /// "In an emergency, call 999." with the number apart, to be a link, and its `tel:` link;
    /// `None` where the number is not known (the locale's general words are shown instead).
    pub emergency: Option<(Around, String)>,
    pub first: Vec<ContactView>,
    pub others: Vec<ContactView>,
    /// Where no line is known for the country: the words and the directory's address.
    pub none_known: Option<(&'static str, &'static str)>,
}

/// The choice for a country that is not on the list: no line is shown first.
pub use crate::storage::country::OTHER as OTHER_COUNTRY;

/// The lines for the country the person chose (`chosen`, for this tab), else the one
/// [`Settings::lines_country`] gives.
pub fn lines(locale: &Locale, settings: &Settings, chosen: Option<&str>) -> LinesView {
    use crate::content::contacts;
    let country = settings.lines_country(locale.country, chosen);
    // Every country some line or emergency number answers, once each, by name (names begin with
    // a capital, or are in a script without case, so their plain order is alphabetical enough; the
    // standard sorts and case tables each cost the download kilobytes).
    let mut choices: Vec<(String, String)> = Vec::new();
    let all = contacts::BUILT_IN
        .iter()
        .flat_map(|l| l.countries.iter().map(|c| (*c).to_owned()))
        .chain(contacts::EMERGENCY.iter().map(|e| e.country.to_owned()))
        .chain(settings.crisis_lines.iter().map(|l| l.country.clone()))
        .chain(settings.country.clone())
        .chain(settings.browser_country.clone());
    for code in all.map(|c| c.to_ascii_uppercase()) {
        if !choices.iter().any(|(c, _)| *c == code) {
            let name = locale
                .country_name(&code)
                .map_or_else(|| code.clone(), str::to_owned);
            choices.push((code, name));
        }
    }
    crate::assessment::small_sort::sort_small_by(&mut choices, |a, b| a.1.cmp(&b.1));
    choices.push((OTHER_COUNTRY.to_owned(), locale.ui.country_other.to_owned()));

    let (mine, rest): (Vec<ShownLine>, Vec<ShownLine>) = settings
        .lines_for(&country)
        .into_iter()
        .partition(|l| l.answers(&country));
    // No crisis line (a trainer's counts as one) for the country: a directory instead, even where
    // a line for drugs and alcohol is known.
    let crisis = |l: &ShownLine| match l {
        ShownLine::Trainer(_) => true,
        ShownLine::BuiltIn(b) => b.kind == contacts::LineKind::Crisis,
    };
    let none_known =
        (!mine.iter().any(crisis)).then_some((locale.ui.no_line_known, contacts::DIRECTORY));
    LinesView {
        emergency: contacts::emergency(&country).map(|e| {
            (
                around(locale.ui.emergency_call, "number", e.number, &[]),
                format!("tel:{}", e.number),
            )
        }),
        first: contacts_from(locale, settings, mine),
        others: rest
            .into_iter()
            .map(|l| line_view(locale, settings, l))
            .collect(),
        none_known,
        choices,
        country,
    }
}

/// A contact from `config.json`, as shown.
fn contact_view(region: Option<String>, c: &LocalContact) -> ContactView {
    ContactView {
        region,
        name: c.name.clone(),
        call: c
            .phone
            .as_ref()
            .map(|p| (p.clone(), format!("tel:{}", config::dial(p)))),
        text: c.text.as_ref().map(|t| format!("sms:{}", config::dial(t))),
        by_hand: None,
        added_by: None,
        web: c.web.clone(),
        hours: c.hours.clone(),
        note: c.about.clone(),
    }
}

/// One study on "About the research": the citation (its title apart, to be shown as a title), its
/// DOI if any (with the words before it), and what Full Cup took from it.
#[derive(Clone, Debug, PartialEq)]
pub struct StudyView {
    pub citation: Around,
    pub doi: Option<(&'static str, &'static str)>,
    pub summary: &'static str,
}

pub fn studies(locale: &Locale) -> Vec<StudyView> {
    let ui = locale.ui;
    CITATIONS
        .iter()
        .map(|c| {
            let year = c
                .year
                .map(|y| fill(ui.citation_year, &[("year", &y.to_string())]))
                .unwrap_or_default();
            let citation = around(
                ui.citation,
                "title",
                c.title,
                &[
                    ("authors", c.authors.unwrap_or(ui.author_not_named)),
                    ("year", &year),
                    ("venue", c.venue),
                ],
            );
            StudyView {
                citation,
                doi: c.doi.map(|d| (ui.citation_doi, d)),
                summary: locale.research(c.source),
            }
        })
        .collect()
}

/// One of Right now's tools on "About the research": its name, what its studies found (in our
/// words), and the studies, cited as the seeds' studies are.
#[derive(Clone, Debug, PartialEq)]
pub struct ToolSourcesView {
    pub name: &'static str,
    pub evidence: &'static str,
    pub citations: Vec<(Around, Option<(&'static str, &'static str)>)>,
}

pub fn tool_sources(locale: &Locale) -> Vec<ToolSourcesView> {
    let ui = locale.ui;
    Tool::ALL
        .iter()
        .map(|tool| ToolSourcesView {
            name: ui.now.tool(*tool).name,
            evidence: ui.now.tool(*tool).evidence,
            citations: tool_citations(*tool)
                .map(|c| {
                    let year = fill(ui.citation_year, &[("year", &c.year.to_string())]);
                    let citation = around(
                        ui.citation,
                        "title",
                        c.title,
                        &[("authors", c.authors), ("year", &year), ("venue", c.venue)],
                    );
                    (citation, c.doi.map(|d| (ui.citation_doi, d)))
                })
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::contacts::BUILT_IN;

    #[test]
    fn every_tool_of_right_now_names_its_studies_on_the_about_page() {
        use crate::content::Lang;
        for lang in Lang::ALL {
            let tools = tool_sources(lang.locale());
            assert_eq!(tools.len(), Tool::ALL.len());
            for t in &tools {
                assert!(!t.citations.is_empty(), "{lang:?} {}", t.name);
                // Each study the evidence sentence names by author is cited below it.
                for (c, _) in &t.citations {
                    let first = c.before.split(',').next().unwrap_or_default().trim();
                    assert!(
                        t.evidence.contains(first),
                        "{lang:?}: {} names {first}",
                        t.name
                    );
                }
            }
        }
    }
    use crate::content::Lang;

    #[test]
    fn titles_name_the_screen_then_the_app() {
        let l = Lang::En.locale();
        assert_eq!(
            title(l, Where::Welcome),
            "Full Cup – A private check-in for peer support workers"
        );
        assert_eq!(
            title(l, Where::Questions { page: 2, pages: 9 }),
            "Part 2 of 9 – Full Cup",
            "no theme is named in the tab while answering"
        );
        assert_eq!(title(l, Where::Screen("My plan")), "My plan – Full Cup");
    }

    #[test]
    fn every_built_in_line_is_described_with_call_and_text_links() {
        let l = Lang::En.locale();
        let shown = contacts(l, &Settings::default());
        assert_eq!(shown.len(), BUILT_IN.len());
        for c in &shown {
            assert!(c.region.is_some() && c.note.is_some(), "{}", c.name);
            assert!(
                c.call
                    .as_ref()
                    .is_some_and(|(_, link)| link.starts_with("tel:"))
                    != c.by_hand.is_some(),
                "{}: a link to call, or a number to dial by hand",
                c.name
            );
        }
        assert_eq!(shown[0].text.as_deref(), Some("sms:988"));
    }

    #[test]
    fn a_trainers_local_contacts_come_first_and_dial_by_their_digits() {
        let l = Lang::En.locale();
        let c = config::parse(
            r#"{"contacts": [{"name": "Warmline", "phone": "+1 (555) 010-0199", "text": "555 0100",
                "hours": "Every day", "about": "Talk with a peer."}, {"name": "Site", "web": "https://example.org/"}]}"#,
        )
        .expect("valid");
        let shown = contacts(l, &Settings::default().with_config(&c));
        assert_eq!(shown.len(), BUILT_IN.len() + 2);
        assert_eq!(shown[0].name, "Warmline");
        assert_eq!(
            shown[0].call,
            Some((
                "+1 (555) 010-0199".to_owned(),
                "tel:+15550100199".to_owned()
            ))
        );
        assert_eq!(shown[0].text.as_deref(), Some("sms:5550100"));
        assert_eq!(shown[1].web.as_deref(), Some("https://example.org/"));
        assert_eq!(shown[1].call, None);
        assert_eq!(shown[2].name, BUILT_IN[0].name);
    }

    #[test]
    fn the_country_chosen_leads_with_its_emergency_number_and_the_rest_wait_apart() {
        let l = Lang::En.locale();
        let s = Settings::default();
        let v = lines(l, &s, Some("IN"));
        assert_eq!(v.country, "IN");
        assert_eq!(
            v.first.iter().map(|c| c.name.as_str()).collect::<Vec<_>>(),
            ["Tele MANAS"]
        );
        let (words, tel) = v.emergency.expect("India's emergency number");
        assert_eq!((words.inner.as_str(), tel.as_str()), ("112", "tel:112"));
        assert_eq!(v.none_known, None);
        assert_eq!(v.first.len() + v.others.len(), BUILT_IN.len());
        assert!(v.choices.iter().any(|(c, n)| c == "IN" && n == "India"));
        assert_eq!(
            v.choices.last().map(|(c, _)| c.as_str()),
            Some(OTHER_COUNTRY)
        );
        // Mexico's line is dialled with its country code.
        let mx = lines(l, &s, Some("MX"));
        assert_eq!(
            mx.first[0].call.as_ref().map(|(_, tel)| tel.as_str()),
            Some("tel:+528009112000")
        );
    }

    #[test]
    fn a_country_without_a_crisis_line_gets_the_directory_and_never_an_addiction_line_alone() {
        let l = Lang::En.locale();
        let s = Settings::default();
        for country in ["CO", "NG", OTHER_COUNTRY, "ZA"] {
            let v = lines(l, &s, Some(country));
            assert_eq!(
                v.none_known.map(|(_, url)| url),
                Some("https://findahelpline.com"),
                "{country}"
            );
        }
        assert!(lines(l, &s, Some(OTHER_COUNTRY)).first.is_empty());
        assert!(lines(l, &s, Some("NG")).emergency.is_none());
        // Egypt: the mental health line comes before the addiction line.
        let eg = lines(l, &s, Some("EG"));
        assert_eq!(
            eg.first[0].call.as_ref().map(|(n, _)| n.as_str()),
            Some("16328")
        );
        assert_eq!(eg.none_known, None);
        // Chile's *4141 is shown to dial by hand.
        let cl = lines(l, &s, Some("CL"));
        assert_eq!(cl.first[0].by_hand.as_deref(), Some("*4141"));
        assert_eq!(cl.first[0].call, None);
    }

    #[test]
    fn a_trainers_crisis_line_says_who_added_it() {
        let l = Lang::En.locale();
        let c = config::parse(
            r#"{"organisation": "Riverbend", "crisis_lines": [
                {"country": "GB", "name": "Town line", "phone": "0800 000 111"}]}"#,
        )
        .expect("valid");
        let v = lines(l, &Settings::default().with_config(&c), Some("GB"));
        assert_eq!(v.first[0].name, "Town line");
        assert_eq!(v.first[0].added_by.as_deref(), Some("Added by Riverbend"));
        let c = config::parse(
            r#"{"crisis_lines": [{"country": "GB", "name": "Town line", "phone": "0800 000 111"}]}"#,
        )
        .expect("valid");
        let v = lines(l, &Settings::default().with_config(&c), Some("GB"));
        assert_eq!(v.first[0].added_by.as_deref(), Some(l.ui.added_by_copy));
        assert_eq!(v.first[1].added_by, None, "Full Cup's own lines");
    }

    #[test]
    fn studies_keep_the_title_apart_and_read_as_before() {
        let l = Lang::En.locale();
        let s = studies(l);
        assert_eq!(s.len(), CITATIONS.len());
        let first = &s[0];
        assert_eq!(first.citation.before, "Williams, C. (2021). ");
        assert!(first.citation.after.starts_with(". Journal of Addiction"));
        assert!(first.citation.after.ends_with('.'));
        assert!(s
            .iter()
            .any(|x| x.doi == Some((" DOI: ", "10.1080/18387357.2021.1995452"))));
    }
}
