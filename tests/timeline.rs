//! Native tests of the timeline: twenty actions over the three horizons,
//! repeating ones, a budget line over-committed, refusals and re-planning.
#![cfg(not(target_arch = "wasm32"))]
// Amounts are written francs_centimes (12_500_00 is CHF 12'500.00).
#![allow(clippy::inconsistent_digit_grouping)]

mod common;

use cap::{
    domain::{budget::Channel, timeline, *},
    storage::{decode, encode},
};
use common::*;

fn plan_with_twenty_actions() -> Plan {
    let mut p = Plan::new("Échéancier", day(2027, 1, 1), Lang::Fr);
    p.budget.total = Money(50_000_00);
    let mut seo = BudgetLine::new(ItemId(1), Channel::Catalogue("seo".into()));
    seo.amounts = [Money(2_000_00), Money(3_000_00), Money(5_000_00)];
    p.budget.lines.push(seo);
    p.next_id = 2;
    for i in 0..20u32 {
        let start = day(2027, 1 + i % 12, 1 + i % 20);
        let mut a = Action::new(ItemId(0), &format!("Action {i}"), start);
        a.id = ItemId(p.next_id);
        a.end = start + chrono::Duration::days(i64::from(i % 10));
        a.horizon = Some(Horizon::ALL[(i % 3) as usize]);
        a.importance = [
            Importance::Critical,
            Importance::High,
            Importance::Normal,
            Importance::Low,
        ][(i % 4) as usize];
        if i % 5 == 0 {
            a.recurrence = Some(Recurrence {
                every: Every::Month,
                until: None,
            });
        }
        if i < 6 {
            a.budget_line = Some(ItemId(1));
            a.cost = Money(2_000_00);
        }
        apply(
            &mut p,
            Command::InsertAction {
                index: usize::MAX,
                action: Box::new(a),
            },
        )
        .unwrap();
    }
    p
}

#[test]
fn a_budget_line_over_committed_by_its_actions_is_reported_with_the_amount() {
    let mut p = plan_with_twenty_actions();
    assert_eq!(p.actions.len(), 20);
    let over = timeline::over_commitments(&p);
    assert_eq!(over.len(), 1);
    assert_eq!(over[0].committed, Money(12_000_00));
    assert_eq!(over[0].excess(), Money(2_000_00));
    assert_eq!(timeline::committed_total(&p), Money(12_000_00));
    // A cancelled action no longer commits its cost, but what it spent
    // still counts.
    let mut cancelled = p.actions[0].clone();
    cancelled.status = ActionStatus::Cancelled;
    cancelled.spent = Money(300_00);
    apply(&mut p, Command::UpdateAction(Box::new(cancelled))).unwrap();
    assert!(timeline::over_commitments(&p).is_empty());
    assert_eq!(timeline::committed_total(&p), Money(10_000_00));
    let mut off_budget = p.actions[10].clone();
    off_budget.spent = Money(50_00);
    apply(&mut p, Command::UpdateAction(Box::new(off_budget))).unwrap();
    assert_eq!(timeline::spent(&p), Money(350_00));
}

#[test]
fn an_action_ending_before_it_starts_is_refused_and_changes_nothing() {
    let mut p = plan_with_twenty_actions();
    let before = p.clone();
    let mut bad = p.actions[3].clone();
    bad.end = bad.start - chrono::Duration::days(1);
    assert_eq!(
        apply(&mut p, Command::UpdateAction(Box::new(bad))),
        Err(CommandError::EndBeforeStart)
    );
    let mut untitled = p.actions[3].clone();
    untitled.title = " ".into();
    assert_eq!(
        apply(&mut p, Command::UpdateAction(Box::new(untitled))),
        Err(CommandError::EmptyTitle)
    );
    assert_eq!(p, before);
}

#[test]
fn actions_outside_the_period_are_flagged_not_refused() {
    let mut p = plan_with_twenty_actions();
    let mut late = p.actions[1].clone();
    late.end = day(2028, 2, 1);
    apply(&mut p, Command::UpdateAction(Box::new(late))).unwrap();
    assert!(timeline::outside_period(&p, &p.actions[1]));
    assert!(validate(&p)
        .iter()
        .any(|pr| pr.path == "plan.actions[1].start" && pr.severity == Severity::Warning));
}

