//! Three-way merge of two versions of a plan changed on two devices since
//! they last agreed (the base), field by field.
//!
//! The plans are compared as JSON:
//! - objects key by key: changed on one side, that side's value; changed on
//!   both to different values, a [`Conflict`];
//! - lists of items by their key (`id`; an objective's KPIs by KPI, slide
//!   notes by slide), never by position: an item added on one side is kept,
//!   deleted on one side and untouched on the other is deleted, deleted on
//!   one side and changed (or newly linked to) on the other is a conflict
//!   on the whole item; the order is the one side's that alone reordered,
//!   else the side whose keys sort first, the other side's new items after
//!   their neighbour;
//! - budget cells, locks, phasing and funnel counts one by one; links
//!   (objectives, strategy elements, production ticks, hidden slides) as
//!   sets; any other list as one value.
//!
//! Before that, ids both devices took offline for different items are
//! renumbered on one side, references included. After it,
//! references to items gone are dropped as the commands that delete them
//! do. Then two guards, whichever side every choice takes: the budget's
//! lines never exceed its total (else the whole budget is one conflict),
//! and the plan reads and validates (else the smallest part that clashes
//! is one conflict). The result does not depend on which side is mine.

mod guard;
mod ids;
mod lists;
mod place;
#[cfg(test)]
mod tests;
mod tree;

use crate::domain::{diff::Section, validate, Horizon, Money, Plan};
use chrono::NaiveDate;
use serde_json::Value;
use std::collections::HashMap;
use tree::{Merger, Node, Raw, Seg};

/// One of the two versions merged.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Side {
    /// This device's version.
    Mine,
    /// The other version (the server's).
    Theirs,
}

/// The result of [`merge`]: the merged plan and the questions left.
#[derive(Clone, Debug, PartialEq)]
pub struct Merge {
    /// The merged plan, each conflict provisionally settled as [`Side::Mine`]
    /// (what `resolve` gives with every choice `Mine`).
    pub plan: Plan,
    /// The fields changed on both sides to different values, in the plan's
    /// order.
    pub conflicts: Vec<Conflict>,
    tree: Node,
}

/// A field (or an item, or the whole budget) the two sides changed
/// differently.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// Where it is, to word it.
    pub place: Place,
    /// This device's value.
    pub mine: Shown,
    /// The other side's value.
    pub theirs: Shown,
    raw: Raw,
}

impl Conflict {
    /// Where the conflict is in the plan's JSON, list items by their key:
    /// `/budget/lines/7/amounts/1`.
    pub fn pointer(&self) -> String {
        self.raw
            .path
            .iter()
            .map(|s| match s {
                Seg::Key(k) => format!("/{k}"),
                Seg::Index(i) => format!("/{i}"),
                Seg::Item(_, key) => format!("/{key}"),
            })
            .collect()
    }
}

/// Where a conflict is: "Budget · Google Ads · Medium term".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Place {
    /// The plan's section.
    pub section: Section,
    /// The item, named as the plan has it (an objective's title, a budget
    /// line's channel, an action's title); `None` outside items.
    pub item: Option<String>,
    /// Which of its fields.
    pub field: Field,
}

/// The field of a conflict, as the UI words it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Field {
    /// The item as a whole (added, removed or changed on one side, removed
    /// on the other).
    Whole,
    /// The whole budget: the two sides' changes together would exceed its
    /// total.
    Budget,
    /// One cell of a budget line.
    Cell(Horizon),
    /// The budget's total.
    Total,
    /// The plan's or an item's name.
    Name,
    /// The client.
    Client,
    /// An item's title.
    Title,
    /// A KPI's target.
    Target,
    /// A first day.
    Start,
    /// A last day.
    End,
    /// Any other field, by its key path inside the item (`delivery`,
    /// `kpis.visits.baseline`).
    Other(String),
}

/// One side's value in a conflict.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shown {
    /// Deleted (or empty) on that side.
    Absent,
    /// An amount, in the plan's currency; for [`Field::Budget`], what that
    /// side's lines allocate.
    Money(Money),
    /// A text.
    Text(String),
    /// A number, as JSON writes it.
    Number(String),
    /// Yes or no.
    Bool(bool),
    /// A day.
    Date(NaiveDate),
    /// A whole item, by its name.
    Item(String),
    /// Anything else, as compact JSON cut to about 80 characters.
    Other(String),
}

/// Why [`Merge::resolve`] gives no plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MergeStop {
    /// Not one choice per conflict.
    Choices,
    /// The choices take the budget's lines above its total.
    OverTotal {
        /// The budget's total.
        total: Money,
        /// What its lines would allocate.
        allocated: Money,
    },
    /// The choices give a plan that does not hold together (the first
    /// problem, with its path).
    Invalid(String),
}

