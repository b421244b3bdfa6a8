use proptest::prelude::*;

use super::*;
use crate::assessment::plan_chips::{ASKS, LOSS, SUPPORTS};
use crate::assessment::{bank, evaluate, Answers, Frequency, Length, Response};
use crate::content::Lang;
use crate::present::pages::lines;
use crate::settings::Settings;

fn day() -> Date {
    Date::new(2026, 12, 6).expect("a day")
}

fn lines_en() -> LinesView {
    lines(Lang::En.locale(), &Settings::default(), Some("US"))
}

/// A plan with a distinct marker in every text of the person's own and every field of a person.
fn marked(people: usize) -> Plan {
    let mut plan = Plan::default();
    for (i, t) in PlanText::ALL.iter().enumerate() {
        plan.set_text(*t, &format!("TEXT{i}X"));
    }
    for i in 0..people {
        plan.add_person();
        plan.set_person(i, PersonField::Name, &format!("NAME{i}X"));
        plan.set_person(i, PersonField::Reach, &format!("+1 555 010 00{i}"));
        plan.set_person(i, PersonField::Ask, &format!("ASK{i}X"));
    }
    plan
}

fn text_of(page: &Page) -> String {
    plain_text(page)
}

#[test]
fn the_whole_plan_shows_every_part_filled_in_and_always_the_crisis_lines() {
    let l = Lang::En.locale();
    let mut plan = marked(2);
    plan.toggle(bank::SUGGESTIONS[0].id).expect("room");
    plan.toggle_chip(ChipKind::Sign, "sign_sleep");
    plan.toggle_chip(ChipKind::Support, "support_faith");
    plan.toggle_chip(ChipKind::Ask, "ask_hours");
    plan.toggle_chip(ChipKind::Loss, "loss_mark");
    plan.set_review_on(Date::new(2027, 1, 3));
    let whole = page(l, &plan, View::Mine, day(), &lines_en(), false);
    let text = text_of(&whole);
    for i in 0..PlanText::ALL.len() {
        assert!(
            text.contains(&format!("TEXT{i}X")),
            "text {i} missing:\n{text}"
        );
    }
    for needle in [
        "NAME0X – +1 555 010 000: ASK0X",
        "NAME1X",
        "Sleeping badly",
        "A faith or spiritual practice",
        "Set hours for calls",
        "Mark the loss in my own way",
    ] {
        assert!(text.contains(needle), "{needle} missing:\n{text}");
    }
    assert!(text.contains(l.suggestion(bank::SUGGESTIONS[0].id).unwrap().action));
    assert!(text.contains("988"), "the US crisis line:\n{text}");
    // Each line's note goes on paper too (SAMHSA's says it is not a crisis line).
    for c in &lines_en().first {
        if let Some(note) = &c.note {
            assert!(text.contains(note.as_str()), "{note}:\n{text}");
        }
    }
    assert!(text.ends_with(&format!("{}\n", l.ui.plan.mine_footer)));
    assert!(text.contains("2027-01-03"));
    assert!(text.starts_with("My plan\nMade on \u{2066}2026-12-06\u{2069}\nThis page is for me."));
    // An empty plan still carries the crisis part, and nothing else.
    let empty = page(l, &Plan::default(), View::Mine, day(), &lines_en(), false);
    assert_eq!(empty.parts.len(), 1);
    assert_eq!(empty.parts[0].heading, l.ui.plan.crisis);
    assert!(empty.parts[0]
        .lines
        .iter()
        .any(|x| x.text == l.ui.plan.crisis_safety_plan));
}

#[test]
fn the_page_for_people_holds_their_asks_and_only_the_signs_others_could_see() {
    let l = Lang::En.locale();
    let mut plan = marked(1);
    for c in SIGNS {
        plan.toggle_chip(ChipKind::Sign, c.id);
    }
    let theirs = page(l, &plan, View::People, day(), &lines_en(), false);
    let text = text_of(&theirs);
    assert!(text.contains("NAME0X: ASK0X"), "{text}");
    assert!(
        !text.contains("555"),
        "no number on a page for the people themselves"
    );
    for c in SIGNS {
        let words = chip_words(l, ChipKind::Sign, c.id);
        assert_eq!(text.contains(words), c.noticeable, "{}", c.id);
    }
    assert!(!text.contains("Urges"));
    assert!(text.contains(l.ui.plan.people_safety));
    for words in [
        l.ui.app_name,
        l.ui.plan.shows_people,
        l.ui.results_not_diagnosis,
    ] {
        assert!(!text.contains(words), "{words}");
    }
    for i in 0..PlanText::ALL.len() {
        assert!(
            !text.contains(&format!("TEXT{i}X")),
            "own text {i} leaked:\n{text}"
        );
    }
}

