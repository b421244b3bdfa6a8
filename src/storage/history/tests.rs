//! Tests of the history file: round trips, merging, migration, refusals with clear messages, and
//! a property-based harness that feeds the parser broken, edited and random input.

use super::*;
use crate::assessment::{bank, Frequency, Response};

fn day(d: u8) -> Date {
    Date::new(2026, 11, d).expect("a real day")
}

fn answers(r: Response) -> Answers {
    bank::QUESTIONS
        .iter()
        .map(|q| (q.id, r))
        .chain(
            bank::SAFETY_QUESTIONS
                .iter()
                .map(|q| (q.id, Response::Given(Frequency::Never))),
        )
        .collect()
}

fn sample(at: u64, r: Response) -> CheckIn {
    let mut plan = Plan::default();
    plan.toggle(bank::SUGGESTIONS[0].id)
        .expect("room in the plan");
    plan.set_note("Call my sponsor on Sunday");
    CheckIn::record(
        at,
        day(1 + (at % 27) as u8),
        Length::Full,
        &answers(r),
        &plan,
    )
}

fn history(items: &[CheckIn]) -> History {
    let mut h = History::default();
    for c in items {
        h.add(c.clone()).expect("room");
    }
    h
}

#[test]
fn a_record_keeps_the_levels_it_showed() {
    let c = sample(1, Response::Given(Frequency::Sometimes));
    assert_eq!(c.levels.len(), 8);
    assert!(
        c.levels.values().all(|l| *l == 50),
        "Sometimes everywhere is 50 in every theme: {:?}",
        c.levels
    );
    assert_eq!(c.cup, Some(50));
    assert_eq!(c.plan.note, "Call my sponsor on Sunday");
}

#[test]
fn round_trips_through_the_file_format() {
    let h = history(&[
        sample(2, Response::Given(Frequency::Often)),
        sample(1, Response::Given(Frequency::Rarely)),
    ]);
    assert_eq!(h.check_ins()[0].at, 1, "kept in time order");
    let text = h.to_json(day(22));
    assert!(text.contains("\"format\": \"full-cup-history\"") && text.contains("\"version\": 2"));
    assert_eq!(History::parse(&text), Ok((h, None)));
}

#[test]
fn import_previews_then_merges_without_duplicates() {
    let mut mine = history(&[
        sample(1, Response::Given(Frequency::Often)),
        sample(2, Response::Given(Frequency::Often)),
    ]);
    let theirs = history(&[
        sample(2, Response::Given(Frequency::Often)),
        sample(3, Response::Given(Frequency::Rarely)),
    ]);
    let preview = mine.preview(&theirs, None).expect("fits");
    assert_eq!((preview.new.len(), preview.already_here), (1, 1));
    assert_eq!(mine.len(), 2, "a preview changes nothing");
    mine.merge(&preview).expect("merge");
    assert_eq!(
        mine.check_ins().iter().map(|c| c.at).collect::<Vec<_>>(),
        vec![1, 2, 3]
    );
    let again = mine.preview(&theirs, None).expect("fits");
    assert!(
        again.new.is_empty() && again.already_here == 2,
        "importing twice adds nothing"
    );
}

#[test]
fn version_1_files_are_migrated_by_working_out_the_levels() {
    let v1 = format!(
        r#"{{"format":"full-cup-history","version":1,"check_ins":[{{"at":5,"date":"2025-03-01","length":"full","answers":{}}}]}}"#,
        serde_json::to_string(&answers(Response::Given(Frequency::Sometimes))).expect("json")
    );
    let (h, from) = History::parse(&v1).expect("migrates");
    assert_eq!(from, Some(1));
    let c = &h.check_ins()[0];
    assert_eq!(
        (c.cup, c.levels.get(&Theme::Recovery)),
        (Some(50), Some(&50))
    );
    assert_eq!(c.plan, SavedPlan::default());
}

#[test]
fn version_1_with_a_broken_record_is_refused() {
    let v1 = r#"{"format":"full-cup-history","version":1,"check_ins":[{"at":5,"date":"2025-03-01","length":"long","answers":{}}]}"#;
    assert!(matches!(
        History::parse(v1),
        Err(HistoryError::BadCheckIn { position: 1, .. })
    ));
}

#[test]
fn a_newer_file_is_refused_and_named() {
    let text = history(&[sample(1, Response::Given(Frequency::Often))])
        .to_json(day(2))
        .replace("\"version\": 2", "\"version\": 5");
    let err = History::parse(&text).expect_err("newer");
    assert_eq!(err, HistoryError::NewerVersion { version: 5 });
}

