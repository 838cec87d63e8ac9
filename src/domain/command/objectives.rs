//! Commands on strategy elements, objectives and custom KPIs.
//!
//! Removing an item also removes every reference to it, and remembers where
//! each one was ([`Links`]), so undo puts the plan back exactly as it was.

use super::{
    check_date, check_len, check_links, ids::claim_id, Command, CommandError, ObjectiveEdit,
};
use crate::domain::{
    catalogue::{self, Bounds},
    validate::limits,
    Action, BudgetLine, ItemId, KpiRef, Objective, Plan, StrategyElement, Target,
};

/// Where a removed item was referenced: `(holder id, position)` pairs in the
/// order they were removed. Restoring them in reverse order rebuilds every
/// list exactly.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Links {
    /// Objectives that listed the removed strategy element.
    pub objectives: Vec<(ItemId, usize)>,
    /// Budget lines that listed the removed objective.
    pub lines: Vec<(ItemId, usize)>,
    /// Actions that listed the removed objective.
    pub actions: Vec<(ItemId, usize)>,
    /// Measurements that pointed at the removed objective.
    pub measurements: Vec<ItemId>,
    /// Actions that spent from the removed budget line.
    pub action_lines: Vec<ItemId>,
}

/// Removes every `id` from `list`, last first, recording the positions.
fn unlink(list: &mut Vec<ItemId>, id: ItemId, holder: ItemId, out: &mut Vec<(ItemId, usize)>) {
    for pos in (0..list.len()).rev() {
        if list[pos] == id {
            list.remove(pos);
            out.push((holder, pos));
        }
    }
}

/// Puts `id` back where [`unlink`] found it, in the lists of `holders`.
fn relink<T>(
    links: &[(ItemId, usize)],
    id: ItemId,
    holders: &mut [T],
    refs: fn(&mut T) -> (ItemId, &mut Vec<ItemId>),
) {
    for (holder, pos) in links.iter().rev() {
        if let Some((_, list)) = holders.iter_mut().map(refs).find(|(h, _)| h == holder) {
            let pos = (*pos).min(list.len());
            list.insert(pos, id);
        }
    }
}

fn element_refs(o: &mut Objective) -> (ItemId, &mut Vec<ItemId>) {
    (o.id, &mut o.strategy_elements)
}

fn line_refs(l: &mut BudgetLine) -> (ItemId, &mut Vec<ItemId>) {
    (l.id, &mut l.objectives)
}

fn action_refs(a: &mut Action) -> (ItemId, &mut Vec<ItemId>) {
    (a.id, &mut a.objectives)
}

/// The unit's bounds of a KPI referenced in `plan`, or why it cannot be used.
fn kpi_bounds(plan: &Plan, kpi: &KpiRef) -> Result<Bounds, CommandError> {
    match kpi {
        KpiRef::Catalogue(key) => catalogue::kpi(key)
            .map(|k| k.bounds())
            .ok_or(CommandError::UnknownKpi),
        KpiRef::Custom(id) => plan
            .custom_kpis
            .iter()
            .find(|k| k.id == *id)
            .map(|k| Bounds::of(k.unit))
            .ok_or(CommandError::UnknownKpi),
    }
}

fn check_value(plan: &Plan, kpi: &KpiRef, value: Option<f64>) -> Result<(), CommandError> {
    let Some(v) = value else { return Ok(()) };
    let bounds = kpi_bounds(plan, kpi)?;
    if !v.is_finite() || v.abs() > limits::VALUE || !bounds.contains(v) {
        return Err(CommandError::ValueOutOfRange {
            min: bounds.min,
            max: bounds.max,
        });
    }
    Ok(())
}

fn check_target(plan: &Plan, kpi: &KpiRef, target: Option<Target>) -> Result<(), CommandError> {
    match target {
        None => Ok(()),
        Some(Target::Value(v)) => check_value(plan, kpi, Some(v)),
        // A change cannot take a value below -100%.
        Some(Target::Change(c)) if c.is_finite() && c >= -1.0 && c.abs() <= limits::VALUE => {
            kpi_bounds(plan, kpi).map(|_| ())
        }
        Some(Target::Change(_)) => Err(CommandError::ValueOutOfRange {
            min: -1.0,
            max: None,
        }),
    }
}

fn objective_mut(plan: &mut Plan, id: ItemId) -> Result<&mut Objective, CommandError> {
    plan.objective_mut(id).ok_or(CommandError::UnknownItem(id))
}

