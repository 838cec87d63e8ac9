//! Another tab changed or deleted the open plan: noticed through the
//! `storage` event, and resolved only by the person's choice.

use super::{Conflict, SaveStatus, Store};
use crate::{
    domain::Command,
    storage::{browser, LoadError},
};
use leptos::prelude::*;

impl Store {
    /// Another tab wrote `key` (the `storage` event).
    pub fn on_storage_event(&self, key: Option<String>, new_value: Option<String>) {
        let Some(key) = key else {
            // localStorage.clear() in another tab.
            self.refresh();
            return;
        };
        if !key.starts_with("cap.") {
            return;
        }
        if let Some(id) = self.current_id() {
            if key == id.key() && new_value != self.stored_raw.get_value() {
                self.conflict.set(Some(match new_value {
                    Some(raw) => Conflict::Changed(raw),
                    None => Conflict::Deleted,
                }));
                self.status.set(SaveStatus::Conflict);
            }
        }
        self.refresh();
    }

    /// Conflict resolved by keeping this tab's version (overwrites theirs).
    pub fn keep_mine(&self) {
        if let Some(code) = self.plan_code_now() {
            (code.keep_mine)(self);
        }
    }

    pub(super) fn keep_mine_now(&self) {
        let Some(open) = self.current.get_untracked() else {
            return;
        };
        match self
            .library
            .with_value(|l| l.overwrite(&open.id, &open.plan, browser::now()))
        {
            Ok(raw) => {
                self.conflict.set(None);
                self.saved(open.id, open.plan.name, open.plan.client, raw);
            }
            Err(e) => self.status.set(SaveStatus::Failed(e)),
        }
    }

    /// Conflict resolved by loading the other tab's version; undo brings
    /// this tab's version back.
    pub fn load_theirs(&self) -> Result<(), LoadError> {
        match self.plan_code_now() {
            Some(code) => (code.load_theirs)(self),
            None => Ok(()),
        }
    }

    /// Whether the open plan has edits not stored yet.
    pub fn has_unsaved(&self) -> bool {
        self.dirty.get_value()
    }

    /// The sync stored another version of `id`: when it is the open plan,
    /// it follows as one step undo takes back, and is stored as it is.
    pub(crate) fn take_synced(
        &self,
        id: &crate::storage::PlanId,
        plan: &crate::domain::Plan,
        raw: &str,
    ) {
        if self.current_id().as_ref() != Some(id) {
            return;
        }
        self.history.update_value(|history| {
            self.current.update(|c| {
                if let Some(open) = c.as_mut().filter(|o| o.plan != *plan) {
                    let replace = Command::ReplacePlan(Box::new(plan.clone()));
                    let _ = history.execute(&mut open.plan, replace, browser::now_ms());
                }
            })
        });
        self.stored_raw.set_value(Some(raw.to_string()));
        self.dirty.set_value(false);
        self.sync_history();
    }

    pub(super) fn load_theirs_now(&self) -> Result<(), LoadError> {
        let Some(Conflict::Changed(raw)) = self.conflict.get_untracked() else {
            return Ok(());
        };
        let loaded = crate::storage::decode(&raw)?;
        self.history.update_value(|history| {
            self.current.update(|c| {
                if let Some(open) = c {
                    let replace = Command::ReplacePlan(Box::new(loaded.plan));
                    let _ = history.execute(&mut open.plan, replace, browser::now_ms());
                }
            })
        });
        self.stored_raw.set_value(Some(raw));
        self.dirty.set_value(false);
        self.conflict.set(None);
        self.status.set(SaveStatus::Saved);
        self.sync_history();
        Ok(())
    }
}
