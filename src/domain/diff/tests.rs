//! The comparison on the example plans: each kind of change is found once,
//! with its figures, and an item that only moved in its list is no change.

use super::*;
use crate::domain::{
    apply,
    examples::{build, Example},
    forecast::TargetPeriod,
    Action, BudgetLine, Command, KpiRef, Lang, LineEdit, Objective, ObjectiveEdit, StrategyElement,
};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn shop() -> Plan {
    build(Example::Shop, Lang::Fr, day(2027, 3, 12))
}

/// `plan` after `commands`, each of which must apply.
fn after(plan: &Plan, commands: Vec<Command>) -> Plan {
    let mut p = plan.clone();
    for c in commands {
        apply(&mut p, c.clone()).unwrap_or_else(|e| panic!("{c:?}: {e:?}"));
    }
    p
}

#[test]
fn a_plan_compared_with_itself_has_no_change() {
    for which in Example::ALL {
        for lang in Lang::ALL {
            let p = build(which, lang, day(2027, 3, 12));
            assert_eq!(diff(&p, &p.clone()), vec![], "{which:?} {lang:?}");
            assert_eq!(summary(&diff(&p, &p)).total(), 0);
        }
    }
}

#[test]
fn the_plans_facts_are_found_with_their_values() {
    let p = shop();
    let period = Period::one_year_from(day(2027, 4, 1));
    let eur = Currency::new("EUR").unwrap();
    let q = after(
        &p,
        vec![
            Command::SetName("Vélos 2027".into()),
            Command::SetClient(String::new()),
            Command::SetPeriod(period),
            Command::SetCurrency(eur.clone()),
        ],
    );
    assert_eq!(
        diff(&p, &q),
        vec![
            Change::Name {
                from: p.name.clone(),
                to: "Vélos 2027".into()
            },
            Change::Client {
                from: "Atelier Vélo Léman Sàrl".into(),
                to: String::new()
            },
            Change::Period {
                from: p.period,
                to: period
            },
            Change::Currency {
                from: Currency::chf(),
                to: eur
            },
        ]
    );
}

#[test]
fn an_objectives_changes_are_found_once_with_their_figures() {
    let p = shop();
    let o = &p.objectives[0];
    let orders = KpiRef::Catalogue("orders".into());
    let rate = KpiRef::Catalogue("conversion_rate".into());
    let deadline = day(2027, 12, 31);
    let kpis = ObjectiveEdit::remove_kpi(&o.kpis, &rate);
    let q = after(
        &p,
        vec![
            Command::EditObjective(o.id, ObjectiveEdit::Title("Vendre plus".into())),
            Command::EditObjective(o.id, ObjectiveEdit::Rank(Rank::Secondary)),
            Command::EditObjective(o.id, ObjectiveEdit::Deadline(Some(deadline))),
            Command::EditObjective(o.id, kpis),
            Command::EditObjective(
                o.id,
                ObjectiveEdit::Target(orders.clone(), Some(Target::Value(40.0))),
            ),
        ],
    );
    let q = after(
        &q,
        vec![Command::EditObjective(
            o.id,
            ObjectiveEdit::add_kpi(&q.objectives[0].kpis, KpiRef::Catalogue("roas".into())),
        )],
    );
    let title = "Vendre plus".to_string();
    let month = Some(TargetPeriod::Month);
    assert_eq!(
        diff(&p, &q),
        vec![
            Change::ObjectiveRenamed {
                id: o.id,
                from: o.title.clone(),
                to: title.clone()
            },
            Change::ObjectiveRank {
                id: o.id,
                title: title.clone(),
                from: Rank::Priority,
                to: Rank::Secondary
            },
            Change::ObjectiveDeadline {
                id: o.id,
                title: title.clone(),
                from: o.deadline,
                to: Some(deadline)
            },
            Change::ObjectiveTarget {
                id: o.id,
                title: title.clone(),
                kpi: KpiName::Catalogue("orders".into()),
                unit: Unit::Count,
                from: Aim {
                    target: Some(Target::Value(35.0)),
                    period: month
                },
                to: Aim {
                    target: Some(Target::Value(40.0)),
                    period: month
                },
            },
            Change::KpiAdded {
                id: o.id,
                title: title.clone(),
                kpi: KpiName::Catalogue("roas".into())
            },
            Change::KpiRemoved {
                id: o.id,
                title,
                kpi: KpiName::Catalogue("conversion_rate".into())
            },
        ]
    );
}

#[test]
fn a_target_counted_over_another_period_is_a_change_of_aim() {
    let p = shop();
    let o = &p.objectives[0];
    let orders = KpiRef::Catalogue("orders".into());
    let q = after(
        &p,
        vec![Command::EditObjective(
            o.id,
            ObjectiveEdit::Period(orders, Some(TargetPeriod::Year)),
        )],
    );
    let changes = diff(&p, &q);
    assert!(
        matches!(&changes[..], [Change::ObjectiveTarget { from, to, .. }]
            if from.target == to.target && to.period == Some(TargetPeriod::Year)),
        "{changes:?}"
    );
}

#[test]
fn objectives_added_and_removed_are_named() {
    let p = shop();
    let gone = p.objectives[2].clone();
    let new = Objective::new(ItemId(p.next_id), "Fidéliser", Rank::Secondary);
    let q = after(
        &p,
        vec![
            Command::RemoveObjective(gone.id),
            Command::InsertObjective {
                index: 0,
                objective: new.clone(),
                links: Default::default(),
            },
        ],
    );
    let changes = diff(&p, &q);
    assert_eq!(
        changes,
        vec![
            Change::ObjectiveAdded {
                id: new.id,
                title: "Fidéliser".into(),
                rank: Rank::Secondary
            },
            Change::ObjectiveRemoved {
                id: gone.id,
                title: gone.title.clone()
            },
        ],
        "no line, action or measurement of the example served it"
    );
}

