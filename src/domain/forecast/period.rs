//! The period a KPI target counts (per month, per year, over the plan),
//! what its measurements record, and the share of an increment the plan's
//! digital actions must bring.

use crate::domain::{KpiRef, Objective, ObjectiveKpi};
use serde::{Deserialize, Serialize};

/// What a KPI target counts: a value per month, per year, or over the
/// whole plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetPeriod {
    /// A value per month (35 orders a month).
    Month,
    /// A value per year (CHF 414'000 of revenue a year).
    Year,
    /// A total from the plan start to the deadline.
    Plan,
}

impl TargetPeriod {
    /// The three periods.
    pub const ALL: [TargetPeriod; 3] =
        [TargetPeriod::Month, TargetPeriod::Year, TargetPeriod::Plan];

    /// How many of these periods `months` hold.
    pub fn count_in(self, months: f64) -> f64 {
        match self {
            TargetPeriod::Month => months,
            TargetPeriod::Year => months / 12.0,
            TargetPeriod::Plan => 1.0,
        }
    }

    /// What a measurement of such a target records.
    pub fn measured_as(self) -> Measured {
        match self {
            TargetPeriod::Month => Measured::PerMonth,
            TargetPeriod::Year | TargetPeriod::Plan => Measured::RunningTotal,
        }
    }
}

/// What a KPI's measurement records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measured {
    /// A level at a date (a conversion rate, an audience).
    Level,
    /// The figure of the month ending at its date (this month's orders).
    PerMonth,
    /// The total from the plan start to its date.
    RunningTotal,
}

/// KPIs counted over time (a volume per period), with the period their
/// target is given in unless the person chose another.
pub fn default_period(kpi: &KpiRef) -> Option<TargetPeriod> {
    let KpiRef::Catalogue(key) = kpi else {
        return None;
    };
    match key.as_str() {
        "revenue" => Some(TargetPeriod::Year),
        "orders" | "new_customers" | "converted_users" | "impressions" | "unique_visitors"
        | "funnel_entries" | "calls_received" | "online_requests" | "faq_visits"
        | "top_pages_views" => Some(TargetPeriod::Month),
        _ => None,
    }
}

/// The period of `k`'s target: its own, else the KPI's usual one; `None`
/// for a level (a rate, a position, an audience).
pub fn period_of(k: &ObjectiveKpi) -> Option<TargetPeriod> {
    k.period.or_else(|| default_period(&k.kpi))
}

/// What the measurements of `k` record.
pub fn measured(k: &ObjectiveKpi) -> Measured {
    period_of(k).map_or(Measured::Level, TargetPeriod::measured_as)
}

/// The share of an objective's increment its digital actions must bring.
pub fn digital_share(o: &Objective) -> f64 {
    o.digital_share.unwrap_or(1.0)
}
