//! The SMART checklist of an objective: each of the five letters is met or
//! not, and when not, says the concrete thing that is missing.
//!
//! "Achievable" is partly computed: [`achievable`] is the seam where the
//! forecast gives its verdict (budget allocated to the objective against the
//! budget its target needs). Until the forecast exists it has no verdict and
//! the letter rests on a named owner.

use crate::domain::{
    catalogue::{self, Bounds},
    forecast::Input,
    Direction, KpiRef, Lang, Money, Objective, ObjectiveKpi, Plan, Unit,
};

mod advice;
pub use advice::*;

/// Fewest words for a statement to count as specific.
pub const SPECIFIC_MIN_WORDS: usize = 6;

/// The five letters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Letter {
    /// Clear and detailed.
    Specific,
    /// Tracked by consistent indicators.
    Measurable,
    /// Budget and resources proportionate.
    Achievable,
    /// Ambitious yet coherent.
    Realistic,
    /// Judged at the end of a set period.
    TimeBound,
}

impl Letter {
    /// The letters in order.
    pub const ALL: [Letter; 5] = [
        Letter::Specific,
        Letter::Measurable,
        Letter::Achievable,
        Letter::Realistic,
        Letter::TimeBound,
    ];
}

/// What keeps a letter from being met.
#[derive(Clone, Debug, PartialEq)]
pub enum Missing {
    /// No statement written.
    NoStatement,
    /// A statement too short to say what changes, for whom.
    VagueStatement,
    /// No KPI chosen.
    NoKpi,
    /// A KPI without a target.
    NoTarget(KpiRef),
    /// A target given as a change, but no baseline to apply it to.
    ChangeWithoutBaseline(KpiRef),
    /// Nobody responsible.
    NoOwner,
    /// The forecast cannot tell: these inputs are missing.
    ForecastUnknown(Vec<Input>),
    /// The forecast says the budget cannot reach the target.
    OutOfReach {
        /// Budget the target needs.
        needed: Money,
        /// Budget allocated to the objective.
        allocated: Money,
    },
    /// No reason given why the target is realistic.
    NoRationale,
    /// The target goes the wrong way for its KPI (a lower conversion rate).
    WrongDirection(KpiRef),
    /// The target equals the baseline: nothing to achieve.
    NoChange(KpiRef),
    /// No deadline.
    NoDeadline,
    /// A deadline outside the plan period.
    DeadlineOutsidePeriod,
}

/// One letter of the checklist.
#[derive(Clone, Debug, PartialEq)]
pub struct LetterCheck {
    /// Which letter.
    pub letter: Letter,
    /// `None` when met, else what is missing.
    pub missing: Option<Missing>,
}

impl LetterCheck {
    /// Whether the letter is met.
    pub fn met(&self) -> bool {
        self.missing.is_none()
    }
}

/// The forecast's verdict on whether an objective's target is within reach
/// of its budget.
#[derive(Clone, Debug, PartialEq)]
pub enum Achievability {
    /// The budget covers what the target needs.
    Met {
        /// Budget the target needs.
        needed: Money,
        /// Budget allocated to the objective.
        allocated: Money,
    },
    /// Within reach only with better-than-assumed results (up to 25% short).
    Stretched {
        /// Budget the target needs.
        needed: Money,
        /// Budget allocated to the objective.
        allocated: Money,
    },
    /// Out of reach with this budget.
    OutOfReach {
        /// Budget the target needs.
        needed: Money,
        /// Budget allocated to the objective.
        allocated: Money,
    },
    /// The forecast cannot compute: these inputs are missing.
    Unknown(Vec<Input>),
}

impl Achievability {
    /// What the allocated budget lacks against what the target needs, when
    /// it falls short (stretched or out of reach).
    pub fn shortfall(&self) -> Option<Money> {
        match self {
            Achievability::Stretched { needed, allocated }
            | Achievability::OutOfReach { needed, allocated } => {
                Some(Money(needed.0.saturating_sub(allocated.0)))
            }
            Achievability::Met { .. } | Achievability::Unknown(_) => None,
        }
    }
}

/// The computed "Achievable" verdict for `objective`: the budget its target
/// needs under the active forecast scenario, against what its budget lines
/// allocate. `None` when the forecast cannot read its target (no revenue,
/// orders or new-customers KPI with a target).
pub fn achievable(objective: &Objective, plan: &Plan) -> Option<Achievability> {
    crate::domain::forecast::achievability(plan, objective)
}

/// Unit, direction and sensible values of a KPI referenced by a plan.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct KpiMeta {
    /// What the value counts.
    pub unit: Unit,
    /// Which way is better, when that does not depend on the context.
    pub direction: Option<Direction>,
    /// Sensible values.
    pub bounds: Bounds,
}

