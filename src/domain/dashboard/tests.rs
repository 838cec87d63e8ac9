//! Tests of [`super`].

use super::*;
use crate::domain::Target;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn plan(kpi: &str, baseline: f64, target: f64) -> (Plan, ObjectiveKpi) {
    let mut p = Plan::new("T", d(2027, 1, 1), Lang::Fr);
    let mut o = Objective::new(ItemId(1), "O", Rank::Priority);
    o.deadline = Some(d(2027, 12, 31));
    let k = ObjectiveKpi {
        kpi: KpiRef::Catalogue(kpi.into()),
        baseline: Some(baseline),
        target: Some(Target::Value(target)),
        period: None,
    };
    o.kpis = vec![k.clone()];
    p.objectives.push(o);
    p.next_id = 2;
    (p, k)
}

fn record(p: &mut Plan, date: NaiveDate, value: f64) {
    let id = ItemId(p.next_id);
    p.next_id += 1;
    let m = measurement(
        id,
        &p.objectives[0],
        &p.objectives[0].kpis[0].kpi,
        date,
        value,
    );
    p.measurements.push(m);
}

#[test]
fn progress_follows_the_direction_of_the_target() {
    // Cost per order: lower is better, from 25 to 20.
    let (mut p, k) = plan("cost_per_order", 25.0, 20.0);
    record(&mut p, d(2027, 7, 1), 22.5);
    let r = kpi_progress(&p, &p.objectives[0].clone(), &k);
    assert_eq!(r.progress, Some(0.5));
    assert_eq!(r.status, Status::OnTrack, "half way at half the time");
    record(&mut p, d(2027, 10, 1), 24.0);
    let r = kpi_progress(&p, &p.objectives[0].clone(), &k);
    assert!((r.progress.unwrap() - 0.2).abs() < 1e-9);
    assert_eq!(
        r.status,
        Status::OffTrack,
        "20% of the way at 75% of the time"
    );
}

/// A plan with `n` custom KPIs on objectives of `per` KPIs each (20,
/// the most validation accepts, or all on one), each KPI with two
/// measurements of its own, plus one for no objective every ten KPIs,
/// and one action serving its objective.
fn wide_plan(n: u32, per: u32) -> Plan {
    let mut p = Plan::new("T", d(2027, 1, 1), Lang::Fr);
    let mut id = 0;
    let mut next = || {
        id += 1;
        ItemId(id)
    };
    let mut o = Objective::new(next(), "O", Rank::Priority);
    for i in 0..n {
        if i > 0 && i.is_multiple_of(per) {
            let rank = if p.objectives.len().is_multiple_of(3) {
                Rank::Secondary
            } else {
                Rank::Priority
            };
            let full = std::mem::replace(&mut o, Objective::new(next(), "O", rank));
            p.objectives.push(full);
        }
        let k = next();
        p.custom_kpis.push(crate::domain::CustomKpi {
            id: k,
            name: format!("KPI {i}"),
            unit: Unit::Count,
            direction: Default::default(),
            definition: String::new(),
        });
        o.kpis.push(ObjectiveKpi {
            kpi: KpiRef::Custom(k),
            baseline: Some(10.0),
            target: Some(Target::Value(20.0)),
            period: None,
        });
        for (day, value) in [(d(2027, 3, 1), 12.0), (d(2027, 2, 1), 11.0)] {
            p.measurements
                .push(measurement(next(), &o, &KpiRef::Custom(k), day, value));
        }
        if i % 10 == 0 {
            p.measurements.push(Measurement {
                id: next(),
                kpi: KpiRef::Custom(k),
                objective: None,
                date: d(2027, 4, 1),
                value: 13.0,
            });
        }
        let mut a = crate::domain::Action::new(next(), &format!("A {i}"), d(2027, 5, 1));
        a.objectives = vec![o.id];
        p.actions.push(a);
    }
    p.objectives.push(o);
    p.next_id = id + 1;
    p
}

/// Items the dashboard's reading of `plan` visits.
fn steps(plan: &Plan) -> usize {
    work::STEPS.with(|s| s.set(0));
    let b = board(plan, Lang::Fr, d(2027, 1, 1));
    let n = work::STEPS.with(|s| s.get());
    let read: usize = b.objectives.values().map(|o| o.readings.len()).sum();
    assert_eq!(read, plan.custom_kpis.len());
    n
}

/// The reading visits each item a bounded number of
/// times: doubling the plan doubles the work, and the work stays within
/// a few visits per item, on one objective of many KPIs as on many
/// objectives of 20 (what validation now accepts).
#[test]
fn the_dashboard_reading_is_linear_in_kpis_and_measurements() {
    for per in [20, u32::MAX] {
        linear(wide_plan(500, per), wide_plan(1_000, per));
    }
}

fn linear(small: Plan, large: Plan) {
    let size = |p: &Plan| {
        p.objectives.len()
            + p.objectives.iter().map(|o| o.kpis.len()).sum::<usize>()
            + p.custom_kpis.len()
            + p.measurements.len()
            + p.actions.len()
    };
    let (a, b) = (steps(&small), steps(&large));
    assert!(
        b <= 4 * size(&large),
        "{b} items visited for a plan of {} items",
        size(&large)
    );
    assert!(
        (b as f64) <= 2.2 * a as f64,
        "twice the KPIs and measurements: {a} -> {b} visits"
    );
}

