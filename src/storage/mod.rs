//! Everything that reads or writes outside memory: the envelope format, the
//! migration chain, the library of plans, and (in the browser) localStorage
//! and files. The format and library rules are pure and tested natively.

pub mod backup;
pub mod encoder;
pub mod envelope;
pub mod folder;
pub mod index;
pub mod kv;
pub mod library;
pub mod migrate;
pub mod plan_id;
pub mod pptx;
pub mod rate_card;
pub mod share;
pub mod sync;
pub mod versions;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod couch;
#[cfg(target_arch = "wasm32")]
pub mod disk;

pub use backup::{Backup, BackupError};
pub use encoder::Encoder;
pub use envelope::{decode, encode, LoadError, Loaded};
pub use kv::{KvStore, MemoryStore, StorageError};
pub use library::{
    Choice, Choices, Entry, Library, OpenError, Outcome, PlanId, RestoreError, RestoreItem,
    RestoreReport, RestoreStatus, SaveError, VersionError,
};
pub use versions::{encode_export, Version};
