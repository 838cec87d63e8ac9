//! Splitting money exactly: the largest-remainder rule, the presets,
//! "distribute the rest" and scaling down to a lower total.
//!
//! Every function here returns a [`Command`] for the UI to send, so a
//! preset is one undo step and goes through the same checks as a hand edit.
//! Locked cells are never touched.

use crate::domain::{budget::Tier, Budget, Command, CommandError, Horizon, ItemId, Money, Plan};

/// Splits `total` into parts proportional to `weights`, exactly.
///
/// Largest-remainder (Hamilton) rule: each part first gets
/// `floor(total × weight / Σweights)`; the minor units left over go, one
/// each, to the parts with the largest remainders (ties to the earlier
/// part). When every weight is zero the parts are equal. The parts always
/// sum to `total`, and none is negative when `total` is not.
pub fn split(total: i64, weights: &[u64]) -> Vec<i64> {
    if weights.is_empty() {
        return Vec::new();
    }
    let equal;
    let weights = if weights.iter().all(|w| *w == 0) {
        equal = vec![1u64; weights.len()];
        &equal
    } else {
        weights
    };
    let sum: u128 = weights.iter().map(|w| u128::from(*w)).sum();
    let magnitude = u128::from(total.unsigned_abs());
    let mut parts = Vec::with_capacity(weights.len());
    let mut remainders = Vec::with_capacity(weights.len());
    let mut given: u128 = 0;
    for (i, w) in weights.iter().enumerate() {
        let exact = magnitude * u128::from(*w);
        parts.push(exact / sum);
        remainders.push((exact % sum, i));
        given += exact / sum;
    }
    // Largest remainder first; on a tie, the earlier part.
    remainders.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    for (_, i) in remainders.into_iter().take((magnitude - given) as usize) {
        parts[i] += 1;
    }
    let sign = if total < 0 { -1 } else { 1 };
    parts.into_iter().map(|p| sign * p as i64).collect()
}

/// The ready-made splits of the budget.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Preset {
    /// The method's advice: the long term pays most, so it gets most
    /// (immediate 20%, medium term 30%, long term 50%).
    LongTermFirst,
    /// 70% to proven channels, 20% to emerging ones, 10% to experiments.
    SeventyTwentyTen,
    /// The same amount in every cell.
    Equal,
}

impl Preset {
    /// Every preset.
    pub const ALL: [Preset; 3] = [
        Preset::LongTermFirst,
        Preset::SeventyTwentyTen,
        Preset::Equal,
    ];
}

/// Horizon weights of [`Preset::LongTermFirst`], in basis points.
pub const LONG_TERM_FIRST_BP: [u64; 3] = [2_000, 3_000, 5_000];

/// Whether presets and scaling leave a cell alone: it is locked, or its
/// line's amount follows a fee.
fn held(line: &crate::domain::BudgetLine, h: usize) -> bool {
    line.locked[h] || line.fee.is_some()
}

/// The unlocked cells, as (line index, horizon index).
fn unlocked(budget: &Budget) -> Vec<(usize, usize)> {
    budget
        .lines
        .iter()
        .enumerate()
        .flat_map(|(i, l)| (0..3).filter(move |h| !held(l, *h)).map(move |h| (i, h)))
        .collect()
}

fn locked_sum(budget: &Budget) -> i64 {
    budget
        .lines
        .iter()
        .flat_map(|l| (0..3).filter(|h| held(l, *h)).map(|h| l.amounts[h].0))
        .sum()
}

/// Amounts per line after setting `cells` to `values`.
fn with_cells(
    budget: &Budget,
    cells: &[(usize, usize)],
    values: &[i64],
) -> Vec<(ItemId, [Money; 3])> {
    let mut amounts: Vec<[Money; 3]> = budget.lines.iter().map(|l| l.amounts).collect();
    for ((i, h), v) in cells.iter().zip(values) {
        amounts[*i][*h] = Money(*v);
    }
    budget.lines.iter().map(|l| l.id).zip(amounts).collect()
}

