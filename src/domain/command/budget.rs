//! Commands on the budget table. Each one keeps the invariant: what the
//! lines allocate never exceeds the total, no cell is negative, and a locked
//! cell changes only after it is unlocked.

use super::{check_len, check_links, ids::claim_id, objectives::Links, Command, CommandError};
use crate::domain::{
    budget::{Channel, Qty, Split, Tier, MAX_QTY, MAX_VAT_BP},
    production::ContentType,
    validate::limits,
    BudgetLine, Delivery, Horizon, ItemId, Money, Plan,
};

/// One change to a budget line other than its amounts.
#[derive(Clone, Debug, PartialEq)]
pub enum LineEdit {
    /// What it pays for.
    Channel(Channel),
    /// In-house or consultant.
    Delivery(Delivery),
    /// Objectives it serves.
    Objectives(Vec<ItemId>),
    /// Tier for the 70/20/10 rule (`None`: the channel's usual one).
    Tier(Option<Tier>),
    /// What the money pays for (`None`: the channel's usual cost).
    Cost(Option<crate::domain::forecast::Cost>),
    /// How the total splits between in-house and external.
    Split(Split),
    /// VAT rate in basis points (`None`: the regime's standard one).
    Vat(Option<u32>),
    /// In-house hours.
    Hours(Option<Qty>),
    /// The kind of content it produces.
    Content(Option<ContentType>),
}

fn column(h: Horizon) -> usize {
    match h {
        Horizon::Immediate => 0,
        Horizon::MediumTerm => 1,
        Horizon::LongTerm => 2,
    }
}

fn line_mut(plan: &mut Plan, id: ItemId) -> Result<&mut BudgetLine, CommandError> {
    plan.line_mut(id).ok_or(CommandError::UnknownItem(id))
}

/// Refuses an allocation above the total, saying by how much.
pub(super) fn check_fits(plan: &Plan, allocated: i128) -> Result<(), CommandError> {
    let excess = allocated - i128::from(plan.budget.total.0);
    if excess > 0 {
        return Err(CommandError::OverBudget {
            excess: Money(i64::try_from(excess).unwrap_or(i64::MAX)),
        });
    }
    Ok(())
}

fn allocated_without(plan: &Plan, skip: Option<ItemId>) -> i128 {
    plan.budget
        .lines
        .iter()
        .filter(|l| Some(l.id) != skip)
        .flat_map(|l| l.amounts)
        .map(|m| i128::from(m.0))
        .sum()
}

fn check_channel(channel: &Channel) -> Result<(), CommandError> {
    match channel {
        Channel::Custom(name) => {
            if name.trim().is_empty() {
                return Err(CommandError::EmptyTitle);
            }
            check_len("budget.lines.channel", name, limits::SHORT_TEXT)
        }
        Channel::Catalogue(key) => check_len("budget.lines.channel", key, limits::KEY),
    }
}

fn check_objectives(plan: &Plan, ids: &[ItemId]) -> Result<(), CommandError> {
    check_links(ids)?;
    match ids
        .iter()
        .find(|id| !plan.objectives.iter().any(|o| o.id == **id))
    {
        Some(bad) => Err(CommandError::UnknownItem(*bad)),
        None => Ok(()),
    }
}

/// What every line must be: a channel, known objectives, amounts in range.
pub(super) fn check_line_fields(plan: &Plan, line: &BudgetLine) -> Result<(), CommandError> {
    check_channel(&line.channel)?;
    check_objectives(plan, &line.objectives)?;
    if line.amounts.iter().any(|m| !m.is_in_range(&plan.currency)) {
        return Err(CommandError::AmountOutOfRange);
    }
    Ok(())
}

pub(super) fn insert_line(
    plan: &mut Plan,
    index: usize,
    line: BudgetLine,
    links: Links,
) -> Result<Command, CommandError> {
    super::fees::check_line(plan, &line)?;
    let added: i128 = line.amounts.iter().map(|m| i128::from(m.0)).sum();
    check_fits(plan, allocated_without(plan, None) + added)?;
    let id = line.id;
    let give_back = claim_id(plan, id)?;
    let index = index.min(plan.budget.lines.len());
    plan.budget.lines.insert(index, line);
    for a in &mut plan.actions {
        if links.action_lines.contains(&a.id) {
            a.budget_line = Some(id);
        }
    }
    Ok(Command::Batch(vec![
        Command::RemoveBudgetLine(id),
        give_back,
    ]))
}

pub(super) fn remove_line(plan: &mut Plan, id: ItemId) -> Result<Command, CommandError> {
    let index = plan
        .budget
        .lines
        .iter()
        .position(|l| l.id == id)
        .ok_or(CommandError::UnknownItem(id))?;
    let line = plan.budget.lines.remove(index);
    let mut links = Links::default();
    for a in &mut plan.actions {
        if a.budget_line == Some(id) {
            a.budget_line = None;
            links.action_lines.push(a.id);
        }
    }
    Ok(Command::InsertBudgetLine { index, line, links })
}

