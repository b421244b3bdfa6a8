//! The question bank, the safety questions, the suggestion library and the cross-theme patterns:
//! ids, themes, keying and tags. Their wording lives in `content`, keyed by the same ids.
//!
//! Keying, in one place:
//! - A normal question in a strain theme (intensity, outcomes, boundaries, workplace) is worded so
//!   that "Always" means more strain; in a protective theme (recovery, awareness, support, meaning)
//!   "Always" means more protection.
//! - `.reversed()` marks a question worded the other way round inside its theme, for example
//!   "I could switch off from work in my time off" inside the strain theme about boundaries.
//! - Each theme has exactly one pulse question (`.in_pulse()`), its most representative one,
//!   never reverse-keyed.
//! - Helping as part of one's own healing (`mea_healing`) is a protection, in "Meaning and
//!   anchoring", and `.never_held_against()`: it counts in the level, but a "Never" is never named
//!   or answered with an idea. Only helping *in place of* one's own recovery
//!   (`rec_work_as_recovery`) counts against a person.
//!
//! Each suggestion names the bands it fits and the questions it answers; "start here"
//! (`suggestion::start_here`) uses both. Within a band, ideas written for that band alone come
//! before broader ones, then library order decides. Order also matters in [`PATTERNS`]: patterns
//! that fire are offered in this order.

use super::answer::Frequency;
use super::question::Question;
use super::safety::{SafetyBank, SafetyQuestion, SafetySignal};
use super::scoring::Band;
use super::suggestion::{Pattern, SignalIdeas, Source, Suggestion};
use super::theme::Theme;

// Short names keep the tables below readable: one row per question or suggestion.
use Source::{
    CareForOurselves as Care, HealingThroughHelping as Healing,
    HelpingOthersHelpsOurselves as Helping, PeerSupportRole as Role, WoundedHealers as Wounded,
};
use Theme::{
    Awareness as Awa, Boundaries as Bou, Intensity as Int, Meaning as Mea, Outcomes as Out,
    Recovery as Rec, Support as Sup, Workplace as Wor,
};

/// Fits a theme that is "Needs care now" or "Worth watching".
const LOW: &[Band] = &[Band::NeedsCare, Band::Watch];
/// Fits only a theme that is "Needs care now".
const CARE: &[Band] = &[Band::NeedsCare];
/// Fits only a theme that is "Worth watching" (an idea that asks more of a worker than one who
/// needs care should be asked).
const WATCH: &[Band] = &[Band::Watch];
/// Fits only a steady theme: ways to keep it so.
const STEADY: &[Band] = &[Band::Steady];
/// Fits no band: offered only by a safety signal, whatever the levels ([`SIGNAL_IDEAS`]).
const SIGNAL: &[Band] = &[];

/// A question worded in its theme's own direction, asked only in the full check-in; see
/// [`Question::reversed`] and [`Question::in_pulse`].
const fn q(id: &'static str, theme: Theme) -> Question {
    Question {
        id,
        theme,
        reverse: false,
        in_pulse: false,
        weighs: true,
    }
}

const fn s(
    id: &'static str,
    theme: Theme,
    fits: &'static [Band],
    answers: &'static [&'static str],
    source: Source,
) -> Suggestion {
    Suggestion {
        id,
        theme,
        fits,
        answers,
        source,
    }
}

