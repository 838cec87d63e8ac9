//! The measurements of the dashboard: dated values of the plan's KPIs.

use crate::domain::{ItemId, KpiRef};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A dated value of a KPI.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Measurement {
    /// Stable id.
    pub id: ItemId,
    /// Which KPI.
    pub kpi: KpiRef,
    /// For which objective, when the KPI serves several.
    #[serde(default)]
    pub objective: Option<ItemId>,
    /// Day of the measurement.
    pub date: NaiveDate,
    /// Value in the KPI's unit.
    pub value: f64,
}
