//! Browser tests of the plans folder's adapter (`storage::disk`) against
//! the real File System Access API, on a folder of the origin private file
//! system (a picker cannot be clicked here), and of the folder's handle
//! remembered in IndexedDB.
//!
//! Run by `make test-wasm`.
#![cfg(target_arch = "wasm32")]

use cap::storage::{
    disk::{self, DiskError, Permission},
    folder, PlanId,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::FileSystemDirectoryHandle;

wasm_bindgen_test_configure!(run_in_browser);

/// The origin private file system's root folder.
async fn root() -> FileSystemDirectoryHandle {
    JsFuture::from(
        web_sys::window()
            .unwrap()
            .navigator()
            .storage()
            .get_directory(),
    )
    .await
    .unwrap()
    .unchecked_into()
}

/// A fresh, empty folder `name` of the origin private file system.
async fn folder_named(name: &str) -> FileSystemDirectoryHandle {
    let root = root().await;
    let _ = disk::remove_folder(&root, name).await;
    disk::subfolder(&root, name).await.unwrap()
}

#[wasm_bindgen_test]
async fn a_file_written_reads_back_is_listed_and_removed() {
    let dir = folder_named("cap-test-files").await;
    assert_eq!(disk::permission(&dir, false).await, Permission::Granted);
    let id = PlanId::generate(1_800_000_000_000, 7);
    let name = folder::plan_file("Boulangerie Martin", &id);
    disk::write(&dir, &name, "première version, assez longue")
        .await
        .unwrap();
    // A shorter text replaces the whole file, with nothing of the former left.
    disk::write(&dir, &name, "seconde").await.unwrap();
    assert_eq!(disk::read(&dir, &name).await.unwrap(), "seconde");
    disk::subfolder(&dir, folder::BACKUP_DIR).await.unwrap();
    assert_eq!(disk::files(&dir).await.unwrap(), vec![name.clone()]);
    disk::remove(&dir, &name).await.unwrap();
    assert!(disk::files(&dir).await.unwrap().is_empty());
    // Removing what is already gone is done, reading it is Missing.
    disk::remove(&dir, &name).await.unwrap();
    assert_eq!(disk::read(&dir, &name).await, Err(DiskError::Missing));
}

#[wasm_bindgen_test]
async fn a_removed_folder_refuses_writes_as_missing() {
    let dir = folder_named("cap-test-removed").await;
    let root = root().await;
    disk::remove_folder(&root, "cap-test-removed")
        .await
        .unwrap();
    assert_eq!(
        disk::write(&dir, "plan.cap.json", "{}").await,
        Err(DiskError::Missing)
    );
}

#[wasm_bindgen_test]
async fn the_folder_is_remembered_until_forgotten() {
    let dir = folder_named("cap-test-remembered").await;
    disk::remember_folder(&dir).await.unwrap();
    let back = disk::remembered_folder().await.expect("remembered");
    assert_eq!(disk::folder_name(&back), "cap-test-remembered");
    disk::write(&back, "a.cap.json", "x").await.unwrap();
    assert_eq!(disk::read(&dir, "a.cap.json").await.unwrap(), "x");
    disk::forget().await.unwrap();
    assert!(disk::remembered_folder().await.is_none());
}
