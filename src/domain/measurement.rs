//! The measurements of the dashboard: dated values of the plan's KPIs.

use crate::domain::{number::from_typed, Command, ItemId, KpiRef, Unit};
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

/// Records `rows` of `kpi` for `objective`: each a day and a value as a
/// person types it for a KPI of `unit` (2.5 for 2.5 %, minutes), stored in
/// the KPI's unit ([`from_typed`]), with ids from `first` on; one undo step
/// for them all.
pub fn record(
    kpi: &KpiRef,
    objective: ItemId,
    unit: Unit,
    rows: Vec<(NaiveDate, f64)>,
    first: ItemId,
) -> Command {
    let commands = rows
        .into_iter()
        .zip(first.0..)
        .map(|((date, value), id)| Command::InsertMeasurement {
            index: usize::MAX,
            measurement: Measurement {
                id: ItemId(id),
                kpi: kpi.clone(),
                objective: Some(objective),
                date,
                value: from_typed(unit, value),
            },
        })
        .collect();
    Command::Batch(commands)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{apply, Lang, Objective, ObjectiveKpi, Plan, Rank};

    #[test]
    fn typed_measurements_are_stored_in_the_kpis_unit_as_one_step() {
        let day = |d| NaiveDate::from_ymd_opt(2027, 3, d).unwrap_or_default();
        let mut plan = Plan::new("M", day(1), Lang::En);
        let rate = KpiRef::Catalogue("conversion_rate".into());
        let mut o = Objective::new(ItemId(1), "O", Rank::Priority);
        o.kpis.push(ObjectiveKpi::new(rate.clone()));
        plan.objectives.push(o);
        plan.next_id = 2;
        let before = plan.clone();
        let command = record(
            &rate,
            ItemId(1),
            Unit::Percent,
            vec![(day(2), 2.5), (day(9), 3.0)],
            ItemId(2),
        );
        let undo = apply(&mut plan, command).unwrap();
        let stored: Vec<_> = plan
            .measurements
            .iter()
            .map(|m| (m.id, m.date, m.value, m.objective))
            .collect();
        assert_eq!(
            stored,
            [
                (ItemId(2), day(2), 0.025, Some(ItemId(1))),
                (ItemId(3), day(9), 0.03, Some(ItemId(1)))
            ]
        );
        apply(&mut plan, undo).unwrap();
        assert_eq!(plan, before, "one undo takes them all back");
    }
}
