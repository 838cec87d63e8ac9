//! Library operations of the store: create, rename, duplicate, delete,
//! import, export. Each reports failure as a text for the person.

use super::Store;
use crate::{
    domain::{apply, Command, Plan},
    i18n::texts,
    storage::{
        browser, encode_export, envelope,
        library::{VersionError, TRASH_PREFIX},
        versions::Version,
        PlanId, SaveError,
    },
};
use leptos::prelude::*;

/// A plan as exported: its name and the file's text.
pub struct Exported {
    /// The plan's name.
    pub name: String,
    /// The export's text.
    pub text: String,
}

impl Store {
    fn t(&self) -> &'static crate::i18n::Texts {
        texts(self.lang.get_untracked())
    }

    fn save_error(&self, e: SaveError) -> String {
        match e {
            SaveError::Storage(e) => (self.t().err_storage)(&e),
            SaveError::Conflict => self.t().conflict_title.to_string(),
        }
    }

    /// Stores a new plan under a fresh id and lists it.
    pub fn add_plan(&self, plan: &Plan) -> Result<PlanId, String> {
        let id = browser::new_plan_id();
        self.library
            .with_value(|l| l.save(&id, plan, browser::now(), None))
            .map_err(|e| self.save_error(e))?;
        self.refresh();
        self.kept(&id);
        Ok(id)
    }

    /// Stores a new plan that is about to be opened. When storage is full
    /// it is opened in memory instead, unsaved and said so, like any edit
    /// that cannot be stored (never lost, nor refused).
    pub fn add_new_plan(&self, plan: &Plan) -> Result<PlanId, String> {
        let id = browser::new_plan_id();
        match self
            .library
            .with_value(|l| l.save(&id, plan, browser::now(), None))
        {
            Ok(_) => {
                self.refresh();
                self.kept(&id);
                Ok(id)
            }
            Err(SaveError::Storage(why @ crate::storage::StorageError::QuotaExceeded)) => {
                if self.open_unsaved(id.clone(), plan.clone(), why) {
                    Ok(id)
                } else {
                    Err(self.t().plan().leave_blocked_short.to_string())
                }
            }
            Err(e) => Err(self.save_error(e)),
        }
    }

    /// A blank plan named `name` for `client`, starting today.
    pub fn create_plan(&self, name: &str, client: &str) -> Result<PlanId, String> {
        let lang = self.lang.get_untracked();
        let mut plan = Plan::new(name, browser::now().date_naive(), lang);
        apply(&mut plan, Command::SetName(name.to_string()))
            .map_err(|e| (self.t().plan().err_command)(&e))?;
        apply(&mut plan, Command::SetClient(client.to_string()))
            .map_err(|e| (self.t().plan().err_command)(&e))?;
        // "My defaults": the branding kept in this browser, if any.
        if let Some(branding) = browser::load_branding_defaults() {
            let _ = apply(&mut plan, Command::SetBranding(Box::new(branding)));
        }
        self.add_new_plan(&plan)
    }

    /// Reads a stored plan that is not the open one.
    fn read(&self, id: &PlanId) -> Result<(Plan, String), String> {
        if let Some(open) = self.current.get_untracked().filter(|o| &o.id == id) {
            return Ok((open.plan, self.stored_raw.get_value().unwrap_or_default()));
        }
        self.library
            .with_value(|l| l.open(id))
            .map(|(loaded, raw)| (loaded.plan, raw))
            .map_err(|e| e.to_string())
    }

    /// Renames a plan (the open one through its history, so undo works).
    pub fn rename_plan(&self, id: &PlanId, name: &str) -> Result<(), String> {
        let command = Command::SetName(name.to_string());
        if self.current_id().as_ref() == Some(id) {
            self.dispatch(command)
                .map_err(|e| (self.t().plan().err_command)(&e))?;
            self.save_now();
            return Ok(());
        }
        let (mut plan, raw) = self.read(id)?;
        apply(&mut plan, command).map_err(|e| (self.t().plan().err_command)(&e))?;
        self.library
            .with_value(|l| l.save(id, &plan, browser::now(), Some(&raw)))
            .map_err(|e| self.save_error(e))?;
        self.refresh();
        self.kept(id);
        Ok(())
    }

    /// Copies a plan under a new id, named "… (copy)".
    pub fn duplicate_plan(&self, id: &PlanId) -> Result<PlanId, String> {
        self.save_now();
        let (mut plan, _) = self.read(id)?;
        plan.name = crate::domain::copy_name(&(self.t().copy_of)(&plan.name));
        self.add_plan(&plan)
    }

    /// Moves a plan to the trash, with an undo toast.
    pub fn delete_plan(&self, id: &PlanId) {
        if self.current_id().as_ref() == Some(id) {
            self.save_now();
            self.current.set(None);
            self.stored_raw.set_value(None);
            self.conflict.set(None);
        }
        let name = self.entries.with_untracked(|es| {
            es.iter().find_map(|e| match e {
                crate::storage::Entry::Readable { id: eid, name, .. } if eid == id => {
                    Some(name.clone())
                }
                _ => None,
            })
        });
        match self.library.with_value(|l| l.delete(id)) {
            Ok(Some(raw)) => {
                self.sync_deleted(id);
                let name = name.unwrap_or_default();
                self.toast(
                    (self.t().deleted_toast)(&name),
                    Some((id.clone(), raw)),
                    false,
                );
            }
            Ok(None) => {}
            Err(e) => self.toast((self.t().err_storage)(&e), None, true),
        }
        self.refresh();
    }

    /// Restores a plan from the trash.
    pub fn restore_plan(&self, id: &PlanId, raw: &str) {
        match self.library.with_value(|l| l.restore(id, raw)) {
            Ok(()) => self.sync_saved(id),
            Err(e) => self.toast(self.save_error(e), None, true),
        }
        self.refresh();
    }

    /// Erases a trashed plan for good.
    pub fn purge_plan(&self, id: &PlanId) {
        match self.library.with_value(|l| l.purge(id)) {
            Ok(()) => {
                let (store, id) = (*self, id.clone());
                self.keep_then(move |code| (code.plan_purged)(&store, &id));
            }
            Err(e) => self.toast((self.t().err_storage)(&e), None, true),
        }
        self.refresh();
    }

    /// Erases an unreadable plan (its backup copy stays).
    pub fn discard_unreadable(&self, id: &PlanId) {
        if let Err(e) = self.library.with_value(|l| l.discard_unreadable(id)) {
            self.toast((self.t().err_storage)(&e), None, true);
        }
        self.refresh();
    }

    /// A copy of a stored plan (the open one as it is in memory), to share it.
    pub fn read_plan(&self, id: &PlanId) -> Result<Plan, String> {
        self.read(id).map(|(plan, _)| plan)
    }

    /// Downloads the plan as a pretty-printed `.json` envelope: the text
    /// the plans folder holds, dated when the plan was last saved.
    pub fn export_plan(&self, id: &PlanId) {
        self.save_now();
        let result = self.export_text(id).and_then(|Exported { name, text }| {
            browser::download(
                &envelope::file_name(&name, browser::now(), "json"),
                &text,
                "application/json",
            )
        });
        if let Err(e) = result {
            self.toast(e, None, true);
        }
    }

    /// A plan's name and export text. The open plan is exported as it is in
    /// memory, dated when it was last saved when nothing changed since (the
    /// plans folder's copy is then the same text), else now: an edit the
    /// storage refused is in the export all the same.
    pub fn export_text(&self, id: &PlanId) -> Result<Exported, String> {
        let open = self
            .current
            .with_untracked(|c| c.as_ref().filter(|o| &o.id == id).map(|o| o.plan.clone()));
        let (plan, at) = match open {
            Some(plan) => {
                let at = match self.dirty.get_value() {
                    true => None,
                    false => self
                        .stored_raw
                        .with_value(|raw| raw.as_deref().and_then(saved_at)),
                };
                (plan, at)
            }
            None => {
                let (loaded, _) = self
                    .library
                    .with_value(|l| l.open(id))
                    .map_err(|e| e.to_string())?;
                (loaded.plan, loaded.saved_at)
            }
        };
        // Versions that cannot be read stay stored, with their copy; the
        // export carries the plan all the same.
        let versions = self
            .library
            .with_value(|l| l.versions(id))
            .unwrap_or_default();
        Ok(Exported {
            text: encode_export(&plan, &versions, at.unwrap_or_else(browser::now)),
            name: plan.name,
        })
    }

    /// Stores an exported plan's text under `id` when that id is free in
    /// the library and its trash, else under a new id.
    pub fn add_exported(&self, text: &str, id: Option<&PlanId>) -> Result<PlanId, String> {
        let loaded = crate::storage::decode(text).map_err(|e| (self.t().load().err_load)(&e))?;
        let id = match id {
            Some(id) if !self.has_plan(id) => id.clone(),
            _ => browser::new_plan_id(),
        };
        let at = loaded.saved_at.unwrap_or_else(browser::now);
        self.library
            .with_value(|l| l.save(&id, &loaded.plan, at, None))
            .map_err(|e| self.save_error(e))?;
        self.add_versions(&id, &loaded.versions)?;
        self.kept(&id);
        Ok(id)
    }

    /// Whether the library stores a plan under `id`, or has one in its
    /// trash, read from storage (the listing may still be reading some).
    pub fn has_plan(&self, id: &PlanId) -> bool {
        self.library.with_value(|l| {
            [id.key(), format!("{TRASH_PREFIX}{id}")]
                .iter()
                .any(|key| !matches!(l.raw(key), Ok(None)))
        })
    }

    /// Adds named versions (read from a file) to a stored plan's; the ones
    /// it already has are kept as they are.
    pub fn add_versions(&self, id: &PlanId, versions: &[Version]) -> Result<(), String> {
        if versions.is_empty() {
            return Ok(());
        }
        self.library
            .with_value(|l| l.add_versions(id, versions))
            .map_err(|e| match e {
                VersionError::Storage(e) => (self.t().err_storage)(&e),
                VersionError::Unreadable { error, .. } => (self.t().load().err_load)(&error),
                other => other.to_string(),
            })
    }

    /// Downloads a stored raw text (an unreadable plan's backup) as it is.
    pub fn download_raw(&self, key: &str, id: &PlanId) {
        let result = self
            .library
            .with_value(|l| l.raw(key))
            .map_err(|e| (self.t().err_storage)(&e))
            .and_then(|raw| {
                let raw = raw.unwrap_or_default();
                browser::download(&format!("cap-backup-{id}.json"), &raw, "application/json")
            });
        if let Err(e) = result {
            self.toast(e, None, true);
        }
    }

    /// Replaces the open plan with an imported one, as one undoable step.
    pub fn replace_current(&self, plan: Plan) -> Result<(), String> {
        self.dispatch(Command::ReplacePlan(Box::new(plan)))
            .map_err(|e| (self.t().plan().err_command)(&e))?;
        self.save_now();
        Ok(())
    }
}

/// The save time of a stored envelope, read without the plan's sections.
fn saved_at(raw: &str) -> Option<chrono::DateTime<chrono::Utc>> {
    #[derive(serde::Deserialize)]
    struct SavedAt {
        saved_at: chrono::DateTime<chrono::Utc>,
    }
    serde_json::from_str::<SavedAt>(raw)
        .ok()
        .map(|s| s.saved_at)
}
