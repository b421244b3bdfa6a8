//! The studies behind Full Cup: citations (language-independent facts) for the About page.

use crate::assessment::right_now::Tool;
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

/// A study behind one of Right now's tools, cited on the About page under that tool (the
/// locale says what it found, in our words: [`crate::content::ui::ToolWords::evidence`]). Found and
/// checked against the publishers' and PubMed's records on 2026-12-06.
#[derive(Debug)]
pub struct ToolCitation {
    pub tool: Tool,
    pub authors: &'static str,
    pub year: u16,
    pub title: &'static str,
    pub venue: &'static str,
    pub doi: Option<&'static str>,
}

pub static TOOL_CITATIONS: &[ToolCitation] = &[
    ToolCitation {
        tool: Tool::Pause,
        authors: "Bartels, J. B.",
        year: 2014,
        title: "The Pause",
        venue: "Critical Care Nurse, 34(1), 74–75",
        doi: None,
    },
    ToolCitation {
        tool: Tool::Pause,
        authors: "Norton, M. I., & Gino, F.",
        year: 2014,
        title: "Rituals alleviate grieving for loved ones, lovers, and lotteries",
        venue: "Journal of Experimental Psychology: General, 143(1), 266–272",
        doi: Some("10.1037/a0031772"),
    },
    ToolCitation {
        tool: Tool::GoingHome,
        authors: "Sonnentag, S., & Fritz, C.",
        year: 2007,
        title:
            "The Recovery Experience Questionnaire: Development and validation of a measure for \
                assessing recuperation and unwinding from work",
        venue: "Journal of Occupational Health Psychology, 12(3), 204–221",
        doi: Some("10.1037/1076-8998.12.3.204"),
    },
    ToolCitation {
        tool: Tool::GoingHome,
        authors: "Smit, B. W.",
        year: 2016,
        title: "Successfully leaving work at work: The self-regulatory underpinnings of \
                psychological detachment",
        venue: "Journal of Occupational and Organizational Psychology, 89(3), 493–514",
        doi: Some("10.1111/joop.12137"),
    },
    ToolCitation {
        tool: Tool::UrgeSurfing,
        authors: "Bowen, S., & Marlatt, A.",
        year: 2009,
        title: "Surfing the urge: Brief mindfulness-based intervention for college student smokers",
        venue: "Psychology of Addictive Behaviors, 23(4), 666–671",
        doi: Some("10.1037/a0017127"),
    },
    ToolCitation {
        tool: Tool::Breathing,
        authors:
            "Zaccaro, A., Piarulli, A., Laurino, M., Garbella, E., Menicucci, D., Neri, B., & \
                  Gemignani, A.",
        year: 2018,
        title:
            "How breath-control can change your life: A systematic review on psycho-physiological \
                correlates of slow breathing",
        venue: "Frontiers in Human Neuroscience, 12, 353",
        doi: Some("10.3389/fnhum.2018.00353"),
    },
    ToolCitation {
        tool: Tool::Breathing,
        authors: "Fincham, G. W., Strauss, C., Montero-Marin, J., & Cavanagh, K.",
        year: 2023,
        title: "Effect of breathwork on stress and mental health: A meta-analysis of randomised-\
                controlled trials",
        venue: "Scientific Reports, 13, 432",
        doi: Some("10.1038/s41598-022-27247-y"),
    },
    ToolCitation {
        tool: Tool::Breathing,
        authors:
            "Bentley, T. G. K., D'Andrea-Penna, G., Rakic, M., Arce, N., LaFaille, M., Berman, \
                  R., Cooley, K., & Sprimont, P.",
        year: 2023,
        title: "Breathing practices for stress and anxiety reduction: Conceptual framework of \
                implementation guidelines based on a systematic review of the published literature",
        venue: "Brain Sciences, 13(12), 1612",
        doi: Some("10.3390/brainsci13121612"),
    },
];

/// The studies cited for `tool`.
pub fn tool_citations(tool: Tool) -> impl Iterator<Item = &'static ToolCitation> {
    TOOL_CITATIONS.iter().filter(move |c| c.tool == tool)
}

keyed! {
    /// The frameworks of the trainers' crosswalk (`present::crosswalk`), in the page's order.
    pub enum Framework {
        Samhsa = "samhsa",
        Icrc = "icrc",
        Gains = "gains",
        Ccar = "ccar",
    }
}

/// A source of the crosswalk. Organisations stand as authors; `year` only where the source states
/// one; `checked` is the day the page or paper was last read for this use (the pages as the
/// search tools held them on that day).
#[derive(Debug)]
pub struct FrameworkSource {
    pub framework: Framework,
    pub authors: &'static str,
    pub year: Option<u16>,
    pub title: &'static str,
    pub venue: &'static str,
    pub doi: Option<&'static str>,
    pub url: Option<&'static str>,
    pub checked: &'static str,
}

pub static FRAMEWORK_SOURCES: &[FrameworkSource] = &[
    FrameworkSource {
        framework: Framework::Samhsa,
        authors: "Substance Abuse and Mental Health Services Administration",
        year: Some(2012),
        title: "Eight Dimensions of Wellness",
        venue:
            "SAMHSA's Wellness Initiative, HHS Publication No. (SMA) 12-4568 (first printed 2010)",
        doi: None,
        url: None,
        checked: "2026-12-07",
    },
    FrameworkSource {
        framework: Framework::Samhsa,
        authors: "Swarbrick, M.",
        year: Some(2006),
        title: "A wellness approach",
        venue: "Psychiatric Rehabilitation Journal, 29(4), 311–314",
        doi: Some("10.2975/29.2006.311.314"),
        url: None,
        checked: "2026-12-07",
    },
    FrameworkSource {
        framework: Framework::Icrc,
        authors: "International Certification & Reciprocity Consortium",
        year: None,
        title: "Peer Recovery (PR): standards",
        venue: "IC&RC",
        doi: None,
        url: Some("https://internationalcredentialing.org/icrc-credentials/pr"),
        checked: "2026-12-07",
    },
    FrameworkSource {
        framework: Framework::Gains,
        authors: "SAMHSA's GAINS Center for Behavioral Health and Justice Transformation",
        year: None,
        title: "Wellness Strategies for Peer Support Workers",
        venue: "Policy Research Associates",
        doi: None,
        url: Some("https://prainc.com/gains-wellness-in-peer-support"),
        checked: "2026-12-07",
    },
    FrameworkSource {
        framework: Framework::Ccar,
        authors: "Valentine, P.",
        year: None,
        title: "Recovery Coach Specialists",
        venue: "Connecticut Community for Addiction Recovery (CCAR)",
        doi: None,
        url: Some("https://ccar.us/recovery-coach-specialists"),
        checked: "2026-12-07",
    },
    FrameworkSource {
        framework: Framework::Ccar,
        authors: "Valentine, P.",
        year: None,
        title: "The Art of Recovery Coaching",
        venue: "Connecticut Community for Addiction Recovery (CCAR)",
        doi: None,
        url: Some("https://ccar.us/the-art-of-recovery-coaching"),
        checked: "2026-12-07",
    },
];

/// The sources of one framework, in order.
pub fn framework_sources(framework: Framework) -> impl Iterator<Item = &'static FrameworkSource> {
    FRAMEWORK_SOURCES
        .iter()
        .filter(move |s| s.framework == framework)
}
