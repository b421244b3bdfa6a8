//! The crosswalk for course plans as data: for each framework a trainer may teach to (SAMHSA's
//! eight dimensions of wellness, the IC&RC Peer Recovery domains, the GAINS Center's wellness
//! strategies, CCAR's recovery coaching stool), which parts of the cup sit beside each of its
//! elements, with the locale's line on why and the framework's sources; and the timing sheets.
//! The rows are ours to answer for: each names only parts whose questions touch the element.

use crate::assessment::Theme;
use crate::content::research::{framework_sources, Framework};
use crate::content::{fill, Locale};

use super::text::{around, Around};

/// The parts of the cup beside each element of `framework`, in the order of the locale's rows.
pub fn rows(framework: Framework) -> &'static [&'static [Theme]] {
    use Theme::*;
    match framework {
        Framework::Samhsa => &[
            // Emotional, environmental, financial, intellectual, occupational, physical, social,
            // spiritual.
            &[Intensity, Outcomes, Awareness],
            &[Workplace],
            &[Workplace],
            &[Workplace, Support],
            &[Meaning, Workplace],
            &[Boundaries, Intensity],
            &[Support, Recovery],
            &[Meaning],
        ],
        // Ethical Responsibility (Advocacy's tasks are about the people supported, not the worker).
        Framework::Icrc => &[&[Awareness, Recovery, Boundaries, Support, Workplace]],
        // Own recovery, boundaries, self-compassion, supervision and support, remembering why.
        Framework::Gains => &[
            &[Recovery],
            &[Boundaries, Workplace, Outcomes],
            &[Outcomes],
            &[Support, Workplace],
            &[Meaning],
        ],
        // Managing one's own stuff; each person as their own best resource.
        Framework::Ccar => &[&[Awareness, Intensity, Recovery], &[Outcomes]],
    }
}

/// One row as shown.
#[derive(Clone, Debug, PartialEq)]
pub struct RowView {
    pub element: &'static str,
    /// The parts' titles, in page order.
    pub parts: Vec<&'static str>,
    pub why: &'static str,
}

/// One source as shown: its citation (the title apart, to be set in italics), its DOI or
/// address, and when it was checked.
#[derive(Clone, Debug, PartialEq)]
pub struct SourceView {
    pub citation: Around,
    pub link: Option<String>,
    pub checked: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct FrameworkView {
    pub name: &'static str,
    pub about: &'static str,
    pub rows: Vec<RowView>,
    pub sources: Vec<SourceView>,
}

pub fn crosswalk(locale: &Locale) -> Vec<FrameworkView> {
    let ui = locale.ui;
    let words = &locale.training().crosswalk;
    Framework::ALL
        .iter()
        .zip(words.frameworks.iter())
        .map(|(&framework, w)| FrameworkView {
            name: w.name,
            about: w.about,
            rows: rows(framework)
                .iter()
                .zip(w.rows.iter())
                .map(|(themes, row)| RowView {
                    element: row.element,
                    parts: Theme::PAGE_ORDER
                        .iter()
                        .filter(|t| themes.contains(t))
                        .map(|&t| locale.theme(t).title)
                        .collect(),
                    why: row.why,
                })
                .collect(),
            sources: framework_sources(framework)
                .map(|s| {
                    let year = s
                        .year
                        .map(|y| fill(ui.citation_year, &[("year", &y.to_string())]))
                        .unwrap_or_default();
                    SourceView {
                        citation: around(
                            ui.citation,
                            "title",
                            s.title,
                            &[("authors", s.authors), ("year", &year), ("venue", s.venue)],
                        ),
                        link: s
                            .doi
                            .map(|d| format!("https://doi.org/{d}"))
                            .or(s.url.map(str::to_owned)),
                        checked: fill(words.checked, &[("date", s.checked)]),
                    }
                })
                .collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests;
