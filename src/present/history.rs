//! My history as data: "what changed" in words (and the size of change worth naming), the trend
//! series with their spoken labels, the saved list, the confirmations that name what will go, and
//! the import preview.

use crate::assessment::{Length, Theme};
use crate::content::{fill, Locale};
use crate::storage::history::{changes, CheckIn, History, ImportPreview};

use super::text::{self, shown_number};

/// A change in a level smaller than this many points is not named in "what changed".
pub const CHANGE_STEP: u8 = 10;

/// The file name of an export made on `today`.
pub fn export_file_name(today: crate::assessment::Date) -> String {
    format!("full-cup-history-{}.json", today.iso())
}

/// The file name under which data that could not be read is downloaded.
pub const UNREADABLE_FILE_NAME: &str = "full-cup-unreadable-data.txt";

/// "Full check-in" or "Quick pulse".
pub fn length_name(locale: &Locale, length: Length) -> &'static str {
    match length {
        Length::Full => locale.history_words().length_full,
        Length::Pulse => locale.history_words().length_pulse,
    }
}

/// "cup 62", or "no level".
pub fn cup_text(locale: &Locale, cup: Option<u8>) -> String {
    match cup {
        Some(c) => fill(locale.history_words().cup_short, &[("cup", &c.to_string())]),
        None => locale.history_words().no_level.to_owned(),
    }
}

/// The sentences under "What changed since last time": the cup first, then each theme that moved
/// by [`CHANGE_STEP`] points or more, largest first, and a closing line when no theme did.
/// Empty when there are fewer than two check-ins.
pub fn change_sentences(locale: &Locale, history: &History) -> Vec<String> {
    if history.len() < 2 {
        return Vec::new();
    }
    let words = locale.history_words();
    let mut out: Vec<String> = changes(history, CHANGE_STEP)
        .into_iter()
        .map(|c| {
            let (before, after) = (c.before.to_string(), c.after.to_string());
            let with = |t: &str, theme: &str| {
                fill(
                    t,
                    &[("theme", theme), ("before", &before), ("after", &after)],
                )
            };
            match c.theme {
                None if c.before == c.after => with(words.change_cup_same, ""),
                None => with(words.change_cup, ""),
                Some(t) if c.after >= c.before => with(words.change_up, locale.theme(t).title),
                Some(t) => with(words.change_down, locale.theme(t).title),
            }
        })
        .collect();
    let themes_named = changes(history, CHANGE_STEP)
        .iter()
        .any(|c| c.theme.is_some());
    if !themes_named {
        out.push(fill(
            words.change_none,
            &[("step", &CHANGE_STEP.to_string())],
        ));
    }
    out
}

/// One trend: its title, its points oldest first (`None` where there was no level), and what a
/// screen reader hears.
#[derive(Clone, Debug, PartialEq)]
pub struct Trend {
    pub title: &'static str,
    pub points: Vec<Option<u8>>,
    pub label: String,
}

fn trend(locale: &Locale, title: &'static str, points: Vec<Option<u8>>) -> Trend {
    let values: Vec<String> = points
        .iter()
        .map(|v| {
            v.map_or_else(
                || locale.history_words().no_level.to_owned(),
                |v| v.to_string(),
            )
        })
        .collect();
    let label = locale.count(
        &locale.history_words().trend_label,
        points.len(),
        &[
            ("title", title),
            ("values", &values.join(locale.ui.names_sep)),
        ],
    );
    Trend {
        title,
        points,
        label,
    }
}

/// The cup's trend, then one per theme in page order.
pub fn trends(locale: &Locale, history: &History) -> Vec<Trend> {
    let check_ins = history.check_ins();
    let mut out = vec![trend(
        locale,
        locale.history_words().trend_cup,
        check_ins.iter().map(|c| c.cup).collect(),
    )];
    out.extend(Theme::PAGE_ORDER.iter().map(|t| {
        trend(
            locale,
            locale.theme(*t).title,
            check_ins.iter().map(|c| c.levels.get(t).copied()).collect(),
        )
    }));
    out
}

