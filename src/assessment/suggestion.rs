//! Suggestions, what each answers, cross-theme patterns, how much an answer weighs, and the one
//! deterministic rule for "start here".

use super::answer::{Answers, Frequency};
use super::question::{Length, Question};
use super::safety::SafetySignal;
use super::scoring::{ranked_lowest_first, Band, Scores};
use super::small_sort::sort_small_by;
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
    /// The bands in which this action makes sense: for its theme as a whole, and for an answer it
    /// answers in a theme that is at that band. An idea that fits only "Steady" keeps a steady
    /// theme steady and is never offered for anything else.
    pub fits: &'static [Band],
    /// The questions this action answers: it fits when one of them weighs (see
    /// [`Weight`]), whatever the theme's average.
    pub answers: &'static [&'static str],
    pub source: Source,
}

impl Suggestion {
    pub fn fits_band(&self, band: Band) -> bool {
        self.fits.contains(&band)
    }

    /// Only for keeping a steady theme steady.
    pub fn keeps_steady(&self) -> bool {
        self.fits == [Band::Steady]
    }
}

/// A cross-theme pattern: when every listed theme is at or below its band and among the person's
/// priorities, `suggestion` is offered (see [`Pattern::fires`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pattern {
    pub id: &'static str,
    pub when: &'static [(Theme, Band)],
    pub suggestion: &'static str,
}

impl Pattern {
    /// Whether the pattern fires: every listed theme is at or below its band and is one of the
    /// `priorities` (the lowest parts of the cup), so that its reason, which names the themes as
    /// among the lowest, is true for the answers given. A theme without a level never satisfies a
    /// condition: no pattern is built on missing answers.
    pub fn fires(&self, scores: &Scores, priorities: &[Theme]) -> bool {
        !self.when.is_empty()
            && self.when.iter().all(|&(theme, at_most)| {
                priorities.contains(&theme) && scores.band(theme).is_some_and(|b| b <= at_most)
            })
    }

    /// The themes the pattern joins, in its order.
    pub fn themes(&self) -> impl Iterator<Item = Theme> + '_ {
        self.when.iter().map(|&(theme, _)| theme)
    }
}

/// How much one answer weighs, by the level it alone would give its theme (fuller is healthier).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Weight {
    /// The far end of the scale: a strain answered "Always", a protection answered "Never".
    Severe,
    /// A strain answered "Often", a protection answered "Rarely".
    Heavy,
}

impl Weight {
    /// The weight of `answer` to `question`, or `None` when it does not weigh.
    pub fn of(question: &Question, answer: Frequency) -> Option<Weight> {
        if !question.weighs {
            return None;
        }
        match question.health(answer) {
            0 => Some(Weight::Severe),
            1..=25 => Some(Weight::Heavy),
            _ => None,
        }
    }
}

/// One answer that weighs, as the person gave it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Weighing {
    pub question: &'static Question,
    pub answer: Frequency,
    pub weight: Weight,
}

/// Every answer that weighs, heaviest first; then from the lowest theme; then in bank order.
pub fn weighing_answers(
    questions: &'static [Question],
    length: Length,
    answers: &Answers,
    scores: &Scores,
) -> Vec<Weighing> {
    let mut out: Vec<Weighing> = questions
        .iter()
        .filter(|q| q.asked_in(length))
        .filter_map(|q| {
            let answer = answers.get(q.id)?.frequency()?;
            Some(Weighing {
                question: q,
                answer,
                weight: Weight::of(q, answer)?,
            })
        })
        .collect();
    let level = |w: &Weighing| scores.level(w.question.theme).map_or(101.0, |l| l.value());
    sort_small_by(&mut out, |a, b| {
        a.weight
            .cmp(&b.weight)
            .then(level(a).total_cmp(&level(b)))
            .then(
                a.question
                    .theme
                    .tie_rank()
                    .cmp(&b.question.theme.tie_rank()),
            )
    });
    out
}

