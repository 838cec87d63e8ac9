//! The chain of schema migrations, `v1 -> v2 -> ...`, on raw JSON values.
//!
//! Each step is a pure function from the plan object of version `n` to that
//! of version `n + 1`. A fixture file per version in `tests/fixtures/` must
//! keep loading forever. Version 1 is the first schema, so the chain is empty
//! today; the first change of shape adds `v1_to_v2` here and `v2.json` there.

use crate::storage::envelope::{LoadError, SCHEMA_VERSION};
use serde_json::Value;

/// One migration step: plan object of version `n` to version `n + 1`.
type Step = fn(Value) -> Result<Value, String>;

/// `STEPS[i]` migrates from version `i + 1` to `i + 2`.
const STEPS: &[Step] = &[];

/// Migrates a plan object written with schema `from` to the current schema.
pub fn to_current(mut plan: Value, from: u32) -> Result<Value, LoadError> {
    debug_assert_eq!(STEPS.len() as u32 + 1, SCHEMA_VERSION);
    for version in from..SCHEMA_VERSION {
        let step = STEPS
            .get(version as usize - 1)
            .ok_or(LoadError::Migration {
                from: version,
                message: "no migration step".into(),
            })?;
        plan = step(plan).map_err(|message| LoadError::Migration {
            from: version,
            message,
        })?;
    }
    Ok(plan)
}
