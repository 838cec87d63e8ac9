//! The formula library: every KPI formula of the catalogue, solvable for
//! any of its variables (give CPC and clicks, get spend; give spend and a
//! target CPA, get the orders needed).
//!
//! A missing input or a zero denominator is a result with its reason
//! ([`NotComputable`]), never NaN or infinity.

use crate::domain::catalogue::{Formula, Var};
use std::collections::BTreeMap;

/// What a formula is solved for: the KPI itself or one of its inputs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Slot {
    /// The KPI's value.
    Kpi,
    /// One of the formula's inputs.
    Var(Var),
}

/// Why a value cannot be computed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotComputable {
    /// The KPI is read from a tool; it has no formula.
    NoFormula,
    /// This input is needed and was not given.
    Missing(Slot),
    /// This value would be divided by, and it is zero.
    DividesByZero(Slot),
    /// The result would be infinite or not a number (an input out of range).
    OutOfRange,
}

/// Known values, by slot, in stored units (rates as fractions, money in
/// major units of the plan's currency).
pub type Knowns = BTreeMap<Slot, f64>;

fn get(knowns: &Knowns, slot: Slot) -> Result<f64, NotComputable> {
    match knowns.get(&slot) {
        Some(v) if v.is_finite() => Ok(*v),
        Some(_) => Err(NotComputable::OutOfRange),
        None => Err(NotComputable::Missing(slot)),
    }
}

fn divide(a: f64, b: f64, b_slot: Slot) -> Result<f64, NotComputable> {
    if b == 0.0 {
        return Err(NotComputable::DividesByZero(b_slot));
    }
    finite(a / b)
}

fn finite(v: f64) -> Result<f64, NotComputable> {
    if v.is_finite() {
        Ok(v)
    } else {
        Err(NotComputable::OutOfRange)
    }
}

/// The slots of `formula`: the KPI first, then its inputs.
pub fn slots(formula: &Formula) -> Vec<Slot> {
    let mut out = vec![Slot::Kpi];
    out.extend(formula.inputs().into_iter().map(Slot::Var));
    out
}

