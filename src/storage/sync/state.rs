//! What this browser remembers of the sync: where the feed was read up to,
//! each plan's revision on the server, and the text last synced of each
//! plan (the common ancestor of a three-way merge).

use super::SYNC_PREFIX;
use crate::storage::{KvStore, PlanId, StorageError};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The storage key of the state.
pub const STATE_KEY: &str = "cap.sync.state";
/// The storage key prefix of the texts last synced.
pub const BASE_PREFIX: &str = "cap.sync.base.";
/// The storage key prefix of plans deleted here whose tombstone is not on
/// the server yet (each under its own key: no other write can drop it).
pub const GONE_PREFIX: &str = "cap.sync.gone.";

/// The sync's state in this browser.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SyncState {
    /// The database this state belongs to (see `Endpoint::identity`).
    #[serde(default)]
    pub database: String,
    /// Where the changes feed was read up to.
    #[serde(default)]
    pub since: Option<String>,
    /// Each plan's revision on the server, as last read or written.
    #[serde(default)]
    pub revs: BTreeMap<PlanId, String>,
    /// Plans of the server this version could not read, at their
    /// revision: read again at each catch-up.
    #[serde(default)]
    pub unread: BTreeMap<PlanId, String>,
    /// When a sync last finished.
    #[serde(default)]
    pub last: Option<DateTime<Utc>>,
}

impl SyncState {
    /// The state kept for `database`; a fresh one when it was kept for
    /// another database or cannot be read.
    pub fn load(kv: &impl KvStore, database: &str) -> SyncState {
        let kept = kv
            .get(STATE_KEY)
            .ok()
            .flatten()
            .and_then(|text| serde_json::from_str::<SyncState>(&text).ok())
            .filter(|s| s.database == database);
        kept.unwrap_or_else(|| SyncState {
            database: database.to_string(),
            ..SyncState::default()
        })
    }

    /// Writes the state.
    pub fn save(&self, kv: &impl KvStore) -> Result<(), StorageError> {
        let text = serde_json::to_string(self).map_err(|e| StorageError::Other(e.to_string()))?;
        kv.set(STATE_KEY, &text)
    }
}

/// The text of `id` as last synced.
pub fn base(kv: &impl KvStore, id: &PlanId) -> Option<String> {
    kv.get(&format!("{BASE_PREFIX}{id}")).ok().flatten()
}

/// Keeps `text` as the last synced text of `id`. A full storage keeps no
/// base: the next merge of that plan then asks about every difference.
pub fn set_base(kv: &impl KvStore, id: &PlanId, text: &str) {
    let key = format!("{BASE_PREFIX}{id}");
    if kv.set(&key, text).is_err() {
        let _ = kv.remove(&key);
    }
}

/// Forgets the last synced text of `id`.
pub fn remove_base(kv: &impl KvStore, id: &PlanId) {
    let _ = kv.remove(&format!("{BASE_PREFIX}{id}"));
}

/// Before syncing with `database`: the state and last synced texts kept
/// for another database are removed (their revisions mean nothing there).
pub fn switch_to(kv: &impl KvStore, database: &str) -> Result<(), StorageError> {
    let kept = kv
        .get(STATE_KEY)?
        .and_then(|text| serde_json::from_str::<SyncState>(&text).ok());
    if kept.is_some_and(|s| s.database == database) {
        return Ok(());
    }
    for key in kv.keys()? {
        if key.starts_with(BASE_PREFIX) || key.starts_with(GONE_PREFIX) || key == STATE_KEY {
            kv.remove(&key)?;
        }
    }
    Ok(())
}

/// Notes that `id` was deleted here (its revision on the server is read
/// when the tombstone is written: a push may be under way).
pub fn mark_gone(kv: &impl KvStore, id: &PlanId) -> Result<(), StorageError> {
    kv.set(&format!("{GONE_PREFIX}{id}"), "1")
}

/// The plans deleted here whose tombstone waits.
pub fn gone(kv: &impl KvStore) -> Vec<PlanId> {
    let keys = kv.keys().unwrap_or_default();
    keys.iter()
        .filter_map(|k| k.strip_prefix(GONE_PREFIX).and_then(PlanId::parse))
        .collect()
}

/// Whether `id` was deleted here and its tombstone waits.
pub fn is_gone(kv: &impl KvStore, id: &PlanId) -> bool {
    matches!(kv.get(&format!("{GONE_PREFIX}{id}")), Ok(Some(_)))
}

/// The tombstone of `id` is written, or the plan is back here.
pub fn clear_gone(kv: &impl KvStore, id: &PlanId) {
    let _ = kv.remove(&format!("{GONE_PREFIX}{id}"));
}

/// Removes every sync key (the connection with its password, the state,
/// the bases): the plans stay.
pub fn forget(kv: &impl KvStore) -> Result<(), StorageError> {
    for key in kv.keys()? {
        if key.starts_with(SYNC_PREFIX) {
            kv.remove(&key)?;
        }
    }
    Ok(())
}
