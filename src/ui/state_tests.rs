//! Tests of the app's reducer (`ui::state`).

use super::*;
use crate::assessment::{bank, Frequency, Theme};

fn started(length: Length) -> State {
    State::default().apply(Action::Start(length))
}

#[test]
fn the_frame_is_told_a_measured_height_only_where_nothing_answered_shows() {
    let mut s = State::default();
    assert_eq!(s.frame_height(), FrameHeight::Measured, "welcome");
    s = s.apply(Action::Start(Length::Pulse));
    assert_eq!(
        s.frame_height(),
        FrameHeight::Measured,
        "the pulse's questions"
    );
    s = s.apply(Action::Next);
    assert_eq!(s.current_page(), Some(Page::Safety));
    let fixed = FrameHeight::Fixed(FIXED_FRAME_HEIGHT);
    assert_eq!(s.frame_height(), fixed, "support can show beside an answer");
    // The same height whatever was answered.
    let answered = s.apply(Action::Answer(
        "saf_alive".into(),
        Response::Given(Frequency::Rarely),
    ));
    assert_eq!(answered.frame_height(), s.frame_height());
    s = s.apply(Action::Next);
    assert_eq!(s.screen, Screen::Results);
    assert_eq!(s.frame_height(), fixed);
    for screen in [Screen::Plan, Screen::History, Screen::Help] {
        assert_eq!(
            State {
                screen,
                ..s.clone()
            }
            .frame_height(),
            fixed,
            "{screen:?}"
        );
    }
    for screen in [
        Screen::Research,
        Screen::Privacy,
        Screen::Trainers,
        Screen::Paper,
        Screen::Guide,
    ] {
        assert_eq!(
            State {
                screen,
                ..s.clone()
            }
            .frame_height(),
            FrameHeight::Measured,
            "{screen:?}"
        );
    }
}

#[test]
fn a_country_chosen_lasts_through_a_new_check_in_and_a_bad_one_changes_nothing() {
    let s = State::default().apply(Action::ChooseCountry("in".into()));
    assert_eq!(s.country.as_deref(), Some("IN"));
    let s = s.apply(Action::ChooseCountry("India".into()));
    assert_eq!(s.country.as_deref(), Some("IN"), "not a code: ignored");
    let s = s.apply(Action::Start(Length::Pulse)).apply(Action::Restart);
    assert_eq!(s.country.as_deref(), Some("IN"));
    let s = s.apply(Action::ChooseCountry("other".into()));
    assert_eq!(s.country.as_deref(), Some("other"));
}

#[test]
fn full_has_a_page_per_theme_then_safety() {
    let s = pages(Length::Full);
    assert_eq!(s.len(), 9);
    assert_eq!(s[0], Page::Theme(Theme::Intensity));
    assert_eq!(s[8], Page::Safety);
    assert_eq!(pages(Length::Pulse), vec![Page::Pulse, Page::Safety]);
}

#[test]
fn next_walks_the_pages_then_finishes() {
    let mut s = started(Length::Pulse);
    assert_eq!(s.screen, Screen::Questions);
    s = s.apply(Action::Next);
    assert_eq!((s.page, s.finished), (1, false));
    s = s.apply(Action::Next);
    assert_eq!((s.screen, s.finished), (Screen::Results, true));
    assert_eq!(
        s.progress(),
        None,
        "a finished check-in is not kept in the session"
    );
}

#[test]
fn back_keeps_answers_and_leaves_from_the_first_page() {
    let q = bank::QUESTIONS[0].id;
    let mut s =
        started(Length::Full).apply(Action::Answer(q.into(), Response::Given(Frequency::Often)));
    s = s.apply(Action::Next).apply(Action::Back);
    assert_eq!(s.page, 0);
    assert_eq!(s.answers.get(q), Some(Response::Given(Frequency::Often)));
    s = s.apply(Action::Back);
    assert_eq!(s.screen, Screen::Welcome);
}

#[test]
fn unknown_question_ids_are_ignored() {
    let s = started(Length::Full).apply(Action::Answer(
        "made_up".into(),
        Response::Given(Frequency::Always),
    ));
    assert!(s.answers.is_empty());
}

#[test]
fn progress_is_offered_then_resumed_with_unknown_ids_dropped_and_page_clamped() {
    let q = bank::QUESTIONS[0].id;
    let answers: Answers = [
        (q, Response::Given(Frequency::Rarely)),
        ("gone", Response::Given(Frequency::Often)),
    ]
    .into_iter()
    .collect();
    let p = Progress {
        length: Length::Pulse,
        page: 99,
        answers,
    };
    let s = State::default().apply(Action::Offer(p));
    assert_eq!(
        s.screen,
        Screen::Welcome,
        "nothing is resumed without the person's choice"
    );
    let s = s.apply(Action::Resume);
    assert_eq!(
        (s.screen, s.length, s.page),
        (Screen::Questions, Length::Pulse, 1)
    );
    assert_eq!(s.answers.len(), 1);
    assert_eq!(s.progress().map(|p| p.answers), Some(s.answers.clone()));
}