/// The ideas "start here" offers first when a safety signal is raised (the bank's one is
/// `bank::SIGNAL_IDEAS`).
#[derive(Clone, Copy, Debug)]
pub struct SignalIdeas {
    /// For relapse risk, when no answer about one's own recovery has an idea of its own.
    pub relapse: &'static str,
    /// For a person who said they drank or used again: back to their own treatment and supports.
    pub used_again: &'static str,
    /// For distress: a person of their own choosing, today (never one reached through the
    /// workplace, whose notes can reach a manager).
    pub distress: &'static str,
}

/// Why a suggestion was put in "start here".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reason {
    /// The person gave this answer to this question.
    Answer {
        question: &'static str,
        answer: Frequency,
    },
    /// The theme is among the lowest (no single answer in it weighs).
    Priority(Theme),
    /// A cross-theme pattern fired; carries the pattern id.
    Pattern(&'static str),
    /// The theme is steady: a way to keep it that way.
    KeepSteady(Theme),
    /// A safety signal was raised by the answers together (no single answer gives the reason).
    Signal(SafetySignal),
}

/// One "start here" idea and the reason it was chosen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Recommendation {
    pub suggestion: &'static Suggestion,
    pub reason: Reason,
}

/// How many suggestions "start here" offers.
pub const START_HERE: usize = 3;

/// Suggestions for one theme that fit the band it is in, as a whole: the ideas written for that
/// band alone first (so a theme that needs care gets its needs-care ideas, asks of the workplace
/// among them), then library order.
pub fn fitting(
    library: &[Suggestion],
    theme: Theme,
    band: Band,
) -> impl Iterator<Item = &Suggestion> {
    let mut ideas: Vec<&Suggestion> = library
        .iter()
        .filter(|s| s.theme == theme && s.fits_band(band))
        .collect();
    sort_small_by(&mut ideas, |a, b| a.fits.len().cmp(&b.fits.len()));
    ideas.into_iter()
}

/// Suggestions that answer `weighing` where its theme is at `band`, the most specific to that
/// band first, then library order. Never an idea that only keeps a theme steady.
///
/// The answer itself sets the band at least this low: an answer at the far end of the scale
/// ([`Weight::Severe`]) counts as "Needs care now", so that the idea written for it (asking for
/// the role in writing when the role is always unclear) wins over a gentler one written for
/// "Often" (explaining the role to a colleague), whatever the theme's average; any other answer
/// that weighs counts as at least "Worth watching".
pub fn answering<'a>(
    library: &'a [Suggestion],
    weighing: &Weighing,
    band: Band,
) -> impl Iterator<Item = &'a Suggestion> {
    let band = match weighing.weight {
        Weight::Severe => Band::NeedsCare,
        Weight::Heavy => band.min(Band::Watch),
    };
    let id = weighing.question.id;
    let mut ideas: Vec<&Suggestion> = library
        .iter()
        .filter(|s| s.answers.contains(&id) && s.fits_band(band) && !s.keeps_steady())
        .collect();
    sort_small_by(&mut ideas, |a, b| a.fits.len().cmp(&b.fits.len()));
    ideas.into_iter()
}

/// Everything "start here" is chosen from.
pub struct Inputs<'a> {
    pub scores: &'a Scores,
    /// From [`weighing_answers`].
    pub weighing: &'a [Weighing],
    /// From [`scoring::priorities`](super::scoring::priorities): at most three themes, lowest first.
    pub priorities: &'a [Theme],
    pub library: &'static [Suggestion],
    pub patterns: &'static [Pattern],
    /// The raised safety signals (see [`super::safety`]).
    pub signals: &'a [SafetySignal],
    /// The question and answer that said the person drank or used again, if they did.
    pub used_again: Option<(&'static str, Frequency)>,
    pub signal_ideas: &'static SignalIdeas,
}

