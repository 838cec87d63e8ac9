//! Properties of the three-way merge of a plan, on example plans edited
//! through their commands on two devices.
#![cfg(not(target_arch = "wasm32"))]

#[path = "common/merging.rs"]
mod merging;

use cap::domain::{
    merge::{merge, Merge, MergeStop, Side},
    validate, Plan,
};
use merging::*;
use proptest::prelude::*;
use serde_json::Value;
use std::collections::{BTreeMap, HashSet};

const CASES: u32 = 40;

/// Lists of links and ticks, compared as sets (as the merge treats them).
const SETS: [&str; 4] = ["objectives", "strategy_elements", "assignments", "hidden"];

/// Every leaf of a plan's JSON by path, items keyed by id as
/// [`cap::domain::merge::Conflict::pointer`] writes them; an element of a
/// set is a leaf `∋element`.
fn leaves(plan: &Plan) -> BTreeMap<String, Value> {
    fn walk(path: String, key: &str, v: &Value, out: &mut BTreeMap<String, Value>) {
        match v {
            Value::Object(o) => {
                for (k, v) in o {
                    walk(format!("{path}/{k}"), k, v, out);
                }
            }
            Value::Array(a)
                if SETS.contains(&key)
                    && a.iter().all(|e| !e.is_object() || e.get("id").is_none()) =>
            {
                for e in a {
                    out.insert(format!("{path}/∋{e}"), Value::Bool(true));
                }
            }
            Value::Array(a) => {
                let field = if key == "kpis" { "kpi" } else { "id" };
                let keyed = a.iter().all(|e| e.get(field).is_some());
                for (i, e) in a.iter().enumerate() {
                    let seg = if keyed {
                        e[field].to_string()
                    } else {
                        i.to_string()
                    };
                    walk(format!("{path}/{seg}"), "", e, out);
                }
            }
            _ => {
                out.insert(path, v.clone());
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(
        String::new(),
        "",
        &serde_json::to_value(plan).unwrap(),
        &mut out,
    );
    out
}

fn ids(plan: &Plan) -> HashSet<String> {
    let mut out = HashSet::new();
    for path in leaves(plan).keys() {
        if let Some(p) = path.strip_suffix("/id") {
            out.insert(p.rsplit('/').next().unwrap_or("").to_string());
        }
    }
    out
}

/// The item a path segment names: an id, or a reference to a custom item
/// (`{"kind":"custom","value":44}`, the key of a custom KPI's link).
fn item_id(segment: &str) -> Option<String> {
    if segment.parse::<u32>().is_ok() {
        return Some(segment.to_string());
    }
    let value: Value = serde_json::from_str(segment).ok()?;
    Some(value.get("value")?.as_u64()?.to_string())
}

fn all(merged: &Merge, side: Side) -> Result<Plan, MergeStop> {
    merged.resolve(&vec![side; merged.conflicts.len()])
}

fn base_and_sides() -> impl Strategy<Value = (Plan, Plan, Plan)> {
    (arb_example(), arb_edits(), arb_edits()).prop_map(|(b, em, et)| {
        let (m, t) = (edited(&b, &em), edited(&b, &et));
        (b, m, t)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    #[test]
    fn changes_on_one_side_only_are_taken_as_they_are((b, m, t) in base_and_sides()) {
        let theirs = merge(Some(&b), &b, &t);
        prop_assert!(theirs.is_clean(), "{:?}", theirs.conflicts);
        prop_assert_eq!(&theirs.plan, &t);
        let mine = merge(Some(&b), &m, &b);
        prop_assert!(mine.is_clean(), "{:?}", mine.conflicts);
        prop_assert_eq!(&mine.plan, &m);
        let same = merge(Some(&b), &m, &m);
        prop_assert!(same.is_clean());
        prop_assert_eq!(&same.plan, &m);
    }

    #[test]
    fn the_merge_does_not_depend_on_which_side_is_mine((b, m, t) in base_and_sides()) {
        let mt = merge(Some(&b), &m, &t);
        let tm = merge(Some(&b), &t, &m);
        prop_assert_eq!(mt.conflicts.len(), tm.conflicts.len());
        for (a, b) in mt.conflicts.iter().zip(&tm.conflicts) {
            prop_assert_eq!((&a.mine, &a.theirs), (&b.theirs, &b.mine));
            prop_assert_eq!((a.place.section, &a.place.field), (b.place.section, &b.place.field));
        }
        prop_assert_eq!(all(&mt, Side::Mine), all(&tm, Side::Theirs));
        prop_assert_eq!(all(&mt, Side::Theirs), all(&tm, Side::Mine));
        prop_assert_eq!(Ok(mt.plan.clone()), all(&mt, Side::Mine));
    }

    #[test]
    fn resolved_plans_validate_and_keep_within_the_total(
        (b, m, t) in base_and_sides(),
        mix in prop::collection::vec(any::<bool>(), 0..64),
    ) {
        let merged = merge(Some(&b), &m, &t);
        for side in [Side::Mine, Side::Theirs] {
            let plan = all(&merged, side);
            prop_assert!(plan.is_ok(), "{:?} {:?}", plan, merged.conflicts);
        }
        let choices: Vec<Side> = (0..merged.conflicts.len())
            .map(|i| if mix.get(i).copied().unwrap_or(false) { Side::Theirs } else { Side::Mine })
            .collect();
        if let Ok(plan) = merged.resolve(&choices) {
            prop_assert!(validate::errors(&plan).is_empty());
            prop_assert!(plan.budget.allocated() <= plan.budget.total);
        }
    }

    #[test]
    fn no_change_made_on_one_side_only_is_dropped((b, m, t) in base_and_sides()) {
        let merged = merge(Some(&b), &m, &t);
        let pointers: Vec<String> = merged.conflicts.iter().map(|c| c.pointer()).collect();
        let (lb, lm, lt, lr) = (leaves(&b), leaves(&m), leaves(&t), leaves(&merged.plan));
        let (known, kept) = (ids(&b), ids(&merged.plan));
        let paths: HashSet<&String> = lb.keys().chain(lm.keys()).chain(lt.keys()).collect();
        for path in paths {
            let segments: Vec<&str> = path.split('/').collect();
            // Items new on a side may be renumbered; links go with their item.
            let new_item = segments.iter().skip(1).filter_map(|s| item_id(s)).any(|id| !known.contains(&id));
            let link = segments.last().and_then(|s| s.strip_prefix('∋')).is_some_and(|id| !kept.contains(id))
                || ((path.ends_with("/budget_line") || path.ends_with("/objective"))
                    && [&lm, &lt].iter().any(|l| l.get(path).is_some_and(|v| !kept.contains(&v.to_string()))));
            let in_conflict = pointers.iter().any(|p| path == p || path.starts_with(&format!("{p}/")));
            if new_item || link || in_conflict || path == "/next_id" {
                continue;
            }
            let (bv, mv, tv) = (lb.get(path), lm.get(path), lt.get(path));
            if mv != bv && tv == bv {
                prop_assert_eq!(lr.get(path), mv, "mine's {}", path);
            }
            if tv != bv && mv == bv {
                prop_assert_eq!(lr.get(path), tv, "theirs' {}", path);
            }
        }
    }

    #[test]
    fn items_added_on_both_sides_are_all_kept((b, m, t) in base_and_sides()) {
        let merged = merge(Some(&b), &m, &t);
        let p = &merged.plan;
        let added = |side: &Plan| side.objectives.iter().filter(|o| b.objective(o.id).is_none()).count();
        if merged.is_clean() {
            let removed = b.objectives.iter()
                .filter(|o| m.objective(o.id).is_none() || t.objective(o.id).is_none())
                .count();
            prop_assert_eq!(p.objectives.len(), b.objectives.len() - removed + added(&m) + added(&t));
        }
        prop_assert!(validate::errors(p).is_empty());
    }

    #[test]
    fn plans_never_synced_together_merge_both_ways_alike((m, t) in base_and_sides().prop_map(|(_, m, t)| (m, t))) {
        let mt = merge(None, &m, &t);
        let tm = merge(None, &t, &m);
        prop_assert_eq!(mt.conflicts.len(), tm.conflicts.len());
        prop_assert_eq!(all(&mt, Side::Mine), all(&tm, Side::Theirs));
        prop_assert!(all(&mt, Side::Mine).is_ok());
    }
}
