//! What leaves this browser: tombstones of plans deleted here, and plans
//! changed here since the last sync (a plan changed on the server
//! meanwhile is merged).

use super::{engine::current, local, merging, sync};
use crate::{
    storage::{
        couch::{self, Failure},
        sync::{
            doc::{doc_id, to_doc, written_rev},
            outgoing, state, Endpoint, Outgoing, Reason, Remote, SyncState,
        },
        PlanId,
    },
    ui::state::Store,
};
use leptos::prelude::*;

/// Writes the tombstones of plans deleted here. One changed elsewhere
/// since comes back: an edit made elsewhere wins over this delete.
pub(super) async fn tombstones(
    store: Store,
    ep: &Endpoint,
    st: &mut SyncState,
) -> Result<(), Failure> {
    for id in local::library(store, |l| state::gone(l.store())) {
        // Never on the server: nothing to delete there.
        let Some(rev) = st.revs.get(&id).cloned() else {
            local::library(store, |l| state::clear_gone(l.store(), &id));
            continue;
        };
        let url = format!("{}?rev={rev}", ep.doc_url(&doc_id(&id)));
        let answer = couch::send(ep, "DELETE", &url, None, None).await?;
        match answer.status {
            200..=202 | 404 => {}
            409 => {
                let url = format!("{}?conflicts=true", ep.doc_url(&doc_id(&id)));
                let doc = couch::send(ep, "GET", &url, None, None).await?;
                if !doc.ok() && doc.status != 404 {
                    return Err(Failure::Refused(Reason::from_status(doc.status, &doc.text)));
                }
                local::library(store, |l| state::clear_gone(l.store(), &id));
                local::unsynced(store, st, &id);
                let remote = serde_json::from_str(&doc.text)
                    .ok()
                    .as_ref()
                    .and_then(Remote::read);
                if let Some(remote) = remote.filter(|_| doc.ok()) {
                    merging::incoming(store, ep, st, remote).await?;
                }
                continue;
            }
            status => return Err(Failure::Refused(Reason::from_status(status, &answer.text))),
        }
        local::library(store, |l| state::clear_gone(l.store(), &id));
        local::unsynced(store, st, &id);
    }
    Ok(())
}

/// Writes every plan changed here since the last sync.
pub(super) async fn push_all(
    store: Store,
    ep: &Endpoint,
    st: &mut SyncState,
    generation: u32,
) -> Result<(), Failure> {
    let ids: Vec<PlanId> = local::plan_ids(store)
        .into_iter()
        .filter(|id| {
            local::text(store, id).is_some_and(|text| {
                let base = local::base(store, id);
                outgoing(&text, base.as_deref(), st.revs.get(id).map(String::as_str))
                    != Outgoing::Nothing
            })
        })
        .collect();
    let total = ids.len();
    for (n, id) in ids.iter().enumerate() {
        if !current(generation) {
            return Err(Failure::Aborted);
        }
        if total > 1 {
            sync(|s| s.progress.set(Some((n + 1, total))));
        }
        push(store, ep, st, id).await?;
        if n % 10 == 9 {
            local::save_state(store, st);
        }
    }
    Ok(())
}

/// Writes one plan to the server when it changed here; a plan changed on
/// the server meanwhile is merged.
pub(super) async fn push(
    store: Store,
    ep: &Endpoint,
    st: &mut SyncState,
    id: &PlanId,
) -> Result<(), Failure> {
    let Some(text) = local::text(store, id) else {
        return Ok(());
    };
    let base = local::base(store, id);
    let known = st.revs.get(id).cloned();
    if outgoing(&text, base.as_deref(), known.as_deref()) == Outgoing::Nothing
        || sync(|s| s.pending.with_untracked(|p| p.iter().any(|p| &p.id == id)))
    {
        return Ok(());
    }
    let Some(doc) = to_doc(&text, id, known.as_deref()) else {
        return Ok(());
    };
    let answer = couch::send(
        ep,
        "PUT",
        &ep.doc_url(&doc_id(id)),
        Some(&doc.to_string()),
        None,
    )
    .await?;
    match answer.status {
        200..=202 => {
            if let Some(rev) = written_rev(&answer.text) {
                local::synced(store, st, id, rev, &text);
            }
            Ok(())
        }
        409 => merging::after_conflict(store, ep, st, id).await,
        status => Err(Failure::Refused(Reason::from_status(status, &answer.text))),
    }
}