#[test]
fn plan_is_reachable_only_after_finishing() {
    let s = started(Length::Pulse).apply(Action::ShowPlan);
    assert_eq!(s.screen, Screen::Questions);
    let s = s
        .apply(Action::Next)
        .apply(Action::Next)
        .apply(Action::ShowPlan);
    assert_eq!(s.screen, Screen::Plan);
    assert_eq!(s.apply(Action::ShowResults).screen, Screen::Results);
}

#[test]
fn a_fourth_plan_pick_sets_a_notice_and_the_next_action_clears_it() {
    let ids: Vec<&str> = bank::SUGGESTIONS.iter().map(|s| s.id).take(4).collect();
    let mut s = State::default();
    for id in &ids[..3] {
        s = s.apply(Action::TogglePlan((*id).into()));
    }
    s = s.apply(Action::TogglePlan(ids[3].into()));
    assert_eq!(s.plan_notice, Some(PlanError::Full));
    assert_eq!(s.plan.picks().len(), 3);
    s = s.apply(Action::SetNote("walk".into()));
    assert_eq!(s.plan_notice, None);
    assert_eq!(s.plan.note(), "walk");
    s = s.apply(Action::TogglePlan("no_such_idea".into()));
    assert_eq!(s.plan.picks().len(), 3);
}

#[test]
fn help_returns_to_where_the_person_was_even_via_another_page() {
    let s = started(Length::Full).apply(Action::Next);
    let s = s
        .apply(Action::Open(Screen::Help))
        .apply(Action::Open(Screen::Research));
    let s = s.apply(Action::Close);
    assert_eq!((s.screen, s.page), (Screen::Questions, 1));
}

#[test]
fn starting_afresh_is_a_new_check_in_or_starting_over_and_nothing_else() {
    assert!(Action::Start(Length::Pulse).starts_afresh());
    assert!(Action::Restart.starts_afresh());
    for other in [Action::Resume, Action::Next, Action::Back, Action::Close] {
        assert!(!other.starts_afresh(), "{other:?}");
    }
}

#[test]
fn restart_clears_the_check_in_but_keeps_the_language_and_history() {
    let q = bank::QUESTIONS[0].id;
    let s =
        started(Length::Full).apply(Action::Answer(q.into(), Response::Given(Frequency::Never)));
    let s = s.apply(Action::Restart);
    assert_eq!(s, State::default());
    let s = State::default()
        .apply(Action::HistoryFound(Loaded::unavailable()))
        .apply(Action::Restart);
    assert!(!s.storage_available);
}

#[test]
fn starting_or_resuming_a_check_in_keeps_the_saved_history() {
    let mut h = History::default();
    let record = crate::storage::history::CheckIn::record(
        1,
        crate::assessment::Date::new(2026, 11, 22).expect("day"),
        Length::Pulse,
        &Answers::new(),
        &crate::assessment::Plan::default(),
    );
    h.add(record).expect("room");
    let s = State::default().apply(Action::HistoryWritten(h.clone()));
    for next in [
        s.apply(Action::Start(Length::Full)),
        s.apply(Action::Restart),
        s.apply(Action::Offer(Progress {
            length: Length::Full,
            page: 0,
            answers: Answers::new(),
        }))
        .apply(Action::Resume),
    ] {
        assert_eq!(next.saved_history(), h);
    }
}

/// A history that holds this state's check-in, saved at `at`.
fn holding(s: &State, at: u64) -> History {
    let record = crate::storage::history::CheckIn::record(
        at,
        crate::assessment::Date::new(2026, 11, 22).expect("day"),
        s.length,
        &s.answers,
        &s.plan,
    );
    let mut h = History::default();
    h.add(record).expect("room");
    h
}

fn finished_pulse() -> State {
    started(Length::Pulse)
        .apply(Action::Next)
        .apply(Action::Next)
}

