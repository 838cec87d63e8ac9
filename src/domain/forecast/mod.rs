//! The forecast: one model of what the paid media budget buys and what an
//! objective's target costs, read by every view that shows a forecast.
//!
//! - Only budget lines whose cost is paid media buy clicks, each at the rates
//!   of its media (search, Meta, LinkedIn, display, email sends).
//! - Rates are typed per scenario or come from a benchmark pack (the
//!   plan's industry); prudent and ambitious derive from the central one.
//! - An objective costs its increment over the baseline, per the period of
//!   its target, for the share the plan's digital actions must bring.
//! - What cannot be computed says which inputs are missing.

mod bench;
mod forward;
mod keys;
mod period;
mod rates;
mod reverse;
mod sources;

pub use bench::{benchmark, needs_usd_rate, Benchmark, Industry, STALE_MONTHS};
pub use forward::*;
pub use period::*;
pub use rates::*;
pub use reverse::*;
pub use sources::sources_used;

use crate::domain::{
    budget::{Channel, CHANNELS},
    catalogue::{l, L10n},
    BudgetLine,
};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// Where paid media buys its audience, each with its own rates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Media {
    /// Search ads (Google, Microsoft): paid per click.
    Search,
    /// Meta ads (Facebook, Instagram): paid per click.
    Meta,
    /// LinkedIn ads: paid per click.
    Linkedin,
    /// Display ads: paid per thousand impressions.
    Display,
    /// Email sends (a rented list, a sponsored newsletter): paid per
    /// thousand sends; clicks are counted on sends, never on opens.
    Email,
}

impl Media {
    /// Every media, in the order the forecast lists them.
    pub const ALL: [Media; 5] = [
        Media::Search,
        Media::Meta,
        Media::Linkedin,
        Media::Display,
        Media::Email,
    ];

    /// Whether its price is per click (else per thousand impressions or sends).
    pub fn per_click(self) -> bool {
        matches!(self, Media::Search | Media::Meta | Media::Linkedin)
    }

    /// Its name.
    pub fn name(self) -> L10n {
        match self {
            Media::Search => l("Publicité sur les moteurs", "Search ads"),
            Media::Meta => l(
                "Publicité Meta (Facebook, Instagram)",
                "Meta ads (Facebook, Instagram)",
            ),
            Media::Linkedin => l("Publicité LinkedIn", "LinkedIn ads"),
            Media::Display => l("Publicité display", "Display ads"),
            Media::Email => l("Envois d'emails", "Email sends"),
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// What a budget line's money pays for; only paid media buys clicks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "media")]
pub enum Cost {
    /// Paid media: buys clicks or impressions at the rates of its media.
    Media(Media),
    /// Production and fees: website, content, photos, consultant.
    Production,
    /// Tools and subscriptions.
    Tools,
}

impl Cost {
    /// The choices offered for a line, paid media first.
    pub const ALL: [Cost; 7] = [
        Cost::Media(Media::Search),
        Cost::Media(Media::Meta),
        Cost::Media(Media::Linkedin),
        Cost::Media(Media::Display),
        Cost::Media(Media::Email),
        Cost::Production,
        Cost::Tools,
    ];

    /// The media it buys, for paid media.
    pub fn media(self) -> Option<Media> {
        match self {
            Cost::Media(m) => Some(m),
            _ => None,
        }
    }

    /// What a line of `channel` usually pays for: ads are paid media,
    /// analytics and the emailing platform are tools, the rest production.
    pub fn of_channel(channel: &Channel) -> Cost {
        let Channel::Catalogue(key) = channel else {
            return Cost::Production;
        };
        match key.as_str() {
            "search_ads" => Cost::Media(Media::Search),
            "social_ads" => Cost::Media(Media::Meta),
            "display_ads" => Cost::Media(Media::Display),
            "emailing" | "analytics_tools" => Cost::Tools,
            _ => Cost::Production,
        }
    }
}

/// What `line` pays for: its own choice, else its channel's usual one.
pub fn cost_of(line: &BudgetLine) -> Cost {
    line.cost.unwrap_or_else(|| Cost::of_channel(&line.channel))
}

/// Whether a budget line pays for media (buys clicks or impressions).
pub fn is_paid(line: &BudgetLine) -> bool {
    cost_of(line).media().is_some()
}

/// The catalogue channels whose lines are paid media by default.
pub fn paid_channels() -> impl Iterator<Item = &'static str> {
    CHANNELS.iter().map(|c| c.key).filter(|k| is_paid_key(k))
}

fn is_paid_key(key: &str) -> bool {
    Cost::of_channel(&Channel::Catalogue(key.to_string()))
        .media()
        .is_some()
}

/// One rate of a media.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rate {
    /// Price of a click, or of a thousand impressions or sends, in the
    /// plan's currency (major units).
    Price,
    /// Clicks per impression or per send.
    Ctr,
    /// New customers (first orders) per click.
    Conversion,
}

impl Rate {
    /// The three rates, in the order the forecast lists them.
    pub const ALL: [Rate; 3] = [Rate::Price, Rate::Ctr, Rate::Conversion];
}

/// The rates of one media in one scenario; an empty one takes the central
/// scenario's (derived) or the benchmark's.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Rates {
    /// Price of a click, or of a thousand impressions or sends.
    #[serde(default)]
    pub price: Option<f64>,
    /// Clicks per impression or per send.
    #[serde(default)]
    pub ctr: Option<f64>,
    /// New customers per click.
    #[serde(default)]
    pub conversion: Option<f64>,
}

