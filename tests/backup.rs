//! Native tests of the full backup: one file with every plan, its trash
//! and versions, restored byte for byte, refused whole when any of it is
//! wrong; and when the next one is due. Restoring over plans of this
//! library: tests/restore.rs.
#![cfg(not(target_arch = "wasm32"))]

mod backup_fixture;
mod common;

use backup_fixture::*;
use cap::{
    domain::*,
    storage::{
        backup::{self, backup_due, BackupError},
        *,
    },
};
use chrono::Duration;
use common::*;
use proptest::prelude::*;
use serde_json::{json, Value};
use std::collections::BTreeMap;

#[test]
fn a_backup_restored_into_an_empty_library_is_every_text_byte_for_byte() {
    let lib = library();
    let text = lib.backup_file(now()).unwrap();
    let backup = backup::decode(&text).unwrap();
    assert_eq!(backup.made_at, now());
    assert_eq!(backup.plans.len(), 3);
    assert_eq!(
        backup.plans[0].text,
        lib.raw("cap.plan.a").unwrap().unwrap()
    );
    assert_eq!(backup.plans[0].versions, lib.versions(&id("a")).unwrap());
    assert_eq!(backup.trash[0].id, id("gone"));
    assert_eq!(backup.trash[0].versions.len(), 1);
    let kept: Vec<&str> = backup.kept.iter().map(|k| k.key.as_str()).collect();
    assert_eq!(
        kept,
        [
            "cap.backup-versions.c",
            "cap.backup.broken",
            "cap.plan.broken",
            "cap.versions.c",
            "cap.versions.orphan"
        ]
    );
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["format"], "cap-backup");
    assert_eq!(v["schema_version"], 1);
    assert_eq!(v["app_version"], env!("CARGO_PKG_VERSION"));

    let fresh = Library::new(MemoryStore::new());
    let preview = fresh.restore_preview(&backup).unwrap();
    assert!(preview.iter().all(|i| i.status == RestoreStatus::New));
    // A plan new here is added or skipped, not copied.
    let mut copy = Choices::defaults(&preview);
    let keep_both = Choice::KeepBoth {
        id: id("copy"),
        name: "Copy".into(),
    };
    copy.set(id("a"), keep_both);
    assert!(matches!(
        fresh.restore_backup(&backup, &copy),
        Err(RestoreError::NotAllowed {
            status: RestoreStatus::New,
            ..
        })
    ));
    assert_eq!(texts(fresh.store()), BTreeMap::new());
    assert_eq!(preview[1].name, "b");
    assert_eq!(preview[1].client, "Client of b");
    assert_eq!(preview[1].saved_at, Some(now() + Duration::hours(1)));
    let report = fresh
        .restore_backup(&backup, &Choices::defaults(&preview))
        .unwrap();
    assert!(report.is_complete(), "{report:?}");
    assert_eq!(texts(fresh.store()), texts(lib.store()));
    // What the restore wrote lists as the original does, from the index.
    assert_eq!(fresh.list_known().unwrap(), lib.list_known().unwrap());
    // Restoring the same file again changes nothing.
    let again = restore_all(&text, &fresh);
    assert!(again.plans.iter().all(|(_, o)| *o == Outcome::Skipped));
    assert_eq!(texts(fresh.store()), texts(lib.store()));
}

