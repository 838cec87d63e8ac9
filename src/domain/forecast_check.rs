//! Forecast against actual: what the budget allocated to an objective was
//! forecast to bring by the date of its latest measurement, beside what was
//! measured.
//!
//! The forecast is the reverse forecast read the other way round: the budget
//! of the lines serving the objective buys clicks at the active scenario's
//! cost per click, those clicks are the paid share of the visits, the visits
//! convert at the scenario's rate into orders (times the average order value
//! for revenue). That volume is reached linearly from the plan start to the
//! objective's deadline, from the KPI's baseline.

use crate::domain::{
    catalogue::Var,
    dashboard,
    forecast::{allocated_to, months_to_deadline, Scenario, REVERSIBLE},
    formula::{NotComputable, Slot},
    KpiRef, Objective, ObjectiveKpi, Plan,
};
use chrono::NaiveDate;

/// One KPI's forecast beside its latest measurement.
#[derive(Clone, Debug, PartialEq)]
pub struct ForecastCheck {
    /// The KPI (revenue, orders, new customers or converted users).
    pub kpi: KpiRef,
    /// Date of the latest measurement.
    pub date: NaiveDate,
    /// What the forecast expected on that date.
    pub expected: f64,
    /// What was measured on that date.
    pub actual: f64,
    /// What the forecast expects at the deadline.
    pub at_deadline: f64,
    /// The objective's target, for comparison with `at_deadline`.
    pub target: Option<f64>,
}

impl ForecastCheck {
    /// Actual minus expected, as a share of the expected value (`None` when
    /// nothing was expected).
    pub fn gap(&self) -> Option<f64> {
        (self.expected.abs() > f64::EPSILON)
            .then(|| (self.actual - self.expected) / self.expected.abs())
    }
}

/// The volume the budget allocated to `o` buys for the KPI `key` under
/// scenario `s`, over the plan (or per month when targets are monthly): the
/// inverse of [`crate::domain::forecast::reverse`].
pub fn volume_bought(
    plan: &Plan,
    o: &Objective,
    key: &str,
    s: &Scenario,
) -> Result<f64, NotComputable> {
    let f = &plan.forecast;
    let unit = 10f64.powi(plan.currency.minor_digits() as i32);
    let spend = allocated_to(plan, o).0 as f64 / unit;
    let cpc = s.cpc();
    if cpc <= 0.0 {
        return Err(NotComputable::DividesByZero(Slot::Var(Var::Clicks)));
    }
    let paid_share = f.paid_share.unwrap_or(1.0);
    if paid_share <= 0.0 {
        return Err(NotComputable::DividesByZero(Slot::Var(Var::Sessions)));
    }
    let orders = spend / cpc / paid_share * s.conversion_rate();
    let mut volume = if key == "revenue" {
        orders
            * f.aov
                .ok_or(NotComputable::Missing(Slot::Var(Var::Revenue)))?
    } else {
        orders
    };
    if f.monthly_targets {
        volume /= months_to_deadline(plan, o);
    }
    if volume.is_finite() {
        Ok(volume)
    } else {
        Err(NotComputable::OutOfRange)
    }
}

/// The forecast beside the latest measurement of `k`, when `k` is a KPI the
/// forecast covers, it has a measurement, and the forecast can be computed.
pub fn check(plan: &Plan, o: &Objective, k: &ObjectiveKpi) -> Option<ForecastCheck> {
    let KpiRef::Catalogue(key) = &k.kpi else {
        return None;
    };
    if !REVERSIBLE.contains(&key.as_str()) {
        return None;
    }
    let (date, actual) = *dashboard::series(plan, o, &k.kpi).last()?;
    let volume = volume_bought(plan, o, key, &plan.forecast.active_scenario()).ok()?;
    let baseline = k.baseline.unwrap_or(0.0);
    let deadline = o.deadline.unwrap_or(plan.period.end);
    let total = (deadline - plan.period.start).num_days().max(1) as f64;
    let elapsed = ((date - plan.period.start).num_days() as f64 / total).clamp(0.0, 1.0);
    Some(ForecastCheck {
        kpi: k.kpi.clone(),
        date,
        expected: baseline + volume * elapsed,
        actual,
        at_deadline: baseline + volume,
        target: k.target.and_then(|t| t.resolve(k.baseline)),
    })
}

