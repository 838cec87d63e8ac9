//! The examples are shown to clients on any day of the year: whatever
//! `today` is, each one must be valid, current, complete and free of
//! warnings it does not mean to teach.

use super::*;
use crate::domain::{
    budget, dashboard, forecast, forecast_check, funnel, smart, smart::Achievability, timeline,
    validate::errors,
};

/// Days that have broken date arithmetic before: the first and last day of
/// a year, a leap day, the end of a short month, mid-month.
fn todays() -> Vec<NaiveDate> {
    [
        (2026, 1, 1),
        (2026, 11, 23),
        (2026, 12, 31),
        (2027, 3, 1),
        (2027, 3, 31),
        (2027, 6, 15),
        (2028, 2, 29),
    ]
    .into_iter()
    .map(|(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).unwrap())
    .collect()
}

/// Every example, in both languages, for every test day.
fn every_example() -> Vec<(String, NaiveDate, Plan)> {
    let mut out = Vec::new();
    for today in todays() {
        for which in Example::ALL {
            for lang in Lang::ALL {
                out.push((
                    format!("{which:?} {lang:?} on {today}"),
                    today,
                    build(which, lang, today),
                ));
            }
        }
    }
    out
}

#[test]
fn every_example_is_valid_complete_and_adds_up_in_both_languages() {
    for (name, _, p) in every_example() {
        assert_eq!(errors(&p), vec![], "{name}");
        assert!(p.actions.len() >= 15, "{name}: {} actions", p.actions.len());
        assert_eq!(
            p.budget.allocated(),
            p.budget.total,
            "{name} splits its whole budget"
        );
        assert!(
            timeline::over_commitments(&p).is_empty(),
            "{name} commits no line beyond its amount"
        );
        assert!(smart::priority_advice(&p).is_none(), "{name}");
        for o in p.objectives.iter().filter(|o| o.rank == Rank::Priority) {
            let missing: Vec<_> = smart::check(o, &p)
                .into_iter()
                .filter(|c| !c.met())
                .collect();
            assert!(missing.is_empty(), "{name} {}: {missing:?}", o.title);
        }
    }
}

#[test]
fn the_plan_covers_today_and_nothing_is_measured_after_it() {
    for (name, today, p) in every_example() {
        assert!(p.period.contains(today), "{name}: {:?}", p.period);
        for m in &p.measurements {
            assert!(
                p.period.start <= m.date && m.date <= today,
                "{name}: a measurement on {}",
                m.date
            );
        }
        let late = crate::domain::agenda::agenda(&p, today, 30).late;
        assert!(late.is_empty(), "{name}: late on the dashboard: {late:?}");
        for a in &p.actions {
            assert!(
                !timeline::outside_period(&p, a),
                "{name}: {} outside the plan",
                a.title
            );
            assert!(
                a.status != ActionStatus::Done || a.end < today,
                "{name}: {} done before it ends",
                a.title
            );
            assert!(a.spent <= a.cost, "{name}: {} overspent", a.title);
        }
    }
}

#[test]
fn no_budget_advice_shows_unless_the_example_teaches_it() {
    for (name, _, p) in every_example() {
        assert_eq!(budget::advice(&p), vec![], "{name}");
    }
}

#[test]
fn every_field_a_slide_shows_is_filled() {
    for (name, today, p) in every_example() {
        for (field, text) in [
            ("client", &p.client),
            ("sector", &p.sector),
            ("context", &p.context),
            ("strategy", &p.strategy),
        ] {
            assert!(!text.trim().is_empty(), "{name}: empty {field}");
        }
        for e in &p.strategy_elements {
            assert!(!e.note.trim().is_empty(), "{name}: element {:?}", e.kind);
            assert!(
                p.objectives
                    .iter()
                    .any(|o| o.strategy_elements.contains(&e.id)),
                "{name}: element {:?} serves no objective",
                e.kind
            );
        }
        for o in &p.objectives {
            for (field, text) in [
                ("statement", &o.statement),
                ("owner", &o.owner),
                ("rationale", &o.rationale),
            ] {
                assert!(!text.trim().is_empty(), "{name} {}: {field}", o.title);
            }
            assert!(o.deadline.is_some() && !o.kpis.is_empty(), "{name}");
            for k in &o.kpis {
                assert!(k.baseline.is_some() && k.target.is_some(), "{name}");
                let reading = dashboard::kpi_progress(&p, o, k);
                assert!(
                    reading.series.len() >= 2,
                    "{name} {}: {:?} has {} measurements",
                    o.title,
                    k.kpi,
                    reading.series.len()
                );
                assert_ne!(
                    reading.status,
                    dashboard::Status::OffTrack,
                    "{name} {}: {:?} {reading:?}",
                    o.title,
                    k.kpi
                );
            }
        }
        for a in &p.actions {
            assert!(!a.owner.trim().is_empty(), "{name}: {} owner", a.title);
        }
        // Each priority objective's card on the dashboard names what comes next.
        let board = dashboard::board(&p, p.language, today);
        for o in p.objectives.iter().filter(|o| o.rank == Rank::Priority) {
            assert!(
                !board.objectives[&o.id].next_actions.is_empty(),
                "{name} {}: no next action",
                o.title
            );
        }
        let row = p.funnel.first().expect("a funnel");
        assert!(row.counts.iter().all(Option::is_some), "{name}: {row:?}");
        assert!(funnel::report(row).grows.is_empty(), "{name}: {row:?}");
    }
}

