//! Keeping plans beyond this browser's storage: asking the browser to keep
//! them, the plans folder on disk, full backups. Its code is a split module
//! of its own (`keep`, see `ui::perf::lazy`): the library's section fetches
//! it after the page shows, and a save fetches it to write the folder.

mod backup;
mod folder;
mod panel;
mod trash;

use crate::{
    storage::{disk, PlanId},
    ui::state::Store,
};
use chrono::{DateTime, Utc};
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use web_sys::FileSystemDirectoryHandle;

pub use backup::BackupReminder;
pub use folder::Folder;
pub use panel::KeepPanel;

/// What this page knows of the browser's storage and of the folder. Signals
/// that no component owns: they live as long as the page.
struct Keep {
    /// The folder's state.
    folder: ArcRwSignal<Folder>,
    /// The picked folder, once its permission is known.
    handle: RefCell<Option<FileSystemDirectoryHandle>>,
    /// The last folder write that failed, worded; `None` after a success.
    failure: ArcRwSignal<Option<String>>,
    /// When the folder was last written.
    written: ArcRwSignal<Option<DateTime<Utc>>>,
    /// Plans of the folder that this browser does not have.
    found: ArcRwSignal<Vec<folder::Found>>,
    /// Whether the browser promised to keep the data (`None`: it does not say).
    persisted: ArcRwSignal<Option<bool>>,
    /// The site's usage and quota, in bytes, by the browser's count.
    usage: ArcRwSignal<Option<(f64, f64)>>,
    /// Full backups downloaded on this page (what reads the last one's time follows it).
    backed_up: ArcRwSignal<u32>,
    /// The folder was read once on this page.
    started: Cell<bool>,
    /// Persistence was asked once on this page.
    asked: Cell<bool>,
    /// Plans waiting to be written to the folder, in order, once each.
    queue: RefCell<Vec<PlanId>>,
    /// A write is running (writes to one folder run one after the other).
    writing: Cell<bool>,
}

impl Default for Keep {
    fn default() -> Keep {
        Keep {
            folder: ArcRwSignal::new(Folder::Unknown),
            handle: RefCell::default(),
            failure: ArcRwSignal::new(None),
            written: ArcRwSignal::new(None),
            found: ArcRwSignal::new(Vec::new()),
            persisted: ArcRwSignal::new(None),
            usage: ArcRwSignal::new(None),
            backed_up: ArcRwSignal::new(0),
            started: Cell::new(false),
            asked: Cell::new(false),
            queue: RefCell::default(),
            writing: Cell::new(false),
        }
    }
}

thread_local! {
    static KEEP: Keep = Keep::default();
}

fn keep<T>(f: impl FnOnce(&Keep) -> T) -> T {
    KEEP.with(f)
}

/// This module's texts in the interface's language.
fn texts(store: Store) -> &'static crate::i18n::keep::KeepTexts {
    crate::i18n::texts(store.lang.get_untracked()).keep()
}

/// What the rest of the app asks of this module.
pub struct KeepCode {
    /// A plan was written to localStorage: copy it to the folder, and ask
    /// the browser to keep the data (once, after the first save).
    pub plan_saved: fn(&Store, &PlanId),
    /// A plan was erased for good from the trash: its file leaves the
    /// folder too (its copies in `backups/` stay).
    pub plan_purged: fn(&Store, &PlanId),
    /// The library's section "keeping your plans safe".
    pub panel: fn() -> AnyView,
    /// The reminder of a full backup above the library's plans, when due.
    pub reminder: fn() -> AnyView,
    /// The library's recently deleted plans.
    pub trash: fn() -> AnyView,
}

static KEEP_CODE: KeepCode = KeepCode {
    panel: || {
        install_styles();
        view! { <KeepPanel/> }.into_any()
    },
    reminder: || {
        install_styles();
        view! { <BackupReminder/> }.into_any()
    },
    trash: || {
        install_styles();
        view! { <trash::Trash/> }.into_any()
    },
    plan_purged: |store, id| folder::plan_purged(*store, id.clone()),
    plan_saved: |store, id| {
        ask_persistence();
        folder::plan_saved(*store, id.clone());
    },
};

impl Store {
    /// Runs `f` with this module's code, fetched first in a split build. A
    /// fetch that fails does nothing: the plan is stored in the browser all
    /// the same, and the library's section says its code is missing.
    pub fn keep_then(&self, f: impl FnOnce(&'static KeepCode) + 'static) {
        #[cfg(not(cap_split))]
        f(&KEEP_CODE);
        #[cfg(cap_split)]
        leptos::task::spawn_local(async move {
            if let Ok(code) = load_keep_code().await {
                f(code);
            }
        });
    }

    /// After a plan is stored in this browser: the folder's copy and the
    /// sync server's follow.
    pub fn kept(&self, id: &PlanId) {
        self.sync_saved(id);
        let (store, id) = (*self, id.clone());
        self.keep_then(move |code| (code.plan_saved)(&store, &id));
    }
}

#[cfg(cap_split)]
#[leptos::wasm_split::wasm_split(keep, wasm_split_path = ::leptos::wasm_split, fallible)]
fn load_keep_code() -> Result<&'static KeepCode, leptos::wasm_split::SplitLoaderError> {
    Ok(&KEEP_CODE)
}

/// The module's rules, adopted once with its code (see `perf::page_styles`).
pub fn install_styles() {
    use std::sync::atomic::AtomicBool;
    static INSTALLED: AtomicBool = AtomicBool::new(false);
    crate::ui::perf::page_styles::adopt_once(&INSTALLED, include_str!("../../../style/keep.css"));
}

/// Asks the browser, once per page, to keep the site's data when it has
/// not promised so yet: after a plan is saved, never on a first screen.
fn ask_persistence() {
    if keep(|k| k.asked.replace(true)) {
        return;
    }
    leptos::task::spawn_local(async {
        let kept = match disk::persisted().await {
            Some(false) => disk::persist().await,
            other => other,
        };
        keep(|k| k.persisted.set(kept));
    });
}

/// Reads what the browser keeps and how much room is used.
async fn read_storage_state() {
    let persisted = disk::persisted().await;
    let usage = disk::estimate().await;
    keep(|k| {
        k.persisted.set(persisted);
        k.usage.set(usage);
    });
}
