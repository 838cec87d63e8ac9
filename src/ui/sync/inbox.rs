//! What comes in: the `_changes` feed read page by page, each plan of a
//! page applied in turn, with a count while many move.

use super::{engine::current, gate::sleep, local, merging, sync};
use crate::{
    storage::{
        couch::{self, Answer, Failure},
        sync::{doc::doc_count, Changes, Endpoint, Reason, SyncState},
    },
    ui::state::Store,
};
use leptos::prelude::*;

/// Plans read per page of the feed.
pub(super) const PAGE: u32 = 50;

/// A `_changes` answer read, or why not.
pub(super) fn read_changes(answer: Result<Answer, Failure>) -> Result<Changes, Failure> {
    let answer = answer?;
    if !answer.ok() {
        return Err(Failure::Refused(Reason::from_status(
            answer.status,
            &answer.text,
        )));
    }
    Changes::read(&answer.text)
        .ok_or_else(|| Failure::Refused(Reason::Server("not a CouchDB answer".into())))
}

/// Reads the feed from the checkpoint to its end, counting plans.
pub(super) async fn pull_all(
    store: Store,
    ep: &Endpoint,
    st: &mut SyncState,
    generation: u32,
) -> Result<(), Failure> {
    let total = if st.since.is_none() {
        let info = couch::send(ep, "GET", &ep.db_url(), None, None).await?;
        if !info.ok() {
            return Err(Failure::Refused(Reason::from_status(
                info.status,
                &info.text,
            )));
        }
        doc_count(&info.text).map(|n| n as usize)
    } else {
        None
    };
    let mut done = 0;
    loop {
        let url = ep.changes_url(st.since.as_deref(), PAGE, None);
        let changes = read_changes(couch::send(ep, "GET", &url, None, None).await)?;
        if !current(generation) {
            return Err(Failure::Aborted);
        }
        let count = changes.count;
        let total = total.or(changes.pending.map(|p| done + count + p as usize));
        apply_page(store, ep, st, changes, total.map(|t| (done, t))).await?;
        done += count;
        local::save_state(store, st);
        if count < PAGE as usize {
            return Ok(());
        }
    }
}

/// Applies a page of the feed, one plan after the other.
pub(super) async fn apply_page(
    store: Store,
    ep: &Endpoint,
    st: &mut SyncState,
    changes: Changes,
    progress: Option<(usize, usize)>,
) -> Result<(), Failure> {
    for (n, remote) in changes.plans.into_iter().enumerate() {
        if let Some((done, total)) = progress {
            sync(|s| s.progress.set(Some(((done + n + 1).min(total), total))));
            sleep(0).await;
        }
        merging::incoming(store, ep, st, remote).await?;
    }
    if let Some(seq) = changes.last_seq {
        st.since = Some(seq);
    }
    Ok(())
}
