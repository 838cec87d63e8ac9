//! What a change from the server does here: added, taken, merged three-way
//! with the text last synced as the common ancestor, or sent to the trash.
//! A merge that needs the person's choice waits in `pending`; CouchDB's own
//! conflict revisions are merged the same way and the losers deleted.

use super::{local, sync, Pending};
use crate::{
    domain::{
        merge::{merge, Merge},
        Plan,
    },
    storage::{
        browser,
        couch::{self, Failure},
        envelope,
        sync::{
            doc::{doc_id, rev_pos, to_doc, written_rev},
            incoming as decide, state, Endpoint, Incoming, Reason, Remote, SyncState,
        },
        LoadError, PlanId, SaveError,
    },
    ui::state::Store,
};
use leptos::prelude::*;

/// Tries of a merge whose server copy changed again meanwhile.
pub(super) const TRIES: u32 = 3;

/// Applies one change of the feed.
pub async fn incoming(
    store: Store,
    ep: &Endpoint,
    st: &mut SyncState,
    remote: Remote,
) -> Result<(), Failure> {
    let id = remote.id.clone();
    if local::busy(store, &id) || local::library(store, |l| state::is_gone(l.store(), &id)) {
        return Ok(());
    }
    let text = local::text(store, &id);
    let base = local::base(store, &id);
    let known = st.revs.get(&id).cloned();
    // A page read before this browser wrote a newer revision.
    if known
        .as_deref()
        .is_some_and(|k| rev_pos(&remote.rev) < rev_pos(k))
    {
        return Ok(());
    }
    match decide(
        text.as_deref(),
        base.as_deref(),
        known.as_deref(),
        &remote.rev,
        remote.deleted,
    ) {
        Incoming::Skip => {}
        Incoming::Add | Incoming::Replace => take(store, st, &remote, text.as_deref())?,
        Incoming::Merge => {
            if let (Some(mine), Some(theirs)) = (text, remote.text.as_deref()) {
                merge_with(store, ep, st, &id, &mine, theirs, &remote.rev, TRIES).await?;
            }
        }
        Incoming::Trash => {
            // A full storage stops here: the plan stays until there is room.
            local::library(store, |l| l.delete_kept(&id))
                .map_err(|e| Failure::Refused(Reason::Storage(e.to_string())))?;
            local::unsynced(store, st, &id);
            store.on_storage_event(Some(id.key()), None);
        }
        Incoming::Revive => {
            local::unsynced(store, st, &id);
            super::outbox::push(store, ep, st, &id).await?;
        }
    }
    if losers_due(st, &remote) {
        super::losers::losers(store, ep, st, &remote).await?;
    }
    Ok(())
}

/// Whether the conflicting revisions of a document are merged now: only
/// once this browser holds its winner, and no choice about it waits (the
/// losers would be merged into a text without the winner's changes).
fn losers_due(st: &SyncState, remote: &Remote) -> bool {
    let holds = st
        .revs
        .get(&remote.id)
        .is_some_and(|r| rev_pos(r) >= rev_pos(&remote.rev));
    let waiting = sync(|s| {
        s.pending
            .with_untracked(|p| p.iter().any(|p| p.id == remote.id))
    });
    !remote.conflicts.is_empty() && !remote.deleted && holds && !waiting
}

/// Takes the server's version of a plan not changed here.
/// A full storage stops the sync before the feed's checkpoint moves, so
/// the plan comes again once there is room.
fn take(
    store: Store,
    st: &mut SyncState,
    remote: &Remote,
    expected: Option<&str>,
) -> Result<(), Failure> {
    let Some(theirs) = remote.text.as_deref() else {
        return Ok(());
    };
    let loaded = match local::read(theirs) {
        Ok(loaded) => loaded,
        Err(e) => {
            st.unread.insert(remote.id.clone(), remote.rev.clone());
            unreadable(&remote.id, Some((theirs, e)));
            return Ok(());
        }
    };
    st.unread.remove(&remote.id);
    unreadable(&remote.id, None);
    let at = loaded.saved_at.unwrap_or_else(browser::now);
    match local::write(store, &remote.id, &loaded.plan, at, expected) {
        Ok(text) => local::synced(store, st, &remote.id, remote.rev.clone(), &text),
        // Changed here meanwhile: its push merges.
        Err(SaveError::Conflict) => {}
        Err(SaveError::Storage(e)) => return Err(Failure::Refused(Reason::Storage(e.to_string()))),
    }
    Ok(())
}

/// Notes (or clears) why a plan of the server cannot be read here.
fn unreadable(id: &PlanId, why: Option<(&str, LoadError)>) {
    sync(|s| {
        s.unreadable.update(|list| {
            list.retain(|u| &u.0 != id);
            if let Some((text, e)) = why {
                let name = envelope::plan_name(text).unwrap_or_else(|| id.to_string());
                list.push((id.clone(), name, e));
            }
        })
    });
}

/// A write of `id` was refused as out of date: reads the server's copy and
/// merges it with this browser's.
pub async fn after_conflict(
    store: Store,
    ep: &Endpoint,
    st: &mut SyncState,
    id: &PlanId,
) -> Result<(), Failure> {
    reread(store, ep, st, id, TRIES).await
}

