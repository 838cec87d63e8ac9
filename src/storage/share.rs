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
    offer(pack(plan, now))
}

/// `payload` offered as a link, when it is at most [`MAX_LINK_CHARS`] long.
pub fn offer(payload: String) -> Share {
    if payload.len() > MAX_LINK_CHARS {
        Share::TooLong(payload.len())
    } else {
        Share::Link(payload)
    }
}

/// The share payload of `plan` whatever its length (a named version keeps
/// it; [`encode`] offers it as a link only up to [`MAX_LINK_CHARS`]).
pub fn pack(plan: &Plan, now: DateTime<Utc>) -> String {
    let json = envelope::encode(plan, now, false);
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(json.as_bytes(), 9);
    format!("{PREFIX}{}", URL_SAFE_NO_PAD.encode(packed))
}

/// Reads a share payload (the URL fragment, with or without its `#`). Its
/// envelope is read without versions (a payload never holds any), so
/// opening a named version never reads further versions.
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
    let json = inflate_whole(&packed)?;
    let text = String::from_utf8(json).map_err(|_| ShareError::Damaged)?;
    Ok(envelope::decode_plan(&text)?)
}

/// Inflates a zlib stream that must fill `packed` exactly: bytes after its
/// checksum are damage too (zlib's own readers stop at the checksum and
/// would open such a link).
fn inflate_whole(packed: &[u8]) -> Result<Vec<u8>, ShareError> {
    use miniz_oxide::inflate::{
        core::{decompress, inflate_flags, DecompressorOxide},
        TINFLStatus,
    };
    let flags = inflate_flags::TINFL_FLAG_PARSE_ZLIB_HEADER
        | inflate_flags::TINFL_FLAG_USING_NON_WRAPPING_OUTPUT_BUF;
    let mut out = vec![0; packed.len().saturating_mul(4).clamp(1024, MAX_BYTES)];
    let mut state = Box::<DecompressorOxide>::default();
    let (mut input, mut written) = (packed, 0);
    loop {
        let (status, read, wrote) = decompress(&mut state, input, &mut out, written, flags);
        written += wrote;
        input = input.get(read..).ok_or(ShareError::Damaged)?;
        match status {
            TINFLStatus::Done if input.is_empty() => {
                out.truncate(written);
                return Ok(out);
            }
            TINFLStatus::HasMoreOutput if out.len() < MAX_BYTES => {
                out.resize(out.len().saturating_mul(2).min(MAX_BYTES), 0);
            }
            TINFLStatus::HasMoreOutput => return Err(ShareError::TooLarge),
            _ => return Err(ShareError::Damaged),
        }
    }
}
