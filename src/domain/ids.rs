//! Stable identifiers for the items inside a plan.
//!
//! Items refer to each other by id, never by position, so reordering or
//! deleting one item never silently re-targets a reference.

use serde::{Deserialize, Serialize};
use std::fmt;

/// Identifier of an item (objective, KPI, budget line, action, measurement)
/// inside one plan. Allocated from [`crate::domain::Plan::next_id`], never reused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ItemId(pub u32);

impl fmt::Display for ItemId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}