#[test]
fn the_budgets_changes_carry_their_amounts_and_the_allocated_total() {
    let p = shop();
    let (first, second) = (&p.budget.lines[0], &p.budget.lines[1]);
    let was = first.amounts[0];
    let freed = second.total();
    let q = after(
        &p,
        vec![
            Command::SetBudgetTotal(Money(6_000_000)),
            Command::RemoveBudgetLine(second.id),
            Command::SetCell {
                line: first.id,
                horizon: Horizon::Immediate,
                amount: Money(was.0 + 30_000),
            },
            Command::EditBudgetLine(first.id, LineEdit::Delivery(Delivery::InHouse)),
        ],
    );
    let mut line = BudgetLine::new(ItemId(q.next_id), Channel::Custom("Salon".into()));
    line.amounts = [Money(100_000), Money::ZERO, Money(20_000)];
    let q = after(
        &q,
        vec![Command::InsertBudgetLine {
            index: 99,
            line: line.clone(),
            links: Default::default(),
        }],
    );
    let allocated = p.budget.allocated();
    assert_eq!(
        diff(&p, &q),
        vec![
            Change::BudgetTotal {
                from: Money(5_000_000),
                to: Money(6_000_000)
            },
            Change::Cell {
                id: first.id,
                channel: first.channel.clone(),
                horizon: Horizon::Immediate,
                from: was,
                to: Money(was.0 + 30_000)
            },
            Change::LineDelivery {
                id: first.id,
                channel: first.channel.clone(),
                from: Delivery::Consultant,
                to: Delivery::InHouse
            },
            Change::LineAdded {
                id: line.id,
                channel: Channel::Custom("Salon".into()),
                total: Money(120_000)
            },
            Change::LineRemoved {
                id: second.id,
                channel: second.channel.clone(),
                total: freed
            },
            Change::Allocated {
                from: allocated,
                to: Money(allocated.0 + 30_000 + 120_000 - freed.0)
            },
        ]
    );
}

#[test]
fn a_line_for_another_channel_is_the_same_line() {
    let p = shop();
    let l = &p.budget.lines[0];
    let to = Channel::Custom("Google Ads".into());
    let q = after(
        &p,
        vec![Command::EditBudgetLine(l.id, LineEdit::Channel(to.clone()))],
    );
    assert_eq!(
        diff(&p, &q),
        vec![Change::LineChannel {
            id: l.id,
            from: l.channel.clone(),
            to
        }]
    );
}

#[test]
fn an_actions_changes_are_found_once_and_a_moved_action_is_not_replaced() {
    let p = shop();
    let a = p.actions[3].clone();
    let mut edited = a.shifted(2).unwrap();
    edited.title = "Newsletter de printemps".into();
    edited.importance = Importance::Critical;
    edited.status = ActionStatus::Cancelled;
    let new = Action::new(ItemId(p.next_id), "Salon du vélo", day(2027, 5, 8));
    let gone = p.actions[0].clone();
    let q = after(
        &p,
        vec![
            Command::UpdateAction(Box::new(edited.clone())),
            Command::RemoveAction(gone.id),
            Command::InsertAction {
                index: 0,
                action: Box::new(new.clone()),
            },
        ],
    );
    let title = edited.title.clone();
    let moved = |x: &Action| Days {
        start: x.start,
        end: x.end,
    };
    assert_eq!(
        diff(&p, &q),
        vec![
            Change::ActionAdded {
                id: new.id,
                title: "Salon du vélo".into(),
                days: moved(&new)
            },
            Change::ActionRenamed {
                id: a.id,
                from: a.title.clone(),
                to: title.clone()
            },
            Change::ActionMoved {
                id: a.id,
                title: title.clone(),
                from: moved(&a),
                to: moved(&edited)
            },
            Change::ActionImportance {
                id: a.id,
                title: title.clone(),
                from: a.importance,
                to: Importance::Critical
            },
            Change::ActionStatus {
                id: a.id,
                title,
                from: a.status,
                to: ActionStatus::Cancelled
            },
            Change::ActionRemoved {
                id: gone.id,
                title: gone.title.clone()
            },
        ]
    );
    assert_ne!(a.importance, Importance::Critical);
    assert_ne!(a.status, ActionStatus::Cancelled);
}

#[test]
fn strategy_elements_and_measurements_are_counted_in() {
    let p = shop();
    let mut q = p.clone();
    let dropped = q.strategy_elements.remove(1);
    let added = StrategyElement {
        id: ItemId(q.next_id),
        kind: StrategyKind::Custom("Réseau d'ateliers".into()),
        note: String::new(),
    };
    q.strategy_elements.push(added.clone());
    q.measurements.truncate(q.measurements.len() - 2);
    let mut m = q.measurements[0].clone();
    m.id = ItemId(q.next_id + 1);
    q.measurements.push(m);
    assert_eq!(
        diff(&p, &q),
        vec![
            Change::ElementAdded {
                id: added.id,
                kind: added.kind
            },
            Change::ElementRemoved {
                id: dropped.id,
                kind: dropped.kind
            },
            Change::MeasurementsAdded(1),
            Change::MeasurementsRemoved(2),
        ]
    );
}