#[test]
fn refused_files_name_the_field_and_change_nothing() {
    let lib = library();
    let text = lib.backup_file(now()).unwrap();
    let base: Value = serde_json::from_str(&text).unwrap();
    let mut bad_plan = serde_json::to_value(plan("x")).unwrap();
    bad_plan["budget"]["total"] = json!("lots");
    let bad_text = json!({"format": "cap-plan", "schema_version": envelope::SCHEMA_VERSION,
        "plan": bad_plan})
    .to_string();
    let cases: Vec<(&str, Value, &str)> = vec![
        ("/format", json!("cap-plan"), "format"),
        ("/schema_version", json!("1"), "schema_version"),
        ("/schema_version", json!(0), "schema_version"),
        ("/schema_version", json!(2), "schema_version"),
        ("/made_at", json!("yesterday"), "made_at"),
        ("/plans", json!({}), "plans"),
        ("/plans/1/id", json!("Not An Id"), "plans[1].id"),
        ("/plans/1/id", json!("a"), "plans[1].id"),
        ("/trash/0/id", json!(12), "trash[0].id"),
        ("/plans/0/text", json!(null), "plans[0].text"),
        (
            "/plans/1/text",
            json!(bad_text),
            "plans[1].text: plan.budget.total",
        ),
        (
            "/plans/2/text",
            json!("{\"format\": \"cap-pl"),
            "plans[2].text",
        ),
        (
            "/plans/0/versions/1/payload",
            json!("cap1.AAAA"),
            "plans[0].versions[1].payload",
        ),
        (
            "/trash/0/versions/0/name",
            json!(""),
            "trash[0].versions[0].name",
        ),
        ("/kept/0/key", json!("cap.settings"), "kept[0].key"),
        ("/kept/1/text", json!(5), "kept[1].text"),
    ];
    let before = texts(lib.store());
    for (pointer, value, path) in cases {
        let mut v = base.clone();
        *v.pointer_mut(pointer).unwrap() = value;
        let err = backup::decode(&v.to_string()).expect_err(pointer);
        assert_eq!(err.path().as_deref(), Some(path), "{pointer}: {err}");
    }
    let mut newer = base.clone();
    newer["schema_version"] = json!(2);
    assert_eq!(
        backup::decode(&newer.to_string()),
        Err(BackupError::NewerVersion {
            found: 2,
            supported: backup::SCHEMA_VERSION
        })
    );
    let mut v = base.clone();
    v["plans"][1]["text"] = json!(bad_text);
    let err = backup::decode(&v.to_string()).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("plans[1].text: plan.budget.total: invalid type"),
        "{err}"
    );
    // A cut file, anywhere.
    for at in [0, 1, text.len() / 3, text.len() / 2, text.len() - 1] {
        let cut = &text[..at];
        assert!(
            matches!(backup::decode(cut), Err(BackupError::Malformed { .. })),
            "cut at {at}"
        );
    }
    assert_eq!(backup::decode("[1, 2]"), Err(BackupError::NotABackup));
    assert_eq!(
        backup::decode(&lib.raw("cap.plan.a").unwrap().unwrap()),
        Err(BackupError::NotABackup),
        "a plan file is not a backup"
    );
    let huge = " ".repeat(backup::MAX_BYTES + 1);
    assert!(matches!(
        backup::decode(&huge),
        Err(BackupError::TooLarge { .. })
    ));
    assert_eq!(texts(lib.store()), before);
}

#[test]
fn a_backup_is_due_a_week_after_an_unsaved_change() {
    let t = now();
    assert!(!backup_due(None, None), "nothing to back up");
    assert!(!backup_due(Some(t), None));
    assert!(backup_due(None, Some(t)));
    assert!(!backup_due(Some(t), Some(t - Duration::days(30))));
    assert!(!backup_due(Some(t), Some(t + Duration::days(7))));
    assert!(backup_due(
        Some(t),
        Some(t + Duration::days(7) + Duration::seconds(1))
    ));

    let lib = Library::new(MemoryStore::new());
    assert_eq!(lib.last_change().unwrap(), None);
    assert!(!lib.backup_due().unwrap());
    lib.save(&id("a"), &plan("a"), t, None).unwrap();
    lib.save(&id("b"), &plan("b"), t + Duration::days(9), None)
        .unwrap();
    assert_eq!(lib.last_change().unwrap(), Some(t + Duration::days(9)));
    assert!(lib.backup_due().unwrap());
    assert_eq!(lib.last_backup().unwrap(), None);
    lib.set_last_backup(t + Duration::days(1)).unwrap();
    assert_eq!(
        lib.raw(backup::LAST_BACKUP_KEY).unwrap().as_deref(),
        Some("2027-03-13T09:30:00+00:00")
    );
    assert_eq!(lib.last_backup().unwrap(), Some(t + Duration::days(1)));
    assert!(lib.backup_due().unwrap());
    lib.set_last_backup(t + Duration::days(9)).unwrap();
    assert!(!lib.backup_due().unwrap());
    lib.store()
        .set(backup::LAST_BACKUP_KEY, "last week")
        .unwrap();
    assert_eq!(
        lib.last_backup().unwrap(),
        None,
        "unreadable: no backup known"
    );
}

#[derive(Clone, Debug)]
struct Stored {
    plan: Plan,
    trashed: bool,
    versions: Vec<(String, i64)>,
    broken: bool,
}

