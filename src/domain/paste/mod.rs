//! Rows pasted from a spreadsheet, read into actions or budget lines.
//!
//! [`read`] splits the text and finds its header row; [`columns::guess`]
//! says what each column holds (the person can change it); the preview
//! ([`actions::preview`], [`budget::preview`]) reads each row, accepts it or
//! says why not, and builds one [`Command::Batch`] adding the accepted ones
//! (one undo step).

pub mod actions;
pub mod budget;
pub mod columns;
mod split;
pub mod values;

// proptest is a native dev-dependency only.
#[cfg(test)]
mod budget_tests;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod props;
#[cfg(test)]
mod tests;

pub use columns::{Column, Target};
pub use split::{split, MAX_CELLS};

use crate::domain::{Command, CommandError, ItemId, Money, MoneyError, Plan};

/// What was pasted: its header row, if it has one, and the other rows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    /// The first row, when it names columns.
    pub header: Option<Vec<String>>,
    /// The rows to read.
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// Number of columns: the widest row's.
    pub fn width(&self) -> usize {
        self.rows
            .iter()
            .chain(&self.header)
            .map(Vec::len)
            .max()
            .unwrap_or(0)
    }
}

/// `text` as rows of cells, its first row taken as a header when it names
/// columns for `target`.
pub fn read(text: &str, target: Target) -> Table {
    let mut rows = split(text);
    let header = match rows.first() {
        Some(first) if columns::is_header(first, target) => Some(rows.remove(0)),
        _ => None,
    };
    Table { header, rows }
}

/// Why a pasted row is refused.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// An action without a title, a line without a channel.
    NoTitle,
    /// No start date.
    NoDate,
    /// A date that cannot be read (the cell).
    BadDate(String),
    /// The last day before the first.
    EndBeforeStart,
    /// A day outside the plan period (the form's and the chart's rule).
    OutsidePeriod(crate::domain::Period),
    /// An amount that cannot be read (the cell, why).
    BadAmount(String, MoneyError),
    /// No budget line of the plan has this name.
    UnknownLine(String),
    /// Not a horizon.
    UnknownHorizon(String),
    /// Not an importance.
    UnknownImportance(String),
    /// Neither in-house nor consultant.
    UnknownDelivery(String),
    /// No objective of the plan has this title.
    UnknownObjective(String),
    /// A budget line whose amounts do not fit in what is left of the total.
    OverTotal {
        /// The line's amounts together.
        asked: Money,
        /// What is left of the total before it.
        left: Money,
    },
    /// A row of totals or of what is left (its name says so), not a line.
    TotalsRow,
    /// The budget already has a line for this channel (its name).
    LineExists(String),
    /// The plan refuses it for another reason.
    Refused(CommandError),
}

/// A pasted row: its cells, and what it becomes or why it is refused.
#[derive(Clone, Debug, PartialEq)]
pub struct Row<T> {
    /// The cells as pasted.
    pub cells: Vec<String>,
    /// The item it adds, or the reasons it is refused.
    pub outcome: Result<T, Vec<Problem>>,
}

/// What a paste adds: every row read, and the command adding the accepted
/// ones (`None` when none is).
#[derive(Clone, Debug, PartialEq)]
pub struct Preview<T> {
    /// The rows, in the pasted order.
    pub rows: Vec<Row<T>>,
    /// One step adding every accepted row.
    pub command: Option<Command>,
}

impl<T> Preview<T> {
    /// How many rows are added.
    pub fn accepted(&self) -> usize {
        self.rows.iter().filter(|r| r.outcome.is_ok()).count()
    }

    /// How many rows are refused.
    pub fn refused(&self) -> usize {
        self.rows.len() - self.accepted()
    }
}

/// The budget line of `plan` called `text` (its channel's name in French or
/// English, or the person's own name), compared as [`values::fold`] does.
pub fn line_named(plan: &Plan, text: &str) -> Option<ItemId> {
    let f = values::fold(text);
    if f.is_empty() {
        return None;
    }
    let by_name = plan.budget.lines.iter().find(|l| {
        crate::domain::Lang::ALL
            .iter()
            .any(|lang| values::fold(&l.channel.name(*lang)) == f)
    });
    let by_channel = || {
        let channel = values::channel(text)?;
        plan.budget.lines.iter().find(|l| l.channel == channel)
    };
    by_name.or_else(by_channel).map(|l| l.id)
}

/// The cell of `row` in the first column mapped to `column`, trimmed;
/// empty when there is none.
fn cell<'a>(row: &'a [String], columns: &[Column], column: Column) -> &'a str {
    columns
        .iter()
        .position(|c| *c == column)
        .and_then(|i| row.get(i))
        .map_or("", String::as_str)
}
