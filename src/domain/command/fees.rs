//! Commands on the budget as a consultant quotes it: fees as time at a
//! rate, the plan's rates, tax, who produces what and the quote's terms.
//! Each keeps the budget's rule: what the lines allocate never exceeds the
//! total, and a fee's line always holds its fee.

use super::{check_date, check_len, ids::claim_id, Command, CommandError};
use crate::domain::{
    budget::{split, Basis, Fee, Rate, Regime, Split, Tax, MAX_QTY, MAX_VAT_BP},
    production::{ContentType, Production},
    quote::QuoteSettings,
    validate::limits,
    BudgetLine, ItemId, Money, Plan,
};

/// Most rates a plan keeps, and most producers or kinds of content.
pub const MAX_RATES: usize = 200;

/// `amounts` spread to add up to `total`: in proportion to the cells that
/// are not locked (all to the first open one when they are empty); locked
/// cells keep theirs. Unchanged when the total is. `None` when the locked
/// cells alone are above `total`, or every cell is locked and the total
/// moves.
fn respread(amounts: [Money; 3], locked: [bool; 3], total: Money) -> Option<[Money; 3]> {
    let now: i64 = amounts.iter().map(|m| m.0).sum();
    if now == total.0 {
        return Some(amounts);
    }
    let held: i64 = (0..3).filter(|h| locked[*h]).map(|h| amounts[h].0).sum();
    let open: Vec<usize> = (0..3).filter(|h| !locked[*h]).collect();
    if held > total.0 || open.is_empty() {
        return None;
    }
    let mut weights: Vec<u64> = open.iter().map(|h| amounts[*h].0.max(0) as u64).collect();
    if weights.iter().all(|w| *w == 0) {
        weights = (0..open.len()).map(|i| u64::from(i == 0)).collect();
    }
    let mut out = amounts;
    for (h, part) in open.iter().zip(split(total.0 - held, &weights)) {
        out[*h] = Money(part);
    }
    Some(out)
}

/// `line` with `fee`: its external part becomes the fee and its in-house
/// part stays, so its total moves by the difference, spread over its cells.
/// Without a fee, the line keeps its amounts and its split becomes the
/// amount the fee came to, so nobody's part moves.
pub fn line_with_fee(
    plan: &Plan,
    line: &BudgetLine,
    fee: Option<Fee>,
) -> Result<BudgetLine, CommandError> {
    let parts = plan.budget.parts(line);
    let Some(fee) = fee else {
        let mut next = line.clone();
        if line.fee.is_some() {
            next.split = Split::Amount(parts.external);
        }
        next.fee = None;
        return Ok(next);
    };
    fee_on(plan, line, fee, parts.in_house)
}

/// `line` holding `fee` at `plan`'s rates beside `in_house`: its cells
/// spread to add up to both.
fn fee_on(
    plan: &Plan,
    line: &BudgetLine,
    fee: Fee,
    in_house: Money,
) -> Result<BudgetLine, CommandError> {
    let amount = checked_fee(plan, &fee)?;
    let total = in_house
        .checked_add(amount)
        .filter(|t| t.is_in_range(&plan.currency))
        .ok_or(CommandError::AmountOutOfRange)?;
    let mut next = line.clone();
    next.amounts = respread(line.amounts, line.locked, total).ok_or(CommandError::CellLocked)?;
    next.fee = Some(fee);
    Ok(next)
}

/// What `fee` comes to at `plan`'s rates, refused when its rate is gone,
/// when it is out of range, or when the plan's amounts include VAT (rates
/// are prices excluding tax, as consultants quote them).
pub(super) fn checked_fee(plan: &Plan, fee: &Fee) -> Result<Money, CommandError> {
    if plan.budget.tax.applies() && plan.budget.tax.basis == Basis::Including {
        return Err(CommandError::FeesExcludeTax);
    }
    if fee.quantity.0 > MAX_QTY {
        return Err(CommandError::AmountOutOfRange);
    }
    plan.budget
        .fee_amount(fee)
        .ok_or(CommandError::UnknownItem(fee.rate))
        .and_then(|m| {
            m.is_in_range(&plan.currency)
                .then_some(m)
                .ok_or(CommandError::AmountOutOfRange)
        })
}

