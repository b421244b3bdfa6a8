use super::*;
use crate::content::research::FRAMEWORK_SOURCES;
use crate::content::Lang;

#[test]
fn every_framework_has_its_rows_in_every_language_and_a_source() {
    for lang in Lang::ALL {
        let l = lang.locale();
        for (framework, words) in Framework::ALL
            .iter()
            .zip(l.training().crosswalk.frameworks.iter())
        {
            assert_eq!(
                words.rows.len(),
                rows(*framework).len(),
                "{lang:?} {framework:?}: one line of words per row"
            );
        }
        for view in crosswalk(l) {
            assert!(!view.sources.is_empty(), "{lang:?} {}: a source", view.name);
            for row in &view.rows {
                assert!(
                    !row.parts.is_empty() && !row.why.is_empty(),
                    "{lang:?} {}",
                    row.element
                );
            }
        }
    }
}

#[test]
fn the_rows_name_each_part_once_and_every_part_somewhere() {
    for framework in Framework::ALL {
        for themes in rows(framework) {
            let mut seen = themes.to_vec();
            seen.sort_by_key(|t| t.key());
            seen.dedup();
            assert_eq!(
                seen.len(),
                themes.len(),
                "{framework:?}: a part twice in a row"
            );
        }
    }
    // Across the crosswalk, every part of the cup is beside something.
    for theme in Theme::PAGE_ORDER {
        assert!(
            Framework::ALL
                .iter()
                .any(|f| rows(*f).iter().any(|r| r.contains(&theme))),
            "{theme:?}"
        );
    }
}

#[test]
fn every_source_is_dated_as_checked_and_reachable_by_doi_or_address() {
    for s in FRAMEWORK_SOURCES {
        assert_eq!(s.checked.len(), 10, "{}: a date", s.title);
        assert!(
            s.doi.is_some() || s.url.is_some() || s.venue.contains("Publication No."),
            "{}: findable",
            s.title
        );
        if let Some(url) = s.url {
            assert!(url.starts_with("https://"), "{url}");
        }
    }
    let en = crosswalk(Lang::En.locale());
    let swarbrick = en[0]
        .sources
        .iter()
        .find(|s| s.citation.inner == "A wellness approach")
        .expect("Swarbrick");
    assert_eq!(
        swarbrick.link.as_deref(),
        Some("https://doi.org/10.2975/29.2006.311.314")
    );
    assert_eq!(swarbrick.checked, "checked 2026-12-07");
}
