//! The paper version as data: the full check-in to print (numbered questions with the answer
//! scale and "Prefer not to answer"), the safety questions with the support message and this copy's
//! contacts beside them, and a self-scoring key that gives exactly the app's levels and bands.
//!
//! The key gives, for every question, the points of each answer in the direction the results use
//! (fuller is healthier), so a theme's level is simply the average of the points of its answered
//! questions: no reversing or inverting by hand. A native test proves the key and the scoring agree.

use crate::assessment::{bank, Frequency, Length, Theme};
use crate::content::Locale;
use crate::settings::Settings;

use super::pages::{lines, LinesView};
use super::results::with_bands;

/// One printed question: its number on the sheet and its words.
#[derive(Clone, Debug, PartialEq)]
pub struct PaperQuestion {
    pub number: usize,
    pub id: &'static str,
    pub text: &'static str,
}

/// One theme's page of questions.
#[derive(Clone, Debug, PartialEq)]
pub struct PaperTheme {
    pub theme: Theme,
    pub title: &'static str,
    pub intro: &'static str,
    pub questions: Vec<PaperQuestion>,
}

/// One row of the scoring key: a question's number and the points of each answer, Never to Always.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyRow {
    pub number: usize,
    pub points: [u8; 5],
}

/// The key for one theme.
#[derive(Clone, Debug, PartialEq)]
pub struct KeyTheme {
    pub theme: Theme,
    pub title: &'static str,
    pub rows: Vec<KeyRow>,
    /// How many answers a level needs (half of the questions, rounded up).
    pub needs: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PaperView {
    /// The answer scale, then "Prefer not to answer".
    pub scale: Vec<&'static str>,
    pub themes: Vec<PaperTheme>,
    pub safety: Vec<PaperQuestion>,
    /// The crisis lines printed beside the safety questions: the country chosen (or this copy's).
    pub lines: LinesView,
    pub key: Vec<KeyTheme>,
    /// The steps of scoring, in words, with this copy's numbers filled in.
    pub steps: Vec<String>,
}

pub fn paper(locale: &Locale, settings: &Settings, country: Option<&str>) -> PaperView {
    let ui = locale.ui;
    let mut number = 0;
    let mut next = || {
        number += 1;
        number
    };
    let themes: Vec<PaperTheme> = Theme::PAGE_ORDER
        .iter()
        .map(|&t| PaperTheme {
            theme: t,
            title: locale.theme(t).title,
            intro: locale.theme(t).intro,
            questions: crate::assessment::questions_for(t, Length::Full)
                .map(|q| PaperQuestion {
                    number: next(),
                    id: q.id,
                    text: locale.question(q.id),
                })
                .collect(),
        })
        .collect();
    let safety = bank::SAFETY_QUESTIONS
        .iter()
        .map(|q| PaperQuestion {
            number: next(),
            id: q.id,
            text: locale.question(q.id),
        })
        .collect();
    let key = themes
        .iter()
        .map(|pt| {
            let rows = pt
                .questions
                .iter()
                .filter_map(|pq| {
                    let q = bank::QUESTIONS.iter().find(|q| q.id == pq.id)?;
                    Some(KeyRow {
                        number: pq.number,
                        points: Frequency::ALL.map(|f| q.health(f)),
                    })
                })
                .collect::<Vec<_>>();
            KeyTheme {
                theme: pt.theme,
                title: pt.title,
                needs: rows.len().div_ceil(2),
                rows,
            }
        })
        .collect();
    let p = &locale.training().paper;
    let steps = vec![
        p.step_points.to_owned(),
        p.step_average.to_owned(),
        with_bands(locale, p.step_bands),
        p.step_cup.to_owned(),
    ];
    let mut scale: Vec<&'static str> = ui.scale.to_vec();
    scale.push(ui.prefer_not);
    PaperView {
        scale,
        themes,
        safety,
        lines: lines(locale, settings, country),
        key,
        steps,
    }
}

/// A theme's level by the key, as a person would work it out on paper: the average of the points
/// of the answered questions, when at least `needs` were answered.
pub fn level_by_key(key: &KeyTheme, answers: &[Option<Frequency>]) -> Option<f64> {
    let points: Vec<f64> = key
        .rows
        .iter()
        .zip(answers)
        .filter_map(|(row, a)| {
            let i = Frequency::ALL.iter().position(|f| Some(*f) == *a)?;
            Some(f64::from(row.points[i]))
        })
        .collect();
    (points.len() >= key.needs && !points.is_empty())
        .then(|| points.iter().sum::<f64>() / points.len() as f64)
}

// Native only: the random sheets come from the fuzz harness's generator.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::assessment::{evaluate, Answers, Band, Response};
    use crate::content::Lang;
    use crate::storage::fuzz::Rng;