#[test]
fn a_hand_over_carries_everything_a_language_change_would_lose() {
    // A finished pulse, on the plan, with two picks and a note, saved, reading Help.
    let s = finished_pulse()
        .apply(Action::Answer("sup_talk".into(), Response::Skip))
        .apply(Action::ShowPlan)
        .apply(Action::TogglePlan("int_reset".into()))
        .apply(Action::SetNote("Ring Sam on Friday".into()))
        .apply(Action::Saved(42))
        .apply(Action::Open(Screen::Help));
    let other = State::default().apply(Action::Restore(Box::new(s.handover())));
    assert_eq!(other.screen, Screen::Help);
    assert_eq!(other.apply(Action::Close).screen, Screen::Plan);
    assert_eq!(other.answers, s.answers);
    assert_eq!(other.plan, s.plan);
    assert_eq!(other.saved_at, Some(42));
    assert_eq!(
        (other.length, other.page, other.finished),
        (Length::Pulse, 1, true)
    );
    assert_eq!(other.outcome(), s.outcome());

    // Half-way through the full check-in.
    let s = started(Length::Full)
        .apply(Action::Answer(
            "int_drained".into(),
            Response::Given(Frequency::Often),
        ))
        .apply(Action::Next)
        .apply(Action::Next);
    let other = State::default().apply(Action::Restore(Box::new(s.handover())));
    assert_eq!((other.screen, other.page), (Screen::Questions, 2));
    assert_eq!(other.answers, s.answers);
    assert_eq!(other.progress(), s.progress());
}

#[test]
fn a_hand_over_carries_no_check_in_when_none_is_under_way() {
    let waiting = Progress {
        length: Length::Full,
        page: 3,
        answers: started(Length::Full)
            .apply(Action::Answer("int_drained".into(), Response::Skip))
            .answers,
    };
    // On the welcome screen, offering a check-in to resume: the offer is the tab's, not ours.
    let offering = State::default().apply(Action::Offer(waiting));
    assert_eq!(offering.handover().progress, None);
    let other = State::default().apply(Action::Restore(Box::new(offering.handover())));
    assert_eq!((other.screen, other.finished), (Screen::Welcome, false));
    // Reading Help from the welcome screen: Help again, and nothing started.
    let help = State::default().apply(Action::Open(Screen::Help));
    assert_eq!(help.handover().progress, None);
    let other = State::default().apply(Action::Restore(Box::new(help.handover())));
    assert_eq!(other.screen, Screen::Help);
    assert_eq!(other.apply(Action::Close).screen, Screen::Welcome);
    // Reading Help in the middle of a check-in: the check-in comes along.
    let mid = started(Length::Pulse).apply(Action::Open(Screen::Help));
    assert!(mid.handover().progress.is_some());
    let other = State::default().apply(Action::Restore(Box::new(mid.handover())));
    assert_eq!(other.apply(Action::Close).screen, Screen::Questions);
}

#[test]
fn a_hand_over_that_does_not_fit_falls_back_to_where_the_check_in_stands() {
    let base = finished_pulse().handover();
    let restore = |h: Handover| State::default().apply(Action::Restore(Box::new(h)));
    let s = restore(Handover {
        screen: "nowhere".into(),
        ..base.clone()
    });
    assert_eq!(s.screen, Screen::Results, "an unknown screen: the results");
    let s = restore(Handover {
        screen: "plan".into(),
        finished: false,
        saved_at: Some(7),
        progress: base.progress.clone().map(|p| Progress { page: 99, ..p }),
        plan: Plan::from_parts(vec!["int_reset".into()], ""),
        ..base.clone()
    });
    assert_eq!(s.screen, Screen::Welcome, "no plan before the end");
    assert_eq!(s.page, 1, "the page is held to the check-in's last");
    assert_eq!(s.saved_at, None, "only a finished check-in is saved");
    assert_eq!(
        s.plan.picks(),
        ["int_reset".to_string()],
        "the plan is carried (a record whose plan this build cannot use is never read: \
         storage::handover)"
    );
    let s = restore(Handover {
        screen: "questions".into(),
        return_to: "help".into(),
        ..base
    });
    assert_eq!(s.screen, Screen::Results, "no questions after the end");
    assert_eq!(
        s.return_to,
        Screen::Results,
        "Back never leads to another information page"
    );
    for screen in Screen::ALL {
        assert_eq!(Screen::from_key(screen.key()), Some(screen));
    }
}

#[test]
fn saving_marks_only_a_finished_check_in_and_deleting_it_unmarks() {
    assert_eq!(
        started(Length::Pulse).apply(Action::Saved(7)).saved_at,
        None
    );
    let s = finished_pulse().apply(Action::Saved(7));
    assert_eq!(s.saved_at, Some(7));
    let s = s.apply(Action::HistoryWritten(holding(&s, 7)));
    assert_eq!(s.saved_history().len(), 1);
    assert_eq!(s.saved_at, Some(7));
    let s = s.apply(Action::HistoryWritten(History::default()));
    assert_eq!(
        (s.saved_at, &s.history),
        (None, &OnDevice::Nothing),
        "deleting all forgets the mark"
    );
}

