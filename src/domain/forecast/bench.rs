//! Benchmark packs: public figures a central scenario starts from when the
//! business has no history, per industry, with their publisher, period and
//! sample, as the project's benchmark data gives them.
//!
//! Money figures are US dollars from US campaigns: the forecast converts
//! them with the rate the person types and says "US market data".

use super::{Media, Rate};
use crate::domain::{
    catalogue::{l, L10n},
    Currency,
};
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

/// The industry whose figures fill the central scenario.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Industry {
    /// Every industry together.
    #[default]
    All,
    /// Restaurants, bakeries, food.
    Food,
    /// Shops and e-commerce.
    Shops,
    /// Business-to-business services.
    B2b,
    /// Health and care.
    Health,
    /// Trades and home services.
    Trades,
}

impl Industry {
    /// Every industry, in the order the choice lists them.
    pub const ALL: [Industry; 6] = [
        Industry::All,
        Industry::Food,
        Industry::Shops,
        Industry::B2b,
        Industry::Health,
        Industry::Trades,
    ];

    /// Its name.
    pub fn name(self) -> L10n {
        match self {
            Industry::All => l("Tous secteurs", "All industries"),
            Industry::Food => l("Restauration et alimentation", "Restaurants and food"),
            Industry::Shops => l("Commerce et e-commerce", "Shops and e-commerce"),
            Industry::B2b => l("Services aux entreprises (B2B)", "B2B services"),
            Industry::Health => l("Santé et soins", "Health and care"),
            Industry::Trades => l(
                "Artisans et services à domicile",
                "Trades and home services",
            ),
        }
    }
}

/// A public benchmark figure.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Benchmark {
    /// The central value, in stored units (rates as fractions, prices in
    /// US dollars when `usd`).
    pub value: f64,
    /// Low and high values, where the source gives a range.
    pub range: Option<(f64, f64)>,
    /// Who published it.
    pub source: &'static str,
    /// The period it covers.
    pub period: L10n,
    /// The sample, where the source states it.
    pub sample: Option<L10n>,
    /// Year and month the period ends, for the age of the figure.
    pub until: (i32, u32),
    /// Whether it is a price in US dollars from US campaigns.
    pub usd: bool,
    /// What to keep in mind (a figure from another scope, for instance).
    pub note: Option<L10n>,
}

/// A figure older than this many months is flagged.
pub const STALE_MONTHS: i32 = 18;

impl Benchmark {
    /// Whether its period ended more than 18 months before `today`.
    pub fn is_stale(&self, today: NaiveDate) -> bool {
        let (y, m) = self.until;
        let age = (today.year() - y) * 12 + today.month() as i32 - m as i32;
        age > STALE_MONTHS
    }

    /// Whether a plan in `currency` converts its figures with the dollar
    /// rate: US dollar figures, in a plan not in US dollars.
    pub fn converted_for(&self, currency: &Currency) -> bool {
        self.usd && needs_usd_rate(currency)
    }
}

/// Whether a plan in `currency` needs a dollar rate to read the benchmarks'
/// prices: any currency but the US dollar.
pub fn needs_usd_rate(currency: &Currency) -> bool {
    currency.code() != "USD"
}

const WS_PERIOD: L10n = l("avril 2025 – mars 2026", "April 2025 – March 2026");
const WS_SAMPLE: Option<L10n> = Some(l("13\u{202f}474 campagnes", "13,474 campaigns"));
pub(super) const WORDSTREAM_SEARCH: &str = "WordStream/LocaliQ, Google Ads benchmarks";

const fn search_all(value: f64, usd: bool) -> Benchmark {
    Benchmark {
        value,
        range: None,
        source: WORDSTREAM_SEARCH,
        period: WS_PERIOD,
        sample: WS_SAMPLE,
        until: (2026, 3),
        usd,
        note: None,
    }
}

const fn search_food(value: f64, usd: bool) -> Benchmark {
    Benchmark {
        value,
        range: None,
        source: WORDSTREAM_SEARCH,
        period: l(
            "édition 2025 (jusqu'à mars 2025)",
            "2025 edition (to March 2025)",
        ),
        sample: None,
        until: (2025, 3),
        usd,
        note: Some(l("restaurants et alimentation", "restaurants and food")),
    }
}

const fn adbacklog(value: f64, range: (f64, f64), usd: bool, note: L10n) -> Benchmark {
    Benchmark {
        value,
        range: Some(range),
        source: "adbacklog",
        period: l("2025, méthode non publiée", "2025, method not stated"),
        sample: None,
        until: (2025, 12),
        usd,
        note: Some(note),
    }
}

