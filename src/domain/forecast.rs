//! The forecast: what the paid budget buys (forward), what an objective's
//! target costs (reverse), and from that the computed "Achievable" verdict.
//!
//! Rates come from named scenarios; a rate left empty takes the public
//! benchmark, shown with its source and year.

use crate::domain::{
    budget::channel,
    catalogue::{l, L10n},
    formula::NotComputable,
    smart::Achievability,
    Horizon, KpiRef, Money, Objective, Plan,
};
use serde::{Deserialize, Serialize};

/// A public benchmark figure.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Benchmark {
    /// The value, in stored units (rates as fractions).
    pub value: f64,
    /// Who published it.
    pub source: &'static str,
    /// When.
    pub year: &'static str,
    /// What to keep in mind.
    pub note: L10n,
}

/// Search ads cost per click (WordStream 2025-26), in US dollars.
pub const CPC: Benchmark = Benchmark {
    value: 5.42,
    source: "WordStream, Google Ads benchmarks",
    year: "2025-26",
    note: l(
        "en dollars US, tous secteurs\u{202f}: à adapter au marché",
        "in US dollars, all sectors: adapt to your market",
    ),
};
/// Search ads click-through rate.
pub const CTR: Benchmark = Benchmark {
    value: 0.0664,
    source: "WordStream, Google Ads benchmarks",
    year: "2025-26",
    note: l("tous secteurs", "all sectors"),
};
/// Search ads conversion rate.
pub const CONVERSION: Benchmark = Benchmark {
    value: 0.0818,
    source: "WordStream, Google Ads benchmarks",
    year: "2025-26",
    note: l(
        "visites payantes\u{202f}; un site e-commerce convertit plutôt 2 à 4\u{a0}% (Smart Insights)",
        "paid visits; an e-commerce site converts more like 2-4% (Smart Insights)",
    ),
};

/// Rates of one scenario; empty ones take the benchmark.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Scenario {
    /// Name; empty for the default name of its position.
    #[serde(default)]
    pub name: String,
    /// Cost per click, in major units of the plan's currency.
    #[serde(default)]
    pub cpc: Option<f64>,
    /// Click-through rate.
    #[serde(default)]
    pub ctr: Option<f64>,
    /// Conversion rate of paid visits.
    #[serde(default)]
    pub conversion_rate: Option<f64>,
}

impl Scenario {
    /// The cost per click used.
    pub fn cpc(&self) -> f64 {
        self.cpc.unwrap_or(CPC.value)
    }
    /// The click-through rate used.
    pub fn ctr(&self) -> f64 {
        self.ctr.unwrap_or(CTR.value)
    }
    /// The conversion rate used.
    pub fn conversion_rate(&self) -> f64 {
        self.conversion_rate.unwrap_or(CONVERSION.value)
    }
}

fn default_scenarios() -> Vec<Scenario> {
    let s = |cpc: f64, ctr: f64, conv: f64| Scenario {
        name: String::new(),
        cpc: Some(cpc),
        ctr: Some(ctr),
        conversion_rate: Some(conv),
    };
    vec![s(6.5, 0.053, 0.06), Scenario::default(), s(4.6, 0.08, 0.1)]
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
    /// Share of the needed visits that paid ads must bring (the rest comes
    /// from other channels); empty means all of them.
    #[serde(default)]
    pub paid_share: Option<f64>,
    /// Whether objectives' targets are monthly figures (35 orders a month)
    /// rather than totals over the plan.
    #[serde(default)]
    pub monthly_targets: bool,
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
            monthly_targets: false,
            scenarios: default_scenarios(),
            active: central(),
        }
    }
}

impl Forecast {
    /// The scenario the SMART check uses.
    pub fn active_scenario(&self) -> Scenario {
        self.scenarios
            .get(self.active)
            .or(self.scenarios.first())
            .cloned()
            .unwrap_or_default()
    }
}