#[test]
fn the_letter_adds_the_opening_the_hard_part_and_the_close() {
    let l = Lang::En.locale();
    let mut plan = marked(0);
    plan.toggle_chip(ChipKind::Ask, "ask_role");
    let without = text_of(&page(l, &plan, View::Supervisor, day(), &lines_en(), false));
    let with = text_of(&page(l, &plan, View::Supervisor, day(), &lines_en(), true));
    let hard = format!(
        "TEXT{}X",
        PlanText::ALL
            .iter()
            .position(|t| *t == PlanText::HardNow)
            .unwrap()
    );
    let asks = format!(
        "TEXT{}X",
        PlanText::ALL
            .iter()
            .position(|t| *t == PlanText::Asks)
            .unwrap()
    );
    assert!(!without.contains(&hard) && with.contains(&hard));
    assert!(without.contains(&asks) && with.contains(&asks));
    assert!(with.contains(l.ui.plan.letter_open) && with.contains(l.ui.plan.letter_close));
    assert!(with.contains("A clear picture of what my role includes"));
}

fn any_plan() -> impl Strategy<Value = (Plan, Vec<(&'static str, Response)>)> {
    let kinds = |list: &'static [crate::assessment::plan_chips::Chip]| {
        proptest::sample::subsequence(
            list.iter().map(|c| c.id).collect::<Vec<_>>(),
            0..=list.len(),
        )
    };
    let answers = proptest::collection::vec(
        (
            proptest::sample::select(
                bank::QUESTIONS
                    .iter()
                    .map(|q| q.id)
                    .chain(bank::SAFETY_QUESTIONS.iter().map(|q| q.id))
                    .collect::<Vec<_>>(),
            ),
            proptest::sample::select(Response::ALL.to_vec()),
        ),
        0..40,
    );
    (
        kinds(SIGNS),
        kinds(SUPPORTS),
        kinds(ASKS),
        kinds(LOSS),
        0..=3usize,
        proptest::sample::subsequence(
            bank::SUGGESTIONS.iter().map(|s| s.id).collect::<Vec<_>>(),
            0..=3,
        ),
        answers,
    )
        .prop_map(|(signs, supports, asks, loss, people, picks, answers)| {
            let mut plan = marked(people);
            for (kind, ids) in [
                (ChipKind::Sign, signs),
                (ChipKind::Support, supports),
                (ChipKind::Ask, asks),
                (ChipKind::Loss, loss),
            ] {
                for id in ids {
                    plan.toggle_chip(kind, id);
                }
            }
            for id in picks {
                plan.toggle(id).expect("at most three");
            }
            (plan, answers)
        })
}

proptest! {
    /// Whatever the plan holds, in every language, the page for a supervisor holds no score,
    /// level, band, theme, safety answer, warning sign, recovery support, idea, person, date of
    /// review or text of the person's own other than their asks and what makes the work hard.
    #[test]
    fn the_page_for_a_supervisor_never_holds_more_than_the_asks(
        (plan, given) in any_plan(),
        letter in any::<bool>(),
    ) {
        let mut plan = plan;
        let answers: Answers = given.into_iter().collect();
        plan.prefill(&answers);
        plan.set_review_on(Date::new(2031, 7, 19));
        plan.mark_reviewed(Date::new(2030, 5, 17).expect("a day"));
        for lang in Lang::ALL {
            let l = lang.locale();
            let lv = lines(l, &Settings::default(), None);
            let made = page(l, &plan, View::Supervisor, day(), &lv, letter);
            let text = plain_text(&made);
            let allowed = [PlanText::Asks, PlanText::HardNow];
            for (i, t) in PlanText::ALL.iter().enumerate() {
                if !allowed.contains(t) {
                    prop_assert!(!text.contains(&format!("TEXT{i}X")), "{lang:?} {t:?}");
                }
            }
            prop_assert!(!text.contains("NAME") && !text.contains("555") && !text.contains("ASK0X"));
            prop_assert!(!text.contains("2031") && !text.contains("2030"));
            for kind in [ChipKind::Sign, ChipKind::Support, ChipKind::Loss] {
                for c in kind.chips() {
                    prop_assert!(!text.contains(chip_words(l, kind, c.id)), "{lang:?} {}", c.id);
                }
            }
            for s in bank::SUGGESTIONS {
                if let Some(words) = l.suggestion(s.id) {
                    prop_assert!(!text.contains(words.action), "{lang:?} {}", s.id);
                }
            }
            for q in l.safety_questions {
                prop_assert!(!text.contains(q.text), "{lang:?} {}", q.id);
            }
            for band in [Band::NeedsCare, Band::Watch, Band::Steady] {
                prop_assert!(!text.contains(l.band(band).name), "{lang:?} {band:?}");
            }
            for t in l.themes {
                prop_assert!(!text.contains(t.title), "{lang:?} {}", t.title);
            }
            prop_assert!(!text.contains('%'));
            // Nothing on it says a check-in, a plan of one's own or what was left out exists.
            for words in [l.ui.app_name, l.ui.plan.shows_supervisor, l.ui.plan.shows_mine,
                l.ui.results_not_diagnosis, l.ui.plan.mine_footer, l.ui.plan_title] {
                prop_assert!(!text.contains(words), "{lang:?}: {words}");
            }
            prop_assert!(!made.branded && made.shows.is_none() && made.footer.is_none());
            // No level or count is written: the only digits are the date the page was made and
            // the markers of the two texts it may hold.
            let mut rest = text.replace("2026-12-06", "");
            for (i, t) in PlanText::ALL.iter().enumerate() {
                if allowed.contains(t) {
                    rest = rest.replace(&format!("TEXT{i}X"), "");
                }
            }
            prop_assert!(rest.chars().all(|c| !c.is_ascii_digit()), "{lang:?}: {text}");
        }
    }
}

