//! Persona tests: whole check-ins for people drawn from the research, scored against the real bank.
//!
//! Each persona answers every question of the check-in. Answers are written as the person's
//! reality ("how often the healthy side of this theme was true for me"); [`Person::lived`] turns
//! that into the answer each question gets, respecting strain themes and reverse keying. Single
//! questions are then set by hand where a persona has something specific to say.

use super::*;

/// The answer that reports `health` on `question`: how often the healthy side of its theme was
/// true. Strain themes and reverse-worded questions point the other way, so the answer is mirrored
/// when exactly one of them applies.
fn answer_for(question: &Question, health: Frequency) -> Frequency {
    let mirrored = (question.theme.kind() == Kind::Strain) != question.reverse;
    if !mirrored {
        return health;
    }
    match health {
        Frequency::Never => Frequency::Always,
        Frequency::Rarely => Frequency::Often,
        Frequency::Sometimes => Frequency::Sometimes,
        Frequency::Often => Frequency::Rarely,
        Frequency::Always => Frequency::Never,
    }
}

/// One person's check-in.
struct Person {
    length: Length,
    answers: Answers,
}

impl Person {
    /// Someone who is doing well in every theme ("Often" healthy) and raises no safety concern.
    fn new(length: Length) -> Person {
        let mut p = Person {
            length,
            answers: Answers::new(),
        };
        for theme in Theme::PAGE_ORDER {
            p = p.lived(theme, Frequency::Often);
        }
        for q in bank::SAFETY_QUESTIONS {
            p.answers.set(q.id, Response::Given(Frequency::Never));
        }
        p
    }

    /// Answers every question of `theme` asked in this length so that the healthy side of the
    /// theme was true `health` of the time.
    fn lived(mut self, theme: Theme, health: Frequency) -> Person {
        for q in questions_for(theme, self.length) {
            self.answers.set(q.id, answer_for(q, health).into());
        }
        self
    }

    /// Sets one answer exactly as the person would tick it.
    fn says(mut self, id: &str, answer: Frequency) -> Person {
        assert!(is_known_question(id), "no question {id}");
        self.answers.set(id, answer.into());
        self
    }

    fn outcome(&self) -> Outcome {
        evaluate(self.length, &self.answers)
    }
}

fn picks(outcome: &Outcome) -> Vec<&'static str> {
    outcome.start_here.iter().map(|p| p.suggestion.id).collect()
}

fn reasons(outcome: &Outcome) -> Vec<Reason> {
    outcome.start_here.iter().map(|p| p.reason).collect()
}

fn asked(length: Length) -> usize {
    bank::QUESTIONS
        .iter()
        .filter(|q| q.asked_in(length))
        .count()
}

/// The persona answers every question of the full check-in.
fn assert_complete(p: &Person) {
    for q in bank::QUESTIONS {
        assert!(p.answers.get(q.id).is_some(), "{} unanswered", q.id);
    }
    for q in bank::SAFETY_QUESTIONS {
        assert!(p.answers.get(q.id).is_some(), "{} unanswered", q.id);
    }
}

/// Always on: the work phone never goes off and work spills into evenings and family life.
#[test]
fn always_on_starts_with_phone_hours_and_guarding_recovery_time() {
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
    assert_eq!(
        picks(&o),
        vec!["bou_phone_hours", "bou_recovery_time", "rec_not_work"]
    );
    assert_eq!(
        reasons(&o),
        vec![
            Reason::Priority(Theme::Boundaries),
            Reason::Pattern("recovery_crowded_out"),
            Reason::Pattern("helping_not_recovery"),
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
fn grieving_and_blaming_self_starts_with_sorting_out_whose_part_it_was() {
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
    assert_eq!(&o.priorities[1..], &[Theme::Intensity, Theme::Support]);
    assert_eq!(picks(&o), vec!["out_my_part", "sup_debrief", "int_grieve"]);
    assert_eq!(o.start_here[1].reason, Reason::Pattern("heavy_and_alone"));
    assert_eq!(o.start_here[2].reason, Reason::Pattern("loss_and_blame"));
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
        .lived(Theme::Intensity, Frequency::Sometimes);
    assert_complete(&p);
    let o = p.outcome();
    assert_eq!(o.priorities, vec![Theme::Recovery, Theme::Intensity]);
    assert_eq!(o.strengths[0], Theme::Meaning);
    assert_eq!(picks(&o), vec!["rec_protect", "rec_not_work", "int_reset"]);
    assert_eq!(
        o.start_here[1].reason,
        Reason::Pattern("helping_not_recovery")
    );
}

/// Undervalued: staff who are not peers look down on the role, and there is no peer supervision.
#[test]
fn undervalued_without_peer_supervision_looks_outside_the_organisation() {
    let p = Person::new(Length::Full)
        .lived(Theme::Workplace, Frequency::Rarely)
        .says("wor_looked_down", Frequency::Always)
        .lived(Theme::Support, Frequency::Sometimes)
        .says("sup_supervision", Frequency::Never);
    assert_complete(&p);
    let o = p.outcome();
    assert_eq!(o.priorities, vec![Theme::Workplace, Theme::Support]);
    assert_eq!(
        picks(&o),
        vec!["wor_role_clear", "sup_peer_network", "sup_talk"]
    );
    assert_eq!(
        o.start_here[1].reason,
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

    // "Sometimes" on urges, withdrawal or hopelessness is not yet a signal; skipping never is.
    let mut p = Person::new(Length::Full)
        .says("saf_urges", Frequency::Sometimes)
        .says("saf_withdraw", Frequency::Sometimes)
        .says("saf_hopeless", Frequency::Sometimes);
    p.answers.set("saf_alive", Response::Skip);
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
    assert_eq!(o.priorities, Theme::TIE_ORDER.to_vec());
    assert!(o.strengths.is_empty());
    assert_eq!(picks(&o), vec!["rec_protect", "sup_debrief", "int_grieve"]);
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
    assert_eq!(picks(&o), vec!["int_reset", "sup_debrief", "sup_talk"]);
    assert_eq!(o.signals, vec![SafetySignal::AcuteDistress]);
}

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
    let full = asked(Length::Full);
    assert!((32..=45).contains(&full), "full check-in asks {full}");
    let pulse = asked(Length::Pulse) + bank::SAFETY_QUESTIONS.len();
    assert!((8..=14).contains(&pulse), "pulse asks {pulse}");
    for theme in Theme::PAGE_ORDER {
        let n = questions_for(theme, Length::Full).count();
        assert!((4..=5).contains(&n), "{theme:?} has {n} questions");
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
            of_theme.iter().all(|s| !s.fits.is_empty()),
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
        assert_eq!(
            pick.map(|x| x.reason),
            Some(Reason::Pattern(pattern.id)),
            "{}",
            pattern.id
        );
    }
}
