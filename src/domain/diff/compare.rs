//! The comparison of each section, in the order [`super::diff`] lists them.

use super::{Aim, Change, Days, KpiName};
use crate::domain::{
    forecast::period_of, smart::kpi_meta, Action, BudgetLine, Horizon, ItemId, KpiRef, Objective,
    ObjectiveKpi, Plan, StrategyElement, Target,
};
use std::collections::HashSet;

/// The items of `before` whose id `after` no longer has, in `before`'s order.
fn gone<'a, T>(before: &'a [T], after: &[T], id: impl Fn(&T) -> ItemId) -> Vec<&'a T> {
    let kept: HashSet<ItemId> = after.iter().map(&id).collect();
    before.iter().filter(|b| !kept.contains(&id(b))).collect()
}

pub(super) fn plan_facts(before: &Plan, after: &Plan, out: &mut Vec<Change>) {
    if before.name != after.name {
        out.push(Change::Name {
            from: before.name.clone(),
            to: after.name.clone(),
        });
    }
    if before.client != after.client {
        out.push(Change::Client {
            from: before.client.clone(),
            to: after.client.clone(),
        });
    }
    if before.period != after.period {
        out.push(Change::Period {
            from: before.period,
            to: after.period,
        });
    }
    if before.currency != after.currency {
        out.push(Change::Currency {
            from: before.currency.clone(),
            to: after.currency.clone(),
        });
    }
}

/// How `plan` names `kpi`: the catalogue's key, or its own KPI's name
/// (`#id` when the plan no longer has it).
fn kpi_name(plan: &Plan, kpi: &KpiRef) -> KpiName {
    match kpi {
        KpiRef::Catalogue(key) => KpiName::Catalogue(key.clone()),
        KpiRef::Custom(id) => KpiName::Custom(
            plan.custom_kpis
                .iter()
                .find(|k| k.id == *id)
                .map_or_else(|| format!("#{id}"), |k| k.name.clone()),
        ),
    }
}

/// Whether two targets are the same, a stored NaN being the same as itself.
fn same_target(a: Option<Target>, b: Option<Target>) -> bool {
    let same = |x: f64, y: f64| x == y || (x.is_nan() && y.is_nan());
    match (a, b) {
        (None, None) => true,
        (Some(Target::Value(x)), Some(Target::Value(y)))
        | (Some(Target::Change(x)), Some(Target::Change(y))) => same(x, y),
        _ => false,
    }
}

/// The KPI `kpi` among `kpis`.
fn find<'a>(kpis: &'a [ObjectiveKpi], kpi: &KpiRef) -> Option<&'a ObjectiveKpi> {
    kpis.iter().find(|k| k.kpi == *kpi)
}

fn objective(before: &Plan, after: &Plan, was: &Objective, is: &Objective, out: &mut Vec<Change>) {
    let (id, title) = (is.id, is.title.clone());
    if was.title != is.title {
        out.push(Change::ObjectiveRenamed {
            id,
            from: was.title.clone(),
            to: is.title.clone(),
        });
    }
    if was.rank != is.rank {
        out.push(Change::ObjectiveRank {
            id,
            title: title.clone(),
            from: was.rank,
            to: is.rank,
        });
    }
    if was.deadline != is.deadline {
        out.push(Change::ObjectiveDeadline {
            id,
            title: title.clone(),
            from: was.deadline,
            to: is.deadline,
        });
    }
    for k in &is.kpis {
        let Some(old) = find(&was.kpis, &k.kpi) else {
            out.push(Change::KpiAdded {
                id,
                title: title.clone(),
                kpi: kpi_name(after, &k.kpi),
            });
            continue;
        };
        let from = Aim {
            target: old.target,
            period: period_of(old),
        };
        let to = Aim {
            target: k.target,
            period: period_of(k),
        };
        if !same_target(from.target, to.target) || from.period != to.period {
            out.push(Change::ObjectiveTarget {
                id,
                title: title.clone(),
                kpi: kpi_name(after, &k.kpi),
                unit: kpi_meta(after, &k.kpi).map(|m| m.unit).unwrap_or_default(),
                from,
                to,
            });
        }
    }
    for k in was.kpis.iter().filter(|k| find(&is.kpis, &k.kpi).is_none()) {
        out.push(Change::KpiRemoved {
            id,
            title: title.clone(),
            kpi: kpi_name(before, &k.kpi),
        });
    }
}