    #[test]
    fn the_paper_has_every_question_once_numbered_in_order() {
        let v = paper(Lang::En.locale(), &Settings::default(), None);
        let numbers: Vec<usize> = v
            .themes
            .iter()
            .flat_map(|t| t.questions.iter().map(|q| q.number))
            .chain(v.safety.iter().map(|q| q.number))
            .collect();
        let expected: Vec<usize> =
            (1..=bank::QUESTIONS.len() + bank::SAFETY_QUESTIONS.len()).collect();
        assert_eq!(numbers, expected);
        assert_eq!(v.scale.len(), 6);
        assert!(
            !v.lines.first.is_empty() && v.lines.emergency.is_some(),
            "support is printed beside the safety questions"
        );
        assert_eq!(v.steps.len(), 4);
        assert!(v.steps[2].contains("65") && v.steps[2].contains("40"));
    }

    #[test]
    fn the_key_gives_exactly_the_apps_levels_for_every_theme() {
        // Random sheets, skips included, for every theme: the level worked out by hand from the
        // key equals the app's, and so does its band (reverse-worded questions included).
        let v = paper(Lang::En.locale(), &Settings::default(), None);
        let mut rng = Rng::new(2026);
        let choices = [
            None,
            Some(Frequency::Never),
            Some(Frequency::Rarely),
            Some(Frequency::Sometimes),
            Some(Frequency::Often),
            Some(Frequency::Always),
        ];
        for _ in 0..3_000 {
            let mut answers = Answers::new();
            let mut sheet: Vec<(Theme, Vec<Option<Frequency>>)> = Vec::new();
            for pt in &v.themes {
                let mut row = Vec::new();
                for q in &pt.questions {
                    let a = choices[rng.below(choices.len())];
                    answers.set(q.id, a.map_or(Response::Skip, Response::from));
                    row.push(a);
                }
                sheet.push((pt.theme, row));
            }
            let o = evaluate(Length::Full, &answers);
            for (key, (theme, row)) in v.key.iter().zip(&sheet) {
                assert_eq!(key.theme, *theme);
                let by_hand = level_by_key(key, row);
                let app = o.scores.level(*theme).map(|l| l.value());
                match (by_hand, app) {
                    (Some(h), Some(a)) => {
                        assert!((h - a).abs() < 1e-9, "{theme:?}: key {h}, app {a}");
                        let shown = (h + 0.5).floor() as u8;
                        assert_eq!(
                            Band::of_shown(shown),
                            o.scores.band(*theme).expect("a band")
                        );
                    }
                    (None, None) => {}
                    other => panic!("{theme:?}: key and app disagree on having a level: {other:?}"),
                }
            }
        }
    }

    #[test]
    fn reverse_worded_questions_read_the_other_way_in_the_key() {
        let v = paper(Lang::En.locale(), &Settings::default(), None);
        let row_of = |id: &str| {
            let q = v
                .themes
                .iter()
                .flat_map(|t| &t.questions)
                .find(|q| q.id == id)
                .expect("printed");
            v.key
                .iter()
                .flat_map(|k| &k.rows)
                .find(|r| r.number == q.number)
                .expect("keyed")
                .points
        };
        // A strain, and a strain worded as relief; a protection, and one worded against it.
        assert_eq!(row_of("int_pain"), [100, 75, 50, 25, 0]);
        assert_eq!(row_of("bou_switch_off"), [0, 25, 50, 75, 100]);
        assert_eq!(row_of("sup_talk"), [0, 25, 50, 75, 100]);
        assert_eq!(row_of("sup_alone"), [100, 75, 50, 25, 0]);
    }
}
