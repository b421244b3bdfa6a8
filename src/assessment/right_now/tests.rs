use super::*;

fn h(n: u8) -> Option<Heaviness> {
    Heaviness::new(n)
}

#[test]
fn each_moment_starts_with_its_own_tool_and_always_has_another() {
    assert_eq!(Moment::Loss.first_tool(), Tool::Pause);
    assert_eq!(Moment::Shift.first_tool(), Tool::GoingHome);
    assert_eq!(Moment::Craving.first_tool(), Tool::UrgeSurfing);
    assert_eq!(Moment::SwitchOff.first_tool(), Tool::Breathing);
    for m in Moment::ALL {
        let first = m.first_tool();
        let next = m.another(&[first]).expect("a second tool");
        assert_ne!(next, first);
        // Offered in order, each once, until none is left.
        let mut done = vec![];
        while let Some(t) = m.another(&done) {
            assert!(!done.contains(&t));
            done.push(t);
        }
        assert_eq!(done, m.tools());
    }
    // After a loss, nothing is a timer about cravings; a craving is never met with the pause.
    assert!(!Moment::Loss.tools().contains(&Tool::UrgeSurfing));
    assert!(!Moment::Craving.tools().contains(&Tool::Pause));
}

#[test]
fn no_tool_runs_longer_than_three_minutes() {
    for t in Tool::ALL {
        if let Some(s) = t.seconds() {
            assert!(s <= MAX_TOOL_SECONDS, "{t:?} runs {s} s");
            assert!(t.minutes() <= 3);
        }
        assert!(t.steps() >= 2);
    }
    assert_eq!(Tool::UrgeSurfing.seconds(), Some(180));
    assert_eq!(Tool::Breathing.minutes(), 2);
    // Six breaths a minute.
    assert_eq!(60 / (BREATH_IN + BREATH_OUT), 6);
}

#[test]
fn a_timer_counts_wall_time_and_not_its_pauses() {
    let mut c = Clock::start(1_000);
    assert_eq!(c.elapsed_ms(31_000), 30_000);
    c.pause(31_000);
    assert!(c.paused());
    // A paused timer stands still, however long the tab is away.
    assert_eq!(c.elapsed_ms(500_000), 30_000);
    c.resume(91_000);
    assert_eq!(c.elapsed_ms(101_000), 40_000);
    // Pausing twice keeps the first moment; resuming a running clock changes nothing.
    c.pause(101_000);
    c.pause(200_000);
    c.resume(201_000);
    c.resume(300_000);
    assert_eq!(c.elapsed_ms(301_000), 40_000 + 100_000);
    // A clock set back never runs backwards below zero.
    assert_eq!(Clock::start(5_000).elapsed_ms(1_000), 0);
}

#[test]
fn a_timer_stands_on_the_right_step_at_each_moment() {
    // Urge surfing: 30, 35, 40, 40, 35 seconds.
    let at = |s: u64| position(Tool::UrgeSurfing, s * 1000).expect("timed");
    assert_eq!(
        (at(0).step, at(0).seconds_left, at(0).done),
        (0, 180, false)
    );
    assert_eq!(at(29).step, 0);
    assert_eq!(at(30).step, 1);
    assert_eq!(at(65).step, 2);
    assert_eq!(at(179).step, 4);
    assert_eq!(at(179).seconds_left, 1);
    let end = at(180);
    assert_eq!((end.step, end.seconds_left, end.done), (4, 0, true));
    // Long after the end (a tab left in the background) it is simply done.
    assert_eq!(at(10_000), end);
    // Half a second in, a whole 180 seconds are still said to be left.
    assert_eq!(
        position(Tool::UrgeSurfing, 500)
            .expect("timed")
            .seconds_left,
        180
    );
    // A checklist has no timer.
    assert_eq!(position(Tool::GoingHome, 5_000), None);
}

