//! Strategy elements, objectives made SMART, and the KPIs that measure them.

use crate::domain::ItemId;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// One of the five strategy elements of the method, or one of the person's own.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum StrategyKind {
    /// An element of the catalogue, by its stable key (e.g. `awareness`).
    Catalogue(String),
    /// An element the person wrote.
    Custom(String),
}

/// A strategy element chosen for this plan.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StrategyElement {
    /// Stable id.
    pub id: ItemId,
    /// Which element.
    pub kind: StrategyKind,
    /// Free notes on how it applies to this business.
    #[serde(default)]
    pub note: String,
}

/// Rank of an objective: the method asks for 2 to 4 priority objectives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Rank {
    /// Steers the plan; must be measurable.
    #[default]
    Priority,
    /// Protects profitability and coherence.
    Secondary,
}

/// A reference to a KPI: one of the catalogue (by key) or a custom one (by id).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum KpiRef {
    /// A KPI of the catalogue, by its stable key (e.g. `conversion_rate`).
    Catalogue(String),
    /// A KPI defined in this plan.
    Custom(ItemId),
}

/// What an objective aims for on one of its KPIs.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "value")]
pub enum Target {
    /// A value to reach, in the KPI's unit (a rate as a fraction: 0.03 is 3%).
    Value(f64),
    /// A change from the baseline, as a fraction: 0.2 is "+20%", -0.1 "-10%".
    Change(f64),
}

impl Target {
    /// The value aimed at, given the baseline (a change needs one).
    pub fn resolve(self, baseline: Option<f64>) -> Option<f64> {
        match self {
            Target::Value(v) => Some(v),
            Target::Change(c) => baseline.map(|b| b * (1.0 + c)),
        }
    }

    /// The same aim written as a value to reach: `None` when it is a change
    /// and there is no baseline to apply it to.
    pub fn to_value(self, baseline: Option<f64>) -> Option<Target> {
        self.resolve(baseline).map(Target::Value)
    }

    /// The same aim written as a change from the baseline (reaching 120 from
    /// 100 is `Change(0.2)`): `None` without a baseline, with a baseline of
    /// zero (no change of zero reaches anything but zero) or when the aim
    /// cannot be resolved. Both forms go through the value aimed at, so a
    /// change written again as a change may differ in its last bits.
    pub fn to_change(self, baseline: Option<f64>) -> Option<Target> {
        let b = baseline.filter(|b| *b != 0.0)?;
        let value = self.resolve(Some(b))?;
        Some(Target::Change(value / b - 1.0))
    }
}

/// A KPI that measures an objective, with where it starts and where it
/// should get to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ObjectiveKpi {
    /// Which KPI.
    pub kpi: KpiRef,
    /// Value at the start, in the KPI's unit.
    #[serde(default)]
    pub baseline: Option<f64>,
    /// What to reach.
    #[serde(default)]
    pub target: Option<Target>,
    /// What the target counts (per month, per year, over the plan), when it
    /// differs from the KPI's usual period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub period: Option<crate::domain::forecast::TargetPeriod>,
}

impl ObjectiveKpi {
    /// A KPI with no figures yet.
    pub fn new(kpi: KpiRef) -> ObjectiveKpi {
        ObjectiveKpi {
            kpi,
            baseline: None,
            target: None,
            period: None,
        }
    }
}

/// An objective of the plan, made SMART.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Objective {
    /// Stable id.
    pub id: ItemId,
    /// Short title.
    pub title: String,
    /// Priority or secondary.
    #[serde(default)]
    pub rank: Rank,
    /// The catalogue objective it was suggested from, if any (its key).
    #[serde(default)]
    pub template: Option<String>,
    /// Strategy elements this objective serves.
    #[serde(default)]
    pub strategy_elements: Vec<ItemId>,
    /// The specific statement (the S of SMART).
    #[serde(default)]
    pub statement: String,
    /// KPIs that measure it, each with its baseline and target.
    #[serde(default)]
    pub kpis: Vec<ObjectiveKpi>,
    /// When success is judged.
    #[serde(default)]
    pub deadline: Option<NaiveDate>,
    /// Who is responsible.
    #[serde(default)]
    pub owner: String,
    /// Why it is realistic.
    #[serde(default)]
    pub rationale: String,
    /// Share of the increment of its revenue, orders or customers that the
    /// plan's digital actions must bring; empty means all of it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub digital_share: Option<f64>,
}

impl Objective {
    /// A new objective with only a title.
    pub fn new(id: ItemId, title: &str, rank: Rank) -> Objective {
        Objective {
            id,
            title: title.to_string(),
            rank,
            template: None,
            strategy_elements: Vec::new(),
            statement: String::new(),
            kpis: Vec::new(),
            deadline: None,
            owner: String::new(),
            rationale: String::new(),
            digital_share: None,
        }
    }
}

/// Whether a KPI is better when it goes up or down.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// More is better (conversion rate).
    #[default]
    HigherIsBetter,
    /// Less is better (cost per order).
    LowerIsBetter,
}

/// What a KPI's value counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// A number of things.
    #[default]
    Count,
    /// A share, stored as a fraction (0.025 is 2.5%).
    Percent,
    /// An amount in the plan's currency.
    Money,
    /// A duration in seconds.
    Duration,
    /// A rank (1 is best).
    Position,
    /// A plain number such as pages per visit or a ROAS of 4.5.
    Ratio,
}

impl Unit {
    /// What follows a value of this unit in a field, in the unit people
    /// type it in ([`crate::domain::number::from_typed`]): the plan's
    /// `currency` code for money, `%` for a rate, `min` for a duration,
    /// `n°` for a rank, nothing for counts and plain ratios.
    pub fn suffix(self, currency: &str) -> &str {
        match self {
            Unit::Percent => "%",
            Unit::Duration => "min",
            Unit::Money => currency,
            Unit::Position => "n°",
            Unit::Count | Unit::Ratio => "",
        }
    }
}

/// A KPI the person defined beside the catalogue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CustomKpi {
    /// Stable id.
    pub id: ItemId,
    /// Name as the person wrote it.
    pub name: String,
    /// What the value counts.
    #[serde(default)]
    pub unit: Unit,
    /// Which way is better.
    #[serde(default)]
    pub direction: Direction,
    /// What it measures, in one line.
    #[serde(default)]
    pub definition: String,
}