#[test]
fn the_tab_title_follows_the_page_and_screen() {
    let title = |s: &State| crate::present::pages::title(s.lang.locale(), s.where_is());
    let s = started(Length::Full).apply(Action::Next);
    assert_eq!(title(&s), "Part 2 of 9 – Full Cup");
    let s = started(Length::Pulse).apply(Action::Next);
    assert_eq!(title(&s), "Part 2 of 2 – Full Cup");
    assert_eq!(
        title(&s.apply(Action::Open(Screen::Help))),
        "Get help now – Full Cup"
    );
    assert_eq!(
        title(&State::default()),
        "Full Cup – A private check-in for peer support workers"
    );
}

#[test]
fn a_change_in_another_tab_is_shown_and_forgets_a_mark_that_is_gone() {
    let s = finished_pulse().apply(Action::Saved(7));
    let s = s.apply(Action::HistoryWritten(holding(&s, 7)));
    assert_eq!(s.saved_at, Some(7));
    let elsewhere = Loaded {
        history: OnDevice::Nothing,
        set_aside: None,
        available: true,
    };
    let s = s.apply(Action::HistoryChangedElsewhere(elsewhere));
    assert!(s.history_changed_elsewhere);
    assert_eq!(
        s.saved_at, None,
        "deleted in the other tab: no longer saved"
    );
    assert_eq!(s.saved_history(), History::default());
    let s = s.apply(Action::HistoryWritten(History::default()));
    assert!(
        !s.history_changed_elsewhere,
        "this tab's own change clears the notice"
    );
}

#[test]
fn a_tab_that_cannot_keep_progress_is_told_once_on_that_page() {
    let s = started(Length::Full).apply(Action::Next);
    let s = s.apply(Action::ProgressNotKept);
    assert_eq!(s.progress_not_kept, Some(1));
    let s = s.apply(Action::Next).apply(Action::ProgressNotKept);
    assert_eq!(
        s.progress_not_kept,
        Some(1),
        "said once, where it was found"
    );
    assert_eq!(
        State::default()
            .apply(Action::ProgressNotKept)
            .progress_not_kept,
        None,
        "only while answering"
    );
}

#[test]
fn a_press_before_the_app_was_ready_is_carried_out() {
    let s = State::default();
    let started = s.apply(early_press("pulse").expect("a check-in"));
    assert_eq!(
        (started.screen, started.length),
        (Screen::Questions, Length::Pulse)
    );
    let started = s.apply(early_press("full").expect("a check-in"));
    assert_eq!(
        (started.screen, started.length),
        (Screen::Questions, Length::Full)
    );
    for (key, screen) in [
        ("help", Screen::Help),
        ("history", Screen::History),
        ("research", Screen::Research),
        ("privacy", Screen::Privacy),
    ] {
        assert_eq!(s.apply(early_press(key).expect(key)).screen, screen);
    }
    assert!(early_press("trainers").is_none() && early_press("").is_none());
}

#[test]
fn what_was_done_before_the_app_was_ready_is_carried_on_in_order() {
    use crate::settings::Settings;
    let answers = vec![
        ("int_drained".to_owned(), "often".to_owned()),
        ("int_pain".to_owned(), "nonsense".to_owned()),
        ("not_a_question".to_owned(), "never".to_owned()),
    ];
    let early = |start: Option<&str>, open: Option<&str>, next: bool| Early {
        start: start.map(str::to_owned),
        open: open.map(str::to_owned),
        answers: answers.clone(),
        next,
        lang: None,
    };
    let settings = Settings::default();
    let run = |actions: Vec<Action>| {
        actions
            .into_iter()
            .fold(State::default(), |s, a| s.apply(a))
    };
    let s = run(early_actions(
        early(Some("full"), None, true),
        &settings,
        false,
    ));
    assert_eq!(
        (s.screen, s.page),
        (Screen::Questions, 1),
        "started, answered, moved on"
    );
    assert_eq!(
        s.answers.get("int_drained"),
        Some(Response::Given(crate::assessment::Frequency::Often))
    );
    assert_eq!(
        s.answers.get("int_pain"),
        None,
        "an unknown answer is dropped"
    );
    assert_eq!(s.answers.get("not_a_question"), None);

    // Started, answered, then asked for help: help opens, and the answers are still there.
    let s = run(early_actions(
        early(Some("full"), Some("help"), false),
        &settings,
        false,
    ));
    assert_eq!((s.screen, s.return_to), (Screen::Help, Screen::Questions));
    assert!(s.answers.get("int_drained").is_some());

    // Only a page: no answers ride along.
    assert_eq!(
        early_actions(early(None, Some("help"), true), &settings, false),
        vec![Action::Open(Screen::Help)]
    );

    // The pulse turned off: the full check-in, with the answers kept.
    let mut off = Settings::default();
    off.modules.pulse = false;
    off.modules.history = false;
    let s = run(early_actions(
        early(Some("pulse"), None, false),
        &off,
        false,
    ));
    assert_eq!((s.screen, s.length), (Screen::Questions, Length::Full));
    assert!(s.answers.get("int_drained").is_some());
    assert!(early_actions(early(None, Some("history"), false), &off, false).is_empty());

    // A check-in saved in this tab is offered back, never started over.
    assert!(early_actions(early(Some("full"), None, true), &settings, true).is_empty());
    assert!(early_actions(Early::default(), &settings, false).is_empty());
}

