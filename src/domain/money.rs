//! Money as integer minor units, and the parsing of what people type.
//!
//! Sums of money never go through floats: `Money(1250)` in CHF is 12.50 CHF.
//! Floats are only used at the very edge, to hand a value to the browser's
//! `Intl.NumberFormat` for display.

use serde::{Deserialize, Serialize};
use std::{fmt, ops::Add};
use thiserror::Error;

mod display;
mod share;
pub use display::{format_swiss, group_thousands, round_parts_to_unit, MoneyStyle, Precision};
pub use share::{Percent, PercentError};

/// An amount in the minor units of the plan's currency (centimes, cents).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Money(pub i64);

/// Largest amount the app accepts anywhere: 1'000'000'000'000 in major units
/// (a trillion). Far above any marketing budget, far below `i64` overflow even
/// when thousands of such amounts are added.
pub const MAX_MONEY_MAJOR: i64 = 1_000_000_000_000;

impl Money {
    /// Zero in any currency.
    pub const ZERO: Money = Money(0);

    /// The amount in minor units.
    pub fn minor(self) -> i64 {
        self.0
    }

    /// Adds two amounts, `None` on overflow (never silently wraps).
    pub fn checked_add(self, other: Money) -> Option<Money> {
        self.0.checked_add(other.0).map(Money)
    }

    /// The amount in major units as a float, for display through `Intl` only.
    pub fn to_major_f64(self, currency: &Currency) -> f64 {
        self.0 as f64 / 10f64.powi(currency.minor_digits() as i32)
    }

    /// A computed amount in major units (a forecast's revenue) as minor
    /// units, to the nearest one (half away from zero; beyond `i64`, the
    /// nearest bound; not a number, zero).
    pub fn from_major_f64(value: f64, currency: &Currency) -> Money {
        Money((value * 10f64.powi(currency.minor_digits() as i32)).round() as i64)
    }

    /// Whether the amount is within what the app accepts (0 ..= MAX).
    pub fn is_in_range(self, currency: &Currency) -> bool {
        self.0 >= 0 && self.0 <= max_minor(currency)
    }
}

impl Add for Money {
    type Output = Money;
    /// Saturating add: amounts are range-checked where they enter the plan,
    /// so saturation is a last guard, never a normal path.
    fn add(self, rhs: Money) -> Money {
        Money(self.0.saturating_add(rhs.0))
    }
}

impl std::iter::Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, |a, b| a + b)
    }
}

fn max_minor(currency: &Currency) -> i64 {
    MAX_MONEY_MAJOR * 10i64.pow(currency.minor_digits())
}

/// An ISO 4217 currency code such as `CHF` or `EUR`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Currency(String);

/// Currencies offered first in the picker; any valid ISO code is accepted.
pub const COMMON_CURRENCIES: &[&str] = &[
    "CHF", "EUR", "USD", "GBP", "CAD", "XOF", "XAF", "MAD", "TND", "JPY",
];

impl Currency {
    /// Parses an ISO 4217 code: exactly three ASCII letters, stored upper case.
    pub fn new(code: &str) -> Result<Currency, MoneyError> {
        let code = code.trim();
        if code.len() == 3 && code.chars().all(|c| c.is_ascii_alphabetic()) {
            Ok(Currency(code.to_ascii_uppercase()))
        } else {
            Err(MoneyError::BadCurrency(code.chars().take(12).collect()))
        }
    }

    /// Swiss francs, the default of a new plan.
    pub fn chf() -> Currency {
        Currency("CHF".into())
    }

    /// The ISO code.
    pub fn code(&self) -> &str {
        &self.0
    }

    /// Number of minor-unit digits (ISO 4217): 0 for JPY, 3 for KWD, else 2.
    pub fn minor_digits(&self) -> u32 {
        match self.0.as_str() {
            "BIF" | "CLP" | "DJF" | "GNF" | "ISK" | "JPY" | "KMF" | "KRW" | "PYG" | "RWF"
            | "UGX" | "UYI" | "VND" | "VUV" | "XAF" | "XOF" | "XPF" => 0,
            "BHD" | "IQD" | "JOD" | "KWD" | "LYD" | "OMR" | "TND" => 3,
            _ => 2,
        }
    }
}

