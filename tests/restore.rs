//! Native tests of restoring a full backup over a library that has plans
//! of its own: what each choice does, and a full storage midway.
#![cfg(not(target_arch = "wasm32"))]

mod backup_fixture;
mod common;

use backup_fixture::*;
use cap::{
    domain::*,
    storage::{backup, *},
};
use chrono::Duration;
use std::collections::BTreeMap;

/// A plan changed here since the backup: no default, and each choice does
/// what it says.
#[test]
fn a_plan_that_differs_is_only_overwritten_by_choice() {
    let lib = Library::new(MemoryStore::new());
    let a = id("a");
    let saved = lib.save(&a, &plan("a"), now(), None).unwrap();
    lib.add_version(&a, &plan("a"), "In the backup", now())
        .unwrap();
    let file = backup::decode(&lib.backup_file(now()).unwrap()).unwrap();
    let mut edited = plan("a");
    edited.context = "Edited since".into();
    let later = now() + Duration::days(2);
    let mine = lib.save(&a, &edited, later, Some(&saved)).unwrap();
    let mine_version = lib
        .add_version(&a, &edited, "After the backup", later)
        .unwrap();

    let preview = lib.restore_preview(&file).unwrap();
    assert_eq!(
        preview[0].status,
        RestoreStatus::Differs {
            stored_saved_at: Some(later)
        }
    );
    let defaults = Choices::defaults(&preview);
    assert_eq!(defaults.get(&a), None, "no default for a plan that differs");
    let before = texts(lib.store());
    assert_eq!(
        lib.restore_backup(&file, &defaults),
        Err(RestoreError::Unchosen(vec![a.clone()]))
    );
    let mut add = Choices::default();
    add.set(a.clone(), Choice::Add);
    assert!(matches!(
        lib.restore_backup(&file, &add),
        Err(RestoreError::NotAllowed { .. })
    ));
    assert_eq!(
        texts(lib.store()),
        before,
        "a refused restore writes nothing"
    );

    let mut skip = Choices::default();
    skip.set(a.clone(), Choice::Skip);
    let report = lib.restore_backup(&file, &skip).unwrap();
    assert_eq!(report.plans, vec![(a.clone(), Outcome::Skipped)]);
    assert_eq!(texts(lib.store()), before);

    // Keep both: the backup's plan beside this one, under the caller's id
    // and name, with its versions.
    let copy = id("a-copy");
    let mut both = Choices::default();
    let name = "a (restored 12 March)".to_string();
    both.set(
        a.clone(),
        Choice::KeepBoth {
            id: a.clone(),
            name: name.clone(),
        },
    );
    assert_eq!(
        lib.restore_backup(&file, &both),
        Err(RestoreError::IdTaken(a.clone()))
    );
    both.set(
        a.clone(),
        Choice::KeepBoth {
            id: copy.clone(),
            name: " ".into(),
        },
    );
    assert!(matches!(
        lib.restore_backup(&file, &both),
        Err(RestoreError::BadCopy { .. })
    ));
    assert_eq!(texts(lib.store()), before);
    both.set(
        a.clone(),
        Choice::KeepBoth {
            id: copy.clone(),
            name: name.clone(),
        },
    );
    let report = lib.restore_backup(&file, &both).unwrap();
    assert_eq!(
        report.plans,
        vec![(a.clone(), Outcome::Written(copy.clone()))]
    );
    assert_eq!(lib.raw(&a.key()).unwrap().as_deref(), Some(mine.as_str()));
    let (restored, _) = lib.open(&copy).unwrap();
    assert_eq!(restored.plan, Plan { name, ..plan("a") });
    assert_eq!(lib.versions(&copy).unwrap(), file.plans[0].versions);
    assert_eq!(lib.versions(&a).unwrap().len(), 2);

    // Replace: the backup's text, and versions from both sides.
    let mut replace = Choices::default();
    replace.set(a.clone(), Choice::Replace);
    lib.restore_backup(&file, &replace).unwrap();
    assert_eq!(lib.raw(&a.key()).unwrap(), Some(file.plans[0].text.clone()));
    let names: Vec<String> = lib
        .versions(&a)
        .unwrap()
        .into_iter()
        .map(|v| v.name)
        .collect();
    assert_eq!(names, ["In the backup", "After the backup"]);
    assert!(lib.versions(&a).unwrap().contains(&mine_version));
}

#[test]
fn the_same_plan_and_a_trashed_one_are_skipped_by_default() {
    let lib = Library::new(MemoryStore::new());
    lib.save(&id("same"), &plan("same"), now(), None).unwrap();
    lib.save(&id("resaved"), &plan("resaved"), now(), None)
        .unwrap();
    lib.save(&id("trashed"), &plan("trashed"), now(), None)
        .unwrap();
    let file = backup::decode(&lib.backup_file(now()).unwrap()).unwrap();
    // The same plan saved again later: another text, the same plan.
    lib.overwrite(&id("resaved"), &plan("resaved"), now() + Duration::days(1))
        .unwrap();
    lib.delete(&id("trashed")).unwrap();
    let preview = lib.restore_preview(&file).unwrap();
    let status: Vec<_> = preview
        .iter()
        .map(|i| (i.id.as_str(), i.status.clone()))
        .collect();
    assert_eq!(
        status,
        [
            ("resaved", RestoreStatus::Same),
            ("same", RestoreStatus::Same),
            ("trashed", RestoreStatus::InTrash)
        ]
    );
    let before = texts(lib.store());
    let report = lib
        .restore_backup(&file, &Choices::defaults(&preview))
        .unwrap();
    assert!(report.plans.iter().all(|(_, o)| *o == Outcome::Skipped));
    assert_eq!(texts(lib.store()), before);
    let mut add = Choices::defaults(&preview);
    add.set(id("trashed"), Choice::Add);
    assert!(matches!(
        lib.restore_backup(&file, &add),
        Err(RestoreError::NotAllowed {
            status: RestoreStatus::InTrash,
            ..
        })
    ));
}

