//! Restoring a full backup (`storage::backup`): a preview of what each plan
//! of the file would do here, then the person's choices, checked in full
//! before anything is written, applied one plan at a time.
//!
//! Nothing is overwritten without a choice: a plan that differs from the
//! one stored here has no default, and [`Library::restore_backup`] refuses
//! choices that leave one out. Each plan is written in one `set`, and its
//! versions join the stored ones (none stored is ever dropped); when they
//! cannot, the plan's write is undone, so a plan comes back with its
//! versions or not at all.

mod choices;

pub use choices::{
    Choice, Choices, Outcome, RestoreError, RestoreItem, RestoreReport, RestoreStatus,
};

use super::{Library, PlanId, VersionError, TRASH_PREFIX};
use crate::{
    domain::{validate, Plan, Problem, Severity},
    storage::{
        backup::{self, BackedUp, Backup},
        envelope,
        kv::{KvStore, StorageError},
        versions::{self, Version},
    },
};
use chrono::{DateTime, Utc};

fn trash_key(id: &PlanId) -> String {
    format!("{TRASH_PREFIX}{id}")
}

impl<S: KvStore> Library<S> {
    /// How each plan of `backup` stands against this library.
    pub fn restore_preview(&self, backup: &Backup) -> Result<Vec<RestoreItem>, StorageError> {
        backup
            .plans
            .iter()
            .map(|entry| {
                Ok(RestoreItem {
                    id: entry.id.clone(),
                    name: entry.loaded.plan.name.clone(),
                    client: entry.loaded.plan.client.clone(),
                    saved_at: entry.loaded.saved_at,
                    status: self.restore_status(entry)?,
                })
            })
            .collect()
    }

    fn restore_status(&self, entry: &BackedUp) -> Result<RestoreStatus, StorageError> {
        let Some(stored) = self.store.get(&entry.id.key())? else {
            return Ok(match self.store.get(&trash_key(&entry.id))? {
                Some(_) => RestoreStatus::InTrash,
                None => RestoreStatus::New,
            });
        };
        if stored == entry.text {
            return Ok(RestoreStatus::Same);
        }
        Ok(match envelope::decode(&stored) {
            Ok(here) if here.plan == entry.loaded.plan => RestoreStatus::Same,
            Ok(here) => RestoreStatus::Differs {
                stored_saved_at: here.saved_at,
            },
            Err(_) => RestoreStatus::Differs {
                stored_saved_at: None,
            },
        })
    }

    /// Restores `backup` with the person's `choices`, which are all checked
    /// against this library first. Then the plans are written one by one
    /// (a full storage stops only the plans that do not fit, as the report
    /// says), the trashed plans of ids this library does not store (nor
    /// trash) go back to the trash, and the kept texts back under their keys.
    pub fn restore_backup(
        &self,
        backup: &Backup,
        choices: &Choices,
    ) -> Result<RestoreReport, RestoreError> {
        let mut steps = Vec::new();
        let mut unchosen = Vec::new();
        let mut new_ids: Vec<&PlanId> = Vec::new();
        for entry in &backup.plans {
            let status = self.restore_status(entry)?;
            let Some(choice) = choices.get(&entry.id) else {
                unchosen.push(entry.id.clone());
                continue;
            };
            if !choice.allowed(&status) {
                return Err(RestoreError::NotAllowed {
                    id: entry.id.clone(),
                    status,
                    choice: choice.clone(),
                });
            }
            if let Choice::KeepBoth { id, .. } = choice {
                let in_backup = backup
                    .plans
                    .iter()
                    .chain(&backup.trash)
                    .any(|e| e.id == *id);
                if in_backup || new_ids.contains(&id) || self.id_used(id)? {
                    return Err(RestoreError::IdTaken(id.clone()));
                }
                new_ids.push(id);
            }
            steps.push((entry, self.plan_to_write(backup, entry, choice)?));
        }
        if !unchosen.is_empty() {
            return Err(RestoreError::Unchosen(unchosen));
        }
        let mut report = RestoreReport::default();
        for (entry, write) in steps {
            let outcome = match write {
                None => Outcome::Skipped,
                Some((id, text, plan, saved_at, replace)) => {
                    let put = self.put_plan(&id, &text, &plan, saved_at, &entry.versions, replace);
                    match put {
                        Ok(()) => Outcome::Written(id),
                        Err(why) => Outcome::Failed(why),
                    }
                }
            };
            report.plans.push((entry.id.clone(), outcome));
        }
        for entry in &backup.trash {
            let outcome = self.put_trashed(entry);
            report.trash.push((entry.id.clone(), outcome));
        }
        for kept in &backup.kept {
            let outcome = match self.put_kept(&kept.key, &kept.text) {
                Ok(outcome) => outcome,
                Err(why) => Outcome::Failed(why.into()),
            };
            report.kept.push((kept.key.clone(), outcome));
        }
        Ok(report)
    }

