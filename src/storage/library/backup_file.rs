//! Making the full backup file of the library (`storage::backup`), and
//! when the last one was made.

use super::{Entry, Library, PlanId, BACKUP_PREFIX, TRASH_PREFIX};
use crate::storage::{
    backup::{self, EntryOut, KeptOut, LAST_BACKUP_KEY},
    envelope,
    kv::{KvStore, StorageError},
    plan_id::PLAN_PREFIX,
    versions::{self, Version},
};
use chrono::{DateTime, Utc};
use std::collections::BTreeMap;

impl<S: KvStore> Library<S> {
    /// The full backup file of the library as it is (see
    /// `storage::backup`). A plan or trashed plan that reads is carried
    /// with its versions when every one of them opens; any other text of
    /// the library is carried as it was under its key, so the file holds
    /// everything and always reads back.
    pub fn backup_file(&self, now: DateTime<Utc>) -> Result<String, StorageError> {
        let mut plans: BTreeMap<PlanId, String> = BTreeMap::new();
        let mut trash: BTreeMap<PlanId, String> = BTreeMap::new();
        let mut stored_versions: Vec<(PlanId, String, String)> = Vec::new();
        let mut kept: BTreeMap<String, String> = BTreeMap::new();
        for key in self.store.keys()? {
            let Some(text) = self.store.get(&key)? else {
                continue;
            };
            let id_after = |prefix: &str| key.strip_prefix(prefix).and_then(PlanId::parse);
            if let Some(id) = id_after(PLAN_PREFIX) {
                match envelope::decode(&text) {
                    Ok(_) => plans.insert(id, text),
                    Err(_) => kept.insert(key, text),
                };
            } else if let Some(id) = id_after(TRASH_PREFIX) {
                match envelope::decode(&text) {
                    Ok(_) => trash.insert(id, text),
                    Err(_) => kept.insert(key, text),
                };
            } else if let Some(id) = id_after(versions::KEY_PREFIX) {
                stored_versions.push((id, key, text));
            } else if (key.starts_with(BACKUP_PREFIX) || key.starts_with(versions::BACKUP_PREFIX))
                && backup::is_kept_key(&key)
            {
                kept.insert(key, text);
            }
        }
        // Versions go with their plan (or trashed plan) when every one of
        // them opens; otherwise they are carried as they were.
        let mut attached: BTreeMap<PlanId, Vec<Version>> = BTreeMap::new();
        for (id, key, text) in stored_versions {
            let owned = plans.contains_key(&id) || trash.contains_key(&id);
            match versions::read_stored(&text, true) {
                Ok(list) if owned => {
                    attached.insert(id, list);
                }
                _ => {
                    kept.insert(key, text);
                }
            }
        }
        let none: &[Version] = &[];
        let plans_out: Vec<EntryOut<'_>> = plans
            .iter()
            .map(|(id, text)| EntryOut {
                id,
                text,
                versions: attached.get(id).map_or(none, Vec::as_slice),
            })
            .collect();
        // A plan both stored and in the trash carries its versions once,
        // with the stored plan (a restore puts back only the stored one).
        let trash_out: Vec<EntryOut<'_>> = trash
            .iter()
            .map(|(id, text)| EntryOut {
                id,
                text,
                versions: match plans.contains_key(id) {
                    true => none,
                    false => attached.get(id).map_or(none, Vec::as_slice),
                },
            })
            .collect();
        let kept_out: Vec<KeptOut<'_>> = kept
            .iter()
            .map(|(key, text)| KeptOut { key, text })
            .collect();
        Ok(backup::encode(now, &plans_out, &trash_out, &kept_out))
    }

    /// When the last full backup was made (`None`: never, or unreadable).
    pub fn last_backup(&self) -> Result<Option<DateTime<Utc>>, StorageError> {
        Ok(self
            .store
            .get(LAST_BACKUP_KEY)?
            .and_then(|at| DateTime::parse_from_rfc3339(&at).ok())
            .map(|at| at.with_timezone(&Utc)))
    }

    /// Records that a full backup was made `at` (once it is downloaded).
    pub fn set_last_backup(&self, at: DateTime<Utc>) -> Result<(), StorageError> {
        self.store.set(LAST_BACKUP_KEY, &at.to_rfc3339())
    }

    /// The newest save time of the library's plans (`None`: no plan saved).
    pub fn last_change(&self) -> Result<Option<DateTime<Utc>>, StorageError> {
        Ok(self
            .list()?
            .iter()
            .filter_map(|e| match e {
                Entry::Readable { saved_at, .. } => *saved_at,
                Entry::Unreadable { .. } => None,
            })
            .max())
    }

    /// Whether a full backup is due ([`backup::backup_due`]).
    pub fn backup_due(&self) -> Result<bool, StorageError> {
        Ok(backup::backup_due(self.last_backup()?, self.last_change()?))
    }
}
