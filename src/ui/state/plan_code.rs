//! The plan's code, kept out of the first screen's wasm.
//!
//! Reading a plan file (parse, field paths, migrations, validation),
//! writing one, every command for undo, and share links are most of what
//! the app does with a plan, and none of it is needed to show the library
//! on a first visit. The library and the shell (both in the first visit's
//! module) reach that code only through [`PlanCode`], a table of functions
//! that the code of an open plan installs, or that
//! [`Store::plan_code_then`] fetches on first use: in a split build (see
//! `ui::perf::lazy`) the table, and everything only it reaches, then lives
//! in the plan pages' chunk.
//!
//! Invariant: a plan is open only after [`Store::open`] or
//! [`Store::open_shared`], which both install the table, so what the shell
//! does for an open plan (undo, redo, the save on `pagehide`, a conflict's
//! choice) always finds it, synchronously.

use super::Store;
use crate::{
    domain::{Lang, Plan},
    storage::{share::Share, versions::Version, Backup, Choices, LoadError, PlanId, RestoreReport},
};
use leptos::prelude::*;

/// A plan file read: the plan and its named versions.
pub type PlanFile = (Plan, Vec<Version>);

/// An imported file waiting for the person's choice, and where the import
/// button says what went wrong.
#[derive(Clone, Copy)]
pub struct ImportPreview {
    /// The file read.
    pub preview: RwSignal<Option<PlanFile>>,
    /// Shows the preview dialog.
    pub open: RwSignal<bool>,
    /// The import button's error line.
    pub error: RwSignal<Option<String>>,
}

/// What the first screen asks of the plan code; see the module docs.
pub struct PlanCode {
    /// The full listing: plans the index does not know are read whole.
    pub refresh: fn(&Store),
    /// Undo in the open plan.
    pub undo: fn(&Store),
    /// Redo in the open plan.
    pub redo: fn(&Store),
    /// Writes the open plan now if it has unsaved changes.
    pub save_now: fn(&Store),
    /// Conflict with another tab: keep this tab's version.
    pub keep_mine: fn(&Store),
    /// Conflict with another tab: load theirs.
    pub load_theirs: fn(&Store) -> Result<(), LoadError>,
    /// A new blank plan: name, client.
    pub create_plan: fn(&Store, &str, &str) -> Result<PlanId, String>,
    /// Stores a plan that is about to be opened under a new id (kept in
    /// memory, unsaved, when storage is full).
    pub add_plan: fn(&Store, &Plan) -> Result<PlanId, String>,
    /// Renames a stored plan.
    pub rename_plan: fn(&Store, &PlanId, &str) -> Result<(), String>,
    /// Copies a stored plan under a new id.
    pub duplicate_plan: fn(&Store, &PlanId) -> Result<PlanId, String>,
    /// Downloads a plan as a `.json` file.
    pub export_plan: fn(&Store, &PlanId),
    /// Replaces the open plan (an import), undoably.
    pub replace_current: fn(&Store, Plan) -> Result<(), String>,
    /// Reads an imported file's text: the plan and its named versions.
    pub decode: fn(&str) -> Result<PlanFile, LoadError>,
    /// The preview dialog of an imported file.
    pub import_preview: fn(ImportPreview) -> AnyView,
    /// Adds named versions (from an imported file) to a stored plan's.
    pub add_versions: fn(&Store, &PlanId, &[Version]) -> Result<(), String>,
    /// Why a file, stored text or link was refused, in a language.
    pub describe_load: fn(Lang, &LoadError) -> String,
    /// A stored plan's share link payload, after saving the open one.
    pub share: fn(&Store, &PlanId) -> Result<Share, String>,
    /// A stored plan's name and export text (the open one as last saved).
    pub export_text: fn(&Store, &PlanId) -> Result<super::Exported, String>,
    /// Stores an exported plan's text under `id` when no plan has it, else
    /// under a new id; returns the id.
    pub add_exported: fn(&Store, &str, Option<&PlanId>) -> Result<PlanId, String>,
    /// The full backup file of the library.
    pub backup_text: fn(&Store) -> Result<String, String>,
    /// A backup file read whole, with how each plan stands here.
    pub read_backup: fn(&Store, &str) -> Result<super::backups::Preview, String>,
    /// Restores a backup by the person's choices.
    pub restore_from: fn(&Store, &Backup, &Choices) -> Result<RestoreReport, String>,
}

