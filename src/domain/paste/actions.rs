//! Pasted rows read as actions of the timeline.

use super::{
    cell, line_named,
    values::{self, fold, DayOrder},
    Column, Preview, Problem, Row, Table,
};
use crate::domain::{
    action::FromLine, apply, reschedule::check_dates, Action, Command, ItemId, Lang, Plan,
};

/// The objectives of `plan` named in `text`: the whole cell as one title,
/// else titles separated by `;`, `,` or `|`. `Err` holds a name no
/// objective has.
fn objectives_named(plan: &Plan, text: &str) -> Result<Vec<ItemId>, String> {
    let find = |name: &str| {
        let f = fold(name);
        plan.objectives
            .iter()
            .find(|o| fold(&o.title) == f)
            .map(|o| o.id)
    };
    if let Some(id) = find(text) {
        return Ok(vec![id]);
    }
    let mut ids = Vec::new();
    for part in text.split([';', ',', '|']).map(str::trim) {
        if part.is_empty() {
            continue;
        }
        let id = find(part).ok_or_else(|| part.to_string())?;
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    Ok(ids)
}

/// Reads an optional named value: `None` for an empty cell, the problem
/// for a name that is not known.
fn optional<T>(
    text: &str,
    read: impl Fn(&str) -> Option<T>,
    unknown: fn(String) -> Problem,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    if text.is_empty() {
        return None;
    }
    let value = read(text);
    if value.is_none() {
        problems.push(unknown(text.to_string()));
    }
    value
}

/// One row as an action with id `id`, or why it cannot be one.
fn read_row(
    plan: &Plan,
    row: &[String],
    columns: &[Column],
    order: DayOrder,
    id: ItemId,
) -> Result<Action, Vec<Problem>> {
    let get = |c| cell(row, columns, c);
    let mut problems = Vec::new();
    let title = get(Column::Title);
    if title.is_empty() {
        problems.push(Problem::NoTitle);
    }
    let date = |text: &str, problems: &mut Vec<Problem>| {
        if text.is_empty() {
            return None;
        }
        let day = values::parse_date(text, order);
        if day.is_none() {
            problems.push(Problem::BadDate(text.to_string()));
        }
        day
    };
    let (start_text, end_text) = (get(Column::Start), get(Column::End));
    let start = date(start_text, &mut problems);
    let end = date(end_text, &mut problems);
    if start_text.is_empty() && end_text.is_empty() {
        problems.push(Problem::NoDate);
    }
    // One date of two: a one-day action.
    let (start, end) = match (start, end) {
        (Some(s), None) if end_text.is_empty() => (Some(s), Some(s)),
        (None, Some(e)) if start_text.is_empty() => (Some(e), Some(e)),
        other => other,
    };
    if let (Some(s), Some(e)) = (start, end) {
        if e < s {
            problems.push(Problem::EndBeforeStart);
        } else {
            // The rule of the form and the chart: inside the plan period.
            let mut days = Action::new(id, title, s);
            days.end = e;
            if check_dates(plan, None, &days).is_err() {
                problems.push(Problem::OutsidePeriod(plan.period));
            }
        }
    }
    let cost_text = get(Column::Cost);
    let cost = values::parse_amount(cost_text, &plan.currency)
        .map_err(|e| problems.push(Problem::BadAmount(cost_text.to_string(), e)))
        .unwrap_or_default();
    let line = optional(
        get(Column::Line),
        |t| line_named(plan, t),
        Problem::UnknownLine,
        &mut problems,
    );
    let horizon = optional(
        get(Column::Horizon),
        values::horizon,
        Problem::UnknownHorizon,
        &mut problems,
    );
    let importance = optional(
        get(Column::Importance),
        values::importance,
        Problem::UnknownImportance,
        &mut problems,
    );
    let delivery = optional(
        get(Column::Delivery),
        values::delivery,
        Problem::UnknownDelivery,
        &mut problems,
    );
    let objectives_text = get(Column::Objective);
    let objectives = match objectives_named(plan, objectives_text) {
        Ok(ids) => ids,
        Err(name) => {
            problems.push(Problem::UnknownObjective(name));
            Vec::new()
        }
    };
    let (Some(start), Some(end), true) = (start, end, problems.is_empty()) else {
        // The same unreadable date as first and last day is said once.
        problems.dedup();
        return Err(problems);
    };
    let mut action = Action::new(id, title, start);
    action.end = end;
    action.cost = cost;
    action.importance = importance.unwrap_or_default();
    action.channel = values::channel(get(Column::Channel));
    action.owner = get(Column::Owner).to_string();
    action.description = get(Column::Description).to_string();
    action.budget_line = line;
    // What the row leaves empty comes from its line, as in the form (its
    // channel too: an action without one uses its line's).
    let from_line = FromLine::of(line.and_then(|l| plan.line(l)));
    action.horizon = horizon.or(from_line.horizon);
    action.delivery = delivery.unwrap_or(from_line.delivery);
    action.objectives = if objectives_text.is_empty() {
        from_line.objectives
    } else {
        objectives
    };
    Ok(action)
}

/// The actions `table`'s rows make with `columns`, each tried on the plan
/// as it would be with the rows before it, and the batch adding those the
/// plan accepts, at the end of the list, with new ids in order.
pub fn preview(plan: &Plan, table: &Table, columns: &[Column], lang: Lang) -> Preview<Action> {
    let dates = table.rows.iter().flat_map(|r| {
        [Column::Start, Column::End]
            .into_iter()
            .map(|c| cell(r, columns, c))
    });
    let order = values::day_order(dates, lang);
    let mut scratch = plan.clone();
    let mut commands = Vec::new();
    let rows = table
        .rows
        .iter()
        .map(|cells| {
            let id = ItemId(scratch.next_id);
            let outcome = read_row(&scratch, cells, columns, order, id).and_then(|action| {
                let command = Command::InsertAction {
                    index: usize::MAX,
                    action: Box::new(action.clone()),
                };
                apply(&mut scratch, command.clone()).map_err(|e| vec![Problem::Refused(e)])?;
                commands.push(command);
                Ok(action)
            });
            Row {
                cells: cells.clone(),
                outcome,
            }
        })
        .collect();
    Preview {
        rows,
        command: (!commands.is_empty()).then_some(Command::Batch(commands)),
    }
}
