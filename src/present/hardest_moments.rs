//! Tests of the hardest moments, from the answers to what the results say: a lapse, relapse risk
//! and distress that build over moderate answers, support offered gently, and answer sets at the
//! edges (everything "Sometimes", everything "Always", only the safety questions, a sparse
//! answerer). Each checks the signals, the first "start here" idea, and that no sentence on the
//! results is false for the answers given ([`false_sentences`]), in every language.

use crate::assessment::suggestion::Weight;
use crate::assessment::{
    bank, evaluate, questions_for, Answers, Band, Frequency, Kind, Length, Outcome, Reason,
    Response, SafetySignal, Theme,
};
use crate::content::{Lang, Locale};

use super::results::{ideas_by_theme, results, ResultsView};

use Frequency::{Always, Never, Often, Rarely, Sometimes};
use SafetySignal::{AcuteDistress, RelapseRisk};

/// Answers that report `health` on `theme`'s questions (how often its healthy side was true).
fn lived(answers: &mut Answers, length: Length, theme: Theme, health: Frequency) {
    for q in questions_for(theme, length) {
        let mirrored = (q.theme.kind() == Kind::Strain) != q.reverse;
        let i = Frequency::ALL
            .iter()
            .position(|f| *f == health)
            .unwrap_or(2);
        let f = if mirrored {
            Frequency::ALL[Frequency::ALL.len() - 1 - i]
        } else {
            health
        };
        answers.set(q.id, Response::from(f));
    }
}

/// A steady month ("Often" healthy everywhere) with every safety question answered "Never".
fn steady_month(length: Length) -> Answers {
    let mut a = Answers::new();
    for t in Theme::PAGE_ORDER {
        lived(&mut a, length, t, Often);
    }
    for q in bank::SAFETY_QUESTIONS {
        a.set(q.id, Response::from(Never));
    }
    a
}

fn with(mut a: Answers, pairs: &[(&str, Frequency)]) -> Answers {
    for &(id, f) in pairs {
        a.set(id, Response::from(f));
    }
    a
}

/// Every sentence on the results that is false for `outcome`, in `locale`'s words.
fn false_sentences(locale: &Locale, outcome: &Outcome, view: &ResultsView) -> Vec<String> {
    let ui = locale.ui;
    let mut wrong = Vec::new();
    let no_levels = outcome.scores.scored_count() == 0;
    if outcome.distress() {
        if view.priorities_none == Some(ui.priorities_none) {
            wrong.push(format!(
                "reassurance under distress: {}",
                ui.priorities_none
            ));
        }
        if view.strengths_first {
            wrong.push("strengths come first under distress".into());
        }
        if let Some(r) = outcome
            .start_here
            .iter()
            .find(|r| matches!(r.reason, Reason::KeepSteady(_)))
        {
            wrong.push(format!(
                "a keep-it-steady idea under distress: {}",
                r.suggestion.id
            ));
        }
        if !outcome
            .start_here
            .iter()
            .any(|r| r.suggestion.id == bank::SIGNAL_IDEAS.distress)
        {
            wrong.push("distress, and no idea to tell one person today".into());
        }
        if view.cup_note.is_none() {
            wrong.push("a cup level under distress without saying it is not how they feel".into());
        }
    }
    // No reassurance about one's own recovery under relapse risk, nor any after using again.
    if outcome.signals.contains(&RelapseRisk) {
        if outcome.strengths.contains(&Theme::Recovery) {
            wrong.push("own recovery named a strength under relapse risk".into());
        }
        if let Some(r) = outcome
            .start_here
            .iter()
            .find(|r| r.reason == Reason::KeepSteady(Theme::Recovery))
        {
            wrong.push(format!("{} keeps own recovery steady", r.suggestion.id));
        }
        if outcome.start_here.first().map(|r| r.suggestion.theme) != Some(Theme::Recovery) {
            wrong.push("relapse risk, and the first idea is not for own recovery".into());
        }
    }
    if outcome.used_again {
        if let Some(r) = outcome
            .start_here
            .iter()
            .find(|r| matches!(r.reason, Reason::KeepSteady(_)))
        {
            wrong.push(format!(
                "a keep-it-steady idea after using again: {}",
                r.suggestion.id
            ));
        }
    }
    if no_levels {
        for (text, shown) in [
            (ui.priorities_none, view.priorities_none),
            (ui.strengths_none, view.strengths_none),
        ] {
            if shown == Some(text) {
                wrong.push(format!("without a level: {text}"));
            }
        }
    }
    // "Three small things" above fewer, or any count that is not the list's.
    let n = view.start_here.len();
    let intro_ok = match n {
        0 => view.start_here_intro == ui.start_here_none,
        _ => view.start_here_intro == locale.count(&ui.start_here_intro, n, &[]),
    };
    if !intro_ok {
        wrong.push(format!(
            "start here says {:?} above {n} ideas",
            view.start_here_intro
        ));
    }
    // No strength beside an answer at the far end of the scale in its part.
    for t in &outcome.strengths {
        if let Some(w) = outcome
            .weighing
            .iter()
            .find(|w| w.question.theme == *t && w.weight == Weight::Severe)
        {
            wrong.push(format!(
                "{t:?} named a strength beside {} answered {:?}",
                w.question.id, w.answer
            ));
        }
    }
    // Every answer that stands out has an idea, on start here or under its part.
    let by_theme = ideas_by_theme(outcome);
    for w in &outcome.standing_out {
        let answered = outcome.start_here.iter().any(|r| {
            r.suggestion.answers.contains(&w.question.id)
                || matches!(r.reason, Reason::Answer { question, .. } if question == w.question.id)
        }) || by_theme.iter().any(|(t, _, ids)| {
            *t == w.question.theme
                && ids.iter().any(|id| {
                    crate::assessment::suggestion(id)
                        .is_some_and(|s| s.answers.contains(&w.question.id))
                })
        });
        if !answered {
            wrong.push(format!("{} stands out with no idea", w.question.id));
        }
    }
    // Support: present exactly when a signal is raised or support is offered gently; the
    // return-to-use path only after a lapse, never "noticing it early".
    match &view.support {
        None if !outcome.signals.is_empty() || outcome.offer_support_gently => {
            wrong.push("a signal without support".into())
        }
        Some(_) if outcome.signals.is_empty() && !outcome.offer_support_gently => {
            wrong.push("support without a signal".into())
        }
        Some(s) => {
            if outcome.signals.is_empty() && s.paragraphs != [ui.support_gentle] {
                wrong.push("gentle support names a signal".into());
            }
            let lapse_path = s.paragraphs.contains(&ui.support_used_again);
            if lapse_path != outcome.used_again {
                wrong.push(format!("the return-to-use path shown: {lapse_path}"));
            }
            if outcome.used_again && s.paragraphs.contains(&ui.support_relapse) {
                wrong.push("a lapse met with the early-warning message".into());
            }
        }
        None => {}
    }
    wrong
}

