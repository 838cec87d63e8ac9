//! The five-stage conversion funnel: counts per stage, stage-to-stage
//! conversion and drop-off, the weakest stage, and counts that grow down the
//! funnel flagged as an input error.

use crate::domain::{
    catalogue::FunnelStage,
    number::{parse_decimal, NumberError},
};
use serde::{Deserialize, Serialize};

/// One row of counts: the whole business, or one channel.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FunnelRow {
    /// Channel or segment; empty for "all channels".
    #[serde(default)]
    pub label: String,
    /// Users at each stage, in [`FunnelStage::ALL`] order.
    #[serde(default)]
    pub counts: [Option<u64>; 5],
}

/// Largest count accepted at a stage.
pub const MAX_COUNT: u64 = 1_000_000_000_000;

/// What the counts of a row say.
#[derive(Clone, Debug, PartialEq)]
pub struct FunnelReport {
    /// Conversion from each stage to the next (4 values), when both counts
    /// are known and the first is not zero.
    pub conversion: [Option<f64>; 4],
    /// Index of the step (0..4) with the lowest conversion, if any.
    pub weakest: Option<usize>,
    /// Steps whose count grows from one stage to the next (an input error:
    /// nobody reaches a stage without going through the one before).
    pub grows: Vec<usize>,
}

/// Reads a row of counts.
pub fn report(row: &FunnelRow) -> FunnelReport {
    let mut conversion = [None; 4];
    let mut grows = Vec::new();
    for (i, pair) in row.counts.windows(2).enumerate() {
        if let [Some(a), Some(b)] = *pair {
            if b > a {
                grows.push(i);
            } else if a > 0 {
                conversion[i] = Some(b as f64 / a as f64);
            }
        }
    }
    let weakest = if grows.is_empty() {
        conversion
            .iter()
            .enumerate()
            .filter_map(|(i, c)| c.map(|c| (i, c)))
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(i, _)| i)
    } else {
        None
    };
    FunnelReport {
        conversion,
        weakest,
        grows,
    }
}

/// Each stage's count as a share of the largest one, for a chart: `None`
/// for a stage with no count; all `None` when nothing is entered or every
/// count is zero (there is nothing to draw).
pub fn shares(row: &FunnelRow) -> [Option<f64>; 5] {
    let max = row.counts.iter().flatten().copied().max().unwrap_or(0);
    if max == 0 {
        return [None; 5];
    }
    row.counts.map(|c| c.map(|c| c as f64 / max as f64))
}

/// The rows the funnel shows: the plan's, or while it has none, one row for
/// all channels (stored on its first edit).
pub fn shown_rows(funnel: &[FunnelRow]) -> Vec<FunnelRow> {
    if funnel.is_empty() {
        vec![FunnelRow::default()]
    } else {
        funnel.to_vec()
    }
}

/// `rows` with `row` added last; an untouched all-channels row alone is
/// replaced rather than kept empty beside it.
pub fn with_row(mut rows: Vec<FunnelRow>, row: FunnelRow) -> Vec<FunnelRow> {
    if rows.len() == 1 && rows[0] == FunnelRow::default() {
        rows.clear();
    }
    rows.push(row);
    rows
}

/// A count typed at a stage: nothing when the text is empty (the count is
/// cleared), else a whole number from 0 to [`MAX_COUNT`]; `Err` for
/// anything else.
pub fn parse_count(typed: &str) -> Result<Option<u64>, CountError> {
    match parse_decimal(typed) {
        Err(NumberError::Empty) => Ok(None),
        Ok(v) if v >= 0.0 && v.fract() == 0.0 && v <= MAX_COUNT as f64 => Ok(Some(v as u64)),
        _ => Err(CountError),
    }
}

/// A typed count that is not a whole number from 0 to [`MAX_COUNT`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CountError;