pub(super) fn objectives(before: &Plan, after: &Plan, out: &mut Vec<Change>) {
    for is in &after.objectives {
        match before.objective(is.id) {
            Some(was) => objective(before, after, was, is, out),
            None => out.push(Change::ObjectiveAdded {
                id: is.id,
                title: is.title.clone(),
                rank: is.rank,
            }),
        }
    }
    for was in gone(&before.objectives, &after.objectives, |o| o.id) {
        out.push(Change::ObjectiveRemoved {
            id: was.id,
            title: was.title.clone(),
        });
    }
}

fn line(was: &BudgetLine, is: &BudgetLine, out: &mut Vec<Change>) {
    if was.channel != is.channel {
        out.push(Change::LineChannel {
            id: is.id,
            from: was.channel.clone(),
            to: is.channel.clone(),
        });
    }
    for (h, horizon) in Horizon::ALL.into_iter().enumerate() {
        if was.amounts[h] != is.amounts[h] {
            out.push(Change::Cell {
                id: is.id,
                channel: is.channel.clone(),
                horizon,
                from: was.amounts[h],
                to: is.amounts[h],
            });
        }
    }
    if was.delivery != is.delivery {
        out.push(Change::LineDelivery {
            id: is.id,
            channel: is.channel.clone(),
            from: was.delivery,
            to: is.delivery,
        });
    }
}

pub(super) fn budget(before: &Plan, after: &Plan, out: &mut Vec<Change>) {
    let (was, is) = (&before.budget, &after.budget);
    if was.total != is.total {
        out.push(Change::BudgetTotal {
            from: was.total,
            to: is.total,
        });
    }
    for l in &is.lines {
        match before.line(l.id) {
            Some(old) => line(old, l, out),
            None => out.push(Change::LineAdded {
                id: l.id,
                channel: l.channel.clone(),
                total: l.total(),
            }),
        }
    }
    for l in gone(&was.lines, &is.lines, |l| l.id) {
        out.push(Change::LineRemoved {
            id: l.id,
            channel: l.channel.clone(),
            total: l.total(),
        });
    }
    let (from, to) = (was.allocated(), is.allocated());
    if from != to {
        out.push(Change::Allocated { from, to });
    }
}

fn days(a: &Action) -> Days {
    Days {
        start: a.start,
        end: a.end,
    }
}

fn action(was: &Action, is: &Action, out: &mut Vec<Change>) {
    let (id, title) = (is.id, is.title.clone());
    if was.title != is.title {
        out.push(Change::ActionRenamed {
            id,
            from: was.title.clone(),
            to: is.title.clone(),
        });
    }
    if days(was) != days(is) {
        out.push(Change::ActionMoved {
            id,
            title: title.clone(),
            from: days(was),
            to: days(is),
        });
    }
    if was.importance != is.importance {
        out.push(Change::ActionImportance {
            id,
            title: title.clone(),
            from: was.importance,
            to: is.importance,
        });
    }
    if was.status != is.status {
        out.push(Change::ActionStatus {
            id,
            title,
            from: was.status,
            to: is.status,
        });
    }
}

pub(super) fn actions(before: &Plan, after: &Plan, out: &mut Vec<Change>) {
    for a in &after.actions {
        match before.action(a.id) {
            Some(old) => action(old, a, out),
            None => out.push(Change::ActionAdded {
                id: a.id,
                title: a.title.clone(),
                days: days(a),
            }),
        }
    }
    for a in gone(&before.actions, &after.actions, |a| a.id) {
        out.push(Change::ActionRemoved {
            id: a.id,
            title: a.title.clone(),
        });
    }
}

pub(super) fn strategy(before: &Plan, after: &Plan, out: &mut Vec<Change>) {
    let id = |e: &StrategyElement| e.id;
    for e in gone(&after.strategy_elements, &before.strategy_elements, id) {
        out.push(Change::ElementAdded {
            id: e.id,
            kind: e.kind.clone(),
        });
    }
    for e in gone(&before.strategy_elements, &after.strategy_elements, id) {
        out.push(Change::ElementRemoved {
            id: e.id,
            kind: e.kind.clone(),
        });
    }
}

pub(super) fn measurements(before: &Plan, after: &Plan, out: &mut Vec<Change>) {
    let added = gone(&after.measurements, &before.measurements, |m| m.id).len();
    let removed = gone(&before.measurements, &after.measurements, |m| m.id).len();
    if added > 0 {
        out.push(Change::MeasurementsAdded(added));
    }
    if removed > 0 {
        out.push(Change::MeasurementsRemoved(removed));
    }
}