/// Trashed plans of the file go back to the trash where this library has
/// none of that id; a kept text whose key holds another text here goes
/// under a backup key.
#[test]
fn the_trash_and_kept_texts_come_back_without_writing_over_anything() {
    let lib = library();
    let text = lib.backup_file(now()).unwrap();
    let here = Library::new(MemoryStore::new());
    here.store()
        .set("cap.trash.gone", "their own trashed text")
        .unwrap();
    here.store()
        .set("cap.plan.broken", "another broken text")
        .unwrap();
    let report = restore_all(&text, &here);
    assert_eq!(report.trash, vec![(id("gone"), Outcome::Skipped)]);
    assert_eq!(
        here.raw("cap.trash.gone").unwrap().as_deref(),
        Some("their own trashed text")
    );
    assert_eq!(
        here.raw("cap.plan.broken").unwrap().as_deref(),
        Some("another broken text")
    );
    let broken = lib.raw("cap.plan.broken").unwrap();
    // Its backup copy came back first, under its own key: the plan's text
    // is that copy's, so it is found there.
    assert!(report.kept.contains(&(
        "cap.plan.broken".to_string(),
        Outcome::Written("cap.backup.broken".into())
    )));
    assert_eq!(here.raw("cap.backup.broken").unwrap(), broken);
    // A plan taken back out of the trash here since the backup stays out.
    let here = Library::new(MemoryStore::new());
    here.save(&id("gone"), &plan("gone"), now(), None).unwrap();
    let report = restore_all(&text, &here);
    assert_eq!(report.trash, vec![(id("gone"), Outcome::Skipped)]);
    assert_eq!(here.raw("cap.trash.gone").unwrap(), None);
    assert_eq!(here.trash().unwrap(), vec![]);
}

#[test]
fn a_full_storage_midway_restores_whole_plans_and_says_which() {
    let lib = Library::new(MemoryStore::new());
    let mut big = plan("big");
    big.context = "x".repeat(10_000);
    lib.save(&id("p1"), &plan("p1"), now(), None).unwrap();
    lib.save(&id("p2"), &big, now(), None).unwrap();
    lib.save(&id("p3"), &plan("p3"), now(), None).unwrap();
    let file = backup::decode(&lib.backup_file(now()).unwrap()).unwrap();
    let small = file.plans[0].text.len() + 20;
    // Room for two small plans, not for the big one.
    let here = Library::new(MemoryStore::with_quota(2 * small + 100));
    let preview = here.restore_preview(&file).unwrap();
    let report = here
        .restore_backup(&file, &Choices::defaults(&preview))
        .unwrap();
    assert_eq!(report.plans[0], (id("p1"), Outcome::Written(id("p1"))));
    assert_eq!(
        report.plans[1],
        (
            id("p2"),
            Outcome::Failed(VersionError::Storage(StorageError::QuotaExceeded))
        )
    );
    assert_eq!(report.plans[2], (id("p3"), Outcome::Written(id("p3"))));
    assert_eq!(report.failed(), vec![&id("p2")]);
    assert!(!report.is_complete());
    assert_eq!(here.raw("cap.plan.p2").unwrap(), None, "never half written");
    assert_eq!(
        here.raw("cap.plan.p1").unwrap(),
        lib.raw("cap.plan.p1").unwrap()
    );
}

/// A plan whose versions do not fit is not restored either.
#[test]
fn a_plan_comes_back_with_its_versions_or_not_at_all() {
    let lib = Library::new(MemoryStore::new());
    lib.save(&id("a"), &plan("a"), now(), None).unwrap();
    lib.add_version(&id("a"), &plan("a"), "One", now()).unwrap();
    let file = backup::decode(&lib.backup_file(now()).unwrap()).unwrap();
    let plan_room = "cap.plan.a".len() + file.plans[0].text.len();
    let here = Library::new(MemoryStore::with_quota(plan_room + 10));
    let preview = here.restore_preview(&file).unwrap();
    let report = here
        .restore_backup(&file, &Choices::defaults(&preview))
        .unwrap();
    assert!(matches!(report.plans[0].1, Outcome::Failed(_)));
    assert_eq!(texts(here.store()), BTreeMap::new());
    // Over a plan stored here: the stored text stays.
    let mut edited = plan("a");
    edited.context = "Edited here".into();
    let here = Library::new(MemoryStore::with_quota(plan_room + 40));
    let mine = here.save(&id("a"), &edited, now(), None).unwrap();
    let mut replace = Choices::default();
    replace.set(id("a"), Choice::Replace);
    let report = here.restore_backup(&file, &replace).unwrap();
    assert!(matches!(report.plans[0].1, Outcome::Failed(_)));
    assert_eq!(here.raw("cap.plan.a").unwrap(), Some(mine));
    assert_eq!(here.raw("cap.versions.a").unwrap(), None);
    // A trashed plan too.
    lib.delete(&id("a")).unwrap();
    let file = backup::decode(&lib.backup_file(now()).unwrap()).unwrap();
    assert_eq!(file.trash[0].versions.len(), 1);
    let here = Library::new(MemoryStore::with_quota(plan_room + 10));
    let report = restore_all(&lib.backup_file(now()).unwrap(), &here);
    assert!(matches!(report.trash[0].1, Outcome::Failed(_)));
    assert_eq!(report.failed(), vec![&id("a")]);
    assert_eq!(texts(here.store()), BTreeMap::new());
}
