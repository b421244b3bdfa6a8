//! Persona tests: whole check-ins for people drawn from the research (sketches in
//! `../shared/seeds`, paraphrased), scored against the real bank. Each asserts priorities,
//! strengths, signals and at least one "start here" idea that fits what troubled them.

use super::person::*;
use super::*;

/// Always on: the work phone never goes off and work spills into evenings and family life.
#[test]
fn always_on_starts_with_asking_for_cover_and_guarding_recovery_time() {
    let p = Person::new(Length::Full)
        .lived(Theme::Boundaries, Frequency::Rarely)
        .says("bou_phone", Frequency::Always)
        .says("bou_spill", Frequency::Always)
        .lived(Theme::Recovery, Frequency::Sometimes)
        .lived(Theme::Intensity, Frequency::Sometimes);
    assert_complete(&p);
    let o = p.outcome();
    assert_eq!(o.scores.band(Theme::Boundaries), Some(Band::NeedsCare));
    assert_eq!(
        o.priorities,
        vec![Theme::Boundaries, Theme::Recovery, Theme::Intensity]
    );
    // Needs care: first an ask of the workplace, for the answer that weighs most; then each
    // priority its own idea. The pattern of work crowding out recovery fires (both parts are
    // among her lowest) but never takes the third priority's place.
    assert_eq!(picks(&o), vec!["bou_cover", "rec_protect", "int_reset"]);
    assert_eq!(
        reasons(&o),
        vec![
            Reason::Answer {
                question: "bou_spill",
                answer: Frequency::Always
            },
            Reason::Priority(Theme::Recovery),
            Reason::Priority(Theme::Intensity),
        ]
    );
    assert!(o.signals.is_empty());
    assert!(
        o.strengths.contains(&Theme::Support),
        "what still holds is named: {:?}",
        o.strengths
    );
}

/// Grieving: a client died of an overdose, and the worker keeps asking what they should have done.
#[test]
fn grieving_and_blaming_self_hears_kindness_a_debrief_and_room_to_grieve() {
    let p = Person::new(Length::Full)
        .lived(Theme::Outcomes, Frequency::Rarely)
        .says("out_replay", Frequency::Always)
        .says("out_blame", Frequency::Always)
        .lived(Theme::Intensity, Frequency::Sometimes)
        .says("int_grief", Frequency::Always)
        .lived(Theme::Support, Frequency::Sometimes)
        .says("sup_debrief", Frequency::Never);
    assert_complete(&p);
    let o = p.outcome();
    assert_eq!(o.priorities[0], Theme::Outcomes);
    assert_eq!(o.scores.band(Theme::Outcomes), Some(Band::NeedsCare));
    // Both parts hold six questions, one of them at the far end: level, and the tie goes to
    // carrying the weight.
    assert_eq!(
        o.scores.level(Theme::Support),
        o.scores.level(Theme::Intensity)
    );
    assert_eq!(&o.priorities[1..], &[Theme::Intensity, Theme::Support]);
    // Self-blame is answered with kindness, the grief with room to grieve, the missing debrief
    // with a debrief: each for the person's own answer.
    assert_eq!(
        picks(&o),
        vec!["out_kind_voice", "int_grieve", "sup_debrief"]
    );
    assert_eq!(
        o.start_here[0].reason,
        Reason::Answer {
            question: "out_blame",
            answer: Frequency::Always
        }
    );
    assert_eq!(
        o.start_here[1].reason,
        Reason::Answer {
            question: "int_grief",
            answer: Frequency::Always
        }
    );
    assert!(o.strengths.contains(&Theme::Recovery));
    assert!(o.signals.is_empty());
}

/// Helping as recovery: the work feels deeply meaningful, and it has quietly replaced their own
/// meetings and sponsor.
#[test]
fn helping_as_own_recovery_puts_own_recovery_first() {
    let p = Person::new(Length::Full)
        .lived(Theme::Meaning, Frequency::Always)
        .lived(Theme::Recovery, Frequency::Rarely)
        .says("rec_work_as_recovery", Frequency::Always)
        // Work took the place of her meetings; the people she supports did not keep her away.
        .says("rec_meetings", Frequency::Never)
        .lived(Theme::Intensity, Frequency::Sometimes);
    assert_complete(&p);
    let o = p.outcome();
    assert_eq!(o.priorities, vec![Theme::Recovery, Theme::Intensity]);
    assert_eq!(o.strengths[0], Theme::Meaning);
    assert_eq!(picks(&o), vec!["rec_not_work", "int_reset", "rec_today"]);
    assert_eq!(
        o.start_here[0].reason,
        Reason::Answer {
            question: "rec_work_as_recovery",
            answer: Frequency::Always
        }
    );
}