#[test]
fn bad_files_are_refused() {
    let c = sample(1, Response::Given(Frequency::Often));
    let good = history(std::slice::from_ref(&c)).to_json(day(2));
    let q = bank::QUESTIONS[0].id;
    let cup = format!("\"cup\": {}", c.cup.expect("a cup level"));
    let date = format!("\"date\": \"{}\"", c.date);
    let cases: Vec<(String, &str)> = vec![
        (good[..good.len() / 2].to_owned(), "cut short"),
        ("".into(), "empty"),
        ("[1,2,3]".into(), "a list"),
        (
            r#"{"format":"other-app","version":2,"check_ins":[]}"#.into(),
            "another app",
        ),
        (
            good.replace("\"version\": 2", "\"version\": \"2\""),
            "version as text",
        ),
        (
            good.replace("\"version\": 2", "\"version\": 0"),
            "version zero",
        ),
        (
            good.replace("\"version\": 2", "\"version\": -1"),
            "negative version",
        ),
        (
            good.replace(
                &format!("\"{q}\": \"often\""),
                &format!("\"{q}\": \"loads\""),
            ),
            "an unknown answer",
        ),
        (
            good.replace(&format!("\"{q}\""), "\"made_up_question\""),
            "an unknown question",
        ),
        (
            good.replace(&date, "\"date\": \"2026-02-30\""),
            "an impossible date",
        ),
        (good.replace(&cup, "\"cup\": 101"), "a level over 100"),
        (good.replace(&cup, "\"cup\": 1e300"), "a huge number"),
        (good.replace("\"at\": 1", "\"at\": -1"), "a negative time"),
        (
            good.replace("\"at\": 1", "\"at\": 99999999999999999999999"),
            "a time beyond u64",
        ),
        (
            good.replace("\"length\": \"full\"", "\"length\": 3"),
            "a wrong type",
        ),
        (
            good.replace("\"check_ins\": [", "\"check_ins\": [null, "),
            "a null record",
        ),
    ];
    for (text, what) in cases {
        assert_ne!(text, good, "{what}: the edit must change the file");
        History::parse(&text).expect_err(what);
    }
}

#[test]
fn an_unknown_extra_field_is_tolerated() {
    let good = history(&[sample(1, Response::Given(Frequency::Often))]).to_json(day(2));
    let extra = good.replacen(
        "\"format\"",
        "\"comment\": \"from my laptop\", \"format\"",
        1,
    );
    assert!(History::parse(&extra).is_ok());
}

#[test]
fn a_50_mb_file_is_refused_before_parsing() {
    let big = format!(
        "{{\"format\":\"full-cup-history\",\"pad\":\"{}\"}}",
        "x".repeat(50 * 1024 * 1024)
    );
    let err = History::parse(&big).expect_err("too large");
    assert!(matches!(err, HistoryError::TooLarge { bytes } if bytes > 50 * 1024 * 1024));
}

#[test]
fn too_many_check_ins_are_refused() {
    let mut h = History::default();
    for at in 0..MAX_CHECK_INS as u64 {
        h.add(CheckIn {
            at,
            ..sample(0, Response::Given(Frequency::Never))
        })
        .expect("room");
    }
    assert!(matches!(
        h.add(sample(
            MAX_CHECK_INS as u64 + 5,
            Response::Given(Frequency::Never)
        )),
        Err(HistoryError::TooMany { .. })
    ));
}

#[test]
fn unreadable_storage_is_kept_exactly_as_found() {
    assert_eq!(read_stored(None), OnDevice::Nothing);
    match read_stored(Some("{\"format\":\"full-cup-hist")) {
        OnDevice::Unreadable { text, error } => {
            assert_eq!(text, "{\"format\":\"full-cup-hist");
            assert_eq!(error, HistoryError::NotJson);
        }
        other => panic!("expected unreadable, got {other:?}"),
    }
}

#[test]
fn changes_name_the_cup_first_then_the_biggest_moves() {
    let mut h = history(&[sample(1, Response::Given(Frequency::Sometimes))]);
    assert!(
        changes(&h, 10).is_empty(),
        "one check-in has nothing to compare"
    );
    h.add(sample(2, Response::Given(Frequency::Often)))
        .expect("room");
    let c = changes(&h, 10);
    assert_eq!(c[0].theme, None);
    assert_eq!(
        (c[0].before, c[0].after),
        (50, h.check_ins()[1].cup.expect("cup"))
    );
    assert!(c[1..].iter().all(|x| x.before.abs_diff(x.after) >= 10));
}

