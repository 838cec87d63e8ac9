//! Changing an action's dates: where a drag on the Gantt lands, snapped to
//! days, weeks or months, and the rule every change of dates keeps (the
//! action form, a drag, the arrow keys): an action does not leave the plan
//! period, or go further out of it than it already is.
//!
//! Budget lines have no part in the rule: an action commits its whole cost
//! to its line whatever its dates ([`timeline::committed`]), and the
//! monthly phasing spreads each horizon's money over the plan's months for
//! the plan as a whole, never per line or per action. No change of dates
//! can over-commit a line, so over-committed lines stay a warning.
//!
//! [`timeline::committed`]: crate::domain::timeline::committed

use crate::domain::{dates, timeline::occurrences, Action, Period, Plan};
use chrono::{Duration, Months, NaiveDate};

/// What a drag snaps to. The chart's week scale snaps to days, its month
/// scale to weeks, its quarter scale to calendar months.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Snap {
    /// Whole days.
    Day,
    /// Whole weeks (the day of the week is kept).
    Week,
    /// Whole calendar months (the day of the month is kept, or the month's
    /// last day when it has fewer).
    Month,
}

/// The part of a bar a drag holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grip {
    /// The whole bar: both dates move together.
    Whole,
    /// Its first day.
    Start,
    /// Its last day.
    End,
}

/// Most steps a drag counts either way (far past the years a plan holds).
const MAX_STEPS: f64 = 1_000_000.0;

/// The number of whole steps of `snap` nearest to `days`, a pointer's
/// travel in days (negative: earlier).
pub fn steps(days: f64, snap: Snap) -> i64 {
    let unit = match snap {
        Snap::Day => 1.0,
        Snap::Week => 7.0,
        Snap::Month => 365.2425 / 12.0,
    };
    let n = (days / unit).round();
    if n.is_finite() {
        n.clamp(-MAX_STEPS, MAX_STEPS) as i64
    } else {
        0
    }
}

/// `day` moved by `n` steps of `snap`; `None` outside the years a plan may
/// hold.
pub fn step(day: NaiveDate, n: i64, snap: Snap) -> Option<NaiveDate> {
    let moved = match snap {
        Snap::Day => day.checked_add_signed(Duration::try_days(n)?),
        Snap::Week => day.checked_add_signed(Duration::try_weeks(n)?),
        Snap::Month => {
            let months = Months::new(u32::try_from(n.unsigned_abs()).ok()?);
            if n >= 0 {
                day.checked_add_months(months)
            } else {
                day.checked_sub_months(months)
            }
        }
    }?;
    dates::in_range(moved).then_some(moved)
}

/// `action` dragged by `n` steps of `snap` by `grip`: moved whole, or one
/// of its ends moved, held at the other end (a one-day action at least).
/// `None` when a day would leave the years a plan may hold.
pub fn dragged(action: &Action, grip: Grip, n: i64, snap: Snap) -> Option<Action> {
    let mut moved = action.clone();
    match grip {
        Grip::Whole => {
            moved.start = step(action.start, n, snap)?;
            moved.end = step(action.end, n, snap)?;
        }
        Grip::Start => moved.start = step(action.start, n, snap)?.min(action.end),
        Grip::End => moved.end = step(action.end, n, snap)?.max(action.start),
    }
    Some(moved)
}

/// Why a change of dates is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateRefusal {
    /// The action would leave the plan period (this one), or go further
    /// out of it.
    LeavesPeriod(Period),
}

/// The days of `action`, all its occurrences together, outside `period`.
pub fn days_outside(action: &Action, period: &Period) -> i64 {
    occurrences(action, period.end)
        .iter()
        .map(|(s, e)| {
            // An end before the start (which the command refuses) counts none.
            let length = ((*e - *s).num_days() + 1).max(0);
            let before = (period.start - *s).num_days().clamp(0, length);
            let after = (*e - period.end).num_days().clamp(0, length);
            (before + after).min(length)
        })
        .sum()
}

/// The rule of every change of dates: `after` may not have more days
/// outside the plan period than `before` had (`None`: a new action, which
/// had none). An action already out of the period stays editable, and may
/// come back in; only a change that takes it further out is refused.
pub fn check_dates(
    plan: &Plan,
    before: Option<&Action>,
    after: &Action,
) -> Result<(), DateRefusal> {
    let was = before.map_or(0, |b| days_outside(b, &plan.period));
    if days_outside(after, &plan.period) > was {
        Err(DateRefusal::LeavesPeriod(plan.period))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests;