/// The reading of the whole board says what the per-KPI functions say,
/// for objectives sharing a KPI, a measurement for no objective, a
/// custom KPI, an unknown one and a KPI listed twice.
#[test]
fn the_board_reads_what_each_kpi_reads_alone() {
    let (mut p, k) = plan("conversion_rate", 2.0, 3.0);
    let custom = ItemId(50);
    p.custom_kpis.push(crate::domain::CustomKpi {
        id: custom,
        name: "Appels".into(),
        unit: Unit::Count,
        direction: Default::default(),
        definition: String::new(),
    });
    let mut second = Objective::new(ItemId(2), "Second", Rank::Secondary);
    second.kpis = vec![
        k.clone(),
        ObjectiveKpi::new(KpiRef::Custom(custom)),
        ObjectiveKpi::new(KpiRef::Custom(ItemId(99))),
        ObjectiveKpi {
            baseline: Some(9.0),
            ..k.clone()
        },
    ];
    p.objectives.insert(0, second);
    p.next_id = 100;
    let first = p.objectives[1].clone();
    record(&mut p, d(2027, 3, 1), 2.4);
    p.measurements[0].objective = Some(first.id);
    p.measurements.push(Measurement {
        id: ItemId(60),
        kpi: k.kpi.clone(),
        objective: None,
        date: d(2027, 2, 1),
        value: 2.2,
    });
    p.measurements.push(Measurement {
        id: ItemId(61),
        kpi: k.kpi.clone(),
        objective: Some(ItemId(2)),
        date: d(2027, 1, 15),
        value: 2.1,
    });
    let b = board(&p, Lang::En, d(2027, 1, 1));
    assert_eq!(b.order, vec![ItemId(1), ItemId(2)], "priority first");
    for o in &p.objectives {
        let card = &b.objectives[&o.id];
        let distinct: Vec<KpiRef> = o.kpis.iter().fold(Vec::new(), |mut v, k| {
            if !v.contains(&k.kpi) {
                v.push(k.kpi.clone());
            }
            v
        });
        assert_eq!(card.kpis, distinct);
        for r in &card.kpis {
            let k = o.kpis.iter().find(|k| &k.kpi == r).unwrap();
            let reading = &card.readings[r];
            assert_eq!(reading.progress, kpi_progress(&p, o, k));
            assert_eq!(
                reading.name,
                crate::domain::smart::kpi_name(&p, r, Lang::En)
            );
            assert_eq!(
                reading.unit,
                crate::domain::smart::kpi_meta(&p, r)
                    .map(|m| m.unit)
                    .unwrap_or_default()
            );
            let ids: Vec<ItemId> = p
                .measurements
                .iter()
                .filter(|m| &m.kpi == r && m.objective.is_none_or(|x| x == o.id))
                .map(|m| m.id)
                .collect();
            assert_eq!(
                reading.measurements.iter().map(|m| m.0).collect::<Vec<_>>(),
                ids
            );
        }
    }
    let shared = &b.objectives[&ItemId(2)].readings[&k.kpi];
    assert_eq!(
        shared.progress.series,
        vec![(d(2027, 1, 15), 2.1), (d(2027, 2, 1), 2.2)]
    );
    assert_eq!(
        b.objectives[&ItemId(2)].readings[&KpiRef::Custom(custom)].name,
        "Appels"
    );
}

#[test]
fn next_actions_are_the_two_first_open_ones_serving_the_objective() {
    let (mut p, _) = plan("orders", 1.0, 2.0);
    let today = d(2027, 3, 1);
    let mut add = |id: u32, title: &str, start: NaiveDate, end: NaiveDate, status| {
        let mut a = crate::domain::Action::new(ItemId(id), title, start);
        a.end = end;
        a.status = status;
        a.objectives = vec![ItemId(1), ItemId(1)];
        p.actions.push(a);
    };
    add(
        10,
        "ended",
        d(2027, 1, 1),
        d(2027, 2, 1),
        ActionStatus::default(),
    );
    add(11, "done", d(2027, 3, 2), d(2027, 3, 9), ActionStatus::Done);
    add(
        12,
        "later",
        d(2027, 6, 1),
        d(2027, 6, 9),
        ActionStatus::default(),
    );
    add(
        13,
        "running",
        d(2027, 2, 1),
        d(2027, 4, 1),
        ActionStatus::default(),
    );
    add(
        14,
        "soon",
        d(2027, 3, 5),
        d(2027, 3, 9),
        ActionStatus::default(),
    );
    let b = board(&p, Lang::Fr, today);
    assert_eq!(
        b.objectives[&ItemId(1)].next_actions,
        vec![
            (today, "running".to_string()),
            (d(2027, 3, 5), "soon".to_string())
        ]
    );
    // A weekly action whose first week is long over comes by its next
    // occurrence, Wednesday 3 March.
    let mut weekly = crate::domain::Action::new(ItemId(15), "a weekly post", d(2027, 1, 6));
    weekly.status = ActionStatus::InProgress;
    weekly.objectives = vec![ItemId(1)];
    weekly.recurrence = Some(crate::domain::Recurrence {
        every: crate::domain::Every::Week,
        until: None,
    });
    p.actions.push(weekly);
    let b = board(&p, Lang::Fr, today);
    assert_eq!(
        b.objectives[&ItemId(1)].next_actions,
        vec![
            (today, "running".to_string()),
            (d(2027, 3, 3), "a weekly post".to_string())
        ]
    );
}

#[test]
fn pasted_csv_is_read_or_refused_with_its_line() {
    let ok = parse_csv("date,value\n2027-01-31,2.5\n31.03.2027;2,75\n\n").unwrap();
    assert_eq!(ok, vec![(d(2027, 1, 31), 2.5), (d(2027, 3, 31), 2.75)]);
    assert_eq!(parse_csv("2027-01-31,abc"), Err((1, CsvLineError::Value)));
    assert_eq!(
        parse_csv("2027-01-31,1\nhier,2"),
        Err((2, CsvLineError::Date))
    );
    assert_eq!(parse_csv("2027-01-31"), Err((1, CsvLineError::Columns)));
}
