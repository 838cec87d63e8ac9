//! What keeps a merge sound whichever side every choice takes: the budget
//! never above its total, and a plan that reads and validates.

use super::{
    ids,
    tree::{lookup, Node, Raw, Seg},
    Side,
};
use crate::domain::{validate, Plan};
use serde_json::Value;

/// Most choices the validity search adds (each removes a problem).
const MAX_SETTLE: usize = 64;
/// What a plan that does not read counts for, against its problems.
const UNREADABLE: usize = 1_000;

/// A merge being checked.
pub(super) struct Work<'a> {
    /// The merged tree.
    pub tree: Node,
    /// Its choices, by number.
    pub raws: Vec<Raw>,
    /// This device's JSON (ids renumbered).
    pub mine: &'a Value,
    /// The other side's.
    pub theirs: &'a Value,
}

/// The plan `tree` gives with `pick`, its dangling references dropped.
pub(super) fn plan_of(tree: &Node, pick: &dyn Fn(usize) -> Option<Value>) -> Result<Plan, String> {
    let value = tree.realize(pick).ok_or_else(|| "empty".to_string())?;
    // Read as the envelope reads a plan (one plan deserializer in the wasm).
    let mut plan: Plan = serde_path_to_error::deserialize(value).map_err(|e| e.to_string())?;
    ids::repair(&mut plan);
    Ok(plan)
}

impl Work<'_> {
    fn side(&self, tree: &Node, raws: &[Raw], side: Side) -> Result<Plan, String> {
        plan_of(tree, &|i| {
            let raw = raws.get(i)?;
            match side {
                Side::Mine => raw.mine.clone(),
                Side::Theirs => raw.theirs.clone(),
            }
        })
    }

    /// Makes the node at `path` one choice between the sides' own values;
    /// `None` when there is nothing to choose there.
    fn wrapped(&self, path: &[Seg]) -> Option<(Node, Vec<Raw>)> {
        let (m, t) = (lookup(self.mine, path), lookup(self.theirs, path));
        if m == t {
            return None;
        }
        let mut tree = self.tree.clone();
        let node = tree.at_mut(path)?;
        if matches!(node, Node::Pick(_)) {
            return None;
        }
        let mut raws = self.raws.clone();
        raws.push(Raw {
            path: path.to_vec(),
            mine: m.cloned(),
            theirs: t.cloned(),
        });
        *node = Node::Pick(raws.len() - 1);
        Some((tree, raws))
    }

    fn wrap(&mut self, path: &[Seg]) -> bool {
        match self.wrapped(path) {
            Some((tree, raws)) => {
                self.tree = tree;
                self.raws = raws;
                true
            }
            None => false,
        }
    }

    /// When the budget with every choice on one side (either) would exceed
    /// its total, the whole budget becomes one choice between the sides'
    /// budgets, each within its own total.
    pub fn budget_rule(&mut self) {
        let over = [Side::Mine, Side::Theirs].into_iter().any(|side| {
            self.side(&self.tree, &self.raws, side)
                .is_ok_and(|p| p.budget.allocated() > p.budget.total)
        });
        if over {
            self.wrap(&[Seg::Key("budget".into())]);
        }
    }

    /// Problems of the plans with every choice on one side, then the other.
    fn score(&self, tree: &Node, raws: &[Raw]) -> usize {
        [Side::Mine, Side::Theirs]
            .into_iter()
            .map(|side| match self.side(tree, raws, side) {
                Ok(plan) => validate::errors(&plan).len(),
                Err(_) => UNREADABLE,
            })
            .sum()
    }

    /// While the plan with every choice on one side does not read or
    /// validate (fields merged from both sides that clash, such as a first
    /// day moved on one side past a last day moved on the other), makes the
    /// smallest part whose choice removes a problem one choice.
    pub fn settle(&mut self) {
        for _ in 0..MAX_SETTLE {
            let score = self.score(&self.tree, &self.raws);
            if score == 0 {
                return;
            }
            match self.culprit(score) {
                Some(path) => {
                    self.wrap(&path);
                }
                None => return,
            }
        }
    }

    /// The deepest part, found from the top, whose choice lowers `score`.
    fn culprit(&self, score: usize) -> Option<Vec<Seg>> {
        let improves = |path: &Vec<Seg>| {
            path.as_slice() != [Seg::Key("next_id".into())]
                && self
                    .wrapped(path)
                    .is_some_and(|(tree, raws)| self.score(&tree, &raws) < score)
        };
        let mut found: Option<Vec<Seg>> = None;
        let mut level = self.tree.children(&[]);
        while let Some(path) = level.into_iter().find(improves) {
            let mut tree = self.tree.clone();
            level = tree
                .at_mut(&path)
                .map(|n| n.children(&path))
                .unwrap_or_default();
            found = Some(path);
        }
        found
    }
}