/// Checks the outcome's signals and first idea's theme, and that no sentence is false, in every
/// language. Returns the outcome for further checks.
fn check(
    answers: &Answers,
    length: Length,
    signals: &[SafetySignal],
    first: Option<Theme>,
) -> Outcome {
    let o = evaluate(length, answers);
    assert_eq!(o.signals, signals, "signals");
    assert_eq!(
        o.start_here.first().map(|r| r.suggestion.theme),
        first,
        "first idea: {:?}",
        o.start_here.first().map(|r| r.suggestion.id)
    );
    for lang in Lang::ALL {
        let locale = lang.locale();
        let wrong = false_sentences(locale, &o, &results(locale, &o));
        assert!(wrong.is_empty(), "{lang:?}: {wrong:#?}");
    }
    o
}

#[test]
fn a_reported_lapse_in_a_steady_month_leads_with_going_back_to_treatment() {
    let a = with(steady_month(Length::Full), &[("saf_used", Rarely)]);
    let o = check(&a, Length::Full, &[RelapseRisk], Some(Theme::Recovery));
    assert!(o.used_again);
    assert_eq!(o.start_here[0].suggestion.id, "rec_return");
    assert_eq!(
        o.start_here[0].reason,
        Reason::Answer {
            question: "saf_used",
            answer: Rarely
        }
    );
    let v = results(Lang::En.locale(), &o);
    let support = v.support.expect("support");
    assert_eq!(support.steps.len(), 6, "the return-to-use path in full");
}

#[test]
fn both_relapse_questions_at_sometimes_raise_relapse_risk_however_full_recovery_looks() {
    let a = with(
        steady_month(Length::Full),
        &[("saf_urges", Sometimes), ("saf_withdraw", Sometimes)],
    );
    let o = check(&a, Length::Full, &[RelapseRisk], Some(Theme::Recovery));
    assert_eq!(o.scores.band(Theme::Recovery), Some(Band::Steady));
    assert!(!o.used_again);
    let v = results(Lang::En.locale(), &o);
    assert_eq!(
        v.support.map(|s| s.paragraphs),
        Some(vec![Lang::En.locale().ui.support_relapse])
    );
}

