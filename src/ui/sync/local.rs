//! This browser's side of the sync: the plans stored here, their last
//! synced texts, and writing what came from the server without ever
//! writing over an edit made meanwhile.

use crate::{
    domain::Plan,
    storage::{
        browser::BrowserStore,
        decode,
        sync::{state, SyncState},
        KvStore, Library, Loaded, PlanId, SaveError,
    },
    ui::state::Store,
};
use chrono::{DateTime, Utc};
use leptos::prelude::*;

/// Runs `f` with the library.
pub fn library<T>(store: Store, f: impl FnOnce(&Library<BrowserStore>) -> T) -> T {
    store.library.with_value(f)
}

/// The text stored here for `id`.
pub fn text(store: Store, id: &PlanId) -> Option<String> {
    library(store, |l| l.raw(&id.key()).ok().flatten())
}

/// The text last synced of `id`.
pub fn base(store: Store, id: &PlanId) -> Option<String> {
    library(store, |l| state::base(l.store(), id))
}

/// Notes `text` as synced at revision `rev`.
/// A question still waiting about `id` is out of date: it goes. A step of
/// a server changed or forgotten meanwhile writes nothing.
pub fn synced(store: Store, st: &mut SyncState, id: &PlanId, rev: String, text: &str) {
    st.revs.insert(id.clone(), rev);
    if current(store, st) {
        library(store, |l| state::set_base(l.store(), id, text));
        super::sync(|s| s.pending.update(|p| p.retain(|q| &q.id != id)));
    }
}

/// Whether `st` is the state of the server set now.
fn current(store: Store, st: &SyncState) -> bool {
    super::engine::endpoint(store).is_some_and(|ep| ep.identity() == st.database)
}

/// Forgets what was synced of `id`.
pub fn unsynced(store: Store, st: &mut SyncState, id: &PlanId) {
    st.revs.remove(id);
    library(store, |l| state::remove_base(l.store(), id));
}

/// Writes the state; a full storage only means the next sync reads more.
pub fn save_state(store: Store, st: &SyncState) {
    if current(store, st) {
        let _ = library(store, |l| st.save(l.store()));
    }
}

/// The ids of the plans stored here, read from storage.
pub fn plan_ids(store: Store) -> Vec<PlanId> {
    library(store, |l| {
        l.store()
            .keys()
            .unwrap_or_default()
            .iter()
            .filter_map(|k| k.strip_prefix("cap.plan.").and_then(PlanId::parse))
            .collect()
    })
}

/// Whether `id` is open with edits not stored yet: its sync waits for the
/// autosave, which pushes it.
pub fn busy(store: Store, id: &PlanId) -> bool {
    store.current_id().as_ref() == Some(id) && store.has_unsaved()
}

/// Reads a server's text as a plan.
pub fn read(text: &str) -> Result<Loaded, crate::storage::LoadError> {
    decode(text)
}

/// Stores `plan` for `id` if the stored text is still `expected` (`None`:
/// no plan there). The open plan follows, as a step undo takes back.
pub fn write(
    store: Store,
    id: &PlanId,
    plan: &Plan,
    at: DateTime<Utc>,
    expected: Option<&str>,
) -> Result<String, SaveError> {
    if busy(store, id) {
        return Err(SaveError::Conflict);
    }
    let text = library(store, |l| l.save(id, plan, at, expected))?;
    store.take_synced(id, plan, &text);
    let (s, i) = (store, id.clone());
    store.keep_then(move |code| (code.plan_saved)(&s, &i));
    Ok(text)
}