/// Whether a budget line pays for ads (clicks bought).
pub fn is_paid(line: &crate::domain::BudgetLine) -> bool {
    matches!(&line.channel, crate::domain::budget::Channel::Catalogue(k) if matches!(channel(k).map(|c| c.key), Some("search_ads" | "social_ads")))
}

/// What a paid spend buys under a scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Forward {
    /// Paid spend.
    pub spend: Money,
    /// Clicks bought.
    pub clicks: Result<f64, NotComputable>,
    /// Impressions needed for those clicks.
    pub impressions: Result<f64, NotComputable>,
    /// Orders from those visits.
    pub orders: Result<f64, NotComputable>,
    /// Revenue of those orders.
    pub revenue: Result<f64, NotComputable>,
    /// Cost per order.
    pub cpa: Result<f64, NotComputable>,
    /// Revenue per unit spent.
    pub roas: Result<f64, NotComputable>,
    /// Return on investment.
    pub roi: Result<f64, NotComputable>,
}

/// Forward forecast of `spend` (major units from `minor_per_major`).
pub fn forward(f: &Forecast, s: &Scenario, spend: Money, minor_per_major: f64) -> Forward {
    use crate::domain::formula::Slot;
    use NotComputable::*;
    let euros = spend.0 as f64 / minor_per_major;
    let div = |a: f64, b: f64, why: NotComputable| if b == 0.0 { Err(why) } else { Ok(a / b) };
    let clicks = div(euros, s.cpc(), DividesByZero(Slot::Kpi));
    let impressions = clicks.and_then(|c| div(c, s.ctr(), DividesByZero(Slot::Kpi)));
    let orders = clicks.map(|c| c * s.conversion_rate());
    let revenue = orders.and_then(|o| {
        f.aov
            .map(|a| o * a)
            .ok_or(Missing(Slot::Var(crate::domain::catalogue::Var::Revenue)))
    });
    let cpa = orders.and_then(|o| {
        div(
            euros,
            o,
            DividesByZero(Slot::Var(crate::domain::catalogue::Var::Orders)),
        )
    });
    let roas = revenue.and_then(|r| {
        div(
            r,
            euros,
            DividesByZero(Slot::Var(crate::domain::catalogue::Var::Spend)),
        )
    });
    let roi = revenue.and_then(|r| {
        let m = f
            .margin
            .ok_or(Missing(Slot::Var(crate::domain::catalogue::Var::Margin)))?;
        div(
            r * m - euros,
            euros,
            DividesByZero(Slot::Var(crate::domain::catalogue::Var::Spend)),
        )
    });
    Forward {
        spend,
        clicks,
        impressions,
        orders,
        revenue,
        cpa,
        roas,
        roi,
    }
}

/// Paid spend per horizon.
pub fn paid_spend(plan: &Plan) -> [Money; 3] {
    let mut out = [Money::ZERO; 3];
    for line in plan.budget.lines.iter().filter(|l| is_paid(l)) {
        for (h, m) in line.amounts.iter().enumerate() {
            out[h] = out[h] + *m;
        }
    }
    out
}

/// Forward forecast per horizon, then for the whole plan.
pub fn forward_plan(plan: &Plan, s: &Scenario) -> Vec<(Option<Horizon>, Forward)> {
    let unit = 10f64.powi(plan.currency.minor_digits() as i32);
    let by_h = paid_spend(plan);
    let mut out: Vec<(Option<Horizon>, Forward)> = Horizon::ALL
        .iter()
        .zip(by_h)
        .map(|(h, m)| (Some(*h), forward(&plan.forecast, s, m, unit)))
        .collect();
    out.push((
        None,
        forward(&plan.forecast, s, by_h.iter().copied().sum(), unit),
    ));
    out
}

/// What an objective's target needs, step by step.
#[derive(Clone, Debug, PartialEq)]
pub struct Reverse {
    /// The KPI the target is read from.
    pub kpi: KpiRef,
    /// Volume the plan must add (target minus baseline, times months if monthly).
    pub volume: f64,
    /// Orders needed.
    pub orders: f64,
    /// Visits needed.
    pub sessions: f64,
    /// Paid clicks needed.
    pub clicks: f64,
    /// Budget needed.
    pub needed: Money,
    /// Budget the lines linked to the objective allocate to it.
    pub allocated: Money,
}

