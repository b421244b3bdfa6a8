//! Plural categories (CLDR cardinal rules, for whole numbers) for every language Full Cup speaks or
//! is preparing to speak, and the templates that choose a form by category.
//!
//! Full Cup only ever counts whole things (check-ins, days, parts of the cup), so each rule is the
//! CLDR rule for integers (`v = 0`): the operands for fractions are never needed.

/// A CLDR plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

/// Which language's cardinal rule to apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PluralRule {
    /// English: `one` for 1, `other` for everything else.
    English,
    /// Spanish: `one` for 1; `many` for non-zero multiples of a million; `other` otherwise.
    Spanish,
    /// Malay has no plural forms: always `other`.
    Malay,
    /// Modern Standard Arabic: `zero`, `one`, `two`, `few` (3–10 in the last two digits),
    /// `many` (11–99 in the last two digits), `other`.
    Arabic,
}

impl PluralRule {
    /// The category of the whole number `n`.
    pub fn category(self, n: u64) -> Category {
        match self {
            PluralRule::English => {
                if n == 1 {
                    Category::One
                } else {
                    Category::Other
                }
            }
            PluralRule::Spanish => {
                if n == 1 {
                    Category::One
                } else if n != 0 && n.is_multiple_of(1_000_000) {
                    Category::Many
                } else {
                    Category::Other
                }
            }
            PluralRule::Malay => Category::Other,
            PluralRule::Arabic => match (n, n % 100) {
                (0, _) => Category::Zero,
                (1, _) => Category::One,
                (2, _) => Category::Two,
                (_, 3..=10) => Category::Few,
                (_, 11..=99) => Category::Many,
                _ => Category::Other,
            },
        }
    }

    /// Every category this rule can give; a language's templates must word each of them.
    pub fn categories(self) -> &'static [Category] {
        match self {
            PluralRule::English => &[Category::One, Category::Other],
            PluralRule::Spanish => &[Category::One, Category::Many, Category::Other],
            PluralRule::Malay => &[Category::Other],
            PluralRule::Arabic => &[
                Category::Zero,
                Category::One,
                Category::Two,
                Category::Few,
                Category::Many,
                Category::Other,
            ],
        }
    }
}

/// A text that changes with a count: one form per category the language uses. `{n}` marks the
/// count; other `{name}` placeholders are filled as in any template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct Plural {
    pub zero: Option<&'static str>,
    pub one: Option<&'static str>,
    pub two: Option<&'static str>,
    pub few: Option<&'static str>,
    pub many: Option<&'static str>,
    pub other: &'static str,
}

impl Plural {
    /// A text with a singular and a plural form (English, Spanish).
    pub const fn one_other(one: &'static str, other: &'static str) -> Plural {
        Plural {
            zero: None,
            one: Some(one),
            two: None,
            few: None,
            many: None,
            other,
        }
    }

    /// A text with a singular, a form for millions and a plural (Spanish).
    pub const fn one_many_other(
        one: &'static str,
        many: &'static str,
        other: &'static str,
    ) -> Plural {
        Plural {
            zero: None,
            one: Some(one),
            two: None,
            few: None,
            many: Some(many),
            other,
        }
    }

    /// A text with a single form for every count (Malay).
    pub const fn same(other: &'static str) -> Plural {
        Plural {
            zero: None,
            one: None,
            two: None,
            few: None,
            many: None,
            other,
        }
    }

    /// A text with all six forms, in CLDR order: zero, one, two, few, many, other (Arabic).
    pub const fn six(
        zero: &'static str,
        one: &'static str,
        two: &'static str,
        few: &'static str,
        many: &'static str,
        other: &'static str,
    ) -> Plural {
        Plural {
            zero: Some(zero),
            one: Some(one),
            two: Some(two),
            few: Some(few),
            many: Some(many),
            other,
        }
    }

    /// The form for `category`, if this text words it.
    pub fn form(&self, category: Category) -> Option<&'static str> {
        match category {
            Category::Zero => self.zero,
            Category::One => self.one,
            Category::Two => self.two,
            Category::Few => self.few,
            Category::Many => self.many,
            Category::Other => Some(self.other),
        }
    }

    /// The form for the count `n` under `rule`; `other` when the language has no special form.
    pub fn pick(&self, rule: PluralRule, n: u64) -> &'static str {
        self.form(rule.category(n)).unwrap_or(self.other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Category::*;

    fn cats(rule: PluralRule, ns: &[u64]) -> Vec<Category> {
        ns.iter().map(|&n| rule.category(n)).collect()
    }

    #[test]
    fn english_has_one_and_other() {
        assert_eq!(
            cats(PluralRule::English, &[0, 1, 2, 11, 21, 101]),
            vec![Other, One, Other, Other, Other, Other]
        );
    }

    #[test]
    fn spanish_has_many_for_millions() {
        assert_eq!(
            cats(
                PluralRule::Spanish,
                &[0, 1, 2, 1_000_000, 2_000_000, 1_000_001]
            ),
            vec![Other, One, Other, Many, Many, Other]
        );
    }

    #[test]
    fn malay_never_changes() {
        assert_eq!(cats(PluralRule::Malay, &[0, 1, 2, 5]), vec![Other; 4]);
    }

    #[test]
    fn arabic_has_six_forms_by_the_last_two_digits() {
        assert_eq!(
            cats(
                PluralRule::Arabic,
                &[0, 1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 110, 111, 199, 1000]
            ),
            vec![
                Zero, One, Two, Few, Few, Many, Many, Other, Other, Other, Few, Few, Many, Many,
                Other
            ]
        );
    }

    #[test]
    fn every_rule_lists_exactly_the_categories_it_gives() {
        for rule in [
            PluralRule::English,
            PluralRule::Spanish,
            PluralRule::Malay,
            PluralRule::Arabic,
        ] {
            let mut seen: Vec<Category> = (0..2_000_001u64)
                .step_by(1)
                .filter(|n| *n < 2000 || n.is_multiple_of(1_000_000))
                .map(|n| rule.category(n))
                .collect();
            seen.sort_by_key(|c| *c as u8);
            seen.dedup();
            let mut listed = rule.categories().to_vec();
            listed.sort_by_key(|c| *c as u8);
            assert_eq!(seen, listed, "{rule:?}");
        }
    }

    #[test]
    fn a_missing_form_falls_back_to_other() {
        let p = Plural::one_other("{n} day", "{n} days");
        assert_eq!(p.pick(PluralRule::English, 1), "{n} day");
        assert_eq!(p.pick(PluralRule::English, 7), "{n} days");
        assert_eq!(p.pick(PluralRule::Arabic, 2), "{n} days");
    }
}