#[test]
fn slow_breathing_alternates_four_seconds_in_and_six_out() {
    let b = |ms: u64| position(Tool::Breathing, ms).expect("timed").breath;
    assert_eq!(b(0), Some((Breath::In, 4)));
    assert_eq!(b(3_500), Some((Breath::In, 1)));
    assert_eq!(b(4_000), Some((Breath::Out, 6)));
    assert_eq!(b(9_999), Some((Breath::Out, 1)));
    assert_eq!(b(10_000), Some((Breath::In, 4)));
    assert_eq!(b(64_000), Some((Breath::Out, 6)));
    assert_eq!(b(120_000), None, "done");
    assert_eq!(
        position(Tool::UrgeSurfing, 0).expect("timed").breath,
        None,
        "only the breathing tool breathes"
    );
}

#[test]
fn support_opens_at_nine_or_ten_or_on_thoughts_of_not_being_alive() {
    for n in 0..=10 {
        assert_eq!(opens_support(&[h(n)], false), n >= 9, "{n} before");
        assert_eq!(opens_support(&[h(2), h(n)], false), n >= 9, "{n} after");
    }
    assert!(opens_support(&[None, None], true));
    assert!(opens_support(&[], true));
    assert!(
        !opens_support(&[None, None], false),
        "no rating is not a high one"
    );
    assert_eq!(Heaviness::new(11), None);
    assert_eq!(Heaviness::all().count(), 11);
}

#[test]
fn the_second_rating_is_compared_with_the_first() {
    assert_eq!(change(h(8), h(5)), Change::Lower);
    assert_eq!(change(h(5), h(5)), Change::Same);
    assert_eq!(change(h(5), h(6)), Change::Higher);
    assert_eq!(change(None, h(6)), Change::Unrated);
    assert_eq!(change(h(6), None), Change::Unrated);
}

#[test]
fn a_record_holds_only_its_moments_tools_each_once_and_ratings_up_to_ten() {
    let date = Date::new(2026, 12, 6).expect("a day");
    let mut r = NowRecord {
        at: 1,
        date,
        moment: Moment::Craving,
        tools: vec![Tool::UrgeSurfing, Tool::Breathing],
        before: h(8),
        after: h(6),
    };
    assert!(r.is_valid());
    let json = serde_json::to_string(&r).expect("writes");
    assert_eq!(
        json,
        r#"{"at":1,"date":"2026-12-06","moment":"craving","tools":["urge_surfing","breathing"],"before":8,"after":6}"#
    );
    assert_eq!(serde_json::from_str::<NowRecord>(&json).expect("reads"), r);
    assert!(serde_json::from_str::<NowRecord>(&json.replace(":8,", ":11,")).is_err());
    r.tools = vec![Tool::Pause];
    assert!(
        r.is_valid(),
        "a tool another version offered for the moment is still read"
    );
    r.tools = vec![Tool::Breathing, Tool::Breathing];
    assert!(!r.is_valid(), "each tool once");
}

#[test]
fn a_daily_check_names_red_long_stretches_and_reads_counts_strictly() {
    let n = day_notes(Colour::Red, Some(20), Some(3));
    assert!(n.support && n.plan && n.long_without_day_off && !n.long_without_support);
    let n = day_notes(Colour::Orange, None, Some(LONG_WITHOUT_DAYS));
    assert!(!n.support && n.plan && !n.long_without_day_off && n.long_without_support);
    for c in [Colour::Green, Colour::Yellow] {
        let n = day_notes(c, Some(LONG_WITHOUT_DAYS - 1), None);
        assert_eq!(
            n,
            DayNotes {
                support: false,
                plan: false,
                long_without_day_off: false,
                long_without_support: false
            }
        );
    }
    assert_eq!(read_days(""), Ok(None));
    assert_eq!(read_days(" 12 "), Ok(Some(12)));
    assert_eq!(read_days("0"), Ok(Some(0)));
    assert_eq!(read_days("400"), Ok(Some(400)));
    for bad in ["401", "-1", "1.5", "ten", "1e2", "99999", "١٢"] {
        assert_eq!(read_days(bad), Err(NotADayCount), "{bad}");
    }
    let day = DayCheck {
        at: 5,
        date: Date::new(2026, 12, 6).expect("a day"),
        colour: Colour::Yellow,
        days_off: Some(401),
        days_support: None,
    };
    assert!(!day.is_valid());
}

