//! The range of dates a plan may hold, and date arithmetic that stays in it.
//!
//! chrono accepts years from -262'143 to +262'142; adding a day to its last
//! date panics. Nobody plans marketing outside 1900-2200, so a plan's dates
//! are held to that range (validation refuses the rest, every command that
//! sets a date too), and what the timeline computes from them never comes
//! near chrono's limits.

use chrono::{Months, NaiveDate, TimeDelta};

/// First year a plan's date may fall in.
pub const FIRST_YEAR: i32 = 1900;
/// Last year a plan's date may fall in.
pub const LAST_YEAR: i32 = 2200;

/// The first day a plan may hold: 1 January [`FIRST_YEAR`].
pub fn earliest() -> NaiveDate {
    NaiveDate::from_ymd_opt(FIRST_YEAR, 1, 1).unwrap_or(NaiveDate::MIN)
}

/// The last day a plan may hold: 31 December [`LAST_YEAR`].
pub fn latest() -> NaiveDate {
    NaiveDate::from_ymd_opt(LAST_YEAR, 12, 31).unwrap_or(NaiveDate::MAX)
}

/// Whether `day` is inside the range a plan may hold.
pub fn in_range(day: NaiveDate) -> bool {
    earliest() <= day && day <= latest()
}

/// `day` moved by `weeks` (negative: earlier), or `None` when the result
/// leaves the range a plan may hold.
pub fn shift_weeks(day: NaiveDate, weeks: i64) -> Option<NaiveDate> {
    let by = TimeDelta::try_weeks(weeks)?;
    day.checked_add_signed(by).filter(|d| in_range(*d))
}

/// `day` plus `delta`, held at chrono's first or last day instead of
/// panicking (for drawing: a date past the range is never stored).
pub fn add_saturating(day: NaiveDate, delta: TimeDelta) -> NaiveDate {
    day.checked_add_signed(delta).unwrap_or_else(|| {
        if delta < TimeDelta::zero() {
            NaiveDate::MIN
        } else {
            NaiveDate::MAX
        }
    })
}

/// `day` plus `months`, held at chrono's last day instead of failing.
pub fn add_months_saturating(day: NaiveDate, months: u32) -> NaiveDate {
    day.checked_add_months(Months::new(months))
        .unwrap_or(NaiveDate::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_range_is_1900_to_2200_and_arithmetic_never_panics_at_chronos_limits() {
        assert_eq!(earliest().to_string(), "1900-01-01");
        assert_eq!(latest().to_string(), "2200-12-31");
        assert!(in_range(latest()) && !in_range(latest().succ_opt().unwrap()));
        assert!(!in_range(earliest().pred_opt().unwrap()));
        assert_eq!(shift_weeks(latest(), 1), None);
        assert_eq!(shift_weeks(NaiveDate::MAX, i64::MAX), None);
        assert_eq!(shift_weeks(NaiveDate::MIN, i64::MIN), None);
        assert_eq!(
            add_saturating(NaiveDate::MAX, TimeDelta::days(1)),
            NaiveDate::MAX
        );
        assert_eq!(
            add_saturating(NaiveDate::MIN, TimeDelta::days(-1)),
            NaiveDate::MIN
        );
        assert_eq!(add_months_saturating(NaiveDate::MAX, 3), NaiveDate::MAX);
    }
}
