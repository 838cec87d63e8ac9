//! Share links: a plan travels inside the URL fragment (after `#`), which
//! browsers never send to a server, so sharing needs no server at all.
//!
//! The payload is `cap1.` followed by the plan's envelope (the same one as
//! localStorage and files), zlib-compressed and base64url-encoded. zlib's
//! Adler-32 checksum tells a damaged or cut link from a valid one before the
//! text is even parsed; then the one restore path ([`envelope::decode`])
//! migrates and validates the plan as it does for a file.

use crate::{
    domain::Plan,
    storage::envelope::{self, LoadError, Loaded, MAX_BYTES},
};
use base64::{engine::general_purpose::URL_SAFE_NO_PAD, Engine as _};
use chrono::{DateTime, Utc};
use thiserror::Error;

/// Marks a Cap share payload and its encoding version.
pub const PREFIX: &str = "cap1.";

/// Longest payload offered as a link. Browsers take far longer URLs, but
/// mail and chat apps cut or refuse them beyond a few tens of thousands of
/// characters; a plan that needs more travels as its `.json` file.
pub const MAX_LINK_CHARS: usize = 32_000;

/// A share payload, or why a plan does not make a practical link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Share {
    /// The payload to put after `#`.
    Link(String),
    /// The payload would be this many characters, over [`MAX_LINK_CHARS`].
    TooLong(usize),
}

/// Why a link could not be read.
#[derive(Clone, Debug, PartialEq, Error)]
pub enum ShareError {
    /// Nothing after `#`.
    #[error("the link holds no plan")]
    Empty,
    /// Something after `#` that is not a Cap share payload.
    #[error("not a Cap share link")]
    NotALink,
    /// Cut or altered on the way (bad characters, bad checksum, truncated).
    #[error("the link is incomplete or damaged")]
    Damaged,
    /// Inflates beyond the largest plan the app accepts.
    #[error("the plan in the link is too large")]
    TooLarge,
    /// Inflated, but not a plan this app can read.
    #[error(transparent)]
    Load(#[from] LoadError),
}

/// The share payload of `plan`.
pub fn encode(plan: &Plan, now: DateTime<Utc>) -> Share {
    let json = envelope::encode(plan, now, false);
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(json.as_bytes(), 9);
    let payload = format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(packed));
    if payload.len() > MAX_LINK_CHARS {
        Share::TooLong(payload.len())
    } else {
        Share::Link(payload)
    }
}

/// Reads a share payload (the URL fragment, with or without its `#`).
pub fn decode(fragment: &str) -> Result<Loaded, ShareError> {
    let fragment = fragment.trim().trim_start_matches('#');
    if fragment.is_empty() {
        return Err(ShareError::Empty);
    }
    let data = fragment.strip_prefix(PREFIX).ok_or(ShareError::NotALink)?;
    // Some apps turn the end of a long link into `…` or add a dot: only the
    // base64url alphabet is accepted, anything else is damage.
    if data.len() > MAX_BYTES {
        return Err(ShareError::TooLarge);
    }
    let packed = URL_SAFE_NO_PAD
        .decode(data)
        .map_err(|_| ShareError::Damaged)?;
    let json = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(&packed, MAX_BYTES)
        .map_err(|e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ShareError::TooLarge,
            _ => ShareError::Damaged,
        })?;
    let text = String::from_utf8(json).map_err(|_| ShareError::Damaged)?;
    Ok(envelope::decode(&text)?)
}
