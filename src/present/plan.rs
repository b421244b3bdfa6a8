//! My plan as data: the ideas chosen and the ideas offered (start here first, then every idea that
//! fits each theme), the count, the reminder choices, and the calendar reminder itself.

use crate::assessment::plan::{reminder_ics, MAX_PICKS};
use crate::assessment::{Date, Outcome, Plan};
use crate::content::{fill, Locale};

use super::results::ideas_by_theme;

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
    /// The ideas to choose from, without repeats: "start here" first, then by theme.
    pub offered: Vec<&'static str>,
    /// "Made on 2026-11-23", for the printed plan.
    pub made_on: String,
    /// Each reminder choice and its words.
    pub reminder_choices: Vec<(u16, String)>,
}

/// The message when the plan is already full.
pub fn plan_full(locale: &Locale) -> String {
    locale.count(&locale.ui.plan_full, MAX_PICKS, &[])
}

pub fn plan(locale: &Locale, outcome: &Outcome, plan: &Plan, today: Date) -> PlanView {
    let ui = locale.ui;
    let mut offered: Vec<&'static str> =
        outcome.start_here.iter().map(|p| p.suggestion.id).collect();
    for (_, _, ids) in ideas_by_theme(outcome) {
        for id in ids {
            if !offered.contains(&id) {
                offered.push(id);
            }
        }
    }
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
        offered,
        made_on: fill(ui.plan_made_on, &[("date", &today.iso())]),
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

    #[test]
    fn start_here_comes_first_and_nothing_is_offered_twice() {
        let o = sometimes();
        let v = plan(Lang::En.locale(), &o, &Plan::default(), day());
        let first: Vec<&str> = o.start_here.iter().map(|p| p.suggestion.id).collect();
        assert_eq!(&v.offered[..first.len()], &first[..]);
        let mut sorted = v.offered.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(sorted.len(), v.offered.len());
        assert!(v.offered.len() > first.len());
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
        assert_eq!(v.made_on, "Made on 2026-11-23");
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
