//! The one versioned envelope used by localStorage, exported files and share
//! links, and the one restore path that reads it back.
//!
//! Reading goes text -> `serde_json::Value` -> migration chain -> typed
//! [`Plan`] -> validation. Each step refuses with an error that names what is
//! wrong; nothing half-read is ever returned.

use crate::{
    domain::{validate, Plan, Problem, Severity},
    storage::{
        migrate,
        versions::{self, Version},
    },
};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use thiserror::Error;

mod fault;

pub use fault::{Expected, FieldFault, Found};

/// The `format` field of every Cap file.
pub const FORMAT: &str = "cap-plan";

/// Schema version this build writes. Older versions are migrated on read;
/// newer ones are refused. 3 added the plan's branding and slide settings:
/// an app that reads only 2 refuses a file of 3 instead of dropping them.
pub const SCHEMA_VERSION: u32 = 5;

/// Version of the app, written into every envelope for support.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Largest file accepted, in bytes. A real plan is a few hundred KB; a
/// generated plan with 1'000 actions and 5'000 measurements stays under 2 MB.
pub const MAX_BYTES: usize = 8 * 1024 * 1024;

/// Deepest nesting accepted. A plan nests about 6 levels; serde_json's own
/// limit (128) stops a 10'000-deep file before it can exhaust the stack.
const MAX_DEPTH: usize = 32;

/// The envelope as written (`P`: the plan, or the autosave's view of it in
/// `storage::encoder`).
#[derive(Serialize)]
pub(crate) struct EnvelopeOut<P> {
    pub format: &'static str,
    pub schema_version: u32,
    pub saved_at: DateTime<Utc>,
    pub app_version: &'static str,
    pub plan: P,
}

/// A plan read back, with the envelope's metadata.
#[derive(Clone, Debug, PartialEq)]
pub struct Loaded {
    /// The plan, migrated to the current schema and validated.
    pub plan: Plan,
    /// When it was saved.
    pub saved_at: Option<DateTime<Utc>>,
    /// Schema version the text was written with (before migration).
    pub schema_version: u32,
    /// Problems that do not block (advice).
    pub warnings: Vec<Problem>,
    /// The named versions an exported file carries beside the plan, each
    /// checked; empty for stored texts and share links, which hold none.
    pub versions: Vec<Version>,
}

/// Why a text could not be read as a plan. Every variant says where.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum LoadError {
    /// The text is larger than [`MAX_BYTES`].
    #[error("file too large: {bytes} bytes (limit {limit})")]
    TooLarge {
        /// Size of the text.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// Not valid JSON.
    #[error("not valid JSON at line {line}, column {column}: {message}")]
    Malformed {
        /// Line of the error.
        line: usize,
        /// Column of the error.
        column: usize,
        /// What the parser said.
        message: String,
    },
    /// Nested deeper than a plan ever is.
    #[error("nested too deeply")]
    TooDeep,
    /// Valid JSON, but not a Cap plan (no or wrong `format`).
    #[error("not a Cap plan file")]
    NotAPlan,
    /// `schema_version` missing or not a whole number.
    #[error("schema_version missing or not a number")]
    BadVersion,
    /// Written by a newer version of the app.
    #[error(
        "written by a newer version of Cap (schema {found}, this app reads up to {supported})"
    )]
    NewerVersion {
        /// Version in the file.
        found: u64,
        /// Newest version this app reads.
        supported: u32,
    },
    /// A migration step failed.
    #[error("cannot upgrade from schema {from}: {message}")]
    Migration {
        /// Version the step started from.
        from: u32,
        /// What went wrong.
        message: String,
    },
    /// A field has the wrong type or is missing.
    #[error("{path}: {message}")]
    WrongField {
        /// Field path (`plan.budget.total`).
        path: String,
        /// What serde said.
        message: String,
        /// The same, read back when the error is made (in the plan code,
        /// so the first screen does not carry the reading).
        fault: FieldFault,
    },
    /// The plan reads but breaks the rules (negative budget, NaN, ...).
    #[error("invalid plan: {} problem(s), first at {}", .0.len(), .0.first().map(|p| p.path.as_str()).unwrap_or(""))]
    Invalid(Vec<Problem>),
}

impl LoadError {
    /// The field path the error concerns, when there is one.
    pub fn path(&self) -> Option<&str> {
        match self {
            LoadError::WrongField { path, .. } => Some(path),
            LoadError::Invalid(problems) => problems.first().map(|p| p.path.as_str()),
            LoadError::BadVersion | LoadError::NewerVersion { .. } => Some("schema_version"),
            LoadError::NotAPlan => Some("format"),
            _ => None,
        }
    }
}

/// Writes a plan in the envelope. `pretty` for exported files.
pub fn encode(plan: &Plan, saved_at: DateTime<Utc>, pretty: bool) -> String {
    let out = EnvelopeOut {
        format: FORMAT,
        schema_version: SCHEMA_VERSION,
        saved_at,
        app_version: APP_VERSION,
        plan,
    };
    let result = if pretty {
        serde_json::to_string_pretty(&out)
    } else {
        serde_json::to_string(&out)
    };
    // Serializing plain structs with string keys cannot fail.
    result.unwrap_or_default()
}

/// Reads an envelope from any source (storage, file, link), with the named
/// versions a file carries. Other top-level fields are ignored, so an app
/// that predates `versions` opens the plan of a file that has them: they
/// needed no new `schema_version`.
pub fn decode(text: &str) -> Result<Loaded, LoadError> {
    read(text, true)
}

