//! Item ids across two devices: ids taken twice offline are renumbered on
//! one side before the merge, and references left without their item after
//! it are dropped, as the commands that remove an item drop them.

use crate::domain::{production::ContentType, ItemId, KpiRef, Plan};
use std::collections::{BTreeMap, HashSet};

/// Where an id sits in a plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Site {
    /// The id of an item.
    Def,
    /// A reference held by an item (`holder`, `None` for the production
    /// table), in one of its fields.
    Ref(Option<ItemId>, &'static str),
}

/// Calls `f` on every id of `plan`: each item's own and every reference
/// (the sites [`crate::domain::validate`] checks).
fn visit(plan: &mut Plan, f: &mut dyn FnMut(Site, &mut ItemId)) {
    fn custom(k: &mut KpiRef) -> Option<&mut ItemId> {
        match k {
            KpiRef::Custom(id) => Some(id),
            KpiRef::Catalogue(_) => None,
        }
    }
    fn content(c: &mut Option<ContentType>) -> Option<&mut ItemId> {
        match c {
            Some(ContentType::Custom(id)) => Some(id),
            _ => None,
        }
    }
    for e in &mut plan.strategy_elements {
        f(Site::Def, &mut e.id);
    }
    for o in &mut plan.objectives {
        let h = Some(o.id);
        f(Site::Def, &mut o.id);
        o.strategy_elements
            .iter_mut()
            .for_each(|id| f(Site::Ref(h, "objective.elements"), id));
        o.kpis
            .iter_mut()
            .filter_map(|k| custom(&mut k.kpi))
            .for_each(|id| f(Site::Ref(h, "objective.kpis"), id));
    }
    for k in &mut plan.custom_kpis {
        f(Site::Def, &mut k.id);
    }
    for r in &mut plan.budget.rates {
        f(Site::Def, &mut r.id);
    }
    for l in &mut plan.budget.lines {
        let h = Some(l.id);
        f(Site::Def, &mut l.id);
        l.objectives
            .iter_mut()
            .for_each(|id| f(Site::Ref(h, "line.objectives"), id));
        if let Some(fee) = &mut l.fee {
            f(Site::Ref(h, "line.fee"), &mut fee.rate);
        }
        if let Some(id) = content(&mut l.content) {
            f(Site::Ref(h, "line.content"), id);
        }
    }
    for a in &mut plan.actions {
        let h = Some(a.id);
        f(Site::Def, &mut a.id);
        a.objectives
            .iter_mut()
            .for_each(|id| f(Site::Ref(h, "action.objectives"), id));
        if let Some(id) = &mut a.budget_line {
            f(Site::Ref(h, "action.line"), id);
        }
        if let Some(fee) = &mut a.fee {
            f(Site::Ref(h, "action.fee"), &mut fee.rate);
        }
        if let Some(id) = content(&mut a.content) {
            f(Site::Ref(h, "action.content"), id);
        }
    }
    for m in &mut plan.measurements {
        let h = Some(m.id);
        f(Site::Def, &mut m.id);
        if let Some(id) = custom(&mut m.kpi) {
            f(Site::Ref(h, "measurement.kpi"), id);
        }
        if let Some(id) = &mut m.objective {
            f(Site::Ref(h, "measurement.objective"), id);
        }
    }
    let p = &mut plan.production;
    for c in &mut p.custom {
        f(Site::Def, &mut c.id);
    }
    for c in &mut p.producers {
        f(Site::Def, &mut c.id);
    }
    for a in &mut p.assignments {
        if let ContentType::Custom(id) = &mut a.content {
            f(Site::Ref(None, "assignment.content"), id);
        }
        f(Site::Ref(None, "assignment.producer"), &mut a.producer);
    }
}

/// Every item of `plan` by id: its section and its JSON text.
fn items(plan: &Plan) -> BTreeMap<u32, (u8, String)> {
    fn add<T: serde::Serialize>(
        out: &mut BTreeMap<u32, (u8, String)>,
        kind: u8,
        list: &[T],
        id: fn(&T) -> ItemId,
    ) {
        for item in list {
            let text = serde_json::to_string(item).unwrap_or_default();
            out.insert(id(item).0, (kind, text));
        }
    }
    let mut out = BTreeMap::new();
    add(&mut out, 0, &plan.strategy_elements, |e| e.id);
    add(&mut out, 1, &plan.objectives, |o| o.id);
    add(&mut out, 2, &plan.custom_kpis, |k| k.id);
    add(&mut out, 3, &plan.budget.rates, |r| r.id);
    add(&mut out, 4, &plan.budget.lines, |l| l.id);
    add(&mut out, 5, &plan.actions, |a| a.id);
    add(&mut out, 6, &plan.measurements, |m| m.id);
    add(&mut out, 7, &plan.production.custom, |c| c.id);
    add(&mut out, 8, &plan.production.producers, |p| p.id);
    out
}

