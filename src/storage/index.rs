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
//! build of the app is ignored, since another build may read the same text
//! differently; a plan that fails to open is dropped from it.
//!
//! It is only ever a cache: losing it, or failing to write it (full
//! storage), costs a decode, never a plan.

use crate::storage::{
    envelope::{APP_VERSION, SCHEMA_VERSION},
    plan_id::PlanId,
};
use chrono::{DateTime, Utc};
use serde_json::{Map, Value};

/// The storage key of the index.
pub const INDEX_KEY: &str = "cap.index";

/// What the listing shows of a plan that decoded.
#[derive(Clone, Debug, PartialEq)]
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
/// Read and written through `serde_json::Value`, whose code the bundle has
/// anyway, rather than derived (de)serializers of its own.
#[derive(Clone, Debug, PartialEq)]
pub struct Index {
    version: String,
    /// Sorted by id (a few dozen plans at most: a sorted list keeps map
    /// code for this one type out of the bundle).
    plans: Vec<(PlanId, Listed)>,
}

impl Default for Index {
    fn default() -> Index {
        Index {
            version: version(),
            plans: Vec::new(),
        }
    }
}

/// The build whose decoding the entries record: the app and schema
/// versions, and a fingerprint of the code that reads plans (build.rs), so
/// a deploy that reads differently without a version bump starts afresh.
fn version() -> String {
    // `i2`: the index's own layout (save times as nanoseconds).
    format!("{APP_VERSION}/{SCHEMA_VERSION}/{}/i2", env!("CAP_BUILD_ID"))
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
    /// an empty one, and an entry that does not read is left out.
    pub fn read(text: Option<&str>) -> Index {
        let mut index = Index::default();
        let Some(value) = text.and_then(|t| serde_json::from_str::<Value>(t).ok()) else {
            return index;
        };
        if value.get("version").and_then(Value::as_str) != Some(index.version.as_str()) {
            return index;
        }
        let Some(plans) = value.get("plans").and_then(Value::as_object) else {
            return index;
        };
        for (id, entry) in plans {
            let text = |field: &str| entry.get(field).and_then(Value::as_str).map(str::to_string);
            // Nanoseconds since the epoch: the exact instant, read with no
            // date parsing (whose code the first screen does not need).
            let saved_at = match entry.get("saved_at_ns") {
                Some(at) => match at.as_i64() {
                    Some(ns) => Some(DateTime::from_timestamp_nanos(ns)),
                    None => continue,
                },
                None => None,
            };
            if let (Some(id), Some(fingerprint), Some(name), Some(client)) = (
                PlanId::parse(id),
                text("fingerprint"),
                text("name"),
                text("client"),
            ) {
                index.put(
                    id,
                    Listed {
                        fingerprint,
                        name,
                        client,
                        saved_at,
                    },
                );
            }
        }
        index
    }

    /// The stored text of the index.
    pub fn to_text(&self) -> String {
        let plans: Map<String, Value> = self
            .plans
            .iter()
            .filter_map(|(id, l)| {
                let mut entry = Map::new();
                entry.insert("fingerprint".into(), l.fingerprint.clone().into());
                entry.insert("name".into(), l.name.clone().into());
                entry.insert("client".into(), l.client.clone().into());
                match l.saved_at.map(|at| at.timestamp_nanos_opt()) {
                    Some(Some(ns)) => {
                        entry.insert("saved_at_ns".into(), ns.into());
                    }
                    // Outside 1677..2262: left out, so decoded next time.
                    Some(None) => return None,
                    None => {}
                }
                Some((id.to_string(), Value::Object(entry)))
            })
            .collect();
        let mut root = Map::new();
        root.insert("version".into(), self.version.clone().into());
        root.insert("plans".into(), Value::Object(plans));
        Value::Object(root).to_string()
    }

    /// What was listed for `id` when its text had this `fingerprint`.
    pub fn get(&self, id: &PlanId, fingerprint: &str) -> Option<&Listed> {
        self.plans
            .iter()
            .find(|(k, listed)| k == id && listed.fingerprint == fingerprint)
            .map(|(_, listed)| listed)
    }

    /// Records what the decode of `id`'s current text lists.
    pub fn put(&mut self, id: PlanId, listed: Listed) {
        // Kept sorted by id, so two indexes of the same plans compare equal
        // whatever order the storage listed them in.
        match self.plans.binary_search_by(|(k, _)| k.cmp(&id)) {
            Ok(at) => self.plans[at].1 = listed,
            Err(at) => self.plans.insert(at, (id, listed)),
        }
    }

    /// Forgets `id` (deleted, or no longer readable).
    pub fn remove(&mut self, id: &PlanId) {
        self.plans.retain(|(k, _)| k != id);
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
        // The layout before save times were numbers: same build otherwise,
        // a date string where the nanoseconds are now. Ignored whole, so
        // no plan lists as never saved.
        let before = format!(
            r#"{{"version":"{}","plans":{{"p1":{{"fingerprint":"{}","name":"Plan","client":"","saved_at":"2026-11-01T10:00:00Z"}}}}}}"#,
            version().trim_end_matches("/i2"),
            fingerprint("x")
        );
        assert_eq!(Index::read(Some(&before)), Index::default());
    }

    #[test]
    fn save_times_read_back_to_the_nanosecond() {
        let id = PlanId::parse("p1").unwrap();
        let at = DateTime::from_timestamp(1_795_000_000, 123_456_789).unwrap();
        let mut index = Index::default();
        let listed = Listed {
            fingerprint: fingerprint("x"),
            name: "Plan".into(),
            client: "Client".into(),
            saved_at: Some(at),
        };
        index.put(id.clone(), listed.clone());
        let read = Index::read(Some(&index.to_text()));
        assert_eq!(read.get(&id, &fingerprint("x")), Some(&listed));
    }
}
