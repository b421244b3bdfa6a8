//! Scoring: theme levels, bands and their thresholds, the cup level, priorities and strengths.
//!
//! Every rule here is provisional and reflective, not a clinical norm.

use super::answer::Answers;
use super::question::{Length, Question};
use super::small_sort::sort_small_by;
use super::theme::{Kind, Theme};

/// How full one part of the cup is, from 0 (empty) to 100 (full). Fuller is always healthier.
#[derive(Clone, Copy, Debug, PartialEq, PartialOrd)]
pub struct Level(f64);

impl Level {
    /// Accepts only finite values within 0–100, so no level can ever leave that range.
    pub fn new(value: f64) -> Option<Level> {
        (value.is_finite() && (0.0..=100.0).contains(&value)).then_some(Level(value))
    }

    pub fn value(self) -> f64 {
        self.0
    }

    /// The whole number shown to a person (halves round up).
    pub fn rounded(self) -> u8 {
        // The invariant keeps the value in 0–100, so the cast cannot overflow.
        (self.0 + 0.5).floor() as u8
    }

    pub fn band(self) -> Band {
        Band::of(self)
    }
}

keyed! {
    /// A level in words. Words come first for people; the number second. Declared from the
    /// lowest band up, so that `<=` means "at or below".
    pub enum Band {
        NeedsCare = "needs-care",
        Watch = "watch",
        Steady = "steady",
    }
}

/// The band thresholds, in one place, on the whole number a person sees (so a level shown as 65
/// is never called anything but "Steady"). Provisional: chosen so that an average answer of
/// "Sometimes" (50) on a theme reads "Worth watching", mostly "Often" on a strain theme
/// (25) reads "Needs care now", and mostly "Rarely" on a strain theme (75) reads "Steady".
/// They are not clinical cut-offs and were not normed on any population.
pub mod thresholds {
    /// A level at or above this is "Steady".
    pub const STEADY_FROM: u8 = 65;
    /// A level at or above this (and below [`STEADY_FROM`]) is "Worth watching"; below it, "Needs care now".
    pub const WATCH_FROM: u8 = 40;
}

impl Band {
    pub fn of(level: Level) -> Band {
        Band::of_shown(level.rounded())
    }

    /// The band of a whole-number level as shown (for example one saved in the history).
    pub fn of_shown(shown: u8) -> Band {
        if shown >= thresholds::STEADY_FROM {
            Band::Steady
        } else if shown >= thresholds::WATCH_FROM {
            Band::Watch
        } else {
            Band::NeedsCare
        }
    }
}

/// One theme's outcome.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ThemeScore {
    pub theme: Theme,
    /// `None` when fewer than half of the theme's questions were answered ("not enough answers").
    pub level: Option<Level>,
    pub answered: usize,
    pub asked: usize,
}

/// All theme outcomes in page order, and the cup level.
#[derive(Clone, Debug, PartialEq)]
pub struct Scores {
    pub themes: Vec<ThemeScore>,
    /// `None` when fewer than half of the themes have a level.
    pub cup: Option<Level>,
}

impl Scores {
    pub fn level(&self, theme: Theme) -> Option<Level> {
        self.themes
            .iter()
            .find(|t| t.theme == theme)
            .and_then(|t| t.level)
    }

    pub fn band(&self, theme: Theme) -> Option<Band> {
        self.level(theme).map(Band::of)
    }

    pub fn scored_count(&self) -> usize {
        self.themes.iter().filter(|t| t.level.is_some()).count()
    }
}

/// A theme needs at least half of its questions answered (not skipped) to get a level.
pub fn enough_answers(answered: usize, asked: usize) -> bool {
    asked > 0 && answered * 2 >= asked
}

/// Scores one theme: the mean of its answered questions' points, reverse keys flipped, then
/// inverted for strain themes so that fuller is always healthier.
pub fn score_theme(
    theme: Theme,
    questions: &[Question],
    length: Length,
    answers: &Answers,
) -> ThemeScore {
    let asked: Vec<&Question> = questions
        .iter()
        .filter(|q| q.theme == theme && q.asked_in(length))
        .collect();
    let points: Vec<u32> = asked
        .iter()
        .filter_map(|q| {
            answers
                .get(q.id)
                .and_then(|r| r.frequency())
                .map(|f| u32::from(q.points(f)))
        })
        .collect();
    let level = if enough_answers(points.len(), asked.len()) {
        let mean = f64::from(points.iter().sum::<u32>()) / points.len() as f64;
        let shown = match theme.kind() {
            Kind::Protective => mean,
            Kind::Strain => 100.0 - mean,
        };
        Level::new(shown)
    } else {
        None
    };
    ThemeScore {
        theme,
        level,
        answered: points.len(),
        asked: asked.len(),
    }
}

