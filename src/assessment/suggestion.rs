//! Suggestions and cross-theme patterns, and the deterministic "start here" choice of three.

use super::scoring::{priorities, ranked_lowest_first, Band, Scores};
use super::theme::Theme;

/// The studies in `shared/seeds` that ground Full Cup. Citations live in `content::research`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Source {
    /// Abu Hassan Shaari: peer recovery workers in Malaysia (spiritual anchoring, lifelong recovery,
    /// transformative service).
    HealingThroughHelping,
    /// Williams: helping others as part of the worker's own recovery.
    HelpingOthersHelpsOurselves,
    /// An overview of peer support in substance-use recovery and how it differs from counselling.
    PeerSupportRole,
    /// The Israeli "wounded healers" study of peer workers with histories of addiction and prison.
    WoundedHealers,
    /// Williams: self-care for peer support workers (the five themes of the peer role's strain).
    CareForOurselves,
}

impl Source {
    pub const ALL: [Source; 5] = [
        Source::HealingThroughHelping,
        Source::HelpingOthersHelpsOurselves,
        Source::PeerSupportRole,
        Source::WoundedHealers,
        Source::CareForOurselves,
    ];
}

/// A concrete, doable action. Its wording and its one-line "why" live in `content`, keyed by `id`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Suggestion {
    pub id: &'static str,
    pub theme: Theme,
    /// The bands of its theme in which this action makes sense.
    pub fits: &'static [Band],
    pub source: Source,
}

impl Suggestion {
    pub fn fits_band(&self, band: Band) -> bool {
        self.fits.contains(&band)
    }
}

/// A cross-theme pattern: when every listed theme is at or below its band, `suggestion` is offered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pattern {
    pub id: &'static str,
    pub when: &'static [(Theme, Band)],
    pub suggestion: &'static str,
}

impl Pattern {
    /// A theme without a level never satisfies a condition: no pattern is built on missing answers.
    pub fn fires(&self, scores: &Scores) -> bool {
        !self.when.is_empty()
            && self
                .when
                .iter()
                .all(|&(theme, at_most)| scores.band(theme).is_some_and(|b| b <= at_most))
    }
}

/// Why a suggestion was put in "start here".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The theme is among the lowest.
    Priority(Theme),
    /// A cross-theme pattern fired; carries the pattern id.
    Pattern(&'static str),
    /// Every theme is steady: a way to keep the lowest of them that way.
    KeepSteady(Theme),
}

/// One "start here" choice and the reason it was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Recommendation {
    pub suggestion: &'static Suggestion,
    pub reason: Reason,
}

/// How many suggestions "start here" offers.
pub const START_HERE: usize = 3;

/// Suggestions for one theme that fit the band it is in, in library order.
pub fn fitting(
    library: &[Suggestion],
    theme: Theme,
    band: Band,
) -> impl Iterator<Item = &Suggestion> {
    library
        .iter()
        .filter(move |s| s.theme == theme && s.fits_band(band))
}

