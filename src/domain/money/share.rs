//! A percentage of an amount, in integers: what "12.5 % of the total"
//! typed in the budget table is in centimes.

use super::Money;
use crate::domain::number::{parse_decimal, NumberError};
use thiserror::Error;

/// A share of a whole, from 0 % to 100 %, held exactly as a whole number of
/// 10⁻¹⁵ percent (12.5 % is 12'500'000'000'000'000).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Percent(u64);

/// Why a typed percentage was refused.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum PercentError {
    /// Not a number ([`parse_decimal`]'s reason).
    #[error("{0}")]
    Number(NumberError),
    /// A number below 0 or above 100.
    #[error("out of range 0-100")]
    OutOfRange,
}

impl Percent {
    /// Decimals of a percent that a `Percent` holds.
    pub const DECIMALS: u32 = 15;
    /// One percent in the units of a `Percent`.
    const ONE: u64 = 10u64.pow(Self::DECIMALS);
    /// Nothing.
    pub const ZERO: Percent = Percent(0);
    /// The whole.
    pub const HUNDRED: Percent = Percent(100 * Self::ONE);

    /// `bp` basis points (1 % = 100), `None` above 10'000 (100 %).
    pub fn from_bp(bp: u32) -> Option<Percent> {
        (bp <= 10_000).then(|| Percent(u64::from(bp) * (Self::ONE / 100)))
    }

    /// A percentage as a person types it, with [`parse_decimal`]'s rules
    /// (`12.5`, `12,5`, `12.5 %`), refused below 0 or above 100.
    ///
    /// The number is read to [`Percent::DECIMALS`] decimals, the last one
    /// rounded half up: a percentage of up to 15 significant digits is held
    /// exactly (`33.3333` is 33.3333 %, not the float nearest to it).
    pub fn parse(text: &str) -> Result<Percent, PercentError> {
        let value = parse_decimal(text).map_err(PercentError::Number)?;
        if !(0.0..=100.0).contains(&value) {
            return Err(PercentError::OutOfRange);
        }
        // `-0` is zero; Rust writes any other float in 0..=100 as its
        // shortest decimal that reads back as the same float, never with an
        // exponent: the digits the person typed, up to 15 significant ones.
        let written = format!("{}", value.abs());
        let (int, frac) = written.split_once('.').unwrap_or((&written, ""));
        let fraction = frac.bytes().chain(std::iter::repeat(b'0'));
        let mut units = int
            .bytes()
            .chain(fraction.take(Self::DECIMALS as usize))
            .fold(0u64, |n, d| n * 10 + u64::from(d - b'0'));
        let next = frac.as_bytes().get(Self::DECIMALS as usize);
        if next.is_some_and(|d| *d >= b'5') {
            units += 1;
        }
        Ok(Percent(units.min(Self::HUNDRED.0)))
    }
}

impl Money {
    /// `percent` of this amount, to the minor unit: the exact product
    /// rounded half away from zero (12.5 % of CHF 0.04 is CHF 0.01, 50 % of
    /// −0.01 is −0.01). Never beyond the amount itself; 100 % is the amount.
    pub fn share(self, percent: Percent) -> Money {
        let whole = i128::from(Percent::HUNDRED.0);
        let product = i128::from(self.0) * i128::from(percent.0);
        let rounded = (product.abs() + whole / 2) / whole;
        // |rounded| <= |self|, so it fits an i64.
        Money((rounded * product.signum()) as i64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pct(text: &str) -> Percent {
        Percent::parse(text).unwrap()
    }

    #[test]
    fn reads_percentages_as_people_type_them() {
        let one = Percent::ONE;
        let cases = [
            ("12.5", 125 * (one / 10)),
            ("12.5", 125 * (one / 10)),
            ("12.5 %", 125 * (one / 10)),
            ("33.3333", 333_333 * (one / 10_000)),
            ("0.125", one / 8),
            ("0.1", one / 10),
            ("100", 100 * one),
            ("0", 0),
            ("-0", 0),
            ("0.0000000000000005", 1),
            ("0.0000000000000004", 0),
        ];
        for (text, units) in cases {
            assert_eq!(Percent::parse(text), Ok(Percent(units)), "{text}");
        }
        assert_eq!(Percent::parse("100.01"), Err(PercentError::OutOfRange));
        // One dot before three digits groups thousands, as everywhere else.
        assert_eq!(Percent::parse("33.333"), Err(PercentError::OutOfRange));
        assert_eq!(Percent::parse("-1"), Err(PercentError::OutOfRange));
        assert_eq!(
            Percent::parse("douze"),
            Err(PercentError::Number(NumberError::NotANumber))
        );
        assert_eq!(
            Percent::parse(" "),
            Err(PercentError::Number(NumberError::Empty))
        );
        assert_eq!(Percent::from_bp(1_250), Some(pct("12.5")));
        assert_eq!(Percent::from_bp(10_000), Some(Percent::HUNDRED));
        assert_eq!(Percent::from_bp(10_001), None);
    }

    #[test]
    fn a_share_is_rounded_half_away_from_zero_to_the_minor_unit() {
        let cases = [
            (1_000_000, "12.5", 125_000),
            (10_000, "33.33", 3_333),
            (100, "33.3333", 33),
            (100, "0.5", 1),
            (100, "0.49", 0),
            (4, "12.5", 1),
            (3, "50", 2),
            (-1, "50", -1),
            (-3, "50", -2),
            (0, "75", 0),
            (i64::MAX, "100", i64::MAX),
        ];
        for (total, text, share) in cases {
            assert_eq!(
                Money(total).share(pct(text)),
                Money(share),
                "{text} of {total}"
            );
        }
    }
}
