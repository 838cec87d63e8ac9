//! The channels and tools a budget line can be, with their usual tier for
//! the 70/20/10 rule.

use crate::domain::{
    catalogue::{l, L10n},
    Budget, Lang,
};
use serde::{Deserialize, Serialize};

/// The 70/20/10 rule's three kinds of channel.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    /// Channels known to work for this business: 70%.
    #[default]
    Proven,
    /// Channels being developed: 20%.
    Emerging,
    /// Tests: 10%.
    Experimental,
}

impl Tier {
    /// The three tiers, in the rule's order.
    pub const ALL: [Tier; 3] = [Tier::Proven, Tier::Emerging, Tier::Experimental];

    /// Share of the rule, in basis points (70% is 7'000).
    pub fn weight_bp(self) -> u64 {
        match self {
            Tier::Proven => 7_000,
            Tier::Emerging => 2_000,
            Tier::Experimental => 1_000,
        }
    }
}

/// A channel or tool of the catalogue.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ChannelDef {
    /// Stable key, stored in plans.
    pub key: &'static str,
    /// Name.
    pub name: L10n,
    /// Usual tier.
    pub tier: Tier,
}

const fn c(key: &'static str, fr: &'static str, en: &'static str, tier: Tier) -> ChannelDef {
    ChannelDef {
        key,
        name: l(fr, en),
        tier,
    }
}

/// The channels of the catalogue, in the order a new budget lists them.
pub static CHANNELS: &[ChannelDef] = &[
    c(
        "seo",
        "Référencement naturel (SEO)",
        "Search engine optimisation (SEO)",
        Tier::Proven,
    ),
    c(
        "search_ads",
        "Publicité sur les moteurs",
        "Search ads",
        Tier::Proven,
    ),
    c(
        "social_ads",
        "Publicité sur les réseaux sociaux",
        "Social ads",
        Tier::Emerging,
    ),
    c(
        "social_organic",
        "Réseaux sociaux et communauté",
        "Organic social and community",
        Tier::Emerging,
    ),
    c("emailing", "Emailing", "Emailing", Tier::Proven),
    c(
        "content_written",
        "Contenu rédactionnel",
        "Written content",
        Tier::Emerging,
    ),
    c(
        "content_visual",
        "Contenu visuel",
        "Visual content",
        Tier::Emerging,
    ),
    c(
        "content_audio",
        "Contenu audio",
        "Audio content",
        Tier::Experimental,
    ),
    c(
        "website_cro",
        "Site web et optimisation de la conversion",
        "Website and conversion optimisation",
        Tier::Proven,
    ),
    c(
        "analytics_tools",
        "Mesure et outils",
        "Analytics and tools",
        Tier::Proven,
    ),
    c(
        "agency_fees",
        "Honoraires de consultant ou d'agence",
        "Consultant or agency fees",
        Tier::Proven,
    ),
    c("training", "Formation", "Training", Tier::Experimental),
];

/// The channel of the catalogue with this key.
pub fn channel(key: &str) -> Option<&'static ChannelDef> {
    CHANNELS.iter().find(|c| c.key == key)
}

/// The channels a new budget usually starts with, by key.
pub const USUAL: [&str; 9] = [
    "seo",
    "search_ads",
    "social_ads",
    "social_organic",
    "emailing",
    "content_written",
    "content_visual",
    "website_cro",
    "analytics_tools",
];

/// Whether `budget` has a line for the catalogue's channel `key`.
fn has(budget: &Budget, key: &str) -> bool {
    budget
        .lines
        .iter()
        .any(|l| matches!(&l.channel, Channel::Catalogue(k) if k == key))
}

/// The usual channels `budget` has no line for yet, in [`USUAL`]'s order.
pub fn missing_usual(budget: &Budget) -> Vec<Channel> {
    USUAL
        .iter()
        .filter(|k| !has(budget, k))
        .map(|k| Channel::Catalogue(k.to_string()))
        .collect()
}

/// The catalogue's channels `budget` has no line for yet, in the
/// catalogue's order: those a line can still be added for.
pub fn unused_channels(budget: &Budget) -> Vec<&'static ChannelDef> {
    CHANNELS.iter().filter(|c| !has(budget, c.key)).collect()
}

/// What a budget line pays for: a channel of the catalogue or the person's own.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum Channel {
    /// A channel of the catalogue, by key.
    Catalogue(String),
    /// A channel or tool the person named.
    Custom(String),
}

impl Channel {
    /// Its name in `lang` (the key itself for an unknown catalogue key).
    pub fn name(&self, lang: Lang) -> String {
        match self {
            Channel::Catalogue(key) => {
                channel(key).map_or_else(|| key.clone(), |c| c.name.get(lang).to_string())
            }
            Channel::Custom(name) => name.clone(),
        }
    }

    /// Its usual tier: the catalogue's, or emerging for the person's own.
    pub fn default_tier(&self) -> Tier {
        match self {
            Channel::Catalogue(key) => channel(key).map_or(Tier::Emerging, |c| c.tier),
            Channel::Custom(_) => Tier::Emerging,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{BudgetLine, ItemId};

    #[test]
    fn the_usual_and_unused_channels_leave_out_those_with_a_line() {
        let mut budget = Budget::default();
        assert_eq!(missing_usual(&budget).len(), USUAL.len());
        assert_eq!(unused_channels(&budget).len(), CHANNELS.len());
        assert!(
            USUAL.iter().all(|k| channel(k).is_some()),
            "usual ones exist"
        );
        budget.lines.push(BudgetLine::new(
            ItemId(1),
            Channel::Catalogue("search_ads".into()),
        ));
        budget
            .lines
            .push(BudgetLine::new(ItemId(2), Channel::Custom("seo".into())));
        let missing = missing_usual(&budget);
        assert_eq!(missing.len(), USUAL.len() - 1);
        assert_eq!(
            missing[0],
            Channel::Catalogue("seo".into()),
            "a custom name is no key"
        );
        assert!(!missing.contains(&Channel::Catalogue("search_ads".into())));
        let unused = unused_channels(&budget);
        assert_eq!(unused.len(), CHANNELS.len() - 1);
        assert!(unused.iter().all(|c| c.key != "search_ads"));
    }
}
