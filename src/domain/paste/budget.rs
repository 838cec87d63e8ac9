//! Pasted rows read as budget lines: a channel or tool, then its amounts
//! per horizon, and optionally in-house or consultant.

use super::{cell, values, Column, Preview, Problem, Row, Table};
use crate::domain::{
    apply, budget::Split, command::Links, BudgetLine, Command, CommandError, Delivery, ItemId,
    Lang, Money, Plan,
};

const AMOUNTS: [Column; 3] = [Column::Immediate, Column::MediumTerm, Column::LongTerm];

/// One row as a budget line with id `id`, or why it cannot be one.
fn read_row(
    plan: &Plan,
    row: &[String],
    columns: &[Column],
    id: ItemId,
) -> Result<BudgetLine, Vec<Problem>> {
    let get = |c| cell(row, columns, c);
    let mut problems = Vec::new();
    let channel = values::channel(get(Column::Channel));
    if channel.is_none() {
        problems.push(Problem::NoTitle);
    }
    // The totals and the rest under a table (as the budget's CSV export ends).
    let totals = [
        "total",
        "totaux",
        "totals",
        "sous total",
        "subtotal",
        "reste a allouer",
        "not allocated yet",
        "reste",
        "remaining",
    ];
    if totals.contains(&values::fold(get(Column::Channel)).as_str()) {
        return Err(vec![Problem::TotalsRow]);
    }
    let mut amounts = [Money::ZERO; 3];
    for (slot, column) in amounts.iter_mut().zip(AMOUNTS) {
        let text = get(column);
        match values::parse_amount(text, &plan.currency) {
            Ok(m) => *slot = m,
            Err(e) => problems.push(Problem::BadAmount(text.to_string(), e)),
        }
    }
    // The external part (the budget's CSV writes it): a line shared when it
    // is neither none nor all of the line.
    let external_text = get(Column::External);
    let external = if external_text.is_empty() {
        None
    } else {
        match values::parse_amount(external_text, &plan.currency) {
            Ok(m) => Some(m),
            Err(e) => {
                problems.push(Problem::BadAmount(external_text.to_string(), e));
                None
            }
        }
    };
    let delivery_text = get(Column::Delivery);
    let shared = ["partage", "shared"].contains(&values::fold(delivery_text).as_str());
    let delivery = if delivery_text.is_empty() || (shared && external.is_some()) {
        None
    } else {
        let d = values::delivery(delivery_text);
        if d.is_none() {
            problems.push(Problem::UnknownDelivery(delivery_text.to_string()));
        }
        d
    };
    if let Some(c) = &channel {
        if plan.budget.lines.iter().any(|l| l.channel == *c) {
            problems.push(Problem::LineExists(get(Column::Channel).to_string()));
        }
    }
    let (Some(channel), true) = (channel, problems.is_empty()) else {
        return Err(problems);
    };
    let mut line = BudgetLine::new(id, channel);
    line.amounts = amounts;
    line.delivery = delivery.unwrap_or_default();
    if let Some(external) = external {
        let total = line.total();
        if external >= total && total.0 > 0 {
            line.delivery = Delivery::Consultant;
        } else if external.0 == 0 {
            line.delivery = Delivery::InHouse;
        } else {
            line.split = Split::Amount(external);
        }
    }
    Ok(line)
}

/// What is left of the total of `plan` (zero when it is all allocated).
fn left(plan: &Plan) -> Money {
    let allocated = plan.budget.allocated();
    Money(plan.budget.total.0.saturating_sub(allocated.0).max(0))
}

/// The lines `table`'s rows make with `columns`, each tried on the budget
/// as it would be with the rows before it: a row whose amounts go past the
/// total is refused with what is left, so the total is never exceeded.
/// The batch adds the accepted lines at the end of the table.
pub fn preview(plan: &Plan, table: &Table, columns: &[Column], _lang: Lang) -> Preview<BudgetLine> {
    let mut scratch = plan.clone();
    let mut commands = Vec::new();
    let rows = table
        .rows
        .iter()
        .map(|cells| {
            let id = ItemId(scratch.next_id);
            let outcome = read_row(&scratch, cells, columns, id).and_then(|line| {
                let asked = line.amounts.iter().copied().sum();
                let command = Command::InsertBudgetLine {
                    index: usize::MAX,
                    line: line.clone(),
                    links: Links::default(),
                };
                let before = left(&scratch);
                apply(&mut scratch, command.clone()).map_err(|e| {
                    vec![match e {
                        CommandError::OverBudget { .. } => Problem::OverTotal {
                            asked,
                            left: before,
                        },
                        e => Problem::Refused(e),
                    }]
                })?;
                commands.push(command);
                Ok(line)
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