/// Splits `amount` over `cells` in two levels: first over `groups` by
/// their weights (groups with no cell drop out), then equally inside each
/// group. Both levels are exact.
fn split_by_groups(
    amount: i64,
    cells: &[(usize, usize)],
    group_of: impl Fn(usize, usize) -> usize,
    group_weights: &[u64],
) -> Vec<i64> {
    let counts: Vec<u64> = (0..group_weights.len())
        .map(|g| cells.iter().filter(|(i, h)| group_of(*i, *h) == g).count() as u64)
        .collect();
    let weights: Vec<u64> = group_weights
        .iter()
        .zip(&counts)
        .map(|(w, n)| if *n == 0 { 0 } else { *w })
        .collect();
    if weights.iter().all(|w| *w == 0) {
        return split(amount, &vec![1; cells.len()]);
    }
    let per_group = split(amount, &weights);
    let mut out = vec![0; cells.len()];
    for (g, group_amount) in per_group.into_iter().enumerate() {
        let members: Vec<usize> = (0..cells.len())
            .filter(|k| group_of(cells[*k].0, cells[*k].1) == g)
            .collect();
        for (k, part) in members
            .iter()
            .zip(split(group_amount, &vec![1; members.len()]))
        {
            out[*k] = part;
        }
    }
    out
}

/// Fills every unlocked cell from scratch with `preset`, so the table sums
/// exactly to the total. Refused when there is no unlocked cell.
pub fn apply_preset(plan: &Plan, preset: Preset) -> Result<Command, CommandError> {
    let budget = &plan.budget;
    let cells = unlocked(budget);
    if cells.is_empty() {
        return Err(CommandError::NothingToDistribute);
    }
    let free = budget.total.0 - locked_sum(budget);
    if free < 0 {
        return Err(CommandError::OverBudget {
            excess: Money(-free),
        });
    }
    let values = match preset {
        Preset::Equal => split(free, &vec![1; cells.len()]),
        Preset::LongTermFirst => split_by_groups(free, &cells, |_, h| h, &LONG_TERM_FIRST_BP),
        Preset::SeventyTwentyTen => {
            let tier = |i: usize| budget.lines[i].tier();
            let weights: Vec<u64> = Tier::ALL.iter().map(|t| t.weight_bp()).collect();
            split_by_groups(
                free,
                &cells,
                |i, _| Tier::ALL.iter().position(|t| *t == tier(i)).unwrap_or(0),
                &weights,
            )
        }
    };
    Ok(Command::SetAllocation(with_cells(budget, &cells, &values)))
}

/// Adds what is not allocated yet to the unlocked cells, in proportion to
/// what they already hold (equally when they all hold nothing).
pub fn distribute_rest(plan: &Plan) -> Result<Command, CommandError> {
    let budget = &plan.budget;
    let cells = unlocked(budget);
    let rest = budget.total.0 - budget.allocated().0;
    if cells.is_empty() || rest <= 0 {
        return Err(CommandError::NothingToDistribute);
    }
    let weights: Vec<u64> = cells
        .iter()
        .map(|(i, h)| budget.lines[*i].amounts[*h].0.max(0) as u64)
        .collect();
    let shares = split(rest, &weights);
    let values: Vec<i64> = cells
        .iter()
        .zip(shares)
        .map(|((i, h), s)| budget.lines[*i].amounts[*h].0 + s)
        .collect();
    Ok(Command::SetAllocation(with_cells(budget, &cells, &values)))
}

/// Lowers the total to `total`, scaling the unlocked cells down in
/// proportion so that the table still fits. Refused when the locked cells
/// alone are above `total`. One undo step.
pub fn scale_to_total(plan: &Plan, total: Money) -> Result<Command, CommandError> {
    if !total.is_in_range(&plan.currency) {
        return Err(CommandError::AmountOutOfRange);
    }
    let budget = &plan.budget;
    let locked = locked_sum(budget);
    if locked > total.0 {
        return Err(CommandError::LockedAboveTotal {
            locked: Money(locked),
        });
    }
    let cells = unlocked(budget);
    let unlocked_sum: i64 = cells
        .iter()
        .map(|(i, h)| budget.lines[*i].amounts[*h].0)
        .sum();
    let target = unlocked_sum.min(total.0 - locked);
    let weights: Vec<u64> = cells
        .iter()
        .map(|(i, h)| budget.lines[*i].amounts[*h].0.max(0) as u64)
        .collect();
    let values = split(target, &weights);
    Ok(Command::Batch(vec![
        Command::SetAllocation(with_cells(budget, &cells, &values)),
        Command::SetBudgetTotal(total),
    ]))
}

/// The horizon of a column index.
pub fn horizon(h: usize) -> Horizon {
    Horizon::ALL[h.min(2)]
}