/// Reads the server's copy of `id` and merges it, `tries` times at most.
async fn reread(
    store: Store,
    ep: &Endpoint,
    st: &mut SyncState,
    id: &PlanId,
    tries: u32,
) -> Result<(), Failure> {
    let url = format!("{}?conflicts=true", ep.doc_url(&doc_id(id)));
    let answer = couch::send(ep, "GET", &url, None, None).await?;
    if answer.status == 404 {
        // Deleted on the server while changed here: written again.
        if tries == 0 {
            return Ok(());
        }
        local::unsynced(store, st, id);
        return Box::pin(super::outbox::push(store, ep, st, id)).await;
    }
    if !answer.ok() {
        return Err(Failure::Refused(Reason::from_status(
            answer.status,
            &answer.text,
        )));
    }
    let remote = serde_json::from_str(&answer.text)
        .ok()
        .as_ref()
        .and_then(Remote::read);
    let (Some(remote), Some(mine)) = (remote, local::text(store, id)) else {
        return Ok(());
    };
    if let Some(theirs) = remote.text.as_deref() {
        merge_with(store, ep, st, id, &mine, theirs, &remote.rev, tries).await?;
    }
    if losers_due(st, &remote) {
        super::losers::losers(store, ep, st, &remote).await?;
    }
    Ok(())
}

/// Merges this browser's text `mine` with the server's `theirs` (at
/// `rev`): a clean merge is stored and written; one with choices waits.
#[allow(clippy::too_many_arguments)]
async fn merge_with(
    store: Store,
    ep: &Endpoint,
    st: &mut SyncState,
    id: &PlanId,
    mine: &str,
    theirs: &str,
    rev: &str,
    tries: u32,
) -> Result<(), Failure> {
    let (Ok(my), Ok(their)) = (local::read(mine), local::read(theirs)) else {
        if let Err(e) = local::read(theirs) {
            st.unread.insert(id.clone(), rev.to_string());
            unreadable(id, Some((theirs, e)));
        }
        return Ok(());
    };
    // The same plan on both sides (a server connected again): noted as synced.
    if my.plan == their.plan {
        local::synced(store, st, id, rev.to_string(), mine);
        return Ok(());
    }
    let base = local::base(store, id).and_then(|b| local::read(&b).ok());
    let merged = merge(base.as_ref().map(|b| &b.plan), &my.plan, &their.plan);
    if merged.is_clean() {
        if let Ok(plan) = merged.resolve(&[]) {
            return write_merged(store, ep, st, id, &plan, mine, rev, tries).await;
        }
    }
    ask(id, &my.plan.name, merged, rev, mine, Vec::new());
    Ok(())
}

/// Stores a merged plan here (if the stored text is still `mine`) and
/// writes it onto the server's revision `rev`.
#[allow(clippy::too_many_arguments)]
pub async fn write_merged(
    store: Store,
    ep: &Endpoint,
    st: &mut SyncState,
    id: &PlanId,
    plan: &Plan,
    mine: &str,
    rev: &str,
    tries: u32,
) -> Result<(), Failure> {
    let text = match local::write(store, id, plan, browser::now(), Some(mine)) {
        Ok(text) => text,
        // Edited meanwhile: merged again with what is stored now.
        Err(SaveError::Conflict) if tries > 0 => {
            return Box::pin(reread(store, ep, st, id, tries - 1)).await
        }
        Err(SaveError::Conflict) => return Ok(()),
        Err(SaveError::Storage(e)) => return Err(Failure::Refused(Reason::Storage(e.to_string()))),
    };
    let Some(doc) = to_doc(&text, id, Some(rev)) else {
        return Ok(());
    };
    let url = ep.doc_url(&doc_id(id));
    let answer = couch::send(ep, "PUT", &url, Some(&doc.to_string()), None).await?;
    match answer.status {
        200..=202 => {
            if let Some(rev) = written_rev(&answer.text) {
                local::synced(store, st, id, rev, &text);
            }
            Ok(())
        }
        // Written on the server meanwhile: read and merge again.
        409 if tries > 0 => Box::pin(reread(store, ep, st, id, tries - 1)).await,
        409 => Ok(()),
        status => Err(Failure::Refused(Reason::from_status(status, &answer.text))),
    }
}

/// Plans of the server this version could not read: read again, taken
/// when they read now (after an update of the app).
pub async fn unread_again(store: Store, ep: &Endpoint, st: &mut SyncState) -> Result<(), Failure> {
    for (id, _) in st.unread.clone() {
        let url = format!("{}?conflicts=true", ep.doc_url(&doc_id(&id)));
        let answer = couch::send(ep, "GET", &url, None, None).await?;
        let remote = serde_json::from_str(&answer.text)
            .ok()
            .as_ref()
            .and_then(Remote::read);
        if answer.status == 404 {
            st.unread.remove(&id);
            continue;
        }
        if !answer.ok() {
            return Err(Failure::Refused(Reason::from_status(
                answer.status,
                &answer.text,
            )));
        }
        let readable = |r: &Remote| r.text.as_deref().is_some_and(|t| local::read(t).is_ok());
        if let Some(remote) = remote.filter(readable) {
            st.unread.remove(&id);
            Box::pin(incoming(store, ep, st, remote)).await?;
        }
    }
    Ok(())
}

/// Puts a merge that needs choices in front of the person.
pub(super) fn ask(
    id: &PlanId,
    name: &str,
    merge: Merge,
    rev: &str,
    local: &str,
    losers: Vec<String>,
) {
    let asked = sync(|s| {
        s.asked.set(s.asked.get() + 1);
        s.asked.get()
    });
    let pending = Pending {
        id: id.clone(),
        name: name.to_string(),
        merge,
        rev: rev.to_string(),
        local: local.to_string(),
        losers,
        asked,
    };
    sync(|s| {
        s.pending.update(|list| {
            list.retain(|p| &p.id != id);
            list.push(pending);
        });
        s.asking.set(true);
    });
}