impl Default for Currency {
    fn default() -> Self {
        Currency::chf()
    }
}

impl TryFrom<String> for Currency {
    type Error = MoneyError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Currency::new(&s)
    }
}

impl From<Currency> for String {
    fn from(c: Currency) -> String {
        c.0
    }
}

impl fmt::Display for Currency {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Why a typed amount or currency was refused.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum MoneyError {
    #[error("empty amount")]
    Empty,
    #[error("not a number")]
    NotANumber,
    #[error("negative amounts are not allowed")]
    Negative,
    #[error("too many decimals (at most {0})")]
    TooManyDecimals(u32),
    #[error("amount too large")]
    TooLarge,
    #[error("not a currency code: {0}")]
    BadCurrency(String),
}

/// Parses an amount typed by a person, in the currency's minor units.
///
/// Accepts the usual ways of writing money in French and English Switzerland,
/// France and the US: `12500`, `12'500.50`, `12 500,50`, `12,500.50`,
/// `12.500,50`, `CHF 1'200`, and the Swiss "no cents" dash: `40'000.–`,
/// `40'000.-` (grouped with `'`, `’`, spaces, no-break spaces). Refuses
/// letters (including `1e20`), negative amounts, more decimals than the
/// currency has, and amounts above [`MAX_MONEY_MAJOR`].
///
/// Separator rule: when both `.` and `,` appear, the last one is the decimal
/// point. When only one kind appears, it is a thousands separator if it occurs
/// more than once or is followed by exactly three digits (and the currency has
/// fewer than three decimals); otherwise it is the decimal point.
pub fn parse_money(text: &str, currency: &Currency) -> Result<Money, MoneyError> {
    let mut s = text.trim();
    // A currency code typed around the amount is tolerated: "CHF 1200", "1200 EUR".
    for code in [currency.code(), &currency.code().to_ascii_lowercase()] {
        s = s.strip_prefix(code).unwrap_or(s);
        s = s.strip_suffix(code).unwrap_or(s);
    }
    let s: String = s
        .chars()
        .filter(|c| !matches!(c, ' ' | '\'' | '’' | '\u{a0}' | '\u{202f}' | '_'))
        .collect();
    if s.is_empty() {
        return Err(MoneyError::Empty);
    }
    // "40'000.–": a dash in place of the cents says there are none.
    let (s, no_cents) = match strip_no_cents(&s) {
        Some(whole) => (whole.to_string(), true),
        None => (s, false),
    };
    let s = match s.strip_prefix('-') {
        Some(rest) if rest.chars().any(|c| c.is_ascii_digit()) => return Err(MoneyError::Negative),
        Some(_) => return Err(MoneyError::NotANumber),
        None => s.strip_prefix('+').unwrap_or(&s).to_string(),
    };
    if !s
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return Err(MoneyError::NotANumber);
    }
    let digits = currency.minor_digits();
    let (int_part, frac_part) = split_decimal(&s, digits)?;
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(MoneyError::NotANumber);
    }
    if no_cents && !frac_part.is_empty() {
        return Err(MoneyError::NotANumber);
    }
    if frac_part.len() > digits as usize {
        return Err(MoneyError::TooManyDecimals(digits));
    }
    // Guard the length before converting so huge inputs cannot overflow.
    let int_trimmed = int_part.trim_start_matches('0');
    if int_trimmed.len() > 13 {
        return Err(MoneyError::TooLarge);
    }
    let major: i64 = if int_trimmed.is_empty() {
        0
    } else {
        int_trimmed.parse().map_err(|_| MoneyError::NotANumber)?
    };
    let mut frac: i64 = 0;
    for i in 0..digits as usize {
        let d = frac_part
            .as_bytes()
            .get(i)
            .map_or(0, |b| i64::from(b - b'0'));
        frac = frac * 10 + d;
    }
    if major > MAX_MONEY_MAJOR || (major == MAX_MONEY_MAJOR && frac > 0) {
        return Err(MoneyError::TooLarge);
    }
    Ok(Money(major * 10i64.pow(digits) + frac))
}