#[test]
fn back_from_the_guide_or_paper_returns_to_for_trainers_then_to_where_the_person_was() {
    let s = State::default()
        .apply(Action::Start(Length::Full))
        .apply(Action::Open(Screen::Trainers))
        .apply(Action::Open(Screen::Guide));
    let s = s.apply(Action::Close);
    assert_eq!(s.screen, Screen::Trainers);
    let s = s.apply(Action::Open(Screen::Paper)).apply(Action::Close);
    assert_eq!(s.screen, Screen::Trainers);
    // The class pack belongs to For trainers too.
    let s = s.apply(Action::Open(Screen::Pack)).apply(Action::Close);
    assert_eq!(s.screen, Screen::Trainers);
    assert_eq!(s.apply(Action::Close).screen, Screen::Questions);
    // Class mode (a tab of its own, ?class=1): Get help now and Back return to the slides, never
    // to anything behind them; Back from the slides goes to the welcome.
    let s = State::default().apply(Action::Open(Screen::Class));
    let s = s.apply(Action::Open(Screen::Help)).apply(Action::Close);
    assert_eq!(s.screen, Screen::Class);
    let s = s.apply(Action::Open(Screen::Now)).apply(Action::Close);
    assert_eq!(s.screen, Screen::Class);
    assert_eq!(s.apply(Action::Close).screen, Screen::Welcome);
    // Help from the guide, then Back twice: never stuck on one page.
    let s = State::default()
        .apply(Action::Open(Screen::Guide))
        .apply(Action::Open(Screen::Help))
        .apply(Action::Close);
    assert_ne!(s.screen, Screen::Help);
    assert_eq!(s.apply(Action::Close).screen, Screen::Welcome);
}

#[test]
fn the_tab_keeps_a_check_in_in_progress_forgets_a_finished_one_and_leaves_an_offered_one() {
    // Nothing started: whatever the tab holds stays.
    assert_eq!(State::default().tab_record(), TabRecord::Leave);
    // Under way: kept, with the page and the answers.
    let s = started(Length::Pulse).apply(Action::Answer(
        "int_drained".into(),
        Response::Given(Frequency::Often),
    ));
    match s.tab_record() {
        TabRecord::Keep(p) => {
            assert_eq!(p.length, Length::Pulse);
            assert_eq!(p.page, 0);
            assert_eq!(
                p.answers.get("int_drained"),
                Some(Response::Given(Frequency::Often))
            );
        }
        other => panic!("{other:?}"),
    }
    // A page opened over it leaves the record as it was.
    let help = s.apply(Action::Open(Screen::Help));
    assert_eq!(help.tab_record(), TabRecord::Leave);
    // Finished: forgotten, also while a page is open over the results.
    let mut done = s.clone();
    while done.screen == Screen::Questions {
        done = done.apply(Action::Next);
    }
    assert!(done.finished);
    assert_eq!(done.tab_record(), TabRecord::Forget);
    assert_eq!(
        done.apply(Action::Open(Screen::Help)).tab_record(),
        TabRecord::Forget
    );
    // A check-in offered back stays until the person chooses; resumed, it is kept again.
    let progress = match s.tab_record() {
        TabRecord::Keep(p) => p,
        other => panic!("{other:?}"),
    };
    let offered = State::default().apply(Action::Offer(progress.clone()));
    assert_eq!(offered.tab_record(), TabRecord::Leave);
    assert_eq!(
        offered.apply(Action::Resume).tab_record(),
        TabRecord::Keep(progress)
    );
}

#[test]
fn the_address_opens_a_page_only_when_nothing_was_pressed_and_nothing_carries_on() {
    let settings = crate::settings::Settings::default();
    let help = |early: Early, carried| {
        early_actions(
            with_address_open(early, Some("help"), carried),
            &settings,
            false,
        )
    };
    assert_eq!(
        help(Early::default(), false),
        vec![Action::Open(Screen::Help)]
    );
    // Another language's build left where the person was: that wins.
    assert!(help(Early::default(), true).is_empty());
    // What was pressed on the early page wins.
    let started = Early {
        start: Some("pulse".into()),
        ..Early::default()
    };
    assert_eq!(help(started, false), vec![Action::Start(Length::Pulse)]);
    let research = Early {
        open: Some("research".into()),
        ..Early::default()
    };
    assert_eq!(help(research, false), vec![Action::Open(Screen::Research)]);
    // My history is opened only where it is on.
    let off = settings.with_url(&crate::storage::url_options::parse("?history=off").0);
    assert!(early_actions(
        with_address_open(Early::default(), Some("history"), false),
        &off,
        false
    )
    .is_empty());
}

