//! Syncing the library through an Apache CouchDB database the person or
//! their agency runs: the panel, the loop that pushes and pulls, and the
//! choice asked when a plan changed on both sides. Its code is a split
//! module of its own (`sync`, see `ui::perf::lazy`), fetched by the library
//! page, and at start when a server is set.

mod conflict;
mod engine;
mod gate;
mod inbox;
mod local;
mod losers;
mod merging;
mod outbox;
mod panel;
mod place;

use crate::{
    domain::merge::Merge,
    storage::{sync::Reason, PlanId},
    ui::state::Store,
};
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use web_sys::AbortController;

/// Where the sync stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Phase {
    /// No server set.
    Off,
    /// Trying the server.
    Connecting,
    /// Plans are moving.
    Syncing,
    /// Up to date, listening for changes.
    Synced,
    /// No network, or the server does not answer: retrying.
    Offline,
    /// The server refused: why. Nothing is retried until the person acts.
    Error(Reason),
}

impl Phase {
    /// The code tests and styles read (`data-state`).
    pub fn code(&self) -> &'static str {
        match self {
            Phase::Off => "off",
            Phase::Connecting => "connecting",
            Phase::Syncing => "syncing",
            Phase::Synced => "synced",
            Phase::Offline => "offline",
            Phase::Error(_) => "error",
        }
    }
}

/// A plan changed here and on the server, waiting for the person's choices.
#[derive(Clone, Debug)]
pub struct Pending {
    /// The plan.
    pub id: PlanId,
    /// Its name here.
    pub name: String,
    /// The merge, with the fields to choose.
    pub merge: Merge,
    /// The server's revision the result is written onto.
    pub rev: String,
    /// The text stored here that was merged (written over only if unchanged).
    pub local: String,
    /// Conflicting revisions of the server this merge takes in: deleted once
    /// the result is written.
    pub losers: Vec<String>,
    /// Which question this is (a newer one about the same plan replaces it).
    pub asked: u64,
}

/// What this page knows of the sync. Signals no component owns: they live
/// as long as the page.
struct Sync {
    phase: ArcRwSignal<Phase>,
    /// Plans moved and to move, while a sync moves several.
    progress: ArcRwSignal<Option<(usize, usize)>>,
    /// When a sync last finished.
    last: ArcRwSignal<Option<DateTime<Utc>>>,
    /// Plans waiting for a choice.
    pending: ArcRwSignal<Vec<Pending>>,
    /// The choice is asked (false once the person put it off).
    asking: ArcRwSignal<bool>,
    /// The library's section is on screen (it says itself why a sync stopped).
    panel_shown: ArcRwSignal<bool>,
    /// Plans the server has that this version cannot read: name and why.
    unreadable: ArcRwSignal<Vec<(PlanId, String, crate::storage::LoadError)>>,
    /// Bumped when the server changes or is forgotten: older loops stop.
    generation: Cell<u32>,
    /// Questions asked on this page, to tell them apart.
    asked: Cell<u64>,
    /// Saves counted per plan, so that only the last of a burst is written.
    saves: RefCell<std::collections::BTreeMap<PlanId, u64>>,
    /// The long poll running, to stop it.
    abort: RefCell<Option<AbortController>>,
    /// One sync step at a time.
    gate: gate::Gate,
}

impl Default for Sync {
    fn default() -> Sync {
        Sync {
            phase: ArcRwSignal::new(Phase::Off),
            progress: ArcRwSignal::new(None),
            last: ArcRwSignal::new(None),
            pending: ArcRwSignal::new(Vec::new()),
            asking: ArcRwSignal::new(false),
            panel_shown: ArcRwSignal::new(false),
            unreadable: ArcRwSignal::new(Vec::new()),
            generation: Cell::new(0),
            saves: RefCell::default(),
            asked: Cell::new(0),
            abort: RefCell::default(),
            gate: gate::Gate::default(),
        }
    }
}

