//! The facilitator guide as data: ground rules, what to do if someone is in distress (with this
//! copy's support lines), a circle for each theme (its aim, question and practice), a poster for
//! each, and the paper-only dot poster. Nothing in it asks anyone to share results.

use crate::assessment::Theme;
use crate::content::Locale;
use crate::settings::Settings;

use super::pages::{lines, LinesView};

/// One theme's circle, and its poster.
#[derive(Clone, Debug, PartialEq)]
pub struct Circle {
    pub theme: Theme,
    pub title: &'static str,
    /// What the theme covers, for the poster.
    pub covers: &'static str,
    pub aim: &'static str,
    pub prompt: &'static str,
    pub practice: &'static str,
}

#[derive(Clone, Debug, PartialEq)]
pub struct GuideView {
    pub circles: Vec<Circle>,
    /// The crisis lines to offer someone in distress: the country chosen (or this copy's).
    pub lines: LinesView,
}

pub fn guide(locale: &Locale, settings: &Settings, country: Option<&str>) -> GuideView {
    GuideView {
        circles: Theme::PAGE_ORDER
            .iter()
            .map(|&t| {
                let text = locale.training().theme(t);
                Circle {
                    theme: t,
                    title: locale.theme(t).title,
                    covers: locale.theme(t).covers,
                    aim: text.aim,
                    prompt: text.prompt,
                    practice: text.practice,
                }
            })
            .collect(),
        lines: lines(locale, settings, country),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Lang;

    #[test]
    fn every_theme_has_a_circle_and_the_guide_never_asks_for_results() {
        let l = Lang::En.locale();
        let g = guide(l, &Settings::default(), None);
        assert_eq!(g.circles.len(), 8);
        assert!(g
            .circles
            .iter()
            .all(|c| !c.aim.is_empty() && !c.prompt.is_empty() && !c.practice.is_empty()));
        assert!(
            !g.lines.first.is_empty(),
            "support lines for someone in distress"
        );
        // Nothing a facilitator reads out asks for a level, a score or a result.
        for text in g
            .circles
            .iter()
            .flat_map(|c| [c.aim, c.prompt, c.practice])
            .chain(l.training().guide.rules.iter().copied().skip(1))
            .chain(l.training().guide.dot_steps.iter().copied())
        {
            let lower = text.to_lowercase();
            assert!(
                !["your level", "your score", "your result", "your answers"]
                    .iter()
                    .any(|w| lower.contains(w)),
                "{text}"
            );
        }
    }
}