fn kept(at: u64, note: &str) -> KeptPlan {
    let mut plan = Plan::from_parts(vec!["int_reset".into()], note);
    plan.toggle_chip(crate::assessment::ChipKind::Sign, "sign_sleep");
    plan.add_person();
    plan.set_person(0, crate::assessment::PersonField::Name, "Ana");
    plan.set_review_on(Date::new(2027, 1, 3));
    KeptPlan { at, plan }
}

#[test]
fn a_kept_plan_round_trips_with_every_section_and_alone_keeps_the_file() {
    let mut h = history(&[sample(1, Response::Given(Frequency::Often))]);
    h.keep_plan(kept(5, "walk on Sunday"));
    let text = h.to_json(day(2));
    let (back, migrated) = History::parse(&text).expect("reads back");
    assert_eq!(back, h);
    assert_eq!(migrated, None);
    assert!(
        text.contains("\"version\": 3"),
        "a kept plan makes a version 3 file"
    );
    let mut only_plan = History::default();
    only_plan.keep_plan(kept(5, "x"));
    assert!(only_plan.is_empty() && !only_plan.holds_nothing());
    let (back, _) = History::parse(&only_plan.to_json(day(2))).expect("a plan alone");
    assert_eq!(back.plan(), only_plan.plan());
    // No plan kept: the file says nothing of one.
    assert!(!history(&[]).to_json(day(2)).contains("\"plan\""));
}

#[test]
fn a_plan_this_build_cannot_use_refuses_the_file() {
    let good = {
        let mut h = History::default();
        h.keep_plan(kept(5, "x"));
        h.to_json(day(2))
    };
    for bad in [
        good.replace("\"sign_sleep\"", "\"sign_nonsense\""),
        good.replace("\"int_reset\"", "\"no_such_idea\""),
        good.replace("\"2027-01-03\"", "\"2027-02-30\""),
        good.replace("\"at\": 5", "\"at\": \"soon\""),
    ] {
        assert_ne!(bad, good);
        assert_eq!(
            History::parse(&bad).map(|_| ()),
            Err(HistoryError::BadPlan),
            "{bad}"
        );
    }
}

#[test]
fn an_import_brings_the_files_plan_only_when_it_is_newer() {
    let mut mine = History::default();
    mine.keep_plan(kept(10, "mine"));
    let mut older = History::default();
    older.keep_plan(kept(5, "older"));
    let mut newer = History::default();
    newer.keep_plan(kept(20, "newer"));
    let p = mine.preview(&older, None).expect("preview");
    assert_eq!(p.plan, None);
    let p = mine.preview(&newer, None).expect("preview");
    assert_eq!(p.plan.as_ref().map(|k| k.plan.note()), Some("newer"));
    mine.merge(&p).expect("merge");
    assert_eq!(mine.plan().map(|k| k.at), Some(20));
    // A device with no plan takes the file's.
    let mut none = History::default();
    let p = none.preview(&older, None).expect("preview");
    none.merge(&p).expect("merge");
    assert_eq!(none.plan().map(|k| k.at), Some(5));
}

#[cfg(not(target_arch = "wasm32"))]
mod fuzz {
    //! Property-based fuzzing of the parser: no input may panic, and a failed import never
    //! changes the history it was meant to merge into.
    use super::*;
    use proptest::prelude::*;

    fn base_text() -> String {
        history(&[
            sample(1, Response::Given(Frequency::Often)),
            sample(2, Response::Given(Frequency::Rarely)),
            sample(3, Response::Skip),
        ])
        .to_json(day(9))
    }

