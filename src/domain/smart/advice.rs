//! The method's advice on counts: 2 to 4 priority objectives, 5 to 10
//! indicators followed. Advice, never a rule.

use crate::domain::{Plan, Rank};
use std::ops::RangeInclusive;

/// How many priority objectives the method advises: 2 to 4. Fewer and the
/// plan lacks direction; more and nothing is a priority any more. Advice, not
/// a rule: [`priority_advice`] and the plan's validation (a warning) read it.
pub const PRIORITY_RANGE: RangeInclusive<usize> = 2..=4;

/// Advice on the number of priority objectives ([`PRIORITY_RANGE`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PriorityAdvice {
    /// Fewer than two: the plan lacks direction.
    TooFew(usize),
    /// More than four: nothing is a priority any more.
    TooMany(usize),
}

impl PriorityAdvice {
    /// How many priority objectives the plan has.
    pub fn count(self) -> usize {
        match self {
            PriorityAdvice::TooFew(n) | PriorityAdvice::TooMany(n) => n,
        }
    }
}

/// How many of the plan's objectives are priorities.
pub fn priority_count(plan: &Plan) -> usize {
    plan.objectives
        .iter()
        .filter(|o| o.rank == Rank::Priority)
        .count()
}

/// The rank of an objective the person adds: priority while the plan has
/// fewer priorities than the most the method advises ([`PRIORITY_RANGE`]),
/// secondary after that.
pub fn rank_for_new(plan: &Plan) -> Rank {
    if priority_count(plan) < *PRIORITY_RANGE.end() {
        Rank::Priority
    } else {
        Rank::Secondary
    }
}

/// `None` when the plan has [`PRIORITY_RANGE`] priority objectives (or no
/// objective at all yet).
pub fn priority_advice(plan: &Plan) -> Option<PriorityAdvice> {
    if plan.objectives.is_empty() {
        return None;
    }
    let n = priority_count(plan);
    if n < *PRIORITY_RANGE.start() {
        Some(PriorityAdvice::TooFew(n))
    } else if n > *PRIORITY_RANGE.end() {
        Some(PriorityAdvice::TooMany(n))
    } else {
        None
    }
}

/// How many indicators the method advises following: the 5 to 10 that
/// matter. Advice shown beside the KPI picker, never a rule.
pub const FOLLOWED_RANGE: RangeInclusive<usize> = 5..=10;

/// The distinct KPIs the plan's objectives follow (a KPI measuring two
/// objectives counts once).
pub fn followed_count(plan: &Plan) -> usize {
    let mut seen = std::collections::HashSet::new();
    plan.objectives
        .iter()
        .flat_map(|o| &o.kpis)
        .filter(|k| seen.insert(&k.kpi))
        .count()
}

/// Where `n` followed KPIs stand against [`FOLLOWED_RANGE`]: below, inside
/// (`Equal`) or above.
pub fn followed_advice(n: usize) -> std::cmp::Ordering {
    if n < *FOLLOWED_RANGE.start() {
        std::cmp::Ordering::Less
    } else if n > *FOLLOWED_RANGE.end() {
        std::cmp::Ordering::Greater
    } else {
        std::cmp::Ordering::Equal
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{ItemId, KpiRef, Lang, Objective, ObjectiveKpi};
    use std::cmp::Ordering;

    #[test]
    fn the_kpis_followed_are_counted_once_against_five_to_ten() {
        let day = chrono::NaiveDate::from_ymd_opt(2027, 1, 1).unwrap_or_default();
        let mut plan = Plan::new("K", day, Lang::Fr);
        let with = |id: u32, keys: &[&str]| {
            let mut o = Objective::new(ItemId(id), "O", Rank::Priority);
            o.kpis = keys
                .iter()
                .map(|k| ObjectiveKpi::new(KpiRef::Catalogue(k.to_string())))
                .collect();
            o
        };
        plan.objectives = vec![
            with(1, &["orders", "aov", "conversion_rate"]),
            with(2, &["orders", "open_rate"]),
        ];
        assert_eq!(followed_count(&plan), 4);
        assert_eq!(followed_advice(4), Ordering::Less);
        assert_eq!(followed_advice(5), Ordering::Equal);
        assert_eq!(followed_advice(10), Ordering::Equal);
        assert_eq!(followed_advice(11), Ordering::Greater);
    }
}