#[test]
fn a_run_goes_moment_rating_tool_rating_next_and_keeps_only_what_it_says() {
    let date = Date::new(2026, 12, 6).expect("a day");
    let mut f = Flow::default();
    assert_eq!(f.stage, Stage::Choose);
    f.rate(h(3));
    assert_eq!(f, Flow::default(), "no rating before a moment");
    assert_eq!(f.record(1, date), None, "nothing to keep yet");
    f.choose(Moment::Craving);
    assert_eq!(f.stage, Stage::RateBefore);
    f.rate(h(7));
    assert_eq!(f.stage, Stage::Tool(Tool::UrgeSurfing));
    assert!(!f.support_open());
    f.end_tool();
    assert_eq!(f.stage, Stage::RateAfter);
    f.rate(h(7));
    assert_eq!((f.stage, f.change()), (Stage::Next, Change::Same));
    assert_eq!(f.another(), Some(Tool::Breathing));
    f.try_another();
    assert_eq!(f.stage, Stage::Tool(Tool::Breathing));
    f.end_tool();
    f.rate(h(4));
    assert_eq!(f.change(), Change::Lower);
    assert_eq!(f.another(), None, "every tool for a craving done");
    assert_eq!(
        f.record(9, date),
        Some(NowRecord {
            at: 9,
            date,
            moment: Moment::Craving,
            tools: vec![Tool::UrgeSurfing, Tool::Breathing],
            before: h(7),
            after: h(4),
        })
    );
}

#[test]
fn a_run_opens_support_at_nine_and_on_thoughts_of_not_being_alive_and_keeps_neither_as_words() {
    let date = Date::new(2026, 12, 6).expect("a day");
    let mut f = Flow::default();
    f.say_not_alive();
    assert!(f.support_open(), "at once, before any moment");
    assert_eq!(f.stage, Stage::Choose, "and the tools are still there");
    f.choose(Moment::Loss);
    assert!(f.support_open(), "choosing a moment does not close it");
    let mut g = Flow::default();
    g.choose(Moment::Loss);
    g.rate(h(9));
    assert!(g.support_open());
    assert_eq!(
        g.stage,
        Stage::Tool(Tool::Pause),
        "the tool is still offered"
    );
    let mut k = Flow::default();
    k.choose(Moment::Shift);
    k.rate(None);
    k.end_tool();
    assert!(!k.support_open());
    k.rate(h(10));
    assert!(k.support_open(), "a 10 after the tool opens it too");
    let kept = serde_json::to_string(&k.record(1, date).expect("kept")).expect("writes");
    assert!(
        !kept.contains("alive") && !kept.contains("support"),
        "{kept}"
    );
    // Ending a tool twice counts it once; a tool stopped early counts as done.
    let mut s = Flow::default();
    s.choose(Moment::SwitchOff);
    s.rate(None);
    s.end_tool();
    s.end_tool();
    assert_eq!(s.done, [Tool::Breathing]);
}

#[test]
fn once_open_the_support_panel_stays_open_through_another_tool_and_starting_again() {
    let date = Date::new(2026, 12, 6).expect("a day");
    let mut f = Flow::default();
    f.choose(Moment::Craving);
    f.rate(h(5));
    f.end_tool();
    f.rate(h(9));
    assert!(f.support_open());
    f.try_another();
    f.end_tool();
    f.rate(h(3));
    assert!(
        f.support_open(),
        "a lower rating after another tool does not close it"
    );
    f.again();
    assert!(f.support_open(), "nor does starting again");
    assert_eq!((f.stage, f.before, f.after), (Stage::Choose, None, None));
    f.choose(Moment::Shift);
    assert!(f.support_open(), "nor choosing another moment");
    let mut g = Flow::default();
    g.choose(Moment::Loss);
    g.say_not_alive();
    g.again();
    assert!(g.support_open() && g.not_alive);
    // A run kept, then kept again after another tool, keeps its first moment.
    let mut k = Flow::default();
    k.choose(Moment::Shift);
    k.rate(None);
    k.end_tool();
    k.rate(None);
    k.kept_at = Some(100);
    assert_eq!(k.record(500, date).map(|r| r.at), Some(100));
}
