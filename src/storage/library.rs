//! The library of plans kept in the browser: one key per plan, so one
//! damaged plan never hides the others.
//!
//! Rules that keep plans safe:
//! - a plan that cannot be read is copied, as it is, under a backup key and
//!   listed with the reason; nothing ever writes over it without the
//!   person's choice;
//! - a save only replaces the text this tab last read or wrote (another
//!   tab's save is reported as a conflict, not overwritten);
//! - a deleted plan goes to the trash first and can be restored.

pub use crate::storage::plan_id::PlanId;
use crate::{
    domain::Plan,
    storage::{
        encoder::Encoder,
        envelope::{self, LoadError, Loaded},
        index::INDEX_KEY,
        kv::{KvStore, StorageError},
        versions,
    },
};
use chrono::{DateTime, Utc};
use std::cell::RefCell;
use thiserror::Error;

mod backup_file;
mod listing;
mod named;
mod restore;

pub use named::VersionError;
pub use restore::{
    Choice, Choices, Outcome, RestoreError, RestoreItem, RestoreReport, RestoreStatus,
};

/// The storage key prefix of copies of unreadable plan texts.
pub const BACKUP_PREFIX: &str = "cap.backup.";
/// The storage key prefix of plans in the trash.
pub const TRASH_PREFIX: &str = "cap.trash.";
/// Key of the app's settings (language, last plan opened).
pub const SETTINGS_KEY: &str = "cap.settings";

/// A plan as listed in the library.
#[derive(Clone, Debug, PartialEq)]
pub enum Entry {
    /// A plan that reads.
    Readable {
        /// Its id.
        id: PlanId,
        /// Its name.
        name: String,
        /// Its client.
        client: String,
        /// Last saved.
        saved_at: Option<DateTime<Utc>>,
    },
    /// A plan whose stored text cannot be read. The text is untouched and a
    /// copy sits under `backup_key`.
    Unreadable {
        /// Its id.
        id: PlanId,
        /// Why it cannot be read.
        error: LoadError,
        /// Where its raw text was copied, if the copy could be written.
        backup_key: Option<String>,
        /// Size of the raw text in bytes.
        bytes: usize,
    },
}

impl Entry {
    /// The id of the entry.
    pub fn id(&self) -> &PlanId {
        match self {
            Entry::Readable { id, .. } | Entry::Unreadable { id, .. } => id,
        }
    }
}

/// Why a plan could not be opened.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum OpenError {
    /// No plan with that id.
    #[error("no such plan")]
    NotFound,
    /// Storage failed.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// The stored text is not a readable plan.
    #[error(transparent)]
    Load(#[from] LoadError),
}

/// Why a save did not happen. The stored plan is unchanged in every case.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum SaveError {
    /// Storage failed (full, unavailable).
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// Another tab (or window) changed the stored plan since this tab read it.
    #[error("the plan was changed elsewhere")]
    Conflict,
}

/// The plans stored in a [`KvStore`].
pub struct Library<S: KvStore> {
    store: S,
    /// Saves reuse the JSON of what did not change since the last one.
    encoder: RefCell<Encoder>,
}

impl<S: KvStore> Library<S> {
    /// A library over `store`.
    pub fn new(store: S) -> Library<S> {
        Library {
            store,
            encoder: RefCell::default(),
        }
    }

    /// The underlying store.
    pub fn store(&self) -> &S {
        &self.store
    }

    /// Copies an unreadable plan text under a backup key, once.
    fn backup(&self, id: &PlanId, raw: &str) -> Result<String, StorageError> {
        self.backup_under(&format!("{BACKUP_PREFIX}{id}"), raw)
    }

    /// Copies `raw` under `base` (or `base.1`, `base.2`, ...), once: an
    /// existing copy with the same text is reused, a different text is never
    /// overwritten. Returns the key.
    fn backup_under(&self, base: &str, raw: &str) -> Result<String, StorageError> {
        for n in 0..100 {
            let key = if n == 0 {
                base.to_string()
            } else {
                format!("{base}.{n}")
            };
            match self.store.get(&key)? {
                Some(existing) if existing == raw => return Ok(key),
                Some(_) => continue,
                None => {
                    self.write_plan(&key, raw)?;
                    return Ok(key);
                }
            }
        }
        Err(StorageError::Other("too many backups".into()))
    }

    /// The raw text stored under `key` (a plan or a backup), to download it.
    pub fn raw(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.store.get(key)
    }

    /// Opens a plan: the plan and the raw text it was read from (the
    /// reference for conflict detection on the next save).
    pub fn open(&self, id: &PlanId) -> Result<(Loaded, String), OpenError> {
        let raw = self.store.get(&id.key())?.ok_or(OpenError::NotFound)?;
        let loaded = envelope::decode(&raw).inspect_err(|_| {
            // Whatever the index said, the next listing decodes this plan
            // again, and lists it as unreadable with its backup.
            let mut index = self.index();
            index.remove(id);
            self.write_index(&index);
        })?;
        Ok((loaded, raw))
    }

