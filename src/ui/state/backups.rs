//! Full backups of the library, for the library's "keeping your plans
//! safe" section: made, read with a preview, restored by the person's
//! choices. Reached through the plan code (they read plans with it).

use super::Store;
use crate::{
    i18n::texts,
    storage::{
        backup, browser, Backup, BackupError, Choices, RestoreError, RestoreItem, RestoreReport,
    },
};
use leptos::prelude::*;

/// A backup file read whole, and how each of its plans stands here.
pub type Preview = (Backup, Vec<RestoreItem>);

impl Store {
    /// The full backup file, after saving the open plan.
    pub fn backup_text(&self) -> Result<String, String> {
        self.save_now();
        self.library
            .with_value(|l| l.backup_file(browser::now()))
            .map_err(|e| (texts(self.lang.get_untracked()).err_storage)(&e))
    }

    /// Reads a backup file whole and says, plan by plan, how it stands
    /// against this library; a refused file says why, with its field.
    pub fn read_backup(&self, text: &str) -> Result<Preview, String> {
        let t = texts(self.lang.get_untracked());
        let backup = backup::decode(text).map_err(|e| {
            let plan = match &e {
                BackupError::Plan { error, .. } => (t.load().err_load)(error),
                BackupError::Version(error) => (t.load().err_load)(error),
                _ => String::new(),
            };
            (t.keep().backup_refused)(&(t.keep().backup_why)(&e, &plan))
        })?;
        let items = self
            .library
            .with_value(|l| l.restore_preview(&backup))
            .map_err(|e| (t.err_storage)(&e))?;
        Ok((backup, items))
    }

    /// Restores `backup` with the person's choices, then lists the library again.
    pub fn restore_from(
        &self,
        backup: &Backup,
        choices: &Choices,
    ) -> Result<RestoreReport, String> {
        let report = self
            .library
            .with_value(|l| l.restore_backup(backup, choices))
            .map_err(|e| match e {
                RestoreError::Storage(e) => (texts(self.lang.get_untracked()).err_storage)(&e),
                RestoreError::Unchosen(_) => texts(self.lang.get_untracked())
                    .keep()
                    .restore_need_choice
                    .to_string(),
                other => other.to_string(),
            });
        self.refresh();
        report
    }
}
