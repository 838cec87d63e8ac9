//! What identifies a line of the Gantt: what it draws (`RowKey`, to find the
//! bands that changed) and where it is (`SlotKey`, the key of its DOM). An
//! action drawn under two groups is two lines, told apart by their copy
//! number (the rows of the same action before it).

use crate::domain::Action;
use crate::ui::timeline::Keyed;
use chrono::NaiveDate;

/// A line of the chart: a group's heading or an action.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(super) enum Line {
    Group(String),
    Action(Keyed, usize),
}

/// Where a line is and what it is, without what it draws: the key of its
/// DOM, so that a line whose action changes keeps its element.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(super) struct SlotKey {
    pub(super) line: Slot,
    pub(super) row: usize,
    pub(super) from: NaiveDate,
    pub(super) ppd_bits: u64,
    pub(super) period_end: NaiveDate,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(super) enum Slot {
    Group(String),
    Action(crate::domain::ItemId, usize),
}

impl RowKey {
    pub(super) fn slot(&self) -> SlotKey {
        SlotKey {
            line: match &self.line {
                Line::Group(label) => Slot::Group(label.clone()),
                Line::Action(Keyed(a), copy) => Slot::Action(a.id, *copy),
            },
            row: self.row,
            from: self.from,
            ppd_bits: self.ppd_bits,
            period_end: self.period_end,
        }
    }
}

/// A line of the chart, borrowed from the list it draws.
pub(super) enum LineRef<'a> {
    Group(&'a str),
    Action(&'a Action, usize),
}

impl LineRef<'_> {
    /// Whether it draws what `line` draws.
    pub(super) fn is(&self, line: &Line) -> bool {
        match (self, line) {
            (LineRef::Group(a), Line::Group(b)) => *a == b,
            (LineRef::Action(a, i), Line::Action(Keyed(b), j)) => i == j && *a == b,
            _ => false,
        }
    }

    pub(super) fn to_line(&self) -> Line {
        match self {
            LineRef::Group(label) => Line::Group(label.to_string()),
            LineRef::Action(a, copy) => Line::Action(Keyed((*a).clone()), *copy),
        }
    }
}

/// The key of a line: what it shows, where, and at which scale. A line
/// whose key is unchanged keeps its DOM (and its focus).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(super) struct RowKey {
    pub(super) line: Line,
    pub(super) row: usize,
    pub(super) from: NaiveDate,
    pub(super) ppd_bits: u64,
    pub(super) period_end: NaiveDate,
}
