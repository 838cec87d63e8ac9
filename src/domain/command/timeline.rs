//! Commands on the actions of the timeline.

use super::{check_date, check_len, check_links, ids::claim_id, Command, CommandError};
use crate::domain::{budget::MAX_QTY, validate::limits, Action, ItemId, Plan};

/// Refuses an action that breaks the rules: no title, a date outside
/// 1900-2200, an end before its start, a repeat ending before it starts, a
/// cost out of range, unknown objectives or budget line.
fn check(plan: &Plan, a: &Action) -> Result<(), CommandError> {
    if a.title.trim().is_empty() {
        return Err(CommandError::EmptyTitle);
    }
    check_len("actions.title", &a.title, limits::SHORT_TEXT)?;
    check_len("actions.description", &a.description, limits::LONG_TEXT)?;
    check_len("actions.owner", &a.owner, limits::SHORT_TEXT)?;
    match &a.channel {
        Some(crate::domain::budget::Channel::Custom(name)) => {
            check_len("actions.channel", name, limits::SHORT_TEXT)?
        }
        Some(crate::domain::budget::Channel::Catalogue(key)) => {
            check_len("actions.channel", key, limits::KEY)?
        }
        None => {}
    }
    check_date(a.start)?;
    check_date(a.end)?;
    if let Some(until) = a.recurrence.and_then(|r| r.until) {
        check_date(until)?;
    }
    if a.end < a.start {
        return Err(CommandError::EndBeforeStart);
    }
    if a.recurrence
        .and_then(|r| r.until)
        .is_some_and(|u| u < a.start)
    {
        return Err(CommandError::EndBeforeStart);
    }
    if !a.cost.is_in_range(&plan.currency) || !a.spent.is_in_range(&plan.currency) {
        return Err(CommandError::AmountOutOfRange);
    }
    check_links(&a.objectives)?;
    if let Some(bad) = a
        .objectives
        .iter()
        .find(|id| !plan.objectives.iter().any(|o| o.id == **id))
    {
        return Err(CommandError::UnknownItem(*bad));
    }
    if let Some(line) = a.budget_line {
        if !plan.budget.lines.iter().any(|l| l.id == line) {
            return Err(CommandError::UnknownItem(line));
        }
    }
    if a.hours.is_some_and(|h| h.0 > MAX_QTY) || a.fee.is_some_and(|f| f.quantity.0 > MAX_QTY) {
        return Err(CommandError::AmountOutOfRange);
    }
    super::fees::check_content(plan, a.content)
}

/// An action with a fee costs what the fee comes to at the plan's rates.
fn with_fee_cost(plan: &Plan, mut a: Action) -> Result<Action, CommandError> {
    if let Some(fee) = a.fee {
        a.cost = super::fees::checked_fee(plan, &fee)?;
    }
    Ok(a)
}

pub(super) fn insert(
    plan: &mut Plan,
    index: usize,
    action: Action,
) -> Result<Command, CommandError> {
    let action = with_fee_cost(plan, action)?;
    check(plan, &action)?;
    let id = action.id;
    let give_back = claim_id(plan, id)?;
    let index = index.min(plan.actions.len());
    plan.actions.insert(index, action);
    Ok(Command::Batch(vec![Command::RemoveAction(id), give_back]))
}

pub(super) fn remove(plan: &mut Plan, id: ItemId) -> Result<Command, CommandError> {
    let index = plan
        .actions
        .iter()
        .position(|a| a.id == id)
        .ok_or(CommandError::UnknownItem(id))?;
    let action = plan.actions.remove(index);
    Ok(Command::InsertAction {
        index,
        action: Box::new(action),
    })
}

pub(super) fn update(plan: &mut Plan, action: Action) -> Result<Command, CommandError> {
    let action = with_fee_cost(plan, action)?;
    check(plan, &action)?;
    let slot = plan
        .action_mut(action.id)
        .ok_or(CommandError::UnknownItem(action.id))?;
    Ok(Command::UpdateAction(Box::new(std::mem::replace(
        slot, action,
    ))))
}
