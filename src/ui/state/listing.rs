//! The library listing: what the library page shows, read from the index
//! on a first visit and whole once the plan code is there.

use super::{Store, TrashEntry};
use crate::storage::{Entry, StorageError};
use leptos::prelude::*;

impl Store {
    /// Re-reads the library listing and the trash. Plans the listing's
    /// index does not know (changed by another tab or version) must be read
    /// whole, by the plan code: until it is there they are counted as being
    /// read ([`Store::listing_pending`]), never shown as missing.
    pub fn refresh(&self) {
        if let Some(code) = self.plan_code_now() {
            return (code.refresh)(self);
        }
        let listed = self.library.with_value(|l| (l.list_known(), l.trash()));
        match listed {
            (Ok((entries, unknown)), trash) => {
                self.listed(entries, trash);
                if unknown > 0 {
                    self.listing_pending.set(unknown);
                    let store = *self;
                    self.plan_code_then(move |code| (code.refresh)(&store));
                }
            }
            (Err(e), _) => self.listing_error.set(Some(e)),
        }
    }

    /// The full listing, every stored text read (the plan code's refresh).
    pub(super) fn refresh_all(&self) {
        let listed = self.library.with_value(|l| (l.list(), l.trash()));
        match listed {
            (Ok(entries), trash) => self.listed(entries, trash),
            (Err(e), _) => self.listing_error.set(Some(e)),
        }
    }

    fn listed(&self, entries: Vec<Entry>, trash: Result<Vec<TrashEntry>, StorageError>) {
        self.entries.set(entries);
        self.trash.set(trash.unwrap_or_default());
        self.listing_error.set(None);
        self.listing_pending.set(0);
    }
}
