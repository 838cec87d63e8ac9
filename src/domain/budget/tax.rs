//! Value added tax: whether the plan's amounts are typed excluding or
//! including it, the rate of each line, and whether the business gets it
//! back. The fixed total is checked on the basis the amounts are typed in;
//! the other basis is worked out line by line, the tax of each line rounded
//! half away from zero to the minor unit, so every total is a sum of lines.

use crate::domain::{Budget, BudgetLine, Money};
use serde::{Deserialize, Serialize};

/// Whether amounts are typed excluding or including tax.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// Excluding tax (HT), as consultants quote.
    #[default]
    Excluding,
    /// Including tax (TTC), as a business that cannot recover VAT pays.
    Including,
}

/// Which country's VAT rates the plan uses.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "kind", content = "rate", rename_all = "snake_case")]
pub enum Regime {
    /// No VAT in the plan: one figure per amount, as before tax existed.
    #[default]
    None,
    /// Switzerland: 8.1 % standard, 2.6 % reduced, 3.8 % accommodation.
    Switzerland,
    /// France: 20 % standard, 10 % and 5.5 % reduced, 2.1 % special.
    France,
    /// Another country: its standard rate, in basis points.
    Other(u32),
}

/// Highest VAT rate a plan takes, in basis points (30 %).
pub const MAX_VAT_BP: u32 = 3_000;

impl Regime {
    /// The rate a line gets unless it says otherwise, in basis points.
    pub fn standard_bp(self) -> u32 {
        match self {
            Regime::None => 0,
            Regime::Switzerland => 810,
            Regime::France => 2_000,
            Regime::Other(bp) => bp.min(MAX_VAT_BP),
        }
    }

    /// The country's rates, standard first, then zero (Switzerland's as the
    /// Swiss Federal Tax Administration states them).
    pub fn rates_bp(self) -> Vec<u32> {
        match self {
            Regime::None => vec![0],
            Regime::Switzerland => vec![810, 260, 380, 0],
            Regime::France => vec![2_000, 1_000, 550, 210, 0],
            Regime::Other(bp) => vec![bp.min(MAX_VAT_BP), 0],
        }
    }

    /// The usual regime for a currency: Swiss francs, Switzerland; euros,
    /// France (the app's first public); anything else, none.
    pub fn for_currency(code: &str) -> Regime {
        match code {
            "CHF" => Regime::Switzerland,
            "EUR" => Regime::France,
            _ => Regime::None,
        }
    }
}

/// The plan's tax settings.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tax {
    /// The basis amounts (and the fixed total) are typed in.
    #[serde(default)]
    pub basis: Basis,
    /// The rates in use.
    #[serde(default)]
    pub regime: Regime,
    /// Whether the business recovers the VAT it pays: its cost is then the
    /// amount excluding tax; otherwise, including.
    #[serde(default)]
    pub recoverable: bool,
}

impl Tax {
    /// Whether tax changes any figure: a regime is chosen.
    pub fn applies(&self) -> bool {
        self.regime != Regime::None
    }
}

/// An amount on both bases.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Taxed {
    /// Excluding tax.
    pub excl: Money,
    /// The tax.
    pub tax: Money,
    /// Including tax.
    pub incl: Money,
}

impl Taxed {
    /// `amount` typed on `basis` at `rate_bp`: the tax rounded half away
    /// from zero to the minor unit; `excl + tax == incl` always.
    pub fn of(amount: Money, rate_bp: u32, basis: Basis) -> Taxed {
        let a = i128::from(amount.0);
        let r = i128::from(rate_bp.min(MAX_VAT_BP));
        let (num, den) = match basis {
            Basis::Excluding => (a * r, 10_000),
            Basis::Including => (a * r, 10_000 + r),
        };
        let tax = Money(((num.abs() + den / 2) / den * num.signum()) as i64);
        match basis {
            Basis::Excluding => Taxed {
                excl: amount,
                tax,
                incl: amount + tax,
            },
            Basis::Including => Taxed {
                excl: Money(amount.0 - tax.0),
                tax,
                incl: amount,
            },
        }
    }

    /// The figure on `basis`.
    pub fn on(self, basis: Basis) -> Money {
        match basis {
            Basis::Excluding => self.excl,
            Basis::Including => self.incl,
        }
    }
}

impl std::ops::Add for Taxed {
    type Output = Taxed;
    fn add(self, o: Taxed) -> Taxed {
        Taxed {
            excl: self.excl + o.excl,
            tax: self.tax + o.tax,
            incl: self.incl + o.incl,
        }
    }
}

