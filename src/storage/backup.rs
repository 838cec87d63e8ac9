//! The full backup: one file holding every plan of the library, its trash,
//! their named versions, and every other text of the library kept as it
//! was (unreadable plans and their backup copies, versions of no plan).
//!
//! Each plan is carried as its stored text, exactly: a restore writes it
//! back byte for byte. Reading a backup file checks all of it (each plan
//! text through the one restore path, each version's payload) and refuses
//! the whole file, naming the field, at the first fault; nothing is stored
//! before the file has been read in full (`Library::restore_backup`).

use crate::storage::{
    envelope::{self, LoadError, Loaded, APP_VERSION},
    library::{BACKUP_PREFIX, TRASH_PREFIX},
    plan_id::{PlanId, PLAN_PREFIX},
    versions::{self, Version},
};
use chrono::{DateTime, Duration, Utc};
use serde::Serialize;
use serde_json::{Map, Value};
use thiserror::Error;

/// The `format` field of a backup file.
pub const FORMAT: &str = "cap-backup";

/// Schema version of the backup file this build writes; newer is refused.
pub const SCHEMA_VERSION: u32 = 1;

/// Largest backup file accepted, in bytes: many plans of up to
/// [`envelope::MAX_BYTES`] each, with their versions.
pub const MAX_BYTES: usize = 64 * 1024 * 1024;

/// The storage key of the time of the last full backup (RFC 3339).
pub const LAST_BACKUP_KEY: &str = "cap.last-backup";

/// Days a change may wait for a backup before one is due.
pub const DUE_AFTER_DAYS: i64 = 7;

/// A backup file read back in full.
#[derive(Clone, Debug, PartialEq)]
pub struct Backup {
    /// When it was made.
    pub made_at: DateTime<Utc>,
    /// The app that made it (for support).
    pub app_version: String,
    /// The library's plans.
    pub plans: Vec<BackedUp>,
    /// The plans that were in the trash.
    pub trash: Vec<BackedUp>,
    /// Texts carried as they were, without being read.
    pub kept: Vec<Kept>,
}

/// A plan in a backup: its stored text, what it reads as, its versions.
#[derive(Clone, Debug, PartialEq)]
pub struct BackedUp {
    /// Its id in the library it came from.
    pub id: PlanId,
    /// Its stored text, exactly.
    pub text: String,
    /// The text read through the one restore path.
    pub loaded: Loaded,
    /// Its named versions, oldest first, each checked.
    pub versions: Vec<Version>,
}

/// A text of the library carried as it was, under its storage key: an
/// unreadable plan, trashed plan or list of versions, a backup copy, or the
/// versions of no plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Kept {
    /// Its storage key (`cap.plan.<id>`, `cap.trash.<id>`,
    /// `cap.versions.<id>`, `cap.backup.…`, `cap.backup-versions.…`).
    pub key: String,
    /// Its text, exactly.
    pub text: String,
}

/// Why a backup file was refused, whole. Every variant with a field says
/// which (`plans[1].text: plan.budget.total`, `trash[0].id`).
#[derive(Clone, Debug, PartialEq, Error)]
pub enum BackupError {
    /// Larger than [`MAX_BYTES`].
    #[error("file too large: {bytes} bytes (limit {limit})")]
    TooLarge {
        /// Size of the file.
        bytes: usize,
        /// The limit.
        limit: usize,
    },
    /// Not valid JSON (a cut file, most often).
    #[error("not valid JSON at line {line}, column {column}: {message}")]
    Malformed {
        /// Line of the error.
        line: usize,
        /// Column of the error.
        column: usize,
        /// What the parser said.
        message: String,
    },
    /// Nested deeper than any JSON this app reads.
    #[error("nested too deeply")]
    TooDeep,
    /// Valid JSON, but not a Cap backup (no or wrong `format`).
    #[error("not a Cap backup file")]
    NotABackup,
    /// `schema_version` missing or not a whole number.
    #[error("schema_version missing or not a number")]
    BadVersion,
    /// Written by a newer version of the app.
    #[error("written by a newer version of Cap (backup schema {found}, this app reads up to {supported})")]
    NewerVersion {
        /// Version in the file.
        found: u64,
        /// Newest version this app reads.
        supported: u32,
    },
    /// A field of the backup itself is missing or wrong.
    #[error("{path}: {message}")]
    WrongField {
        /// Field path (`plans[1].id`).
        path: String,
        /// What is wrong.
        message: String,
    },
    /// A plan text that does not read.
    #[error("{path}: {error}")]
    Plan {
        /// Field path of the text (`plans[1].text`).
        path: String,
        /// Why it does not read.
        error: Box<LoadError>,
    },
    /// A version that does not read; its path names it in full
    /// (`plans[0].versions[2].payload`).
    #[error(transparent)]
    Version(LoadError),
}

