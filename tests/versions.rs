//! Native tests of named versions: made, opened, stored apart from their
//! plan, carried by an exported file and checked when it is read.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::inconsistent_digit_grouping)]

mod common;
#[path = "../bench/native/common/large_plan.rs"]
mod large_plan;

use cap::{
    domain::*,
    storage::{
        share::{self, Share},
        versions::{self, NameError},
        *,
    },
};
use chrono::{DateTime, Duration, TimeZone, Utc};
use common::*;
use serde_json::{json, Value};
use std::collections::BTreeMap;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 3, 12, 9, 30, 0).unwrap()
}

fn sample() -> Plan {
    let mut p = Plan::new("Plan", day(2027, 1, 1), Lang::Fr);
    p.client = "Acme".into();
    p.budget.total = Money(50_000_00);
    p
}

fn id(s: &str) -> PlanId {
    PlanId::parse(s).unwrap()
}

/// Every key and value of a store.
fn snapshot(store: &MemoryStore) -> BTreeMap<String, String> {
    store
        .keys()
        .unwrap()
        .into_iter()
        .map(|k| {
            let v = store.get(&k).unwrap().unwrap();
            (k, v)
        })
        .collect()
}

/// The same without the listing's index, a cache a full storage may drop.
fn without_index(store: &MemoryStore) -> BTreeMap<String, String> {
    let mut all = snapshot(store);
    all.remove(index::INDEX_KEY);
    all
}

#[test]
fn a_version_is_named_trimmed_and_opens_as_the_plan_was() {
    let v = Version::make(&sample(), "  As presented on 12 March ", now()).unwrap();
    assert_eq!(v.name, "As presented on 12 March");
    assert_eq!(v.made_at, now());
    assert!(v.payload.starts_with(share::PREFIX));
    let opened = v.open().unwrap();
    assert_eq!(opened.plan, sample());
    assert_eq!(opened.saved_at, Some(now()));
    // The payload is a share link's fragment as it is.
    assert_eq!(
        share::decode(&format!("#{}", v.payload)).unwrap().plan,
        sample()
    );
    assert_eq!(
        share::encode(&sample(), now()),
        Share::Link(v.payload.clone())
    );
}

#[test]
fn a_name_is_not_empty_and_at_most_120_characters() {
    assert_eq!(
        Version::make(&sample(), "   ", now()),
        Err(NameError::Empty)
    );
    assert_eq!(Version::make(&sample(), "", now()), Err(NameError::Empty));
    let longest = "é".repeat(versions::MAX_NAME_CHARS);
    assert_eq!(
        Version::make(&sample(), &longest, now()).unwrap().name,
        longest
    );
    assert_eq!(
        Version::make(&sample(), &format!(" {longest}x "), now()),
        Err(NameError::TooLong {
            chars: 121,
            max: versions::MAX_NAME_CHARS
        })
    );
}

/// A plan too large for a share link still gets a version, which opens.
#[test]
fn a_version_is_not_limited_to_a_links_length() {
    let big = large_plan::large_plan();
    assert!(matches!(share::encode(&big, now()), Share::TooLong(_)));
    let v = Version::make(&big, "Large", now()).unwrap();
    assert!(v.payload.len() > share::MAX_LINK_CHARS);
    assert_eq!(v.open().unwrap().plan, big);
}

#[test]
fn versions_are_stored_apart_oldest_first_and_the_autosave_leaves_them() {
    let lib = Library::new(MemoryStore::new());
    let a = id("a");
    let saved = lib.save(&a, &sample(), now(), None).unwrap();
    assert_eq!(lib.versions(&a).unwrap(), vec![]);
    let mut later = sample();
    later.context = "After the meeting".into();
    let second = lib
        .add_version(&a, &later, "Second", now() + Duration::hours(1))
        .unwrap();
    let first = lib.add_version(&a, &sample(), "First", now()).unwrap();
    assert_eq!(lib.versions(&a).unwrap(), vec![first.clone(), second]);
    let stored: Value =
        serde_json::from_str(&lib.raw(&versions::key(&a)).unwrap().unwrap()).unwrap();
    assert_eq!(stored["format"], "cap-versions");
    assert_eq!(stored["schema_version"], 1);
    assert_eq!(stored["versions"][0]["name"], "First");
    assert_eq!(stored["versions"][0]["payload"], json!(first.payload));
    assert_eq!(versions::key(&a), "cap.versions.a");
    // The autosave writes the plan, never its versions.
    let before = lib.raw("cap.versions.a").unwrap();
    lib.save(&a, &later, now() + Duration::hours(2), Some(&saved))
        .unwrap();
    assert_eq!(lib.raw("cap.versions.a").unwrap(), before);
    assert!(!lib.raw(&a.key()).unwrap().unwrap().contains("versions"));
    assert_eq!(lib.open(&a).unwrap().0.versions, vec![]);
    // A name is checked before anything is written.
    assert_eq!(
        lib.add_version(&a, &later, " ", now()),
        Err(VersionError::Name(NameError::Empty))
    );
    assert_eq!(lib.raw("cap.versions.a").unwrap(), before);
}