/// KPIs whose target the reverse forecast can read.
pub(crate) const REVERSIBLE: [&str; 4] = ["revenue", "orders", "new_customers", "converted_users"];

/// Months from the plan start to the objective's deadline (or the plan end).
pub(crate) fn months_to_deadline(plan: &Plan, o: &Objective) -> f64 {
    let end = o.deadline.unwrap_or(plan.period.end);
    let days = (end - plan.period.start).num_days().max(0) as f64 + 1.0;
    (days / 30.44).max(1.0)
}

/// Budget the lines linked to `o` allocate to it; a line serving several
/// objectives is shared equally among them.
pub fn allocated_to(plan: &Plan, o: &Objective) -> Money {
    let shares: Vec<i64> = plan
        .budget
        .lines
        .iter()
        .filter(|l| l.objectives.contains(&o.id))
        .map(|l| l.total().0 / l.objectives.len().max(1) as i64)
        .collect();
    Money(shares.iter().sum())
}

/// The reverse forecast of `o` under scenario `s`; `None` when its KPIs
/// have no target the forecast can read (revenue, orders, new customers).
pub fn reverse(plan: &Plan, o: &Objective, s: &Scenario) -> Option<Result<Reverse, NotComputable>> {
    use crate::domain::{catalogue::Var, formula::Slot};
    let k = o.kpis.iter().find(|k| {
        matches!(&k.kpi, KpiRef::Catalogue(key) if REVERSIBLE.contains(&key.as_str()))
            && k.target.is_some()
    })?;
    let KpiRef::Catalogue(key) = &k.kpi else {
        return None;
    };
    let target = k.target.and_then(|t| t.resolve(k.baseline))?;
    let mut volume = (target - k.baseline.unwrap_or(0.0)).max(0.0);
    if plan.forecast.monthly_targets {
        volume *= months_to_deadline(plan, o);
    }
    let f = &plan.forecast;
    Some((|| {
        let orders = if key == "revenue" {
            let aov = f
                .aov
                .ok_or(NotComputable::Missing(Slot::Var(Var::Revenue)))?;
            if aov <= 0.0 {
                return Err(NotComputable::DividesByZero(Slot::Var(Var::Orders)));
            }
            volume / aov
        } else {
            volume
        };
        let conv = s.conversion_rate();
        if conv <= 0.0 {
            return Err(NotComputable::DividesByZero(Slot::Kpi));
        }
        let sessions = orders / conv;
        let clicks = sessions * f.paid_share.unwrap_or(1.0);
        let unit = 10f64.powi(plan.currency.minor_digits() as i32);
        let spend = clicks * s.cpc() * unit;
        if !spend.is_finite() || spend > 1e17 {
            return Err(NotComputable::OutOfRange);
        }
        Ok(Reverse {
            kpi: k.kpi.clone(),
            volume,
            orders,
            sessions,
            clicks,
            needed: Money(spend.ceil() as i64),
            allocated: allocated_to(plan, o),
        })
    })())
}

/// Up to this share short of the need, the target is a stretch, not out of reach.
pub const STRETCH: f64 = 0.75;

/// The verdict of the active scenario for `o`.
pub fn achievability(plan: &Plan, o: &Objective) -> Option<Achievability> {
    let r = reverse(plan, o, &plan.forecast.active_scenario())?.ok()?;
    let (needed, allocated) = (r.needed, r.allocated);
    Some(if allocated >= needed {
        Achievability::Met { needed, allocated }
    } else if allocated.0 as f64 >= needed.0 as f64 * STRETCH {
        Achievability::Stretched { needed, allocated }
    } else {
        Achievability::OutOfReach { needed, allocated }
    })
}
