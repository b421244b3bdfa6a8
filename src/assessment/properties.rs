//! Property tests of scoring on the real question bank: levels stay within 0–100, moving any
//! answer toward the healthy end never lowers its theme's level or the cup level, and the order
//! in which answers are given never matters.

use proptest::prelude::*;

use super::*;

/// Any response, skips included.
fn response() -> impl Strategy<Value = Response> {
    prop::sample::select(Response::ALL.to_vec())
}

fn length() -> impl Strategy<Value = Length> {
    prop::sample::select(vec![Length::Full, Length::Pulse])
}

/// A response (or none) for every scored and safety question, in bank order.
fn answer_sheet() -> impl Strategy<Value = Vec<Option<Response>>> {
    let n = bank::QUESTIONS.len() + bank::SAFETY_QUESTIONS.len();
    prop::collection::vec(prop::option::of(response()), n)
}

fn ids() -> Vec<&'static str> {
    bank::QUESTIONS
        .iter()
        .map(|q| q.id)
        .chain(bank::SAFETY_QUESTIONS.iter().map(|q| q.id))
        .collect()
}

fn answers_from(sheet: &[Option<Response>]) -> Answers {
    ids()
        .into_iter()
        .zip(sheet)
        .filter_map(|(id, r)| r.map(|r| (id, r)))
        .collect()
}

