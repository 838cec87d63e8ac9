//! The sync loop: connect, catch up (tombstones, the server's changes, then
//! this browser's), then a long poll of `_changes` while the page is open.
//! A network failure means offline and a retry; a refusal stops until the
//! person acts. Nothing stored here is removed or written over by a failure.

use super::{gate::sleep, inbox, local, merging, outbox, sync, Phase};
use crate::{
    storage::{
        browser,
        couch::{self, Failure},
        sync::{connection::CONNECTION_KEY, state, Connection, Endpoint, Reason, SyncState},
        KvStore, PlanId,
    },
    ui::state::Store,
};
use leptos::{prelude::*, task::spawn_local};

/// How long a long poll waits for a change, in milliseconds.
const WAIT_MS: u32 = 25_000;
/// How long a save waits for the next one before it is written to the server.
const PUSH_DELAY_MS: i32 = 800;

/// The stored connection, if one is set and reads.
pub fn stored_connection(store: Store) -> Option<Connection> {
    local::library(store, |l| l.store().get(CONNECTION_KEY).ok().flatten())
        .and_then(|text| serde_json::from_str(&text).ok())
}

/// The endpoint of the stored connection.
pub(super) fn endpoint(store: Store) -> Option<Endpoint> {
    stored_connection(store).and_then(|c| c.check().ok())
}

/// At start (or after a connect): syncs with the stored server, once per
/// generation.
pub fn start(store: Store) {
    let Some(ep) = endpoint(store) else {
        return;
    };
    let generation = next_generation();
    spawn_local(async move {
        if catch_up(store, &ep, generation).await {
            poll(store, ep, generation).await;
        }
    });
}

/// Tries a connection typed in the panel: kept only once the database answers.
pub async fn connect(store: Store, conn: Connection) -> Result<(), Reason> {
    let ep = conn.check().map_err(|e| match e {
        crate::storage::sync::ConnectionError::Insecure => Reason::Insecure,
        _ => Reason::Server(String::new()),
    })?;
    stop();
    set_phase(Phase::Connecting);
    let answer = couch::send(&ep, "GET", &ep.db_url(), None, None).await;
    match answer {
        Ok(a) if a.ok() => {}
        Ok(a) => return Err(refused(Reason::from_status(a.status, &a.text))),
        Err(Failure::Refused(r)) => return Err(refused(r)),
        Err(_) => return Err(refused(Reason::Unreachable)),
    }
    let text = serde_json::to_string(&conn).map_err(|e| Reason::Server(e.to_string()))?;
    // Questions and unreadable plans were the previous connection's.
    sync(|s| {
        s.pending.set(Vec::new());
        s.unreadable.set(Vec::new());
    });
    local::library(store, |l| {
        state::switch_to(l.store(), &ep.identity())?;
        l.store().set(CONNECTION_KEY, &text)
    })
    .map_err(|e| refused(Reason::Storage(e.to_string())))?;
    start(store);
    Ok(())
}

fn refused(reason: Reason) -> Reason {
    set_phase(Phase::Error(reason.clone()));
    reason
}

/// Stops the loop of this page (a new generation starts with the next start).
fn stop() {
    next_generation();
}

fn next_generation() -> u32 {
    sync(|s| {
        if let Some(abort) = s.abort.borrow_mut().take() {
            abort.abort();
        }
        s.generation.set(s.generation.get() + 1);
        s.generation.get()
    })
}

pub(super) fn current(generation: u32) -> bool {
    sync(|s| s.generation.get()) == generation
}

fn set_phase(phase: Phase) {
    sync(|s| s.phase.set(phase));
}

/// Forgets the server: credentials and sync state leave this browser, the
/// plans stay.
pub fn forget(store: Store) -> Result<(), String> {
    stop();
    local::library(store, |l| state::forget(l.store())).map_err(|e| e.to_string())?;
    sync(|s| {
        s.phase.set(Phase::Off);
        s.progress.set(None);
        s.last.set(None);
        s.pending.set(Vec::new());
        s.unreadable.set(Vec::new());
    });
    Ok(())
}

/// Syncs now (the panel's button, or back online).
pub fn sync_now(store: Store) {
    start(store);
}

/// After a plan is written here.
pub fn plan_saved(store: Store, id: PlanId) {
    // A plan back from the trash is not to delete on the server any more.
    local::library(store, |l| state::clear_gone(l.store(), &id));
    if !matches!(
        sync(|s| s.phase.get_untracked()),
        Phase::Synced | Phase::Syncing
    ) {
        return;
    }
    let Some(ep) = endpoint(store) else { return };
    let generation = sync(|s| s.generation.get());
    // Saves while typing come every moment: the last of a pause is written.
    let ticket = sync(|s| {
        let mut saves = s.saves.borrow_mut();
        let n = saves.entry(id.clone()).or_default();
        *n += 1;
        *n
    });
    spawn_local(async move {
        sleep(PUSH_DELAY_MS).await;
        if sync(|s| s.saves.borrow().get(&id).copied()) != Some(ticket) {
            return;
        }
        let gate = sync(|s| s.gate.clone());
        let _pass = gate.enter().await;
        if !current(generation) {
            return;
        }
        let mut st = load_state(store, &ep);
        let result = outbox::push(store, &ep, &mut st, &id).await;
        settle(store, &st, generation, result);
    });
}

