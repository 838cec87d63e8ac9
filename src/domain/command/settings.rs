//! Checks of the forecast and funnel settings before they replace the plan's.

use super::{check_len, CommandError};
use crate::domain::validate::limits;

/// Refuses forecast figures no business has: negative costs, rates above
/// 100%, and more than 20 scenarios.
pub(super) fn check_forecast(f: &crate::domain::forecast::Forecast) -> Result<(), CommandError> {
    let rate = |v: Option<f64>| v.is_none_or(|v| v.is_finite() && (0.0..=1.0).contains(&v));
    let amount = |v: Option<f64>| v.is_none_or(|v| v.is_finite() && (0.0..=1e12).contains(&v));
    let scenarios_ok = f.scenarios.len() <= 20
        && !f.scenarios.is_empty()
        && f.scenarios.iter().all(|s| {
            amount(s.cpc)
                && rate(s.ctr)
                && rate(s.conversion_rate)
                && s.name.chars().count() <= limits::SHORT_TEXT
        });
    if !(amount(f.aov)
        && rate(f.margin)
        && rate(f.paid_share)
        && scenarios_ok
        && f.active < f.scenarios.len())
    {
        return Err(CommandError::ValueOutOfRange {
            min: 0.0,
            max: None,
        });
    }
    Ok(())
}

/// Refuses more than 50 funnel rows, long labels and absurd counts.
pub(super) fn check_funnel(rows: &[crate::domain::funnel::FunnelRow]) -> Result<(), CommandError> {
    let max = crate::domain::funnel::MAX_COUNT;
    if rows.len() > 50 {
        return Err(CommandError::TooLong {
            field: "funnel",
            max: 50,
        });
    }
    for r in rows {
        check_len("funnel.label", &r.label, limits::SHORT_TEXT)?;
        if r.counts.iter().flatten().any(|c| *c > max) {
            return Err(CommandError::ValueOutOfRange {
                min: 0.0,
                max: Some(max as f64),
            });
        }
    }
    Ok(())
}