/// The frequency one step healthier for this question, if there is one.
fn healthier(q: &Question, f: Frequency) -> Option<Frequency> {
    // Points in the theme's own direction; healthy means more points for protective themes,
    // fewer for strain themes.
    let want_more = q.theme.kind() == Kind::Protective;
    let i = Frequency::ALL.iter().position(|x| *x == f)?;
    let candidates = [
        i.checked_sub(1),
        Some(i + 1).filter(|j| *j < Frequency::ALL.len()),
    ];
    candidates
        .into_iter()
        .flatten()
        .map(|j| Frequency::ALL[j])
        .find(|g| {
            let (now, then) = (q.points(f), q.points(*g));
            if want_more {
                then > now
            } else {
                then < now
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn levels_stay_within_0_to_100(sheet in answer_sheet(), length in length()) {
        let outcome = evaluate(length, &answers_from(&sheet));
        for t in &outcome.scores.themes {
            if let Some(l) = t.level {
                prop_assert!((0.0..=100.0).contains(&l.value()));
                prop_assert!(l.rounded() <= 100);
            }
        }
        if let Some(cup) = outcome.scores.cup {
            prop_assert!((0.0..=100.0).contains(&cup.value()));
        }
        prop_assert!(outcome.start_here.len() <= suggestion::START_HERE);
    }

    #[test]
    fn a_healthier_answer_never_lowers_its_theme_or_the_cup(
        sheet in answer_sheet(),
        length in length(),
        pick in any::<prop::sample::Index>(),
    ) {
        let answers = answers_from(&sheet);
        let asked: Vec<&Question> = bank::QUESTIONS.iter().filter(|q| q.asked_in(length)).collect();
        let q = asked[pick.index(asked.len())];
        let Some(f) = answers.get(q.id).and_then(|r| r.frequency()) else { return Ok(()) };
        let Some(g) = healthier(q, f) else { return Ok(()) };
        let mut better = answers.clone();
        better.set(q.id, g.into());
        let before = evaluate(length, &answers).scores;
        let after = evaluate(length, &better).scores;
        let (b, a) = (before.level(q.theme), after.level(q.theme));
        prop_assert_eq!(a.is_some(), b.is_some(), "changing an answer never changes whether a level exists");
        if let (Some(b), Some(a)) = (b, a) {
            prop_assert!(a.value() > b.value(), "{} {:?}->{:?}: {:?} -> {:?}", q.id, f, g, b, a);
        }
        if let (Some(cb), Some(ca)) = (before.cup, after.cup) {
            prop_assert!(ca.value() >= cb.value());
        }
    }

    #[test]
    fn answer_order_does_not_matter(sheet in answer_sheet(), length in length(), seed in any::<u64>()) {
        let pairs: Vec<(&str, Response)> =
            ids().into_iter().zip(&sheet).filter_map(|(id, r)| r.map(|r| (id, r))).collect();
        let mut shuffled = pairs.clone();
        // A deterministic shuffle from the seed (Fisher–Yates with an LCG).
        let mut s = seed | 1;
        for i in (1..shuffled.len()).rev() {
            s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            let j = usize::try_from(s >> 33).unwrap_or(0) % (i + 1);
            shuffled.swap(i, j);
        }
        let mut in_order = Answers::new();
        for (id, r) in &pairs { in_order.set(id, *r); }
        let mut reordered = Answers::new();
        for (id, r) in &shuffled { reordered.set(id, *r); }
        prop_assert_eq!(evaluate(length, &in_order), evaluate(length, &reordered));
    }

    #[test]
    fn what_follows_a_signal_holds_whatever_else_is_answered(sheet in answer_sheet(), length in length()) {
        let o = evaluate(length, &answers_from(&sheet));
        if o.distress() {
            prop_assert!(o.start_here.iter().any(|r| r.suggestion.id == bank::SIGNAL_IDEAS.distress));
            prop_assert!(o.start_here.iter().all(|r| !r.suggestion.keeps_steady()));
        }
        if o.used_again {
            prop_assert!(o.start_here.iter().all(|r| !r.suggestion.keeps_steady()));
        }
        if o.signals.contains(&SafetySignal::RelapseRisk) {
            prop_assert_eq!(o.start_here.first().map(|r| r.suggestion.theme), Some(Theme::Recovery));
            prop_assert!(!o.strengths.contains(&Theme::Recovery));
        }
        for t in &o.strengths {
            prop_assert!(!o.weighing.iter().any(|w| w.question.theme == *t && w.weight == Weight::Severe));
        }
        prop_assert!(o.start_here.len() <= suggestion::START_HERE);
    }

    #[test]
    fn prefer_not_to_answer_never_raises_a_signal(
        sheet in answer_sheet(),
        length in length(),
        pick in any::<prop::sample::Index>(),
    ) {
        // Turning any one safety answer into "Prefer not to answer" never adds a signal. (A
        // scored answer skipped changes its part's level, as any skip does; the level of one's
        // own recovery counts towards relapse risk only beside a moderate safety answer.)
        let answers = answers_from(&sheet);
        let before = evaluate(length, &answers).signals;
        let id = bank::SAFETY_QUESTIONS[pick.index(bank::SAFETY_QUESTIONS.len())].id;
        let mut skipped = answers.clone();
        skipped.set(id, Response::Skip);
        let after = evaluate(length, &skipped).signals;
        for s in &after {
            prop_assert!(before.contains(s), "{:?} raised by skipping", s);
        }
    }

    #[test]
    fn skipping_is_never_scored_as_an_answer(sheet in answer_sheet(), length in length()) {
        let answers = answers_from(&sheet);
        let mut without_skips = Answers::new();
        for (id, r) in answers.iter() {
            if r != Response::Skip { without_skips.set(id, r); }
        }
        prop_assert_eq!(evaluate(length, &answers).scores, evaluate(length, &without_skips).scores);
    }

    /// The search the reasons are held to: a pattern's reason names its parts as among the
    /// person's lowest, so every part it joins must be a priority at or below its band; and a
    /// pattern never takes the place of a priority that had an idea to give.
    #[test]
    fn no_pattern_reason_is_false_for_the_answers_that_fired_it(sheet in answer_sheet(), length in length()) {
        let outcome = evaluate(length, &answers_from(&sheet));
        for (i, r) in outcome.start_here.iter().enumerate() {
            let Reason::Pattern(id) = r.reason else { continue };
            let pattern = pattern(id).expect("a pattern of the bank");
            for &(theme, at_most) in pattern.when {
                prop_assert!(outcome.priorities.contains(&theme), "{}: {:?} is not a priority", id, theme);
                prop_assert!(outcome.scores.band(theme).is_some_and(|b| b <= at_most), "{}: {:?}", id, theme);
            }
            // Every priority before it already has an idea of its own, or has none to give.
            for &theme in &outcome.priorities {
                let for_it = |e: &Recommendation| match e.reason {
                    Reason::Priority(t) => t == theme,
                    Reason::Answer { question, .. } => {
                        bank::QUESTIONS.iter().any(|q| q.id == question && q.theme == theme)
                    }
                    _ => e.suggestion.theme == theme,
                };
                let has_one = outcome.start_here[..i].iter().any(for_it);
                let band = outcome.scores.band(theme).expect("a priority has a level");
                let none_to_give = suggestion::fitting(bank::SUGGESTIONS, theme, band)
                    .all(|s| outcome.start_here[..i].iter().any(|e| e.suggestion.id == s.id));
                prop_assert!(has_one || none_to_give, "{} took the place of {:?}", id, theme);
            }
        }
    }
}
