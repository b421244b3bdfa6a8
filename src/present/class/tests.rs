use super::*;
use crate::content::Lang;

#[test]
fn the_slides_are_the_rules_every_circle_in_page_order_and_a_close() {
    let all = slides(&Settings::default());
    assert_eq!(all.len(), Theme::PAGE_ORDER.len() + 3);
    assert_eq!(all[0], Slide::Opening);
    assert_eq!(
        all[all.len() - 2],
        Slide::Later,
        "the code comes after the circles"
    );
    assert_eq!(all[all.len() - 1], Slide::Closing, "the lines come last");
    // In an LMS package there is no code to show: no slide for it.
    let packaged = slides(&Settings::default().packaged());
    assert!(!packaged.contains(&Slide::Later));
    assert_eq!(packaged.len(), all.len() - 1);
    assert_eq!(packaged[packaged.len() - 1], Slide::Closing);
    for (i, t) in Theme::PAGE_ORDER.iter().enumerate() {
        assert_eq!(all[i + 1], Slide::Circle(*t));
    }
}

#[test]
fn every_slide_has_words_in_every_language_and_the_close_has_lines_to_call() {
    for lang in Lang::ALL {
        let l = lang.locale();
        for slide in slides(&Settings::default()) {
            match slide_view(slide, l, &Settings::default(), None) {
                SlideView::Opening {
                    heading,
                    rules,
                    note,
                } => {
                    assert!(!heading.is_empty() && !note.is_empty() && !rules.is_empty());
                    assert_eq!(
                        rules,
                        l.training().guide.rules,
                        "the guide's own ground rules"
                    );
                }
                SlideView::Later { heading, text } => {
                    assert!(!heading.is_empty() && !text.is_empty());
                }
                SlideView::Circle {
                    title,
                    prompt,
                    aim,
                    practice,
                } => {
                    assert!([title, prompt, aim, practice].iter().all(|t| !t.is_empty()));
                }
                SlideView::Closing {
                    heading,
                    text,
                    lines,
                    elsewhere,
                    stay,
                } => {
                    assert!(!heading.is_empty() && !text.is_empty());
                    assert!(!elsewhere.is_empty() && !stay.is_empty());
                    assert!(!lines.first.is_empty(), "{lang:?}: lines on the close");
                    assert!(lines.emergency.is_some(), "{lang:?}: the emergency number");
                }
            }
        }
        assert_eq!(slide_of(l, 2, 10).matches('3').count(), 1, "{lang:?}");
        assert!(slide_of(l, 2, 10).contains("10"), "{lang:?}");
        // Every slide has a name of its own in the list to jump to.
        let names: Vec<&str> = slides(&Settings::default())
            .into_iter()
            .map(|s| slide_name(s, l))
            .collect();
        let mut unique = names.clone();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), names.len(), "{lang:?}: {names:?}");
    }
}

#[test]
fn the_arrow_along_the_reading_direction_moves_on() {
    let ltr = Direction::LeftToRight;
    let rtl = Direction::RightToLeft;
    assert_eq!(command("ArrowRight", ltr, false), Some(Command::Next));
    assert_eq!(command("ArrowLeft", ltr, false), Some(Command::Previous));
    assert_eq!(command("ArrowLeft", rtl, false), Some(Command::Next));
    assert_eq!(command("ArrowRight", rtl, false), Some(Command::Previous));
    for d in [ltr, rtl] {
        assert_eq!(command("PageDown", d, false), Some(Command::Next));
        assert_eq!(command("ArrowDown", d, false), Some(Command::Next));
        assert_eq!(command("PageUp", d, false), Some(Command::Previous));
        assert_eq!(command("Home", d, false), Some(Command::First));
        assert_eq!(command("End", d, false), Some(Command::Last));
        assert_eq!(command(" ", d, false), Some(Command::Timer));
        assert_eq!(command("Tab", d, false), None, "Tab stays the browser's");
        assert_eq!(
            command("Enter", d, false),
            None,
            "Enter presses the focused button"
        );
        assert_eq!(command("a", d, false), None);
    }
}