#[test]
fn unreadable_stored_versions_are_backed_up_reported_and_never_written_over() {
    let lib = Library::new(MemoryStore::new());
    let a = id("a");
    lib.save(&a, &sample(), now(), None).unwrap();
    let damaged = "{\"format\": \"cap-versions\", \"schema_version\": 1, \"versions\": [{\"na";
    lib.store().set("cap.versions.a", damaged).unwrap();
    let Err(VersionError::Unreadable { error, backup_key }) = lib.versions(&a) else {
        panic!("read as {:?}", lib.versions(&a));
    };
    assert!(matches!(*error, LoadError::Malformed { .. }));
    assert_eq!(backup_key.as_deref(), Some("cap.backup-versions.a"));
    assert_eq!(
        lib.raw("cap.backup-versions.a").unwrap().as_deref(),
        Some(damaged)
    );
    assert!(matches!(
        lib.add_version(&a, &sample(), "New", now()),
        Err(VersionError::Unreadable { .. })
    ));
    assert_eq!(lib.raw("cap.versions.a").unwrap().as_deref(), Some(damaged));
    // A newer list is refused the same way, not guessed.
    let newer = json!({"format": "cap-versions", "schema_version": 2, "versions": []}).to_string();
    lib.store().set("cap.versions.a", &newer).unwrap();
    assert!(matches!(
        lib.versions(&a),
        Err(VersionError::Unreadable { error, .. })
            if matches!(*error, LoadError::NewerVersion { found: 2, supported: 1 })
    ));
}

#[test]
fn a_full_storage_refuses_a_version_and_changes_nothing_stored() {
    let a = id("a");
    let probe = Library::new(MemoryStore::new());
    probe.save(&a, &sample(), now(), None).unwrap();
    probe.add_version(&a, &sample(), "First", now()).unwrap();
    let used: usize = snapshot(probe.store())
        .iter()
        .map(|(k, v)| k.len() + v.len())
        .sum();
    // Room for what is there, not for a second version.
    let lib = Library::new(MemoryStore::with_quota(used + 50));
    lib.save(&a, &sample(), now(), None).unwrap();
    lib.add_version(&a, &sample(), "First", now()).unwrap();
    let before = without_index(lib.store());
    assert_eq!(
        lib.add_version(&a, &sample(), "Second", now() + Duration::hours(1)),
        Err(VersionError::Storage(StorageError::QuotaExceeded))
    );
    assert_eq!(without_index(lib.store()), before);
    assert_eq!(lib.versions(&a).unwrap().len(), 1);
}

#[test]
fn versions_follow_their_plan_to_the_trash_and_back_and_go_with_its_purge() {
    let lib = Library::new(MemoryStore::new());
    let a = id("a");
    lib.save(&a, &sample(), now(), None).unwrap();
    let v = lib.add_version(&a, &sample(), "Kept", now()).unwrap();
    let raw = lib.delete(&a).unwrap().unwrap();
    assert_eq!(lib.versions(&a).unwrap(), vec![v.clone()], "in the trash");
    lib.restore(&a, &raw).unwrap();
    assert_eq!(lib.versions(&a).unwrap(), vec![v.clone()], "restored");
    // A duplicate is another plan: it starts without versions.
    let copy = id("copy");
    lib.save(&copy, &sample(), now(), None).unwrap();
    assert_eq!(lib.versions(&copy).unwrap(), vec![]);
    lib.delete(&a).unwrap();
    lib.purge(&a).unwrap();
    assert_eq!(lib.raw("cap.versions.a").unwrap(), None, "purged");
    assert_eq!(lib.versions(&copy).unwrap(), vec![]);
}

#[test]
fn a_version_is_deleted_only_on_request_and_by_name_and_time() {
    let lib = Library::new(MemoryStore::new());
    let a = id("a");
    let one = lib.add_version(&a, &sample(), "One", now()).unwrap();
    let two = lib
        .add_version(&a, &sample(), "Two", now() + Duration::hours(1))
        .unwrap();
    let other_time = Version {
        made_at: now() + Duration::hours(2),
        ..one.clone()
    };
    assert!(!lib.delete_version(&a, &other_time).unwrap());
    assert!(lib.delete_version(&a, &one).unwrap());
    assert_eq!(lib.versions(&a).unwrap(), vec![two.clone()]);
    assert!(lib.delete_version(&a, &two).unwrap());
    assert_eq!(lib.raw("cap.versions.a").unwrap(), None);
}

#[test]
fn versions_of_an_imported_plan_join_the_stored_ones_without_dropping_any() {
    let lib = Library::new(MemoryStore::new());
    let a = id("a");
    let mid = lib
        .add_version(&a, &sample(), "Mid", now() + Duration::days(1))
        .unwrap();
    let mut changed = sample();
    changed.client = "Other".into();
    // The same name and time as the stored one, another payload: the stored
    // one stays.
    let clash = Version::make(&changed, "Mid", now() + Duration::days(1)).unwrap();
    let early = Version::make(&sample(), "Early", now()).unwrap();
    let late = Version::make(&sample(), "Late", now() + Duration::days(2)).unwrap();
    lib.add_versions(&a, &[late.clone(), clash, early.clone()])
        .unwrap();
    assert_eq!(lib.versions(&a).unwrap(), vec![early, mid, late]);
}

