//! Searches of "start here" over the whole library and bank: properties that must hold for every
//! idea and every answer (beside `properties.rs`, which searches random answer sets).

use super::person::*;
use super::suggestion::Weight;
use super::*;

#[test]
fn a_single_severe_answer_in_a_thriving_profile_is_named_and_leads() {
    for q in bank::QUESTIONS.iter().filter(|q| q.weighs) {
        let o = thriving(Length::Full).says(q.id, severe(q)).outcome();
        assert!(
            o.standing_out.iter().any(|w| w.question.id == q.id),
            "{} is not named",
            q.id
        );
        assert_eq!(
            o.start_here.first().map(|r| r.reason),
            Some(Reason::Answer {
                question: q.id,
                answer: severe(q)
            }),
            "{} does not lead start here",
            q.id
        );
    }
}

#[test]
fn helping_not_felt_as_healing_is_never_held_against_anyone() {
    let o = thriving(Length::Full)
        .says("mea_healing", Frequency::Never)
        .outcome();
    assert!(o.standing_out.is_empty());
    assert!(o.start_here.iter().all(|r| !matches!(
        r.reason,
        Reason::Answer {
            question: "mea_healing",
            ..
        }
    )));
}

#[test]
fn no_steady_only_idea_ever_goes_to_a_theme_that_is_not_steady() {
    let levels = [Frequency::Rarely, Frequency::Sometimes, Frequency::Often];
    let mut combos = 0;
    for mut n in 0..3usize.pow(8) {
        let mut p = Person::new(Length::Full);
        for theme in Theme::PAGE_ORDER {
            p = p.lived(theme, levels[n % 3]);
            n /= 3;
        }
        let o = p.outcome();
        for r in &o.start_here {
            if r.suggestion.keeps_steady() {
                assert_eq!(
                    o.scores.band(r.suggestion.theme),
                    Some(Band::Steady),
                    "{:?}",
                    r
                );
            }
            if let Reason::KeepSteady(t) = r.reason {
                assert_eq!(o.scores.band(t), Some(Band::Steady));
            }
        }
        let mut seen: Vec<&str> = o.start_here.iter().map(|r| r.suggestion.id).collect();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), o.start_here.len(), "an idea offered twice");
        assert!(o.priorities.len() <= scoring::PRIORITIES);
        assert!(o
            .strengths
            .iter()
            .all(|t| o.scores.band(*t) == Some(Band::Steady)));
        combos += 1;
    }
    assert_eq!(combos, 6561);
}

#[test]
fn no_answer_gets_two_ideas() {
    let mut p = Person::new(Length::Full);
    for q in bank::QUESTIONS {
        p = p.says(q.id, severe(q));
    }
    let o = p.outcome();
    let mut answered: Vec<&str> = o
        .start_here
        .iter()
        .filter_map(|r| match r.reason {
            Reason::Answer { question, .. } => Some(question),
            _ => None,
        })
        .collect();
    let n = answered.len();
    answered.sort_unstable();
    answered.dedup();
    assert_eq!(answered.len(), n);
    assert_eq!(o.start_here.len(), 3);
}

/// Searches for an honest answer set that makes `s` a "start here" idea.
fn reachable(s: &Suggestion) -> bool {
    let found = |p: &Person| {
        p.outcome()
            .start_here
            .iter()
            .any(|r| r.suggestion.id == s.id)
    };
    // A safety answer in an otherwise good month.
    for q in bank::SAFETY_QUESTIONS {
        for answer in Frequency::ALL {
            if found(&Person::new(Length::Full).says(q.id, answer)) {
                return true;
            }
        }
    }
    let heights = Frequency::ALL;
    // An answer it answers, at each weight, in its theme at each level, in an otherwise good month.
    for id in s.answers {
        let q = bank::QUESTIONS
            .iter()
            .find(|q| q.id == *id)
            .expect("answers a real question");
        for base in [Frequency::Always, Frequency::Often] {
            for level in heights {
                for answer in heights.iter().filter(|f| Weight::of(q, **f).is_some()) {
                    let mut p = Person::new(Length::Full);
                    for t in Theme::PAGE_ORDER {
                        p = p.lived(t, base);
                    }
                    if found(&p.lived(q.theme, level).says(q.id, *answer)) {
                        return true;
                    }
                }
            }
        }
    }
    // A pattern that names it.
    for pattern in bank::PATTERNS.iter().filter(|p| p.suggestion == s.id) {
        for level in [Frequency::Rarely, Frequency::Sometimes] {
            let mut p = Person::new(Length::Full);
            for &(t, _) in pattern.when {
                p = p.lived(t, level);
            }
            if found(&p) {
                return true;
            }
        }
    }
    // Its theme at each level, the others thriving or steady (keeping steady lands here).
    for base in [Frequency::Always, Frequency::Often] {
        for level in heights {
            let mut p = Person::new(Length::Full);
            for t in Theme::PAGE_ORDER {
                p = p.lived(t, base);
            }
            if found(&p.lived(s.theme, level)) {
                return true;
            }
        }
    }
    false
}

#[test]
fn every_idea_in_the_library_can_be_a_start_here_pick() {
    let unreachable: Vec<&str> = bank::SUGGESTIONS
        .iter()
        .filter(|s| !reachable(s))
        .map(|s| s.id)
        .collect();
    assert!(unreachable.is_empty(), "never offered: {unreachable:?}");
}