#[test]
fn moving_holds_at_both_ends() {
    assert_eq!(moved(0, 10, Command::Previous), 0);
    assert_eq!(moved(0, 10, Command::Next), 1);
    assert_eq!(moved(9, 10, Command::Next), 9);
    assert_eq!(moved(4, 10, Command::Last), 9);
    assert_eq!(moved(4, 10, Command::First), 0);
    assert_eq!(moved(4, 10, Command::Timer), 4);
    assert_eq!(moved(4, 10, Command::To(7)), 7);
    assert_eq!(moved(4, 10, Command::To(70)), 9, "never past the close");
}

#[test]
fn the_timer_starts_pauses_carries_on_and_ends_by_the_clock() {
    let b = Breakout::default();
    assert_eq!(b.minutes, BREAKOUT_FIRST);
    assert!(BREAKOUT_MINUTES.contains(&BREAKOUT_FIRST));
    assert_eq!(b.state(0), TimerState::Ready);
    assert_eq!(
        b.seconds_left(99_000),
        300,
        "the whole length until started"
    );
    let b = b.toggled(1_000);
    assert_eq!(b.state(1_000), TimerState::Running);
    assert_eq!(b.seconds_left(1_001), 300, "rounded up");
    assert_eq!(b.seconds_left(61_000), 240);
    // Paused for ten minutes: the time left holds.
    let b = b.toggled(61_000);
    assert_eq!(b.state(661_000), TimerState::Paused);
    assert_eq!(b.seconds_left(661_000), 240);
    let b = b.toggled(661_000);
    assert_eq!(b.state(661_000), TimerState::Running);
    // A tab in the background comes back past the end: done, at 0:00.
    assert_eq!(b.state(901_000), TimerState::Done);
    assert_eq!(b.seconds_left(999_999), 0);
    // Pressed again after the end: the whole length afresh.
    let again = b.toggled(1_000_000);
    assert_eq!(again.state(1_000_000), TimerState::Running);
    assert_eq!(again.seconds_left(1_000_000), 300);
    let three = Breakout::with_minutes(3);
    assert_eq!(three.seconds_left(0), 180);
    assert_eq!(three.state(0), TimerState::Ready);
}

#[test]
fn the_clock_face_is_minutes_and_two_digit_seconds() {
    assert_eq!(clock_face(300), "5:00");
    assert_eq!(clock_face(65), "1:05");
    assert_eq!(clock_face(9), "0:09");
    assert_eq!(clock_face(0), "0:00");
    assert_eq!(clock_face(900), "15:00");
}

#[test]
fn the_pack_has_a_card_per_part_a_poster_column_per_part_and_the_paper_sheet() {
    for lang in Lang::ALL {
        let l = lang.locale();
        let view = pack(l, &Settings::default(), None);
        assert_eq!(view.cards.len(), Theme::PAGE_ORDER.len());
        for (card, theme) in view.cards.iter().zip(Theme::PAGE_ORDER) {
            assert_eq!(card.title, l.theme(theme).title, "{lang:?}: page order");
            assert!(!card.situation.is_empty(), "{lang:?} {theme:?}");
            for q in card.questions {
                // Each is a question for the group, about the worker on the card.
                assert!(
                    q.trim_end().ends_with(['?', '؟']),
                    "{lang:?} {theme:?}: {q}"
                );
            }
            assert_ne!(card.questions[0], card.questions[1]);
        }
        assert_eq!(
            view.columns,
            Theme::PAGE_ORDER
                .iter()
                .map(|&t| l.theme(t).title)
                .collect::<Vec<_>>()
        );
        assert!(
            !view.paper.key.is_empty(),
            "{lang:?}: the scoring key in the pack"
        );
        assert!(
            !view.paper.lines.first.is_empty(),
            "{lang:?}: lines on the sheet"
        );
    }
}