fn arb_stored() -> impl Strategy<Value = Stored> {
    (
        arb_plan(),
        prop::bool::ANY,
        prop::collection::vec(("[A-Za-z ]{0,8}[A-Za-z]", 0i64..1_000_000), 0..3),
        prop::bool::weighted(0.15),
    )
        .prop_map(|(plan, trashed, versions, broken)| Stored {
            plan,
            trashed,
            versions,
            broken,
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Whatever the library holds, its backup restored into an empty
    /// library gives back every text, byte for byte.
    #[test]
    fn backup_then_restore_into_an_empty_library_is_the_identity(
        plans in prop::collection::vec(arb_stored(), 0..5),
    ) {
        let lib = Library::new(MemoryStore::new());
        for (i, s) in plans.iter().enumerate() {
            let pid = id(&format!("p{i}"));
            let at = now() + Duration::seconds(i as i64) + Duration::nanoseconds(123_456_789);
            lib.save(&pid, &s.plan, at, None).unwrap();
            for (name, secs) in &s.versions {
                lib.add_version(&pid, &s.plan, name, now() + Duration::seconds(*secs)).unwrap();
            }
            if s.broken {
                let raw = lib.raw(&pid.key()).unwrap().unwrap();
                let mut cut = raw.len() / 2;
                while !raw.is_char_boundary(cut) { cut -= 1; }
                lib.store().set(&pid.key(), &raw[..cut]).unwrap();
            }
            if s.trashed {
                lib.delete(&pid).unwrap();
            }
        }
        lib.list().unwrap();
        let text = lib.backup_file(now()).unwrap();
        let fresh = Library::new(MemoryStore::new());
        let report = restore_all(&text, &fresh);
        prop_assert!(report.is_complete());
        prop_assert_eq!(texts(fresh.store()), texts(lib.store()));
    }
}

/// JSON pointers of every value in `v`.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match v {
        Value::Object(m) => m
            .iter()
            .for_each(|(k, x)| pointers(x, format!("{at}/{k}"), out)),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| pointers(x, format!("{at}/{i}"), out)),
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    /// Any one value of a backup file changed: the file is refused with the
    /// field named, or read in full (a plan text changed but still a plan,
    /// a kept text, the app version).
    #[test]
    fn a_changed_value_in_a_backup_is_refused_with_its_field_or_read(
        pick in any::<prop::sample::Index>(),
        replacement in prop_oneof![
            Just(json!(null)), Just(json!(-1)), Just(json!("")), Just(json!([])),
            Just(json!({})), Just(json!(true)), Just(json!("cap.plan.x")),
            Just(json!("{\"format\": \"cap-plan\"}")), ".{0,12}".prop_map(|s| json!(s)),
        ],
    ) {
        let lib = library();
        let mut v: Value = serde_json::from_str(&lib.backup_file(now()).unwrap()).unwrap();
        let mut all = Vec::new();
        pointers(&v, String::new(), &mut all);
        let target = pick.get(&all).clone();
        if let Some(slot) = v.pointer_mut(&target) {
            *slot = replacement;
        }
        match backup::decode(&v.to_string()) {
            Ok(read) => {
                for entry in read.plans.iter().chain(&read.trash) {
                    prop_assert_eq!(&decode(&entry.text).unwrap(), &entry.loaded);
                }
            }
            Err(e) => prop_assert!(e.path().is_some(), "{}: {:?}", target, e),
        }
    }
}

#[test]
fn a_backup_never_carries_the_sync_servers_password_or_state() {
    let lib = library();
    let secret = "s3cret-Pa55word";
    let connection = format!(
        r#"{{"url":"https://couch.agency.ch","db":"team","user":"ana","password":"{secret}"}}"#
    );
    lib.store().set("cap.sync.connection", &connection).unwrap();
    lib.store()
        .set(
            "cap.sync.state",
            r#"{"database":"https://couch.agency.ch/team"}"#,
        )
        .unwrap();
    lib.store().set("cap.sync.base.a", "base text").unwrap();
    let text = lib.backup_file(now()).unwrap();
    assert!(!text.contains(secret), "the password is in the backup");
    assert!(!text.contains("cap.sync."), "a sync key is in the backup");
    assert_eq!(backup::decode(&text).unwrap().plans.len(), 3);
}