/// Undervalued: staff who are not peers look down on the role, and there is no peer supervision.
#[test]
fn undervalued_without_peer_supervision_records_it_and_asks_for_supervision() {
    let p = Person::new(Length::Full)
        .lived(Theme::Workplace, Frequency::Rarely)
        .says("wor_looked_down", Frequency::Always)
        .lived(Theme::Support, Frequency::Sometimes)
        .says("sup_supervision", Frequency::Never);
    assert_complete(&p);
    let o = p.outcome();
    assert_eq!(o.priorities, vec![Theme::Workplace, Theme::Support]);
    // Needs care at work: keep a record to raise it; and the missing peer supervision is asked for.
    assert_eq!(
        picks(&o),
        vec!["wor_record", "sup_supervision", "sup_peer_network"]
    );
    assert_eq!(
        o.start_here[2].reason,
        Reason::Pattern("undervalued_and_alone")
    );
    assert!(o.signals.is_empty());
}

/// Steady: doing well everywhere, with strong support and meaning.
#[test]
fn steady_everywhere_names_strengths_and_offers_ways_to_keep_it_so() {
    let p = Person::new(Length::Full)
        .lived(Theme::Support, Frequency::Always)
        .lived(Theme::Meaning, Frequency::Always);
    assert_complete(&p);
    let o = p.outcome();
    assert!(o.priorities.is_empty());
    assert_eq!(
        o.strengths,
        vec![Theme::Support, Theme::Meaning, Theme::Recovery]
    );
    assert_eq!(picks(&o), vec!["rec_keep", "awa_keep", "int_keep"]);
    assert!(o
        .start_here
        .iter()
        .all(|p| matches!(p.reason, Reason::KeepSteady(_))));
    assert!(o.signals.is_empty());
    assert_eq!(o.scores.cup.map(Level::rounded), Some(81));
}

/// Safe on paper: every theme steady, but one quiet answer about not wanting to be alive.
#[test]
fn a_safety_answer_raises_a_signal_even_when_every_theme_is_steady() {
    let steady = Person::new(Length::Full);
    assert!(steady.outcome().signals.is_empty());

    let o = Person::new(Length::Full)
        .says("saf_alive", Frequency::Rarely)
        .outcome();
    assert!(o.priorities.is_empty(), "every theme is steady");
    assert_eq!(o.signals, vec![SafetySignal::AcuteDistress]);

    let o = Person::new(Length::Full)
        .says("saf_urges", Frequency::Often)
        .says("saf_withdraw", Frequency::Always)
        .outcome();
    assert_eq!(o.signals, vec![SafetySignal::RelapseRisk]);

    let o = Person::new(Length::Full)
        .says("saf_hopeless", Frequency::Often)
        .says("saf_urges", Frequency::Often)
        .outcome();
    assert_eq!(
        o.signals,
        vec![SafetySignal::AcuteDistress, SafetySignal::RelapseRisk]
    );

    // One "Sometimes" on urges in a good month is not yet a signal; skipping never is.
    let mut p = Person::new(Length::Full)
        .says("saf_urges", Frequency::Sometimes)
        .says("saf_hopeless", Frequency::Rarely);
    p.answers.set("saf_alive", Response::Skip);
    p.answers.set("saf_used", Response::Skip);
    assert!(p.outcome().signals.is_empty());
}

