//! My plan as data: the ideas chosen and the ideas offered (start here first, then every idea that
//! fits each theme, grouped by theme with the person's priorities first), the count, the reminder
//! choices, and the calendar reminder itself.

use crate::assessment::plan::{reminder_ics, MAX_PICKS};
use crate::assessment::{Date, Outcome, Plan, Theme};
use crate::content::{fill, Locale};

use super::results::{ideas_by_theme, theme_ideas_summary};

/// The choices offered for the next check-in, in days.
pub const REMINDER_DAYS: [u16; 3] = [7, 14, 28];
/// The choice made until the person picks another.
pub const DEFAULT_REMINDER_DAYS: u16 = 28;

/// One idea in the plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Chosen {
    pub id: String,
    pub action: &'static str,
    pub detail: &'static str,
    /// The remove button's name for screen readers.
    pub remove_label: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct PlanView {
    pub chosen: Vec<Chosen>,
    /// "2 of 3 chosen".
    pub count: String,
    /// "Start here": the first ideas to choose from, shown open.
    pub start_here: Vec<&'static str>,
    /// Every other idea that fits, one group a theme (closed until opened): the person's priorities
    /// first, lowest first, then the other themes in page order. No idea is offered twice.
    pub groups: Vec<OfferedGroup>,
    /// "Made on 2026-11-23", for the printed plan.
    pub made_on: String,
    /// Each reminder choice and its words.
    pub reminder_choices: Vec<(u16, String)>,
}

/// One theme's ideas to choose from.
#[derive(Clone, Debug, PartialEq)]
pub struct OfferedGroup {
    pub theme: Theme,
    /// "Boundaries and off-hours – Needs care now (4 ideas)".
    pub summary: String,
    pub ids: Vec<&'static str>,
}

/// The message when the plan is already full.
pub fn plan_full(locale: &Locale) -> String {
    locale.count(&locale.ui.plan_full, MAX_PICKS, &[])
}

pub fn plan(locale: &Locale, outcome: &Outcome, plan: &Plan, today: Date) -> PlanView {
    let ui = locale.ui;
    let start_here: Vec<&'static str> =
        outcome.start_here.iter().map(|p| p.suggestion.id).collect();
    let mut by_theme = ideas_by_theme(outcome);
    // The priorities first, lowest first; then the rest as the page shows them.
    let rank = |t: Theme| {
        outcome
            .priorities
            .iter()
            .position(|p| *p == t)
            .unwrap_or(outcome.priorities.len())
    };
    by_theme.sort_by_key(|(theme, _, _)| rank(*theme));
    let mut offered = start_here.clone();
    let groups = by_theme
        .into_iter()
        .filter_map(|(theme, band, ids)| {
            let ids: Vec<&'static str> =
                ids.into_iter().filter(|id| !offered.contains(id)).collect();
            offered.extend(&ids);
            (!ids.is_empty()).then(|| OfferedGroup {
                theme,
                summary: locale.count(
                    &ui.plan_group,
                    ids.len(),
                    &[("part", &theme_ideas_summary(locale, theme, band))],
                ),
                ids,
            })
        })
        .collect();
    let chosen = plan
        .picks()
        .iter()
        .filter_map(|id| {
            let text = locale.suggestion(id)?;
            Some(Chosen {
                id: id.clone(),
                action: text.action,
                detail: text.detail,
                remove_label: fill(ui.remove_label, &[("action", text.action)]),
            })
        })
        .collect();
    PlanView {
        chosen,
        count: fill(
            ui.plan_count,
            &[
                ("n", &plan.picks().len().to_string()),
                ("max", &MAX_PICKS.to_string()),
            ],
        ),
        start_here,
        groups,
        made_on: fill(ui.plan_made_on, &[("date", &super::text::date(today))]),
        reminder_choices: REMINDER_DAYS
            .iter()
            .map(|&d| (d, locale.count(&ui.reminder_option, usize::from(d), &[])))
            .collect(),
    }
}

