//! What the library listing learnt from decoding each stored plan, kept so
//! that the next listing does not decode it again while its text is the same.
//!
//! Listing decodes every plan in full, on purpose: a plan that would fail to
//! open must show as unreadable, with its backup. With a large plan stored
//! that decode was most of the app's start (about half a second for an
//! 800 KB plan). The index keeps, per plan, a fingerprint of the exact text
//! that decoded and what the listing shows (name, client, save time). A plan
//! whose text has the same fingerprint is listed from the index; any other
//! text (another tab's save, a hand edit, damage) is decoded again. The
//! index is written by the app that decoded, and an index from another
//! version of the app is ignored, since another version may read the same
//! text differently.
//!
//! It is only ever a cache: losing it, or failing to write it (full
//! storage), costs a decode, never a plan.

use crate::storage::{
    envelope::{APP_VERSION, SCHEMA_VERSION},
    library::PlanId,
};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The storage key of the index.
pub const INDEX_KEY: &str = "cap.index";

/// What the listing shows of a plan that decoded.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Listed {
    /// Fingerprint of the stored text that decoded.
    pub fingerprint: String,
    /// Plan name.
    pub name: String,
    /// Client.
    pub client: String,
    /// Save time written in the envelope.
    pub saved_at: Option<DateTime<Utc>>,
}

/// The index: the app version that wrote it, and an entry per plan id.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Index {
    version: String,
    plans: BTreeMap<PlanId, Listed>,
}

impl Default for Index {
    fn default() -> Index {
        Index {
            version: version(),
            plans: BTreeMap::new(),
        }
    }
}

/// The app and schema version whose decoding the entries record.
fn version() -> String {
    format!("{APP_VERSION}/{SCHEMA_VERSION}")
}

/// A fingerprint of a stored text: its length and a 64-bit FNV-1a hash
/// taken over 8-byte words (a save hashes a whole plan, up to megabytes, so
/// a word at a time rather than a byte). Not a defence against a forger
/// (whoever can write this origin's storage can write the plan itself); a
/// text that slipped through would still be decoded, and refused with its
/// reason, when it is opened.
pub fn fingerprint(text: &str) -> String {
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut words = text.as_bytes().chunks_exact(8);
    for word in &mut words {
        let mut w = [0u8; 8];
        w.copy_from_slice(word);
        hash ^= u64::from_le_bytes(w);
        hash = hash.wrapping_mul(PRIME);
        // Fold the high bits down, so every byte of the word reaches the
        // low bits that the next multiplication spreads.
        hash ^= hash >> 32;
    }
    for byte in words.remainder() {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(PRIME);
    }
    format!("{hash:016x}-{}", text.len())
}

impl Index {
    /// Reads a stored index; a missing, damaged or other-version index is
    /// an empty one.
    pub fn read(text: Option<&str>) -> Index {
        text.and_then(|t| serde_json::from_str::<Index>(t).ok())
            .filter(|index| index.version == version())
            .unwrap_or_default()
    }

    /// The stored text of the index.
    pub fn to_text(&self) -> String {
        // A map of strings and plain structs: serializing cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// What was listed for `id` when its text had this `fingerprint`.
    pub fn get(&self, id: &PlanId, fingerprint: &str) -> Option<&Listed> {
        self.plans
            .get(id)
            .filter(|listed| listed.fingerprint == fingerprint)
    }

    /// Records what the decode of `id`'s current text lists.
    pub fn put(&mut self, id: PlanId, listed: Listed) {
        self.plans.insert(id, listed);
    }

    /// Forgets `id` (deleted, or no longer readable).
    pub fn remove(&mut self, id: &PlanId) {
        self.plans.remove(id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprints_differ_with_any_change_and_agree_on_the_same_text() {
        let a = fingerprint(r#"{"plan":{"name":"A"}}"#);
        assert_eq!(a, fingerprint(r#"{"plan":{"name":"A"}}"#));
        assert_ne!(a, fingerprint(r#"{"plan":{"name":"B"}}"#));
        assert_ne!(a, fingerprint(r#"{"plan":{"name":"A"}} "#));
        assert_ne!(fingerprint(""), fingerprint("\0"));
        // One byte changed anywhere in a long text, in a word or in the tail.
        let long: String = "0123456789abcdef".repeat(100) + "xyz";
        let base = fingerprint(&long);
        for at in (0..long.len()).step_by(7) {
            let mut bytes = long.clone().into_bytes();
            bytes[at] ^= 1;
            let changed = String::from_utf8(bytes).unwrap();
            assert_ne!(fingerprint(&changed), base, "byte {at}");
        }
    }

    #[test]
    fn a_damaged_or_other_version_index_reads_as_empty() {
        let id = PlanId::parse("p1").unwrap();
        let mut index = Index::default();
        let listed = Listed {
            fingerprint: fingerprint("x"),
            name: "Plan".into(),
            client: String::new(),
            saved_at: None,
        };
        index.put(id.clone(), listed.clone());
        let text = index.to_text();
        assert_eq!(
            Index::read(Some(&text)).get(&id, &fingerprint("x")),
            Some(&listed)
        );
        assert_eq!(Index::read(Some(&text)).get(&id, &fingerprint("y")), None);
        assert_eq!(Index::read(Some("{not json")), Index::default());
        let other = text.replace(&version(), "0.0.0/1");
        assert_eq!(Index::read(Some(&other)), Index::default());
        assert_eq!(Index::read(None), Index::default());
    }
}