/// A hard month everywhere: own recovery comes first, then talking hard events through.
#[test]
fn a_hard_month_everywhere_starts_with_own_recovery() {
    let mut p = Person::new(Length::Full);
    for theme in Theme::PAGE_ORDER {
        p = p.lived(theme, Frequency::Rarely);
    }
    let o = p.outcome();
    assert_eq!(
        o.priorities,
        Theme::TIE_ORDER[..3].to_vec(),
        "three, not all eight"
    );
    assert_eq!(o.also_watching.len(), 5);
    assert!(o.strengths.is_empty(), "no strength is invented");
    assert!(o.start_here.iter().all(|r| !r.suggestion.keeps_steady()));
    assert_eq!(o.start_here.len(), 3);
}

/// A quick pulse between full check-ins: drained, with no one to talk to, and feeling hopeless.
#[test]
fn quick_pulse_scores_one_answer_per_theme_and_still_raises_signals() {
    let p = Person::new(Length::Pulse)
        .says("int_drained", Frequency::Often)
        .says("sup_talk", Frequency::Rarely)
        .says("saf_hopeless", Frequency::Often);
    assert_eq!(
        p.answers.len(),
        8 + bank::SAFETY_QUESTIONS.len(),
        "only pulse questions answered"
    );
    let o = p.outcome();
    assert_eq!(o.length, Length::Pulse);
    assert!(o
        .scores
        .themes
        .iter()
        .all(|t| t.asked == 1 && t.answered == 1));
    assert_eq!(o.priorities, vec![Theme::Intensity, Theme::Support]);
    // Distress first brings one person to tell today; the two lowest parts follow.
    assert_eq!(picks(&o), vec!["sup_reach_today", "int_load", "sup_talk"]);
    assert_eq!(o.signals, vec![SafetySignal::AcuteDistress]);
}

/// Seeing people do what he used to do stirs up his past; early in the job the phone never stops;
/// colleagues who check on each other hold him up (the main study's sixth participant).
#[test]
fn triggered_by_the_work_plans_for_the_trigger() {
    let p = Person::new(Length::Full)
        .lived(Theme::Intensity, Frequency::Sometimes)
        .says("int_past", Frequency::Always)
        .lived(Theme::Boundaries, Frequency::Sometimes)
        .says("bou_phone", Frequency::Often)
        .lived(Theme::Support, Frequency::Always);
    assert_complete(&p);
    let o = p.outcome();
    assert_eq!(o.priorities, vec![Theme::Intensity, Theme::Boundaries]);
    assert_eq!(o.strengths[0], Theme::Support);
    assert!(
        has_pick_for(&o, "int_way_back", "int_past"),
        "{:?}",
        picks(&o)
    );
    assert!(
        has_pick_for(&o, "bou_phone_hours", "bou_phone"),
        "{:?}",
        picks(&o)
    );
    assert!(o.signals.is_empty());
}

/// A steady month, strict about his own recovery, but the first time he drove a client somewhere it
/// felt unsafe (the main study's first participant). One answer must not vanish in the average.
#[test]
fn one_unsafe_drive_stands_out_in_a_steady_month_and_leads() {
    let p = thriving(Length::Full).says("wor_unsafe", Frequency::Always);
    let o = p.outcome();
    assert_eq!(o.scores.band(Theme::Workplace), Some(Band::Steady));
    assert!(o.priorities.is_empty());
    assert_eq!(o.standing_out.len(), 1);
    assert_eq!(o.standing_out[0].question.id, "wor_unsafe");
    assert_eq!(picks(&o)[0], "wor_unsafe");
    assert_eq!(
        o.start_here[0].reason,
        Reason::Answer {
            question: "wor_unsafe",
            answer: Frequency::Always
        }
    );
    assert!(o.signals.is_empty());
}

/// A client died of an overdose; otherwise a good month (the main study's second and fourth
/// participants: losses stay painful even when expected).
#[test]
fn grief_after_an_overdose_in_a_good_month_is_named_and_answered() {
    let o = thriving(Length::Full)
        .says("int_grief", Frequency::Always)
        .outcome();
    assert_eq!(o.scores.cup.map(Level::band), Some(Band::Steady));
    assert_eq!(o.standing_out[0].question.id, "int_grief");
    assert_eq!(picks(&o)[0], "int_grieve");
}

