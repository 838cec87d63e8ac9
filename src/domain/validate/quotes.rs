//! The budget as a consultant quotes it, checked as its commands check it:
//! rates, fees, shares, hours, VAT, who produces what and the quote's terms.

use super::{limits, Checker, ProblemKind};
use crate::domain::{
    budget::{Basis, Regime, Split, MAX_QTY, MAX_VAT_BP},
    command::MAX_RATES,
    production::ContentType,
    ItemId, Plan,
};
use std::collections::HashSet;

pub(super) fn problems(c: &mut Checker, plan: &Plan) {
    let b = &plan.budget;
    c.nested("plan.budget.rates".into(), b.rates.len(), MAX_RATES);
    for (i, r) in b.rates.iter().enumerate() {
        let p = format!("plan.budget.rates[{i}]");
        c.id(p.clone(), r.id);
        c.text(format!("{p}.role"), &r.role, limits::SHORT_TEXT);
        c.required(format!("{p}.role"), &r.role);
        c.money(format!("{p}.price"), r.price);
    }
    if matches!(b.tax.regime, Regime::Other(bp) if bp > MAX_VAT_BP) {
        c.error("plan.budget.tax.regime", ProblemKind::NumberOutOfRange);
    }
    let fees =
        b.lines.iter().any(|l| l.fee.is_some()) || plan.actions.iter().any(|a| a.fee.is_some());
    if fees && b.tax.applies() && b.tax.basis == Basis::Including {
        // Rates are prices excluding tax ([`crate::domain::CommandError::FeesExcludeTax`]).
        c.error("plan.budget.tax.basis", ProblemKind::AmountOutOfRange);
    }
    let pr = &plan.production;
    c.nested("plan.production.custom".into(), pr.custom.len(), MAX_RATES);
    c.nested(
        "plan.production.producers".into(),
        pr.producers.len(),
        MAX_RATES,
    );
    c.nested(
        "plan.production.assignments".into(),
        pr.assignments.len(),
        MAX_RATES * 4,
    );
    for (i, k) in pr.custom.iter().enumerate() {
        let p = format!("plan.production.custom[{i}]");
        c.id(p.clone(), k.id);
        c.text(format!("{p}.name"), &k.name, limits::SHORT_TEXT);
        c.required(format!("{p}.name"), &k.name);
    }
    for (i, k) in pr.producers.iter().enumerate() {
        let p = format!("plan.production.producers[{i}]");
        c.id(p.clone(), k.id);
        c.text(format!("{p}.name"), &k.name, limits::SHORT_TEXT);
    }
    let producers: HashSet<ItemId> = pr.producers.iter().map(|p| p.id).collect();
    let custom: HashSet<ItemId> = pr.custom.iter().map(|k| k.id).collect();
    for (i, a) in pr.assignments.iter().enumerate() {
        let p = format!("plan.production.assignments[{i}]");
        c.reference(format!("{p}.producer"), a.producer, &producers);
        if let ContentType::Custom(id) = a.content {
            c.reference(format!("{p}.content"), id, &custom);
        }
    }
    let rates: HashSet<ItemId> = b.rates.iter().map(|r| r.id).collect();
    for (i, l) in b.lines.iter().enumerate() {
        let p = format!("plan.budget.lines[{i}]");
        match l.split {
            Split::Share(bp) if bp > 10_000 => {
                c.error(format!("{p}.split"), ProblemKind::NumberOutOfRange)
            }
            Split::Amount(m) => c.money(format!("{p}.split"), m),
            _ => {}
        }
        if let Some(fee) = l.fee {
            c.reference(format!("{p}.fee.rate"), fee.rate, &rates);
            if fee.quantity.0 > MAX_QTY {
                c.error(format!("{p}.fee.quantity"), ProblemKind::NumberOutOfRange);
            } else if let Some(amount) = b.fee_amount(&fee) {
                // What the commands keep: a line holds its fee, in range.
                if !amount.is_in_range(&plan.currency) || amount > l.total() {
                    c.error(format!("{p}.fee"), ProblemKind::AmountOutOfRange);
                }
            }
        }
        work(c, &p, l.hours.map(|h| h.0), l.content, &custom);
        let known = |v: u32| b.tax.regime == Regime::None || b.tax.regime.rates_bp().contains(&v);
        if l.vat_bp.is_some_and(|v| v > MAX_VAT_BP || !known(v)) {
            c.error(format!("{p}.vat_bp"), ProblemKind::NumberOutOfRange);
        }
    }
    for (i, a) in plan.actions.iter().enumerate() {
        let p = format!("plan.actions[{i}]");
        if let Some(fee) = a.fee {
            c.reference(format!("{p}.fee.rate"), fee.rate, &rates);
            if fee.quantity.0 > MAX_QTY {
                c.error(format!("{p}.fee.quantity"), ProblemKind::NumberOutOfRange);
            } else if b.fee_amount(&fee).is_some_and(|m| m != a.cost) {
                // An action with a fee costs what the fee comes to.
                c.error(format!("{p}.cost"), ProblemKind::AmountOutOfRange);
            }
        }
        work(c, &p, a.hours.map(|h| h.0), a.content, &custom);
    }
    let q = &plan.quote;
    c.text("plan.quote.number", &q.number, limits::SHORT_TEXT);
    c.text("plan.quote.terms", &q.terms, limits::LONG_TEXT);
    let issued = q.issued.is_none_or(|d| c.date("plan.quote.issued", d));
    let until = q
        .valid_until
        .is_none_or(|d| c.date("plan.quote.valid_until", d));
    if issued && until && q.issued.zip(q.valid_until).is_some_and(|(a, b)| b < a) {
        c.error("plan.quote.valid_until", ProblemKind::EndBeforeStart);
    }
}

/// Hours and the kind of content, on a line or an action.
fn work(
    c: &mut Checker,
    p: &str,
    hours: Option<u32>,
    content: Option<ContentType>,
    custom: &HashSet<ItemId>,
) {
    if hours.is_some_and(|h| h > MAX_QTY) {
        c.error(format!("{p}.hours"), ProblemKind::NumberOutOfRange);
    }
    if let Some(ContentType::Custom(id)) = content {
        c.reference(format!("{p}.content"), id, custom);
    }
}