#[test]
fn shifting_every_action_after_a_date_is_one_undo_step() {
    let mut p = plan_with_twenty_actions();
    let before = p.clone();
    let from = day(2027, 6, 1);
    let moved: Vec<ItemId> = p
        .actions
        .iter()
        .filter(|a| a.start >= from)
        .map(|a| a.id)
        .collect();
    let mut h = History::new();
    let shift = timeline::shift_after(&p, from, 2).unwrap().unwrap();
    h.execute(&mut p, shift, 0).unwrap();
    for (a, b) in p.actions.iter().zip(&before.actions) {
        let expected = if moved.contains(&a.id) { 14 } else { 0 };
        assert_eq!((a.start - b.start).num_days(), expected, "{}", a.title);
        assert_eq!(a.end - a.start, b.end - b.start, "lengths are kept");
    }
    assert!(h.undo(&mut p));
    assert_eq!(p, before);
    assert_eq!(timeline::shift_after(&p, day(2030, 1, 1), 1), Ok(None));
    // Ten years at most, either way.
    let most = timeline::MAX_SHIFT_WEEKS;
    assert_eq!(most, 520);
    for (asked, held) in [(most * 3, most), (-most - 1, -most)] {
        assert_eq!(
            timeline::shift_after(&p, from, asked),
            timeline::shift_after(&p, from, held)
        );
    }
}

#[test]
fn the_timeline_survives_export_and_import() {
    let p = plan_with_twenty_actions();
    let text = encode(
        &p,
        chrono::DateTime::from_timestamp(1_800_000_000, 0).unwrap(),
        true,
    );
    assert_eq!(decode(&text).unwrap().plan, p);
    let monthly = &p.actions[0];
    assert_eq!(timeline::occurrences(monthly, p.period.end).len(), 12);
}

#[test]
fn a_currency_change_rescales_what_actions_have_spent_too() {
    let mut p = plan_with_twenty_actions();
    let mut a = p.actions[0].clone();
    a.spent = Money(1_500_00);
    apply(&mut p, Command::UpdateAction(Box::new(a))).unwrap();
    apply(&mut p, Command::SetCurrency(Currency::new("JPY").unwrap())).unwrap();
    assert_eq!(p.actions[0].spent, Money(1_500));
    assert_eq!(p.actions[0].cost, Money(2_000));
}

/// The file of issue 29: a plan ending on chrono's last year, with a
/// monthly action in its last month (its second occurrence ends past
/// chrono's last day).
fn plan_at_chronos_limit() -> String {
    let mut p = Plan::new("Limite", day(2027, 1, 1), Lang::Fr);
    let mut a = Action::new(ItemId(1), "Newsletter", day(2027, 1, 1));
    a.recurrence = Some(Recurrence {
        every: Every::Month,
        until: None,
    });
    p.actions.push(a);
    p.next_id = 2;
    let text = encode(
        &p,
        chrono::DateTime::from_timestamp(1_800_000_000, 0).unwrap(),
        false,
    );
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["plan"]["period"]["end"] = "+262142-12-31".into();
    v["plan"]["actions"][0]["start"] = "+262142-11-30".into();
    v["plan"]["actions"][0]["end"] = "+262142-12-31".into();
    v.to_string()
}

#[test]
fn a_plan_dated_at_chronos_limits_is_refused_with_its_field_not_a_panic() {
    let err = decode(&plan_at_chronos_limit()).unwrap_err();
    assert_eq!(err.path(), Some("plan.period.end"), "{err:?}");
    for (year, ok) in [(1899, false), (1900, true), (2200, true), (2201, false)] {
        let mut p = Plan::new("Bornes", day(2027, 1, 1), Lang::Fr);
        p.period.start = day(year.min(2027), 1, 1);
        p.period.end = day(year.max(2027), 12, 31);
        let errors = cap::domain::validate::errors(&p);
        assert_eq!(errors.is_empty(), ok, "{year}: {errors:?}");
    }
}

