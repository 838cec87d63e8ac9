//! The large plan both native benchmarks measure (included with `#[path]`
//! by bench/native/domain.rs and bench/native/criterion.rs): 50 objectives
//! with a KPI the reverse forecast reads, 40 budget lines (two of them paid
//! ads), 1'000 actions and 5'000 measurements.
#![allow(dead_code)]

use cap::domain::{
    budget::{Channel, Tier},
    Action, ActionStatus, BudgetLine, Delivery, Importance, ItemId, KpiRef, Lang, Measurement,
    Money, Objective, ObjectiveKpi, Plan, Rank, Target,
};
use chrono::{Duration as Days, NaiveDate};

pub const OBJECTIVES: usize = 50;
pub const LINES: usize = 40;
pub const ACTIONS: usize = 1_000;
pub const MEASUREMENTS: usize = 5_000;

/// Channels of the catalogue the lines cycle through (two of them paid,
/// so the forward forecast has spend to read), then custom ones.
const CATALOGUE: [&str; 6] = [
    "seo",
    "search_ads",
    "social_ads",
    "social_organic",
    "emailing",
    "content_written",
];

/// The large plan every benchmark measures.
pub fn large_plan() -> Plan {
    let start = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap_or_default();
    let mut plan = Plan::new("Plan de référence", start, Lang::Fr);
    plan.client = "Client de référence SA".into();
    plan.context = "Augmenter les ventes en ligne. ".repeat(50);
    plan.forecast.aov = Some(85.0);
    plan.forecast.margin = Some(0.4);
    plan.forecast.usd_rate = Some(cap::domain::forecast::UsdRate {
        rate: 0.8,
        date: plan.period.start,
    });
    let mut next = 1;
    let mut id = || {
        next += 1;
        ItemId(next - 1)
    };
    let objective_ids: Vec<ItemId> = (0..OBJECTIVES).map(|_| id()).collect();
    for (i, oid) in objective_ids.iter().enumerate() {
        // Reversible KPIs (orders, revenue, new customers) first, so the
        // reverse forecast has a target to read on every objective.
        let reversible = ["orders", "revenue", "new_customers"][i % 3];
        plan.objectives.push(Objective {
            id: *oid,
            title: format!("Objectif {i}"),
            rank: if i < 4 {
                Rank::Priority
            } else {
                Rank::Secondary
            },
            template: None,
            strategy_elements: vec![],
            statement: "Passer de 120 à 200 commandes par mois d'ici décembre".into(),
            kpis: vec![
                ObjectiveKpi {
                    kpi: KpiRef::Catalogue(reversible.into()),
                    baseline: Some(100.0 + i as f64),
                    target: Some(Target::Value(200.0 + 10.0 * i as f64)),
                    period: None,
                },
                ObjectiveKpi {
                    kpi: KpiRef::Catalogue("conversion_rate".into()),
                    baseline: Some(0.02),
                    target: Some(Target::Change(0.25)),
                    period: None,
                },
            ],
            deadline: Some(start + Days::days(300)),
            owner: "Marie".into(),
            rationale: "Benchmarks du secteur".into(),
            digital_share: None,
        });
    }
    let mut line_ids = Vec::new();
    for i in 0..LINES {
        let lid = id();
        line_ids.push(lid);
        let channel = match CATALOGUE.get(i) {
            Some(key) => Channel::Catalogue((*key).into()),
            None => Channel::Custom(format!("Canal {i}")),
        };
        plan.budget.lines.push(BudgetLine {
            id: lid,
            channel,
            locked: [i % 7 == 0, false, false],
            tier: if i % 5 == 0 {
                Some(Tier::Experimental)
            } else {
                None
            },
            amounts: [
                Money(100_000 + i as i64 * 1_000),
                Money(200_000),
                Money(300_000),
            ],
            delivery: if i % 2 == 0 {
                Delivery::InHouse
            } else {
                Delivery::Consultant
            },
            objectives: vec![
                objective_ids[i % OBJECTIVES],
                objective_ids[(i + 7) % OBJECTIVES],
            ],
            cost: None,
            ..BudgetLine::new(lid, Channel::Custom(String::new()))
        });
    }
    plan.budget.total = Money(100_000_000);
    for i in 0..ACTIONS {
        let day = start + Days::days((i % 300) as i64);
        plan.actions.push(Action {
            id: id(),
            title: format!("Action {i}"),
            start: day,
            end: day + Days::days(14),
            importance: Importance::Normal,
            status: ActionStatus::Planned,
            objectives: vec![objective_ids[i % OBJECTIVES]],
            budget_line: Some(line_ids[i % LINES]),
            cost: Money(10_000),
            ..Action::new(ItemId(0), "", NaiveDate::MIN)
        });
    }
    for i in 0..MEASUREMENTS {
        plan.measurements.push(Measurement {
            id: id(),
            kpi: KpiRef::Catalogue("conversion_rate".into()),
            objective: Some(objective_ids[i % OBJECTIVES]),
            date: start + Days::days((i % 365) as i64),
            value: 0.02 + (i as f64) * 1e-6,
        });
    }
    plan.next_id = next;
    plan
}