/// The plan's JSON (a plan always serializes). Through the text, as the
/// envelope writes and reads it: the wasm then holds one plan serializer.
fn json(plan: &Plan) -> Value {
    serde_json::to_string(plan)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or(Value::Null)
}

/// Merges `mine` and `theirs`, both changed from `base` (`None` when they
/// never synced together: then every field that differs is a conflict and
/// items on one side only are kept).
pub fn merge(base: Option<&Plan>, mine: &Plan, theirs: &Plan) -> Merge {
    let (m, t, fresh) = ids::renumber(base, mine, theirs);
    let (vb, vm, vt) = (base.map(json), json(&m), json(&t));
    let mut merger = Merger {
        raws: Vec::new(),
        mine_refs: ids::new_refs(base, &m, &t),
        their_refs: ids::new_refs(base, &t, &m),
    };
    let mut root = merger
        .node(&mut Vec::new(), vb.as_ref(), Some(&vm), Some(&vt))
        .unwrap_or_else(|| Node::Leaf(vm.clone()));
    let next = next_id(base.map(|b| b.next_id), m.next_id, t.next_id).max(fresh);
    if let Some(node) = root.at_mut(&[Seg::Key("next_id".into())]) {
        *node = Node::Leaf(Value::from(next));
    } else if let Node::Leaf(Value::Object(o)) = &mut root {
        o.insert("next_id".into(), Value::from(next));
    }
    let mut work = guard::Work {
        tree: root,
        raws: merger.raws,
        mine: &vm,
        theirs: &vt,
    };
    work.budget_rule();
    work.settle();
    finish(work, mine)
}

/// The `next_id` three ways; both changed: the larger.
fn next_id(base: Option<u32>, mine: u32, theirs: u32) -> u32 {
    match base {
        Some(b) if b == mine => theirs,
        Some(b) if b == theirs => mine,
        _ => mine.max(theirs),
    }
}

/// Numbers the conflicts in the plan's order and words them.
fn finish(work: guard::Work, mine: &Plan) -> Merge {
    let guard::Work {
        mut tree,
        raws,
        mine: vm,
        theirs: vt,
    } = work;
    let mut order = Vec::new();
    tree.picks(&mut order);
    let map: HashMap<usize, usize> = order.iter().enumerate().map(|(n, i)| (*i, n)).collect();
    tree.renumber(&map);
    let lang = mine.language;
    let conflicts: Vec<Conflict> = order
        .iter()
        .filter_map(|i| raws.get(*i))
        .map(|raw| {
            let place = place::place(raw, [vm, vt], lang);
            Conflict {
                mine: place::shown(raw, raw.mine.as_ref(), &place.field, lang),
                theirs: place::shown(raw, raw.theirs.as_ref(), &place.field, lang),
                place,
                raw: raw.clone(),
            }
        })
        .collect();
    let mut merge = Merge {
        plan: mine.clone(),
        conflicts,
        tree,
    };
    let all_mine = vec![Side::Mine; merge.conflicts.len()];
    if let Ok(plan) = merge.realize(&all_mine) {
        merge.plan = plan;
    }
    merge
}

impl Merge {
    /// Whether nothing is left to choose.
    pub fn is_clean(&self) -> bool {
        self.conflicts.is_empty()
    }

    /// The plan with `choices`, one per conflict in order: refused when it
    /// would exceed the budget's total or would not hold together.
    pub fn resolve(&self, choices: &[Side]) -> Result<Plan, MergeStop> {
        if choices.len() != self.conflicts.len() {
            return Err(MergeStop::Choices);
        }
        let plan = self.realize(choices)?;
        let (total, allocated) = (plan.budget.total, plan.budget.allocated());
        if allocated > total {
            return Err(MergeStop::OverTotal { total, allocated });
        }
        match validate::errors(&plan).first() {
            Some(p) => Err(MergeStop::Invalid(format!("{}: {:?}", p.path, p.kind))),
            None => Ok(plan),
        }
    }

    /// The plan with `choices`, references repaired, not yet validated.
    fn realize(&self, choices: &[Side]) -> Result<Plan, MergeStop> {
        let pick = |i: usize| {
            let raw = &self.conflicts.get(i)?.raw;
            match choices.get(i)? {
                Side::Mine => raw.mine.clone(),
                Side::Theirs => raw.theirs.clone(),
            }
        };
        guard::plan_of(&self.tree, &pick).map_err(MergeStop::Invalid)
    }
}
