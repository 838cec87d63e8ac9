//! The chart's groups: which rows go under which heading, in which order.

use super::Group;
use crate::domain::{budget::horizon_name, timeline::channel_of, Action, Lang, Plan};

/// The group labels of an action: one, or one per objective it serves
/// when grouped by objective (`none` when it has none).
fn groups_of(p: &Plan, a: &Action, group: Group, lang: Lang, none: &str) -> Vec<String> {
    let mut labels: Vec<String> = match group {
        Group::Horizon => a
            .horizon
            .map(|h| horizon_name(h).get(lang).to_string())
            .into_iter()
            .collect(),
        Group::Channel => channel_of(p, a).map(|c| c.name(lang)).into_iter().collect(),
        Group::Objective => a
            .objectives
            .iter()
            .filter_map(|id| p.objective(*id))
            .map(|o| o.title.clone())
            .collect(),
    };
    // Two objectives of one title are one group, the action once in it.
    let mut seen = Vec::with_capacity(labels.len());
    labels.retain(|l| {
        let first = !seen.contains(l);
        seen.push(l.clone());
        first
    });
    if labels.is_empty() {
        labels.push(none.to_string());
    }
    labels
}

/// The groups of `list`'s actions by `group`, in order: each a label and
/// its rows, each row an action's place in `list` and how many rows of it
/// come before (grouped by objective, an action is under each of its
/// objectives).
pub(super) fn rows(
    p: &Plan,
    list: &[Action],
    g: Group,
    lang: Lang,
    none: &str,
) -> Vec<(String, Vec<(usize, usize)>)> {
    let mut rows: Vec<(String, Vec<(usize, usize)>)> = Vec::new();
    let mut copies = vec![0usize; list.len()];
    for (i, a) in list.iter().enumerate() {
        for key in groups_of(p, a, g, lang, none) {
            let copy = (i, copies[i]);
            copies[i] += 1;
            match rows.iter_mut().find(|(k, _)| *k == key) {
                Some((_, v)) => v.push(copy),
                None => rows.push((key, vec![copy])),
            }
        }
    }
    // Horizons in their natural order, anything else alphabetically; the
    // ungrouped rows last.
    let rank = |k: &str| match g {
        Group::Horizon => crate::domain::Horizon::ALL
            .iter()
            .position(|h| horizon_name(*h).get(lang) == k)
            .unwrap_or(9),
        _ => 0,
    };
    rows.sort_by(|a, b| {
        (a.0 == none)
            .cmp(&(b.0 == none))
            .then(rank(&a.0).cmp(&rank(&b.0)))
            .then(a.0.cmp(&b.0))
    });
    rows
}