impl BackupError {
    /// The field path the refusal concerns, down into a plan text
    /// (`plans[1].text: plan.budget.total`).
    pub fn path(&self) -> Option<String> {
        match self {
            BackupError::NotABackup => Some("format".into()),
            BackupError::BadVersion | BackupError::NewerVersion { .. } => {
                Some("schema_version".into())
            }
            BackupError::WrongField { path, .. } => Some(path.clone()),
            BackupError::Plan { path, error } => Some(match error.path() {
                Some(inner) => format!("{path}: {inner}"),
                None => path.clone(),
            }),
            BackupError::Version(error) => error.path().map(str::to_string),
            _ => None,
        }
    }
}

/// Reads a backup file in full, or refuses it whole.
pub fn decode(text: &str) -> Result<Backup, BackupError> {
    if text.len() > MAX_BYTES {
        return Err(BackupError::TooLarge {
            bytes: text.len(),
            limit: MAX_BYTES,
        });
    }
    let value = envelope::parse_json(text).map_err(|e| match e {
        LoadError::Malformed {
            line,
            column,
            message,
        } => BackupError::Malformed {
            line,
            column,
            message,
        },
        _ => BackupError::TooDeep,
    })?;
    let Value::Object(mut file) = value else {
        return Err(BackupError::NotABackup);
    };
    if file.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(BackupError::NotABackup);
    }
    envelope::schema_version(&file, SCHEMA_VERSION).map_err(|e| match e {
        LoadError::NewerVersion { found, supported } => {
            BackupError::NewerVersion { found, supported }
        }
        _ => BackupError::BadVersion,
    })?;
    let made_at = file
        .get("made_at")
        .and_then(|v| serde_json::from_value::<DateTime<Utc>>(v.clone()).ok())
        .ok_or_else(|| wrong("made_at", "missing or not a date and time"))?;
    let app_version = match file.get("app_version") {
        None => String::new(),
        Some(Value::String(v)) => v.clone(),
        Some(_) => return Err(wrong("app_version", "not a text")),
    };
    Ok(Backup {
        made_at,
        app_version,
        plans: entries(file.remove("plans"), "plans", true)?,
        trash: entries(file.remove("trash"), "trash", false)?,
        kept: kept(file.remove("kept"))?,
    })
}

fn wrong(path: &str, message: &str) -> BackupError {
    BackupError::WrongField {
        path: path.into(),
        message: message.into(),
    }
}

/// The items of the list at `at` (absent: none, unless `required`).
fn items(value: Option<Value>, at: &str, required: bool) -> Result<Vec<Value>, BackupError> {
    match value {
        Some(Value::Array(items)) => Ok(items),
        None if !required => Ok(Vec::new()),
        None => Err(wrong(at, "missing")),
        Some(_) => Err(wrong(at, "not a list")),
    }
}

/// The object at `at`, and its text field `field`.
fn text_of(
    item: Value,
    at: &str,
    field: &str,
) -> Result<(Map<String, Value>, String), BackupError> {
    let Value::Object(mut item) = item else {
        return Err(wrong(at, "not an object"));
    };
    match item.remove(field) {
        Some(Value::String(text)) => Ok((item, text)),
        _ => Err(wrong(&format!("{at}.{field}"), "missing or not a text")),
    }
}

fn entries(value: Option<Value>, at: &str, required: bool) -> Result<Vec<BackedUp>, BackupError> {
    let mut out: Vec<BackedUp> = Vec::new();
    for (i, item) in items(value, at, required)?.into_iter().enumerate() {
        let here = format!("{at}[{i}]");
        let (mut item, text) = text_of(item, &here, "text")?;
        let id_at = format!("{here}.id");
        let id = item
            .get("id")
            .and_then(Value::as_str)
            .and_then(PlanId::parse)
            .ok_or_else(|| wrong(&id_at, "missing or not a plan id"))?;
        if out.iter().any(|e| e.id == id) {
            return Err(wrong(&id_at, "the same id twice"));
        }
        let loaded = envelope::decode(&text).map_err(|error| BackupError::Plan {
            path: format!("{here}.text"),
            error: Box::new(error),
        })?;
        let versions = match item.remove("versions") {
            None => Vec::new(),
            Some(list) => versions::read_list(list, &format!("{here}.versions"), true)
                .map_err(BackupError::Version)?,
        };
        out.push(BackedUp {
            id,
            text,
            loaded,
            versions,
        });
    }
    Ok(out)
}

