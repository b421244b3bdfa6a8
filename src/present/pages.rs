//! The tab's title for every screen, the support lines as shown, and the research page's studies.

use crate::content::research::CITATIONS;
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
    /// A `sms:` link, when the line takes texts.
    pub text: Option<String>,
    pub web: Option<String>,
    pub hours: Option<String>,
    pub note: Option<String>,
}

/// The support lines this copy shows: a trainer's local contacts first, then the crisis lines
/// in the order [`Settings::lines`] gives (the country chosen, or the language's, first).
pub fn contacts(locale: &Locale, settings: &Settings) -> Vec<ContactView> {
    let local = settings
        .local_contacts
        .iter()
        .map(|c| contact_view(None, c));
    let lines = settings
        .lines(locale.country)
        .into_iter()
        .map(|line| match line {
            ShownLine::Trainer(l) => contact_view(l.region.clone(), &l.contact),
            ShownLine::BuiltIn(line) => {
                let words = locale.contact(line.id);
                ContactView {
                    region: words.map(|w| w.region.to_owned()),
                    name: line.name.to_owned(),
                    call: Some((line.number.to_owned(), format!("tel:{}", line.dial))),
                    text: line.text.then(|| format!("sms:{}", line.dial)),
                    web: None,
                    hours: None,
                    note: words.map(|w| w.note.to_owned()),
                }
            }
        });
    local.chain(lines).collect()
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::contacts::BUILT_IN;
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
            assert!(c
                .call
                .as_ref()
                .is_some_and(|(_, link)| link.starts_with("tel:")));
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
