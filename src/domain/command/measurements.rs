//! Commands on the measurements of the dashboard.

use super::{check_date, ids::claim_id, Command, CommandError};
use crate::domain::{smart::kpi_meta, validate::limits, ItemId, Measurement, Plan};

pub(super) fn insert(
    plan: &mut Plan,
    index: usize,
    m: Measurement,
) -> Result<Command, CommandError> {
    check_date(m.date)?;
    let meta = kpi_meta(plan, &m.kpi).ok_or(CommandError::UnknownKpi)?;
    if !m.value.is_finite() || m.value.abs() > limits::VALUE || !meta.bounds.contains(m.value) {
        return Err(CommandError::ValueOutOfRange {
            min: meta.bounds.min,
            max: meta.bounds.max,
        });
    }
    if let Some(o) = m.objective {
        if !plan.objectives.iter().any(|x| x.id == o) {
            return Err(CommandError::UnknownItem(o));
        }
    }
    let id = m.id;
    let give_back = claim_id(plan, id)?;
    let index = index.min(plan.measurements.len());
    plan.measurements.insert(index, m);
    Ok(Command::Batch(vec![
        Command::RemoveMeasurement(id),
        give_back,
    ]))
}

pub(super) fn remove(plan: &mut Plan, id: ItemId) -> Result<Command, CommandError> {
    let index = plan
        .measurements
        .iter()
        .position(|m| m.id == id)
        .ok_or(CommandError::UnknownItem(id))?;
    let measurement = plan.measurements.remove(index);
    Ok(Command::InsertMeasurement { index, measurement })
}