/// Gives every id `old` of `plan`, the item's and its references, the id `new`.
fn remap(plan: &mut Plan, old: ItemId, new: ItemId) {
    visit(plan, &mut |_, id| {
        if *id == old {
            *id = new;
        }
    });
    plan.next_id = plan.next_id.max(new.0.saturating_add(1));
}

/// The sides with the ids both took offline for different items
/// renumbered on one side (the side whose item sorts after the other's, so
/// the rule does not depend on which side is which), and the `next_id` the
/// merged plan starts from (0 when no id was renumbered).
pub(super) fn renumber(base: Option<&Plan>, mine: &Plan, theirs: &Plan) -> (Plan, Plan, u32) {
    let known: HashSet<u32> = base
        .map(|b| items(b).into_keys().collect())
        .unwrap_or_default();
    let (im, it) = (items(mine), items(theirs));
    let highest = im
        .keys()
        .chain(it.keys())
        .max()
        .map_or(0, |h| h.saturating_add(1));
    let mut next = [
        mine.next_id,
        theirs.next_id,
        base.map_or(0, |b| b.next_id),
        highest,
    ]
    .into_iter()
    .max()
    .unwrap_or(0);
    let (mut m, mut t) = (mine.clone(), theirs.clone());
    let first = next;
    for (id, a) in &im {
        let Some(b) = it.get(id) else { continue };
        let collide = if known.contains(id) || base.is_none() {
            a.0 != b.0
        } else {
            a != b
        };
        if collide {
            let side = if a > b { &mut m } else { &mut t };
            remap(side, ItemId(*id), ItemId(next));
            next = next.saturating_add(1);
        }
    }
    // Without a renumbering, the sides' `next_id` merge as any field.
    (m, t, if next == first { 0 } else { next })
}

/// The ids of items `other` no longer has that `side` refers to from a
/// place the base did not.
pub(super) fn new_refs(base: Option<&Plan>, side: &Plan, other: &Plan) -> HashSet<u64> {
    let refs = |plan: &Plan| {
        let mut out = HashSet::new();
        visit(&mut plan.clone(), &mut |site, id| {
            if let Site::Ref(..) = site {
                out.insert((site, *id));
            }
        });
        out
    };
    let Some(base) = base else {
        return HashSet::new();
    };
    let before = refs(base);
    let there = items(other);
    refs(side)
        .into_iter()
        .filter(|r| !before.contains(r) && !there.contains_key(&r.1 .0))
        .map(|(_, id)| u64::from(id.0))
        .collect()
}

/// Drops the references to items `plan` no longer has (a measurement of a
/// KPI that is gone goes with it), makes each fee's cost on an action what
/// the fee comes to, and moves `next_id` past every id.
pub(super) fn repair(plan: &mut Plan) {
    let ids = |list: Vec<ItemId>| list.into_iter().collect::<HashSet<ItemId>>();
    let elements = ids(plan.strategy_elements.iter().map(|e| e.id).collect());
    let objectives = ids(plan.objectives.iter().map(|o| o.id).collect());
    let kpis = ids(plan.custom_kpis.iter().map(|k| k.id).collect());
    let lines = ids(plan.budget.lines.iter().map(|l| l.id).collect());
    let rates = ids(plan.budget.rates.iter().map(|r| r.id).collect());
    let contents = ids(plan.production.custom.iter().map(|c| c.id).collect());
    let producers = ids(plan.production.producers.iter().map(|p| p.id).collect());
    let kpi_ok = |k: &KpiRef| !matches!(k, KpiRef::Custom(id) if !kpis.contains(id));
    let content_ok =
        |c: &ContentType| !matches!(c, ContentType::Custom(id) if !contents.contains(id));
    for o in &mut plan.objectives {
        o.strategy_elements.retain(|id| elements.contains(id));
        o.kpis.retain(|k| kpi_ok(&k.kpi));
    }
    for l in &mut plan.budget.lines {
        l.objectives.retain(|id| objectives.contains(id));
        l.fee = l.fee.filter(|f| rates.contains(&f.rate));
        l.content = l.content.filter(content_ok);
    }
    let budget = plan.budget.clone();
    for a in &mut plan.actions {
        a.objectives.retain(|id| objectives.contains(id));
        a.budget_line = a.budget_line.filter(|id| lines.contains(id));
        a.fee = a.fee.filter(|f| rates.contains(&f.rate));
        a.content = a.content.filter(content_ok);
        if let Some(cost) = a.fee.and_then(|f| budget.fee_amount(&f)) {
            a.cost = cost;
        }
    }
    plan.measurements.retain(|m| kpi_ok(&m.kpi));
    for m in &mut plan.measurements {
        m.objective = m.objective.filter(|id| objectives.contains(id));
    }
    plan.production
        .assignments
        .retain(|a| producers.contains(&a.producer) && content_ok(&a.content));
    let highest = items(plan)
        .into_keys()
        .max()
        .map_or(0, |h| h.saturating_add(1));
    plan.next_id = plan.next_id.max(highest);
}