/// Solves `formula` for `unknown` from the other slots' values.
pub fn solve(formula: &Formula, unknown: Slot, knowns: &Knowns) -> Result<f64, NotComputable> {
    match *formula {
        Formula::Measured => Err(NotComputable::NoFormula),
        Formula::Ratio { num, den, scale } => {
            let (n, d, k) = (Slot::Var(num), Slot::Var(den), Slot::Kpi);
            match unknown {
                Slot::Kpi => {
                    let (a, b) = (get(knowns, n)?, get(knowns, d)?);
                    divide(a * scale, b, d)
                }
                s if s == n => finite(get(knowns, k)? * get(knowns, d)? / scale),
                s if s == d => {
                    let (a, kpi) = (get(knowns, n)?, get(knowns, k)?);
                    divide(a * scale, kpi, k)
                }
                _ => Err(NotComputable::NoFormula),
            }
        }
        Formula::Roi => {
            let (rev, mar, spend, k) = (
                Slot::Var(Var::Revenue),
                Slot::Var(Var::Margin),
                Slot::Var(Var::Spend),
                Slot::Kpi,
            );
            match unknown {
                Slot::Kpi => {
                    let s = get(knowns, spend)?;
                    divide(get(knowns, rev)? * get(knowns, mar)? - s, s, spend)
                }
                s if s == rev => {
                    let (sp, kpi, m) = (get(knowns, spend)?, get(knowns, k)?, get(knowns, mar)?);
                    divide(sp * (kpi + 1.0), m, mar)
                }
                s if s == mar => {
                    let (sp, kpi, r) = (get(knowns, spend)?, get(knowns, k)?, get(knowns, rev)?);
                    divide(sp * (kpi + 1.0), r, rev)
                }
                s if s == spend => {
                    let (r, m, kpi) = (get(knowns, rev)?, get(knowns, mar)?, get(knowns, k)?);
                    // ROI = -100% means the spend earns nothing back: any spend fits.
                    divide(r * m, kpi + 1.0, k)
                }
                _ => Err(NotComputable::NoFormula),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalogue;

    fn formula(key: &str) -> Formula {
        catalogue::kpi(key).unwrap().formula
    }

    fn knowns(pairs: &[(Slot, f64)]) -> Knowns {
        pairs.iter().copied().collect()
    }

    /// The reference values of the issue, by hand.
    #[test]
    fn hand_computed_references() {
        let conv = solve(
            &formula("conversion_rate"),
            Slot::Kpi,
            &knowns(&[
                (Slot::Var(Var::Orders), 250.0),
                (Slot::Var(Var::Sessions), 10_000.0),
            ]),
        );
        assert_eq!(conv, Ok(0.025));
        let cpa = solve(
            &formula("cost_per_order"),
            Slot::Kpi,
            &knowns(&[
                (Slot::Var(Var::Spend), 5_000.0),
                (Slot::Var(Var::Orders), 250.0),
            ]),
        );
        assert_eq!(cpa, Ok(20.0));
        let react = solve(
            &formula("reactivity_rate"),
            Slot::Kpi,
            &knowns(&[
                (Slot::Var(Var::EmailClicks), 300.0),
                (Slot::Var(Var::EmailOpens), 2_000.0),
            ]),
        );
        assert_eq!(react, Ok(0.15));
        // Enter CPC and clicks, get spend.
        let spend = solve(
            &formula("cpc"),
            Slot::Var(Var::Spend),
            &knowns(&[(Slot::Kpi, 2.5), (Slot::Var(Var::Clicks), 400.0)]),
        );
        assert_eq!(spend, Ok(1_000.0));
        // Enter spend and a target CPA, get the orders needed.
        let orders = solve(
            &formula("cost_per_order"),
            Slot::Var(Var::Orders),
            &knowns(&[(Slot::Var(Var::Spend), 5_000.0), (Slot::Kpi, 20.0)]),
        );
        assert_eq!(orders, Ok(250.0));
        let cpm = solve(
            &formula("cpm"),
            Slot::Kpi,
            &knowns(&[
                (Slot::Var(Var::Spend), 300.0),
                (Slot::Var(Var::Impressions), 60_000.0),
            ]),
        );
        assert_eq!(cpm, Ok(5.0));
        let roi = solve(
            &Formula::Roi,
            Slot::Kpi,
            &knowns(&[
                (Slot::Var(Var::Revenue), 20_000.0),
                (Slot::Var(Var::Margin), 0.4),
                (Slot::Var(Var::Spend), 5_000.0),
            ]),
        );
        assert_eq!(roi, Ok(0.6));
    }

    #[test]
    fn zero_and_missing_inputs_say_why() {
        let f = formula("conversion_rate");
        let zero = knowns(&[
            (Slot::Var(Var::Orders), 5.0),
            (Slot::Var(Var::Sessions), 0.0),
        ]);
        assert_eq!(
            solve(&f, Slot::Kpi, &zero),
            Err(NotComputable::DividesByZero(Slot::Var(Var::Sessions)))
        );
        assert_eq!(
            solve(&f, Slot::Kpi, &Knowns::new()),
            Err(NotComputable::Missing(Slot::Var(Var::Orders)))
        );
        let zero_rate = knowns(&[(Slot::Var(Var::Orders), 5.0), (Slot::Kpi, 0.0)]);
        assert_eq!(
            solve(&f, Slot::Var(Var::Sessions), &zero_rate),
            Err(NotComputable::DividesByZero(Slot::Kpi))
        );
        assert_eq!(
            solve(&Formula::Measured, Slot::Kpi, &Knowns::new()),
            Err(NotComputable::NoFormula)
        );
        let nan = knowns(&[
            (Slot::Var(Var::Orders), f64::NAN),
            (Slot::Var(Var::Sessions), 3.0),
        ]);
        assert_eq!(solve(&f, Slot::Kpi, &nan), Err(NotComputable::OutOfRange));
        let huge = knowns(&[
            (Slot::Var(Var::Orders), 1e308),
            (Slot::Var(Var::Sessions), 1e-308),
        ]);
        assert_eq!(solve(&f, Slot::Kpi, &huge), Err(NotComputable::OutOfRange));
    }
}