pub(super) fn check_line(plan: &Plan, line: &BudgetLine) -> Result<(), CommandError> {
    super::budget::check_line_fields(plan, line)?;
    if let Some(fee) = &line.fee {
        let amount = checked_fee(plan, fee)?;
        if amount > line.total() {
            return Err(CommandError::BelowFee { fee: amount });
        }
    }
    // An external amount above the line's total is read as the total
    // (`external_part`): cells may go down after it was typed.
    match line.split {
        Split::Share(bp) if bp > 10_000 => return Err(CommandError::AmountOutOfRange),
        Split::Amount(m) if !m.is_in_range(&plan.currency) => {
            return Err(CommandError::AmountOutOfRange)
        }
        _ => {}
    }
    if line.hours.is_some_and(|h| h.0 > MAX_QTY) || line.vat_bp.is_some_and(|v| v > MAX_VAT_BP) {
        return Err(CommandError::AmountOutOfRange);
    }
    check_content(plan, line.content)
}

pub(super) fn check_content(plan: &Plan, content: Option<ContentType>) -> Result<(), CommandError> {
    match content {
        Some(ContentType::Custom(id)) if !plan.production.has(ContentType::Custom(id)) => {
            Err(CommandError::UnknownItem(id))
        }
        _ => Ok(()),
    }
}

/// Replaces lines (same ids) whole, at once: what fee and rate changes
/// send, and what undoes them. The table must fit in the total.
pub(super) fn replace_lines(
    plan: &mut Plan,
    lines: Vec<BudgetLine>,
) -> Result<Command, CommandError> {
    let mut allocated = i128::from(plan.budget.allocated().0);
    for (i, line) in lines.iter().enumerate() {
        let old = plan
            .line(line.id)
            .ok_or(CommandError::UnknownItem(line.id))?;
        if lines[..i].iter().any(|l| l.id == line.id) {
            return Err(CommandError::DuplicateId(line.id));
        }
        check_line(plan, line)?;
        allocated += i128::from(line.total().0) - i128::from(old.total().0);
    }
    super::budget::check_fits(plan, allocated)?;
    let mut old = Vec::with_capacity(lines.len());
    for line in lines {
        if let Some(slot) = plan.line_mut(line.id) {
            old.push(std::mem::replace(slot, line));
        }
    }
    Ok(Command::ReplaceBudgetLines(old))
}

/// `line` with these two parts: its cells spread to add up to both, its
/// split the external amount. A line with a fee keeps the fee as its
/// external part, whatever `external` says.
pub fn line_with_parts(
    plan: &Plan,
    line: &BudgetLine,
    in_house: Money,
    external: Money,
) -> Result<BudgetLine, CommandError> {
    let external = match line.fee.as_ref() {
        Some(f) => checked_fee(plan, f)?,
        None => external,
    };
    let total = in_house
        .checked_add(external)
        .filter(|t| t.is_in_range(&plan.currency) && in_house.0 >= 0 && external.0 >= 0)
        .ok_or(CommandError::AmountOutOfRange)?;
    let mut next = line.clone();
    next.amounts = respread(line.amounts, line.locked, total).ok_or(CommandError::CellLocked)?;
    if line.fee.is_none() {
        next.split = Split::Amount(external);
    }
    Ok(next)
}

/// Sets or removes a line's fee ([`line_with_fee`]).
pub(super) fn set_line_fee(
    plan: &mut Plan,
    id: ItemId,
    fee: Option<Fee>,
) -> Result<Command, CommandError> {
    let line = plan.line(id).ok_or(CommandError::UnknownItem(id))?;
    let next = line_with_fee(plan, line, fee)?;
    replace_lines(plan, vec![next])
}