/// The amount before a Swiss "no cents" ending (`.–`, `.-`, `.--`, `.—`,
/// or with a comma), when it ends with a digit; `None` otherwise.
fn strip_no_cents(s: &str) -> Option<&str> {
    let rest = s
        .strip_suffix("--")
        .or_else(|| s.strip_suffix(['–', '-', '—']))?;
    let whole = rest.strip_suffix(['.', ','])?;
    whole
        .ends_with(|c: char| c.is_ascii_digit())
        .then_some(whole)
}

/// Splits digits-and-separators into integer and fraction parts (see
/// [`parse_money`] for the rule). Returns only digits in both parts.
fn split_decimal(s: &str, digits: u32) -> Result<(String, String), MoneyError> {
    let dots = s.matches('.').count();
    let commas = s.matches(',').count();
    let decimal_sep = match (dots, commas) {
        (0, 0) => None,
        (_, 0) | (0, _) => {
            let sep = if dots > 0 { '.' } else { ',' };
            let count = dots.max(commas);
            let after = s.rsplit(sep).next().unwrap_or("");
            if count > 1 || (after.len() == 3 && digits < 3) {
                None
            } else {
                Some(sep)
            }
        }
        _ => {
            let last_dot = s.rfind('.');
            let last_comma = s.rfind(',');
            if last_dot > last_comma {
                Some('.')
            } else {
                Some(',')
            }
        }
    };
    let (int_part, frac_part) = match decimal_sep {
        Some(sep) => {
            let idx = s.rfind(sep).unwrap_or(s.len());
            (&s[..idx], &s[idx + 1..])
        }
        None => (s, ""),
    };
    if frac_part.contains(['.', ',']) {
        return Err(MoneyError::NotANumber);
    }
    // Grouping separators must separate groups of digits, not stand alone.
    let groups: Vec<&str> = int_part.split(['.', ',']).collect();
    if groups.len() > 1 && groups.iter().skip(1).any(|g| g.len() != 3) {
        return Err(MoneyError::NotANumber);
    }
    Ok((groups.concat(), frac_part.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chf(s: &str) -> Result<Money, MoneyError> {
        parse_money(s, &Currency::chf())
    }

    #[test]
    fn accepts_the_usual_ways_of_writing_amounts() {
        let cases = [
            ("12500", 1_250_000),
            ("12'500", 1_250_000),
            ("12’500.50", 1_250_050),
            ("12 500,50", 1_250_050),
            ("12,500.50", 1_250_050),
            ("12.500,50", 1_250_050),
            ("1,5", 150),
            ("0.05", 5),
            (".5", 50),
            ("CHF 1'200", 120_000),
            ("1200 CHF", 120_000),
            ("1,234,567", 123_456_700),
            ("+15", 1_500),
            ("0", 0),
        ];
        for (text, minor) in cases {
            assert_eq!(chf(text), Ok(Money(minor)), "{text}");
        }
    }

    #[test]
    fn accepts_amounts_as_swiss_users_type_them() {
        let cases = [
            ("40'000.–", 4_000_000),
            ("40'000.-", 4_000_000),
            ("40'000.--", 4_000_000),
            ("40'000.—", 4_000_000),
            ("40'000,–", 4_000_000),
            ("CHF 40'000.–", 4_000_000),
            ("40’000", 4_000_000),
            ("40’000.–", 4_000_000),
            ("40\u{202f}000", 4_000_000),
            ("40\u{a0}000", 4_000_000),
            ("40\u{a0}000.–", 4_000_000),
            ("1'234.50", 123_450),
            ("5.–", 500),
            ("40.000.–", 4_000_000),
        ];
        for (text, minor) in cases {
            assert_eq!(chf(text), Ok(Money(minor)), "{text}");
        }
        let eur = Currency::new("EUR").unwrap();
        assert_eq!(parse_money("1'200.– EUR", &eur), Ok(Money(120_000)));
    }

    #[test]
    fn the_no_cents_dash_is_only_read_after_a_whole_amount() {
        for text in [
            "12.50.–",
            "–",
            ".–",
            "-.-",
            "40'000–",
            "40'000.–.–",
            "40'000.---",
        ] {
            assert!(chf(text).is_err(), "{text:?} accepted");
        }
        assert_eq!(chf("-40.–"), Err(MoneyError::Negative));
    }

    #[test]
    fn refuses_what_is_not_an_amount() {
        assert_eq!(chf(""), Err(MoneyError::Empty));
        assert_eq!(chf("   "), Err(MoneyError::Empty));
        assert_eq!(chf("12a"), Err(MoneyError::NotANumber));
        assert_eq!(chf("abc"), Err(MoneyError::NotANumber));
        assert_eq!(chf("1e20"), Err(MoneyError::NotANumber));
        assert_eq!(chf("NaN"), Err(MoneyError::NotANumber));
        assert_eq!(chf("-5"), Err(MoneyError::Negative));
        assert_eq!(
            chf("1.234"),
            Ok(Money(123_400)),
            "three digits after one dot: grouping"
        );
        assert_eq!(chf("1.2.3"), Err(MoneyError::NotANumber));
        assert_eq!(chf("1.005,5"), Ok(Money(100_550)));
        assert_eq!(chf("1,00,5"), Err(MoneyError::NotANumber));
        assert_eq!(chf("12.345.6"), Err(MoneyError::NotANumber));
        assert_eq!(chf("100000000000000000000"), Err(MoneyError::TooLarge));
        assert_eq!(chf("1000000000000.01"), Err(MoneyError::TooLarge));
        assert_eq!(chf("1000000000000"), Ok(Money(100_000_000_000_000)));
    }

    #[test]
    fn decimals_follow_the_currency() {
        let jpy = Currency::new("jpy").unwrap();
        assert_eq!(parse_money("1500", &jpy), Ok(Money(1500)));
        assert_eq!(
            parse_money("1500.5", &jpy),
            Err(MoneyError::TooManyDecimals(0))
        );
        let kwd = Currency::new("KWD").unwrap();
        assert_eq!(parse_money("1.234", &kwd), Ok(Money(1234)));
        assert_eq!(chf("1.555"), Ok(Money(155_500)));
        assert_eq!(chf("1.5555"), Err(MoneyError::TooManyDecimals(2)));
    }

    #[test]
    fn computed_amounts_become_minor_units() {
        let chf = Currency::chf();
        assert_eq!(
            Money::from_major_f64(2_401_239.975, &chf),
            Money(240_123_998)
        );
        assert_eq!(Money::from_major_f64(-0.005, &chf), Money(-1));
        assert_eq!(Money::from_major_f64(f64::NAN, &chf), Money(0));
        assert_eq!(Money::from_major_f64(1e300, &chf), Money(i64::MAX));
        let jpy = Currency::new("JPY").unwrap();
        assert_eq!(Money::from_major_f64(1_234.5, &jpy), Money(1_235));
    }

    #[test]
    fn currency_codes_are_three_letters() {
        assert_eq!(Currency::new(" eur ").unwrap().code(), "EUR");
        assert!(Currency::new("EURO").is_err());
        assert!(Currency::new("E1R").is_err());
        assert!(Currency::new("").is_err());
        let json = serde_json::to_string(&Currency::chf()).unwrap();
        assert_eq!(json, "\"CHF\"");
        assert!(serde_json::from_str::<Currency>("\"<script>\"").is_err());
    }
}