/// Reads an envelope without its versions (a share payload, which never
/// holds any: opening a version never reads further versions).
pub(crate) fn decode_plan(text: &str) -> Result<Loaded, LoadError> {
    read(text, false)
}

fn read(text: &str, with_versions: bool) -> Result<Loaded, LoadError> {
    if text.len() > MAX_BYTES {
        return Err(LoadError::TooLarge {
            bytes: text.len(),
            limit: MAX_BYTES,
        });
    }
    let value = parse_json(text)?;
    if depth(&value) > MAX_DEPTH {
        return Err(LoadError::TooDeep);
    }
    let serde_json::Value::Object(mut envelope) = value else {
        return Err(LoadError::NotAPlan);
    };
    if envelope.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(LoadError::NotAPlan);
    }
    let from = schema_version(&envelope, SCHEMA_VERSION)?;
    let saved_at = envelope
        .get("saved_at")
        .and_then(|v| serde_json::from_value::<DateTime<Utc>>(v.clone()).ok());
    let plan_value = envelope
        .remove("plan")
        .ok_or_else(|| LoadError::WrongField {
            path: "plan".into(),
            message: "missing".into(),
            fault: FieldFault::Missing(String::new()),
        })?;
    let plan_value = migrate::to_current(plan_value, from)?;
    let plan: Plan = serde_path_to_error::deserialize(plan_value).map_err(|e| {
        let inner = e.path().to_string();
        let message = e.into_inner().to_string();
        LoadError::WrongField {
            path: if inner == "." {
                "plan".into()
            } else {
                format!("plan.{inner}")
            },
            message: message.clone(),
            fault: FieldFault::of(&message),
        }
    })?;
    let (errors, warnings): (Vec<Problem>, Vec<Problem>) = validate(&plan)
        .into_iter()
        .partition(|p| p.severity == Severity::Error);
    if !errors.is_empty() {
        return Err(LoadError::Invalid(errors));
    }
    let versions = match envelope.remove("versions") {
        Some(list) if with_versions => versions::read_list(list, "versions", true)?,
        _ => Vec::new(),
    };
    Ok(Loaded {
        plan,
        saved_at,
        schema_version: from,
        warnings,
        versions,
    })
}

/// Parses JSON, naming where it breaks (a nesting beyond serde_json's
/// limit is [`LoadError::TooDeep`]).
pub(crate) fn parse_json(text: &str) -> Result<serde_json::Value, LoadError> {
    serde_json::from_str(text).map_err(|e| {
        if e.to_string().contains("recursion limit") {
            LoadError::TooDeep
        } else {
            LoadError::Malformed {
                line: e.line(),
                column: e.column(),
                message: e.to_string(),
            }
        }
    })
}

/// The `schema_version` of a file whose newest version is `supported`.
pub(crate) fn schema_version(
    file: &serde_json::Map<String, serde_json::Value>,
    supported: u32,
) -> Result<u32, LoadError> {
    let version = file
        .get("schema_version")
        .and_then(|v| v.as_u64())
        .ok_or(LoadError::BadVersion)?;
    if version == 0 {
        return Err(LoadError::BadVersion);
    }
    if version > u64::from(supported) {
        return Err(LoadError::NewerVersion {
            found: version,
            supported,
        });
    }
    Ok(version as u32)
}

/// A serde refusal of the list or value at `at`, with the path inside it
/// (`versions[2].made_at`).
pub(crate) fn wrong_field(at: &str, e: serde_path_to_error::Error<serde_json::Error>) -> LoadError {
    let inner = e.path().to_string();
    let message = e.into_inner().to_string();
    LoadError::WrongField {
        path: match inner.as_str() {
            "." => at.to_string(),
            _ if inner.starts_with('[') => format!("{at}{inner}"),
            _ => format!("{at}.{inner}"),
        },
        fault: FieldFault::of(&message),
        message,
    }
}

/// Nesting depth of a JSON value, without recursion (a hostile value cannot
/// overflow the stack here).
fn depth(value: &serde_json::Value) -> usize {
    let mut max = 0;
    let mut stack = vec![(value, 1usize)];
    while let Some((v, d)) = stack.pop() {
        max = max.max(d);
        match v {
            serde_json::Value::Array(items) => stack.extend(items.iter().map(|i| (i, d + 1))),
            serde_json::Value::Object(map) => stack.extend(map.values().map(|i| (i, d + 1))),
            _ => {}
        }
    }
    max
}

/// Just enough of an envelope to name a plan in the trash without reading
/// every section (nor its dates, whose parsing the first screen does not
/// need).
#[derive(Deserialize)]
struct NameOnly {
    plan: PlanName,
}

#[derive(Deserialize)]
struct PlanName {
    name: String,
}

/// The plan name of a stored envelope, for the trash. `None` when the text
/// is not readable that far.
pub fn plan_name(text: &str) -> Option<String> {
    let s: NameOnly = serde_json::from_str(text).ok()?;
    Some(s.plan.name)
}

/// A file name from a plan name: `plan-boulangerie-martin-2026-11-22.json`.
pub fn file_name(plan_name: &str, date: DateTime<Utc>, ext: &str) -> String {
    let slug: String = plan_name
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let slug: String = slug.chars().take(60).collect();
    let slug = if slug.is_empty() {
        "plan".to_string()
    } else {
        slug
    };
    format!("{slug}-{}.{ext}", date.format("%Y-%m-%d"))
}
