//! Named versions of a plan ("as presented on 12 March"): each one the share
//! payload of the plan as it was (`storage::share`), compressed, never
//! edited, and usable as it is after `#` in a share link.
//!
//! A plan's versions are stored apart from it, under `cap.versions.<id>`, so
//! the autosave never rewrites them. They stay under the plan's id while it
//! is in the trash: restoring it brings them back, purging it removes them.
//! Duplicating a plan does not copy them: the copy starts with none. An
//! exported file carries them beside the plan ([`encode_export`]), and
//! reading it checks each one ([`read_list`]).

use crate::{
    domain::{Plan, Problem, ProblemKind, Severity},
    storage::{
        envelope::{
            self, FieldFault, LoadError, Loaded, APP_VERSION, SCHEMA_VERSION as PLAN_SCHEMA,
        },
        plan_id::PlanId,
        share::{self, ShareError},
    },
};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use thiserror::Error;

/// The storage key prefix of a plan's versions.
pub const KEY_PREFIX: &str = "cap.versions.";

/// The storage key prefix of copies of unreadable stored versions (not
/// under `cap.backup.`, whose keys are plan ids).
pub const BACKUP_PREFIX: &str = "cap.backup-versions.";

/// The `format` field of the stored list of versions.
pub const FORMAT: &str = "cap-versions";

/// Schema version of the stored list this build writes; newer is refused.
pub const SCHEMA_VERSION: u32 = 1;

/// Longest name of a version, in characters (as a plan's name).
pub const MAX_NAME_CHARS: usize = 120;

/// The plan as it was at a moment the person named.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Version {
    /// What the person called it ("as presented on 12 March").
    pub name: String,
    /// When it was made.
    pub made_at: DateTime<Utc>,
    /// The plan's share payload (`cap1.` + zlib + base64url of its envelope).
    pub payload: String,
}

/// Why a name cannot name a version.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum NameError {
    /// Nothing but spaces.
    #[error("a version needs a name")]
    Empty,
    /// Longer than [`MAX_NAME_CHARS`] once trimmed.
    #[error("a version's name takes at most {max} characters ({chars} given)")]
    TooLong {
        /// Characters of the trimmed name.
        chars: usize,
        /// The limit.
        max: usize,
    },
}

/// The name a version takes from what the person typed: trimmed, not
/// empty, at most [`MAX_NAME_CHARS`] characters.
pub fn check_name(typed: &str) -> Result<&str, NameError> {
    let name = typed.trim();
    let chars = name.chars().count();
    if chars == 0 {
        Err(NameError::Empty)
    } else if chars > MAX_NAME_CHARS {
        Err(NameError::TooLong {
            chars,
            max: MAX_NAME_CHARS,
        })
    } else {
        Ok(name)
    }
}

impl Version {
    /// A version of `plan` as it is `now`, named `name` (trimmed). Its
    /// payload has no length limit, unlike a share link's.
    pub fn make(plan: &Plan, name: &str, now: DateTime<Utc>) -> Result<Version, NameError> {
        Ok(Version {
            name: check_name(name)?.to_string(),
            made_at: now,
            payload: share::pack(plan, now),
        })
    }

    /// The plan as it was, through the one restore path (migrated and
    /// validated like a file).
    pub fn open(&self) -> Result<Loaded, ShareError> {
        share::decode(&self.payload)
    }

    /// Whether `other` is this version: same name, made at the same instant.
    pub fn is(&self, other: &Version) -> bool {
        self.name == other.name && self.made_at == other.made_at
    }
}

/// The storage key of plan `id`'s versions.
pub fn key(id: &PlanId) -> String {
    format!("{KEY_PREFIX}{id}")
}

