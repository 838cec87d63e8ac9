//! Amounts as a client reads them: rounded to the unit, and written in the
//! Swiss business style (`CHF 40'000.–`).
//!
//! Rounding works on the integer minor units, never through floats, so a
//! rounded amount is exact and the same on every machine.

use super::{Currency, Money};
use serde::{Deserialize, Serialize};

/// How many decimals an amount shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Precision {
    /// Rounded to the unit (francs, euros): tables, slides and print.
    #[default]
    Unit,
    /// Every minor unit (centimes): where the plan is edited, and where
    /// cents matter (a cost per click).
    Exact,
}

/// How a plan writes its amounts on slides and print.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MoneyStyle {
    /// The browser's locale, through `Intl` (fr-CH: `40 000.00 CHF`).
    #[default]
    Locale,
    /// Swiss business style, the same in every language: `CHF 40'000.–`,
    /// see [`format_swiss`].
    Swiss,
}

impl Money {
    /// The amount rounded to a whole number of major units (francs), half
    /// away from zero: 12.50 gives 13, −12.50 gives −13, 12.49 gives 12.
    /// A currency without minor units (JPY) is unchanged.
    pub fn round_to_unit(self, currency: &Currency) -> Money {
        let unit = 10i64.pow(currency.minor_digits());
        let rest = self.0 % unit;
        let down = self.0 - rest;
        let up = if 2 * rest.abs() >= unit {
            unit * rest.signum()
        } else {
            0
        };
        Money(down.saturating_add(up))
    }
}

/// `parts` rounded to the unit so that they still add up: their sum is the
/// exact sum rounded to the unit ([`Money::round_to_unit`]), and each part
/// is its exact value rounded down or up. The units left over by rounding
/// every part down go to the parts with the largest remainders (the first
/// one on a tie), as the budget's own splits do.
///
/// For a column of months whose total is shown beside them: rounding each
/// month alone can make twelve months of 5'166.67 show 62'004 for a total
/// of 62'000.
pub fn round_parts_to_unit(parts: &[Money], currency: &Currency) -> Vec<Money> {
    let unit = 10i64.pow(currency.minor_digits());
    let total: Money = parts.iter().copied().sum();
    let target = total.round_to_unit(currency).0;
    // Floor division works for negative parts too.
    let mut rounded: Vec<i64> = parts.iter().map(|m| m.0.div_euclid(unit) * unit).collect();
    let floor_sum: i64 = rounded.iter().sum();
    let mut extra = (target - floor_sum) / unit;
    let mut order: Vec<usize> = (0..parts.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(parts[i].0.rem_euclid(unit)));
    for i in order {
        if extra <= 0 {
            break;
        }
        if parts[i].0.rem_euclid(unit) > 0 {
            rounded[i] += unit;
            extra -= 1;
        }
    }
    rounded.into_iter().map(Money).collect()
}

/// `amount` in the Swiss business style: the ISO code, a no-break space,
/// the units grouped by three with `'`, then `.–` for a whole amount or the
/// minor units: `CHF 40'000.–`, `CHF 1'234.50`, `EUR 980.–`, `JPY 40'000`
/// (no minor units, so no dash), `CHF −1'234.50` (a real minus sign).
/// With [`Precision::Unit`] the amount is first rounded to the unit, so it
/// always ends in `.–`. The same in French and English: it is a business
/// convention, not a language's.
pub fn format_swiss(amount: Money, currency: &Currency, precision: Precision) -> String {
    let amount = match precision {
        Precision::Unit => amount.round_to_unit(currency),
        Precision::Exact => amount,
    };
    let digits = currency.minor_digits();
    let unit = 10u64.pow(digits);
    let abs = amount.0.unsigned_abs();
    let (major, minor) = (abs / unit, abs % unit);
    let mut text = String::with_capacity(24);
    text.push_str(currency.code());
    text.push('\u{a0}');
    if amount.0 < 0 {
        text.push('−');
    }
    text.push_str(&group_thousands(major, '\''));
    if digits > 0 {
        text.push('.');
        if minor == 0 {
            text.push('–');
        } else {
            text.push_str(&format!("{minor:0width$}", width = digits as usize));
        }
    }
    text
}