/// Every check of the plan, priority objectives first.
pub fn checks(plan: &Plan) -> Vec<(String, ForecastCheck)> {
    let mut objectives: Vec<&Objective> = plan.objectives.iter().collect();
    objectives.sort_by_key(|o| o.rank != crate::domain::Rank::Priority);
    objectives
        .into_iter()
        .flat_map(|o| {
            o.kpis
                .iter()
                .filter_map(move |k| check(plan, o, k).map(|c| (o.title.clone(), c)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{
        budget::Channel, forecast::reverse, BudgetLine, Delivery, ItemId, Lang, Measurement, Money,
        Rank, Target,
    };

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    /// 2027, an objective of 100 more orders by the end of the year, funded
    /// by one search ads line of CHF 5'000.
    fn plan() -> Plan {
        let mut p = Plan::new("T", d(2027, 1, 1), Lang::Fr);
        let mut o = Objective::new(ItemId(1), "Ventes", Rank::Priority);
        o.deadline = Some(d(2027, 12, 31));
        o.kpis = vec![ObjectiveKpi {
            kpi: KpiRef::Catalogue("orders".into()),
            baseline: Some(0.0),
            target: Some(Target::Value(100.0)),
        }];
        p.objectives.push(o);
        p.budget.total = Money(500_000);
        p.budget.lines.push(BudgetLine {
            id: ItemId(2),
            channel: Channel::Catalogue("search_ads".into()),
            amounts: [Money(500_000), Money::ZERO, Money::ZERO],
            locked: [false; 3],
            tier: None,
            delivery: Delivery::InHouse,
            objectives: vec![ItemId(1)],
        });
        p.next_id = 3;
        p
    }

    fn measure(p: &mut Plan, date: NaiveDate, value: f64) {
        let id = ItemId(p.next_id);
        p.next_id += 1;
        p.measurements.push(Measurement {
            id,
            kpi: KpiRef::Catalogue("orders".into()),
            objective: Some(ItemId(1)),
            date,
            value,
        });
    }

    #[test]
    fn the_forecast_at_a_measurement_is_the_linear_share_of_what_the_budget_buys() {
        let mut p = plan();
        // Central scenario: CHF 5'000 at 5.42 a click, 8.18% conversion:
        // 5000 / 5.42 * 0.0818 = 75.46 orders by the deadline.
        let s = p.forecast.active_scenario();
        let bought = volume_bought(&p, &p.objectives[0], "orders", &s).unwrap();
        assert!((bought - 5000.0 / 5.42 * 0.0818).abs() < 1e-9);
        assert_eq!(check(&p, &p.objectives[0], &p.objectives[0].kpis[0]), None);
        // Half way through the year (182 of 364 days), 30 orders measured.
        measure(&mut p, d(2027, 7, 2), 30.0);
        let c = check(&p, &p.objectives[0], &p.objectives[0].kpis[0]).unwrap();
        assert!((c.expected - bought / 2.0).abs() < 1e-9, "{c:?}");
        assert_eq!(c.actual, 30.0);
        assert!((c.at_deadline - bought).abs() < 1e-9);
        assert_eq!(c.target, Some(100.0));
        let gap = c.gap().unwrap();
        assert!(gap < 0.0 && (gap - (30.0 - bought / 2.0) / (bought / 2.0)).abs() < 1e-9);
    }

    #[test]
    fn the_forecast_bought_by_the_reverse_budget_is_the_target() {
        // Whatever the scenario, the share of paid visits or monthly targets,
        // funding exactly what the reverse forecast asks reaches the target.
        for (monthly, paid_share, aov) in [(false, None, None), (true, Some(0.4), Some(120.0))] {
            for key in ["orders", "revenue"] {
                let mut p = plan();
                p.forecast.monthly_targets = monthly;
                p.forecast.paid_share = paid_share;
                p.forecast.aov = aov.or(Some(80.0));
                p.objectives[0].kpis[0].kpi = KpiRef::Catalogue(key.into());
                let s = p.forecast.active_scenario();
                let r = reverse(&p, &p.objectives[0], &s).unwrap().unwrap();
                p.budget.lines[0].amounts[0] = r.needed;
                p.budget.total = r.needed;
                let bought = volume_bought(&p, &p.objectives[0], key, &s).unwrap();
                // `needed` is rounded up to the centime: at most a hair above.
                assert!(
                    (100.0..100.01).contains(&bought),
                    "{key} {monthly}: {bought}"
                );
            }
        }
    }

    #[test]
    fn revenue_without_an_average_order_value_or_no_paid_share_is_not_forecast() {
        let mut p = plan();
        p.objectives[0].kpis[0].kpi = KpiRef::Catalogue("revenue".into());
        let s = p.forecast.active_scenario();
        assert_eq!(
            volume_bought(&p, &p.objectives[0], "revenue", &s),
            Err(NotComputable::Missing(Slot::Var(Var::Revenue)))
        );
        p.forecast.paid_share = Some(0.0);
        assert!(volume_bought(&p, &p.objectives[0], "orders", &s).is_err());
    }
}