/// One row of the table behind the trends: the date, the cup, each theme in page order.
pub fn table_row(locale: &Locale, c: &CheckIn) -> (String, Vec<String>) {
    let cell = |v: Option<u8>| {
        v.map_or_else(
            || locale.ui.no_value.to_owned(),
            |v| shown_number(locale, f64::from(v)),
        )
    };
    let mut cells = vec![cell(c.cup)];
    cells.extend(
        Theme::PAGE_ORDER
            .iter()
            .map(|t| cell(c.levels.get(t).copied())),
    );
    (c.date.clone(), cells)
}

/// One saved check-in in the list.
#[derive(Clone, Debug, PartialEq)]
pub struct SavedRow {
    pub at: u64,
    pub length: Length,
    pub date: String,
    /// "Full check-in · cup 62".
    pub summary: String,
    /// The plan's ideas, joined.
    pub plan: Option<String>,
    pub delete_label: String,
}

/// The saved check-ins, newest first.
pub fn saved_rows(locale: &Locale, history: &History) -> Vec<SavedRow> {
    let ui = locale.ui;
    history
        .check_ins()
        .iter()
        .rev()
        .map(|c| {
            let picks: Vec<&str> = c
                .plan
                .picks
                .iter()
                .filter_map(|id| locale.suggestion(id))
                .map(|s| s.action)
                .collect();
            SavedRow {
                at: c.at,
                length: c.length,
                date: c.date.clone(),
                summary: [length_name(locale, c.length), &cup_text(locale, c.cup)]
                    .join(ui.list_sep),
                plan: (!picks.is_empty()).then(|| picks.join(ui.list_sep)),
                delete_label: fill(
                    locale.history_words().delete_label,
                    // Held left to right: after Arabic words a date would read day first.
                    &[
                        ("date", &super::text::ltr(&c.date)),
                        ("length", length_name(locale, c.length)),
                    ],
                ),
            }
        })
        .collect()
}

/// The question before one check-in is deleted, naming it.
pub fn confirm_delete_one(locale: &Locale, c: &CheckIn) -> String {
    fill(
        locale.history_words().delete_confirm_one,
        &[
            ("date", &super::text::ltr(&c.date)),
            ("length", length_name(locale, c.length)),
            ("cup", &cup_text(locale, c.cup)),
        ],
    )
}

/// The question before every check-in is deleted, saying how many.
pub fn confirm_delete_all(locale: &Locale, history: &History) -> String {
    if history.days().is_empty() && history.moments().is_empty() {
        locale.count(
            &locale.history_words().delete_confirm_all,
            history.len(),
            &[],
        )
    } else {
        locale.history_words().delete_confirm_between.to_owned()
    }
}

/// What an import would add, before anything changes.
#[derive(Clone, Debug, PartialEq)]
pub struct PreviewView {
    /// The file's plan will take the place of the one kept here.
    pub plan: Option<&'static str>,
    pub summary: String,
    pub migrated: Option<&'static str>,
    /// When the file repeats check-ins: that each is added once.
    pub repeated: Option<String>,
    /// "2026-11-23 · Quick pulse · cup 62" for each new check-in.
    pub new: Vec<String>,
    /// When the file holds daily checks or Right now moments not here yet: how many.
    pub between: Option<String>,
}

pub fn import_preview(locale: &Locale, p: &ImportPreview) -> PreviewView {
    let ui = locale.ui;
    PreviewView {
        summary: locale.count(
            &locale.history_words().import_preview,
            p.new.len() + p.already_here,
            &[
                ("new", &p.new.len().to_string()),
                ("dup", &p.already_here.to_string()),
            ],
        ),
        migrated: p
            .migrated_from
            .map(|_| locale.history_words().import_migrated),
        plan: p.plan.as_ref().map(|_| locale.history_words().import_plan),
        repeated: (p.repeated > 0)
            .then(|| locale.count(&locale.history_words().import_repeated, p.repeated, &[])),
        between: {
            let n = p.days.len() + p.moments.len();
            (n > 0).then(|| locale.count(&locale.history_words().import_between, n, &[]))
        },
        new: p
            .new
            .iter()
            .map(|c| {
                [
                    c.date.as_str(),
                    length_name(locale, c.length),
                    &cup_text(locale, c.cup),
                ]
                .join(ui.list_sep)
            })
            .collect(),
    }
}

