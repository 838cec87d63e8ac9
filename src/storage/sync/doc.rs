//! Plans as CouchDB documents: one document per plan, its envelope (the
//! text localStorage keeps) with `_id` and `_rev`.

use crate::storage::PlanId;
use serde_json::{Map, Value};

/// The document id of a plan.
pub fn doc_id(id: &PlanId) -> String {
    format!("plan-{id}")
}

/// The plan of a document id; `None` for documents that are not plans.
pub fn plan_id(doc_id: &str) -> Option<PlanId> {
    doc_id.strip_prefix("plan-").and_then(PlanId::parse)
}

/// The document of a plan's envelope text, at revision `rev` (`None`: a
/// new document). `None` when the text is not a JSON object.
pub fn to_doc(envelope: &str, id: &PlanId, rev: Option<&str>) -> Option<Value> {
    let Value::Object(mut map) = serde_json::from_str::<Value>(envelope).ok()? else {
        return None;
    };
    map.retain(|k, _| !k.starts_with('_'));
    map.insert("_id".into(), Value::String(doc_id(id)));
    if let Some(rev) = rev {
        map.insert("_rev".into(), Value::String(rev.to_string()));
    }
    Some(Value::Object(map))
}

/// A plan's document as the server has it.
#[derive(Clone, Debug, PartialEq)]
pub struct Remote {
    /// The plan.
    pub id: PlanId,
    /// Its winning revision.
    pub rev: String,
    /// A tombstone: the plan was deleted.
    pub deleted: bool,
    /// The envelope's text, without CouchDB's fields (`None` for a tombstone).
    pub text: Option<String>,
    /// Revisions in conflict with the winning one.
    pub conflicts: Vec<String>,
}

impl Remote {
    /// Reads a document (from `_changes`, or `GET` with `?conflicts=true`).
    /// `None` for documents that are not plans.
    pub fn read(doc: &Value) -> Option<Remote> {
        let Value::Object(map) = doc else {
            return None;
        };
        let id = plan_id(map.get("_id")?.as_str()?)?;
        let rev = map.get("_rev")?.as_str()?.to_string();
        let deleted = map.get("_deleted").and_then(Value::as_bool) == Some(true);
        let conflicts = map
            .get("_conflicts")
            .and_then(Value::as_array)
            .map(|revs| {
                revs.iter()
                    .filter_map(|r| r.as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default();
        let text = (!deleted).then(|| envelope_text(map));
        Some(Remote {
            id,
            rev,
            deleted,
            text,
            conflicts,
        })
    }
}

/// The envelope of a document: its fields without CouchDB's.
fn envelope_text(map: &Map<String, Value>) -> String {
    let kept: Map<String, Value> = map
        .iter()
        .filter(|(k, _)| !k.starts_with('_'))
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    Value::Object(kept).to_string()
}

/// A page of the `_changes` feed.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Changes {
    /// The plans changed, in the feed's order.
    pub plans: Vec<Remote>,
    /// How many changes the page held (plans or not).
    pub count: usize,
    /// Where the next page starts.
    pub last_seq: Option<String>,
    /// Changes after this page, when the server says.
    pub pending: Option<u64>,
}

impl Changes {
    /// Reads a `_changes` answer; `None` when it is not one.
    pub fn read(text: &str) -> Option<Changes> {
        let value: Value = serde_json::from_str(text).ok()?;
        let results = value.get("results")?.as_array()?;
        let plans = results
            .iter()
            .filter_map(|change| {
                let mut remote = change.get("doc").and_then(Remote::read)?;
                // A deleted document's change says so beside its doc.
                if change.get("deleted").and_then(Value::as_bool) == Some(true) {
                    remote.deleted = true;
                    remote.text = None;
                }
                Some(remote)
            })
            .collect();
        Some(Changes {
            plans,
            count: results.len(),
            last_seq: value.get("last_seq").and_then(seq_text),
            pending: value.get("pending").and_then(Value::as_u64),
        })
    }
}

/// A sequence as text: CouchDB 3 sends strings, older servers numbers.
fn seq_text(seq: &Value) -> Option<String> {
    match seq {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The new revision of a successful write (`{"ok":true,"id":…,"rev":…}`).
pub fn written_rev(text: &str) -> Option<String> {
    let value: Value = serde_json::from_str(text).ok()?;
    value.get("rev")?.as_str().map(str::to_string)
}

/// The number of documents in a database's info (`GET /db`).
pub fn doc_count(text: &str) -> Option<u64> {
    let value: Value = serde_json::from_str(text).ok()?;
    value.get("doc_count")?.as_u64()
}

/// The revisions of a document read with `?revs=true`, newest first
/// (`N-hash`, `N-1-hash`, ...).
pub fn revisions(doc: &Value) -> Vec<String> {
    let Some(revs) = doc.get("_revisions") else {
        return Vec::new();
    };
    let start = revs.get("start").and_then(Value::as_u64).unwrap_or(0);
    let ids = revs.get("ids").and_then(Value::as_array);
    ids.into_iter()
        .flatten()
        .enumerate()
        .filter_map(|(n, hash)| {
            let pos = start.checked_sub(n as u64)?;
            Some(format!("{pos}-{}", hash.as_str()?))
        })
        .collect()
}

/// The newest revision two histories share: the common ancestor of two
/// conflicting revisions.
pub fn common_ancestor(a: &[String], b: &[String]) -> Option<String> {
    a.iter().find(|rev| b.contains(rev)).cloned()
}

/// The generation of a revision (`3` of `3-abc`; 0 when unreadable).
pub fn rev_pos(rev: &str) -> u64 {
    rev.split('-')
        .next()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0)
}
