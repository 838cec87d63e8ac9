//! The channels and tools a budget line can be, with their usual tier for
//! the 70/20/10 rule.

use crate::domain::{
    catalogue::{l, L10n},
    Lang,
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