#[test]
fn every_date_a_plan_stores_is_held_to_1900_2200_by_validation() {
    let base = plan_with_twenty_actions();
    let far = day(9999, 1, 1);
    let mut cases: Vec<(&str, Plan)> = Vec::new();
    let mut p = base.clone();
    p.period.start = day(1800, 1, 1);
    cases.push(("plan.period.start", p));
    let mut p = base.clone();
    p.actions[1].start = day(1800, 1, 1);
    cases.push(("plan.actions[1].start", p));
    let mut p = base.clone();
    p.actions[1].end = far;
    cases.push(("plan.actions[1].end", p));
    let mut p = base.clone();
    p.actions[0].recurrence = Some(Recurrence {
        every: Every::Week,
        until: Some(far),
    });
    cases.push(("plan.actions[0].recurrence.until", p));
    let mut p = base.clone();
    let mut o = Objective::new(ItemId(p.next_id), "Ventes", Rank::Priority);
    o.deadline = Some(far);
    p.objectives.push(o);
    p.next_id += 1;
    cases.push(("plan.objectives[0].deadline", p));
    let mut p = base.clone();
    p.measurements.push(Measurement {
        id: ItemId(p.next_id),
        kpi: KpiRef::Catalogue("orders".into()),
        objective: None,
        date: far,
        value: 1.0,
    });
    p.next_id += 1;
    cases.push(("plan.measurements[0].date", p));
    for (path, p) in cases {
        let errors = cap::domain::validate::errors(&p);
        assert!(
            errors
                .iter()
                .any(|e| e.path == path && e.kind == ProblemKind::DateOutOfRange),
            "{path}: {errors:?}"
        );
    }
}

#[test]
fn no_command_stores_a_date_that_validation_would_refuse_after_a_reload() {
    let mut p = plan_with_twenty_actions();
    let far = day(9999, 1, 1);
    let before = p.clone();
    let refused = |p: &mut Plan, c: Command| {
        assert_eq!(
            apply(p, c.clone()),
            Err(CommandError::DateOutOfRange),
            "{c:?}"
        );
    };
    refused(
        &mut p,
        Command::SetPeriod(Period {
            start: day(2027, 1, 1),
            end: far,
        }),
    );
    refused(
        &mut p,
        Command::SetPeriod(Period {
            start: day(1066, 10, 14),
            end: day(2027, 1, 1),
        }),
    );
    let mut a = p.actions[0].clone();
    a.end = far;
    refused(&mut p, Command::UpdateAction(Box::new(a.clone())));
    a.end = a.start;
    a.recurrence = Some(Recurrence {
        every: Every::Month,
        until: Some(far),
    });
    refused(&mut p, Command::UpdateAction(Box::new(a)));
    let mut a = Action::new(ItemId(p.next_id), "Loin", far);
    refused(
        &mut p,
        Command::InsertAction {
            index: 0,
            action: Box::new(a.clone()),
        },
    );
    a.start = day(2027, 1, 1);
    a.end = day(2027, 1, 1);
    let m = Measurement {
        id: ItemId(p.next_id),
        kpi: KpiRef::Catalogue("orders".into()),
        objective: None,
        date: far,
        value: 1.0,
    };
    refused(
        &mut p,
        Command::InsertMeasurement {
            index: 0,
            measurement: m,
        },
    );
    let mut o = Objective::new(ItemId(p.next_id), "Ventes", Rank::Priority);
    o.deadline = Some(far);
    refused(
        &mut p,
        Command::InsertObjective {
            index: 0,
            objective: o.clone(),
            links: Links::default(),
        },
    );
    o.deadline = None;
    apply(
        &mut p,
        Command::InsertObjective {
            index: 0,
            objective: o.clone(),
            links: Links::default(),
        },
    )
    .unwrap();
    refused(
        &mut p,
        Command::EditObjective(o.id, ObjectiveEdit::RestoreDeadline(Some(far))),
    );
    apply(&mut p, Command::RemoveObjective(o.id)).unwrap();
    p.next_id = before.next_id;
    assert_eq!(p, before);
}

