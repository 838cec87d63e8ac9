//! The three-way merge of JSON values: a tree whose leaves are settled
//! values or choices between the two sides ([`Node::Pick`]).

use super::lists::{keyed, order, set, unique};
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};

/// One step of a path into the plan's JSON.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Seg {
    /// A key of an object.
    Key(String),
    /// An element of a keyed list: the name of its key field and its key.
    Item(&'static str, Value),
    /// An element of a fixed-length list (a budget cell).
    Index(usize),
}

/// A place where the two sides disagree.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Raw {
    /// Where it is.
    pub path: Vec<Seg>,
    /// This device's value (`None`: absent).
    pub mine: Option<Value>,
    /// The other side's value.
    pub theirs: Option<Value>,
}

/// The merged plan, choices left open.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Node {
    /// A settled value.
    Leaf(Value),
    /// An object, key by key (a key whose node realizes to nothing is left out).
    Obj(Vec<(String, Node)>),
    /// A list, element by element.
    Arr(Vec<(Seg, Node)>),
    /// The choice of [`Raw`] number n.
    Pick(usize),
}

impl Node {
    /// The JSON value once every choice is made by `pick`.
    pub fn realize(&self, pick: &dyn Fn(usize) -> Option<Value>) -> Option<Value> {
        match self {
            Node::Leaf(v) => Some(v.clone()),
            Node::Obj(entries) => {
                let mut map = Map::new();
                for (k, n) in entries {
                    if let Some(v) = n.realize(pick) {
                        map.insert(k.clone(), v);
                    }
                }
                Some(Value::Object(map))
            }
            Node::Arr(items) => Some(Value::Array(
                items.iter().filter_map(|(_, n)| n.realize(pick)).collect(),
            )),
            Node::Pick(i) => pick(*i),
        }
    }

    /// The node at `path`, to replace it.
    pub fn at_mut(&mut self, path: &[Seg]) -> Option<&mut Node> {
        let Some((first, rest)) = path.split_first() else {
            return Some(self);
        };
        let child = match (self, first) {
            (Node::Obj(entries), Seg::Key(k)) => {
                entries.iter_mut().find(|(e, _)| e == k).map(|(_, n)| n)
            }
            (Node::Arr(items), seg) => items.iter_mut().find(|(s, _)| s == seg).map(|(_, n)| n),
            _ => None,
        }?;
        child.at_mut(rest)
    }

    /// The paths of the nodes right below this one (object keys and list
    /// elements), with this node's `path` in front.
    pub fn children(&self, path: &[Seg]) -> Vec<Vec<Seg>> {
        let with = |seg: Seg| {
            let mut p = path.to_vec();
            p.push(seg);
            p
        };
        match self {
            Node::Obj(entries) => entries
                .iter()
                .map(|(k, _)| with(Seg::Key(k.clone())))
                .collect(),
            Node::Arr(items) => items.iter().map(|(s, _)| with(s.clone())).collect(),
            _ => Vec::new(),
        }
    }

    /// Every choice in the tree, in document order.
    pub fn picks(&self, out: &mut Vec<usize>) {
        match self {
            Node::Obj(entries) => entries.iter().for_each(|(_, n)| n.picks(out)),
            Node::Arr(items) => items.iter().for_each(|(_, n)| n.picks(out)),
            Node::Pick(i) => out.push(*i),
            Node::Leaf(_) => {}
        }
    }

    /// Renumbers every choice through `map` (old number to new).
    pub fn renumber(&mut self, map: &HashMap<usize, usize>) {
        match self {
            Node::Obj(entries) => entries.iter_mut().for_each(|(_, n)| n.renumber(map)),
            Node::Arr(items) => items.iter_mut().for_each(|(_, n)| n.renumber(map)),
            Node::Pick(i) => *i = map.get(i).copied().unwrap_or(*i),
            Node::Leaf(_) => {}
        }
    }
}

/// The value at `path` in one side's JSON (`None`: absent there).
pub(super) fn lookup<'a>(value: &'a Value, path: &[Seg]) -> Option<&'a Value> {
    path.iter().try_fold(value, |v, seg| match seg {
        Seg::Key(k) => v.get(k),
        Seg::Index(i) => v.get(i),
        Seg::Item(field, key) => v.as_array()?.iter().find(|e| e.get(*field) == Some(key)),
    })
}

