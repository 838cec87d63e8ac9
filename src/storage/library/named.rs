//! The named versions of each plan, stored apart from it under
//! `cap.versions.<id>` (see `storage::versions`).

use super::{Library, PlanId};
use crate::{
    domain::Plan,
    storage::{
        envelope::LoadError,
        kv::{KvStore, StorageError},
        versions::{self, NameError, Version},
    },
};
use chrono::{DateTime, Utc};
use thiserror::Error;

/// Why a plan's versions could not be read or added. Nothing stored
/// changed in any case.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum VersionError {
    /// The name given is not a version's name.
    #[error(transparent)]
    Name(#[from] NameError),
    /// Storage failed (full, unavailable).
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// The stored versions do not read. Their text is untouched, and a copy
    /// sits under `backup_key`; nothing writes over it.
    #[error("the stored versions cannot be read: {error}")]
    Unreadable {
        /// Why.
        error: Box<LoadError>,
        /// Where the text was copied, if the copy could be written.
        backup_key: Option<String>,
    },
}

impl<S: KvStore> Library<S> {
    /// The named versions of plan `id`, oldest first (none stored: none).
    pub fn versions(&self, id: &PlanId) -> Result<Vec<Version>, VersionError> {
        let Some(raw) = self.store.get(&versions::key(id))? else {
            return Ok(Vec::new());
        };
        versions::decode_stored(&raw).map_err(|error| VersionError::Unreadable {
            backup_key: self
                .backup_under(&format!("{}{id}", versions::BACKUP_PREFIX), &raw)
                .ok(),
            error: Box::new(error),
        })
    }

    /// Names the plan as it is `now`: adds a version of `plan` to plan
    /// `id`'s versions, in one write (a full storage refuses it whole).
    pub fn add_version(
        &self,
        id: &PlanId,
        plan: &Plan,
        name: &str,
        now: DateTime<Utc>,
    ) -> Result<Version, VersionError> {
        let version = Version::make(plan, name, now)?;
        self.add_versions(id, std::slice::from_ref(&version))?;
        Ok(version)
    }

    /// Adds `incoming` to plan `id`'s versions (those of a file just
    /// imported under `id`), in one write. A version already stored (same
    /// name and time) is kept as it is.
    pub fn add_versions(&self, id: &PlanId, incoming: &[Version]) -> Result<(), VersionError> {
        if incoming.is_empty() {
            return Ok(());
        }
        let stored = self.versions(id)?;
        let merged = versions::merge(stored.clone(), incoming);
        if merged != stored {
            self.write_plan(&versions::key(id), &versions::encode_stored(&merged))?;
        }
        Ok(())
    }

    /// Removes one version of plan `id` (only after the person confirmed);
    /// `false` when it was not there.
    pub fn delete_version(&self, id: &PlanId, version: &Version) -> Result<bool, VersionError> {
        let mut stored = self.versions(id)?;
        let before = stored.len();
        stored.retain(|v| !v.is(version));
        if stored.len() == before {
            return Ok(false);
        }
        let key = versions::key(id);
        if stored.is_empty() {
            self.store.remove(&key)?;
        } else {
            self.write_plan(&key, &versions::encode_stored(&stored))?;
        }
        Ok(true)
    }
}