/// Child welfare and housing keep failing the families she supports, and she wonders if her work
/// matters; firm limits protect her family time (the main study's eighth participant).
#[test]
fn failing_systems_and_doubt_name_the_system_and_look_back() {
    let p = Person::new(Length::Full)
        .lived(Theme::Intensity, Frequency::Sometimes)
        .says("int_systems", Frequency::Always)
        .lived(Theme::Meaning, Frequency::Sometimes)
        .says("mea_doubt", Frequency::Often)
        .lived(Theme::Boundaries, Frequency::Always);
    let o = p.outcome();
    assert_eq!(o.priorities, vec![Theme::Intensity, Theme::Meaning]);
    assert_eq!(o.strengths[0], Theme::Boundaries);
    assert!(
        has_pick_for(&o, "int_system_gap", "int_systems"),
        "{:?}",
        picks(&o)
    );
    assert!(
        has_pick_for(&o, "mea_story", "mea_doubt"),
        "{:?}",
        picks(&o)
    );
}

/// Late-night crises with grieving families; needs days to let a week go; prayer, short breaks and
/// small wins keep him going (the main study's ninth participant).
#[test]
fn days_to_decompress_plan_time_to_unwind() {
    let p = Person::new(Length::Full)
        .lived(Theme::Recovery, Frequency::Sometimes)
        .lived(Theme::Boundaries, Frequency::Always)
        .says("bou_switch_off", Frequency::Never)
        .lived(Theme::Intensity, Frequency::Sometimes)
        .says("int_drained", Frequency::Often)
        .lived(Theme::Meaning, Frequency::Always);
    let o = p.outcome();
    // Drained after work, he is lowest in carrying the weight; his own recovery comes next.
    assert_eq!(o.priorities, vec![Theme::Intensity, Theme::Recovery]);
    assert_eq!(o.strengths[0], Theme::Meaning);
    assert!(
        has_pick_for(&o, "bou_home", "bou_switch_off"),
        "{:?}",
        picks(&o)
    );
    assert!(
        has_pick_for(&o, "int_reset", "int_drained"),
        "{:?}",
        picks(&o)
    );
}

/// Comes home empty and short with family, and people take advantage of his yes; he keeps his own
/// recovery apart from work (the main study's fifth participant).
#[test]
fn drained_at_home_and_saying_yes_practises_a_kind_no() {
    let p = Person::new(Length::Full)
        .lived(Theme::Boundaries, Frequency::Rarely)
        .says("bou_yes", Frequency::Always)
        .lived(Theme::Intensity, Frequency::Sometimes)
        .says("int_drained", Frequency::Often)
        .says("rec_work_as_recovery", Frequency::Never);
    let o = p.outcome();
    assert_eq!(o.priorities, vec![Theme::Boundaries, Theme::Intensity]);
    assert!(o.strengths.contains(&Theme::Recovery));
    assert!(
        has_pick_for(&o, "bou_cover", "bou_yes") || picks(&o).contains(&"bou_no"),
        "{:?}",
        picks(&o)
    );
}

/// Worn out and powerless, not always sure how well she really is, and keeping a brave face at
/// work; a wide circle of women in recovery and letting go of outcomes protect her (the main
/// study's third participant).
#[test]
fn a_brave_face_at_work_is_offered_someone_in_recovery_to_be_honest_with() {
    let p = Person::new(Length::Full)
        .lived(Theme::Awareness, Frequency::Sometimes)
        .says("rec_front", Frequency::Always)
        .says("awa_honest", Frequency::Rarely)
        .lived(Theme::Intensity, Frequency::Sometimes)
        .says("int_drained", Frequency::Always)
        .lived(Theme::Support, Frequency::Always)
        .lived(Theme::Outcomes, Frequency::Always);
    let o = p.outcome();
    // Keeping up a front strains her own recovery; she is not judged as unaware for it.
    assert_eq!(
        o.priorities,
        vec![Theme::Intensity, Theme::Awareness, Theme::Recovery]
    );
    assert!(o.strengths.contains(&Theme::Support));
    // The front she keeps up is answered by a place where she need not keep it up, not by
    // asking how she seems.
    assert!(has_pick_for(&o, "rec_tell", "rec_front"), "{:?}", picks(&o));
    assert!(o.signals.is_empty());
}