    /// Whether anything of this library is stored under plan `id`.
    fn id_used(&self, id: &PlanId) -> Result<bool, StorageError> {
        for key in [id.key(), trash_key(id), versions::key(id)] {
            if self.store.get(&key)?.is_some() {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// What `choice` writes for `entry`: where, the text, the plan it reads
    /// as, its save time, and whether it replaces a stored text.
    #[allow(clippy::type_complexity)]
    fn plan_to_write(
        &self,
        backup: &Backup,
        entry: &BackedUp,
        choice: &Choice,
    ) -> Result<Option<(PlanId, String, Plan, Option<DateTime<Utc>>, bool)>, RestoreError> {
        let loaded = &entry.loaded;
        Ok(match choice {
            Choice::Skip => None,
            Choice::Add | Choice::Replace => Some((
                entry.id.clone(),
                entry.text.clone(),
                loaded.plan.clone(),
                loaded.saved_at,
                *choice == Choice::Replace,
            )),
            Choice::KeepBoth { id, name } => {
                let mut plan = loaded.plan.clone();
                plan.name = name.clone();
                let problems: Vec<Problem> = validate(&plan)
                    .into_iter()
                    .filter(|p| p.severity == Severity::Error)
                    .collect();
                if !problems.is_empty() {
                    return Err(RestoreError::BadCopy {
                        id: entry.id.clone(),
                        problems,
                    });
                }
                let saved_at = loaded.saved_at.unwrap_or(backup.made_at);
                let text = envelope::encode(&plan, saved_at, false);
                Some((id.clone(), text, plan, Some(saved_at), false))
            }
        })
    }

    /// Writes plan `id` and merges `incoming` into its versions; undoes the
    /// plan's write when the versions cannot be written.
    fn put_plan(
        &self,
        id: &PlanId,
        text: &str,
        plan: &Plan,
        saved_at: Option<DateTime<Utc>>,
        incoming: &[Version],
        replace: bool,
    ) -> Result<(), VersionError> {
        let key = id.key();
        let before = self.store.get(&key)?;
        if let (true, Some(stored)) = (replace, &before) {
            if envelope::decode(stored).is_err() {
                self.backup(id, stored)?;
            }
        }
        self.write_plan(&key, text)?;
        if let Err(why) = self.add_versions(id, incoming) {
            let _ = match &before {
                Some(stored) => self.store.set(&key, stored),
                None => self.store.remove(&key),
            };
            return Err(why);
        }
        self.remember(id, text, plan, saved_at);
        Ok(())
    }

    /// Puts a trashed plan of the backup back in the trash, with its
    /// versions, unless this library stores or trashes a plan of that id (a
    /// stored one may be that plan, taken back out of the trash).
    fn put_trashed(&self, entry: &BackedUp) -> Outcome<PlanId> {
        let key = trash_key(&entry.id);
        let result = (|| -> Result<bool, VersionError> {
            if self.store.get(&key)?.is_some() || self.store.get(&entry.id.key())?.is_some() {
                return Ok(false);
            }
            self.write_plan(&key, &entry.text)?;
            if let Err(why) = self.add_versions(&entry.id, &entry.versions) {
                let _ = self.store.remove(&key);
                return Err(why);
            }
            Ok(true)
        })();
        match result {
            Ok(true) => Outcome::Written(entry.id.clone()),
            Ok(false) => Outcome::Skipped,
            Err(why) => Outcome::Failed(why),
        }
    }

    /// Puts a kept text back under its key, or under a backup copy's key
    /// when its own holds another text here.
    fn put_kept(&self, key: &str, text: &str) -> Result<Outcome<String>, StorageError> {
        Ok(match self.store.get(key)? {
            None => {
                self.write_plan(key, text)?;
                Outcome::Written(key.to_string())
            }
            Some(here) if here == text => Outcome::Skipped,
            Some(_) => Outcome::Written(self.backup_under(&backup::copy_base(key), text)?),
        })
    }
}