    /// Saves `plan` under `id`, only if the stored text is still `expected`
    /// (`None`: the plan must not exist yet). Returns the text written, the
    /// reference for the next save.
    pub fn save(
        &self,
        id: &PlanId,
        plan: &Plan,
        now: DateTime<Utc>,
        expected: Option<&str>,
    ) -> Result<String, SaveError> {
        let key = id.key();
        let current = self.store.get(&key)?;
        if current.as_deref() != expected {
            return Err(SaveError::Conflict);
        }
        let text = self.encoder.borrow_mut().encode(plan, now);
        self.write_plan(&key, &text)?;
        self.remember(id, &text, plan, Some(now));
        Ok(text)
    }

    /// Saves over whatever is stored: only after the person chose "keep
    /// mine" in a conflict.
    pub fn overwrite(
        &self,
        id: &PlanId,
        plan: &Plan,
        now: DateTime<Utc>,
    ) -> Result<String, StorageError> {
        let text = self.encoder.borrow_mut().encode(plan, now);
        self.write_plan(&id.key(), &text)?;
        self.remember(id, &text, plan, Some(now));
        Ok(text)
    }

    /// Writes a plan's text (a plan, its backup, its trash copy, its
    /// versions). When the storage is full, the listing's index (a cache)
    /// gives its room to the plan before the write is refused.
    fn write_plan(&self, key: &str, text: &str) -> Result<(), StorageError> {
        match self.store.set(key, text) {
            Err(StorageError::QuotaExceeded)
                if self.store.get(INDEX_KEY).ok().flatten().is_some() =>
            {
                self.store.remove(INDEX_KEY)?;
                self.store.set(key, text)
            }
            other => other,
        }
    }

    /// Moves a plan to the trash; returns its raw text so the caller can
    /// offer an undo even if the trash could not be written (storage full).
    pub fn delete(&self, id: &PlanId) -> Result<Option<String>, StorageError> {
        let Some(raw) = self.store.get(&id.key())? else {
            return Ok(None);
        };
        // The person confirmed the delete, so a full storage that refuses the
        // trash copy does not stop it; the caller keeps `raw` for undo.
        let _ = self.write_plan(&format!("{TRASH_PREFIX}{id}"), &raw);
        self.store.remove(&id.key())?;
        Ok(Some(raw))
    }

    /// Moves a plan to the trash only if the trash copy is written (a
    /// delete no one confirmed here, such as one made on another device).
    pub fn delete_kept(&self, id: &PlanId) -> Result<(), StorageError> {
        let Some(raw) = self.store.get(&id.key())? else {
            return Ok(());
        };
        self.write_plan(&format!("{TRASH_PREFIX}{id}"), &raw)?;
        self.store.remove(&id.key())
    }

    /// Puts a deleted plan back, from its raw text. Refuses to write over a
    /// plan that exists again under that id.
    pub fn restore(&self, id: &PlanId, raw: &str) -> Result<(), SaveError> {
        if self.store.get(&id.key())?.is_some() {
            return Err(SaveError::Conflict);
        }
        self.write_plan(&id.key(), raw)?;
        self.store.remove(&format!("{TRASH_PREFIX}{id}"))?;
        Ok(())
    }

    /// Plans in the trash: id, name and raw text, for "recently deleted".
    pub fn trash(&self) -> Result<Vec<(PlanId, String, String)>, StorageError> {
        let mut out = Vec::new();
        for key in self.store.keys()? {
            let Some(id) = key.strip_prefix(TRASH_PREFIX).and_then(PlanId::parse) else {
                continue;
            };
            if let Some(raw) = self.store.get(&key)? {
                let name = envelope::plan_name(&raw).unwrap_or_default();
                out.push((id, name, raw));
            }
        }
        Ok(out)
    }

    /// Deletes a trashed plan for good, with its named versions (after the
    /// person confirmed). Versions of a plan stored again under that id stay.
    pub fn purge(&self, id: &PlanId) -> Result<(), StorageError> {
        self.store.remove(&format!("{TRASH_PREFIX}{id}"))?;
        if self.store.get(&id.key())?.is_none() {
            self.store.remove(&versions::key(id))?;
        }
        Ok(())
    }

    /// Deletes an unreadable plan (after the person confirmed, typically
    /// after downloading the backup). Its backups and named versions stay:
    /// they may be all that is left of it, and a full backup carries them.
    pub fn discard_unreadable(&self, id: &PlanId) -> Result<(), StorageError> {
        self.store.remove(&id.key())
    }
}