/// The deterministic "start here" choice of [`START_HERE`] ideas, in this order of claim:
///
/// 0. **Safety first.** With relapse risk, the first idea serves the person's own recovery today:
///    after drinking or using again, back to their own treatment and supports; otherwise one thing
///    for it today. With distress, telling one person of their choosing how they really are, today,
///    comes right after that (or first), and the last idea gives way. Nothing only keeps a part
///    steady under distress or after using again, nor keeps one's own recovery "steady" under
///    relapse risk.
/// 1. **The top priority** (the lowest theme below "Steady"): an idea for its heaviest answer, or,
///    when no answer in it weighs, its best idea for the band it is in.
/// 2. **The second priority**, the same way.
/// 3. **An answer that stands out** ([`Weight::Severe`]) in any other theme, even a steady one.
/// 4. **The third priority**, the same way.
/// 5. **Cross-theme patterns** that fire (only among the priorities), in pattern order: never in
///    the place of a priority that has no idea yet.
/// 6. **Every other answer that weighs**, heaviest first.
/// 7. **A second idea** for each priority, for the band it is in.
/// 8. **Keeping steady**: for steady themes only, lowest first, a way to keep them so.
///
/// Ideas for a theme follow its band: a theme that needs care gets the ideas written for that
/// band first (asks of the workplace among them); an idea written for one strain is offered when
/// that question weighs, whatever the theme's average. No idea is offered twice, and no answer
/// gets two ideas.
pub fn start_here(inputs: &Inputs) -> Vec<Recommendation> {
    let Inputs {
        scores,
        weighing,
        priorities,
        library,
        patterns,
        signals,
        used_again,
        signal_ideas,
    } = *inputs;
    let distress = signals.contains(&SafetySignal::AcuteDistress);
    let mut chosen: Vec<Recommendation> = Vec::with_capacity(START_HERE);
    let mut used_answers: Vec<&'static str> = Vec::new();
    let full = |chosen: &Vec<Recommendation>| chosen.len() >= START_HERE;
    let offer = |chosen: &mut Vec<Recommendation>, r: Recommendation| -> bool {
        if full(chosen) || chosen.iter().any(|c| c.suggestion.id == r.suggestion.id) {
            return false;
        }
        chosen.push(r);
        true
    };
    let answer_pick =
        |chosen: &mut Vec<Recommendation>, used: &mut Vec<&'static str>, w: &Weighing| -> bool {
            if used.contains(&w.question.id) {
                return false;
            }
            // An answer in a part with too few answers for a level still gets an idea.
            let band = scores.band(w.question.theme).unwrap_or(Band::Watch);
            for s in answering(library, w, band) {
                let r = Recommendation {
                    suggestion: s,
                    reason: Reason::Answer {
                        question: w.question.id,
                        answer: w.answer,
                    },
                };
                if offer(chosen, r) {
                    used.push(w.question.id);
                    return true;
                }
            }
            false
        };
    // A priority's best idea: for its heaviest answer, else for its band.
    let priority_pick =
        |chosen: &mut Vec<Recommendation>, used: &mut Vec<&'static str>, theme: Theme| -> bool {
            for w in weighing.iter().filter(|w| w.question.theme == theme) {
                if answer_pick(chosen, used, w) {
                    return true;
                }
            }
            let Some(band) = scores.band(theme) else {
                return false;
            };
            fitting(library, theme, band).any(|s| {
                offer(
                    chosen,
                    Recommendation {
                        suggestion: s,
                        reason: Reason::Priority(theme),
                    },
                )
            })
        };

    let by_id = |id: &str| library.iter().find(|s| s.id == id);
    if signals.contains(&SafetySignal::RelapseRisk) {
        let first = match used_again {
            Some((question, answer)) => by_id(signal_ideas.used_again).map(|s| Recommendation {
                suggestion: s,
                reason: Reason::Answer { question, answer },
            }),
            None => by_id(signal_ideas.relapse).map(|s| Recommendation {
                suggestion: s,
                reason: Reason::Signal(SafetySignal::RelapseRisk),
            }),
        };
        if let Some(r) = first {
            offer(&mut chosen, r);
        }
    }
    // Where the idea that reaches a person goes under distress.
    let after_relapse = chosen.len();

    let mut prios = priorities.iter().copied();
    for theme in prios.by_ref().take(2) {
        priority_pick(&mut chosen, &mut used_answers, theme);
    }
    for w in weighing.iter().filter(|w| {
        w.weight == Weight::Severe
            && !priorities[..priorities.len().min(2)].contains(&w.question.theme)
    }) {
        answer_pick(&mut chosen, &mut used_answers, w);
    }
    for theme in prios {
        priority_pick(&mut chosen, &mut used_answers, theme);
    }
    for p in patterns.iter().filter(|p| p.fires(scores, priorities)) {
        if let Some(s) = library.iter().find(|s| s.id == p.suggestion) {
            offer(
                &mut chosen,
                Recommendation {
                    suggestion: s,
                    reason: Reason::Pattern(p.id),
                },
            );
        }
    }
    for w in weighing {
        answer_pick(&mut chosen, &mut used_answers, w);
    }
    for &theme in priorities {
        if let Some(band) = scores.band(theme) {
            for s in fitting(library, theme, band) {
                offer(
                    &mut chosen,
                    Recommendation {
                        suggestion: s,
                        reason: Reason::Priority(theme),
                    },
                );
            }
        }
    }
    if distress {
        if let Some(s) = by_id(signal_ideas.distress) {
            chosen.insert(
                after_relapse,
                Recommendation {
                    suggestion: s,
                    reason: Reason::Signal(SafetySignal::AcuteDistress),
                },
            );
            chosen.truncate(START_HERE);
        }
    }
    // No reassurance under distress or after using again: nothing that only keeps a part steady;
    // with relapse risk, nothing that keeps one's own recovery "steady".
    let relapse = signals.contains(&SafetySignal::RelapseRisk);
    let keeps = !distress && used_again.is_none();
    for (theme, level) in ranked_lowest_first(scores) {
        if level.band() == Band::Steady && keeps && !(relapse && theme == Theme::Recovery) {
            if let Some(s) = fitting(library, theme, Band::Steady).find(|s| s.keeps_steady()) {
                offer(
                    &mut chosen,
                    Recommendation {
                        suggestion: s,
                        reason: Reason::KeepSteady(theme),
                    },
                );
            }
        }
    }
    chosen
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::bank;

    #[test]
    fn an_answer_weighs_by_the_level_it_alone_would_give() {
        let q = |id: &str| {
            bank::QUESTIONS
                .iter()
                .find(|q| q.id == id)
                .expect("in the bank")
        };
        // A strain, worded as a strain.
        assert_eq!(
            Weight::of(q("int_pain"), Frequency::Always),
            Some(Weight::Severe)
        );
        assert_eq!(
            Weight::of(q("int_pain"), Frequency::Often),
            Some(Weight::Heavy)
        );
        assert_eq!(Weight::of(q("int_pain"), Frequency::Sometimes), None);
        // A protection.
        assert_eq!(
            Weight::of(q("sup_talk"), Frequency::Never),
            Some(Weight::Severe)
        );
        assert_eq!(
            Weight::of(q("sup_talk"), Frequency::Rarely),
            Some(Weight::Heavy)
        );
        assert_eq!(Weight::of(q("sup_talk"), Frequency::Always), None);
        // Reverse-worded inside a strain theme: "I could switch off" answered "Never".
        assert_eq!(
            Weight::of(q("bou_switch_off"), Frequency::Never),
            Some(Weight::Severe)
        );
        assert_eq!(Weight::of(q("bou_switch_off"), Frequency::Always), None);
        // Helping as part of one's own healing is a protection, never held against a person.
        assert_eq!(Weight::of(q("mea_healing"), Frequency::Always), None);
        assert_eq!(Weight::of(q("mea_healing"), Frequency::Never), None);
    }

    #[test]
    fn a_needs_care_theme_gets_ideas_written_for_that_band_first() {
        let first = fitting(bank::SUGGESTIONS, Theme::Intensity, Band::NeedsCare)
            .next()
            .map(|s| s.id);
        assert_eq!(first, Some("int_load"), "an ask of the workplace");
        let first = fitting(bank::SUGGESTIONS, Theme::Intensity, Band::Watch)
            .next()
            .map(|s| s.id);
        assert_eq!(first, Some("int_reset"));
    }

    #[test]
    fn ideas_that_only_keep_a_theme_steady_never_answer_an_answer() {
        for s in bank::SUGGESTIONS.iter().filter(|s| s.keeps_steady()) {
            assert!(s.answers.is_empty(), "{}", s.id);
        }
    }
}