#[test]
fn a_phone_number_gives_links_and_anything_else_none() {
    assert_eq!(
        dial_links(" +1 (555) 010-0199 "),
        Some(("tel:+15550100199".into(), "sms:+15550100199".into()))
    );
    assert_eq!(
        dial_links("07700 900123").map(|l| l.0),
        Some("tel:07700900123".into())
    );
    for not in [
        "",
        "12345",
        "at the Tuesday meeting",
        "555 0101 ext. 4",
        "maria@example.org",
    ] {
        assert_eq!(dial_links(not), None, "{not}");
    }
}

#[test]
fn the_review_comes_sooner_when_a_part_needs_care_or_support_showed() {
    let steady: Answers = bank::QUESTIONS
        .iter()
        .map(|q| {
            let r = Response::ALL
                .into_iter()
                .find(|r| r.frequency().is_some_and(|x| q.health(x) == 100))
                .unwrap();
            (q.id, r)
        })
        .collect();
    assert_eq!(
        suggested_review_days(&evaluate(Length::Full, &steady)),
        REVIEW_DAYS
    );
    let mut used = steady.clone();
    used.set("saf_used", Response::Given(Frequency::Rarely));
    assert_eq!(
        suggested_review_days(&evaluate(Length::Full, &used)),
        REVIEW_SOON_DAYS
    );
    let heavy: Answers = bank::QUESTIONS
        .iter()
        .map(|q| {
            let r = Response::ALL
                .into_iter()
                .find(|r| r.frequency().is_some_and(|x| q.health(x) == 0))
                .unwrap();
            (q.id, r)
        })
        .collect();
    assert_eq!(
        suggested_review_days(&evaluate(Length::Full, &heavy)),
        REVIEW_SOON_DAYS
    );
}

#[test]
fn the_review_reminder_carries_the_date_and_no_word_of_the_plan() {
    for lang in Lang::ALL {
        let l = lang.locale();
        let on = Date::new(2027, 1, 3).expect("a day");
        let (name, ics) = review_reminder(l, day(), on);
        assert_eq!(name, "full-cup-plan-review-2027-01-03.ics");
        assert!(ics.contains("DTSTART;VALUE=DATE:20270103"));
        assert!(!ics.contains("TEXT") && !ics.contains("NAME"));
    }
}

#[test]
fn every_language_words_every_ready_choice_and_no_other() {
    for lang in Lang::ALL {
        let l = lang.locale();
        let p = &l.ui.plan;
        for (kind, words) in [
            (ChipKind::Sign, p.signs_chips),
            (ChipKind::Support, p.supports_chips),
            (ChipKind::Ask, p.asks_chips),
            (ChipKind::Loss, p.loss_chips),
        ] {
            let ids: Vec<&str> = words.iter().map(|(id, _)| *id).collect();
            let expected: Vec<&str> = kind.chips().iter().map(|c| c.id).collect();
            assert_eq!(ids, expected, "{lang:?} {kind:?}");
            assert!(words.iter().all(|(_, w)| !w.trim().is_empty()), "{lang:?}");
        }
    }
}

#[test]
fn a_remove_button_names_the_person_or_says_this_person() {
    let l = Lang::En.locale();
    assert_eq!(remove_person_label(l, " Sam "), "Remove Sam");
    assert_eq!(remove_person_label(l, ""), "Remove this person");
}