/// What `plan` knows about `kpi`; `None` for an unknown reference.
pub fn kpi_meta(plan: &Plan, kpi: &KpiRef) -> Option<KpiMeta> {
    match kpi {
        KpiRef::Catalogue(key) => catalogue::kpi(key).map(|k| KpiMeta {
            unit: k.unit,
            direction: k.direction,
            bounds: k.bounds(),
        }),
        KpiRef::Custom(id) => plan
            .custom_kpis
            .iter()
            .find(|k| k.id == *id)
            .map(|k| KpiMeta {
                unit: k.unit,
                direction: Some(k.direction),
                bounds: Bounds::of(k.unit),
            }),
    }
}

/// Name of `kpi` in `lang` (the key itself when it is unknown).
pub fn kpi_name(plan: &Plan, kpi: &KpiRef, lang: Lang) -> String {
    match kpi {
        KpiRef::Catalogue(key) => catalogue::kpi(key)
            .map(|k| k.name.get(lang).to_string())
            .unwrap_or_else(|| key.clone()),
        KpiRef::Custom(id) => plan
            .custom_kpis
            .iter()
            .find(|k| k.id == *id)
            .map(|k| k.name.clone())
            .unwrap_or_else(|| format!("#{id}")),
    }
}

fn realistic_target(plan: &Plan, k: &ObjectiveKpi) -> Option<Missing> {
    let target = k.target?.resolve(k.baseline)?;
    let baseline = k.baseline?;
    if (target - baseline).abs() < f64::EPSILON * baseline.abs().max(1.0) {
        return Some(Missing::NoChange(k.kpi.clone()));
    }
    let better = match kpi_meta(plan, &k.kpi)?.direction? {
        Direction::HigherIsBetter => target > baseline,
        Direction::LowerIsBetter => target < baseline,
    };
    (!better).then(|| Missing::WrongDirection(k.kpi.clone()))
}

/// The checklist of `objective` within `plan`.
pub fn check(objective: &Objective, plan: &Plan) -> [LetterCheck; 5] {
    let o = objective;
    let words = o.statement.split_whitespace().count();
    let specific = if words == 0 {
        Some(Missing::NoStatement)
    } else if words < SPECIFIC_MIN_WORDS {
        Some(Missing::VagueStatement)
    } else {
        None
    };
    let measurable = if o.kpis.is_empty() {
        Some(Missing::NoKpi)
    } else if let Some(k) = o.kpis.iter().find(|k| k.target.is_none()) {
        Some(Missing::NoTarget(k.kpi.clone()))
    } else {
        o.kpis
            .iter()
            .find(|k| k.target.is_some_and(|t| t.resolve(k.baseline).is_none()))
            .map(|k| Missing::ChangeWithoutBaseline(k.kpi.clone()))
    };
    let achievable = match achievable(o, plan) {
        Some(Achievability::OutOfReach { needed, allocated }) => {
            Some(Missing::OutOfReach { needed, allocated })
        }
        // Never met in silence: what the forecast lacks is named.
        Some(Achievability::Unknown(inputs)) => Some(Missing::ForecastUnknown(inputs)),
        _ if o.owner.trim().is_empty() => Some(Missing::NoOwner),
        _ => None,
    };
    let realistic = if o.rationale.trim().is_empty() {
        Some(Missing::NoRationale)
    } else {
        o.kpis.iter().find_map(|k| realistic_target(plan, k))
    };
    let time_bound = match o.deadline {
        None => Some(Missing::NoDeadline),
        Some(d) if !plan.period.contains(d) => Some(Missing::DeadlineOutsidePeriod),
        Some(_) => None,
    };
    [
        (Letter::Specific, specific),
        (Letter::Measurable, measurable),
        (Letter::Achievable, achievable),
        (Letter::Realistic, realistic),
        (Letter::TimeBound, time_bound),
    ]
    .map(|(letter, missing)| LetterCheck { letter, missing })
}

/// Whether every letter is met.
pub fn is_smart(objective: &Objective, plan: &Plan) -> bool {
    check(objective, plan).iter().all(LetterCheck::met)
}

/// How many of the five letters are met: the objective's SMART score.
pub fn met_count(objective: &Objective, plan: &Plan) -> usize {
    check(objective, plan).iter().filter(|c| c.met()).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_verdict_short_of_the_need_says_by_how_much() {
        let (needed, allocated) = (Money(530_074), Money(450_000));
        let short = Some(Money(80_074));
        assert_eq!(
            Achievability::Stretched { needed, allocated }.shortfall(),
            short
        );
        assert_eq!(
            Achievability::OutOfReach { needed, allocated }.shortfall(),
            short
        );
        let met = Achievability::Met {
            needed,
            allocated: needed,
        };
        assert_eq!(met.shortfall(), None);
        assert_eq!(Achievability::Unknown(vec![]).shortfall(), None);
    }
}