/// An all-industry figure used for an industry without its own.
const fn instead(b: Benchmark) -> Benchmark {
    Benchmark {
        note: Some(l(
            "chiffre tous secteurs\u{202f}: pas de chiffre publié pour ce secteur",
            "all-industry figure: none published for this industry",
        )),
        ..b
    }
}

const LEAD_CAMPAIGNS: L10n = l("campagnes de prospects", "lead campaigns");
const META_2025_CTR: Benchmark = Benchmark {
    value: 0.0259,
    range: Some((0.018, 0.0259)),
    source: "WordStream, Facebook Ads benchmarks",
    period: l("2025", "2025"),
    sample: Some(l("726 campagnes", "726 campaigns")),
    until: (2025, 12),
    usd: false,
    note: Some(LEAD_CAMPAIGNS),
};
const META_2024_CPC: Benchmark = Benchmark {
    value: 1.88,
    range: None,
    source: "WordStream, Facebook Ads benchmarks",
    period: l("2024", "2024"),
    sample: None,
    until: (2024, 12),
    usd: true,
    note: None,
};
const META_2024_CONVERSION: Benchmark = Benchmark {
    value: 0.0878,
    range: None,
    source: "WordStream, Facebook Ads benchmarks",
    period: l("2024", "2024"),
    sample: None,
    until: (2024, 12),
    usd: false,
    note: Some(LEAD_CAMPAIGNS),
};
const META_FOOD_CONVERSION: Benchmark = Benchmark {
    value: 0.1825,
    range: None,
    source: "WordStream, Facebook Ads benchmarks",
    period: l("2025", "2025"),
    sample: None,
    until: (2025, 12),
    usd: false,
    note: Some(l(
        "restaurants, campagnes de prospects\u{202f}: un prospect n'est pas une commande, prudence",
        "restaurants, lead campaigns: a lead is not an order, be prudent",
    )),
};
const LINKEDIN_SUMMARIES: L10n = l("synthèses sectorielles 2026", "industry summaries 2026");
const LINKEDIN_CTR: Benchmark = Benchmark {
    value: 0.00545,
    range: Some((0.0044, 0.0065)),
    source: "LinkedIn sponsored content",
    period: LINKEDIN_SUMMARIES,
    sample: None,
    until: (2026, 6),
    usd: false,
    note: Some(l("milieu de la fourchette", "middle of the range")),
};
const LINKEDIN_CPC: Benchmark = Benchmark {
    value: 7.375,
    range: Some((5.5, 9.25)),
    source: "LinkedIn sponsored content",
    period: LINKEDIN_SUMMARIES,
    sample: None,
    until: (2026, 6),
    usd: true,
    note: Some(l("milieu de la fourchette", "middle of the range")),
};
const LINKEDIN_CONVERSION: Benchmark = Benchmark {
    value: 0.065,
    range: Some((0.06, 0.07)),
    source: "LinkedIn (tech, lead gen single image)",
    period: l("décembre 2025", "December 2025"),
    sample: None,
    until: (2025, 12),
    usd: false,
    note: Some(l("formulaires remplis", "form fills")),
};
const EMAIL_CLICKS: Benchmark = Benchmark {
    value: 0.02,
    range: Some((0.02, 0.0488)),
    source: "MailerLite, email benchmarks",
    period: l("2025", "2025"),
    sample: Some(l("plus de 3 millions de campagnes", "3M+ campaigns")),
    until: (2025, 12),
    usd: false,
    note: Some(l(
        "clics par email délivré (les ouvertures sont gonflées depuis 2021)",
        "clicks per delivered email (opens are inflated since 2021)",
    )),
};
const SHOP_CONVERSION: Benchmark = Benchmark {
    value: 0.016,
    range: Some((0.014, 0.0295)),
    source: "Statista (visites mondiales)",
    period: l("3e trimestre 2025", "Q3 2025"),
    sample: None,
    until: (2025, 9),
    usd: false,
    note: Some(l(
        "taux de conversion d'un site marchand (Shopify env. 1,4\u{a0}%, Dynamic Yield 2,95\u{a0}%)",
        "conversion of an online shop (Shopify about 1.4%, Dynamic Yield 2.95%)",
    )),
};

