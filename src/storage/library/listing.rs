//! The listing of the library: every stored plan, read through the index
//! (a cache of what each stored text decoded to) or decoded in full.

use super::{Entry, Library, PlanId};
use crate::{
    domain::{validate, Plan, Severity},
    storage::{
        envelope,
        index::{fingerprint, Index, Listed, INDEX_KEY},
        kv::{KvStore, StorageError},
        plan_id::PLAN_PREFIX,
    },
};
use chrono::{DateTime, Utc};

impl<S: KvStore> Library<S> {
    /// Every stored plan, newest first; unreadable ones are listed with their
    /// reason (and backed up once) instead of being skipped.
    pub fn list(&self) -> Result<Vec<Entry>, StorageError> {
        self.list_by(|id, raw| Some(self.entry(id, raw)))
    }

    /// The listing from the index alone: the plans whose stored text the
    /// index knows, and how many others there are (texts written by another
    /// tab or version), which only [`Library::list`] can read. When that
    /// number is 0 the listing is exactly [`Library::list`]'s.
    pub fn list_known(&self) -> Result<(Vec<Entry>, usize), StorageError> {
        let mut unknown = 0;
        let entries = self.list_by(|_, _| {
            unknown += 1;
            None
        })?;
        Ok((entries, unknown))
    }

    /// The listing, where `unknown` reads a text the index does not know
    /// (`None`: leave it out, and leave the index as it is).
    fn list_by(
        &self,
        mut unknown: impl FnMut(PlanId, &str) -> Option<Entry>,
    ) -> Result<Vec<Entry>, StorageError> {
        let known = self.index();
        let mut index = Index::default();
        let mut entries = Vec::new();
        let mut complete = true;
        for key in self.store.keys()? {
            let Some(id) = key.strip_prefix(PLAN_PREFIX).and_then(PlanId::parse) else {
                continue;
            };
            let Some(raw) = self.store.get(&key)? else {
                continue;
            };
            let print = fingerprint(&raw);
            let entry = match known.get(&id, &print) {
                // This very text decoded before, in this version of the app.
                Some(listed) => Entry::Readable {
                    id: id.clone(),
                    name: listed.name.clone(),
                    client: listed.client.clone(),
                    saved_at: listed.saved_at,
                },
                None => match unknown(id.clone(), &raw) {
                    Some(entry) => entry,
                    None => {
                        complete = false;
                        continue;
                    }
                },
            };
            if let Entry::Readable {
                name,
                client,
                saved_at,
                ..
            } = &entry
            {
                index.put(
                    id,
                    Listed {
                        fingerprint: print,
                        name: name.clone(),
                        client: client.clone(),
                        saved_at: *saved_at,
                    },
                );
            }
            entries.push(entry);
        }
        if complete && index != known {
            self.write_index(&index);
        }
        entries.sort_by(|a, b| sort_key(b).cmp(&sort_key(a)));
        Ok(entries)
    }

    /// The listing's index as stored (empty when missing or damaged).
    pub(super) fn index(&self) -> Index {
        Index::read(self.store.get(INDEX_KEY).ok().flatten().as_deref())
    }

    /// Stores the index. A failure (full storage) only costs a decode at
    /// the next listing, so it is not reported.
    pub(super) fn write_index(&self, index: &Index) {
        let _ = self.store.set(INDEX_KEY, &index.to_text());
    }

    /// Records in the index what a plan whose text is `raw` lists as: the
    /// text is `plan` encoded, so it decodes to `plan`, and is readable
    /// exactly when `plan` breaks no rule.
    pub(super) fn remember(
        &self,
        id: &PlanId,
        raw: &str,
        plan: &Plan,
        saved_at: Option<DateTime<Utc>>,
    ) {
        let mut index = self.index();
        // What `decode` refuses before validating: an empty (unwritable) or
        // oversized text. Anything else written by `encode` reads back as
        // `plan`, which then must break no rule.
        let readable = !raw.is_empty()
            && raw.len() <= envelope::MAX_BYTES
            && !validate(plan).iter().any(|p| p.severity == Severity::Error);
        if !readable {
            index.remove(id);
            self.write_index(&index);
            return;
        }
        index.put(
            id.clone(),
            Listed {
                fingerprint: fingerprint(raw),
                name: plan.name.clone(),
                client: plan.client.clone(),
                saved_at,
            },
        );
        self.write_index(&index);
    }

    fn entry(&self, id: PlanId, raw: &str) -> Entry {
        // A full decode, not a peek at the name: a plan that would fail to
        // open must show as unreadable here, with its reason and a backup.
        match envelope::decode(raw) {
            Ok(loaded) => Entry::Readable {
                id,
                name: loaded.plan.name,
                client: loaded.plan.client,
                saved_at: loaded.saved_at,
            },
            Err(error) => Entry::Unreadable {
                backup_key: self.backup(&id, raw).ok(),
                id,
                error,
                bytes: raw.len(),
            },
        }
    }
}

fn sort_key(e: &Entry) -> (Option<DateTime<Utc>>, &str) {
    match e {
        Entry::Readable { saved_at, id, .. } => (*saved_at, id.as_str()),
        Entry::Unreadable { id, .. } => (None, id.as_str()),
    }
}
