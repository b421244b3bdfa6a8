//! The studies behind Full Cup: citations (language-independent facts) for the About page.

use crate::assessment::Source;

/// A reference as it is cited on the "About the research" page.
#[derive(Debug)]
pub struct Citation {
    pub source: Source,
    /// `None` where the source names no author (the locale words that).
    pub authors: Option<&'static str>,
    /// The publication year, when the source states it.
    pub year: Option<u16>,
    pub title: &'static str,
    /// Journal or publisher.
    pub venue: &'static str,
    pub doi: Option<&'static str>,
}

/// One citation per study in `shared/seeds`. Only facts stated in the seed files are given: where a
/// seed names no year, author or DOI, the field says so or is `None` rather than a guess.
pub static CITATIONS: &[Citation] = &[
    Citation {
        source: Source::CareForOurselves,
        authors: Some("Williams, C."),
        year: Some(2021),
        title: "To Help Others, We Must Care for Ourselves: The Importance of Self-Care for Peer Support \
                Workers in Substance Use Recovery",
        venue: "Journal of Addiction & Addictive Disorders, 8: 071 (Herald Scholarly Open Access)",
        doi: None,
    },
    Citation {
        source: Source::HelpingOthersHelpsOurselves,
        authors: Some("Williams, C. S."),
        year: Some(2021),
        title: "By helping others we help ourselves: insights from peer support workers in substance use \
                recovery",
        venue: "Advances in Mental Health",
        doi: Some("10.1080/18387357.2021.1995452"),
    },
    Citation {
        source: Source::HealingThroughHelping,
        authors: Some("Abu Hassan Shaari, A."),
        year: None,
        title: "Healing Through Helping Services: Insights from Peer Recovery Workers in Malaysia's \
                Community-Based Drug Treatment Program",
        venue: "Journal article (ISSN 0126-5008, eISSN 0126-8694; the journal's name is not given in the source)",
        doi: None,
    },
    Citation {
        source: Source::PeerSupportRole,
        authors: None,
        year: None,
        title: "The Role of Peer Support in Substance Misuse Recovery",
        venue: "Online overview article (the website is not named in the source)",
        doi: None,
    },
    Citation {
        source: Source::WoundedHealers,
        authors: None,
        year: None,
        title: "The Power of Peer Support in Recovery",
        venue: "Blog post summarising an Israeli study of peer workers (the site offers the newsletter \
                \"This Week in Public Health\"; the study itself is not named)",
        doi: None,
    },
];

pub fn citation(source: Source) -> Option<&'static Citation> {
    CITATIONS.iter().find(|c| c.source == source)
}
