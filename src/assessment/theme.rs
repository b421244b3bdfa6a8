//! The eight themes of a peer worker's cup, whether each drains or fills it, and their fixed orders.

keyed! {
    /// One part of the cup: a group of questions and a family of suggestions.
    pub enum Theme {
        Intensity = "intensity",
        Recovery = "recovery",
        Outcomes = "outcomes",
        Awareness = "awareness",
        Boundaries = "boundaries",
        Support = "support",
        Meaning = "meaning",
        Workplace = "workplace",
    }
}

/// Whether a theme's questions measure something that empties the cup or something that fills it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// A high raw score means more strain; it is inverted for display.
    Strain,
    /// A high raw score means more protection; it is shown as it is.
    Protective,
}

impl Theme {
    /// The order in which the check-in asks about the themes.
    pub const PAGE_ORDER: [Theme; 8] = [
        Theme::Intensity,
        Theme::Recovery,
        Theme::Outcomes,
        Theme::Awareness,
        Theme::Boundaries,
        Theme::Support,
        Theme::Meaning,
        Theme::Workplace,
    ];

    /// How ties between equally low themes are broken when choosing priorities.
    ///
    /// A person's own recovery comes first: the research is clear that helping others is not a
    /// substitute for it (Williams 2021; Abu Hassan Shaari). Knowing one's own warning signs comes
    /// next because it makes every other change possible; then the strains the worker meets daily,
    /// then the supports around them, and the workplace last, as the area a worker controls least.
    pub const TIE_ORDER: [Theme; 8] = [
        Theme::Recovery,
        Theme::Awareness,
        Theme::Intensity,
        Theme::Boundaries,
        Theme::Outcomes,
        Theme::Support,
        Theme::Meaning,
        Theme::Workplace,
    ];

    pub fn kind(self) -> Kind {
        match self {
            Theme::Intensity | Theme::Outcomes | Theme::Boundaries | Theme::Workplace => {
                Kind::Strain
            }
            Theme::Recovery | Theme::Awareness | Theme::Support | Theme::Meaning => {
                Kind::Protective
            }
        }
    }

    /// Position in [`Theme::TIE_ORDER`]; lower wins a tie.
    pub fn tie_rank(self) -> usize {
        Theme::TIE_ORDER
            .iter()
            .position(|t| *t == self)
            .unwrap_or(Theme::TIE_ORDER.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_orders_hold_every_theme_once() {
        for order in [Theme::PAGE_ORDER, Theme::TIE_ORDER] {
            let mut sorted = order.to_vec();
            sorted.sort();
            sorted.dedup();
            assert_eq!(sorted.len(), 8);
        }
    }

    #[test]
    fn own_recovery_wins_every_tie() {
        assert_eq!(Theme::TIE_ORDER[0], Theme::Recovery);
        assert_eq!(Theme::Recovery.tie_rank(), 0);
    }

    #[test]
    fn keys_round_trip() {
        for t in Theme::PAGE_ORDER {
            assert_eq!(Theme::from_key(t.key()), Some(t));
        }
        assert_eq!(Theme::from_key("Recovery"), None);
    }

    #[test]
    fn four_strain_and_four_protective() {
        let strain = Theme::PAGE_ORDER
            .iter()
            .filter(|t| t.kind() == Kind::Strain)
            .count();
        assert_eq!(strain, 4);
    }
}