fn check_rates(plan: &Plan, rates: &[Rate]) -> Result<(), CommandError> {
    if rates.len() > MAX_RATES {
        return Err(CommandError::TooManyLinks { max: MAX_RATES });
    }
    for (i, r) in rates.iter().enumerate() {
        if r.role.trim().is_empty() {
            return Err(CommandError::EmptyTitle);
        }
        check_len("budget.rates.role", &r.role, limits::SHORT_TEXT)?;
        if !r.price.is_in_range(&plan.currency) {
            return Err(CommandError::AmountOutOfRange);
        }
        if rates[..i].iter().any(|o| o.id == r.id) {
            return Err(CommandError::DuplicateId(r.id));
        }
    }
    let gone = |id: ItemId| !rates.iter().any(|r| r.id == id);
    let in_use = plan
        .budget
        .lines
        .iter()
        .filter_map(|l| l.fee)
        .chain(plan.actions.iter().filter_map(|a| a.fee))
        .find(|f| gone(f.rate));
    match in_use {
        Some(f) => Err(CommandError::RateInUse(f.rate)),
        None => Ok(()),
    }
}

/// Replaces the plan's rates; every line and action on a rate whose price
/// changed follows it. Refused, changing nothing, when a line would go
/// over the total or a rate still in use is removed.
pub(super) fn set_rates(plan: &mut Plan, rates: Vec<Rate>) -> Result<Command, CommandError> {
    check_rates(plan, &rates)?;
    let mut claims = Vec::new();
    for r in &rates {
        if plan.budget.rate(r.id).is_none() {
            claims.push(r.id);
        }
    }
    let mut staged = plan.clone();
    for id in &claims {
        // Claimed on the copy first, so a refusal leaves the plan as it was.
        claim_id(&mut staged, *id)?;
    }
    let old_rates = std::mem::replace(&mut staged.budget.rates, rates.clone());
    // Each fee line keeps its in-house part, as it is before the change.
    let changed: Vec<BudgetLine> = plan
        .budget
        .lines
        .iter()
        .filter_map(|l| {
            l.fee
                .map(|fee| fee_on(&staged, l, fee, plan.budget.parts(l).in_house))
        })
        .collect::<Result<_, _>>()?;
    let moved: Vec<BudgetLine> = changed
        .into_iter()
        .filter(|l| plan.line(l.id).is_some_and(|old| old.amounts != l.amounts))
        .collect();
    let restore: Vec<BudgetLine> = moved
        .iter()
        .filter_map(|l| plan.line(l.id).cloned())
        .collect();
    let mut inverse = Vec::new();
    if !moved.is_empty() {
        replace_lines(&mut staged, moved)?;
        inverse.push(Command::ReplaceBudgetLines(restore));
    }
    let costs: Vec<Option<Money>> = staged
        .actions
        .iter()
        .map(|a| a.fee.as_ref().map(|f| checked_fee(&staged, f)).transpose())
        .collect::<Result<_, _>>()?;
    for (a, cost) in staged.actions.iter_mut().zip(costs) {
        if let Some(cost) = cost {
            a.cost = cost;
        }
    }
    let next_before = plan.next_id;
    *plan = staged;
    // Back to the old rates first (the lines' totals with them), then each
    // moved line's exact cells.
    inverse.insert(0, Command::SetRates(old_rates));
    if plan.next_id != next_before {
        inverse.push(Command::SetNextId(next_before));
    }
    Ok(Command::Batch(inverse))
}

