//! Numbers typed by people for KPI values (rates, counts, durations), and
//! the conversion between what they type and what a plan stores.
//!
//! A plan stores a rate as a fraction (0.025) and a duration in seconds; a
//! person types "2,5 %" and "3 min". Money amounts have their own exact
//! parser ([`crate::domain::parse_money`]); KPI values are measurements and
//! targets, never sums, so they are `f64`.

use crate::domain::Unit;
use thiserror::Error;

/// Why a typed number was refused.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum NumberError {
    /// Nothing typed.
    #[error("empty")]
    Empty,
    /// Letters or misplaced separators (`12a`, `1e20`, `1.2.3`).
    #[error("not a number")]
    NotANumber,
    /// More digits than any KPI needs.
    #[error("too large")]
    TooLarge,
}

/// Parses a decimal number as people write it in French and English:
/// `2.5`, `2,5`, `12'500`, `12 500,75`, `-3`, `+20 %`. Refuses letters
/// (including exponents such as `1e20`), `NaN` and `inf`.
///
/// Separators: when both `.` and `,` appear, the last one is the decimal
/// point. A lone separator is a decimal point, except when it is followed by
/// exactly three digits after a non-zero integer part (`1,200` is twelve
/// hundred; `0,125` is an eighth).
pub fn parse_decimal(text: &str) -> Result<f64, NumberError> {
    let s: String = text
        .trim()
        .trim_end_matches('%')
        .chars()
        .filter(|c| !matches!(c, ' ' | '\'' | '’' | '\u{a0}' | '\u{202f}' | '_'))
        .collect();
    if s.is_empty() {
        return Err(NumberError::Empty);
    }
    let (negative, digits) = match s.strip_prefix('-').or_else(|| s.strip_prefix('−')) {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(&s)),
    };
    if digits.is_empty()
        || !digits
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(NumberError::NotANumber);
    }
    let dots = digits.matches('.').count();
    let commas = digits.matches(',').count();
    let decimal = match (dots, commas) {
        (0, 0) => None,
        (_, 0) | (0, _) => {
            let sep = if dots > 0 { '.' } else { ',' };
            let (int, frac) = digits.rsplit_once(sep).unwrap_or((digits, ""));
            let grouping = dots + commas > 1
                || (frac.len() == 3 && !int.trim_start_matches(['0', '.', ',']).is_empty());
            (!grouping).then_some(sep)
        }
        _ => Some(if digits.rfind('.') > digits.rfind(',') {
            '.'
        } else {
            ','
        }),
    };
    let (int, frac) = match decimal {
        Some(sep) => digits.rsplit_once(sep).unwrap_or((digits, "")),
        None => (digits, ""),
    };
    if frac.contains(['.', ',']) {
        return Err(NumberError::NotANumber);
    }
    let groups: Vec<&str> = int.split(['.', ',']).collect();
    if groups.len() > 1 && (groups[0].is_empty() || groups.iter().skip(1).any(|g| g.len() != 3)) {
        return Err(NumberError::NotANumber);
    }
    let int = groups.concat();
    if int.is_empty() && frac.is_empty() {
        return Err(NumberError::NotANumber);
    }
    if int.trim_start_matches('0').len() > 15 {
        return Err(NumberError::TooLarge);
    }
    let value: f64 = format!(
        "{}.{}",
        if int.is_empty() { "0" } else { &int },
        if frac.is_empty() { "0" } else { frac }
    )
    .parse()
    .map_err(|_| NumberError::NotANumber)?;
    Ok(if negative { -value } else { value })
}

/// What a person types for a KPI of `unit`, in the unit they think in:
/// percent for rates (2.5 for 2.5%), minutes for durations.
pub fn from_typed(unit: Unit, typed: f64) -> f64 {
    match unit {
        Unit::Percent => typed / 100.0,
        Unit::Duration => typed * 60.0,
        _ => typed,
    }
}

/// The inverse of [`from_typed`]: a stored value as a person types it.
pub fn to_typed(unit: Unit, stored: f64) -> f64 {
    match unit {
        Unit::Percent => stored * 100.0,
        Unit::Duration => stored / 60.0,
        _ => stored,
    }
}