    /// Random JSON values, nested a few levels.
    fn json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<f64>()
                .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
            "[a-z_\"\\\\]{0,12}".prop_map(Value::String),
            prop::sample::select(vec![
                "full",
                "pulse",
                "often",
                "2026-11-22",
                "full-cup-history"
            ])
            .prop_map(|s| Value::String(s.into())),
        ];
        leaf.prop_recursive(4, 64, 8, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::btree_map(
                    prop::sample::select(vec![
                        "format",
                        "version",
                        "check_ins",
                        "at",
                        "date",
                        "length",
                        "answers",
                        "levels",
                        "cup",
                        "plan",
                        "x"
                    ])
                    .prop_map(String::from),
                    inner,
                    0..8
                )
                .prop_map(|m| Value::Object(m.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(3000))]

        #[test]
        fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
            let text = String::from_utf8_lossy(&bytes);
            let _ = History::parse(&text);
            let _ = read_stored(Some(&text));
        }

        #[test]
        fn edited_files_never_panic_and_any_accepted_file_is_valid(
            cut in 0usize..4000,
            at in 0usize..4000,
            insert in "[\\[\\]{}\",:0-9a-z -]{0,6}",
        ) {
            let text = base_text();
            let cut = cut.min(text.len());
            let at = at.min(cut);
            let mut edited: String = text.chars().take(cut).collect();
            let split = edited.char_indices().nth(at).map_or(edited.len(), |(i, _)| i);
            edited.insert_str(split, &insert);
            if let Ok((h, _)) = History::parse(&edited) {
                for c in h.check_ins() {
                    prop_assert!(c.answers.iter().all(|(id, _)| assessment::is_known_question(id)));
                    prop_assert!(c.levels.values().all(|l| *l <= 100));
                    prop_assert!(Date::parse_iso(&c.date).is_some());
                }
            }
        }

        #[test]
        fn random_json_in_a_full_cup_envelope_never_panics(
            items in prop::collection::vec(json(), 0..4),
            version in prop_oneof![Just(Value::from(1)), Just(Value::from(2)), json()],
        ) {
            let file = serde_json::json!({"format": FORMAT, "version": version, "check_ins": items});
            let _ = History::parse(&file.to_string());
        }

        #[test]
        fn a_failed_import_changes_nothing_and_a_good_one_loses_nothing(
            bytes in prop::collection::vec(any::<u8>(), 0..256),
            use_good in any::<bool>(),
        ) {
            let mine = history(&[sample(10, Response::Given(Frequency::Often)), sample(11, Response::Given(Frequency::Never))]);
            let before = mine.clone();
            let text = if use_good { base_text() } else { String::from_utf8_lossy(&bytes).into_owned() };
            let mut after = mine.clone();
            if let Ok((incoming, from)) = History::parse(&text) {
                if let Ok(p) = after.preview(&incoming, from) {
                    after.merge(&p).expect("a previewed merge fits");
                }
            }
            for c in before.check_ins() {
                prop_assert!(after.check_ins().contains(c), "nothing already stored is lost");
            }
            if !use_good {
                prop_assert_eq!(after, before);
            }
        }
    }
}

#[test]
fn a_history_saved_with_an_earlier_question_set_still_loads_scores_and_compares() {
    // Saved by a version that still asked "wor_no_say", with the levels it showed then.
    let old = r#"{"format":"full-cup-history","version":2,"exported":"2026-11-01","check_ins":[
        {"at":1,"date":"2026-10-01","length":"pulse","answers":{"wor_looked_down":"often","wor_no_say":"always"},"levels":{"workplace":25},"cup":null,"plan":{"picks":[],"note":""}},
        {"at":2,"date":"2026-10-29","length":"pulse","answers":{"wor_looked_down":"rarely","wor_no_say":"sometimes"},"levels":{"workplace":75},"cup":null,"plan":{"picks":[],"note":""}}]}"#;
    let (h, migrated) = History::parse(old).expect("an earlier question set still loads");
    // Version 2 had no kept plan, and is read as it is.
    assert_eq!(migrated, None);
    assert_eq!(h.len(), 2);
    assert_eq!(
        h.check_ins()[0].answers.get("wor_no_say"),
        Some(Response::Given(Frequency::Always)),
        "the answer is kept as it was"
    );
    let c = changes(&h, 10);
    assert!(c
        .iter()
        .any(|c| c.theme == Some(crate::assessment::Theme::Workplace)
            && c.before == 25
            && c.after == 75));
    // Scored again today, the retired answer is simply not counted.
    let again = crate::assessment::evaluate(Length::Pulse, &h.check_ins()[0].answers);
    assert_eq!(
        again
            .scores
            .level(crate::assessment::Theme::Workplace)
            .map(|l| l.rounded()),
        Some(25)
    );
}