/// Sets the tax settings. A line's own rate that the new regime does not
/// have goes back to the regime's standard rate (undo gives it back); the
/// plan's amounts cannot include VAT while it has fees.
pub(super) fn set_tax(plan: &mut Plan, tax: Tax) -> Result<Command, CommandError> {
    if matches!(tax.regime, Regime::Other(bp) if bp > MAX_VAT_BP) {
        return Err(CommandError::AmountOutOfRange);
    }
    let fees = plan.budget.lines.iter().any(|l| l.fee.is_some())
        || plan.actions.iter().any(|a| a.fee.is_some());
    if fees && tax.regime != Regime::None && tax.basis == Basis::Including {
        return Err(CommandError::FeesExcludeTax);
    }
    let rates = tax.regime.rates_bp();
    let mut restore = Vec::new();
    for line in &mut plan.budget.lines {
        if line.vat_bp.is_some_and(|v| !rates.contains(&v)) && tax.regime != Regime::None {
            restore.push(line.clone());
            line.vat_bp = None;
        }
    }
    let old = std::mem::replace(&mut plan.budget.tax, tax);
    if restore.is_empty() {
        return Ok(Command::SetTax(old));
    }
    Ok(Command::Batch(vec![
        Command::SetTax(old),
        Command::ReplaceBudgetLines(restore),
    ]))
}

/// Replaces who produces what. Kinds of content still named by a line or
/// an action cannot go; new custom kinds and producers take fresh ids.
pub(super) fn set_production(plan: &mut Plan, p: Production) -> Result<Command, CommandError> {
    if p.custom.len() > MAX_RATES || p.producers.len() > MAX_RATES {
        return Err(CommandError::TooManyLinks { max: MAX_RATES });
    }
    let ids: Vec<ItemId> = p.ids().collect();
    for (i, id) in ids.iter().enumerate() {
        if ids[..i].contains(id) {
            return Err(CommandError::DuplicateId(*id));
        }
    }
    for c in &p.custom {
        if c.name.trim().is_empty() {
            return Err(CommandError::EmptyTitle);
        }
        check_len("production.custom.name", &c.name, limits::SHORT_TEXT)?;
    }
    for pr in &p.producers {
        check_len("production.producers.name", &pr.name, limits::SHORT_TEXT)?;
    }
    if p.assignments.len() > MAX_RATES * 4 {
        return Err(CommandError::TooManyLinks { max: MAX_RATES * 4 });
    }
    if let Some(a) = p
        .assignments
        .iter()
        .find(|a| !p.has(a.content) || !p.producers.iter().any(|pr| pr.id == a.producer))
    {
        return Err(CommandError::UnknownItem(a.producer));
    }
    let named = plan
        .budget
        .lines
        .iter()
        .filter_map(|l| l.content)
        .chain(plan.actions.iter().filter_map(|a| a.content));
    for c in named {
        if let ContentType::Custom(id) = c {
            if !p.has(c) {
                return Err(CommandError::ContentInUse(id));
            }
        }
    }
    let known: Vec<ItemId> = plan.production.ids().collect();
    let mut staged = plan.clone();
    for id in ids.iter().filter(|id| !known.contains(id)) {
        claim_id(&mut staged, *id)?;
    }
    let next_before = plan.next_id;
    plan.next_id = staged.next_id;
    let old = std::mem::replace(&mut plan.production, p);
    let mut inverse = vec![Command::SetProduction(Box::new(old))];
    if plan.next_id != next_before {
        inverse.push(Command::SetNextId(next_before));
    }
    Ok(Command::Batch(inverse))
}

pub(super) fn set_quote(plan: &mut Plan, q: QuoteSettings) -> Result<Command, CommandError> {
    check_len("quote.number", &q.number, limits::SHORT_TEXT)?;
    check_len("quote.terms", &q.terms, limits::LONG_TEXT)?;
    for day in [q.issued, q.valid_until].into_iter().flatten() {
        check_date(day)?;
    }
    if let (Some(a), Some(b)) = (q.issued, q.valid_until) {
        if b < a {
            return Err(CommandError::EndBeforeStart);
        }
    }
    Ok(Command::SetQuote(std::mem::replace(&mut plan.quote, q)))
}