/// `value` as it is shown with `decimals` decimals: rounded half away from
/// zero, and never a negative zero (−0.004 shown with one decimal is 0, not
/// "−0"). Not a finite number is returned as it is.
pub fn round_shown(value: f64, decimals: u32) -> f64 {
    let scale = 10f64.powi(decimals.min(15) as i32);
    let rounded = (value * scale).round() / scale;
    if rounded == 0.0 {
        0.0
    } else {
        rounded
    }
}

/// A count of things (orders, clicks, visits, customers) as it is shown:
/// the nearest whole number, never "27.7 orders".
pub fn whole(value: f64) -> f64 {
    round_shown(value, 0)
}

/// The decimals a percentage shows: one (12.5 %), or two for a rate that
/// one decimal would show as 0 or 0.1 (a display ad's 0.05 % click rate).
pub fn percent_decimals(points: f64) -> u32 {
    if points != 0.0 && points.abs() < 0.095 {
        2
    } else {
        1
    }
}

/// A fraction (0.125) as the percentage points it shows (12.5): at most
/// one decimal, see [`percent_decimals`], never a negative zero.
pub fn shown_percent(fraction: f64) -> f64 {
    let points = fraction * 100.0;
    round_shown(points, percent_decimals(points))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_usual_ways_of_writing_numbers() {
        let cases = [
            ("2.5", 2.5),
            ("2,5", 2.5),
            ("2,5 %", 2.5),
            ("+20%", 20.0),
            ("-10", -10.0),
            ("12'500", 12_500.0),
            ("12 500,75", 12_500.75),
            ("12,500.75", 12_500.75),
            ("12.500,75", 12_500.75),
            ("1,200", 1_200.0),
            ("0,125", 0.125),
            (".5", 0.5),
            ("1.234.567", 1_234_567.0),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_decimal(text), Ok(expected), "{text}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_number() {
        for text in [
            "", " ", "%", "12a", "1e20", "NaN", "inf", "1.2.3", "--1", "1,00,5", ",", "-", ".,",
        ] {
            assert!(parse_decimal(text).is_err(), "{text:?} accepted");
        }
        assert_eq!(
            parse_decimal("9999999999999999999"),
            Err(NumberError::TooLarge)
        );
    }

    #[test]
    fn numbers_show_without_false_precision_or_negative_zero() {
        assert_eq!(whole(27.7), 28.0);
        assert_eq!(whole(27.5), 28.0);
        assert_eq!(whole(-27.5), -28.0);
        assert_eq!(whole(0.4), 0.0);
        assert!(whole(-0.4).is_sign_positive(), "negative zero");
        assert!(round_shown(-0.0, 1).is_sign_positive());
        assert!(round_shown(-0.04, 1).is_sign_positive());
        assert_eq!(round_shown(2.449, 1), 2.4);
        assert_eq!(round_shown(-2.45, 0), -2.0);
        assert!(round_shown(f64::NAN, 1).is_nan());
        assert_eq!(shown_percent(0.12549), 12.5);
        assert_eq!(shown_percent(0.0818), 8.2);
        assert_eq!(shown_percent(1.0), 100.0);
        assert_eq!(shown_percent(0.0005), 0.05);
        assert_eq!(shown_percent(-0.0004), -0.04);
        assert!(shown_percent(-0.00001).is_sign_positive(), "−0 %");
        assert_eq!(shown_percent(-0.003), -0.3);
    }

    #[test]
    fn typed_values_convert_to_stored_units_and_back() {
        assert_eq!(from_typed(Unit::Percent, 2.5), 0.025);
        assert_eq!(from_typed(Unit::Duration, 3.0), 180.0);
        assert_eq!(from_typed(Unit::Count, 42.0), 42.0);
        for unit in [
            Unit::Percent,
            Unit::Duration,
            Unit::Count,
            Unit::Money,
            Unit::Ratio,
            Unit::Position,
        ] {
            let back = to_typed(unit, from_typed(unit, 12.5));
            assert!((back - 12.5).abs() < 1e-9, "{unit:?}");
        }
    }
}