/// The deterministic "start here" choice:
/// 1. the first fitting suggestion of the lowest priority theme;
/// 2. the suggestion of each pattern that fires, in library order;
/// 3. the first fitting suggestion of each further priority theme, lowest first;
/// 4. the second fitting suggestion of each priority theme, lowest first;
/// 5. when themes are steady, a "keep it steady" suggestion from the lowest-ranked themes.
///
/// Duplicates are skipped; at most [`START_HERE`] are returned.
pub fn start_here(
    scores: &Scores,
    library: &'static [Suggestion],
    patterns: &'static [Pattern],
) -> Vec<Recommendation> {
    let prios = priorities(scores);
    let mut candidates: Vec<Recommendation> = Vec::new();
    let nth_for = |theme: Theme, n: usize| -> Option<&'static Suggestion> {
        let band = scores.band(theme)?;
        fitting(library, theme, band).nth(n)
    };
    if let Some(&lowest) = prios.first() {
        if let Some(s) = nth_for(lowest, 0) {
            candidates.push(Recommendation {
                suggestion: s,
                reason: Reason::Priority(lowest),
            });
        }
    }
    for p in patterns.iter().filter(|p| p.fires(scores)) {
        if let Some(s) = library.iter().find(|s| s.id == p.suggestion) {
            candidates.push(Recommendation {
                suggestion: s,
                reason: Reason::Pattern(p.id),
            });
        }
    }
    for n in 0..2 {
        for &theme in prios.iter().skip(usize::from(n == 0)) {
            if let Some(s) = nth_for(theme, n) {
                candidates.push(Recommendation {
                    suggestion: s,
                    reason: Reason::Priority(theme),
                });
            }
        }
    }
    for (theme, _) in ranked_lowest_first(scores) {
        if let Some(s) = fitting(library, theme, Band::Steady).next() {
            candidates.push(Recommendation {
                suggestion: s,
                reason: Reason::KeepSteady(theme),
            });
        }
    }
    let mut chosen: Vec<Recommendation> = Vec::with_capacity(START_HERE);
    for c in candidates {
        if chosen.len() == START_HERE {
            break;
        }
        if !chosen.iter().any(|p| p.suggestion.id == c.suggestion.id) {
            chosen.push(c);
        }
    }
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::scoring::{cup_level, Level, ThemeScore};

    static LIB: [Suggestion; 7] = [
        Suggestion {
            id: "int_a",
            theme: Theme::Intensity,
            fits: &[Band::NeedsCare, Band::Watch],
            source: Source::CareForOurselves,
        },
        Suggestion {
            id: "int_b",
            theme: Theme::Intensity,
            fits: &[Band::NeedsCare],
            source: Source::CareForOurselves,
        },
        Suggestion {
            id: "sup_a",
            theme: Theme::Support,
            fits: &[Band::NeedsCare, Band::Watch],
            source: Source::WoundedHealers,
        },
        Suggestion {
            id: "sup_keep",
            theme: Theme::Support,
            fits: &[Band::Steady],
            source: Source::WoundedHealers,
        },
        Suggestion {
            id: "rec_a",
            theme: Theme::Recovery,
            fits: &[Band::NeedsCare, Band::Watch],
            source: Source::HealingThroughHelping,
        },
        Suggestion {
            id: "rec_keep",
            theme: Theme::Recovery,
            fits: &[Band::Steady],
            source: Source::HealingThroughHelping,
        },
        Suggestion {
            id: "debrief",
            theme: Theme::Support,
            fits: &[Band::NeedsCare, Band::Watch],
            source: Source::CareForOurselves,
        },
    ];
    static PATTERNS: [Pattern; 1] = [Pattern {
        id: "heavy_and_alone",
        when: &[
            (Theme::Intensity, Band::Watch),
            (Theme::Support, Band::Watch),
        ],
        suggestion: "debrief",
    }];

    fn scores(levels: &[(Theme, f64)]) -> Scores {
        let themes: Vec<ThemeScore> = levels
            .iter()
            .map(|&(theme, l)| ThemeScore {
                theme,
                level: Level::new(l),
                answered: 1,
                asked: 1,
            })
            .collect();
        let cup = cup_level(&themes);
        Scores { themes, cup }
    }

    fn ids(picks: &[Recommendation]) -> Vec<&'static str> {
        picks.iter().map(|p| p.suggestion.id).collect()
    }

    #[test]
    fn lowest_theme_then_pattern_then_next_priority() {
        let s = scores(&[
            (Theme::Intensity, 20.0),
            (Theme::Support, 45.0),
            (Theme::Recovery, 50.0),
        ]);
        let picks = start_here(&s, &LIB, &PATTERNS);
        assert_eq!(ids(&picks), vec!["int_a", "debrief", "sup_a"]);
        assert_eq!(picks[1].reason, Reason::Pattern("heavy_and_alone"));
    }

    #[test]
    fn pattern_needs_every_condition() {
        let s = scores(&[
            (Theme::Intensity, 20.0),
            (Theme::Support, 90.0),
            (Theme::Recovery, 50.0),
        ]);
        assert_eq!(
            ids(&start_here(&s, &LIB, &PATTERNS)),
            vec!["int_a", "rec_a", "int_b"]
        );
    }

    #[test]
    fn pattern_on_a_missing_theme_does_not_fire() {
        let s = scores(&[(Theme::Intensity, 20.0)]);
        assert!(!PATTERNS[0].fires(&s));
    }

    #[test]
    fn all_steady_offers_ways_to_keep_it_so() {
        let s = scores(&[(Theme::Support, 90.0), (Theme::Recovery, 70.0)]);
        let picks = start_here(&s, &LIB, &PATTERNS);
        assert_eq!(ids(&picks), vec!["rec_keep", "sup_keep"]);
        assert_eq!(picks[0].reason, Reason::KeepSteady(Theme::Recovery));
    }

    #[test]
    fn never_more_than_three_and_never_twice() {
        let s = scores(&[
            (Theme::Intensity, 0.0),
            (Theme::Support, 0.0),
            (Theme::Recovery, 0.0),
        ]);
        let picks = ids(&start_here(&s, &LIB, &PATTERNS));
        assert_eq!(picks.len(), START_HERE);
        let mut d = picks.clone();
        d.dedup();
        assert_eq!(d.len(), picks.len());
        // Equal levels: own recovery wins the tie.
        assert_eq!(picks[0], "rec_a");
    }
}