#[test]
fn an_export_without_versions_is_byte_for_byte_the_plain_export() {
    for p in [sample(), large_plan::large_plan()] {
        assert_eq!(encode_export(&p, &[], now()), encode(&p, now(), true));
    }
}

#[test]
fn versions_survive_the_export_and_an_older_reader_sees_the_same_plan() {
    let mut before = sample();
    before.context = "Before".into();
    let vs = vec![
        Version::make(&before, "As presented on 12 March", now()).unwrap(),
        Version::make(&sample(), "Signed", now() + Duration::days(3)).unwrap(),
    ];
    let at = now() + Duration::days(4);
    let text = encode_export(&sample(), &vs, at);
    let loaded = decode(&text).unwrap();
    assert_eq!(loaded.plan, sample());
    assert_eq!(loaded.saved_at, Some(at));
    assert_eq!(loaded.versions, vs);
    assert_eq!(loaded.versions[0].open().unwrap().plan, before);
    // The versions come after the plan, beside it: the plain export is the
    // same text up to the plan's end.
    let plain = encode(&sample(), at, true);
    assert!(text.starts_with(plain.trim_end_matches('}').trim_end()));
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["schema_version"], envelope::SCHEMA_VERSION);
    // Without the versions field the text is what an older app reads.
    let mut older = v.clone();
    older.as_object_mut().unwrap().remove("versions");
    assert_eq!(decode(&older.to_string()).unwrap().plan, sample());
}

#[test]
fn a_bad_version_refuses_the_file_with_its_path() {
    let good = Version::make(&sample(), "Good", now()).unwrap();
    let base: Value = serde_json::from_str(&encode_export(
        &sample(),
        &[good.clone(), good.clone()],
        now(),
    ))
    .unwrap();
    let mut bad_total = serde_json::to_value(sample()).unwrap();
    bad_total["budget"]["total"] = json!("lots");
    let newer = json!({"format": "cap-plan", "schema_version": envelope::SCHEMA_VERSION + 1,
        "plan": serde_json::to_value(sample()).unwrap()})
    .to_string();
    let wrong_plan = json!({"format": "cap-plan", "schema_version": envelope::SCHEMA_VERSION,
        "plan": bad_total})
    .to_string();
    let cut = &good.payload[..good.payload.len() - 5];
    let cases: Vec<(&str, Value, &str)> = vec![
        ("/versions/0/payload", json!(cut), "versions[0].payload"),
        (
            "/versions/1/payload",
            json!("not a payload"),
            "versions[1].payload",
        ),
        (
            "/versions/1/payload",
            json!(pack(&newer)),
            "versions[1].payload",
        ),
        (
            "/versions/0/payload",
            json!(pack(&wrong_plan)),
            "versions[0].payload",
        ),
        ("/versions/1/name", json!("  "), "versions[1].name"),
        (
            "/versions/0/name",
            json!("x".repeat(121)),
            "versions[0].name",
        ),
        (
            "/versions/0/made_at",
            json!("12 March"),
            "versions[0].made_at",
        ),
        ("/versions/1", json!({"name": "x"}), "versions[1]"),
        ("/versions", json!("all of them"), "versions"),
        ("/versions", json!(null), "versions"),
    ];
    for (pointer, value, path) in cases {
        let mut v = base.clone();
        *v.pointer_mut(pointer).unwrap() = value;
        let err = decode(&v.to_string()).expect_err(pointer);
        assert_eq!(err.path(), Some(path), "{pointer}: {err}");
    }
    let mut v = base.clone();
    *v.pointer_mut("/versions/1/payload").unwrap() = json!(pack(&newer));
    let err = decode(&v.to_string()).unwrap_err();
    assert!(err.to_string().contains("newer version"), "{err}");
    let mut v = base;
    *v.pointer_mut("/versions/0/payload").unwrap() = json!(pack(&wrong_plan));
    assert!(matches!(
        decode(&v.to_string()),
        Err(LoadError::WrongField {
            fault: envelope::FieldFault::WrongType { .. },
            ..
        })
    ));
}

/// A share payload of any envelope text (`share::pack` takes a plan).
fn pack(text: &str) -> String {
    use base64::Engine as _;
    let packed = miniz_oxide::deflate::compress_to_vec_zlib(text.as_bytes(), 6);
    format!(
        "{}{}",
        share::PREFIX,
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(packed)
    )
}

/// A payload whose envelope holds versions (none the app writes) opens
/// without them: opening a version never reads further versions.
#[test]
fn a_payload_never_brings_versions_of_its_own() {
    let inner = Version::make(&sample(), "Inner", now()).unwrap();
    let export = encode_export(&sample(), &[inner], now());
    let payload = pack(&export);
    assert_eq!(share::decode(&payload).unwrap().versions, vec![]);
    let outer = Version {
        name: "Outer".into(),
        made_at: now(),
        payload,
    };
    assert_eq!(outer.open().unwrap().versions, vec![]);
}