/// After a plan went to the trash here: its tombstone is noted at once,
/// and written when the server answers.
pub fn plan_deleted(store: Store, id: PlanId) {
    let Some(ep) = endpoint(store) else { return };
    if local::library(store, |l| state::mark_gone(l.store(), &id)).is_err() {
        return;
    }
    if !matches!(
        sync(|s| s.phase.get_untracked()),
        Phase::Synced | Phase::Syncing
    ) {
        return;
    }
    let generation = sync(|s| s.generation.get());
    spawn_local(async move {
        let gate = sync(|s| s.gate.clone());
        let _pass = gate.enter().await;
        if !current(generation) {
            return;
        }
        let mut st = load_state(store, &ep);
        let result = outbox::tombstones(store, &ep, &mut st).await;
        settle(store, &st, generation, result);
    });
}

/// Ends a step outside the loop: its state kept and its failure shown,
/// unless the server was changed or forgotten meanwhile.
pub(super) fn settle(store: Store, st: &SyncState, generation: u32, result: Result<(), Failure>) {
    if current(generation) {
        local::save_state(store, st);
        after(result);
    }
}

/// Notes how a step outside the loop ended: a failure shows; the loop's
/// next catch-up retries.
pub(super) fn after(result: Result<(), Failure>) {
    match result {
        Ok(()) => {}
        Err(Failure::Offline) => {
            set_phase(Phase::Offline);
            // A long poll opened before may hang on a cut connection: the
            // loop wakes, waits for the network, then catches up.
            sync(|s| s.abort.borrow().as_ref().map(|a| a.abort()));
        }
        Err(Failure::Aborted) => {}
        Err(Failure::Refused(r)) => set_phase(Phase::Error(r)),
    }
}

pub(super) fn load_state(store: Store, ep: &Endpoint) -> SyncState {
    local::library(store, |l| SyncState::load(l.store(), &ep.identity()))
}

/// Catches up with the server; `false` when the loop must stop (refused,
/// or a newer generation).
async fn catch_up(store: Store, ep: &Endpoint, generation: u32) -> bool {
    let gate = sync(|s| s.gate.clone());
    let _pass = gate.enter().await;
    if !current(generation) {
        return false;
    }
    set_phase(Phase::Syncing);
    sync(|s| s.progress.set(None));
    let mut st = load_state(store, ep);
    let result = async {
        outbox::tombstones(store, ep, &mut st).await?;
        inbox::pull_all(store, ep, &mut st, generation).await?;
        merging::unread_again(store, ep, &mut st).await?;
        outbox::push_all(store, ep, &mut st, generation).await
    }
    .await;
    store.refresh();
    if !current(generation) {
        return false;
    }
    // The last count stays in view: what this sync moved.
    local::save_state(store, &st);
    match result {
        Ok(()) => {
            finished(store, &mut st);
            true
        }
        Err(Failure::Offline) => {
            set_phase(Phase::Offline);
            true
        }
        Err(Failure::Aborted) => false,
        Err(Failure::Refused(r)) => {
            set_phase(Phase::Error(r));
            false
        }
    }
}

/// A sync went through; a refusal met meanwhile (by a push) stays shown.
fn finished(store: Store, st: &mut SyncState) {
    let now = browser::now();
    st.last = Some(now);
    local::save_state(store, st);
    sync(|s| {
        s.last.set(Some(now));
        if !matches!(s.phase.get_untracked(), Phase::Error(_)) {
            s.phase.set(Phase::Synced);
        }
    });
}

/// The long poll: waits for changes, applies them; offline, retries and
/// catches up when the server answers again.
async fn poll(store: Store, ep: Endpoint, generation: u32) {
    let mut wait = 2_000;
    loop {
        let phase = sync(|s| s.phase.get_untracked());
        if !current(generation) || matches!(phase, Phase::Error(_)) {
            return;
        }
        if phase == Phase::Offline {
            // Back online (the browser says so) ends the wait at once.
            let was_offline = !couch::online();
            let mut slept = 0;
            while slept < wait && !(was_offline && couch::online()) {
                sleep(250).await;
                slept += 250;
                if !current(generation) {
                    return;
                }
            }
            wait = (wait * 2).min(15_000);
            if !catch_up(store, &ep, generation).await {
                return;
            }
            continue;
        }
        wait = 2_000;
        let since = load_state(store, &ep).since;
        let controller = web_sys::AbortController::new().ok();
        let signal = controller.as_ref().map(|c| c.signal());
        sync(|s| *s.abort.borrow_mut() = controller);
        let url = ep.changes_url(since.as_deref(), inbox::PAGE, Some(WAIT_MS));
        let answer = couch::send_waiting(&ep, "GET", &url, None, signal.as_ref(), WAIT_MS).await;
        if !current(generation) {
            return;
        }
        let changes = match inbox::read_changes(answer) {
            Ok(changes) => changes,
            // Stopped, or woken to see a failure met by a push.
            Err(Failure::Aborted) => continue,
            // A server that allowed this site a moment ago: a network hiccup.
            Err(Failure::Offline | Failure::Refused(Reason::Cors)) => {
                set_phase(Phase::Offline);
                continue;
            }
            Err(Failure::Refused(r)) => return set_phase(Phase::Error(r)),
        };
        let gate = sync(|s| s.gate.clone());
        let _pass = gate.enter().await;
        let mut st = load_state(store, &ep);
        let moved = !changes.plans.is_empty();
        let result = inbox::apply_page(store, &ep, &mut st, changes, None).await;
        if !current(generation) {
            return;
        }
        local::save_state(store, &st);
        if moved {
            store.refresh();
        }
        match result {
            Ok(()) => finished(store, &mut st),
            // Refused: stop until the person acts (the same page would
            // come back at once); offline: the wait above, then a catch-up.
            Err(e) => after(Err(e)),
        }
    }
}