fn kept(value: Option<Value>) -> Result<Vec<Kept>, BackupError> {
    let mut out: Vec<Kept> = Vec::new();
    for (i, item) in items(value, "kept", false)?.into_iter().enumerate() {
        let here = format!("kept[{i}]");
        let (item, text) = text_of(item, &here, "text")?;
        let key_at = format!("{here}.key");
        let key = item
            .get("key")
            .and_then(Value::as_str)
            .filter(|k| is_kept_key(k))
            .ok_or_else(|| wrong(&key_at, "missing or not a key of a Cap library"))?;
        if out.iter().any(|k| k.key == key) {
            return Err(wrong(&key_at, "the same key twice"));
        }
        out.push(Kept {
            key: key.to_string(),
            text,
        });
    }
    Ok(out)
}

/// Whether a backup may carry `key` as it is (and a restore write it): a
/// plan, trash or versions key of a valid id, or a backup copy's key.
pub(crate) fn is_kept_key(key: &str) -> bool {
    let of_id = [PLAN_PREFIX, TRASH_PREFIX, versions::KEY_PREFIX]
        .iter()
        .any(|p| key.strip_prefix(p).and_then(PlanId::parse).is_some());
    let copy = [BACKUP_PREFIX, versions::BACKUP_PREFIX].iter().any(|p| {
        key.strip_prefix(p).is_some_and(|rest| {
            !rest.is_empty()
                && rest.len() <= 80
                && rest
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.')
        })
    });
    of_id || copy
}

/// Where a kept text goes when its own key holds another text here: a
/// backup copy's key (`cap.backup-versions.<id>` for versions).
pub(crate) fn copy_base(key: &str) -> String {
    let strip = |prefixes: &[&str]| prefixes.iter().find_map(|p| key.strip_prefix(p));
    match strip(&[versions::KEY_PREFIX, versions::BACKUP_PREFIX]) {
        Some(rest) => format!("{}{rest}", versions::BACKUP_PREFIX),
        None => {
            let rest = strip(&[PLAN_PREFIX, TRASH_PREFIX, BACKUP_PREFIX]).unwrap_or(key);
            format!("{BACKUP_PREFIX}{rest}")
        }
    }
}

/// A plan as the backup file writes it.
#[derive(Serialize)]
pub(crate) struct EntryOut<'a> {
    pub id: &'a PlanId,
    pub text: &'a str,
    pub versions: &'a [Version],
}

/// A kept text as the backup file writes it.
#[derive(Serialize)]
pub(crate) struct KeptOut<'a> {
    pub key: &'a str,
    pub text: &'a str,
}

#[derive(Serialize)]
struct BackupOut<'a> {
    format: &'static str,
    schema_version: u32,
    made_at: DateTime<Utc>,
    app_version: &'static str,
    plans: &'a [EntryOut<'a>],
    trash: &'a [EntryOut<'a>],
    kept: &'a [KeptOut<'a>],
}

/// The backup file (pretty JSON).
pub(crate) fn encode(
    made_at: DateTime<Utc>,
    plans: &[EntryOut<'_>],
    trash: &[EntryOut<'_>],
    kept: &[KeptOut<'_>],
) -> String {
    let out = BackupOut {
        format: FORMAT,
        schema_version: SCHEMA_VERSION,
        made_at,
        app_version: APP_VERSION,
        plans,
        trash,
        kept,
    };
    // Plain structs with string keys always serialize.
    serde_json::to_string_pretty(&out).unwrap_or_default()
}

/// Whether a full backup is due: something changed and there is no backup,
/// or the last change came more than [`DUE_AFTER_DAYS`] after the last
/// backup.
pub fn backup_due(last_backup: Option<DateTime<Utc>>, last_change: Option<DateTime<Utc>>) -> bool {
    match (last_backup, last_change) {
        (_, None) => false,
        (None, Some(_)) => true,
        (Some(backup), Some(change)) => change - backup > Duration::days(DUE_AFTER_DAYS),
    }
}