/// How the cup level is made: the theme levels it averages, in page order, and the result.
#[derive(Clone, Debug, PartialEq)]
pub struct CupWorking {
    pub parts: Vec<Level>,
    pub level: Level,
}

/// The cup level and how it was made: the plain average of every theme level that exists, each
/// theme weighing the same. It needs at least half of the themes to have a level. The results'
/// explanation shows exactly these parts, so it can never disagree with the level.
pub fn cup_working(themes: &[ThemeScore]) -> Option<CupWorking> {
    let parts: Vec<Level> = themes.iter().filter_map(|t| t.level).collect();
    if !enough_answers(parts.len(), themes.len()) {
        return None;
    }
    let sum: f64 = parts.iter().map(|l| l.value()).sum();
    let level = Level::new(sum / parts.len() as f64)?;
    Some(CupWorking { parts, level })
}

/// The cup level alone (see [`cup_working`]).
pub fn cup_level(themes: &[ThemeScore]) -> Option<Level> {
    cup_working(themes).map(|w| w.level)
}

/// Scores every theme in page order and the cup level.
pub fn score(questions: &[Question], length: Length, answers: &Answers) -> Scores {
    let themes: Vec<ThemeScore> = Theme::PAGE_ORDER
        .iter()
        .map(|&t| score_theme(t, questions, length, answers))
        .collect();
    let cup = cup_level(&themes);
    Scores { themes, cup }
}

/// Every theme that has a level, lowest first; equal levels follow [`Theme::TIE_ORDER`].
pub fn ranked_lowest_first(scores: &Scores) -> Vec<(Theme, Level)> {
    let mut ranked: Vec<(Theme, Level)> = scores
        .themes
        .iter()
        .filter_map(|t| t.level.map(|l| (t.theme, l)))
        .collect();
    sort_small_by(&mut ranked, |a, b| {
        a.1 .0
            .total_cmp(&b.1 .0)
            .then(a.0.tie_rank().cmp(&b.0.tie_rank()))
    });
    ranked
}

/// How many themes are named as where to put care first.
pub const PRIORITIES: usize = 3;

/// Priorities: the lowest themes below "Steady", at most [`PRIORITIES`], lowest first.
pub fn priorities(scores: &Scores) -> Vec<Theme> {
    below_steady(scores).into_iter().take(PRIORITIES).collect()
}

/// Themes below "Steady" that are not priorities: worth watching, in page order, not ranked.
pub fn also_watching(scores: &Scores) -> Vec<Theme> {
    let named = priorities(scores);
    let mut rest: Vec<Theme> = below_steady(scores)
        .into_iter()
        .filter(|t| !named.contains(t))
        .collect();
    sort_small_by(&mut rest, |a, b| a.cmp(b));
    rest
}

fn below_steady(scores: &Scores) -> Vec<Theme> {
    ranked_lowest_first(scores)
        .into_iter()
        .filter(|(_, l)| l.band() != Band::Steady)
        .map(|(t, _)| t)
        .collect()
}

/// Strengths: up to three "Steady" themes, fullest first, leaving out `held_back` (themes that
/// hold an answer at the far end of the scale: a part is never called a strength beside an answer
/// that says the opposite). Only a steady theme is ever named as a strength: when none is steady,
/// there are none, and the results say so kindly.
pub fn strengths(scores: &Scores, held_back: &[Theme]) -> Vec<Theme> {
    let mut fullest: Vec<(Theme, Level)> = ranked_lowest_first(scores)
        .into_iter()
        .filter(|(t, l)| l.band() == Band::Steady && !held_back.contains(t))
        .collect();
    sort_small_by(&mut fullest, |a, b| {
        b.1 .0
            .total_cmp(&a.1 .0)
            .then(a.0.tie_rank().cmp(&b.0.tie_rank()))
    });
    fullest.into_iter().take(3).map(|(t, _)| t).collect()
}

#[cfg(test)]
mod tests {
    use super::thresholds::{STEADY_FROM, WATCH_FROM};
    use super::*;
    use crate::assessment::answer::{Frequency, Response};

    fn level(v: f64) -> Level {
        Level::new(v).expect("test level in range")
    }

    #[test]
    fn level_rejects_out_of_range_and_nan() {
        assert!(Level::new(-0.01).is_none());
        assert!(Level::new(100.01).is_none());
        assert!(Level::new(f64::NAN).is_none());
        assert!(Level::new(0.0).is_some() && Level::new(100.0).is_some());
    }

