//! The autosave: an edit marks the open plan changed, and it is written
//! once the edits pause, or at once when the page is hidden or left.

use super::{Conflict, SaveStatus, Store};
use crate::{
    storage::{browser, Entry, PlanId, SaveError, StorageError},
    ui::perf::set_changed,
};
use leptos::prelude::*;
use std::time::Duration;

/// Delay between the last edit and the autosave.
const AUTOSAVE_DELAY: Duration = Duration::from_millis(400);

impl Store {
    /// Marks the open plan changed: undo and redo follow, and the
    /// autosave runs once the edits pause.
    pub(super) fn changed(&self) {
        self.sync_history();
        // A toast's Undo stands for the change before this one.
        if self.toasts.with_untracked(|t| t.iter().any(|x| x.undo)) {
            self.toasts.update(|t| t.retain(|x| !x.undo));
        }
        self.dirty.set_value(true);
        if self.conflict.with_untracked(Option::is_some) {
            return;
        }
        set_changed(self.status, SaveStatus::Pending);
        let store = *self;
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
        }
        let handle = set_timeout_with_handle(move || store.save_dirty(), AUTOSAVE_DELAY).ok();
        self.timer.set_value(handle);
    }

    /// Writes the open plan now if it has unsaved changes (autosave, and the
    /// flush on `pagehide` / `visibilitychange`). Nothing to do when the plan
    /// code is not there: no plan was opened.
    pub fn save_now(&self) {
        if let Some(code) = self.plan_code_now() {
            (code.save_now)(self);
        }
    }

    /// Writes the open plan if it has unsaved changes, unless a conflict
    /// waits or it is a shared plan.
    pub(super) fn save_dirty(&self) {
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
            self.timer.set_value(None);
        }
        if !self.dirty.get_value()
            || self.conflict.with_untracked(Option::is_some)
            || self.shared.get_untracked()
        {
            return;
        }
        // Borrowed, not cloned: the save only reads the plan.
        let Some((id, result)) = self.current.with_untracked(|c| {
            c.as_ref().map(|open| {
                let result = self.stored_raw.with_value(|expected| {
                    self.library.with_value(|l| {
                        l.save(&open.id, &open.plan, browser::now(), expected.as_deref())
                    })
                });
                let listed = (open.plan.name.clone(), open.plan.client.clone());
                (open.id.clone(), result.map(|raw| (raw, listed)))
            })
        }) else {
            return;
        };
        match result {
            Ok((raw, (name, client))) => self.saved(id, name, client, raw),
            Err(SaveError::Conflict) => {
                let theirs = self.library.with_value(|l| l.raw(&id.key()));
                self.conflict.set(Some(match theirs {
                    Ok(Some(raw)) => Conflict::Changed(raw),
                    _ => Conflict::Deleted,
                }));
                self.status.set(SaveStatus::Conflict);
            }
            Err(SaveError::Storage(e)) => self.status.set(SaveStatus::Failed(e)),
        }
    }

    /// Notes a successful write: the stored text, the status, and the
    /// plan first in the listing.
    pub(super) fn saved(&self, id: PlanId, name: String, client: String, raw: String) {
        self.stored_raw.set_value(Some(raw));
        self.dirty.set_value(false);
        self.status.set(if self.persistent {
            SaveStatus::Saved
        } else {
            SaveStatus::Failed(StorageError::Unavailable(String::new()))
        });
        self.kept(&id);
        let now = Some(browser::now());
        self.entries.update(|entries| {
            entries.retain(|e| e.id() != &id);
            let fresh = Entry::Readable {
                id,
                name,
                client,
                saved_at: now,
            };
            entries.insert(0, fresh);
        });
    }
}