/// `stored` with the versions of `incoming` it does not have (by name and
/// time), oldest first. No stored version is ever replaced or dropped.
pub fn merge(mut stored: Vec<Version>, incoming: &[Version]) -> Vec<Version> {
    for version in incoming {
        if !stored.iter().any(|v| v.is(version)) {
            stored.push(version.clone());
        }
    }
    // Stable: versions of the same instant keep their order.
    stored.sort_by_key(|v| v.made_at);
    stored
}

#[derive(Serialize)]
struct StoredOut<'a> {
    format: &'static str,
    schema_version: u32,
    versions: &'a [Version],
}

/// The stored text of a plan's versions (compact JSON).
pub fn encode_stored(versions: &[Version]) -> String {
    let out = StoredOut {
        format: FORMAT,
        schema_version: SCHEMA_VERSION,
        versions,
    };
    // Plain structs with string keys always serialize.
    serde_json::to_string(&out).unwrap_or_default()
}

/// Reads a stored list of versions. Payloads are opened when a version is
/// ([`Version::open`]), not here.
pub fn decode_stored(text: &str) -> Result<Vec<Version>, LoadError> {
    read_stored(text, false)
}

/// Reads a stored list, opening every payload when `open`.
pub(crate) fn read_stored(text: &str, open: bool) -> Result<Vec<Version>, LoadError> {
    let Value::Object(mut file) = envelope::parse_json(text)? else {
        return Err(LoadError::NotAPlan);
    };
    if file.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(LoadError::NotAPlan);
    }
    envelope::schema_version(&file, SCHEMA_VERSION)?;
    let list = file.remove("versions").ok_or_else(|| missing("versions"))?;
    read_list(list, "versions", open)
}

/// Reads the list of versions at field path `at` of a file, refusing it
/// whole with the path of the first bad one (`versions[2].payload`). With
/// `open`, every payload must open through the one restore path.
pub(crate) fn read_list(list: Value, at: &str, open: bool) -> Result<Vec<Version>, LoadError> {
    let versions: Vec<Version> =
        serde_path_to_error::deserialize(list).map_err(|e| envelope::wrong_field(at, e))?;
    for (i, version) in versions.iter().enumerate() {
        if let Err(why) = check_name(&version.name) {
            let kind = match why {
                NameError::Empty => ProblemKind::Empty,
                NameError::TooLong { max, .. } => ProblemKind::TooLong { max },
            };
            return Err(LoadError::Invalid(vec![Problem {
                path: format!("{at}[{i}].name"),
                kind,
                severity: Severity::Error,
            }]));
        }
        if open {
            if let Err(why) = version.open() {
                return Err(LoadError::WrongField {
                    path: format!("{at}[{i}].payload"),
                    message: why.to_string(),
                    fault: match why {
                        ShareError::Load(LoadError::WrongField { fault, .. }) => fault,
                        _ => FieldFault::Other,
                    },
                });
            }
        }
    }
    Ok(versions)
}

fn missing(path: &str) -> LoadError {
    LoadError::WrongField {
        path: path.into(),
        message: "missing".into(),
        fault: FieldFault::Missing(String::new()),
    }
}

/// The exported file of a plan: the envelope, and its versions beside the
/// plan.
#[derive(Serialize)]
struct ExportOut<'a> {
    format: &'static str,
    schema_version: u32,
    saved_at: DateTime<Utc>,
    app_version: &'static str,
    plan: &'a Plan,
    versions: &'a [Version],
}

/// The exported file of `plan` with its `versions` (pretty). Without
/// versions it is byte for byte `envelope::encode(plan, saved_at, true)`.
pub fn encode_export(plan: &Plan, versions: &[Version], saved_at: DateTime<Utc>) -> String {
    if versions.is_empty() {
        return envelope::encode(plan, saved_at, true);
    }
    let out = ExportOut {
        format: envelope::FORMAT,
        schema_version: PLAN_SCHEMA,
        saved_at,
        app_version: APP_VERSION,
        plan,
        versions,
    };
    serde_json::to_string_pretty(&out).unwrap_or_default()
}