/// The scored questions, in page order.
pub static QUESTIONS: &[Question] = &[
    // Carrying the weight (strain).
    q("int_drained", Int).in_pulse(),
    q("int_pain", Int),
    q("int_grief", Int),
    q("int_systems", Int),
    q("int_past", Int),
    q("int_story", Int),
    // My own recovery (protective).
    q("rec_practice", Rec).in_pulse(),
    q("rec_first", Rec),
    q("rec_work_as_recovery", Rec).reversed(),
    q("rec_slide", Rec).reversed(),
    q("rec_front", Rec).reversed(),
    q("rec_meetings", Rec).reversed(),
    // Holding outcomes lightly (strain).
    q("out_responsible", Out).in_pulse(),
    q("out_blame", Out),
    q("out_replay", Out),
    q("out_pace", Out).reversed(),
    q("out_seeds", Out).reversed(),
    // Knowing my signals (protective).
    q("awa_notice", Awa).in_pulse(),
    q("awa_triggers", Awa),
    q("awa_honest", Awa),
    q("awa_step_back", Awa),
    q("awa_late", Awa).reversed(),
    // Boundaries and off-hours (strain).
    q("bou_spill", Bou).in_pulse(),
    q("bou_phone", Bou),
    q("bou_town", Bou),
    q("bou_yes", Bou),
    q("bou_switch_off", Bou).reversed(),
    q("bou_sleep", Bou),
    // Support around me (protective).
    q("sup_talk", Sup).in_pulse(),
    q("sup_checkin", Sup),
    q("sup_supervision", Sup),
    q("sup_debrief", Sup),
    q("sup_alone", Sup).reversed(),
    q("sup_learning", Sup).reversed(),
    // Meaning and anchoring (protective).
    q("mea_purpose", Mea).in_pulse(),
    q("mea_progress", Mea),
    q("mea_good_times", Mea),
    q("mea_grounding", Mea),
    q("mea_doubt", Mea).reversed(),
    q("mea_healing", Mea).never_held_against(),
    // Role and workplace (strain).
    q("wor_looked_down", Wor).in_pulse(),
    q("wor_unclear", Wor),
    q("wor_beyond", Wor),
    q("wor_unsafe", Wor),
    q("wor_money", Wor),
    q("wor_ladder", Wor),
];

/// Questions that earlier versions asked and this one no longer does. A saved history that holds
/// answers to them still loads (their answers are kept and never scored; its saved levels still
/// show and compare).
pub static RETIRED_QUESTIONS: &[&str] = &[
    // "Peers were at the bottom of the ladder": close to being looked down on; its place went to
    // being asked beyond one's role and to feeling unsafe.
    "wor_no_say",
    // "Being around people using, or stories like mine, stirred up my past": widened into
    // `int_past`, which also names prisons and courts (the Israeli study's workers).
    "int_triggered",
    // "I had the strength to handle each work day": its place went to the tiredness of telling
    // one's own story (`int_story`); running empty is still asked by `int_drained`.
    "int_strength",
    // "I had time to unwind and let work go": close to switching off in one's time off
    // (`bou_switch_off`); its place went to staying away from one's own meetings.
    "rec_unwind",
    // "Low pay or no way to move up": split into money worries and room to grow, which call for
    // different ideas.
    "wor_pay",
    // "I had the training I needed": the other side of being asked beyond one's role or
    // training (`wor_beyond`), which stays.
    "wor_trained",
];

/// Never scored. Urges, pulling away and hopelessness raise a signal alone from "Often" (and build
/// one from "Sometimes", see [`SAFETY`]); having drunk or used again and thoughts of not wanting to
/// be alive raise one from "Rarely", because any of either deserves support.
pub static SAFETY_QUESTIONS: &[SafetyQuestion] = &[
    SafetyQuestion {
        id: "saf_urges",
        signal: SafetySignal::RelapseRisk,
        raises_from: Frequency::Often,
    },
    SafetyQuestion {
        id: "saf_used",
        signal: SafetySignal::RelapseRisk,
        raises_from: Frequency::Rarely,
    },
    SafetyQuestion {
        id: "saf_withdraw",
        signal: SafetySignal::RelapseRisk,
        raises_from: Frequency::Often,
    },
    SafetyQuestion {
        id: "saf_hopeless",
        signal: SafetySignal::AcuteDistress,
        raises_from: Frequency::Often,
    },
    SafetyQuestion {
        id: "saf_alive",
        signal: SafetySignal::AcuteDistress,
        raises_from: Frequency::Rarely,
    },
];

/// The safety rules' view of the bank (`safety::SafetyBank`): hopelessness builds distress with
/// heavy answers in two of four groups: feeling alone, running empty, doubting that the work
/// makes a difference (each holds its pulse question, so a quick pulse can build it too), and
/// cravings or pulling away (missing one's own meetings among it); hopelessness also counts
/// towards relapse risk, and missing one's own meetings "Often" or more builds it beside one
/// moderate safety answer.
pub static SAFETY: SafetyBank = SafetyBank {
    questions: SAFETY_QUESTIONS,
    scored: QUESTIONS,
    used_again: "saf_used",
    hopeless: "saf_hopeless",
    not_alive: "saf_alive",
    distress_companions: &[
        &["sup_alone", "sup_talk"],
        &["int_drained"],
        &["mea_doubt", "mea_purpose"],
        &["saf_urges", "saf_withdraw", "rec_meetings"],
    ],
    relapse_also: &["saf_hopeless"],
    // Missing one's own meetings to avoid the people one supports, "Often" or more: a way of
    // pulling away from one's supports that the work itself brings.
    relapse_companions: &[("rec_meetings", Frequency::Often)],
};