#[test]
fn sometimes_to_everything_raises_both_signals_and_reaches_a_person() {
    let mut a = Answers::new();
    for q in bank::QUESTIONS {
        a.set(q.id, Response::from(Sometimes));
    }
    for q in bank::SAFETY_QUESTIONS {
        a.set(q.id, Response::from(Sometimes));
    }
    let o = check(
        &a,
        Length::Full,
        &[AcuteDistress, RelapseRisk],
        Some(Theme::Recovery),
    );
    assert!(o.used_again, "using again, \"Sometimes\"");
    assert_eq!(o.start_here[0].suggestion.id, "rec_return");
}

#[test]
fn always_to_everything_reverse_worded_included() {
    let mut a = Answers::new();
    for q in bank::QUESTIONS {
        a.set(q.id, Response::from(Always));
    }
    for q in bank::SAFETY_QUESTIONS {
        a.set(q.id, Response::from(Always));
    }
    let o = check(
        &a,
        Length::Full,
        &[AcuteDistress, RelapseRisk],
        Some(Theme::Recovery),
    );
    assert_eq!(o.start_here.len(), 3);
}

#[test]
fn only_the_safety_questions_answered() {
    let mut a = Answers::new();
    for q in bank::SAFETY_QUESTIONS {
        a.set(q.id, Response::from(Never));
    }
    let o = check(&a, Length::Full, &[], None);
    assert!(o.start_here.is_empty());
    let v = results(Lang::En.locale(), &o);
    assert_eq!(v.start_here_intro, Lang::En.locale().ui.start_here_none);

    let a = with(a, &[("saf_alive", Rarely)]);
    let o = check(&a, Length::Full, &[AcuteDistress], Some(Theme::Support));
    assert_eq!(
        picks(&o),
        vec!["sup_reach_today"],
        "one idea, counted as one"
    );
}

#[test]
fn every_safety_question_skipped_with_own_recovery_at_its_lowest_offers_support_gently() {
    let mut a = steady_month(Length::Full);
    lived(&mut a, Length::Full, Theme::Recovery, Never);
    for q in bank::SAFETY_QUESTIONS {
        a.set(q.id, Response::Skip);
    }
    let o = check(&a, Length::Full, &[], Some(Theme::Recovery));
    assert!(o.offer_support_gently);
    let l = Lang::En.locale();
    let v = results(l, &o);
    let s = v.support.expect("support offered");
    assert_eq!(s.title, l.ui.support_gentle_title);
    assert_eq!(s.paragraphs, vec![l.ui.support_gentle], "no signal claimed");
    // With own recovery holding, skipping is simply skipping.
    let mut a = steady_month(Length::Full);
    for q in bank::SAFETY_QUESTIONS {
        a.set(q.id, Response::Skip);
    }
    let o = check(&a, Length::Full, &[], Some(Theme::Recovery));
    assert!(!o.offer_support_gently);
    assert_eq!(picks(&o)[0], "rec_keep");
}

#[test]
fn hopelessness_at_sometimes_with_isolation_and_exhaustion_builds_distress() {
    let a = with(
        steady_month(Length::Full),
        &[
            ("saf_hopeless", Sometimes),
            ("sup_alone", Often),
            ("int_drained", Often),
        ],
    );
    let o = check(&a, Length::Full, &[AcuteDistress], Some(Theme::Support));
    assert_eq!(o.start_here[0].suggestion.id, "sup_reach_today");
    assert_eq!(o.start_here[0].reason, Reason::Signal(AcuteDistress));
    // The same in a quick pulse, through its own questions.
    let a = with(
        steady_month(Length::Pulse),
        &[
            ("saf_hopeless", Sometimes),
            ("sup_talk", Rarely),
            ("int_drained", Often),
        ],
    );
    let o = check(&a, Length::Pulse, &[AcuteDistress], Some(Theme::Support));
    assert_eq!(picks(&o), vec!["sup_reach_today", "int_load", "sup_talk"]);
    // Hopelessness "Sometimes" with only one heavy kind of answer is not yet distress.
    let a = with(
        steady_month(Length::Full),
        &[("saf_hopeless", Sometimes), ("sup_alone", Often)],
    );
    check(&a, Length::Full, &[], Some(Theme::Support));
}

#[test]
fn thoughts_of_not_being_alive_in_a_steady_month_get_no_reassurance() {
    let a = with(steady_month(Length::Full), &[("saf_alive", Rarely)]);
    let o = check(&a, Length::Full, &[AcuteDistress], Some(Theme::Support));
    assert!(o.priorities.is_empty(), "every part steady");
    assert_eq!(o.start_here[0].suggestion.id, "sup_reach_today");
    assert!(o.start_here.iter().all(|r| !r.suggestion.keeps_steady()));
    for lang in Lang::ALL {
        let l = lang.locale();
        let v = results(l, &o);
        assert_eq!(v.priorities_none, Some(l.ui.priorities_none_distress));
        assert!(!v.strengths_first);
    }
}

