//! Syncing the library with an Apache CouchDB database: the connection, the
//! documents, the state this browser keeps, and what to do with a change.
//! Pure; the requests are `storage::couch` and the loop is `ui::sync`.

pub mod connection;
pub mod doc;
pub mod state;
pub mod step;

#[cfg(test)]
mod tests;

pub use connection::{Connection, ConnectionError, Endpoint, Reason};
pub use doc::{Changes, Remote};
pub use state::SyncState;
pub use step::{incoming, outgoing, Incoming, Outgoing};

/// Every key of this browser's sync starts with this: none is ever part of
/// an export, a backup or a share link.
pub const SYNC_PREFIX: &str = "cap.sync.";
