//! Fees as time at a rate: a line or an action entered as days × a day
//! rate (or hours × an hourly rate). The plan keeps its own rates, so a file
//! carries everything it needs; changing a rate changes every line and
//! action that uses it ([`crate::domain::Command::SetRates`]).

use crate::domain::{parse_money, Budget, Currency, ItemId, Money, MoneyError};
use serde::{Deserialize, Serialize};

/// What a rate is counted in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimeUnit {
    /// A working day.
    #[default]
    Day,
    /// An hour.
    Hour,
}

/// A number of days or hours in hundredths (6 days is `Qty(600)`, a quarter
/// of an hour `Qty(25)`), so fees multiply exactly.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Qty(pub u32);

/// The largest quantity a line or an action takes: 100'000 days or hours.
pub const MAX_QTY: u32 = 10_000_000;

impl Qty {
    /// Nothing.
    pub const ZERO: Qty = Qty(0);

    /// Reads a quantity as people type it: `6`, `1.5`, `1,5`, `2'000`, at
    /// most two decimals. Empty is an error, as is anything negative or above
    /// [`MAX_QTY`].
    pub fn parse(text: &str) -> Result<Qty, MoneyError> {
        // One dot or comma before three digits or more ("1.125", "0,125")
        // is a decimal point here, never a grouping: no one has a thousand
        // days to group. Too many decimals.
        let t = text.trim();
        let seps: Vec<usize> = t.match_indices(['.', ',']).map(|(i, _)| i).collect();
        if let [i] = seps[..] {
            let frac = &t[i + 1..];
            if frac.len() > 2 && frac.chars().all(|c| c.is_ascii_digit()) {
                return Err(MoneyError::TooManyDecimals(2));
            }
        }
        // Hundredths are a two-decimal currency's minor units.
        let units = parse_money(text, &Currency::chf())?;
        match u32::try_from(units.0) {
            Ok(q) if q <= MAX_QTY => Ok(Qty(q)),
            _ => Err(MoneyError::TooLarge),
        }
    }

    /// The quantity as typed back: `6`, `1.5`, `0.25` (a dot, no grouping).
    pub fn plain(self) -> String {
        let (whole, frac) = (self.0 / 100, self.0 % 100);
        match frac {
            0 => whole.to_string(),
            f if f % 10 == 0 => format!("{whole}.{}", f / 10),
            f => format!("{whole}.{f:02}"),
        }
    }
}

/// A role and its price per day or per hour.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Rate {
    /// Stable id, from the plan's ids.
    pub id: ItemId,
    /// The role, as the consultant names it ("Consultant senior").
    pub role: String,
    /// Per day or per hour.
    #[serde(default)]
    pub unit: TimeUnit,
    /// The price of one day or hour, on the plan's tax basis.
    pub price: Money,
}

/// Time at one of the plan's rates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fee {
    /// The rate ([`Rate::id`]).
    pub rate: ItemId,
    /// How many days or hours.
    pub quantity: Qty,
}

/// `quantity` at `price`, to the minor unit, half away from zero (1.5 days
/// at CHF 1'333.33 is CHF 1'999.995, so CHF 2'000.00).
pub fn fee_amount(quantity: Qty, price: Money) -> Money {
    let exact = i128::from(quantity.0) * i128::from(price.0);
    let rounded = (exact + 50) / 100;
    // MAX_QTY × the largest amount still fits an i64 once divided by 100
    // only for sane prices; beyond, the nearest bound.
    Money(i64::try_from(rounded).unwrap_or(i64::MAX))
}

impl Budget {
    /// The rate with this id.
    pub fn rate(&self, id: ItemId) -> Option<&Rate> {
        self.rates.iter().find(|r| r.id == id)
    }

    /// What a fee comes to at the plan's rates (`None`: its rate is gone).
    pub fn fee_amount(&self, fee: &Fee) -> Option<Money> {
        self.rate(fee.rate)
            .map(|r| fee_amount(fee.quantity, r.price))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantities_are_read_as_people_type_them() {
        assert_eq!(Qty::parse("6"), Ok(Qty(600)));
        assert_eq!(Qty::parse("1,5"), Ok(Qty(150)));
        assert_eq!(Qty::parse("0.25"), Ok(Qty(25)));
        assert_eq!(Qty::parse("2'000"), Ok(Qty(200_000)));
        assert_eq!(Qty::parse("0.125"), Err(MoneyError::TooManyDecimals(2)));
        assert_eq!(Qty::parse("1.125"), Err(MoneyError::TooManyDecimals(2)));
        assert_eq!(Qty::parse("2,500"), Err(MoneyError::TooManyDecimals(2)));
        assert_eq!(Qty::parse("1'000.5"), Ok(Qty(100_050)));
        assert_eq!(Qty::parse("-1"), Err(MoneyError::Negative));
        assert_eq!(Qty::parse("six"), Err(MoneyError::NotANumber));
        assert_eq!(Qty::parse("100001"), Err(MoneyError::TooLarge));
        assert_eq!(Qty::parse(""), Err(MoneyError::Empty));
        for q in [0, 5, 50, 150, 600, 1_025] {
            assert_eq!(Qty::parse(&Qty(q).plain()), Ok(Qty(q)));
        }
        assert_eq!(Qty(150).plain(), "1.5");
        assert_eq!(Qty(25).plain(), "0.25");
    }

    #[test]
    fn a_fee_is_time_at_a_rate_to_the_minor_unit() {
        assert_eq!(fee_amount(Qty(600), Money(120_000)), Money(720_000));
        assert_eq!(fee_amount(Qty(150), Money(133_333)), Money(200_000));
        assert_eq!(fee_amount(Qty(1), Money(49)), Money(0));
        assert_eq!(fee_amount(Qty(1), Money(50)), Money(1));
        assert_eq!(fee_amount(Qty::ZERO, Money(120_000)), Money::ZERO);
    }
}
