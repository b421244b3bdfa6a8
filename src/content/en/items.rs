//! English wording of themes, questions, safety questions, suggestions, patterns, bands and research.

use crate::assessment::{Band, Source, Theme};
use crate::content::{BandText, ItemText, ResearchText, SuggestionText, ThemeText};

macro_rules! theme {
    ($t:expr, $title:expr) => {
        ThemeText { theme: $t, title: $title, intro: "Intro.", covers: "Covers.", strength: "Strength.", prompt: "Prompt?" }
    };
}

pub static THEMES: &[ThemeText] = &[
    theme!(Theme::Intensity, "Carrying the weight"),
    theme!(Theme::Recovery, "My own recovery"),
    theme!(Theme::Outcomes, "Holding outcomes lightly"),
    theme!(Theme::Awareness, "Knowing my signals"),
    theme!(Theme::Boundaries, "Boundaries and off-hours"),
    theme!(Theme::Support, "Support around me"),
    theme!(Theme::Meaning, "Meaning and anchoring"),
    theme!(Theme::Workplace, "Role and workplace"),
];

pub static QUESTIONS: &[ItemText] = &[
    ItemText { id: "int_drained", text: "I felt drained at the end of a work day." },
    ItemText { id: "rec_practice", text: "I kept up my own recovery practices." },
    ItemText { id: "out_blame", text: "I blamed myself when someone I support used again." },
    ItemText { id: "awa_notice", text: "I noticed my own warning signs early." },
    ItemText { id: "bou_phone", text: "Work calls or texts reached me in my time off." },
    ItemText { id: "sup_checkin", text: "Someone at work checked on how I was doing." },
    ItemText { id: "mea_purpose", text: "My work felt worth doing." },
    ItemText { id: "wor_valued", text: "Colleagues who are not peers valued what I bring." },
];

pub static SAFETY_QUESTIONS: &[ItemText] = &[
    ItemText { id: "saf_urges", text: "I had strong urges to drink or use." },
    ItemText { id: "saf_alive", text: "I had thoughts that I would rather not be alive." },
];

pub static SUGGESTIONS: &[SuggestionText] = &[
    SuggestionText { id: "int_debrief", action: "Debrief after a hard day", detail: "Detail.", why: "Why." },
    SuggestionText { id: "rec_protect", action: "Protect one recovery practice", detail: "Detail.", why: "Why." },
    SuggestionText { id: "rec_keep", action: "Keep your recovery first", detail: "Detail.", why: "Why." },
];

pub static PATTERNS: &[ItemText] = &[ItemText { id: "heavy_and_alone", text: "the work is heavy and support is thin." }];

pub static BANDS: &[BandText] = &[
    BandText { band: Band::Steady, name: "Steady", meaning: "Meaning." },
    BandText { band: Band::Watch, name: "Worth watching", meaning: "Meaning." },
    BandText { band: Band::NeedsCare, name: "Needs care now", meaning: "Meaning." },
];

pub static RESEARCH: &[ResearchText] = &[ResearchText { source: Source::CareForOurselves, summary: "Summary." }];