impl Rates {
    /// The typed value of `rate`.
    pub fn get(&self, rate: Rate) -> Option<f64> {
        match rate {
            Rate::Price => self.price,
            Rate::Ctr => self.ctr,
            Rate::Conversion => self.conversion,
        }
    }

    /// Types (or empties) `rate`.
    pub fn set(&mut self, rate: Rate, v: Option<f64>) {
        match rate {
            Rate::Price => self.price = v,
            Rate::Ctr => self.ctr = v,
            Rate::Conversion => self.conversion = v,
        }
    }
}

/// A named set of rates for every media.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    /// Name; empty for the default name of its position.
    #[serde(default)]
    pub name: String,
    /// Rates per media, in [`Media::ALL`] order.
    #[serde(default)]
    pub rates: [Rates; 5],
}

impl Scenario {
    /// The typed rates of `media`.
    pub fn rates(&self, media: Media) -> &Rates {
        &self.rates[media.index()]
    }

    /// The typed rates of `media`, to change them.
    pub fn rates_mut(&mut self, media: Media) -> &mut Rates {
        &mut self.rates[media.index()]
    }
}

/// Which way a scenario leans from the central one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lean {
    /// Costs 25% higher, rates 20% lower.
    Prudent,
    /// The benchmark, or what was typed.
    Central,
    /// Costs 20% lower, rates 25% higher.
    Ambitious,
}

impl Lean {
    /// The lean of the scenario at `index` (prudent, central, ambitious).
    pub fn of(index: usize) -> Lean {
        match index {
            0 => Lean::Prudent,
            1 => Lean::Central,
            _ => Lean::Ambitious,
        }
    }

    /// What it multiplies the central scenario's prices and its click and
    /// conversion rates by: (prices, rates).
    pub fn factors(self) -> (f64, f64) {
        match self {
            Lean::Prudent => (1.25, 0.8),
            Lean::Central => (1.0, 1.0),
            Lean::Ambitious => (0.8, 1.25),
        }
    }

    /// What a central value of `rate` becomes in this scenario.
    pub fn apply(self, rate: Rate, central: f64) -> f64 {
        let (cost, share) = self.factors();
        match rate {
            Rate::Price => central * cost,
            Rate::Ctr | Rate::Conversion => (central * share).min(1.0),
        }
    }
}

/// A rate of one US dollar in the plan's currency, as the person typed it.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct UsdRate {
    /// Plan currency units for one US dollar.
    pub rate: f64,
    /// The day of that rate.
    pub date: NaiveDate,
}

/// The three scenarios of a new plan: prudent, central, ambitious, each
/// empty (the central from the benchmarks, the others derived from it).
fn default_scenarios() -> Vec<Scenario> {
    vec![Scenario::default(); 3]
}

fn central() -> usize {
    1
}

/// The plan's forecast settings.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Forecast {
    /// Average order value, in major units; no benchmark fits every business.
    #[serde(default)]
    pub aov: Option<f64>,
    /// Gross margin rate, for the ROI.
    #[serde(default)]
    pub margin: Option<f64>,
    /// Share of the new visits that paid ads bring (the rest comes from the
    /// plan's other channels); empty means all of them.
    #[serde(default)]
    pub paid_share: Option<f64>,
    /// Orders a customer places in a year; empty means one order each.
    #[serde(default)]
    pub orders_per_year: Option<f64>,
    /// The benchmark pack the empty central rates come from.
    #[serde(default)]
    pub industry: Industry,
    /// One US dollar in the plan's currency, for benchmark prices.
    #[serde(default)]
    pub usd_rate: Option<UsdRate>,
    /// Named scenarios, compared side by side.
    #[serde(default = "default_scenarios")]
    pub scenarios: Vec<Scenario>,
    /// The scenario the SMART check uses.
    #[serde(default = "central")]
    pub active: usize,
}

impl Default for Forecast {
    fn default() -> Self {
        Forecast {
            aov: None,
            margin: None,
            paid_share: None,
            orders_per_year: None,
            industry: Industry::default(),
            usd_rate: None,
            scenarios: default_scenarios(),
            active: central(),
        }
    }
}

/// Most scenarios a plan keeps.
pub const MAX_SCENARIOS: usize = 20;

impl Forecast {
    /// Whether every figure is one a business can have: amounts from 0 to
    /// 10^12, rates from 0 to 100%, 1 to 20 scenarios, the active one among
    /// them (scenario names are checked as texts by their callers).
    pub fn in_range(&self) -> bool {
        let rate = |v: Option<f64>| v.is_none_or(|v| v.is_finite() && (0.0..=1.0).contains(&v));
        let amount = |v: Option<f64>| v.is_none_or(|v| v.is_finite() && (0.0..=1e12).contains(&v));
        let positive = |v: Option<f64>| v.is_none_or(|v| v.is_finite() && v > 0.0 && v <= 1e6);
        let scenarios = !self.scenarios.is_empty()
            && self.scenarios.len() <= MAX_SCENARIOS
            && self.active < self.scenarios.len()
            && self.scenarios.iter().all(|s| {
                s.rates
                    .iter()
                    .all(|r| amount(r.price) && rate(r.ctr) && rate(r.conversion))
            });
        amount(self.aov)
            && rate(self.margin)
            && rate(self.paid_share)
            && positive(self.orders_per_year)
            && positive(self.usd_rate.map(|u| u.rate))
            && scenarios
    }

    /// Name of the scenario at `index` as typed (empty for the default name).
    pub fn scenario_name(&self, index: usize) -> &str {
        self.scenarios.get(index).map_or("", |s| s.name.as_str())
    }
}
