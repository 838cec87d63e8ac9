//! A library to back up, and the helpers the backup and restore tests
//! share.
#![allow(dead_code, clippy::inconsistent_digit_grouping)]

use crate::common::day;
use cap::{domain::*, storage::*};
use chrono::{DateTime, Duration, TimeZone, Utc};
use std::collections::BTreeMap;

pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 3, 12, 9, 30, 0).unwrap()
}

pub fn plan(name: &str) -> Plan {
    let mut p = Plan::new(name, day(2027, 1, 1), Lang::Fr);
    p.client = format!("Client of {name}");
    p.budget.total = Money(50_000_00);
    p
}

pub fn id(s: &str) -> PlanId {
    PlanId::parse(s).unwrap()
}

/// Every key and value of a store but the listing's index (a cache).
pub fn texts(store: &MemoryStore) -> BTreeMap<String, String> {
    store
        .keys()
        .unwrap()
        .into_iter()
        .filter(|k| k != index::INDEX_KEY)
        .map(|k| {
            let v = store.get(&k).unwrap().unwrap();
            (k, v)
        })
        .collect()
}

/// Three plans (one with two versions), one in the trash with a version,
/// an unreadable plan, unreadable versions of a readable plan, versions of
/// no plan.
pub fn library() -> Library<MemoryStore> {
    let lib = Library::new(MemoryStore::new());
    for (i, name) in ["a", "b", "c"].iter().enumerate() {
        let at = now() + Duration::hours(i as i64);
        lib.save(&id(name), &plan(name), at, None).unwrap();
    }
    lib.add_version(&id("a"), &plan("a"), "First", now())
        .unwrap();
    let mut later = plan("a");
    later.context = "Later".into();
    lib.add_version(&id("a"), &later, "Second", now() + Duration::days(1))
        .unwrap();
    lib.save(&id("gone"), &plan("gone"), now(), None).unwrap();
    lib.add_version(&id("gone"), &plan("gone"), "Before deleting", now())
        .unwrap();
    lib.delete(&id("gone")).unwrap();
    lib.store()
        .set("cap.plan.broken", "{\"format\": \"cap-plan\", trunc")
        .unwrap();
    lib.store()
        .set("cap.versions.c", "{\"versions\": [")
        .unwrap();
    lib.add_version(&id("orphan"), &plan("orphan"), "Alone", now())
        .unwrap();
    // The listing copies the unreadable texts under backup keys.
    lib.list().unwrap();
    lib.versions(&id("c")).unwrap_err();
    lib
}

pub fn restore_all(text: &str, into: &Library<MemoryStore>) -> RestoreReport {
    let backup = backup::decode(text).unwrap();
    let preview = into.restore_preview(&backup).unwrap();
    into.restore_backup(&backup, &Choices::defaults(&preview))
        .unwrap()
}
