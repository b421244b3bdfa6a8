//! Checks of the bank itself: check-in lengths, reverse wording, ids, safety thresholds, and a
//! library and patterns that cover every band and can be reached.

use super::person::*;
use super::*;

#[test]
fn pulse_asks_one_representative_question_per_theme() {
    for theme in Theme::PAGE_ORDER {
        let pulse: Vec<&Question> = questions_for(theme, Length::Pulse).collect();
        assert_eq!(pulse.len(), 1, "{theme:?}");
        assert!(
            !pulse[0].reverse,
            "{} should not be reverse-keyed",
            pulse[0].id
        );
    }
}

#[test]
fn check_in_lengths_are_within_bounds() {
    // 46 scored statements and 5 safety ones, each one short line on one scale: about six
    // minutes at seven seconds a line, inside the 5–8 minutes the check-in promises.
    let full = asked(Length::Full);
    assert!((32..=46).contains(&full), "full check-in asks {full}");
    let pulse = asked(Length::Pulse) + bank::SAFETY_QUESTIONS.len();
    assert!((8..=14).contains(&pulse), "pulse asks {pulse}");
    for theme in Theme::PAGE_ORDER {
        let n = questions_for(theme, Length::Full).count();
        assert!((4..=6).contains(&n), "{theme:?} has {n} questions");
    }
}

#[test]
fn most_themes_have_a_reverse_worded_question() {
    let with_reverse = Theme::PAGE_ORDER
        .iter()
        .filter(|&&t| bank::QUESTIONS.iter().any(|q| q.theme == t && q.reverse))
        .count();
    assert!(
        with_reverse >= 6,
        "only {with_reverse} themes have a reverse-worded question"
    );
}

#[test]
fn ids_are_unique_and_carry_their_theme_prefix() {
    let prefix = |t: Theme| &t.key()[..3];
    let mut ids: Vec<&str> = bank::QUESTIONS.iter().map(|q| q.id).collect();
    ids.extend(bank::SAFETY_QUESTIONS.iter().map(|q| q.id));
    let mut suggestions: Vec<&str> = bank::SUGGESTIONS.iter().map(|s| s.id).collect();
    let mut patterns: Vec<&str> = bank::PATTERNS.iter().map(|p| p.id).collect();
    for list in [&mut ids, &mut suggestions, &mut patterns] {
        let n = list.len();
        list.sort_unstable();
        list.dedup();
        assert_eq!(list.len(), n, "duplicate ids");
    }
    for q in bank::QUESTIONS {
        assert!(
            q.id.starts_with(&format!("{}_", prefix(q.theme))),
            "{}",
            q.id
        );
    }
    for q in bank::SAFETY_QUESTIONS {
        assert!(q.id.starts_with("saf_"), "{}", q.id);
    }
    for s in bank::SUGGESTIONS {
        assert!(
            s.id.starts_with(&format!("{}_", prefix(s.theme))),
            "{}",
            s.id
        );
    }
}

#[test]
fn safety_questions_keep_their_ids_and_thresholds() {
    let find = |id: &str| bank::SAFETY_QUESTIONS.iter().find(|q| q.id == id).copied();
    let urges = find("saf_urges").expect("saf_urges");
    assert_eq!(
        (urges.signal, urges.raises_from),
        (SafetySignal::RelapseRisk, Frequency::Often)
    );
    let alive = find("saf_alive").expect("saf_alive");
    assert_eq!(
        (alive.signal, alive.raises_from),
        (SafetySignal::AcuteDistress, Frequency::Rarely)
    );
    for signal in [SafetySignal::RelapseRisk, SafetySignal::AcuteDistress] {
        assert!(
            bank::SAFETY_QUESTIONS
                .iter()
                .filter(|q| q.signal == signal)
                .count()
                >= 2
        );
    }
}

#[test]
fn the_library_is_large_enough_and_covers_every_band() {
    assert!(
        bank::SUGGESTIONS.len() >= 40,
        "{} suggestions",
        bank::SUGGESTIONS.len()
    );
    for theme in Theme::PAGE_ORDER {
        let of_theme: Vec<&Suggestion> = bank::SUGGESTIONS
            .iter()
            .filter(|s| s.theme == theme)
            .collect();
        assert!(
            of_theme.len() >= 4,
            "{theme:?} has {} suggestions",
            of_theme.len()
        );
        for band in Band::ALL {
            assert!(
                suggestion::fitting(bank::SUGGESTIONS, theme, band)
                    .next()
                    .is_some(),
                "{theme:?} has nothing for {band:?}"
            );
        }
        // "Start here" has a fallback: a second suggestion for each low band.
        for band in [Band::NeedsCare, Band::Watch] {
            assert!(suggestion::fitting(bank::SUGGESTIONS, theme, band)
                .nth(1)
                .is_some());
        }
        assert!(
            of_theme
                .iter()
                .all(|s| !s.fits.is_empty() || signal_only(s)),
            "{theme:?} has a suggestion that fits nothing"
        );
    }
}

#[test]
fn every_pattern_names_a_real_suggestion_and_is_reachable() {
    assert!(bank::PATTERNS.len() >= 5);
    assert!(bank::PATTERNS.iter().any(|p| p.id == "heavy_and_alone"
        && p.when.contains(&(Theme::Intensity, Band::Watch))
        && p.when.contains(&(Theme::Support, Band::Watch))));
    for pattern in bank::PATTERNS {
        let s = suggestion(pattern.suggestion).unwrap_or_else(|| {
            panic!(
                "{} names unknown suggestion {}",
                pattern.id, pattern.suggestion
            )
        });
        assert!(pattern.when.len() >= 2, "{} is not cross-theme", pattern.id);
        assert!(
            pattern.when.iter().all(|&(_, b)| b != Band::Steady),
            "{} always fires",
            pattern.id
        );
        // Bring only the pattern's themes low; its suggestion is then offered, for that reason.
        let mut p = Person::new(Length::Full);
        for &(theme, _) in pattern.when {
            p = p.lived(theme, Frequency::Rarely);
        }
        let o = p.outcome();
        let pick = o.start_here.iter().find(|x| x.suggestion.id == s.id);
        // Offered for the pattern, or already for one of the person's answers in its themes.
        let for_it = match pick.map(|x| x.reason) {
            Some(Reason::Pattern(id)) => id == pattern.id,
            Some(Reason::Answer { question, .. }) => pattern.when.iter().any(|&(t, _)| {
                bank::QUESTIONS
                    .iter()
                    .any(|q| q.id == question && q.theme == t)
            }),
            _ => false,
        };
        assert!(for_it, "{}: {:?}", pattern.id, o.start_here);
    }
}