/// After an import: how many check-ins were added, whether the file's plan was taken, and how
/// many daily checks and Right now moments were added (a file that held only those or only a plan
/// never says "Added 0 check-ins").
pub fn import_done(locale: &Locale, added: usize, plan: bool, between: usize) -> String {
    let words = locale.history_words();
    let mut parts = Vec::new();
    if added > 0 || (!plan && between == 0) {
        parts.push(locale.count(&words.import_done, added, &[]));
    }
    if plan {
        parts.push(words.plan_imported.to_owned());
    }
    if between > 0 {
        parts.push(locale.count(&words.between_added, between, &[]));
    }
    parts.join(" ")
}

/// One line of "Between check-ins" on My history: a daily check (with its colour's key, for its
/// swatch) or a Right now moment.
#[derive(Clone, Debug, PartialEq)]
pub struct BetweenLine {
    pub text: String,
    pub colour: Option<&'static str>,
}

/// The most lines "Between check-ins" shows (the file keeps them all).
pub const BETWEEN_SHOWN: usize = 60;

/// The most daily checks the strip on My history draws.
pub const DAYS_DRAWN: usize = 30;

/// The daily checks drawn as a strip beside the trends: the last [`DAYS_DRAWN`], oldest first,
/// each its colour (its height says it without colour: green highest), and what a screen reader
/// hears, every date with its colour's name.
pub fn day_strip(
    locale: &Locale,
    history: &History,
) -> (String, Vec<crate::assessment::right_now::Colour>) {
    let w = &locale.ui.now;
    let days = history.days();
    let last = &days[days.len().saturating_sub(DAYS_DRAWN)..];
    let words: Vec<String> = last
        .iter()
        .map(|d| {
            let colour = w.colour(d.colour);
            fill(
                locale.history_words().history_day,
                &[("date", &text::date(d.date)), ("colour", colour.name)],
            )
        })
        .collect();
    (
        [w.day_title.to_owned(), words.join(locale.ui.list_sep)].join(locale.ui.list_sep),
        last.iter().map(|d| d.colour).collect(),
    )
}

/// The daily checks and Right now moments kept, newest first, as sentences: at most
/// [`BETWEEN_SHOWN`], the newest of the two lists (each kept oldest first) merged.
pub fn between(locale: &Locale, history: &History) -> Vec<BetweenLine> {
    let (days, moments) = (history.days(), history.moments());
    let (mut d, mut m) = (days.len(), moments.len());
    let mut lines = Vec::new();
    while lines.len() < BETWEEN_SHOWN && (d > 0 || m > 0) {
        if m == 0 || (d > 0 && days[d - 1].at >= moments[m - 1].at) {
            d -= 1;
            lines.push(day_line(locale, &days[d]));
        } else {
            m -= 1;
            lines.push(moment_line(locale, &moments[m]));
        }
    }
    lines
}

fn day_line(locale: &Locale, d: &crate::assessment::right_now::DayCheck) -> BetweenLine {
    let ui = locale.ui;
    let w = &ui.now;
    let colour = w.colour(d.colour);
    let mut parts = vec![fill(
        locale.history_words().history_day,
        &[("date", &text::date(d.date)), ("colour", colour.name)],
    )];
    if let Some(n) = d.days_off {
        parts.push(locale.count(
            &locale.history_words().history_days_off,
            usize::from(n),
            &[],
        ));
    }
    if let Some(n) = d.days_support {
        parts.push(locale.count(
            &locale.history_words().history_days_support,
            usize::from(n),
            &[],
        ));
    }
    BetweenLine {
        text: parts.join(ui.list_sep),
        colour: Some(d.colour.key()),
    }
}