pub(super) fn insert_element(
    plan: &mut Plan,
    index: usize,
    element: StrategyElement,
    links: Links,
) -> Result<Command, CommandError> {
    if let crate::domain::StrategyKind::Custom(name) = &element.kind {
        if name.trim().is_empty() {
            return Err(CommandError::EmptyTitle);
        }
        check_len("strategy_elements.kind", name, limits::SHORT_TEXT)?;
    }
    if let crate::domain::StrategyKind::Catalogue(key) = &element.kind {
        check_len("strategy_elements.kind", key, limits::KEY)?;
    }
    check_len("strategy_elements.note", &element.note, limits::LONG_TEXT)?;
    let id = element.id;
    let give_back = claim_id(plan, id)?;
    let index = index.min(plan.strategy_elements.len());
    plan.strategy_elements.insert(index, element);
    relink(&links.objectives, id, &mut plan.objectives, element_refs);
    Ok(Command::Batch(vec![
        Command::RemoveStrategyElement(id),
        give_back,
    ]))
}

pub(super) fn remove_element(plan: &mut Plan, id: ItemId) -> Result<Command, CommandError> {
    let index = plan
        .strategy_elements
        .iter()
        .position(|e| e.id == id)
        .ok_or(CommandError::UnknownItem(id))?;
    let element = plan.strategy_elements.remove(index);
    let mut links = Links::default();
    for o in &mut plan.objectives {
        unlink(&mut o.strategy_elements, id, o.id, &mut links.objectives);
    }
    Ok(Command::InsertStrategyElement {
        index,
        element,
        links,
    })
}

pub(super) fn set_element_note(
    plan: &mut Plan,
    id: ItemId,
    note: String,
) -> Result<Command, CommandError> {
    check_len("strategy_elements.note", &note, limits::LONG_TEXT)?;
    let element = plan
        .strategy_elements
        .iter_mut()
        .find(|e| e.id == id)
        .ok_or(CommandError::UnknownItem(id))?;
    Ok(Command::SetStrategyNote(
        id,
        std::mem::replace(&mut element.note, note),
    ))
}

pub(super) fn insert_objective(
    plan: &mut Plan,
    index: usize,
    objective: Objective,
    links: Links,
) -> Result<Command, CommandError> {
    // A new objective goes through the same checks as an edit of each field,
    // but for the deadline, checked only against 1900-2200: an objective put
    // back by undo may have one that a later period change left outside the
    // period (a warning, not an error).
    if let Some(template) = &objective.template {
        check_len("objectives.template", template, limits::SHORT_TEXT)?;
    }
    let mut probe = Objective::new(objective.id, "-", objective.rank);
    for edit in [
        ObjectiveEdit::RestoreDeadline(objective.deadline),
        ObjectiveEdit::Title(objective.title.clone()),
        ObjectiveEdit::Statement(objective.statement.clone()),
        ObjectiveEdit::Owner(objective.owner.clone()),
        ObjectiveEdit::Rationale(objective.rationale.clone()),
        ObjectiveEdit::StrategyElements(objective.strategy_elements.clone()),
        ObjectiveEdit::Kpis(objective.kpis.clone()),
        ObjectiveEdit::DigitalShare(objective.digital_share),
    ] {
        edit_fields(plan, &mut probe, edit)?;
    }
    let id = objective.id;
    let give_back = claim_id(plan, id)?;
    let index = index.min(plan.objectives.len());
    plan.objectives.insert(index, objective);
    relink(&links.lines, id, &mut plan.budget.lines, line_refs);
    relink(&links.actions, id, &mut plan.actions, action_refs);
    for m in &mut plan.measurements {
        if links.measurements.contains(&m.id) {
            m.objective = Some(id);
        }
    }
    Ok(Command::Batch(vec![
        Command::RemoveObjective(id),
        give_back,
    ]))
}

pub(super) fn remove_objective(plan: &mut Plan, id: ItemId) -> Result<Command, CommandError> {
    let index = plan
        .objectives
        .iter()
        .position(|o| o.id == id)
        .ok_or(CommandError::UnknownItem(id))?;
    let objective = plan.objectives.remove(index);
    let mut links = Links::default();
    for l in &mut plan.budget.lines {
        unlink(&mut l.objectives, id, l.id, &mut links.lines);
    }
    for a in &mut plan.actions {
        unlink(&mut a.objectives, id, a.id, &mut links.actions);
    }
    for m in &mut plan.measurements {
        if m.objective == Some(id) {
            m.objective = None;
            links.measurements.push(m.id);
        }
    }
    Ok(Command::InsertObjective {
        index,
        objective,
        links,
    })
}

pub(super) fn move_objective(
    plan: &mut Plan,
    id: ItemId,
    to: usize,
) -> Result<Command, CommandError> {
    let from = plan
        .objectives
        .iter()
        .position(|o| o.id == id)
        .ok_or(CommandError::UnknownItem(id))?;
    let to = to.min(plan.objectives.len() - 1);
    let objective = plan.objectives.remove(from);
    plan.objectives.insert(to, objective);
    Ok(Command::MoveObjective { id, to: from })
}