/// A history on the device holding a kept plan, changed at `at`.
fn with_kept_plan(at: u64, plan: &Plan) -> Loaded {
    use crate::storage::history::KeptPlan;
    let mut h = History::default();
    h.keep_plan(KeptPlan {
        at,
        plan: plan.clone(),
    });
    Loaded {
        history: OnDevice::Read(h),
        set_aside: None,
        available: true,
    }
}

fn heavy_pulse() -> State {
    let mut s = started(Length::Pulse);
    for q in bank::QUESTIONS.iter().filter(|q| q.asked_in(Length::Pulse)) {
        let worst = [Frequency::Never, Frequency::Always]
            .into_iter()
            .find(|f| q.health(*f) == 0)
            .expect("one end is the heaviest");
        s = s.apply(Action::Answer(q.id.into(), Response::Given(worst)));
    }
    while !s.finished {
        s = s.apply(Action::Next);
    }
    s
}

#[test]
fn the_plan_is_pre_filled_once_from_the_check_in_and_what_is_taken_away_stays_away() {
    use crate::assessment::plan::PlanEdit;
    use crate::assessment::ChipKind;
    let s = heavy_pulse().apply(Action::ShowPlan);
    assert_eq!(s.screen, Screen::Plan);
    assert!(s.plan.has_chip(ChipKind::Sign, "sign_spill"));
    assert!(s.plan.has_chip(ChipKind::Ask, "ask_hours"));
    let s = s
        .apply(Action::EditPlan(PlanEdit::Chip(
            ChipKind::Sign,
            "sign_spill".into(),
        )))
        .apply(Action::ShowResults)
        .apply(Action::ShowPlan);
    assert!(
        !s.plan.has_chip(ChipKind::Sign, "sign_spill"),
        "not put back"
    );
    // A new check-in pre-fills again.
    let again = s.apply(Action::Start(Length::Pulse));
    assert!(!again.plan_prefilled && again.plan.is_empty());
}

#[test]
fn a_kept_plan_is_taken_up_from_the_device_outlasts_a_new_check_in_and_opens_from_the_welcome() {
    use crate::assessment::plan::PlanEdit;
    use crate::assessment::{PersonField, PlanText};
    let mut kept = Plan::from_parts(vec![], "walk");
    kept.set_text(PlanText::FullCup, "laughing");
    let s = State::default().apply(Action::HistoryFound(with_kept_plan(10, &kept)));
    assert_eq!(s.plan, kept);
    assert_eq!(s.plan_kept, Some(10));
    assert!(
        !s.plan_changed_elsewhere,
        "found at start is not a change elsewhere"
    );
    // Opened from the welcome, with no check-in.
    let s = s.apply(Action::ShowPlan);
    assert_eq!(s.screen, Screen::Plan);
    assert!(!s.plan_prefilled, "nothing to pre-fill from");
    // A new check-in, or starting over, keeps the kept plan.
    let s = s.apply(Action::Start(Length::Pulse)).apply(Action::Restart);
    assert_eq!(s.plan, kept);
    assert_eq!(s.plan_kept, Some(10));
    // A heavy check-in then adds its signs and asks to the kept plan, marked as new for review.
    let mut reviewed = s.apply(Action::Start(Length::Pulse));
    for (id, r) in heavy_pulse().answers.iter() {
        reviewed = reviewed.apply(Action::Answer(id.into(), r));
    }
    while !reviewed.finished {
        reviewed = reviewed.apply(Action::Next);
    }
    let reviewed = reviewed.apply(Action::ShowPlan);
    assert!(
        reviewed.plan_new.contains(&"sign_spill"),
        "{:?}",
        reviewed.plan_new
    );
    assert_eq!(
        reviewed.plan.text(PlanText::FullCup),
        "laughing",
        "nothing of the plan lost"
    );
    // A first plan marks nothing as new: all of it is.
    assert!(heavy_pulse().apply(Action::ShowPlan).plan_new.is_empty());
    // Without a kept plan, the welcome's way to it does nothing.
    assert_eq!(
        State::default().apply(Action::ShowPlan).screen,
        Screen::Welcome
    );
    // Another tab changes it: this one takes up the newest and says so.
    let mut theirs = kept.clone();
    theirs.edit(PlanEdit::AddPerson);
    theirs.edit(PlanEdit::Person(0, PersonField::Name, "Ana".into()));
    let s = s.apply(Action::HistoryChangedElsewhere(with_kept_plan(20, &theirs)));
    assert_eq!(s.plan, theirs);
    assert_eq!(s.plan_kept, Some(20));
    assert!(s.plan_changed_elsewhere);
    // Deleted in another tab: it stays on this screen, no longer kept.
    let s = s.apply(Action::HistoryChangedElsewhere(Loaded {
        history: OnDevice::Nothing,
        set_aside: None,
        available: true,
    }));
    assert_eq!(s.plan, theirs);
    assert_eq!(s.plan_kept, None);
    // Without a kept plan, a new check-in starts a new plan.
    assert!(s.apply(Action::Restart).plan.is_empty());
}