#[test]
fn a_full_check_in_saved_before_the_bank_took_in_new_situations_still_loads_and_compares() {
    // Saved by the version that still asked about strength each day, the past being stirred up
    // (without prisons and courts), time to unwind, pay and prospects as one question, and
    // training had; each of those answers is kept and no longer counted.
    let old = r#"{"format":"full-cup-history","version":2,"exported":"2026-12-01","check_ins":[
        {"at":1,"date":"2026-11-02","length":"full","answers":{"int_drained":"often","int_pain":"often","int_grief":"often","int_systems":"often","int_triggered":"always","int_strength":"never","rec_unwind":"never","wor_looked_down":"often","wor_unclear":"often","wor_beyond":"often","wor_unsafe":"often","wor_pay":"always","wor_trained":"never"},"levels":{"intensity":17,"workplace":17},"cup":null,"plan":{"picks":[],"note":""}},
        {"at":2,"date":"2026-11-30","length":"full","answers":{"int_drained":"rarely","int_pain":"rarely","int_grief":"rarely","int_systems":"rarely","int_past":"rarely","int_story":"rarely","wor_looked_down":"rarely","wor_unclear":"rarely","wor_beyond":"rarely","wor_unsafe":"rarely","wor_money":"rarely","wor_ladder":"rarely"},"levels":{"intensity":75,"workplace":75},"cup":null,"plan":{"picks":[],"note":""}}]}"#;
    let (h, migrated) = History::parse(old).expect("the earlier question set still loads");
    assert_eq!(migrated, None);
    assert_eq!(h.len(), 2);
    for (id, given) in [
        ("int_strength", Frequency::Never),
        ("int_triggered", Frequency::Always),
        ("rec_unwind", Frequency::Never),
        ("wor_pay", Frequency::Always),
        ("wor_trained", Frequency::Never),
    ] {
        assert_eq!(
            h.check_ins()[0].answers.get(id),
            Some(Response::Given(given)),
            "{id} is kept as it was"
        );
        assert!(crate::assessment::bank::RETIRED_QUESTIONS.contains(&id));
    }
    // The levels shown then still compare with today's.
    let c = changes(&h, 10);
    for theme in [
        crate::assessment::Theme::Intensity,
        crate::assessment::Theme::Workplace,
    ] {
        assert!(
            c.iter()
                .any(|c| c.theme == Some(theme) && c.before == 17 && c.after == 75),
            "{theme:?}: {c:?}"
        );
    }
    // Scored again today, only the questions still asked count: four of six in each part, enough
    // for a level.
    let again = crate::assessment::evaluate(Length::Full, &h.check_ins()[0].answers);
    for theme in [
        crate::assessment::Theme::Intensity,
        crate::assessment::Theme::Workplace,
    ] {
        assert_eq!(
            again.scores.level(theme).map(|l| l.rounded()),
            Some(25),
            "{theme:?}"
        );
    }
}

#[test]
fn a_file_listing_the_same_check_in_three_times_counts_it_once_and_says_so() {
    let c = sample(1, Response::Given(Frequency::Often));
    let one = history(std::slice::from_ref(&c)).to_json(day(2));
    let entry_start = one.find("\"check_ins\": [").expect("a list") + "\"check_ins\": [".len();
    let entry_end = one.rfind(']').expect("its end");
    let entry = one[entry_start..entry_end].trim().to_owned();
    let three = format!(
        "{}{entry}, {entry}, {entry}{}",
        &one[..entry_start],
        &one[entry_end..]
    );
    let file = History::parse_file(&three).expect("readable");
    assert_eq!(
        (file.history.len(), file.repeated),
        (1, 1),
        "one check-in, listed more than once"
    );
}

#[test]
fn a_refused_record_names_the_field_at_fault_and_never_an_optional_one() {
    let c = sample(1, Response::Given(Frequency::Often));
    let good: Value =
        serde_json::from_str(&history(std::slice::from_ref(&c)).to_json(day(2))).expect("json");
    let problem_of = |edit: &dyn Fn(&mut serde_json::Map<String, Value>)| {
        let mut file = good.clone();
        let record = file["check_ins"][0].as_object_mut().expect("a record");
        edit(record);
        match History::parse(&file.to_string()) {
            Err(HistoryError::BadCheckIn { problem, .. }) => problem,
            other => panic!("not refused as expected: {other:?}"),
        }
    };
    assert_eq!(
        problem_of(&|r| {
            r.insert("at".into(), Value::from("x"));
        }),
        Problem::Invalid("at")
    );
    assert_eq!(
        problem_of(&|r| {
            r.insert("length".into(), Value::from("long"));
        }),
        Problem::Invalid("length")
    );
    assert_eq!(
        problem_of(&|r| {
            r.insert("date".into(), Value::from(5));
        }),
        Problem::Invalid("date")
    );
    assert_eq!(
        problem_of(&|r| {
            r.remove("date");
        }),
        Problem::Missing("date")
    );
    assert_eq!(
        problem_of(&|r| {
            r.remove("plan");
            r.remove("cup");
            r["answers"]["int_drained"] = Value::from("loads");
        }),
        Problem::Invalid("answers"),
        "a bad answer is not blamed on the missing, optional plan"
    );
    assert_eq!(
        problem_of(&|r| {
            r["levels"]["intensity"] = Value::from(1000);
        }),
        Problem::Invalid("levels")
    );
}

