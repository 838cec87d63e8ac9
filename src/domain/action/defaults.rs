//! What a new action takes from what the plan already knows: its dates from
//! its horizon inside the plan period, and its horizon, delivery and
//! objectives from its budget line (its channel follows the line by itself,
//! see [`crate::domain::timeline::channel_of`]).

use crate::domain::{
    budget::{default_span, month_count, MonthSpan},
    Action, BudgetLine, Delivery, Every, Horizon, ItemId, Period, Recurrence,
};
use chrono::{Datelike, Months, NaiveDate};

/// When an action takes place: its first and last day, and how it repeats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Schedule {
    /// First day (of the first occurrence).
    pub start: NaiveDate,
    /// Last day (of the first occurrence).
    pub end: NaiveDate,
    /// How it repeats, if it does.
    pub recurrence: Option<Recurrence>,
}

impl Schedule {
    /// The schedule `action` has now.
    pub fn of(action: &Action) -> Schedule {
        Schedule {
            start: action.start,
            end: action.end,
            recurrence: action.recurrence,
        }
    }

    /// Gives `action` this schedule.
    pub fn set_on(self, action: &mut Action) {
        action.start = self.start;
        action.end = self.end;
        action.recurrence = self.recurrence;
    }
}

/// `day` held inside `period`.
pub fn clamp_to(period: &Period, day: NaiveDate) -> NaiveDate {
    day.clamp(period.start, period.end.max(period.start))
}

/// The first and last day of the months `span` of `period` (month 0 being
/// the one the plan starts in), held inside the period.
pub fn span_days(period: &Period, span: MonthSpan) -> (NaiveDate, NaiveDate) {
    let first_month = period.start.with_day(1).unwrap_or(period.start);
    let from = first_month
        .checked_add_months(Months::new(span.first))
        .unwrap_or(period.end);
    let to = first_month
        .checked_add_months(Months::new(span.first.saturating_add(span.months)))
        .and_then(|d| d.pred_opt())
        .unwrap_or(period.end);
    let start = clamp_to(period, from);
    (start, clamp_to(period, to).max(start))
}

/// Where a new action of `horizon` falls in `period`, from the horizon's
/// usual months ([`default_span`]): an immediate action over the plan's
/// first month, a regular (medium-term) one each month from the plan's
/// start, one day each time, and a long-term one over the months after the
/// first quarter. Without a horizon: the single day `today`, held inside
/// the period.
pub fn horizon_schedule(horizon: Option<Horizon>, period: &Period, today: NaiveDate) -> Schedule {
    let n = month_count(period);
    let Some(h) = horizon else {
        let day = clamp_to(period, today);
        return Schedule {
            start: day,
            end: day,
            recurrence: None,
        };
    };
    let span = default_span(h, n);
    let (start, end, recurrence) = match h {
        Horizon::Immediate => {
            let (start, _) = span_days(period, span);
            let month_on = start
                .checked_add_months(Months::new(1))
                .and_then(|d| d.pred_opt())
                .unwrap_or(start);
            (start, clamp_to(period, month_on), None)
        }
        Horizon::MediumTerm => {
            let (start, _) = span_days(period, span);
            let every = Recurrence {
                every: Every::Month,
                until: None,
            };
            (start, start, Some(every))
        }
        Horizon::LongTerm => {
            let (start, end) = span_days(period, span);
            (start, end, None)
        }
    };
    Schedule {
        start,
        end,
        recurrence,
    }
}

/// The horizon a budget line mostly funds: the one with its largest
/// amount (the earliest on a tie); `None` when it allocates nothing.
pub fn line_horizon(line: &BudgetLine) -> Option<Horizon> {
    let (best, amount) =
        line.amounts
            .iter()
            .enumerate()
            .fold((0, line.amounts[0]), |(bi, bm), (i, m)| {
                if *m > bm {
                    (i, *m)
                } else {
                    (bi, bm)
                }
            });
    (amount.0 > 0).then(|| Horizon::ALL[best])
}

/// What an action takes from its budget line (the defaults when it has none).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FromLine {
    /// The horizon the line mostly funds.
    pub horizon: Option<Horizon>,
    /// In-house or consultant.
    pub delivery: Delivery,
    /// The objectives the line serves.
    pub objectives: Vec<ItemId>,
}

impl FromLine {
    /// What `line` gives; the defaults for no line.
    pub fn of(line: Option<&BudgetLine>) -> FromLine {
        line.map_or_else(FromLine::default, |l| FromLine {
            horizon: line_horizon(l),
            delivery: l.delivery,
            objectives: l.objectives.clone(),
        })
    }
}

/// Sets a new action's horizon; its dates and repeat follow when they are
/// still what its previous horizon gave ([`horizon_schedule`]), so dates
/// the person chose stay.
pub fn set_horizon(
    action: &mut Action,
    horizon: Option<Horizon>,
    period: &Period,
    today: NaiveDate,
) {
    if Schedule::of(action) == horizon_schedule(action.horizon, period, today) {
        horizon_schedule(horizon, period, today).set_on(action);
    }
    action.horizon = horizon;
}

/// Puts a new action on `line` (`None`: no line). Its horizon, delivery and
/// objectives follow the line when they are still at their defaults or
/// still what the previous line gave; its dates follow its horizon the same
/// way ([`set_horizon`]). What the person chose stays.
pub fn follow_line(
    action: &mut Action,
    previous: Option<&BudgetLine>,
    line: Option<&BudgetLine>,
    period: &Period,
    today: NaiveDate,
) {
    let (old, new, blank) = (
        FromLine::of(previous),
        FromLine::of(line),
        FromLine::default(),
    );
    action.budget_line = line.map(|l| l.id);
    if action.horizon == old.horizon || action.horizon == blank.horizon {
        set_horizon(action, new.horizon, period, today);
    }
    if action.delivery == old.delivery || action.delivery == blank.delivery {
        action.delivery = new.delivery;
    }
    if action.objectives == old.objectives || action.objectives == blank.objectives {
        action.objectives = new.objectives;
    }
    if line.is_some_and(|l| action.channel.as_ref() == Some(&l.channel)) {
        // The line's own channel: stored as "the line's", so it follows the line.
        action.channel = None;
    }
}

/// A new action on `line`, dated from the line's horizon inside the plan.
pub fn action_for_line(id: ItemId, line: &BudgetLine, period: &Period, today: NaiveDate) -> Action {
    let mut action = Action::new(id, "", clamp_to(period, today));
    follow_line(&mut action, None, Some(line), period, today);
    action
}

#[cfg(test)]
#[path = "defaults_tests.rs"]
mod tests;