/// New in the role and never sure what the job includes (the main study notes that many peer
/// workers come with no earlier work experience and need a plan for training from the start).
/// An answer at the far end gets the idea written for it: the role in writing, not explaining
/// peer work to a colleague.
#[test]
fn a_role_always_unclear_is_answered_by_asking_for_it_in_writing() {
    let p = thriving(Length::Full)
        .lived(Theme::Workplace, Frequency::Sometimes)
        .says("wor_unclear", Frequency::Always);
    let o = p.outcome();
    assert!(
        has_pick_for(&o, "wor_role_clear", "wor_unclear"),
        "{:?}",
        picks(&o)
    );
    assert!(!has_pick_for(&o, "wor_explain", "wor_unclear"));
    // "Often" too: someone unsure what their job includes is never asked to explain it to others.
    let p = thriving(Length::Full)
        .lived(Theme::Workplace, Frequency::Sometimes)
        .says("wor_unclear", Frequency::Often);
    let o = p.outcome();
    assert!(
        has_pick_for(&o, "wor_role_clear", "wor_unclear"),
        "{:?}",
        picks(&o)
    );
    // Being looked down on "Often" finds an ally on the team.
    let p = thriving(Length::Full)
        .lived(Theme::Workplace, Frequency::Sometimes)
        .says("wor_looked_down", Frequency::Often);
    let o = p.outcome();
    assert!(
        has_pick_for(&o, "wor_ally", "wor_looked_down"),
        "{:?}",
        picks(&o)
    );
}

/// Good news no longer lands: a step forward by someone she supports leaves her flat, a sign of
/// running on empty (the main study: a worker can only give what they have). She is not told to
/// enjoy it.
#[test]
fn good_news_that_leaves_her_flat_is_taken_as_a_sign_of_running_low() {
    let p = thriving(Length::Full)
        .lived(Theme::Meaning, Frequency::Sometimes)
        .says("mea_progress", Frequency::Never);
    let o = p.outcome();
    assert!(
        has_pick_for(&o, "mea_flat", "mea_progress"),
        "{:?}",
        picks(&o)
    );
    assert!(!has_pick_for(&o, "mea_small_wins", "mea_progress"));
    // "Rarely" is answered more gently.
    let p = thriving(Length::Full)
        .lived(Theme::Meaning, Frequency::Sometimes)
        .says("mea_progress", Frequency::Rarely);
    let o = p.outcome();
    assert!(
        !has_pick_for(&o, "mea_flat", "mea_progress"),
        "{:?}",
        picks(&o)
    );
    assert!(
        has_pick_for(&o, "mea_pay_forward", "mea_progress")
            || has_pick_for(&o, "mea_small_wins", "mea_progress")
    );
}

/// Anchored by faith, peers and the meaning of their own story, with service as part of healing
/// (the Malaysian study's themes; it reports no individual troubles, so the worry about pay here
/// is ours, for the test).
#[test]
fn anchored_in_faith_and_service_counts_helping_as_healing_for_them() {
    let p = Person::new(Length::Full)
        .lived(Theme::Meaning, Frequency::Always)
        .lived(Theme::Recovery, Frequency::Always)
        .lived(Theme::Workplace, Frequency::Always)
        .says("mea_healing", Frequency::Always)
        .says("wor_money", Frequency::Always);
    let o = p.outcome();
    assert!(o.priorities.is_empty());
    assert_eq!(
        o.strengths[0],
        Theme::Recovery,
        "own recovery first among equals"
    );
    assert!(o.strengths.contains(&Theme::Meaning));
    assert_eq!(
        o.scores.level(Theme::Meaning).map(Level::rounded),
        Some(100),
        "helping as healing counts for them"
    );
    assert_eq!(o.standing_out[0].question.id, "wor_money");
    assert!(
        has_pick_for(&o, "wor_money", "wor_money"),
        "{:?}",
        picks(&o)
    );
}