/// A calendar reminder `days` after `today`: its file name and its text. A choice that is not
/// offered falls back to the default.
pub fn reminder(locale: &Locale, today: Date, days: u16) -> (String, String) {
    let days = if REMINDER_DAYS.contains(&days) {
        days
    } else {
        DEFAULT_REMINDER_DAYS
    };
    let on = today.add_days(i64::from(days)).unwrap_or(today);
    let ics = reminder_ics(today, on, locale.ui.ics_summary, locale.ui.ics_description);
    (format!("full-cup-check-in-{}.ics", on.iso()), ics)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::{bank, evaluate, Answers, Frequency, Length, Response};
    use crate::content::Lang;

    fn day() -> Date {
        Date::new(2026, 11, 23).expect("a day")
    }

    fn sometimes() -> Outcome {
        let answers: Answers = bank::QUESTIONS
            .iter()
            .map(|q| (q.id, Response::from(Frequency::Sometimes)))
            .collect();
        evaluate(Length::Full, &answers)
    }

    fn all_offered(v: &PlanView) -> Vec<&'static str> {
        let mut all = v.start_here.clone();
        for g in &v.groups {
            all.extend(&g.ids);
        }
        all
    }

    #[test]
    fn start_here_comes_first_and_nothing_is_offered_twice() {
        let o = sometimes();
        let v = plan(Lang::En.locale(), &o, &Plan::default(), day());
        let first: Vec<&str> = o.start_here.iter().map(|p| p.suggestion.id).collect();
        assert_eq!(v.start_here, first);
        let all = all_offered(&v);
        let mut sorted = all.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), all.len());
        assert!(all.len() > first.len());
        assert!(v.groups.iter().all(|g| !g.ids.is_empty()));
    }

    #[test]
    fn every_fitting_idea_is_offered_in_a_group_the_priorities_first_each_with_its_count() {
        let o = crate::assessment::evaluate(
            Length::Full,
            &bank::QUESTIONS
                .iter()
                .map(|q| {
                    // How healthy each part was: boundaries thin, support middling, the rest full.
                    let health = match q.theme {
                        Theme::Boundaries => 25,
                        Theme::Support => 50,
                        _ => 100,
                    };
                    let given = Response::ALL
                        .into_iter()
                        .find(|r| r.frequency().is_some_and(|f| q.health(f) == health))
                        .expect("an answer for every level");
                    (q.id, given)
                })
                .collect(),
        );
        assert_eq!(o.priorities, vec![Theme::Boundaries, Theme::Support]);
        let l = Lang::En.locale();
        let v = plan(l, &o, &Plan::default(), day());
        let themes: Vec<Theme> = v.groups.iter().map(|g| g.theme).collect();
        assert_eq!(&themes[..2], &[Theme::Boundaries, Theme::Support]);
        // The rest in page order.
        let rest: Vec<usize> = themes[2..]
            .iter()
            .map(|t| Theme::PAGE_ORDER.iter().position(|p| p == t).unwrap())
            .collect();
        assert!(rest.windows(2).all(|w| w[0] < w[1]), "{themes:?}");
        // Every idea that fits or answers is offered, as before the grouping.
        let mut expected: Vec<&str> = o.start_here.iter().map(|p| p.suggestion.id).collect();
        for (_, _, ids) in ideas_by_theme(&o) {
            for id in ids {
                if !expected.contains(&id) {
                    expected.push(id);
                }
            }
        }
        let mut all = all_offered(&v);
        all.sort_unstable();
        expected.sort_unstable();
        assert_eq!(all, expected);
        let g = &v.groups[0];
        assert_eq!(
            g.summary,
            format!(
                "Boundaries and off-hours – Needs care now ({} ideas)",
                g.ids.len()
            )
        );
        // Every language counts its ideas in its own plural forms.
        for lang in Lang::ALL {
            let v = plan(lang.locale(), &o, &Plan::default(), day());
            for g in &v.groups {
                assert!(!g.summary.contains('{'), "{lang:?}: {}", g.summary);
            }
        }
    }

    #[test]
    fn the_count_names_the_limit_and_the_chosen_ideas_have_remove_labels() {
        let l = Lang::En.locale();
        let mut p = Plan::default();
        p.toggle(bank::SUGGESTIONS[0].id).expect("room");
        let v = plan(l, &sometimes(), &p, day());
        assert_eq!(v.count, "1 of 3 chosen");
        assert_eq!(v.chosen.len(), 1);
        assert!(v.chosen[0].remove_label.starts_with("Remove: "));
        assert_eq!(v.made_on, "Made on \u{2066}2026-11-23\u{2069}");
        assert_eq!(
            plan_full(l),
            "Your plan already has 3 ideas. Remove one to add another."
        );
    }

    #[test]
    fn reminder_choices_are_worded_and_an_odd_choice_falls_back() {
        let l = Lang::En.locale();
        let v = plan(l, &sometimes(), &Plan::default(), day());
        assert_eq!(v.reminder_choices[0], (7, "In 7 days".to_owned()));
        let (name, ics) = reminder(l, day(), 14);
        assert_eq!(name, "full-cup-check-in-2026-12-07.ics");
        assert!(ics.contains("DTSTART;VALUE=DATE:20261207"), "{ics}");
        let (name, _) = reminder(l, day(), 3);
        assert_eq!(name, "full-cup-check-in-2026-12-21.ics");
    }
}