#[test]
fn a_sparse_answerer_whose_answers_stand_out_in_a_part_with_no_level_still_gets_ideas() {
    // Two of six questions on the weight of the work, both at the far end: too few for a level.
    let a = with(
        Answers::new(),
        &[("int_grief", Always), ("int_systems", Always)],
    );
    let o = check(&a, Length::Full, &[], Some(Theme::Intensity));
    assert_eq!(o.scores.band(Theme::Intensity), None);
    assert_eq!(o.standing_out.len(), 2);
    let groups = ideas_by_theme(&o);
    assert!(groups.iter().any(|(t, band, ids)| *t == Theme::Intensity
        && band.is_none()
        && ids.contains(&"int_grieve")));
}

#[test]
fn a_steady_part_is_never_named_a_strength_beside_a_far_end_answer_in_it() {
    // Support steady overall, but felt alone with the hard parts "Always".
    let mut a = steady_month(Length::Full);
    lived(&mut a, Length::Full, Theme::Support, Always);
    let a = with(a, &[("sup_alone", Always)]);
    let o = check(&a, Length::Full, &[], Some(Theme::Support));
    assert_eq!(o.scores.band(Theme::Support), Some(Band::Steady));
    assert!(!o.strengths.contains(&Theme::Support));
}

#[test]
fn a_lapse_in_a_steady_month_names_no_recovery_strength_and_keeps_nothing_steady() {
    let a = with(steady_month(Length::Full), &[("saf_used", Rarely)]);
    let o = check(&a, Length::Full, &[RelapseRisk], Some(Theme::Recovery));
    assert!(!o.strengths.contains(&Theme::Recovery));
    assert!(o.start_here.iter().all(|r| !r.suggestion.keeps_steady()));
}

#[test]
fn urges_with_the_question_about_using_left_offer_the_return_to_use_path_closed() {
    let mut a = with(steady_month(Length::Full), &[("saf_urges", Often)]);
    a.set("saf_used", Response::Skip);
    let o = check(&a, Length::Full, &[RelapseRisk], Some(Theme::Recovery));
    assert_eq!(o.start_here[0].suggestion.id, "rec_today");
    let v = results(Lang::En.locale(), &o);
    let s = v.support.expect("support");
    assert!(s.lapse_path_closed && s.steps.is_empty());
    // Answered "Never": nothing about using again.
    let a = with(a, &[("saf_used", Never)]);
    let v = results(Lang::En.locale(), &evaluate(Length::Full, &a));
    assert!(!v.support.expect("support").lapse_path_closed);
}

#[test]
fn thoughts_of_not_being_alive_left_unanswered_beside_hopelessness_offer_support_gently() {
    let mut a = with(
        steady_month(Length::Full),
        &[("saf_hopeless", Sometimes), ("int_drained", Always)],
    );
    a.set("saf_alive", Response::Skip);
    let o = check(&a, Length::Full, &[], Some(Theme::Intensity));
    assert!(o.offer_support_gently);
}

#[test]
fn cravings_and_hopelessness_at_sometimes_raise_relapse_risk() {
    let a = with(
        steady_month(Length::Full),
        &[("saf_urges", Sometimes), ("saf_hopeless", Sometimes)],
    );
    check(&a, Length::Full, &[RelapseRisk], Some(Theme::Recovery));
}

#[test]
fn with_not_wanting_to_be_alive_and_a_lapse_the_message_names_both() {
    let a = with(
        steady_month(Length::Full),
        &[("saf_alive", Rarely), ("saf_used", Rarely)],
    );
    let o = check(
        &a,
        Length::Full,
        &[AcuteDistress, RelapseRisk],
        Some(Theme::Recovery),
    );
    assert_eq!(&picks(&o)[..2], ["rec_return", "sup_reach_today"]);
    let ui = Lang::En.locale().ui;
    let v = results(Lang::En.locale(), &o);
    assert_eq!(
        v.support.expect("support").paragraphs,
        vec![
            ui.support_alive,
            ui.support_distress,
            ui.support_distress_use,
            ui.support_used_again,
        ]
    );
}

#[test]
fn prefer_not_to_answer_never_raises_a_signal_whatever_else_is_answered() {
    for base in [Never, Rarely, Sometimes, Often, Always] {
        let mut a = Answers::new();
        for t in Theme::PAGE_ORDER {
            lived(&mut a, Length::Full, t, base);
        }
        for q in bank::SAFETY_QUESTIONS {
            a.set(q.id, Response::Skip);
        }
        assert!(evaluate(Length::Full, &a).signals.is_empty(), "{base:?}");
    }
}

fn picks(o: &Outcome) -> Vec<&'static str> {
    o.start_here.iter().map(|r| r.suggestion.id).collect()
}
