//! Checks of the forecast and funnel settings before they replace the plan's.

use super::{check_len, CommandError};
use crate::domain::validate::limits;

/// Refuses forecast figures no business has: negative costs, rates above
/// 100%, and more than 20 scenarios.
pub(super) fn check_forecast(f: &crate::domain::forecast::Forecast) -> Result<(), CommandError> {
    let names = f
        .scenarios
        .iter()
        .all(|s| s.name.chars().count() <= limits::SHORT_TEXT);
    if !(f.in_range() && names) {
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