/// Urges and pulling away both "Sometimes": no single answer is a signal, together they are,
/// whether or not own recovery looks low (effort can be highest right after a lapse); one of them
/// builds it only while own recovery needs care.
#[test]
fn relapse_risk_builds_over_moderate_answers() {
    let p = Person::new(Length::Full)
        .lived(Theme::Recovery, Frequency::Rarely)
        .says("saf_urges", Frequency::Sometimes)
        .says("saf_withdraw", Frequency::Sometimes);
    let o = p.outcome();
    assert_eq!(o.scores.band(Theme::Recovery), Some(Band::NeedsCare));
    assert_eq!(o.signals, vec![SafetySignal::RelapseRisk]);
    assert_eq!(o.priorities, vec![Theme::Recovery]);
    assert_eq!(o.start_here[0].suggestion.theme, Theme::Recovery);
    let busy_with_recovery = Person::new(Length::Full)
        .lived(Theme::Recovery, Frequency::Always)
        .says("saf_urges", Frequency::Sometimes)
        .says("saf_withdraw", Frequency::Sometimes)
        .outcome();
    assert_eq!(busy_with_recovery.signals, vec![SafetySignal::RelapseRisk]);
    assert_eq!(
        busy_with_recovery.start_here[0].suggestion.id, "rec_today",
        "own recovery first, even with every part steady"
    );
    let one = Person::new(Length::Full)
        .says("saf_urges", Frequency::Sometimes)
        .outcome();
    assert!(
        one.signals.is_empty(),
        "one moderate answer, recovery holding"
    );
    let one_low = Person::new(Length::Full)
        .lived(Theme::Recovery, Frequency::Rarely)
        .says("saf_urges", Frequency::Sometimes)
        .outcome();
    assert_eq!(one_low.signals, vec![SafetySignal::RelapseRisk]);
}

/// "Sometimes" to everything: every theme worth watching. Three priorities, the rest watched, no
/// strength invented, and no idea for keeping steady.
#[test]
fn sometimes_to_everything() {
    let mut p = Person::new(Length::Full);
    for q in bank::QUESTIONS {
        p = p.says(q.id, Frequency::Sometimes);
    }
    let o = p.outcome();
    assert!(o
        .scores
        .themes
        .iter()
        .all(|t| t.level.map(Level::band) == Some(Band::Watch)));
    assert_eq!(
        o.priorities,
        vec![Theme::Recovery, Theme::Awareness, Theme::Intensity]
    );
    assert_eq!(o.also_watching.len(), 5);
    assert!(o.strengths.is_empty());
    assert!(o.standing_out.is_empty());
    // No single answer weighs: an idea for each of the three lowest themes. Support is not
    // among them, so "heavy work with thin support" is never said.
    assert_eq!(
        picks(&o),
        vec!["rec_protect", "awa_permission", "int_reset"]
    );
    assert_eq!(
        reasons(&o),
        vec![
            Reason::Priority(Theme::Recovery),
            Reason::Priority(Theme::Awareness),
            Reason::Priority(Theme::Intensity),
        ]
    );
}

/// New to the job: crises at all hours, hardly ever off, and no experienced peer to ask, so she is
/// working the job out alone (the main study: "hard early on"; experienced workers' advice to
/// newer peers). Unsure what the role includes, she is never told to explain it to others.
#[test]
fn new_to_the_role_learns_from_an_experienced_peer_and_guards_her_sleep() {
    let p = thriving(Length::Full)
        .lived(Theme::Support, Frequency::Often)
        .says("sup_learning", Frequency::Always)
        .lived(Theme::Boundaries, Frequency::Sometimes)
        .says("bou_sleep", Frequency::Often)
        .lived(Theme::Workplace, Frequency::Often)
        .says("wor_unclear", Frequency::Often);
    assert_complete(&p);
    let o = p.outcome();
    assert_eq!(o.priorities[0], Theme::Boundaries);
    assert!(
        has_pick_for(&o, "sup_mentor", "sup_learning"),
        "{:?}",
        picks(&o)
    );
    assert!(
        has_pick_for(&o, "bou_sleep", "bou_sleep"),
        "{:?}",
        picks(&o)
    );
    assert!(!picks(&o).contains(&"wor_explain"), "{:?}", picks(&o));
    assert!(o.signals.is_empty());
}

/// Her story is her tool at work, but she keeps part of herself for her children, and telling it
/// again and again has begun to cost more than she wants to give (the main study's workers on
/// what they share and what they keep back).
#[test]
fn worn_out_by_telling_her_story_decides_how_much_to_share() {
    let o = thriving(Length::Full)
        .lived(Theme::Intensity, Frequency::Often)
        .says("int_story", Frequency::Always)
        .outcome();
    assert_eq!(o.priorities, vec![Theme::Intensity]);
    assert_eq!(picks(&o)[0], "int_story_share");
}

