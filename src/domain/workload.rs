//! The in-house workload month by month: the hours the business's own team
//! puts in, which cost no cash but are one of the plan's success areas
//! ("internal workload"). Budget lines spread their hours like their money
//! (over their horizons' months); actions over the days they run.
//! Every month is a whole number of hundredths of an hour and the months
//! add up exactly to the hours entered.

use crate::domain::{
    budget::{monthly, split, Qty},
    timeline::occurrences,
    Money, Plan,
};
use chrono::{Datelike, NaiveDate};

/// One month of work.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthHours {
    /// First day of the month.
    pub month: NaiveDate,
    /// From the budget lines, in hundredths of an hour.
    pub lines: u64,
    /// From the actions, in hundredths of an hour.
    pub actions: u64,
}

impl MonthHours {
    /// Both together.
    pub fn total(&self) -> u64 {
        self.lines + self.actions
    }
}

/// The workload over the plan's months.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Workload {
    /// One row per month of the plan.
    pub months: Vec<MonthHours>,
    /// Hours of actions that fall wholly outside the plan's months, which no
    /// month shows.
    pub outside: u64,
}

impl Workload {
    /// Every hour entered inside the plan.
    pub fn total(&self) -> u64 {
        self.months.iter().map(MonthHours::total).sum()
    }

    /// The busiest month's hours.
    pub fn peak(&self) -> u64 {
        self.months.iter().map(MonthHours::total).max().unwrap_or(0)
    }
}

fn month_index(first: NaiveDate, day: NaiveDate) -> i64 {
    i64::from(day.year() - first.year()) * 12 + i64::from(day.month()) - i64::from(first.month())
}

/// The month-by-month hours of `plan`.
pub fn workload(plan: &Plan) -> Workload {
    let empty = monthly(&plan.period, [Money::ZERO; 3], &plan.budget.phasing);
    let mut months: Vec<MonthHours> = empty
        .iter()
        .map(|r| MonthHours {
            month: r.month,
            lines: 0,
            actions: 0,
        })
        .collect();
    let n = months.len();
    let Some(first) = months.first().map(|m| m.month) else {
        return Workload::default();
    };
    for line in &plan.budget.lines {
        let Some(Qty(hours)) = line.hours else {
            continue;
        };
        // Like its money: by horizon, then over each horizon's months; a
        // line with no money yet, over its regular months.
        let weights: Vec<u64> = line.amounts.iter().map(|m| m.0.max(0) as u64).collect();
        let by_horizon = if weights.iter().all(|w| *w == 0) {
            vec![0, i64::from(hours), 0]
        } else {
            split(i64::from(hours), &weights)
        };
        let rows = monthly(
            &plan.period,
            [
                Money(by_horizon[0]),
                Money(by_horizon[1]),
                Money(by_horizon[2]),
            ],
            &plan.budget.phasing,
        );
        for (i, row) in rows.iter().enumerate().take(n) {
            months[i].lines += row.amounts.iter().map(|m| m.0 as u64).sum::<u64>();
        }
    }
    let mut outside = 0;
    for action in &plan.actions {
        let Some(Qty(hours)) = action.hours else {
            continue;
        };
        let mut weights = vec![0u64; n];
        for (start, end) in occurrences(action, plan.period.end) {
            let mut day = start.max(plan.period.start);
            let last = end.min(plan.period.end);
            while day <= last {
                let i = month_index(first, day);
                if (0..n as i64).contains(&i) {
                    weights[i as usize] += 1;
                }
                day = match day.succ_opt() {
                    Some(d) => d,
                    None => break,
                };
            }
        }
        if weights.iter().all(|w| *w == 0) {
            outside += u64::from(hours);
            continue;
        }
        for (i, part) in split(i64::from(hours), &weights).into_iter().enumerate() {
            months[i].actions += part as u64;
        }
    }
    Workload { months, outside }
}