impl std::ops::Sub for Taxed {
    type Output = Taxed;
    fn sub(self, o: Taxed) -> Taxed {
        Taxed {
            excl: Money(self.excl.0 - o.excl.0),
            tax: Money(self.tax.0 - o.tax.0),
            incl: Money(self.incl.0 - o.incl.0),
        }
    }
}

/// A line's money on both bases, whole and by producer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LineTax {
    /// The rate, in basis points.
    pub rate_bp: u32,
    /// The whole line.
    pub total: Taxed,
    /// The in-house part: the line minus the external part, so the two
    /// parts add up to the line on both bases.
    pub in_house: Taxed,
    /// The external part, its tax rounded on its own (what a quote shows).
    pub external: Taxed,
}

/// The budget on both bases.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TaxSummary {
    /// What the lines allocate.
    pub allocated: Taxed,
    /// The in-house parts.
    pub in_house: Taxed,
    /// The external parts.
    pub external: Taxed,
    /// What the business pays in the end: excluding tax when it recovers
    /// VAT, including it otherwise.
    pub cost: Money,
    /// By how much that cost goes beyond the fixed total (amounts typed
    /// excluding tax, VAT not recoverable); zero when it fits.
    pub cost_over_total: Money,
}

impl Budget {
    /// The VAT rate of `line`, in basis points: its own, or the regime's
    /// standard one; zero without a regime.
    pub fn vat_bp(&self, line: &BudgetLine) -> u32 {
        if !self.tax.applies() {
            return 0;
        }
        line.vat_bp
            .unwrap_or_else(|| self.tax.regime.standard_bp())
            .min(MAX_VAT_BP)
    }

    /// `line` on both bases.
    pub fn line_tax(&self, line: &BudgetLine) -> LineTax {
        let rate_bp = self.vat_bp(line);
        let parts = self.parts(line);
        let total = Taxed::of(line.total(), rate_bp, self.tax.basis);
        let external = Taxed::of(parts.external, rate_bp, self.tax.basis);
        LineTax {
            rate_bp,
            total,
            in_house: total - external,
            external,
        }
    }

    /// Every line on both bases, added up.
    pub fn tax_summary(&self) -> TaxSummary {
        let mut s = TaxSummary::default();
        for line in &self.lines {
            let t = self.line_tax(line);
            s.allocated = s.allocated + t.total;
            s.in_house = s.in_house + t.in_house;
            s.external = s.external + t.external;
        }
        s.cost = if self.tax.recoverable || !self.tax.applies() {
            s.allocated.excl
        } else {
            s.allocated.incl
        };
        let checked = s.allocated.on(self.tax.basis);
        s.cost_over_total = Money((s.cost.0 - checked.0.max(self.total.0)).max(0));
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tax_both_ways_is_rounded_per_amount() {
        let t = Taxed::of(Money(720_000), 810, Basis::Excluding);
        assert_eq!(
            (t.excl, t.tax, t.incl),
            (Money(720_000), Money(58_320), Money(778_320))
        );
        let back = Taxed::of(Money(778_320), 810, Basis::Including);
        assert_eq!(back, t);
        // CHF 0.05 at 8.1 % is 0.00405: no tax; 0.07 is 0.00567: one centime.
        assert_eq!(Taxed::of(Money(5), 810, Basis::Excluding).tax, Money(0));
        assert_eq!(Taxed::of(Money(7), 810, Basis::Excluding).tax, Money(1));
        // 100.00 including 20 %: 16.666..., so 16.67 and 83.33.
        let fr = Taxed::of(Money(10_000), 2_000, Basis::Including);
        assert_eq!((fr.excl, fr.tax), (Money(8_333), Money(1_667)));
        assert_eq!(
            Taxed::of(Money(10_000), 0, Basis::Including).excl,
            Money(10_000)
        );
    }

    #[test]
    fn regimes_give_their_countries_rates() {
        assert_eq!(Regime::Switzerland.standard_bp(), 810);
        assert_eq!(Regime::France.rates_bp(), vec![2_000, 1_000, 550, 210, 0]);
        assert_eq!(Regime::Other(9_999).standard_bp(), MAX_VAT_BP);
        assert_eq!(Regime::for_currency("CHF"), Regime::Switzerland);
        assert_eq!(Regime::for_currency("USD"), Regime::None);
    }
}
