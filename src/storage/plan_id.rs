//! The identifier of a plan in the library, which is also its storage key
//! and the segment of its URL.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The storage key prefix of plans.
pub(crate) const PLAN_PREFIX: &str = "cap.plan.";

/// Identifier of a plan in the library: lower-case letters, digits and `-`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct PlanId(String);

impl PlanId {
    /// Parses an id (from a URL or a storage key).
    pub fn parse(s: &str) -> Option<PlanId> {
        let ok = !s.is_empty()
            && s.len() <= 40
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        ok.then(|| PlanId(s.to_string()))
    }

    /// A new id from the time in milliseconds and a random number: unique
    /// across tabs and devices for any practical purpose.
    pub fn generate(now_ms: u64, random: u32) -> PlanId {
        PlanId(format!("{}-{}", base36(now_ms), base36(u64::from(random))))
    }

    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The storage key of this plan.
    pub fn key(&self) -> String {
        format!("{PLAN_PREFIX}{}", self.0)
    }
}

impl TryFrom<String> for PlanId {
    type Error = String;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        PlanId::parse(&s).ok_or(s)
    }
}

impl From<PlanId> for String {
    fn from(id: PlanId) -> String {
        id.0
    }
}

impl fmt::Display for PlanId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}