/// Lists whose equal-length versions merge element by element.
const FIXED: [&str; 5] = ["amounts", "locked", "phasing", "counts", "rates"];
/// Lists of references or ticks that merge as sets.
const SETS: [&str; 4] = ["objectives", "strategy_elements", "assignments", "hidden"];

/// The merge of three JSON versions into a tree of [`Node`]s.
pub(super) struct Merger {
    /// Every disagreement found, numbered as the tree's picks.
    pub raws: Vec<Raw>,
    /// Ids of items the other side deleted and this device references
    /// anew (from a place the base did not).
    pub mine_refs: HashSet<u64>,
    /// Ids of items this device deleted and the other side references anew.
    pub their_refs: HashSet<u64>,
}

impl Merger {
    fn conflict(&mut self, path: &[Seg], m: Option<&Value>, t: Option<&Value>) -> Node {
        self.raws.push(Raw {
            path: path.to_vec(),
            mine: m.cloned(),
            theirs: t.cloned(),
        });
        Node::Pick(self.raws.len() - 1)
    }

    /// Merges one value; `None` when it is absent from the result.
    pub fn node(
        &mut self,
        path: &mut Vec<Seg>,
        b: Option<&Value>,
        m: Option<&Value>,
        t: Option<&Value>,
    ) -> Option<Node> {
        if m == t {
            return m.cloned().map(Node::Leaf);
        }
        if b.is_some() && b == m && !holds(b, &self.mine_refs) {
            return t.cloned().map(Node::Leaf);
        }
        if b.is_some() && b == t && !holds(b, &self.their_refs) {
            return m.cloned().map(Node::Leaf);
        }
        let (Some(mv), Some(tv)) = (m, t) else {
            if b.is_none() {
                // Two-way: an item or a field on one side only is kept.
                return m.or(t).cloned().map(Node::Leaf);
            }
            return Some(self.conflict(path, m, t));
        };
        let key = match path.last() {
            Some(Seg::Key(k)) => k.clone(),
            _ => String::new(),
        };
        let merged = match (mv, tv) {
            (Value::Object(_), Value::Object(_)) if same_shape(&[b, m, t]) => {
                Some(self.object(path, b, mv, tv))
            }
            (Value::Array(ma), Value::Array(ta)) => {
                let ba = b.and_then(Value::as_array);
                self.array(path, &key, ba, ma, ta)
            }
            _ => None,
        };
        Some(merged.unwrap_or_else(|| self.conflict(path, m, t)))
    }

    fn object(&mut self, path: &mut Vec<Seg>, b: Option<&Value>, m: &Value, t: &Value) -> Node {
        let mut keys: Vec<&String> = m
            .as_object()
            .into_iter()
            .chain(t.as_object())
            .flat_map(|o| o.keys())
            .collect();
        keys.sort();
        keys.dedup();
        let mut entries = Vec::new();
        for k in keys {
            path.push(Seg::Key(k.clone()));
            let n = self.node(path, b.and_then(|b| b.get(k)), m.get(k), t.get(k));
            path.pop();
            if let Some(n) = n {
                entries.push((k.clone(), n));
            }
        }
        Node::Obj(entries)
    }

    fn array(
        &mut self,
        path: &mut Vec<Seg>,
        key: &str,
        b: Option<&Vec<Value>>,
        m: &[Value],
        t: &[Value],
    ) -> Option<Node> {
        let versions: Vec<&[Value]> = [Some(m), Some(t), b.map(Vec::as_slice)]
            .into_iter()
            .flatten()
            .collect();
        let field = match key {
            "kpis" => "kpi",
            "notes" => "slide",
            _ => "id",
        };
        if versions.iter().all(|v| keyed(v, field)) {
            return Some(self.keyed(path, field, b.map(Vec::as_slice).unwrap_or(&[]), m, t));
        }
        if FIXED.contains(&key) && versions.iter().all(|v| v.len() == m.len()) {
            let mut items = Vec::new();
            for i in 0..m.len() {
                path.push(Seg::Index(i));
                let n = self.node(path, b.and_then(|b| b.get(i)), m.get(i), t.get(i));
                path.pop();
                items.push((Seg::Index(i), n.unwrap_or(Node::Leaf(Value::Null))));
            }
            return Some(Node::Arr(items));
        }
        if SETS.contains(&key) && versions.iter().all(|v| unique(v)) {
            return Some(Node::Leaf(Value::Array(set(b, m, t))));
        }
        None
    }