    #[test]
    fn steady_threshold_is_inclusive_on_the_shown_number() {
        let t = f64::from(STEADY_FROM);
        assert_eq!(Band::of(level(t)), Band::Steady);
        assert_eq!(
            Band::of(level(t - 0.5)),
            Band::Steady,
            "shown as {STEADY_FROM}"
        );
        assert_eq!(Band::of(level(t - 0.51)), Band::Watch);
        assert_eq!(Band::of(level(t - 1.0)), Band::Watch);
    }

    #[test]
    fn watch_threshold_is_inclusive_on_the_shown_number() {
        let t = f64::from(WATCH_FROM);
        assert_eq!(Band::of(level(t)), Band::Watch);
        assert_eq!(
            Band::of(level(t - 0.5)),
            Band::Watch,
            "shown as {WATCH_FROM}"
        );
        assert_eq!(Band::of(level(t - 0.51)), Band::NeedsCare);
        assert_eq!(Band::of(level(t - 1.0)), Band::NeedsCare);
    }

    #[test]
    fn band_extremes() {
        assert_eq!(Band::of(level(0.0)), Band::NeedsCare);
        assert_eq!(Band::of(level(100.0)), Band::Steady);
    }

    #[test]
    fn thresholds_are_ordered_inside_the_scale() {
        const { assert!(0 < WATCH_FROM && WATCH_FROM < STEADY_FROM && STEADY_FROM <= 100) };
    }

    #[test]
    fn rounding_halves_up() {
        assert_eq!(level(62.5).rounded(), 63);
        assert_eq!(level(62.49).rounded(), 62);
        assert_eq!(level(100.0).rounded(), 100);
    }

    const BANK: [Question; 6] = [
        Question {
            id: "s1",
            theme: Theme::Boundaries,
            reverse: false,
            in_pulse: true,
            weighs: true,
        },
        Question {
            id: "s2",
            theme: Theme::Boundaries,
            reverse: false,
            in_pulse: false,
            weighs: true,
        },
        Question {
            id: "s3",
            theme: Theme::Boundaries,
            reverse: true,
            in_pulse: false,
            weighs: true,
        },
        Question {
            id: "s4",
            theme: Theme::Boundaries,
            reverse: false,
            in_pulse: false,
            weighs: true,
        },
        Question {
            id: "p1",
            theme: Theme::Support,
            reverse: false,
            in_pulse: true,
            weighs: true,
        },
        Question {
            id: "p2",
            theme: Theme::Support,
            reverse: true,
            in_pulse: false,
            weighs: true,
        },
    ];

    fn answers(pairs: &[(&str, Response)]) -> Answers {
        pairs.iter().copied().collect()
    }

    #[test]
    fn strain_theme_is_inverted_and_reverse_items_flipped() {
        // s1 Always = 100 strain, s3 reverse Always = 0 strain; mean 50 strain -> level 50.
        let a = answers(&[
            ("s1", Response::Given(Frequency::Always)),
            ("s3", Response::Given(Frequency::Always)),
        ]);
        let s = score_theme(Theme::Boundaries, &BANK, Length::Full, &a);
        assert_eq!(s.level, Some(level(50.0)));
        // s1 Never = 0 strain, s2 Rarely = 25 strain -> mean 12.5 strain -> level 87.5.
        let a = answers(&[
            ("s1", Response::Given(Frequency::Never)),
            ("s2", Response::Given(Frequency::Rarely)),
        ]);
        let s = score_theme(Theme::Boundaries, &BANK, Length::Full, &a);
        assert_eq!(s.level, Some(level(87.5)));
    }

    #[test]
    fn protective_theme_is_shown_as_it_is() {
        let a = answers(&[
            ("p1", Response::Given(Frequency::Often)),
            ("p2", Response::Given(Frequency::Often)),
        ]);
        // 75 and (reverse) 25 -> 50.
        assert_eq!(
            score_theme(Theme::Support, &BANK, Length::Full, &a).level,
            Some(level(50.0))
        );
        let a = answers(&[("p1", Response::Given(Frequency::Always))]);
        assert_eq!(
            score_theme(Theme::Support, &BANK, Length::Full, &a).level,
            Some(level(100.0))
        );
    }

    #[test]
    fn fewer_than_half_answered_gives_no_level() {
        // 4 boundary questions: 1 answered (and 2 skipped) is not enough, 2 is.
        let a = answers(&[
            ("s1", Response::Given(Frequency::Often)),
            ("s2", Response::Skip),
            ("s3", Response::Skip),
        ]);
        let s = score_theme(Theme::Boundaries, &BANK, Length::Full, &a);
        assert_eq!((s.level, s.answered, s.asked), (None, 1, 4));
        let a = answers(&[
            ("s1", Response::Given(Frequency::Often)),
            ("s2", Response::Given(Frequency::Often)),
        ]);
        assert!(score_theme(Theme::Boundaries, &BANK, Length::Full, &a)
            .level
            .is_some());
    }