#[test]
fn shifting_never_leaves_the_range_nor_panics_at_chronos_limits() {
    let mut p = plan_with_twenty_actions();
    // Shifting everything 520 weeks from 2195 would pass 2200: refused.
    p.period.end = day(2200, 12, 31);
    let mut late = p.actions[0].clone();
    late.start = day(2195, 1, 1);
    late.end = day(2195, 1, 2);
    apply(&mut p, Command::UpdateAction(Box::new(late))).unwrap();
    assert_eq!(
        timeline::shift_after(&p, day(2100, 1, 1), 520),
        Err(CommandError::DateOutOfRange)
    );
    assert!(timeline::shift_after(&p, day(2100, 1, 1), -520).is_ok());
    // A plan that never passed validation still does not panic.
    p.actions[0].start = chrono::NaiveDate::MAX;
    p.actions[0].end = chrono::NaiveDate::MAX;
    assert_eq!(
        timeline::shift_after(&p, day(2100, 1, 1), 1),
        Err(CommandError::DateOutOfRange)
    );
    p.actions[0].start = chrono::NaiveDate::MAX - chrono::Duration::days(40);
    p.actions[0].recurrence = Some(Recurrence {
        every: Every::Month,
        until: None,
    });
    let n = timeline::occurrences(&p.actions[0], chrono::NaiveDate::MAX).len();
    assert!(n <= timeline::MAX_OCCURRENCES);
}

#[test]
fn an_actions_channel_is_its_own_or_else_its_budget_lines() {
    let mut p = plan_with_twenty_actions();
    let seo = Channel::Catalogue("seo".into());
    let own = Channel::Custom("Salon".into());
    // Actions 0..6 spend from the SEO line and name no channel of their own.
    assert_eq!(timeline::channel_of(&p, &p.actions[0]), Some(&seo));
    p.actions[0].channel = Some(own.clone());
    assert_eq!(
        timeline::channel_of(&p, &p.actions[0]),
        Some(&own),
        "its own channel comes first"
    );
    // No line and no channel: none; a line that is gone: none.
    assert_eq!(timeline::channel_of(&p, &p.actions[10]), None);
    p.actions[1].budget_line = Some(ItemId(999));
    assert_eq!(timeline::channel_of(&p, &p.actions[1]), None);
}

#[test]
fn the_timeline_filter_keeps_the_actions_that_pass_every_criterion_set() {
    let mut p = plan_with_twenty_actions();
    fn ids(p: &Plan, f: &timeline::ActionFilter, lang: Lang) -> Vec<u32> {
        f.apply(p, lang).map(|a| a.id.0).collect()
    }
    let all: Vec<u32> = p.actions.iter().map(|a| a.id.0).collect();
    assert_eq!(ids(&p, &timeline::ActionFilter::default(), Lang::Fr), all);

    // Importance cycles critical, high, normal, low over the twenty actions.
    let critical = timeline::ActionFilter {
        importance: Some(Importance::Critical),
        ..Default::default()
    };
    assert_eq!(ids(&p, &critical, Lang::Fr), vec![2, 6, 10, 14, 18]);
    let done = timeline::ActionFilter {
        status: Some(ActionStatus::Done),
        ..Default::default()
    };
    assert!(ids(&p, &done, Lang::Fr).is_empty());

    // The channel is matched by its name in the language asked for, through
    // the action's own channel or else its budget line's (actions 2 to 7).
    let seo_fr = Channel::Catalogue("seo".into()).name(Lang::Fr);
    let seo_en = Channel::Catalogue("seo".into()).name(Lang::En);
    assert_ne!(seo_fr, seo_en);
    p.actions[10].channel = Some(Channel::Catalogue("seo".into()));
    p.actions[2].channel = Some(Channel::Custom("Salon".into()));
    let by_seo = timeline::ActionFilter {
        channel: Some(seo_fr.clone()),
        ..Default::default()
    };
    assert_eq!(ids(&p, &by_seo, Lang::Fr), vec![2, 3, 5, 6, 7, 12]);
    assert!(
        ids(&p, &by_seo, Lang::En).is_empty(),
        "a French name in English"
    );
    assert_eq!(
        timeline::channel_names(&p, Lang::Fr),
        vec![seo_fr.clone(), "Salon".to_string()],
        "sorted, each once"
    );

    // Criteria add up; the objective is one of those the action serves.
    p.actions[3].objectives = vec![ItemId(40), ItemId(41)];
    p.actions[5].objectives = vec![ItemId(41)];
    let both = timeline::ActionFilter {
        objective: Some(ItemId(41)),
        channel: Some(seo_fr),
        importance: Some(Importance::High),
        ..Default::default()
    };
    assert_eq!(ids(&p, &both, Lang::Fr), vec![7]);
}