pub(super) fn edit_objective(
    plan: &mut Plan,
    id: ItemId,
    edit: ObjectiveEdit,
) -> Result<Command, CommandError> {
    // Check against the plan first (it is borrowed again to change the objective).
    let mut objective = objective_mut(plan, id)?.clone();
    let inverse = edit_fields(plan, &mut objective, edit)?;
    *objective_mut(plan, id)? = objective;
    Ok(Command::EditObjective(id, inverse))
}

/// Applies `edit` to `o` after checking it against `plan`; returns the edit
/// that restores the old value.
fn edit_fields(
    plan: &Plan,
    o: &mut Objective,
    edit: ObjectiveEdit,
) -> Result<ObjectiveEdit, CommandError> {
    use std::mem::replace;
    Ok(match edit {
        ObjectiveEdit::Title(t) => {
            if t.trim().is_empty() {
                return Err(CommandError::EmptyTitle);
            }
            check_len("title", &t, limits::SHORT_TEXT)?;
            ObjectiveEdit::Title(replace(&mut o.title, t))
        }
        ObjectiveEdit::Rank(r) => ObjectiveEdit::Rank(replace(&mut o.rank, r)),
        ObjectiveEdit::Statement(t) => {
            check_len("statement", &t, limits::LONG_TEXT)?;
            ObjectiveEdit::Statement(replace(&mut o.statement, t))
        }
        ObjectiveEdit::Owner(t) => {
            check_len("owner", &t, limits::SHORT_TEXT)?;
            ObjectiveEdit::Owner(replace(&mut o.owner, t))
        }
        ObjectiveEdit::Rationale(t) => {
            check_len("rationale", &t, limits::LONG_TEXT)?;
            ObjectiveEdit::Rationale(replace(&mut o.rationale, t))
        }
        ObjectiveEdit::Deadline(d) => {
            if let Some(day) = d {
                check_date(day)?;
                if day < plan.period.start {
                    return Err(CommandError::DeadlineBeforeStart);
                }
                if day > plan.period.end {
                    return Err(CommandError::DeadlineAfterEnd);
                }
            }
            ObjectiveEdit::RestoreDeadline(replace(&mut o.deadline, d))
        }
        ObjectiveEdit::RestoreDeadline(d) => {
            if let Some(day) = d {
                check_date(day)?;
            }
            ObjectiveEdit::Deadline(replace(&mut o.deadline, d))
        }
        ObjectiveEdit::StrategyElements(ids) => {
            check_links(&ids)?;
            if let Some(bad) = ids
                .iter()
                .find(|id| !plan.strategy_elements.iter().any(|e| e.id == **id))
            {
                return Err(CommandError::UnknownItem(*bad));
            }
            ObjectiveEdit::StrategyElements(replace(&mut o.strategy_elements, ids))
        }
        ObjectiveEdit::Kpis(kpis) => {
            if kpis.len() > limits::KPIS_PER_OBJECTIVE {
                return Err(CommandError::TooManyKpis);
            }
            for (i, k) in kpis.iter().enumerate() {
                if kpis[..i].iter().any(|other| other.kpi == k.kpi) {
                    return Err(CommandError::KpiTwice);
                }
                kpi_bounds(plan, &k.kpi)?;
                check_value(plan, &k.kpi, k.baseline)?;
                check_target(plan, &k.kpi, k.target)?;
            }
            ObjectiveEdit::Kpis(replace(&mut o.kpis, kpis))
        }
        ObjectiveEdit::Baseline(kpi, value) => {
            check_value(plan, &kpi, value)?;
            let slot = o
                .kpis
                .iter_mut()
                .find(|k| k.kpi == kpi)
                .ok_or(CommandError::UnknownKpi)?;
            ObjectiveEdit::Baseline(kpi, replace(&mut slot.baseline, value))
        }
        ObjectiveEdit::Target(kpi, target) => {
            check_target(plan, &kpi, target)?;
            let slot = o
                .kpis
                .iter_mut()
                .find(|k| k.kpi == kpi)
                .ok_or(CommandError::UnknownKpi)?;
            ObjectiveEdit::Target(kpi, replace(&mut slot.target, target))
        }
        ObjectiveEdit::Period(kpi, period) => {
            let slot = o
                .kpis
                .iter_mut()
                .find(|k| k.kpi == kpi)
                .ok_or(CommandError::UnknownKpi)?;
            ObjectiveEdit::Period(kpi, replace(&mut slot.period, period))
        }
        ObjectiveEdit::DigitalShare(share) => {
            if share.is_some_and(|s| !(s.is_finite() && (0.0..=1.0).contains(&s))) {
                return Err(CommandError::ValueOutOfRange {
                    min: 0.0,
                    max: Some(1.0),
                });
            }
            ObjectiveEdit::DigitalShare(replace(&mut o.digital_share, share))
        }
    })
}