thread_local! {
    static SYNC: Sync = Sync::default();
}

fn sync<T>(f: impl FnOnce(&Sync) -> T) -> T {
    SYNC.with(f)
}

/// What the rest of the app asks of this module.
pub struct SyncCode {
    /// A server is set: start syncing (at start, once per page).
    pub start: fn(&Store),
    /// A plan was written here: the server's copy follows.
    pub plan_saved: fn(&Store, &PlanId),
    /// A plan went to the trash: its document becomes a tombstone.
    pub plan_deleted: fn(&Store, &PlanId),
    /// The library's sync section.
    pub panel: fn() -> AnyView,
    /// The choice asked when a plan changed on both sides, on any page.
    pub overlay: fn() -> AnyView,
}

static SYNC_CODE: SyncCode = SyncCode {
    start: |store| engine::start(*store),
    plan_saved: |store, id| engine::plan_saved(*store, id.clone()),
    plan_deleted: |store, id| engine::plan_deleted(*store, id.clone()),
    panel: || view! { <panel::SyncPanel/> }.into_any(),
    overlay: || view! { <conflict::ConflictDialog/> <panel::Stopped/> }.into_any(),
};

impl Store {
    /// Runs `f` with this module's code, fetched first in a split build. A
    /// fetch that fails does nothing: plans stay stored in this browser.
    pub fn sync_then(&self, f: impl FnOnce(&'static SyncCode) + 'static) {
        self.sync_with(Box::new(f));
    }

    /// [`Store::sync_then`], one copy in the first visit's wasm for every caller.
    fn sync_with(&self, f: Box<dyn FnOnce(&'static SyncCode)>) {
        if let Some(code) = self.sync.get_untracked() {
            return f(code);
        }
        let store = *self;
        #[cfg(not(cap_split))]
        {
            store.sync.set(Some(&SYNC_CODE));
            f(&SYNC_CODE);
        }
        #[cfg(cap_split)]
        leptos::task::spawn_local(async move {
            if let Ok(code) = load_sync_code().await {
                store.sync.set(Some(code));
                f(code);
            }
        });
    }

    /// Whether a sync server is set in this browser.
    pub fn sync_set(&self) -> bool {
        let key = crate::storage::sync::connection::CONNECTION_KEY;
        self.library
            .with_value(|l| matches!(l.raw(key), Ok(Some(_))))
    }

    /// At start: when a server is set, its code is fetched and syncs.
    pub fn start_sync(&self) {
        if self.sync_set() {
            let store = *self;
            self.sync_then(move |code| (code.start)(&store));
        }
    }

    /// After a plan is stored here: the server's copy follows.
    pub(crate) fn sync_saved(&self, id: &PlanId) {
        if self.sync_set() {
            let (store, id) = (*self, id.clone());
            self.sync_then(move |code| (code.plan_saved)(&store, &id));
        }
    }

    /// After a plan went to the trash: the server's copy too.
    pub(crate) fn sync_deleted(&self, id: &PlanId) {
        if self.sync_set() {
            let (store, id) = (*self, id.clone());
            self.sync_then(move |code| (code.plan_deleted)(&store, &id));
        }
    }
}

#[cfg(cap_split)]
#[leptos::wasm_split::wasm_split(sync, wasm_split_path = ::leptos::wasm_split, fallible)]
fn load_sync_code() -> Result<&'static SyncCode, leptos::wasm_split::SplitLoaderError> {
    Ok(&SYNC_CODE)
}

/// The module's rules, adopted once with its code (with the keep module's,
/// whose parts the section reuses).
fn install_styles() {
    use std::sync::atomic::AtomicBool;
    static INSTALLED: AtomicBool = AtomicBool::new(false);
    crate::ui::keep::install_styles();
    crate::ui::perf::page_styles::adopt_once(&INSTALLED, include_str!("../../../style/sync.css"));
}
