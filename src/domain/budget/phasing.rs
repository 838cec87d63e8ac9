//! Monthly phasing: each horizon's column spread over months of the plan
//! period, exactly (largest remainder), for the timeline and the dashboard.

use crate::domain::{budget::split, Horizon, Money, Period};
use chrono::{Datelike, Months, NaiveDate};
use serde::{Deserialize, Serialize};

/// The months a horizon's money is spent over, counted from the plan's
/// first month. The default is the first month alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MonthSpan {
    /// First month, 0 being the month the plan starts in.
    pub first: u32,
    /// How many months (at least 1).
    pub months: u32,
}

impl Default for MonthSpan {
    fn default() -> Self {
        MonthSpan {
            first: 0,
            months: 1,
        }
    }
}

/// Longest span accepted, in months (a hundred years).
pub const MAX_MONTHS: u32 = 1_200;

/// Number of calendar months the period touches (at least 1).
pub fn month_count(period: &Period) -> u32 {
    let (s, e) = (period.start, period.end);
    let n = (e.year() - s.year()) * 12 + e.month() as i32 - s.month() as i32 + 1;
    n.clamp(1, MAX_MONTHS as i32) as u32
}

/// The usual span of a horizon over `n` months: immediate actions in the
/// first quarter, regular actions all along, the long term after the
/// first quarter (all along when the plan is that short).
pub fn default_span(h: Horizon, n: u32) -> MonthSpan {
    let quarter = n.min(3);
    match h {
        Horizon::Immediate => MonthSpan {
            first: 0,
            months: quarter,
        },
        Horizon::MediumTerm => MonthSpan {
            first: 0,
            months: n,
        },
        Horizon::LongTerm if n > 3 => MonthSpan {
            first: 3,
            months: n - 3,
        },
        Horizon::LongTerm => MonthSpan {
            first: 0,
            months: n,
        },
    }
}

/// `span` cut to the `n` months of the plan (never empty).
pub fn clamp(span: MonthSpan, n: u32) -> MonthSpan {
    let first = span.first.min(n.saturating_sub(1));
    MonthSpan {
        first,
        months: span.months.clamp(1, n - first),
    }
}

/// One month of the phasing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MonthRow {
    /// First day of the month.
    pub month: NaiveDate,
    /// What each horizon spends that month.
    pub amounts: [Money; 3],
}

/// Spreads each horizon's total over its span, month by month. The months
/// of a horizon add up exactly to its total.
pub fn monthly(
    period: &Period,
    by_horizon: [Money; 3],
    spans: &[Option<MonthSpan>; 3],
) -> Vec<MonthRow> {
    let n = month_count(period);
    let first_month = period.start.with_day(1).unwrap_or(period.start);
    let mut rows: Vec<MonthRow> = (0..n)
        .map(|i| MonthRow {
            month: first_month
                .checked_add_months(Months::new(i))
                .unwrap_or(first_month),
            amounts: [Money::ZERO; 3],
        })
        .collect();
    for (h, horizon) in Horizon::ALL.iter().enumerate() {
        let span = clamp(spans[h].unwrap_or_else(|| default_span(*horizon, n)), n);
        let parts = split(by_horizon[h].0, &vec![1; span.months as usize]);
        for (k, part) in parts.into_iter().enumerate() {
            rows[span.first as usize + k].amounts[h] = Money(part);
        }
    }
    rows
}

#[cfg(test)]
// Amounts are written francs_centimes (10_000_01 is CHF 10'000.01).
#[allow(clippy::inconsistent_digit_grouping)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn each_horizon_is_spread_exactly_over_its_months() {
        let period = Period {
            start: d(2027, 1, 15),
            end: d(2027, 12, 31),
        };
        assert_eq!(month_count(&period), 12);
        let rows = monthly(
            &period,
            [Money(10_000_01), Money(15_000_00), Money(25_000_00)],
            &[None, None, None],
        );
        assert_eq!(rows.len(), 12);
        assert_eq!(rows[0].month, d(2027, 1, 1));
        for h in 0..3 {
            let sum: i64 = rows.iter().map(|r| r.amounts[h].0).sum();
            assert_eq!(sum, [10_000_01, 15_000_00, 25_000_00][h]);
        }
        assert_eq!(
            rows[0].amounts[0],
            Money(3_333_34),
            "the extra centime goes first"
        );
        assert_eq!(
            rows[3].amounts[0],
            Money::ZERO,
            "immediate actions end after the first quarter"
        );
        assert_eq!(
            rows[2].amounts[2],
            Money::ZERO,
            "the long term starts after it"
        );
        let custom = [
            Some(MonthSpan {
                first: 10,
                months: 6,
            }),
            None,
            None,
        ];
        let rows = monthly(&period, [Money(1_00), Money::ZERO, Money::ZERO], &custom);
        assert_eq!(
            rows[10].amounts[0].0 + rows[11].amounts[0].0,
            1_00,
            "a span past the end is cut to the period"
        );
    }

    #[test]
    fn short_plans_keep_every_horizon_inside() {
        let period = Period {
            start: d(2027, 3, 1),
            end: d(2027, 4, 10),
        };
        assert_eq!(month_count(&period), 2);
        assert_eq!(
            default_span(Horizon::LongTerm, 2),
            MonthSpan {
                first: 0,
                months: 2
            }
        );
        assert_eq!(
            default_span(Horizon::Immediate, 2),
            MonthSpan {
                first: 0,
                months: 2
            }
        );
    }
}
