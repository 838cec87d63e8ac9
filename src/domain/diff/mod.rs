//! What changed between two versions of a plan: a list of typed changes,
//! section by section, with their figures.
//!
//! Items are matched by their stable [`ItemId`], never by position, so an
//! item that moved in its list is the same item; a new order alone is no
//! change. Money stays in integer [`Money`]; an amount of the version
//! before is in that version's currency, one of the version after in its
//! own (a change of currency is reported on its own).

mod compare;
#[cfg(test)]
mod tests;

use crate::domain::{
    budget::Channel, forecast::TargetPeriod, ActionStatus, Currency, Delivery, Horizon, Importance,
    ItemId, Money, Period, Plan, Rank, StrategyKind, Target, Unit,
};
use chrono::NaiveDate;

/// The sections of a plan, in the order a comparison lists them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Section {
    /// Name, client, period and currency.
    Plan,
    /// Objectives and their KPIs.
    Objectives,
    /// Total, lines, cells and what is allocated.
    Budget,
    /// Actions of the timeline.
    Actions,
    /// Strategy elements.
    Strategy,
    /// Recorded KPI values.
    Measurements,
}

impl Section {
    /// The sections in the order a comparison lists them.
    pub const ALL: [Section; 6] = [
        Section::Plan,
        Section::Objectives,
        Section::Budget,
        Section::Actions,
        Section::Strategy,
        Section::Measurements,
    ];
}

/// A KPI as a change names it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KpiName {
    /// A KPI of the catalogue, by its key (named in each language).
    Catalogue(String),
    /// A KPI of the plan's own, by the name it has in the version compared.
    Custom(String),
}

/// What an objective aims for on one KPI: the target and what it counts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Aim {
    /// The target, if one is set.
    pub target: Option<Target>,
    /// Per month, per year or over the plan; `None` for a level (a rate).
    pub period: Option<TargetPeriod>,
}

/// The first and last days of an action.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Days {
    /// First day.
    pub start: NaiveDate,
    /// Last day.
    pub end: NaiveDate,
}

/// One difference between two versions, with its figures.
#[derive(Clone, Debug, PartialEq)]
pub enum Change {
    /// The plan was renamed.
    Name { from: String, to: String },
    /// The client changed (empty: none).
    Client { from: String, to: String },
    /// The period the plan covers changed.
    Period { from: Period, to: Period },
    /// The currency changed.
    Currency { from: Currency, to: Currency },
    /// An objective was added.
    ObjectiveAdded {
        id: ItemId,
        title: String,
        rank: Rank,
    },
    /// An objective was removed.
    ObjectiveRemoved { id: ItemId, title: String },
    /// An objective was renamed.
    ObjectiveRenamed {
        id: ItemId,
        from: String,
        to: String,
    },
    /// An objective switched between priority and secondary.
    ObjectiveRank {
        id: ItemId,
        title: String,
        from: Rank,
        to: Rank,
    },
    /// An objective's deadline changed (`None`: no deadline).
    ObjectiveDeadline {
        id: ItemId,
        title: String,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    },
    /// What an objective aims for on one of its KPIs changed; `unit` is the
    /// KPI's in the version after.
    ObjectiveTarget {
        id: ItemId,
        title: String,
        kpi: KpiName,
        unit: Unit,
        from: Aim,
        to: Aim,
    },
    /// A KPI now measures an objective.
    KpiAdded {
        id: ItemId,
        title: String,
        kpi: KpiName,
    },
    /// A KPI no longer measures an objective.
    KpiRemoved {
        id: ItemId,
        title: String,
        kpi: KpiName,
    },
    /// The fixed budget total changed.
    BudgetTotal { from: Money, to: Money },
    /// A budget line was added, with what it allocates.
    LineAdded {
        id: ItemId,
        channel: Channel,
        total: Money,
    },
    /// A budget line was removed, with what it allocated.
    LineRemoved {
        id: ItemId,
        channel: Channel,
        total: Money,
    },
    /// A budget line pays for another channel.
    LineChannel {
        id: ItemId,
        from: Channel,
        to: Channel,
    },
    /// One cell of the budget table changed.
    Cell {
        id: ItemId,
        channel: Channel,
        horizon: Horizon,
        from: Money,
        to: Money,
    },
    /// A budget line moved between in-house and consultant.
    LineDelivery {
        id: ItemId,
        channel: Channel,
        from: Delivery,
        to: Delivery,
    },
    /// What the lines allocate in all changed.
    Allocated { from: Money, to: Money },
    /// An action was added.
    ActionAdded {
        id: ItemId,
        title: String,
        days: Days,
    },
    /// An action was removed.
    ActionRemoved { id: ItemId, title: String },
    /// An action was renamed.
    ActionRenamed {
        id: ItemId,
        from: String,
        to: String,
    },
    /// An action's first or last day moved.
    ActionMoved {
        id: ItemId,
        title: String,
        from: Days,
        to: Days,
    },
    /// An action's importance changed.
    ActionImportance {
        id: ItemId,
        title: String,
        from: Importance,
        to: Importance,
    },
    /// Where an action stands changed.
    ActionStatus {
        id: ItemId,
        title: String,
        from: ActionStatus,
        to: ActionStatus,
    },
    /// A strategy element was chosen.
    ElementAdded { id: ItemId, kind: StrategyKind },
    /// A strategy element was dropped.
    ElementRemoved { id: ItemId, kind: StrategyKind },
    /// Measurements recorded since: how many.
    MeasurementsAdded(usize),
    /// Measurements deleted since: how many.
    MeasurementsRemoved(usize),
}

