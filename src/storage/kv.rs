//! The key-value interface the library is written against, so its rules are
//! tested natively with [`MemoryStore`] and run in the browser with
//! localStorage.

use std::{cell::RefCell, collections::BTreeMap};
use thiserror::Error;

/// What can go wrong when touching storage.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum StorageError {
    /// No storage at all (private mode, disabled by policy, sandboxed frame).
    #[error("browser storage is unavailable: {0}")]
    Unavailable(String),
    /// The browser refused to store more.
    #[error("browser storage is full")]
    QuotaExceeded,
    /// Anything else the browser reported.
    #[error("storage error: {0}")]
    Other(String),
}

/// A string key-value store (localStorage's shape).
pub trait KvStore {
    /// The value under `key`, if any.
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    /// Stores `value` under `key`.
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    /// Removes `key` (no error if absent).
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    /// Every key.
    fn keys(&self) -> Result<Vec<String>, StorageError>;
}

/// An in-memory store with an optional quota, for tests and for running
/// when the browser offers no storage.
#[derive(Debug, Default)]
pub struct MemoryStore {
    map: RefCell<BTreeMap<String, String>>,
    /// Total bytes (keys + values) the store accepts; `None` for no limit.
    pub quota: Option<usize>,
}

impl MemoryStore {
    /// An empty store without quota.
    pub fn new() -> MemoryStore {
        MemoryStore::default()
    }

    /// An empty store that refuses to hold more than `bytes`.
    pub fn with_quota(bytes: usize) -> MemoryStore {
        MemoryStore {
            quota: Some(bytes),
            ..MemoryStore::default()
        }
    }

    fn used_without(&self, key: &str) -> usize {
        self.map
            .borrow()
            .iter()
            .filter(|(k, _)| k.as_str() != key)
            .map(|(k, v)| k.len() + v.len())
            .sum()
    }
}

impl KvStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.map.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        if let Some(quota) = self.quota {
            if self.used_without(key) + key.len() + value.len() > quota {
                return Err(StorageError::QuotaExceeded);
            }
        }
        self.map.borrow_mut().insert(key.into(), value.into());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.map.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(self.map.borrow().keys().cloned().collect())
    }
}
