//! Forecast against actual: what the paid media allocated to an objective
//! was forecast to bring by the date of its latest measurement, beside
//! what was measured, compared like with like.
//!
//! The forecast is [`forecast::outlook`], the one the KPI page and the
//! slides show. A target per month is measured month by month: each month
//! is expected at the forecast's monthly figure. A target per year or over
//! the plan is measured as a running total from the plan start, expected
//! to grow evenly to the forecast's total at the deadline.

use crate::domain::{
    dashboard,
    forecast::{self, Measured, REVERSIBLE},
    KpiRef, Objective, ObjectiveKpi, Plan,
};
use chrono::NaiveDate;

/// One KPI's forecast beside its latest measurement.
#[derive(Clone, Debug, PartialEq)]
pub struct ForecastCheck {
    /// The KPI (revenue, orders, new customers or converted users).
    pub kpi: KpiRef,
    /// What its measurements record (a month's figure or a running total).
    pub measured: Measured,
    /// Date of the latest measurement.
    pub date: NaiveDate,
    /// What the forecast expected on that date, in the measurement's terms.
    pub expected: f64,
    /// What was measured on that date.
    pub actual: f64,
    /// What the forecast expects at the deadline, in the target's terms.
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

/// The forecast beside the latest measurement of `k`, when `k` is a KPI the
/// forecast covers and it has a measurement; what the forecast lacks when
/// it cannot compute.
pub fn check(
    plan: &Plan,
    o: &Objective,
    k: &ObjectiveKpi,
) -> Option<Result<ForecastCheck, Vec<forecast::Input>>> {
    let KpiRef::Catalogue(key) = &k.kpi else {
        return None;
    };
    if !REVERSIBLE.contains(&key.as_str()) {
        return None;
    }
    let (date, actual) = *dashboard::series(plan, o, &k.kpi).last()?;
    let outlook = match forecast::outlook(plan, o, k, plan.forecast.active) {
        Ok(outlook) => outlook,
        Err(missing) => return Some(Err(missing)),
    };
    let measured = forecast::measured(k);
    let deadline = o.deadline.unwrap_or(plan.period.end);
    let total = (deadline - plan.period.start).num_days() + 1;
    let elapsed = ((date - plan.period.start).num_days() + 1) as f64 / total.max(1) as f64;
    let expected = match measured {
        Measured::RunningTotal => outlook.total_at(elapsed),
        Measured::PerMonth | Measured::Level => outlook.at_deadline(),
    };
    Some(Ok(ForecastCheck {
        kpi: k.kpi.clone(),
        measured,
        date,
        expected,
        actual,
        at_deadline: outlook.at_deadline(),
        target: k.target.and_then(|t| t.resolve(k.baseline)),
    }))
}

/// A check of the plan: the objective's title, the KPI, and the check or
/// what the forecast lacks.
pub type Row = (String, KpiRef, Result<ForecastCheck, Vec<forecast::Input>>);

/// Every check of the plan, priority objectives first.
pub fn checks(plan: &Plan) -> Vec<Row> {
    let mut objectives: Vec<&Objective> = plan.objectives.iter().collect();
    objectives.sort_by_key(|o| o.rank != crate::domain::Rank::Priority);
    objectives
        .into_iter()
        .flat_map(|o| {
            o.kpis
                .iter()
                .filter_map(move |k| check(plan, o, k).map(|c| (o.title.clone(), k.kpi.clone(), c)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{
        budget::Channel, forecast::TargetPeriod, BudgetLine, Delivery, ItemId, Lang, Measurement,
        Money, Rank, Target,
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
            period: None,
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
            cost: None,
            split: Default::default(),
            fee: None,
            hours: None,
            vat_bp: None,
            content: None,
        });
        p.next_id = 3;
        p.forecast.usd_rate = Some(crate::domain::forecast::UsdRate {
            rate: 1.0,
            date: d(2027, 1, 1),
        });
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
    fn a_total_over_the_plan_is_expected_to_grow_evenly_to_what_the_budget_brings() {
        let mut p = plan();
        p.objectives[0].kpis[0].period = Some(TargetPeriod::Plan);
        // Central scenario: CHF 5'000 at USD 5.42 a click, 1 USD = CHF 1, 8.18%:
        // 5000 / 5.42 * 0.0818 = 75.46 orders by the deadline.
        let bought = 5000.0 / 5.42 * 0.0818;
        assert_eq!(check(&p, &p.objectives[0], &p.objectives[0].kpis[0]), None);
        // 2 July is day 183 of 365: 30 orders so far.
        measure(&mut p, d(2027, 7, 2), 30.0);
        let c = check(&p, &p.objectives[0], &p.objectives[0].kpis[0])
            .unwrap()
            .unwrap();
        assert_eq!(c.measured, Measured::RunningTotal);
        // 2 July is day 183 of 365.
        assert!((c.expected - bought * 183.0 / 365.0).abs() < 1e-9, "{c:?}");
        assert_eq!(c.actual, 30.0);
        assert!((c.at_deadline - bought).abs() < 1e-9);
        assert_eq!(c.target, Some(100.0));
        // 30 orders so far, 37.83 expected: 21 % behind.
        assert!((c.gap().unwrap() - (30.0 / (bought * 183.0 / 365.0) - 1.0)).abs() < 1e-12);
        assert!(c.gap().unwrap() < -0.2);
    }

    #[test]
    fn a_monthly_target_compares_a_months_figure_with_the_forecast_for_a_month() {
        // 340 orders a month before the plan, 400 aimed at: June's 352
        // orders are compared with 340 + what the budget brings in a month,
        // never with a running total.
        let mut p = plan();
        p.objectives[0].kpis[0].baseline = Some(340.0);
        p.objectives[0].kpis[0].target = Some(Target::Value(400.0));
        assert_eq!(
            forecast::period_of(&p.objectives[0].kpis[0]),
            Some(TargetPeriod::Month)
        );
        measure(&mut p, d(2027, 6, 30), 352.0);
        let c = check(&p, &p.objectives[0], &p.objectives[0].kpis[0])
            .unwrap()
            .unwrap();
        // The 75.46 orders bought over 12 months arrive at 6.29 a month.
        let per_month = 340.0 + (5000.0 / 5.42 * 0.0818) / 12.0;
        assert_eq!(c.measured, Measured::PerMonth);
        assert!((c.expected - per_month).abs() < 1e-9, "{c:?}");
        assert_eq!(c.at_deadline, c.expected);
        let gap = c.gap().unwrap();
        assert!(gap > 0.0 && gap < 0.02, "{gap}");
    }
}
