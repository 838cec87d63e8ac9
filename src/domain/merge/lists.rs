//! Lists in a merge: which are keyed, how sets merge, and the order of a
//! merged keyed list.

use super::tree::Node;
use serde_json::Value;
use std::collections::{HashMap, HashSet};

/// Whether every element of `list` is an object with a distinct `field`.
pub(super) fn keyed(list: &[Value], field: &str) -> bool {
    let mut seen = HashSet::new();
    list.iter().all(|e| {
        e.get(field)
            .is_some_and(|k| (field != "id" || k.is_u64()) && seen.insert(k.to_string()))
    })
}

pub(super) fn unique(list: &[Value]) -> bool {
    let mut seen = HashSet::new();
    list.iter().all(|e| seen.insert(e.to_string()))
}

/// A set merge: an element stays when both sides have it, or when the one
/// side that has it added it. Elements come in the order of the smaller
/// side (as JSON texts), then the other side's.
pub(super) fn set(b: Option<&Vec<Value>>, m: &[Value], t: &[Value]) -> Vec<Value> {
    let text = |l: &[Value]| l.iter().map(Value::to_string).collect::<Vec<_>>();
    let (bs, ms, ts) = (b.map(|b| text(b)).unwrap_or_default(), text(m), text(t));
    let keep = |s: &String| {
        let (in_m, in_t) = (ms.contains(s), ts.contains(s));
        (in_m && in_t) || ((in_m || in_t) && !bs.contains(s))
    };
    let (first, second) = if ms <= ts { (m, t) } else { (t, m) };
    let mut out: Vec<Value> = Vec::new();
    for v in first.iter().chain(second) {
        if keep(&v.to_string()) && !out.contains(v) {
            out.push(v.clone());
        }
    }
    out
}

/// The order of a merged keyed list: the side that alone reordered the
/// items the base and both sides share gives the skeleton (or, when both
/// or neither did, the side whose keys sort first); the other side's
/// remaining items follow their nearest predecessor there (the first ones
/// come first).
pub(super) fn order(
    b: &[(String, Value)],
    m: &[(String, Value)],
    t: &[(String, Value)],
    present: &HashMap<String, Node>,
) -> Vec<(String, Value)> {
    fn keys(l: &[(String, Value)]) -> Vec<&str> {
        l.iter().map(|(s, _)| s.as_str()).collect()
    }
    let (bs, ms, ts) = (keys(b), keys(m), keys(t));
    let sets: [HashSet<&str>; 3] = [&bs, &ms, &ts].map(|l| l.iter().copied().collect());
    let shared = |l: &[&str]| -> Vec<String> {
        l.iter()
            .filter(|s| sets.iter().all(|set| set.contains(*s)))
            .map(|s| s.to_string())
            .collect()
    };
    let moved_m = shared(&ms) != shared(&bs);
    let moved_t = shared(&ts) != shared(&bs);
    let (skeleton, other) = match (moved_m, moved_t) {
        (true, false) => (m, t),
        (false, true) => (t, m),
        _ if ms <= ts => (m, t),
        _ => (t, m),
    };
    let kept: Vec<&(String, Value)> = skeleton
        .iter()
        .filter(|(s, _)| present.contains_key(s))
        .collect();
    let in_skeleton: HashSet<&str> = kept.iter().map(|(s, _)| s.as_str()).collect();
    // The other side's items, each after the last skeleton item before it.
    let mut followers: HashMap<Option<&str>, Vec<&(String, Value)>> = HashMap::new();
    let mut anchor: Option<&str> = None;
    for item in other {
        let s = item.0.as_str();
        if in_skeleton.contains(s) {
            anchor = Some(s);
        } else if present.contains_key(s) {
            followers.entry(anchor).or_default().push(item);
        }
    }
    let mut out: Vec<(String, Value)> = Vec::with_capacity(present.len());
    out.extend(followers.remove(&None).into_iter().flatten().cloned());
    for item in kept {
        out.push(item.clone());
        let after = Some(item.0.as_str());
        out.extend(followers.remove(&after).into_iter().flatten().cloned());
    }
    out
}