fn moment_line(locale: &Locale, m: &crate::assessment::right_now::NowRecord) -> BetweenLine {
    use crate::assessment::right_now::Heaviness;
    let ui = locale.ui;
    let w = &ui.now;
    let moment = w.moment(m.moment);
    let n = |h: Option<Heaviness>| h.map_or(ui.no_value.to_owned(), |h| h.get().to_string());
    let mut text = fill(
        locale.history_words().history_now,
        &[("date", &text::date(m.date)), ("moment", moment.short)],
    );
    if m.before.is_some() || m.after.is_some() {
        text.push_str(ui.list_sep);
        text.push_str(&fill(
            locale.history_words().history_ratings,
            &[("before", &n(m.before)), ("after", &n(m.after))],
        ));
    }
    BetweenLine { text, colour: None }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_day_strip_draws_the_last_thirty_days_and_says_each_in_words() {
        use crate::assessment::right_now::{Colour, DayCheck};
        use crate::content::Lang;
        let mut h = History::default();
        for at in 0..35u64 {
            h.add_day(DayCheck {
                at,
                date: crate::assessment::Date::new(2026, 11, 1 + (at % 28) as u8).expect("a day"),
                colour: Colour::ALL[(at % 4) as usize],
                days_off: None,
                days_support: None,
            });
        }
        let (label, colours) = day_strip(Lang::En.locale(), &h);
        assert_eq!(colours.len(), DAYS_DRAWN);
        assert_eq!(
            colours[0],
            Colour::ALL[(5 % 4) as usize],
            "the oldest of the last thirty"
        );
        assert!(label.starts_with("Daily check · "), "{label}");
        assert_eq!(
            label.matches(": ").count(),
            DAYS_DRAWN,
            "every day in words"
        );
        assert!(label.contains("2026-11-08\u{2069}: Red"), "{label}");
    }

    #[test]
    fn between_check_ins_lists_days_and_moments_newest_first_in_words() {
        use crate::assessment::right_now::{Colour, DayCheck, Heaviness, Moment, NowRecord, Tool};
        use crate::content::Lang;
        let date = crate::assessment::Date::new(2026, 12, 6).expect("a day");
        let mut h = History::default();
        h.add_day(DayCheck {
            at: 1,
            date,
            colour: Colour::Orange,
            days_off: Some(1),
            days_support: Some(15),
        });
        h.add_moment(NowRecord {
            at: 2,
            date,
            moment: Moment::Craving,
            tools: vec![Tool::UrgeSurfing],
            before: Heaviness::new(8),
            after: None,
        });
        let lines = between(Lang::En.locale(), &h);
        let d = "\u{2066}2026-12-06\u{2069}";
        assert_eq!(
            lines,
            [
                BetweenLine {
                    text: format!("{d}: Right now, a craving · how hard: 8, then –"),
                    colour: None
                },
                BetweenLine {
                    text: format!(
                        "{d}: Orange · 1 day since a day off · 15 days since my own support"
                    ),
                    colour: Some("orange")
                },
            ]
        );
    }
    use crate::assessment::Answers;
    use crate::content::Lang;
    use crate::storage::history::SavedPlan;

    /// A saved check-in with these levels, as the history keeps them (whatever today's bank gives).
    fn saved(at: u64, cup: Option<u8>, levels: &[(Theme, u8)]) -> CheckIn {
        CheckIn {
            at,
            date: format!("2026-11-{:02}", 1 + at),
            length: Length::Full,
            answers: Answers::new(),
            levels: levels.iter().copied().collect(),
            cup,
            plan: SavedPlan::default(),
        }
    }

    fn history(items: &[CheckIn]) -> History {
        let mut h = History::default();
        for c in items {
            h.add(c.clone()).expect("room");
        }
        h
    }

    #[test]
    fn one_check_in_names_no_change() {
        let l = Lang::En.locale();
        assert!(change_sentences(l, &history(&[saved(1, Some(50), &[])])).is_empty());
    }

    #[test]
    fn a_steady_history_says_no_part_moved_by_the_step() {
        let l = Lang::En.locale();
        let h = history(&[
            saved(1, Some(50), &[(Theme::Support, 60)]),
            saved(2, Some(50), &[(Theme::Support, 69)]),
        ]);
        assert_eq!(
            change_sentences(l, &h),
            vec![
                "Your cup stayed at 50.".to_owned(),
                "No part of your cup moved by 10 points or more.".to_owned()
            ]
        );
    }

    #[test]
    fn themes_that_moved_are_named_up_or_down_largest_first() {
        let l = Lang::En.locale();
        let h = history(&[
            saved(
                1,
                Some(52),
                &[
                    (Theme::Awareness, 20),
                    (Theme::Intensity, 80),
                    (Theme::Outcomes, 60),
                ],
            ),
            saved(
                2,
                Some(48),
                &[
                    (Theme::Awareness, 80),
                    (Theme::Intensity, 20),
                    (Theme::Outcomes, 50),
                ],
            ),
        ]);
        assert_eq!(
            change_sentences(l, &h),
            vec![
                "Your cup went from 52 to 48.".to_owned(),
                "“Carrying the weight” fell from 80 to 20.".to_owned(),
                "“Knowing my signals” rose from 20 to 80.".to_owned(),
                "“Holding outcomes lightly” fell from 60 to 50.".to_owned(),
            ],
            "equal moves keep page order"
        );
    }

    #[test]
    fn counts_use_the_right_plural() {
        let l = Lang::En.locale();
        let one = history(&[saved(1, Some(61), &[])]);
        assert_eq!(
            confirm_delete_all(l, &one),
            "Delete the 1 saved check-in from this device? This cannot be undone."
        );
        assert_eq!(
            import_done(l, 1, false, 0),
            "Added 1 check-in to your history."
        );
        assert_eq!(
            import_done(l, 2, false, 0),
            "Added 2 check-ins to your history."
        );
        // Only what a file held is named: never "Added 0 check-ins" beside a plan or a day.
        assert_eq!(
            import_done(l, 0, false, 0),
            "Added 0 check-ins to your history."
        );
        assert_eq!(import_done(l, 0, true, 0), l.history_words().plan_imported);
        assert_eq!(
            import_done(l, 0, false, 3),
            "3 daily checks and Right now moments added."
        );
        assert_eq!(
            import_done(l, 1, false, 1),
            "Added 1 check-in to your history. 1 daily check or Right now moment added."
        );
        let t = trends(l, &one);
        assert_eq!(t.len(), 9);
        assert_eq!(t[0].label, "Cup level over 1 check-in: 61.");
        assert_eq!(t[1].label, "Carrying the weight over 1 check-in: no level.");
        let p = ImportPreview {
            new: vec![saved(3, None, &[])],
            already_here: 2,
            migrated_from: Some(1),
            repeated: 2,
            plan: None,
            days: Vec::new(),
            moments: Vec::new(),
        };
        let v = import_preview(l, &p);
        assert_eq!(
            v.summary,
            "This file has 3 check-ins: 1 new, 2 already here."
        );
        assert_eq!(v.migrated, Some(l.history_words().import_migrated));
        assert_eq!(
            v.repeated.as_deref(),
            Some("The file lists 2 check-ins more than once; each is added only once.")
        );
        assert_eq!(
            v.new,
            vec!["2026-11-04 · Full check-in · no level".to_owned()]
        );
    }

    #[test]
    fn rows_and_confirmations_name_the_check_in() {
        let l = Lang::En.locale();
        let h = history(&[saved(1, Some(47), &[]), saved(2, Some(63), &[])]);
        let rows = saved_rows(l, &h);
        assert_eq!(rows[0].date, "2026-11-03", "newest first");
        assert_eq!(rows[0].summary, "Full check-in · cup 63");
        assert_eq!(
            rows[0].delete_label,
            "Delete: \u{2066}2026-11-03\u{2069} Full check-in"
        );
        assert_eq!(
            confirm_delete_one(l, &h.check_ins()[0]),
            "Delete the check-in from \u{2066}2026-11-02\u{2069} (Full check-in, cup 47) from this device? This cannot be undone."
        );
        let (date, cells) = table_row(l, &h.check_ins()[0]);
        assert_eq!(date, "2026-11-02");
        assert_eq!(cells[0], "47");
        assert_eq!(cells.len(), 9);
        assert_eq!(cells[1], "–", "no level for this theme");
    }
}
