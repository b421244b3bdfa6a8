//! The question bank, the safety questions, the suggestion library and the cross-theme patterns:
//! ids, themes, keying and tags. Their wording lives in `content`, keyed by the same ids.

use super::answer::Frequency;
use super::question::{Question, SafetyQuestion};
use super::safety::SafetySignal;
use super::scoring::Band;
use super::suggestion::{Pattern, Source, Suggestion};
use super::theme::Theme;

const LOW: &[Band] = &[Band::NeedsCare, Band::Watch];
const STEADY: &[Band] = &[Band::Steady];

pub static QUESTIONS: &[Question] = &[
    Question { id: "int_drained", theme: Theme::Intensity, reverse: false, in_pulse: true },
    Question { id: "rec_practice", theme: Theme::Recovery, reverse: false, in_pulse: true },
    Question { id: "out_blame", theme: Theme::Outcomes, reverse: false, in_pulse: true },
    Question { id: "awa_notice", theme: Theme::Awareness, reverse: false, in_pulse: true },
    Question { id: "bou_phone", theme: Theme::Boundaries, reverse: false, in_pulse: true },
    Question { id: "sup_checkin", theme: Theme::Support, reverse: false, in_pulse: true },
    Question { id: "mea_purpose", theme: Theme::Meaning, reverse: false, in_pulse: true },
    Question { id: "wor_valued", theme: Theme::Workplace, reverse: true, in_pulse: true },
];

pub static SAFETY_QUESTIONS: &[SafetyQuestion] = &[
    SafetyQuestion { id: "saf_urges", signal: SafetySignal::RelapseRisk, raises_from: Frequency::Often },
    SafetyQuestion { id: "saf_alive", signal: SafetySignal::AcuteDistress, raises_from: Frequency::Rarely },
];

pub static SUGGESTIONS: &[Suggestion] = &[
    Suggestion { id: "int_debrief", theme: Theme::Intensity, fits: LOW, source: Source::CareForOurselves },
    Suggestion { id: "rec_protect", theme: Theme::Recovery, fits: LOW, source: Source::CareForOurselves },
    Suggestion { id: "rec_keep", theme: Theme::Recovery, fits: STEADY, source: Source::HealingThroughHelping },
];

pub static PATTERNS: &[Pattern] = &[Pattern {
    id: "heavy_and_alone",
    when: &[(Theme::Intensity, Band::Watch), (Theme::Support, Band::Watch)],
    suggestion: "int_debrief",
}];