/// What "start here" offers first when a safety signal is raised (`suggestion::start_here`).
pub static SIGNAL_IDEAS: SignalIdeas = SignalIdeas {
    relapse: "rec_today",
    used_again: "rec_return",
    distress: "sup_reach_today",
};

/// The suggestion library, by theme: `s(id, theme, bands it fits, questions it answers, source)`.
/// Library order breaks ties: within a theme, the idea to offer first for its band comes first.
pub static SUGGESTIONS: &[Suggestion] = &[
    // Carrying the weight.
    s("int_reset", Int, LOW, &["int_drained"], Care),
    s("int_close_day", Int, LOW, &["int_pain"], Care),
    s("int_system_gap", Int, LOW, &["int_systems"], Care),
    s("int_load", Int, CARE, &["int_drained", "int_pain"], Care),
    s("int_grieve", Int, LOW, &["int_grief"], Care),
    s("int_story_share", Int, LOW, &["int_story"], Care),
    s("int_way_back", Int, LOW, &["int_past"], Wounded),
    s("int_keep", Int, STEADY, &[], Care),
    // My own recovery.
    s("rec_protect", Rec, LOW, &["rec_practice"], Care),
    s(
        "rec_today",
        Rec,
        CARE,
        &["rec_practice", "rec_first", "rec_slide"],
        Care,
    ),
    // Its question was retired (close to switching off, which has ideas of its own): offered for
    // the theme as a whole.
    s("rec_unwind", Rec, LOW, &[], Care),
    s("rec_tell", Rec, LOW, &["rec_slide", "rec_front"], Healing),
    s("rec_not_work", Rec, LOW, &["rec_work_as_recovery"], Helping),
    s("rec_lifelong", Rec, LOW, &["rec_first"], Healing),
    s("rec_own_meeting", Rec, LOW, &["rec_meetings"], Care),
    s("rec_keep", Rec, STEADY, &[], Care),
    // Offered only after a person says they drank or used again (`SIGNAL_IDEAS`).
    s("rec_return", Rec, SIGNAL, &[], Care),
    // Holding outcomes lightly.
    s("out_my_part", Out, LOW, &["out_blame", "out_replay"], Care),
    s("out_seeds", Out, LOW, &["out_seeds"], Care),
    s("out_small_goal", Out, LOW, &["out_responsible"], Care),
    s("out_pace", Out, LOW, &["out_pace"], Care),
    s(
        "out_kind_voice",
        Out,
        CARE,
        &["out_blame", "out_replay", "out_responsible"],
        Care,
    ),
    s("out_keep", Out, STEADY, &[], Care),
    // Knowing my signals.
    s("awa_signs", Awa, LOW, &["awa_notice", "awa_late"], Care),
    s("awa_daily", Awa, LOW, &["awa_honest"], Care),
    s(
        "awa_trigger_plan",
        Awa,
        LOW,
        &["awa_triggers", "int_past"],
        Care,
    ),
    s(
        "awa_step_back",
        Awa,
        CARE,
        &["awa_step_back", "awa_late", "int_drained"],
        Care,
    ),
    s("awa_ask", Awa, LOW, &["rec_front"], Care),
    s("awa_permission", Awa, WATCH, &["awa_step_back"], Care),
    s("awa_after_setback", Awa, LOW, &[], Care),
    s("awa_keep", Awa, STEADY, &[], Care),
    // Boundaries and off-hours.
    s("bou_phone_hours", Bou, LOW, &["bou_phone"], Care),
    s("bou_cover", Bou, CARE, &["bou_phone", "bou_spill"], Care),
    s("bou_home", Bou, LOW, &["bou_spill", "bou_switch_off"], Care),
    s("bou_town_line", Bou, LOW, &["bou_town"], Care),
    s("bou_no", Bou, LOW, &["bou_yes"], Care),
    s("bou_sleep", Bou, LOW, &["bou_sleep"], Care),
    s("bou_recovery_time", Bou, LOW, &[], Care),
    s("bou_keep", Bou, STEADY, &[], Care),
    // Support around me.
    s("sup_talk", Sup, LOW, &["sup_talk", "sup_checkin"], Care),
    s("sup_supervision", Sup, LOW, &["sup_supervision"], Care),
    s("sup_people", Sup, LOW, &["sup_alone"], Care),
    s("sup_debrief", Sup, LOW, &["sup_debrief"], Care),
    s("sup_mentor", Sup, LOW, &["sup_learning"], Care),
    s("sup_peer_network", Sup, LOW, &[], Role),
    s("sup_keep", Sup, STEADY, &[], Wounded),
    // Offered only when answers say things have felt very heavy (`SIGNAL_IDEAS`).
    s("sup_reach_today", Sup, SIGNAL, &[], Care),
    // Meaning and anchoring.
    s("mea_flat", Mea, CARE, &["mea_progress"], Care),
    s("mea_small_wins", Mea, LOW, &["mea_progress"], Care),
    s("mea_why", Mea, LOW, &["mea_purpose"], Wounded),
    s("mea_story", Mea, LOW, &["mea_doubt"], Healing),
    s("mea_good_moment", Mea, LOW, &["mea_good_times"], Care),
    s("mea_grounding", Mea, LOW, &["mea_grounding"], Healing),
    s("mea_pay_forward", Mea, WATCH, &["mea_progress"], Helping),
    s("mea_keep", Mea, STEADY, &[], Wounded),
    // Role and workplace.
    s(
        "wor_role_clear",
        Wor,
        LOW,
        &["wor_unclear", "wor_beyond"],
        Care,
    ),
    s("wor_training", Wor, LOW, &["wor_beyond"], Care),
    s("wor_unsafe", Wor, LOW, &["wor_unsafe"], Care),
    s("wor_ally", Wor, LOW, &["wor_looked_down"], Role),
    // For a workplace worth watching as a whole: never an answer to an unclear role (a person unsure
    // what their job includes is not asked to explain it to others).
    s("wor_explain", Wor, WATCH, &[], Role),
    s("wor_money", Wor, LOW, &["wor_money"], Wounded),
    s("wor_next_step", Wor, LOW, &["wor_ladder"], Wounded),
    s(
        "wor_record",
        Wor,
        CARE,
        &["wor_looked_down", "wor_beyond"],
        Care,
    ),
    s("wor_keep", Wor, STEADY, &[], Role),
];