/// `n` with its digits grouped by three: `40'000`, `1'234'567`.
pub fn group_thousands(n: u64, separator: char) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cur(code: &str) -> Currency {
        Currency::new(code).unwrap()
    }

    #[test]
    fn rounds_half_away_from_zero_on_minor_units() {
        let chf = Currency::chf();
        let cases = [
            (0, 0),
            (49, 0),
            (50, 100),
            (1_249, 1_200),
            (1_250, 1_300),
            (-1_250, -1_300),
            (-1_249, -1_200),
            (-49, 0),
            (240_123_998, 240_124_000),
        ];
        for (minor, rounded) in cases {
            assert_eq!(Money(minor).round_to_unit(&chf), Money(rounded), "{minor}");
        }
        assert_eq!(Money(1_499).round_to_unit(&cur("JPY")), Money(1_499));
        assert_eq!(Money(1_500).round_to_unit(&cur("KWD")), Money(2_000));
        assert_eq!(Money(1_499).round_to_unit(&cur("KWD")), Money(1_000));
    }

    #[test]
    fn writes_the_swiss_business_style() {
        let chf = Currency::chf();
        let exact = |m, c: &Currency| format_swiss(Money(m), c, Precision::Exact);
        assert_eq!(exact(4_000_000, &chf), "CHF\u{a0}40'000.–");
        assert_eq!(exact(123_450, &chf), "CHF\u{a0}1'234.50");
        assert_eq!(exact(5, &chf), "CHF\u{a0}0.05");
        assert_eq!(exact(0, &chf), "CHF\u{a0}0.–");
        assert_eq!(exact(-123_450, &chf), "CHF\u{a0}−1'234.50");
        assert_eq!(exact(-4_000_000, &chf), "CHF\u{a0}−40'000.–");
        assert_eq!(exact(12_345_678_900, &chf), "CHF\u{a0}123'456'789.–");
        assert_eq!(exact(98_000, &cur("EUR")), "EUR\u{a0}980.–");
        assert_eq!(exact(98_050, &cur("USD")), "USD\u{a0}980.50");
        assert_eq!(exact(4_000_000, &cur("JPY")), "JPY\u{a0}4'000'000");
        assert_eq!(exact(1_234_005, &cur("KWD")), "KWD\u{a0}1'234.005");
        let unit = |m| format_swiss(Money(m), &chf, Precision::Unit);
        assert_eq!(unit(123_450), "CHF\u{a0}1'235.–");
        assert_eq!(unit(240_123_998), "CHF\u{a0}2'401'240.–");
        assert_eq!(unit(-49), "CHF\u{a0}0.–", "no negative zero");
        assert_eq!(unit(-150), "CHF\u{a0}−2.–");
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(group_thousands(0, '\''), "0");
        assert_eq!(group_thousands(999, '\''), "999");
        assert_eq!(group_thousands(1_000, '\''), "1'000");
        assert_eq!(group_thousands(1_234_567, '\''), "1'234'567");
        assert_eq!(
            group_thousands(u64::MAX, '\''),
            "18'446'744'073'709'551'615"
        );
    }

    #[test]
    fn rounded_parts_add_up_to_the_rounded_total() {
        let chf = Currency::chf();
        // Twelve months of 62'000 / 12 = 5'166.666…, as the phasing splits it.
        let months: Vec<Money> = (0..12)
            .map(|i| Money(if i < 8 { 516_667 } else { 516_666 }))
            .collect();
        let rounded = round_parts_to_unit(&months, &chf);
        assert_eq!(rounded.iter().copied().sum::<Money>(), Money(6_200_000));
        assert!(rounded
            .iter()
            .all(|m| *m == Money(516_700) || *m == Money(516_600)));
        assert_eq!(round_parts_to_unit(&[], &chf), Vec::<Money>::new());
        assert_eq!(
            round_parts_to_unit(&[Money(150), Money(150)], &chf),
            vec![Money(200), Money(100)]
        );
    }
}