/// The table. Only the plan code names it, so in a split build it and what
/// it points at are fetched with that code.
static PLAN_CODE: PlanCode = PlanCode {
    refresh: Store::refresh_all,
    undo: |s| s.step(crate::domain::History::undo),
    redo: |s| s.step(crate::domain::History::redo),
    save_now: Store::save_dirty,
    keep_mine: Store::keep_mine_now,
    load_theirs: Store::load_theirs_now,
    create_plan: Store::create_plan,
    add_plan: Store::add_new_plan,
    rename_plan: Store::rename_plan,
    duplicate_plan: Store::duplicate_plan,
    export_plan: Store::export_plan,
    replace_current: Store::replace_current,
    decode: |text| crate::storage::decode(text).map(|loaded| (loaded.plan, loaded.versions)),
    add_versions: Store::add_versions,
    import_preview: crate::ui::import_preview::view,
    describe_load: |lang, e| (crate::i18n::texts(lang).load().err_load)(e),
    share: |s, id| {
        s.save_now();
        let plan = s.read_plan(id)?;
        Ok(crate::storage::share::encode(
            &plan,
            crate::storage::browser::now(),
        ))
    },
    export_text: Store::export_text,
    add_exported: Store::add_exported,
    backup_text: Store::backup_text,
    read_backup: Store::read_backup,
    restore_from: Store::restore_from,
};

impl Store {
    /// Makes the plan code reachable from the shell; called by the plan
    /// code itself, before it opens a plan.
    pub(super) fn install_plan_code(&self) {
        self.plan_code.set_value(Some(&PLAN_CODE));
    }

    /// The plan code, when it is there. Always there in a build that is
    /// not split.
    pub fn plan_code_now(&self) -> Option<&'static PlanCode> {
        #[cfg(not(cap_split))]
        return Some(&PLAN_CODE);
        #[cfg(cap_split)]
        self.plan_code.get_value()
    }

    /// Runs `f` with the plan code: at once when it is there, else once it
    /// is fetched (a few milliseconds, from the service worker's cache
    /// after the first time). A fetch that fails runs `failed` with the
    /// reason instead, to show it where the person acted: nothing was done,
    /// nothing stored is touched.
    pub fn plan_code_or(
        &self,
        f: impl FnOnce(&'static PlanCode) + 'static,
        failed: impl FnOnce(String) + 'static,
    ) {
        let Some(code) = self.plan_code_now() else {
            #[cfg(cap_split)]
            {
                let store = *self;
                leptos::task::spawn_local(async move {
                    match load_plan_code().await {
                        Ok(code) => {
                            store.plan_code.set_value(Some(code));
                            f(code);
                        }
                        Err(_) => {
                            let t = crate::i18n::texts(store.lang.get_untracked());
                            failed(t.code_load_failed.to_string());
                        }
                    }
                });
            }
            #[cfg(not(cap_split))]
            drop(failed);
            return;
        };
        f(code);
    }

    /// Why `e` was refused, in the interface language. Every `LoadError`
    /// comes from the plan code, so it is there to word it.
    pub fn describe_load(&self, e: &LoadError) -> String {
        match self.plan_code_now() {
            Some(code) => (code.describe_load)(self.lang.get_untracked(), e),
            None => e.to_string(),
        }
    }

    /// Starts fetching the plan code when the person shows an intent to
    /// use it (the pointer on, or the focus in, the library's actions), so
    /// that the action itself finds it there; a failure is left for the
    /// action to say.
    pub fn preload_plan_code(&self) {
        self.plan_code_or(|_| {}, |_| {});
    }

    /// The plan code, awaited: for code that is itself fetched on use.
    pub async fn plan_code(&self) -> Result<&'static PlanCode, String> {
        if let Some(code) = self.plan_code_now() {
            return Ok(code);
        }
        #[cfg(cap_split)]
        if let Ok(code) = load_plan_code().await {
            self.plan_code.set_value(Some(code));
            return Ok(code);
        }
        Err(crate::i18n::texts(self.lang.get_untracked())
            .code_load_failed
            .to_string())
    }

    /// [`Store::plan_code_or`], saying a failed fetch in a toast: for what has
    /// no place of its own to say it (a download, the listing).
    pub fn plan_code_then(&self, f: impl FnOnce(&'static PlanCode) + 'static) {
        let store = *self;
        self.plan_code_or(f, move |why| store.toast(why, None, true));
    }
}

/// The table, from the plan pages' module (fetched by the first call).
#[cfg(cap_split)]
#[leptos::wasm_split::wasm_split(plan, wasm_split_path = ::leptos::wasm_split, fallible)]
fn load_plan_code() -> Result<&'static PlanCode, leptos::wasm_split::SplitLoaderError> {
    Ok(&PLAN_CODE)
}