#[test]
fn the_forecast_shows_figures() {
    for (name, _, p) in every_example() {
        for s in 0..p.forecast.scenarios.len() {
            for (h, f) in forecast::forward_plan(&p, s) {
                assert!(f.spend.0 > 0, "{name} {h:?}: no paid spend");
                let b = &f.brought;
                for (metric, v) in [
                    ("clicks", &b.bought.clicks),
                    ("impressions", &b.bought.impressions),
                    ("customers", &b.customers),
                    ("orders", &b.orders),
                    ("revenue", &b.revenue),
                    ("cpa", &f.cpa),
                    ("roas", &f.roas),
                    ("roi", &f.roi),
                ] {
                    assert!(v.is_ok(), "{name} {h:?} {metric}: {v:?}");
                }
            }
        }
        for o in p.objectives.iter().filter(|o| o.rank == Rank::Priority) {
            let r = forecast::reverse(&p, o, p.forecast.active);
            assert!(
                matches!(r, Some(Ok(_))),
                "{name} {}: reverse {r:?}",
                o.title
            );
            let verdict = forecast::achievability(&p, o);
            assert!(
                matches!(verdict, Some(Achievability::Met { .. })),
                "{name} {}: {verdict:?}",
                o.title
            );
        }
        let checks = forecast_check::checks(&p);
        assert!(!checks.is_empty(), "{name}: no forecast against actual");
        for (title, _, c) in checks {
            let c = c.unwrap_or_else(|e| panic!("{name} {title}: forecast unknown {e:?}"));
            // The forecast at the deadline is of the order of the target:
            // a demo that forecasts five times the target is not credible.
            let target = c.target.expect("a target");
            let ratio = c.at_deadline / target;
            assert!(
                (0.9..=1.5).contains(&ratio),
                "{name} {title}: forecast {} for a target of {target}",
                c.at_deadline
            );
            let gap = c.gap().expect("an expected value");
            assert!(
                gap.abs() < 0.25,
                "{name} {title}: measured {} against {} expected",
                c.actual,
                c.expected
            );
        }
    }
}

#[test]
// Amounts are written francs_centimes (7_500_00 is CHF 7'500.00).
#[allow(clippy::inconsistent_digit_grouping)]
fn the_services_example_shows_a_quote_a_workload_and_who_produces_what() {
    let mut seen = 0;
    for (name, _, plan) in every_example() {
        let b = &plan.budget;
        if b.rates.is_empty() {
            continue;
        }
        seen += 1;
        let q = crate::domain::quote::quote(&plan, plan.language);
        // The SEO consultant's days and the trainer's hours, at their rates;
        // the consultant's share of the SEO line beside them.
        let timed: Vec<_> = q.lines.iter().filter_map(|l| l.time.as_ref()).collect();
        assert_eq!(timed.len(), 2, "{name}");
        assert_eq!(q.total.excl, crate::domain::Money(7_500_00), "{name}");
        assert_eq!(q.total.tax, crate::domain::Money(607_50), "{name}: 8.1 %");
        for line in &b.lines {
            if let Some(fee) = line.fee.as_ref().and_then(|f| b.fee_amount(f)) {
                assert_eq!(b.parts(line).external, fee, "{name}");
            }
        }
        assert!(
            crate::domain::workload::workload(&plan).total() >= 180_00,
            "{name}"
        );
        assert_eq!(plan.production.producers.len(), 2, "{name}");
    }
    assert_eq!(
        seen,
        todays().len() * Lang::ALL.len(),
        "the services example, each day"
    );
}
