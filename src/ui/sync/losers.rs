//! CouchDB's own conflicts: revisions of a plan written by replication
//! between servers, each merged into this browser's plan from their common
//! ancestor, the result written as the winner and the losers deleted, so
//! the database converges to one revision.

use super::{local, merging::ask};
use crate::{
    domain::merge::merge,
    storage::{
        browser,
        couch::{self, Failure},
        sync::{
            doc::{common_ancestor, doc_id, rev_pos, revisions, to_doc},
            Endpoint, Reason, Remote, SyncState,
        },
        PlanId,
    },
    ui::state::Store,
};

/// CouchDB kept conflicting revisions of a plan (written by replication
/// between servers): each is merged into this browser's plan from their
/// common ancestor, the result written as the winner and the losers
/// deleted, so the database converges to one revision.
pub(super) async fn losers(
    store: Store,
    ep: &Endpoint,
    st: &mut SyncState,
    remote: &Remote,
) -> Result<(), Failure> {
    let id = &remote.id;
    // The winner is the server's, or the one this step just wrote onto it.
    let mut winner = match st.revs.get(id) {
        Some(rev) if rev_pos(rev) > rev_pos(&remote.rev) => rev.clone(),
        _ => remote.rev.clone(),
    };
    let winner_history = revisions(&fetch(ep, id, &winner).await?.unwrap_or_default());
    for loser in &remote.conflicts {
        let Some(loser_doc) = fetch(ep, id, loser).await? else {
            continue;
        };
        let Some(theirs) = Remote::read(&loser_doc).and_then(|r| r.text) else {
            continue;
        };
        let ancestor = match common_ancestor(&revisions(&loser_doc), &winner_history) {
            Some(rev) => fetch(ep, id, &rev).await?,
            None => None,
        };
        let base = ancestor
            .as_ref()
            .and_then(Remote::read)
            .and_then(|r| r.text)
            .and_then(|t| local::read(&t).ok());
        let Some(mine) = local::text(store, id) else {
            return Ok(());
        };
        let (Ok(my), Ok(their)) = (local::read(&mine), local::read(&theirs)) else {
            continue;
        };
        let merged = merge(base.as_ref().map(|b| &b.plan), &my.plan, &their.plan);
        let plan = match merged.resolve(&[]) {
            Ok(plan) if merged.is_clean() => plan,
            _ => {
                // Asked like any other merge; the loser stays until then.
                ask(
                    id,
                    &my.plan.name,
                    merged,
                    &winner,
                    &mine,
                    vec![loser.clone()],
                );
                return Ok(());
            }
        };
        let Ok(text) = local::write(store, id, &plan, browser::now(), Some(&mine)) else {
            return Ok(());
        };
        let Some(doc) = to_doc(&text, id, Some(&winner)) else {
            continue;
        };
        let gone = serde_json::json!({ "_id": doc_id(id), "_rev": loser, "_deleted": true });
        let body = serde_json::json!({ "docs": [doc, gone] }).to_string();
        let bulk = format!("{}/_bulk_docs", ep.db_url());
        let answer = couch::send(ep, "POST", &bulk, Some(&body), None).await?;
        if !answer.ok() {
            return Err(Failure::Refused(Reason::from_status(
                answer.status,
                &answer.text,
            )));
        }
        // One answer per document: a winner refused (written meanwhile)
        // comes back with the feed.
        let Some(rev) = bulk_rev(&answer.text) else {
            return Ok(());
        };
        local::synced(store, st, id, rev.clone(), &text);
        winner = rev;
    }
    Ok(())
}

/// The new revision of the first document of a `_bulk_docs` answer, if it
/// was written.
fn bulk_rev(text: &str) -> Option<String> {
    let answer: serde_json::Value = serde_json::from_str(text).ok()?;
    let first = answer.get(0)?;
    if first.get("error").is_some() {
        return None;
    }
    first.get("rev")?.as_str().map(str::to_string)
}

/// One revision of a plan's document, with its history; `None` when the
/// server no longer has it.
async fn fetch(
    ep: &Endpoint,
    id: &PlanId,
    rev: &str,
) -> Result<Option<serde_json::Value>, Failure> {
    let url = format!("{}?rev={rev}&revs=true", ep.doc_url(&doc_id(id)));
    let answer = couch::send(ep, "GET", &url, None, None).await?;
    Ok(answer
        .ok()
        .then(|| serde_json::from_str(&answer.text).ok())
        .flatten())
}

/// Deletes conflicting revisions of a plan, once their content is in the
/// winner (one already gone, or changed again, is left as it is).
pub(super) async fn delete(ep: &Endpoint, id: &PlanId, losers: &[String]) -> Result<(), Failure> {
    if losers.is_empty() {
        return Ok(());
    }
    let docs: Vec<serde_json::Value> = losers
        .iter()
        .map(|rev| serde_json::json!({ "_id": doc_id(id), "_rev": rev, "_deleted": true }))
        .collect();
    let body = serde_json::json!({ "docs": docs }).to_string();
    let answer = couch::send(
        ep,
        "POST",
        &format!("{}/_bulk_docs", ep.db_url()),
        Some(&body),
        None,
    )
    .await?;
    if answer.ok() {
        Ok(())
    } else {
        Err(Failure::Refused(Reason::from_status(
            answer.status,
            &answer.text,
        )))
    }
}