#[test]
fn keeping_and_forgetting_the_plan_are_marked_for_the_tab() {
    let s = heavy_pulse()
        .apply(Action::ShowPlan)
        .apply(Action::PlanKept(7));
    assert_eq!(s.plan_kept, Some(7));
    let s = s.apply(Action::PlanForgotten);
    assert_eq!(s.plan_kept, None);
    assert_eq!(s.screen, Screen::Plan, "the plan stays on the screen");
    assert!(!s.plan.is_empty());
}

#[test]
fn a_plan_never_kept_is_not_swapped_for_the_devices_and_nothing_is_taken_up_where_keeping_is_off() {
    use crate::assessment::plan::PlanEdit;
    use crate::assessment::PlanText;
    let kept = Plan::from_parts(vec![], "theirs");
    // This tab has words of its own, never kept; another tab keeps a plan.
    let mine = heavy_pulse()
        .apply(Action::ShowPlan)
        .apply(Action::EditPlan(PlanEdit::Text(
            PlanText::FullCup,
            "mine".into(),
        )));
    let s = mine
        .clone()
        .apply(Action::HistoryChangedElsewhere(with_kept_plan(30, &kept)));
    assert_eq!(s.plan, mine.plan, "the tab's own words stay");
    assert_eq!(s.plan_kept, None);
    // An empty plan takes up the kept one; so does one equal to it (after a change of language).
    let empty = State::default().apply(Action::HistoryFound(with_kept_plan(30, &kept)));
    assert_eq!(
        (empty.plan.clone(), empty.plan_kept),
        (kept.clone(), Some(30))
    );
    // Where keeping is off, a kept plan is not taken up, and a new check-in starts afresh.
    let off = State::default()
        .apply(Action::KeepingOff)
        .apply(Action::HistoryFound(with_kept_plan(30, &kept)));
    assert_eq!(off.plan_kept, None);
    assert!(off.plan.is_empty());
    assert!(!off.apply(Action::Restart).keeping, "it stays off");
    // A write that failed is remembered until one succeeds.
    let failed = empty.apply(Action::PlanNotKept(
        crate::storage::policy::WriteError::Refused,
    ));
    assert!(failed.plan_not_kept.is_some());
    assert!(failed.apply(Action::PlanKept(40)).plan_not_kept.is_none());
}

#[test]
fn the_address_opens_my_plan_only_where_a_plan_is_kept_and_keeping_is_on() {
    let settings = crate::settings::Settings::default();
    let plan = |settings: &crate::settings::Settings| {
        early_actions(
            with_address_open(Early::default(), Some("plan"), false),
            settings,
            false,
        )
    };
    assert_eq!(plan(&settings), vec![Action::ShowPlan]);
    let off = settings.with_url(&crate::storage::url_options::parse("?history=off").0);
    assert!(plan(&off).is_empty(), "no keeping here: nothing to open");
    // With a plan kept, it opens; without one, the welcome stays.
    let kept = State::default().apply(Action::HistoryFound(with_kept_plan(
        3,
        &Plan::from_parts(vec![], "walk"),
    )));
    assert_eq!(kept.apply(Action::ShowPlan).screen, Screen::Plan);
    assert_eq!(
        State::default().apply(Action::ShowPlan).screen,
        Screen::Welcome
    );
}

#[test]
fn a_hard_moment_never_waits_for_the_whole_app() {
    // Get help now, Right now, every page of a check-in, its results (with their crisis lines)
    // and plan are in the build every visit starts with.
    for screen in [
        Screen::Welcome,
        Screen::Questions,
        Screen::Results,
        Screen::Plan,
        Screen::Help,
        Screen::Now,
        Screen::Day,
        Screen::Research,
        Screen::Privacy,
    ] {
        assert!(screen.in_first_build(), "{screen:?}");
    }
    // A whole check-in, walked through the reducer, never leaves the first build.
    for length in [Length::Full, Length::Pulse] {
        let mut state = started(length);
        let mut seen = vec![state.screen];
        for _ in 0..40 {
            if state.screen == Screen::Results {
                break;
            }
            state = state.apply(Action::Next);
            seen.push(state.screen);
        }
        assert_eq!(state.screen, Screen::Results, "{length:?}: {seen:?}");
        state = state.apply(Action::ShowPlan);
        assert_eq!(state.screen, Screen::Plan);
        seen.push(state.screen);
        assert!(seen.iter().all(|s| s.in_first_build()), "{seen:?}");
    }
    // My history and the trainers' pages load the whole app.
    for screen in [
        Screen::History,
        Screen::Trainers,
        Screen::Guide,
        Screen::Paper,
        Screen::Class,
        Screen::Pack,
        Screen::Crosswalk,
    ] {
        assert!(!screen.in_first_build(), "{screen:?}");
    }
}

