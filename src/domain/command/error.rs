//! Why a command was refused.

use crate::domain::{validate::limits, ItemId, Money};
use thiserror::Error;

/// Why a command was refused. The plan is unchanged when this is returned.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum CommandError {
    /// The plan name is empty.
    #[error("the name cannot be empty")]
    EmptyName,
    /// A text is longer than the field allows.
    #[error("{field}: at most {max} characters")]
    TooLong {
        /// Field path.
        field: &'static str,
        /// Limit in characters.
        max: usize,
    },
    /// The period ends before it starts.
    #[error("the period ends before it starts")]
    PeriodReversed,
    /// An amount is negative or absurdly large.
    #[error("amount out of range")]
    AmountOutOfRange,
    /// The total would fall below what the budget lines already allocate.
    #[error("the total cannot be below what is already allocated")]
    TotalBelowAllocated {
        /// What the lines allocate.
        allocated: Money,
    },
    /// The new currency has fewer decimals and an amount would be rounded.
    #[error("changing currency would round an amount")]
    CurrencyWouldRound,
    /// A title or name is empty.
    #[error("the title cannot be empty")]
    EmptyTitle,
    /// No item with that id.
    #[error("no item {0}")]
    UnknownItem(ItemId),
    /// An id already in use.
    #[error("id {0} is already used")]
    DuplicateId(ItemId),
    /// An id at or past [`crate::domain::validate::limits::MAX_ID`]: the
    /// plan has handed out every id it may.
    #[error("no more ids for new items")]
    IdsExhausted,
    /// A KPI reference that is neither in the catalogue nor in the plan, or
    /// not one of the objective's KPIs.
    #[error("unknown KPI")]
    UnknownKpi,
    /// The same KPI twice on one objective.
    #[error("this KPI is already chosen")]
    KpiTwice,
    /// An item linked to more others than a plan ever needs.
    #[error("at most {max} links")]
    TooManyLinks {
        /// Limit.
        max: usize,
    },
    /// More KPIs on one objective than is useful.
    #[error("too many KPIs on one objective")]
    TooManyKpis,
    /// A custom KPI still used by an objective or a measurement.
    #[error("this KPI is still used")]
    KpiInUse,
    /// A value outside what its KPI's unit allows (a rate above 100%).
    #[error("value out of range")]
    ValueOutOfRange {
        /// Smallest value allowed.
        min: f64,
        /// Largest value allowed, if any.
        max: Option<f64>,
    },
    /// A deadline before the plan starts.
    #[error("the deadline is before the plan starts")]
    DeadlineBeforeStart,
    /// A deadline after the plan ends.
    #[error("the deadline is after the plan ends")]
    DeadlineAfterEnd,
    /// The budget lines would allocate more than the total.
    #[error("over the budget by {excess:?}")]
    OverBudget {
        /// By how much.
        excess: Money,
    },
    /// A locked cell cannot change until it is unlocked.
    #[error("this cell is locked")]
    CellLocked,
    /// Nothing left to distribute, or no unlocked cell to put it in.
    #[error("nothing to distribute")]
    NothingToDistribute,
    /// An end before its start.
    #[error("the end is before the start")]
    EndBeforeStart,
    /// A date outside the years a plan may hold (1900 to 2200).
    #[error("dates go from 1900 to 2200")]
    DateOutOfRange,
    /// A phasing span of no month, or absurdly long.
    #[error("a span needs 1 to 1200 months")]
    BadSpan,
    /// The locked cells alone are above the new total.
    #[error("the locked cells are above the new total")]
    LockedAboveTotal {
        /// What the locked cells hold.
        locked: Money,
    },
    /// A line with a fee cannot hold less than the fee.
    #[error("the line's fees are {fee:?}")]
    BelowFee {
        /// What the fee comes to.
        fee: Money,
    },
    /// Fees are time at prices excluding tax: the plan's amounts must be
    /// typed excluding tax while any line or action has one.
    #[error("fees need amounts excluding tax")]
    FeesExcludeTax,
    /// A rate that a line or an action still uses cannot go.
    #[error("rate {0} is still used")]
    RateInUse(ItemId),
    /// A kind of content that a line or an action still names cannot go.
    #[error("content {0} is still used")]
    ContentInUse(ItemId),
}

/// Refuses a date outside the years a plan may hold: validation refuses
/// it too, so a plan that took it could not be opened again.
pub(crate) fn check_date(day: chrono::NaiveDate) -> Result<(), CommandError> {
    if crate::domain::dates::in_range(day) {
        Ok(())
    } else {
        Err(CommandError::DateOutOfRange)
    }
}

/// Refuses a list of links longer than [`limits::LINKS`]: validation
/// refuses it too.
pub(crate) fn check_links(ids: &[ItemId]) -> Result<(), CommandError> {
    if ids.len() > limits::LINKS {
        Err(CommandError::TooManyLinks { max: limits::LINKS })
    } else {
        Ok(())
    }
}

pub(crate) fn check_len(field: &'static str, text: &str, max: usize) -> Result<(), CommandError> {
    if text.chars().count() > max {
        Err(CommandError::TooLong { field, max })
    } else {
        Ok(())
    }
}