/// The benchmark for `rate` of `media` in `industry`; `None` where no
/// public figure fits (display prices and rates, email prices and
/// conversion): those must be typed.
pub fn benchmark(industry: Industry, media: Media, rate: Rate) -> Option<Benchmark> {
    use Industry as I;
    Some(match (media, rate, industry) {
        (Media::Search, Rate::Price, I::Food) => search_food(2.05, true),
        (Media::Search, Rate::Ctr, I::Food) => search_food(0.0758, false),
        (Media::Search, Rate::Conversion, I::Food) => search_food(0.0709, false),
        (Media::Search, Rate::Price, I::B2b) => {
            adbacklog(5.47, (5.42, 5.47), true, l("services B2B", "B2B services"))
        }
        (Media::Search, Rate::Ctr, I::B2b) => adbacklog(
            0.051,
            (0.051, 0.0664),
            false,
            l("services B2B", "B2B services"),
        ),
        (Media::Search, Rate::Conversion, I::B2b) => adbacklog(
            0.049,
            (0.049, 0.0818),
            false,
            l("services B2B", "B2B services"),
        ),
        (Media::Search, Rate::Conversion, I::Trades) => adbacklog(
            0.102,
            (0.0818, 0.102),
            false,
            l("services à domicile", "home services"),
        ),
        (Media::Search, Rate::Conversion, I::Shops) => SHOP_CONVERSION,
        (Media::Search, Rate::Price, I::All) => search_all(5.42, true),
        (Media::Search, Rate::Ctr, I::All) => search_all(0.0664, false),
        (Media::Search, Rate::Conversion, I::All) => search_all(0.0818, false),
        (Media::Search, Rate::Price, _) => instead(search_all(5.42, true)),
        (Media::Search, Rate::Ctr, _) => instead(search_all(0.0664, false)),
        (Media::Search, Rate::Conversion, _) => instead(search_all(0.0818, false)),
        (Media::Meta, Rate::Conversion, I::Food) => META_FOOD_CONVERSION,
        (Media::Meta, Rate::Conversion, I::Shops) => SHOP_CONVERSION,
        (Media::Meta, Rate::Ctr, _) => META_2025_CTR,
        (Media::Meta, Rate::Price, _) => META_2024_CPC,
        (Media::Meta, Rate::Conversion, _) => META_2024_CONVERSION,
        (Media::Linkedin, Rate::Ctr, _) => LINKEDIN_CTR,
        (Media::Linkedin, Rate::Price, _) => LINKEDIN_CPC,
        (Media::Linkedin, Rate::Conversion, _) => LINKEDIN_CONVERSION,
        (Media::Email, Rate::Ctr, _) => EMAIL_CLICKS,
        (Media::Display, _, _) | (Media::Email, _, _) => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_industry_has_search_meta_and_linkedin_figures_and_only_display_and_email_prices_lack_one(
    ) {
        for i in Industry::ALL {
            for m in [Media::Search, Media::Meta, Media::Linkedin] {
                for r in Rate::ALL {
                    assert!(benchmark(i, m, r).is_some(), "{i:?} {m:?} {r:?}");
                }
            }
            assert!(benchmark(i, Media::Email, Rate::Ctr).is_some());
            assert!(benchmark(i, Media::Email, Rate::Price).is_none());
            assert!(benchmark(i, Media::Display, Rate::Price).is_none());
        }
    }

    #[test]
    fn prices_are_us_dollars_and_rates_are_not() {
        for i in Industry::ALL {
            for m in Media::ALL {
                for r in Rate::ALL {
                    if let Some(b) = benchmark(i, m, r) {
                        assert_eq!(b.usd, r == Rate::Price, "{i:?} {m:?} {r:?}");
                        if let Some((lo, hi)) = b.range {
                            assert!(lo <= b.value && b.value <= hi, "{i:?} {m:?} {r:?}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn dollar_figures_are_converted_in_a_plan_not_in_dollars() {
        let price = benchmark(Industry::All, Media::Search, Rate::Price).unwrap();
        let ctr = benchmark(Industry::All, Media::Search, Rate::Ctr).unwrap();
        let chf = Currency::new("CHF").unwrap();
        let usd = Currency::new("USD").unwrap();
        assert!(price.converted_for(&chf));
        assert!(!price.converted_for(&usd));
        assert!(!ctr.converted_for(&chf));
        assert!(needs_usd_rate(&chf) && !needs_usd_rate(&usd));
    }

    #[test]
    fn a_figure_is_stale_past_eighteen_months() {
        let d = |y, m| NaiveDate::from_ymd_opt(y, m, 15).unwrap();
        let food = benchmark(Industry::Food, Media::Search, Rate::Price).unwrap();
        // To March 2025: 18 months later (September 2026) it is still current.
        assert!(!food.is_stale(d(2026, 9)));
        assert!(food.is_stale(d(2026, 10)));
        let all = benchmark(Industry::All, Media::Search, Rate::Price).unwrap();
        assert!(!all.is_stale(d(2026, 12)));
        assert_eq!(food.value, 2.05);
        assert_eq!(all.value, 5.42);
    }
}