mod between {
    //! Daily checks and Right now moments kept beside the check-ins (version 4).
    use super::*;
    use crate::assessment::right_now::{Colour, DayCheck, Heaviness, Moment, NowRecord, Tool};

    fn a_day(at: u64, colour: Colour) -> DayCheck {
        DayCheck {
            at,
            date: day(3),
            colour,
            days_off: Some(9),
            days_support: None,
        }
    }

    fn a_moment(at: u64) -> NowRecord {
        NowRecord {
            at,
            date: day(4),
            moment: Moment::Craving,
            tools: vec![Tool::UrgeSurfing],
            before: Heaviness::new(7),
            after: Heaviness::new(5),
        }
    }

    #[test]
    fn they_round_trip_in_time_order_once_each_and_say_version_4() {
        let mut h = history(&[sample(1, Response::Given(Frequency::Often))]);
        assert!(h.to_json(day(5)).contains("\"version\": 2"));
        h.add_day(a_day(30, Colour::Orange));
        h.add_day(a_day(10, Colour::Green));
        h.add_day(a_day(30, Colour::Red));
        h.add_moment(a_moment(20));
        let text = h.to_json(day(5));
        assert!(text.contains("\"version\": 4"), "{text}");
        let (back, migrated) = History::parse(&text).expect("reads");
        assert_eq!((back.clone(), migrated), (h.clone(), None));
        let ats: Vec<u64> = back.days().iter().map(|d| d.at).collect();
        assert_eq!(ats, [10, 30], "oldest first, the same moment once");
        assert_eq!(
            back.days()[1].colour,
            Colour::Red,
            "kept again, it replaces"
        );
        assert!(!back.holds_nothing());
        // Deleting everything deletes them too.
        let mut cleared = back;
        cleared.clear();
        assert!(cleared.holds_nothing());
        assert!(cleared.to_json(day(5)).contains("\"version\": 2"));
    }

    #[test]
    fn past_the_most_kept_the_oldest_gives_way() {
        let mut h = History::default();
        for at in 0..(MAX_BETWEEN as u64 + 3) {
            h.add_day(a_day(at + 1, Colour::Yellow));
        }
        assert_eq!(h.days().len(), MAX_BETWEEN);
        assert_eq!(h.days()[0].at, 4);
        // A file never holds more than are kept.
        let text = h.to_json(day(5)).replacen(
            "\"days\": [",
            "\"days\": [{\"at\": 99999, \"date\": \"2026-11-03\", \"colour\": \"red\"},",
            1,
        );
        assert_eq!(
            History::parse(&text).map(|_| ()),
            Err(HistoryError::BadBetween)
        );
    }

    #[test]
    fn a_bad_entry_refuses_the_file_and_an_import_adds_only_what_is_new() {
        let mut h = History::default();
        h.add_day(a_day(10, Colour::Green));
        h.add_moment(a_moment(11));
        let text = h.to_json(day(5));
        for (from, to) in [
            ("\"green\"", "\"blue\""),
            ("\"days_off\": 9", "\"days_off\": 401"),
            ("\"before\": 7", "\"before\": 11"),
            ("\"urge_surfing\"\n", "\"urge_surfing\", \"urge_surfing\"\n"),
            ("\"moment\": \"craving\"", "\"moment\": \"storm\""),
            ("\"days\": [", "\"days\": 3, \"x\": ["),
        ] {
            let edited = text.replacen(from, to, 1);
            assert_ne!(edited, text, "{from} is in the file");
            assert_eq!(
                History::parse(&edited).map(|_| ()),
                Err(HistoryError::BadBetween),
                "{from} → {to}"
            );
        }
        let mut mine = History::default();
        mine.add_day(a_day(10, Colour::Green));
        let preview = mine.preview(&h, None).expect("previews");
        assert_eq!((preview.days.len(), preview.moments.len()), (0, 1));
        mine.merge(&preview).expect("merges");
        assert_eq!(mine, h);
    }
}