/// The stage a step starts from.
pub fn step_from(i: usize) -> FunnelStage {
    FunnelStage::ALL[i.min(4)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fifth_stage_keeps_the_methods_name_and_its_stored_key() {
        let last = FunnelStage::ALL[4];
        assert_eq!(last.name().fr, "Rétention");
        assert_eq!(last.name().en, "Retention / referral");
        // Plans saved before still read: the stored key does not change.
        assert_eq!(
            serde_json::to_string(&last).ok().as_deref(),
            Some("\"referral\"")
        );
        assert_eq!(
            serde_json::from_str::<FunnelStage>("\"referral\"").ok(),
            Some(FunnelStage::Referral)
        );
    }

    #[test]
    fn conversion_drop_off_and_the_weakest_stage() {
        let row = FunnelRow {
            label: String::new(),
            counts: [Some(10_000), Some(2_000), Some(250), Some(100), Some(10)],
        };
        let r = report(&row);
        assert_eq!(r.conversion, [Some(0.2), Some(0.125), Some(0.4), Some(0.1)]);
        assert_eq!(r.weakest, Some(3));
        assert!(r.grows.is_empty());
    }

    #[test]
    fn a_chart_draws_each_known_count_against_the_largest_and_nothing_for_an_empty_row() {
        let row = FunnelRow {
            label: String::new(),
            counts: [Some(2_000), Some(500), None, Some(2), Some(0)],
        };
        assert_eq!(
            shares(&row),
            [Some(1.0), Some(0.25), None, Some(0.001), Some(0.0)]
        );
        assert_eq!(shares(&FunnelRow::default()), [None; 5]);
        let zeros = FunnelRow {
            label: String::new(),
            counts: [Some(0); 5],
        };
        assert_eq!(shares(&zeros), [None; 5], "nothing to draw");
    }

    #[test]
    fn an_empty_funnel_shows_one_row_that_a_forecast_row_replaces() {
        let shown = shown_rows(&[]);
        assert_eq!(shown, [FunnelRow::default()]);
        let seo = FunnelRow {
            label: "SEO".into(),
            counts: [Some(10), None, None, None, None],
        };
        assert_eq!(with_row(shown, seo.clone()), std::slice::from_ref(&seo));
        // A row with anything in it is kept.
        let typed = FunnelRow {
            label: String::new(),
            counts: [Some(5), None, None, None, None],
        };
        let one = std::slice::from_ref(&typed);
        assert_eq!(shown_rows(one), one);
        assert_eq!(
            with_row(vec![typed.clone()], seo.clone()),
            [typed.clone(), seo.clone()]
        );
        let two = vec![FunnelRow::default(), typed];
        assert_eq!(with_row(two.clone(), seo).len(), 3, "two rows are kept");
    }

    #[test]
    fn a_count_is_a_whole_number_up_to_the_largest_or_nothing() {
        assert_eq!(parse_count(""), Ok(None));
        assert_eq!(parse_count("  "), Ok(None));
        assert_eq!(parse_count("0"), Ok(Some(0)));
        assert_eq!(parse_count("12'500"), Ok(Some(12_500)));
        assert_eq!(parse_count("1000000000000"), Ok(Some(MAX_COUNT)));
        for refused in ["1000000000001", "2.5", "-1", "many"] {
            assert_eq!(parse_count(refused), Err(CountError), "{refused}");
        }
    }

    #[test]
    fn counts_growing_down_the_funnel_are_flagged() {
        let row = FunnelRow {
            label: "SEO".into(),
            counts: [Some(100), Some(300), None, Some(0), Some(0)],
        };
        let r = report(&row);
        assert_eq!(r.grows, vec![0]);
        assert_eq!(
            r.weakest, None,
            "no weakest stage while the counts are wrong"
        );
        assert_eq!(r.conversion[2], None, "a missing count gives no conversion");
        assert_eq!(
            r.conversion[3], None,
            "zero users at a stage: nothing to convert"
        );
    }
}