/// People he supports go to his own meetings, and sitting there without feeling crowded by work
/// has become so hard that he stays away (the main study's ninth participant on his own meeting,
/// and the first on being seen at meetings).
#[test]
fn staying_away_from_his_own_meetings_finds_one_that_is_his() {
    let p = thriving(Length::Full)
        .lived(Theme::Recovery, Frequency::Sometimes)
        .says("rec_meetings", Frequency::Often);
    let o = p.outcome();
    assert_eq!(o.priorities[0], Theme::Recovery);
    assert_eq!(picks(&o)[0], "rec_own_meeting");
    assert_eq!(
        o.start_here[0].reason,
        Reason::Answer {
            question: "rec_meetings",
            answer: Frequency::Often
        }
    );
}

/// Paid too little to cover the bills and with no way up, he stays for the people he sees recover,
/// not the salary (the Israeli study: low pay and few career incentives). Money and the next step
/// each get their own idea.
#[test]
fn low_pay_and_no_way_up_get_two_different_ideas() {
    let p = thriving(Length::Full)
        .lived(Theme::Workplace, Frequency::Sometimes)
        .says("wor_money", Frequency::Always)
        .says("wor_ladder", Frequency::Often);
    let o = p.outcome();
    assert_eq!(o.priorities, vec![Theme::Workplace]);
    assert!(
        has_pick_for(&o, "wor_money", "wor_money"),
        "{:?}",
        picks(&o)
    );
    assert!(
        has_pick_for(&o, "wor_next_step", "wor_ladder"),
        "{:?}",
        picks(&o)
    );
}

/// Once in prison himself, he now teaches inside one; going through the gates brings his own past
/// close (the Israeli study's workers with histories of prison and trauma, working in prisons).
#[test]
fn work_inside_a_prison_that_stirs_his_past_plans_a_way_back() {
    let o = thriving(Length::Full)
        .lived(Theme::Intensity, Frequency::Often)
        .says("int_past", Frequency::Always)
        .outcome();
    assert_eq!(o.priorities, vec![Theme::Intensity]);
    assert_eq!(picks(&o)[0], "int_way_back");
    assert!(o.signals.is_empty());
}

/// He misses his own meetings "Often" because the people he supports go there, and has urges
/// "Sometimes": together they are a relapse risk, though neither raises one alone (a clinician's
/// review: missing one's meetings is pulling away from one's supports).
#[test]
fn missing_his_own_meetings_with_urges_builds_relapse_risk() {
    let base = thriving(Length::Full)
        .lived(Theme::Recovery, Frequency::Often)
        .says("saf_urges", Frequency::Sometimes);
    assert!(base.outcome().signals.is_empty(), "urges sometimes alone");
    let sometimes = base.clone().says("rec_meetings", Frequency::Sometimes);
    assert!(
        sometimes.outcome().signals.is_empty(),
        "missing meetings sometimes does not count"
    );
    let o = base
        .clone()
        .says("rec_meetings", Frequency::Often)
        .outcome();
    assert_eq!(o.signals, vec![SafetySignal::RelapseRisk]);
    assert_eq!(picks(&o)[0], "rec_today");
    // Alone, "Often" names the meeting and gives it its own idea, with no signal.
    let o = thriving(Length::Full)
        .lived(Theme::Recovery, Frequency::Often)
        .says("rec_meetings", Frequency::Often)
        .outcome();
    assert!(o.signals.is_empty());
    assert!(
        has_pick_for(&o, "rec_own_meeting", "rec_meetings"),
        "{:?}",
        picks(&o)
    );
    // With hopelessness "Sometimes" and running empty, it is one of the two kinds of heavy answer
    // that build distress.
    let o = thriving(Length::Full)
        .says("saf_hopeless", Frequency::Sometimes)
        .says("int_drained", Frequency::Often)
        .says("rec_meetings", Frequency::Often)
        .outcome();
    assert_eq!(o.signals, vec![SafetySignal::AcuteDistress]);
}
