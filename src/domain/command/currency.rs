//! A change of currency keeps every amount exact: amounts are rescaled to
//! the new currency's decimals, or the change is refused.

use super::CommandError;
use crate::domain::{budget::fee_amount, Currency, Money, Plan};

/// Every amount of the plan, for rescaling on a currency change.
fn money_fields(plan: &mut Plan) -> impl Iterator<Item = &mut Money> {
    std::iter::once(&mut plan.budget.total)
        .chain(plan.budget.lines.iter_mut().flat_map(|l| {
            let split = match &mut l.split {
                crate::domain::budget::Split::Amount(m) => Some(m),
                _ => None,
            };
            l.amounts.iter_mut().chain(split)
        }))
        .chain(
            plan.actions
                .iter_mut()
                .flat_map(|a| [&mut a.cost, &mut a.spent]),
        )
        .chain(plan.budget.rates.iter_mut().map(|r| &mut r.price))
}

/// Rescales amounts when the new currency has a different number of decimals,
/// refusing (and changing nothing) if an amount would lose a digit or overflow.
pub(super) fn rescale_money(plan: &mut Plan, to: &Currency) -> Result<(), CommandError> {
    let from = plan.currency.minor_digits();
    let to_digits = to.minor_digits();
    if from == to_digits {
        return Ok(());
    }
    let factor = 10i64.pow(from.abs_diff(to_digits));
    let convert = |m: Money| -> Option<Money> {
        if to_digits > from {
            m.0.checked_mul(factor)
                .map(Money)
                .filter(|m| m.is_in_range(to))
        } else if m.0 % factor == 0 {
            Some(Money(m.0 / factor))
        } else {
            None
        }
    };
    // A fee must come to its old amount converted, or its line would no
    // longer hold it: time at a rescaled price is rounded anew.
    let fee_moves = |fee: &crate::domain::budget::Fee| {
        let Some(rate) = plan.budget.rate(fee.rate) else {
            return false;
        };
        let before = fee_amount(fee.quantity, rate.price);
        match (convert(rate.price), convert(before)) {
            (Some(price), Some(after)) => fee_amount(fee.quantity, price) != after,
            _ => true,
        }
    };
    let fees = plan.budget.lines.iter().filter_map(|l| l.fee.as_ref());
    if fees
        .chain(plan.actions.iter().filter_map(|a| a.fee.as_ref()))
        .any(fee_moves)
    {
        return Err(CommandError::CurrencyWouldRound);
    }
    // Check every amount first so a refusal leaves the plan untouched.
    if money_fields(plan).any(|m| convert(*m).is_none()) {
        return Err(if to_digits > from {
            CommandError::AmountOutOfRange
        } else {
            CommandError::CurrencyWouldRound
        });
    }
    for m in money_fields(plan) {
        if let Some(converted) = convert(*m) {
            *m = converted;
        }
    }
    Ok(())
}
