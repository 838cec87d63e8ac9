//! The budget: one fixed total, never exceeded, split over three horizons
//! and over channels, in-house or with a consultant. Totals, shares and the
//! method's advice, computed from the lines.

mod allocate;
mod channels;
mod csv;
mod fees;
mod phasing;
mod producers;
mod tax;

pub use allocate::{
    apply_preset, distribute_rest, horizon, scale_to_total, split, Preset, LONG_TERM_FIRST_BP,
};
pub use channels::{
    channel, missing_usual, unused_channels, Channel, ChannelDef, Tier, CHANNELS, USUAL,
};
pub use csv::{delivery_name, horizon_name, to_csv, CsvStyle};
pub use fees::{fee_amount, Fee, Qty, Rate, TimeUnit, MAX_QTY};
pub use phasing::{clamp, default_span, month_count, monthly, MonthRow, MonthSpan, MAX_MONTHS};
pub use producers::{external_part, in_house_for_share, is_shared, Parts, Split};
pub use tax::{Basis, LineTax, Regime, Tax, TaxSummary, Taxed, MAX_VAT_BP};

use crate::domain::{
    money::{Percent, PercentError},
    number::NumberError,
    Budget, BudgetLine, ItemId, Money, Plan, Rank,
};

impl BudgetLine {
    /// Its tier for the 70/20/10 rule: the one chosen, or the channel's usual one.
    pub fn tier(&self) -> Tier {
        self.tier.unwrap_or_else(|| self.channel.default_tier())
    }

    /// What the line allocates over the three horizons.
    pub fn total(&self) -> Money {
        self.amounts.iter().copied().sum()
    }
}

/// `part` of `whole` in basis points (1% = 100), rounded to the nearest;
/// 0 when `whole` is zero.
pub fn share_bp(part: Money, whole: Money) -> u32 {
    if whole.0 <= 0 || part.0 <= 0 {
        return 0;
    }
    let bp = (i128::from(part.0) * 10_000 + i128::from(whole.0) / 2) / i128::from(whole.0);
    bp.clamp(0, 10_000) as u32
}

/// Why a cell typed as a percentage of the total was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// The budget has no total yet: a share of nothing.
    NoTotal,
    /// Below 0 % or above 100 %.
    OutOfRange,
    /// Not a number.
    Number(NumberError),
}

/// What a cell typed as a percentage of `total` holds (the table's % mode):
/// that share of the total, to the minor unit ([`Money::share`]). Without a
/// total, any number is refused for that first, in range or not; then a
/// number out of 0-100 %; then what is not a number.
pub fn amount_of_share(total: Money, typed: &str) -> Result<Money, ShareError> {
    match Percent::parse(typed) {
        Ok(_) | Err(PercentError::OutOfRange) if total == Money::ZERO => Err(ShareError::NoTotal),
        Ok(p) => Ok(total.share(p)),
        Err(PercentError::OutOfRange) => Err(ShareError::OutOfRange),
        Err(PercentError::Number(e)) => Err(ShareError::Number(e)),
    }
}

/// The totals people read around the table. Every figure is a sum of
/// cells, so the table always adds up.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    /// The fixed total.
    pub total: Money,
    /// What the lines allocate.
    pub allocated: Money,
    /// Total minus allocated (never negative: the total is never exceeded).
    pub remaining: Money,
    /// Per horizon, in [`crate::domain::Horizon::ALL`] order.
    pub by_horizon: [Money; 3],
    /// Per line, in the lines' order.
    pub by_line: Vec<(ItemId, Money)>,
    /// In-house, then external: a shared line counts its parts on each side.
    pub by_delivery: [Money; 2],
}

impl Budget {
    /// The totals of the table.
    pub fn summary(&self) -> Summary {
        let mut by_horizon = [Money::ZERO; 3];
        let mut by_delivery = [Money::ZERO; 2];
        for line in &self.lines {
            for (h, amount) in line.amounts.iter().enumerate() {
                by_horizon[h] = by_horizon[h] + *amount;
            }
            let parts = self.parts(line);
            by_delivery[0] = by_delivery[0] + parts.in_house;
            by_delivery[1] = by_delivery[1] + parts.external;
        }
        let allocated = self.allocated();
        Summary {
            total: self.total,
            allocated,
            remaining: Money((self.total.0 - allocated.0).max(0)),
            by_horizon,
            by_line: self.lines.iter().map(|l| (l.id, l.total())).collect(),
            by_delivery,
        }
    }
}

/// Advice on the split, shown and never enforced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Advice {
    /// The long term gets less than the immediate actions, though it pays most.
    LongTermBelowShortTerm {
        /// Long-term share of what is allocated, in basis points.
        long_bp: u32,
        /// Immediate share, in basis points.
        short_bp: u32,
    },
    /// One channel takes more than 60% of what is allocated.
    ChannelConcentrated {
        /// The line.
        line: ItemId,
        /// Its share, in basis points.
        share_bp: u32,
    },
    /// A priority objective that no budget line funds.
    PriorityWithoutBudget(ItemId),
}

/// Share above which one channel is too much of the budget, in basis points.
pub const CONCENTRATION_BP: u32 = 6_000;

/// The advice for `plan`'s budget, in a stable order.
pub fn advice(plan: &Plan) -> Vec<Advice> {
    let s = plan.budget.summary();
    let mut out = Vec::new();
    if s.allocated.0 > 0 {
        let long_bp = share_bp(s.by_horizon[2], s.allocated);
        let short_bp = share_bp(s.by_horizon[0], s.allocated);
        if long_bp < short_bp {
            out.push(Advice::LongTermBelowShortTerm { long_bp, short_bp });
        }
        if plan.budget.lines.len() > 1 {
            for (line, amount) in &s.by_line {
                let share = share_bp(*amount, s.allocated);
                if share > CONCENTRATION_BP {
                    out.push(Advice::ChannelConcentrated {
                        line: *line,
                        share_bp: share,
                    });
                }
            }
        }
    }
    for o in plan.objectives.iter().filter(|o| o.rank == Rank::Priority) {
        let funded = plan
            .budget
            .lines
            .iter()
            .any(|l| l.objectives.contains(&o.id) && l.total().0 > 0);
        if !funded {
            out.push(Advice::PriorityWithoutBudget(o.id));
        }
    }
    out
}
