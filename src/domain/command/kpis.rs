//! Commands on the KPIs a person defines beside the catalogue.

use super::{check_len, ids::claim_id, Command, CommandError, ObjectiveEdit};
use crate::domain::{
    validate::limits, CustomKpi, ItemId, KpiRef, Measurement, Objective, ObjectiveKpi, Plan, Target,
};

impl Command {
    /// Puts `value` as the baseline (or, `as_target`, the target value) of
    /// `kpi` on objective `objective`, whose KPIs are `kpis`, adding the KPI
    /// first when the objective does not measure it yet: one undo step.
    pub fn use_value(
        objective: ItemId,
        kpis: &[ObjectiveKpi],
        kpi: KpiRef,
        value: f64,
        as_target: bool,
    ) -> Command {
        let mut commands = Vec::new();
        if !kpis.iter().any(|k| k.kpi == kpi) {
            commands.push(Command::EditObjective(
                objective,
                ObjectiveEdit::add_kpi(kpis, kpi.clone()),
            ));
        }
        commands.push(Command::EditObjective(
            objective,
            if as_target {
                ObjectiveEdit::Target(kpi, Some(Target::Value(value)))
            } else {
                ObjectiveEdit::Baseline(kpi, Some(value))
            },
        ));
        Command::Batch(commands)
    }

    /// Creates the custom KPI `kpi` and adds it to objective `objective`,
    /// whose KPIs are `kpis`, as one undo step.
    pub fn add_custom_kpi(objective: ItemId, kpis: &[ObjectiveKpi], kpi: CustomKpi) -> Command {
        let id = kpi.id;
        Command::Batch(vec![
            Command::InsertCustomKpi {
                index: usize::MAX,
                kpi,
            },
            Command::EditObjective(objective, ObjectiveEdit::add_kpi(kpis, KpiRef::Custom(id))),
        ])
    }
}

pub(super) fn insert_custom_kpi(
    plan: &mut Plan,
    index: usize,
    kpi: CustomKpi,
) -> Result<Command, CommandError> {
    check_custom_kpi(&kpi)?;
    let id = kpi.id;
    let give_back = claim_id(plan, id)?;
    let index = index.min(plan.custom_kpis.len());
    plan.custom_kpis.insert(index, kpi);
    Ok(Command::Batch(vec![
        Command::RemoveCustomKpi(id),
        give_back,
    ]))
}

fn check_custom_kpi(kpi: &CustomKpi) -> Result<(), CommandError> {
    if kpi.name.trim().is_empty() {
        return Err(CommandError::EmptyTitle);
    }
    check_len("custom_kpis.name", &kpi.name, limits::SHORT_TEXT)?;
    check_len("custom_kpis.definition", &kpi.definition, limits::LONG_TEXT)
}

pub(super) fn update_custom_kpi(plan: &mut Plan, kpi: CustomKpi) -> Result<Command, CommandError> {
    check_custom_kpi(&kpi)?;
    let slot = plan
        .custom_kpis
        .iter_mut()
        .find(|k| k.id == kpi.id)
        .ok_or(CommandError::UnknownItem(kpi.id))?;
    // A unit change could leave figures outside the new unit's bounds.
    if slot.unit != kpi.unit && uses_kpi(&plan.objectives, &plan.measurements, kpi.id) {
        return Err(CommandError::KpiInUse);
    }
    let slot = plan
        .custom_kpis
        .iter_mut()
        .find(|k| k.id == kpi.id)
        .ok_or(CommandError::UnknownItem(kpi.id))?;
    Ok(Command::UpdateCustomKpi(std::mem::replace(slot, kpi)))
}

fn uses_kpi(objectives: &[Objective], measurements: &[Measurement], id: ItemId) -> bool {
    let r = KpiRef::Custom(id);
    objectives.iter().any(|o| o.kpis.iter().any(|k| k.kpi == r))
        || measurements.iter().any(|m| m.kpi == r)
}

pub(super) fn remove_custom_kpi(plan: &mut Plan, id: ItemId) -> Result<Command, CommandError> {
    let index = plan
        .custom_kpis
        .iter()
        .position(|k| k.id == id)
        .ok_or(CommandError::UnknownItem(id))?;
    if uses_kpi(&plan.objectives, &plan.measurements, id) {
        return Err(CommandError::KpiInUse);
    }
    let kpi = plan.custom_kpis.remove(index);
    Ok(Command::InsertCustomKpi { index, kpi })
}