pub(super) fn edit_line(
    plan: &mut Plan,
    id: ItemId,
    edit: LineEdit,
) -> Result<Command, CommandError> {
    use std::mem::replace;
    match &edit {
        LineEdit::Channel(c) => check_channel(c)?,
        LineEdit::Objectives(ids) => check_objectives(plan, ids)?,
        LineEdit::Delivery(_) | LineEdit::Tier(_) | LineEdit::Cost(_) => {}
        // An external amount above the line's total reads as the total.
        LineEdit::Split(split) => match split {
            Split::Share(bp) if *bp > 10_000 => return Err(CommandError::AmountOutOfRange),
            Split::Amount(m) if !m.is_in_range(&plan.currency) => {
                return Err(CommandError::AmountOutOfRange)
            }
            _ => {}
        },
        // A line's own rate is one of the regime's (a regime change clears
        // the others).
        LineEdit::Vat(v) => {
            if v.is_some_and(|v| v > MAX_VAT_BP || !plan.budget.tax.regime.rates_bp().contains(&v))
            {
                return Err(CommandError::AmountOutOfRange);
            }
        }
        LineEdit::Hours(h) => {
            if h.is_some_and(|h| h.0 > MAX_QTY) {
                return Err(CommandError::AmountOutOfRange);
            }
        }
        LineEdit::Content(c) => super::fees::check_content(plan, *c)?,
    }
    let line = line_mut(plan, id)?;
    let inverse = match edit {
        LineEdit::Channel(c) => LineEdit::Channel(replace(&mut line.channel, c)),
        LineEdit::Delivery(d) => LineEdit::Delivery(replace(&mut line.delivery, d)),
        LineEdit::Objectives(o) => LineEdit::Objectives(replace(&mut line.objectives, o)),
        LineEdit::Tier(t) => LineEdit::Tier(replace(&mut line.tier, t)),
        LineEdit::Cost(c) => LineEdit::Cost(replace(&mut line.cost, c)),
        LineEdit::Split(s) => LineEdit::Split(replace(&mut line.split, s)),
        LineEdit::Vat(v) => LineEdit::Vat(replace(&mut line.vat_bp, v)),
        LineEdit::Hours(h) => LineEdit::Hours(replace(&mut line.hours, h)),
        LineEdit::Content(c) => LineEdit::Content(replace(&mut line.content, c)),
    };
    Ok(Command::EditBudgetLine(id, inverse))
}

pub(super) fn set_cell(
    plan: &mut Plan,
    id: ItemId,
    horizon: Horizon,
    amount: Money,
) -> Result<Command, CommandError> {
    if !amount.is_in_range(&plan.currency) {
        return Err(CommandError::AmountOutOfRange);
    }
    let h = column(horizon);
    let line = plan.line(id).ok_or(CommandError::UnknownItem(id))?;
    if line.locked[h] {
        return Err(CommandError::CellLocked);
    }
    let mut after = line.amounts;
    after[h] = amount;
    if let Some(fee) = line.fee.as_ref().and_then(|f| plan.budget.fee_amount(f)) {
        if after.iter().copied().sum::<Money>() < fee {
            return Err(CommandError::BelowFee { fee });
        }
    }
    let others: i128 = line
        .amounts
        .iter()
        .enumerate()
        .filter(|(k, _)| *k != h)
        .map(|(_, m)| i128::from(m.0))
        .sum();
    check_fits(
        plan,
        allocated_without(plan, Some(id)) + others + i128::from(amount.0),
    )?;
    let line = line_mut(plan, id)?;
    let old = std::mem::replace(&mut line.amounts[h], amount);
    Ok(Command::SetCell {
        line: id,
        horizon,
        amount: old,
    })
}

pub(super) fn set_locked(
    plan: &mut Plan,
    id: ItemId,
    horizon: Horizon,
    locked: bool,
) -> Result<Command, CommandError> {
    let line = line_mut(plan, id)?;
    let old = std::mem::replace(&mut line.locked[column(horizon)], locked);
    Ok(Command::SetCellLocked {
        line: id,
        horizon,
        locked: old,
    })
}

/// Replaces the amounts of the listed lines at once (presets, "distribute
/// the rest", scaling): every line must exist, locked cells must keep their
/// amount, and the table must fit in the total.
pub(super) fn set_allocation(
    plan: &mut Plan,
    amounts: Vec<(ItemId, [Money; 3])>,
) -> Result<Command, CommandError> {
    let mut allocated = allocated_without(plan, None);
    for (id, new) in &amounts {
        let line = plan.line(*id).ok_or(CommandError::UnknownItem(*id))?;
        for ((new, old), locked) in new.iter().zip(line.amounts).zip(line.locked) {
            if !new.is_in_range(&plan.currency) {
                return Err(CommandError::AmountOutOfRange);
            }
            if locked && *new != old {
                return Err(CommandError::CellLocked);
            }
            allocated += i128::from(new.0) - i128::from(old.0);
        }
        if let Some(fee) = line.fee.as_ref().and_then(|f| plan.budget.fee_amount(f)) {
            if new.iter().copied().sum::<Money>() < fee {
                return Err(CommandError::BelowFee { fee });
            }
        }
    }
    if let Some((id, _)) = amounts
        .iter()
        .enumerate()
        .map(|(i, a)| (a.0, i))
        .find(|(id, i)| amounts[..*i].iter().any(|(other, _)| other == id))
    {
        return Err(CommandError::DuplicateId(id));
    }
    check_fits(plan, allocated)?;
    let mut old = Vec::with_capacity(amounts.len());
    for (id, new) in amounts {
        let line = line_mut(plan, id)?;
        old.push((id, std::mem::replace(&mut line.amounts, new)));
    }
    Ok(Command::SetAllocation(old))
}

pub(super) fn set_phasing(
    plan: &mut Plan,
    horizon: Horizon,
    span: Option<crate::domain::budget::MonthSpan>,
) -> Result<Command, CommandError> {
    if let Some(s) = span {
        if s.months == 0 || s.first.saturating_add(s.months) > crate::domain::budget::MAX_MONTHS {
            return Err(CommandError::BadSpan);
        }
    }
    let old = std::mem::replace(&mut plan.budget.phasing[column(horizon)], span);
    Ok(Command::SetPhasing { horizon, span: old })
}