    fn keyed(
        &mut self,
        path: &mut Vec<Seg>,
        field: &'static str,
        b: &[Value],
        m: &[Value],
        t: &[Value],
    ) -> Node {
        let index = |list: &[Value]| -> Vec<(String, Value)> {
            list.iter()
                .map(|e| (e[field].to_string(), e[field].clone()))
                .collect()
        };
        fn by_key<'v>(list: &'v [Value], field: &str) -> HashMap<String, &'v Value> {
            list.iter().map(|e| (e[field].to_string(), e)).collect()
        }
        let (bk, mk, tk) = (index(b), index(m), index(t));
        let (bm, mm, tm) = (by_key(b, field), by_key(m, field), by_key(t, field));
        let mut merged: HashMap<String, Node> = HashMap::new();
        let mut all: Vec<&(String, Value)> = mk.iter().chain(&tk).collect();
        all.sort_by(|x, y| x.0.cmp(&y.0));
        all.dedup_by(|x, y| x.0 == y.0);
        for (s, k) in all {
            let (bi, mi, ti) = (bm.get(s).copied(), mm.get(s).copied(), tm.get(s).copied());
            path.push(Seg::Item(field, k.clone()));
            let id = k.as_u64().filter(|_| field == "id");
            // An item deleted on one side stays a question when the other
            // side refers to it anew.
            let node = match (bi, mi, ti, id) {
                (Some(_), None, Some(_), Some(id)) if self.their_refs.contains(&id) => {
                    Some(self.conflict(path, mi, ti))
                }
                (Some(_), Some(_), None, Some(id)) if self.mine_refs.contains(&id) => {
                    Some(self.conflict(path, mi, ti))
                }
                _ => self.node(path, bi, mi, ti),
            };
            path.pop();
            if let Some(n) = node {
                merged.insert(s.clone(), n);
            }
        }
        let order = order(&bk, &mk, &tk, &merged);
        Node::Arr(
            order
                .into_iter()
                .filter_map(|(s, k)| merged.remove(&s).map(|n| (Seg::Item(field, k), n)))
                .collect(),
        )
    }
}

/// Whether `value` holds an item (an object with an `id`) among `ids`.
fn holds(value: Option<&Value>, ids: &HashSet<u64>) -> bool {
    if ids.is_empty() {
        return false;
    }
    match value {
        Some(Value::Object(o)) => {
            o.get("id")
                .and_then(Value::as_u64)
                .is_some_and(|id| ids.contains(&id))
                || o.values().any(|v| holds(Some(v), ids))
        }
        Some(Value::Array(a)) => a.iter().any(|v| holds(Some(v), ids)),
        _ => false,
    }
}

/// Whether objects are versions of one shape: the same variant of an enum
/// tagged `{"kind", "value"}` or written as a one-key object. (A struct
/// with a `kind` field among others, such as a producer, is no enum.)
fn same_shape(versions: &[Option<&Value>]) -> bool {
    let objects: Vec<&Map<String, Value>> = versions
        .iter()
        .flatten()
        .filter_map(|v| v.as_object())
        .collect();
    let tagged = |o: &Map<String, Value>| {
        o.contains_key("kind") && o.keys().all(|k| k == "kind" || k == "value")
    };
    let variant = |o: &Map<String, Value>| match o.get("kind") {
        Some(kind) if tagged(o) => format!("kind {kind}"),
        _ if o.len() == 1 => format!("key {:?}", o.keys().next()),
        _ => "struct".to_string(),
    };
    let variants: HashSet<String> = objects.iter().map(|o| variant(o)).collect();
    variants.len() <= 1
}