/// Cross-theme patterns, in the order they are offered. Each condition means "this theme at or
/// below this band"; every condition must hold, and a theme without a level never satisfies one.
pub static PATTERNS: &[Pattern] = &[
    // Heavy work with little support: talk hard events through.
    Pattern {
        id: "heavy_and_alone",
        when: &[(Int, Band::Watch), (Sup, Band::Watch)],
        suggestion: "sup_debrief",
    },
    // Heavy work and taking setbacks personally: speak to yourself as a kind colleague would.
    Pattern {
        id: "loss_and_blame",
        when: &[(Out, Band::NeedsCare), (Int, Band::Watch)],
        suggestion: "out_kind_voice",
    },
    // Work spilling over and own recovery thin: guard recovery time from work.
    Pattern {
        id: "recovery_crowded_out",
        when: &[(Bou, Band::Watch), (Rec, Band::Watch)],
        suggestion: "bou_recovery_time",
    },
    // Giving a lot at work while own recovery is thin: helping is not one's own recovery.
    Pattern {
        id: "helping_not_recovery",
        when: &[(Rec, Band::Watch), (Int, Band::Watch)],
        suggestion: "rec_not_work",
    },
    // Own recovery thin and warning signs hard to see from inside: ask someone trusted.
    Pattern {
        id: "thin_and_unseen",
        when: &[(Rec, Band::Watch), (Awa, Band::Watch)],
        suggestion: "awa_ask",
    },
    // Taking outcomes hard without noticing the cost: check in after a setback.
    Pattern {
        id: "outcomes_unseen",
        when: &[(Out, Band::Watch), (Awa, Band::Watch)],
        suggestion: "awa_after_setback",
    },
    // A hard workplace and little support: find peer support outside the organisation.
    Pattern {
        id: "undervalued_and_alone",
        when: &[(Wor, Band::Watch), (Sup, Band::Watch)],
        suggestion: "sup_peer_network",
    },
    // Heavy work and little sense of meaning: write down one good moment a day.
    Pattern {
        id: "heavy_and_flat",
        when: &[(Int, Band::Watch), (Mea, Band::Watch)],
        suggestion: "mea_good_moment",
    },
];