    #[test]
    fn pulse_scores_only_pulse_questions() {
        let a = answers(&[
            ("s1", Response::Given(Frequency::Never)),
            ("s2", Response::Given(Frequency::Always)),
        ]);
        let s = score_theme(Theme::Boundaries, &BANK, Length::Pulse, &a);
        assert_eq!((s.level, s.asked), (Some(level(100.0)), 1));
    }

    #[test]
    fn enough_answers_boundaries() {
        assert!(enough_answers(2, 4));
        assert!(!enough_answers(1, 4));
        assert!(enough_answers(3, 5));
        assert!(!enough_answers(2, 5));
        assert!(enough_answers(1, 1));
        assert!(!enough_answers(0, 1));
        assert!(!enough_answers(0, 0));
    }

    fn scores(levels: &[(Theme, Option<f64>)]) -> Scores {
        let themes: Vec<ThemeScore> = levels
            .iter()
            .map(|&(theme, l)| ThemeScore {
                theme,
                level: l.map(level),
                answered: 4,
                asked: 4,
            })
            .collect();
        let cup = cup_level(&themes);
        Scores { themes, cup }
    }

    #[test]
    fn cup_is_mean_of_scored_themes_and_needs_half() {
        let s = scores(&[
            (Theme::Intensity, Some(20.0)),
            (Theme::Recovery, Some(80.0)),
            (Theme::Outcomes, None),
            (Theme::Awareness, Some(50.0)),
        ]);
        assert_eq!(s.cup, Some(level(50.0)));
        let s = scores(&[
            (Theme::Intensity, Some(20.0)),
            (Theme::Recovery, None),
            (Theme::Outcomes, None),
        ]);
        assert_eq!(s.cup, None);
    }

    #[test]
    fn priorities_lowest_first_ties_by_fixed_order() {
        let s = scores(&[
            (Theme::Workplace, Some(30.0)),
            (Theme::Boundaries, Some(30.0)),
            (Theme::Recovery, Some(30.0)),
            (Theme::Support, Some(10.0)),
            (Theme::Meaning, Some(90.0)),
        ]);
        assert_eq!(
            priorities(&s),
            vec![Theme::Support, Theme::Recovery, Theme::Boundaries],
            "at most three, ties by the fixed order"
        );
        assert_eq!(
            also_watching(&s),
            vec![Theme::Workplace],
            "the rest below steady are watched, not ranked"
        );
    }

    #[test]
    fn the_themes_watched_but_not_ranked_follow_page_order() {
        let s = scores(&[
            (Theme::Workplace, Some(50.0)),
            (Theme::Intensity, Some(50.0)),
            (Theme::Recovery, Some(10.0)),
            (Theme::Support, Some(20.0)),
            (Theme::Meaning, Some(30.0)),
            (Theme::Boundaries, Some(90.0)),
        ]);
        assert_eq!(
            priorities(&s),
            vec![Theme::Recovery, Theme::Support, Theme::Meaning]
        );
        assert_eq!(also_watching(&s), vec![Theme::Intensity, Theme::Workplace]);
    }

    #[test]
    fn strengths_are_steady_themes_fullest_first_at_most_three() {
        let s = scores(&[
            (Theme::Workplace, Some(70.0)),
            (Theme::Meaning, Some(95.0)),
            (Theme::Support, Some(80.0)),
            (Theme::Recovery, Some(80.0)),
            (Theme::Intensity, Some(10.0)),
        ]);
        assert_eq!(
            strengths(&s, &[]),
            vec![Theme::Meaning, Theme::Recovery, Theme::Support]
        );
        assert_eq!(
            strengths(&s, &[Theme::Recovery]),
            vec![Theme::Meaning, Theme::Support, Theme::Workplace],
            "a part held back gives way to the next steady one"
        );
    }

    #[test]
    fn only_a_steady_theme_is_ever_a_strength() {
        let s = scores(&[(Theme::Meaning, Some(64.0)), (Theme::Support, Some(20.0))]);
        assert!(strengths(&s, &[]).is_empty(), "64 is not steady");
        let s = scores(&[(Theme::Meaning, Some(64.6)), (Theme::Support, Some(20.0))]);
        assert_eq!(
            strengths(&s, &[]),
            vec![Theme::Meaning],
            "shown as 65: steady"
        );
    }
}
