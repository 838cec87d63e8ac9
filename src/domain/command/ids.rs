//! Ids of new items: taken once, given back by undo.

use super::{Command, CommandError};
use crate::domain::{validate::limits, ItemId, Plan};

/// Whether `id` is free to use for a new item.
fn id_is_free(plan: &Plan, id: ItemId) -> bool {
    !plan.strategy_elements.iter().any(|e| e.id == id)
        && !plan.objectives.iter().any(|o| o.id == id)
        && !plan.custom_kpis.iter().any(|k| k.id == id)
        && !plan.budget.lines.iter().any(|l| l.id == id)
        && !plan.actions.iter().any(|a| a.id == id)
        && !plan.measurements.iter().any(|m| m.id == id)
        && !plan.budget.rates.iter().any(|r| r.id == id)
        && !plan.production.ids().any(|p| p == id)
}

/// Takes `id` for a new item: refuses one in use, or one that would move
/// `next_id` past [`limits::MAX_ID`] (validation would refuse the plan), and
/// moves `next_id` past it. Returns the command that gives `next_id` back on
/// undo.
pub(super) fn claim_id(plan: &mut Plan, id: ItemId) -> Result<Command, CommandError> {
    if id.0 >= limits::MAX_ID {
        return Err(CommandError::IdsExhausted);
    }
    if !id_is_free(plan, id) {
        return Err(CommandError::DuplicateId(id));
    }
    let before = plan.next_id;
    plan.next_id = plan.next_id.max(id.0 + 1);
    Ok(Command::SetNextId(before))
}

/// Undo of an insert: `next_id` goes back, but never below an id in use.
pub(super) fn set_next_id(plan: &mut Plan, next: u32) -> Result<Command, CommandError> {
    let highest = plan
        .strategy_elements
        .iter()
        .map(|e| e.id)
        .chain(plan.objectives.iter().map(|o| o.id))
        .chain(plan.custom_kpis.iter().map(|k| k.id))
        .chain(plan.budget.lines.iter().map(|l| l.id))
        .chain(plan.actions.iter().map(|a| a.id))
        .chain(plan.measurements.iter().map(|m| m.id))
        .chain(plan.budget.rates.iter().map(|r| r.id))
        .chain(plan.production.ids())
        .max();
    if next > limits::MAX_ID {
        return Err(CommandError::IdsExhausted);
    }
    if highest.is_some_and(|h| h.0 >= next) {
        return Err(CommandError::DuplicateId(ItemId(next)));
    }
    Ok(Command::SetNextId(std::mem::replace(
        &mut plan.next_id,
        next,
    )))
}