#[test]
fn the_whole_app_takes_over_with_the_notices_showing() {
    // A finished pulse whose history was changed in another tab, a country chosen, opening My history.
    let loaded = crate::storage::policy::Loaded {
        history: OnDevice::Nothing,
        set_aside: None,
        available: true,
    };
    let s = finished_pulse()
        .apply(Action::HistoryChangedElsewhere(loaded))
        .apply(Action::LanguageUnreached(Lang::Ar))
        .apply(Action::ChooseCountry("MY".into()))
        .apply(Action::Open(Screen::History));
    assert!(s.history_changed_elsewhere);
    let notices = Notices::read(&s.notices().write());
    assert_eq!(notices, s.notices());
    let taken = State::default()
        .apply(Action::Restore(Box::new(s.handover())))
        .apply(Action::TakeNotices(notices));
    assert_eq!(taken.screen, Screen::History);
    assert_eq!(taken.notices(), s.notices());
    assert_eq!(taken.country.as_deref(), Some("MY"));
    // Every field, each way, and each taken up.
    let all = Notices {
        history_changed_elsewhere: true,
        plan_changed_elsewhere: true,
        progress_not_kept: Some(3),
        language_unreached: Some(Lang::Es),
        country: Some("EG".into()),
        plan_new: vec!["a".into(), "b".into()],
    };
    for n in [Notices::default(), all.clone()] {
        assert_eq!(Notices::read(&n.write()), n);
    }
    let taken = State::default().apply(Action::TakeNotices(all));
    assert!(taken.history_changed_elsewhere && taken.plan_changed_elsewhere);
    assert_eq!(taken.progress_not_kept, Some(3));
    assert_eq!(taken.language_unreached, Some(Lang::Es));
    assert_eq!(taken.country.as_deref(), Some("EG"));
    assert!(
        taken.plan_new.is_empty(),
        "nothing this check-in points to is offered"
    );
    // Nothing readable shows nothing.
    assert_eq!(
        Notices::read("x\ty\t-1\tzz\tnot a country"),
        Notices::default()
    );
    assert_eq!(Notices::read(""), Notices::default());
}

#[test]
fn ideas_a_kept_plan_was_offered_as_new_stay_new_after_the_take_over() {
    // Every question of a full check-in answered "always": its answers point to ideas.
    let mut s = started(Length::Full);
    let ids = bank::QUESTIONS.iter().map(|q| q.id);
    for id in ids.chain(bank::SAFETY_QUESTIONS.iter().map(|q| q.id)) {
        s = s.apply(Action::Answer(
            id.into(),
            Response::Given(Frequency::Always),
        ));
    }
    let offered = s.plan.clone().prefill(&s.answers);
    assert!(!offered.is_empty(), "these answers point to some ideas");
    let one = offered[0];
    let taken = s.clone().apply(Action::TakeNotices(Notices {
        plan_new: vec![one.to_owned(), "no-such-idea".into()],
        ..Notices::default()
    }));
    assert_eq!(taken.plan_new, vec![one]);
}

#[test]
fn every_part_of_the_state_reaches_the_whole_app_or_is_read_again() {
    // A field added to `State` fails to compile here until someone decides how the whole app,
    // taking over from the first-visit build, comes by it.
    let State {
        // The build's own language (`Lang::BUILT`), or the settings' (`SetLang`).
        lang: _,
        // The hand-over record (`State::handover`).
        screen: _,
        return_to: _,
        from_trainers: _,
        length: _,
        page: _,
        answers: _,
        finished: _,
        plan: _,
        plan_prefilled: _,
        saved_at: _,
        // Read again from the device (`HistoryFound`, `KeepingOff`).
        plan_kept: _,
        history: _,
        set_aside: _,
        storage_available: _,
        keeping: _,
        // Read again from the tab (`Offer`).
        resumable: _,
        // `Notices`.
        history_changed_elsewhere: _,
        plan_changed_elsewhere: _,
        progress_not_kept: _,
        language_unreached: _,
        country: _,
        plan_new: _,
        // A refused plan change: said once where it happened, and tried again at the next change.
        plan_notice: _,
        plan_not_kept: _,
    } = State::default();
}
