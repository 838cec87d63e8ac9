//! Who a line's money goes to: the business's own team or an external
//! producer (the consultant, an agency, a freelancer). A line is often
//! shared: the consultant sets it up, the client's team runs it.
//!
//! The two parts of a line always add up to its total, to the minor unit.

use crate::domain::{money::Percent, Budget, BudgetLine, Delivery, Money};
use serde::{Deserialize, Serialize};

/// How a line's total is split between in-house and external.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum Split {
    /// All of it to whoever the line's delivery names (as before shares).
    #[default]
    Whole,
    /// This share of the total is external, in basis points (50 % is 5'000),
    /// rounded half away from zero; the rest is in-house.
    Share(u32),
    /// This much is external (at most the total); the rest is in-house.
    Amount(Money),
}

/// A line's total, split.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Parts {
    /// Paid to, or done by, the business's own team.
    pub in_house: Money,
    /// Paid to an external producer.
    pub external: Money,
}

impl Parts {
    /// Both parts together: the line's total.
    pub fn total(self) -> Money {
        self.in_house + self.external
    }
}

/// The external part of `total` under `split`, for a line delivered as
/// `delivery`, before any fee: never negative, never above the total.
pub fn external_part(total: Money, split: Split, delivery: Delivery) -> Money {
    let total = Money(total.0.max(0));
    match split {
        Split::Whole => match delivery {
            Delivery::InHouse => Money::ZERO,
            Delivery::Consultant => total,
        },
        Split::Share(bp) => {
            total.share(Percent::from_bp(bp.min(10_000)).unwrap_or(Percent::HUNDRED))
        }
        Split::Amount(m) => Money(m.0.clamp(0, total.0)),
    }
}

impl Budget {
    /// How `line`'s total splits. A line with a fee is external for the
    /// fee's amount (at most the total) and in-house for the rest, whatever
    /// its split says.
    pub fn parts(&self, line: &BudgetLine) -> Parts {
        let total = line.total();
        let external = match line.fee.as_ref().and_then(|f| self.fee_amount(f)) {
            Some(fee) => Money(fee.0.clamp(0, total.0.max(0))),
            None => external_part(total, line.split, line.delivery),
        };
        Parts {
            in_house: Money(total.0 - external.0),
            external,
        }
    }

    /// The parts of every line added up: what the business's team gets
    /// and what external producers get. They add up to what is allocated.
    pub fn by_producer(&self) -> Parts {
        self.lines
            .iter()
            .map(|l| self.parts(l))
            .fold(Parts::default(), |a, p| Parts {
                in_house: a.in_house + p.in_house,
                external: a.external + p.external,
            })
    }
}

/// Whether a line is shared: both parts hold money.
pub fn is_shared(parts: Parts) -> bool {
    parts.in_house.0 > 0 && parts.external.0 > 0
}

/// The in-house amount that makes `external` the `bp` share of the line
/// (a fee line "shared 50/50": as much in-house as the fee), to the minor
/// unit; `None` for a share of zero (no in-house amount does it).
pub fn in_house_for_share(external: Money, bp: u32) -> Option<Money> {
    if bp == 0 || bp > 10_000 {
        return None;
    }
    let rest = i128::from(external.0) * i128::from(10_000 - bp);
    let bp = i128::from(bp);
    i64::try_from((rest + bp / 2) / bp).ok().map(Money)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_split_never_goes_beyond_the_total() {
        let t = Money(720_000);
        assert_eq!(
            external_part(t, Split::Whole, Delivery::InHouse),
            Money::ZERO
        );
        assert_eq!(external_part(t, Split::Whole, Delivery::Consultant), t);
        assert_eq!(
            external_part(t, Split::Share(5_000), Delivery::InHouse),
            Money(360_000)
        );
        assert_eq!(
            external_part(Money(3), Split::Share(5_000), Delivery::InHouse),
            Money(2)
        );
        assert_eq!(external_part(t, Split::Share(20_000), Delivery::InHouse), t);
        assert_eq!(
            external_part(t, Split::Amount(Money(900_000)), Delivery::InHouse),
            t
        );
        assert_eq!(
            external_part(t, Split::Amount(Money(-5)), Delivery::InHouse),
            Money::ZERO
        );
    }

    #[test]
    fn the_in_house_amount_for_a_share_of_a_fee() {
        assert_eq!(
            in_house_for_share(Money(720_000), 5_000),
            Some(Money(720_000))
        );
        assert_eq!(
            in_house_for_share(Money(720_000), 10_000),
            Some(Money::ZERO)
        );
        assert_eq!(
            in_house_for_share(Money(720_000), 2_500),
            Some(Money(2_160_000))
        );
        assert_eq!(in_house_for_share(Money(100), 3_000), Some(Money(233)));
        assert_eq!(in_house_for_share(Money(100), 0), None);
    }
}