impl Change {
    /// The section the change belongs to.
    pub fn section(&self) -> Section {
        use Change::*;
        match self {
            Name { .. } | Client { .. } | Period { .. } | Currency { .. } => Section::Plan,
            ObjectiveAdded { .. }
            | ObjectiveRemoved { .. }
            | ObjectiveRenamed { .. }
            | ObjectiveRank { .. }
            | ObjectiveDeadline { .. }
            | ObjectiveTarget { .. }
            | KpiAdded { .. }
            | KpiRemoved { .. } => Section::Objectives,
            BudgetTotal { .. }
            | LineAdded { .. }
            | LineRemoved { .. }
            | LineChannel { .. }
            | Cell { .. }
            | LineDelivery { .. }
            | Allocated { .. } => Section::Budget,
            ActionAdded { .. }
            | ActionRemoved { .. }
            | ActionRenamed { .. }
            | ActionMoved { .. }
            | ActionImportance { .. }
            | ActionStatus { .. } => Section::Actions,
            ElementAdded { .. } | ElementRemoved { .. } => Section::Strategy,
            MeasurementsAdded(_) | MeasurementsRemoved(_) => Section::Measurements,
        }
    }
}

/// What changed from `before` to `after`, section by section
/// ([`Section::ALL`]); within a section, items in `after`'s order, then
/// the items removed in `before`'s order. Identical plans give no change.
pub fn diff(before: &Plan, after: &Plan) -> Vec<Change> {
    let mut out = Vec::new();
    compare::plan_facts(before, after, &mut out);
    compare::objectives(before, after, &mut out);
    compare::budget(before, after, &mut out);
    compare::actions(before, after, &mut out);
    compare::strategy(before, after, &mut out);
    compare::measurements(before, after, &mut out);
    out
}

/// How many changes each section holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DiffSummary {
    /// Per section, in [`Section::ALL`] order.
    pub by_section: [usize; 6],
}

impl DiffSummary {
    /// The number of changes in `section`.
    pub fn count(&self, section: Section) -> usize {
        self.by_section[section as usize]
    }

    /// The number of changes in all.
    pub fn total(&self) -> usize {
        self.by_section.iter().sum()
    }

    /// The sections with at least one change, with their counts.
    pub fn sections(&self) -> impl Iterator<Item = (Section, usize)> + '_ {
        Section::ALL
            .into_iter()
            .map(|s| (s, self.count(s)))
            .filter(|(_, n)| *n > 0)
    }
}

/// The number of `changes` in each section.
pub fn summary(changes: &[Change]) -> DiffSummary {
    let mut by_section = [0; 6];
    for c in changes {
        by_section[c.section() as usize] += 1;
    }
    DiffSummary { by_section }
}
