//! The plans folder: picked once, remembered, written after every save,
//! read for plans this browser does not have. A failure is said in the save
//! status and the library; localStorage is never touched by it.

use super::keep;
use crate::{
    i18n::keep::DiskWhy,
    storage::{
        disk::{self, DiskError, Permission},
        folder::{self as names, BACKUP_DIR},
        PlanId,
    },
    ui::state::{SaveStatus, Store},
};
use leptos::{prelude::*, task::spawn_local};
use web_sys::FileSystemDirectoryHandle;

/// Where the folder stands on this page.
#[derive(Clone, Debug, PartialEq)]
pub enum Folder {
    /// Not read yet.
    Unknown,
    /// The browser cannot write to a folder.
    Unsupported,
    /// No folder picked.
    NotChosen,
    /// A folder was picked on an earlier visit; writing to it again needs a click.
    Prompt(String),
    /// The browser refuses the folder.
    Denied(String),
    /// Every save is copied to this folder.
    Ready(String),
}

/// A plan of the folder that this browser does not have.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    /// Its file name.
    pub file: String,
    /// The id in its name, which the plan keeps when added.
    pub id: PlanId,
    /// Its text (an export).
    pub text: String,
    /// Its name, or why the file cannot be read.
    pub name: Result<String, String>,
}

/// The state of the folder, read once per page.
pub fn start(store: Store) {
    if keep(|k| k.started.replace(true)) {
        return;
    }
    if !disk::folder_supported() {
        keep(|k| k.folder.set(Folder::Unsupported));
        return;
    }
    spawn_local(async move {
        let Some(dir) = disk::remembered_folder().await else {
            keep(|k| k.folder.set(Folder::NotChosen));
            return;
        };
        let permission = disk::permission(&dir, false).await;
        connect(store, dir, permission).await;
    });
}

/// Notes the folder and its permission; once granted, reads it.
async fn connect(store: Store, dir: FileSystemDirectoryHandle, permission: Permission) {
    let name = disk::folder_name(&dir);
    keep(|k| {
        *k.handle.borrow_mut() = Some(dir);
        k.folder.set(match permission {
            Permission::Granted => Folder::Ready(name),
            Permission::Prompt => Folder::Prompt(name),
            Permission::Denied => Folder::Denied(name),
        });
    });
    match permission {
        Permission::Granted => {
            // Saves made while the folder was being read are written now.
            flush(store);
            scan(store).await;
        }
        _ => waiting(store),
    }
}

/// Asks for a folder; every plan of the library is then written to it.
pub fn choose(store: Store, error: RwSignal<Option<String>>) {
    spawn_local(async move {
        let dir = match disk::pick_folder().await {
            Ok(dir) => dir,
            Err(DiskError::Cancelled) => return,
            Err(e) => return error.set(Some(worded(store, &e))),
        };
        error.set(None);
        if let Err(e) = disk::remember_folder(&dir).await {
            error.set(Some(worded(store, &e)));
        }
        keep(|k| k.failure.set(None));
        connect(store, dir, Permission::Granted).await;
        let ids: Vec<PlanId> = store
            .entries
            .with_untracked(|es| es.iter().map(|e| e.id().clone()).collect());
        for id in ids {
            queue(store, id);
        }
    });
}

/// Asks again for the remembered folder (from a click).
pub fn allow(store: Store) {
    let Some(dir) = keep(|k| k.handle.borrow().clone()) else {
        return;
    };
    spawn_local(async move {
        let permission = disk::permission(&dir, true).await;
        connect(store, dir, permission).await;
    });
}

/// Stops writing to the folder; its files stay.
pub fn stop() {
    keep(|k| {
        *k.handle.borrow_mut() = None;
        k.folder.set(Folder::NotChosen);
        k.failure.set(None);
        k.found.set(Vec::new());
    });
    spawn_local(async {
        let _ = disk::forget().await;
    });
}

/// After a save: the plan's copy in the folder follows, when one is ready.
/// A plan opened without the library first reads the folder here; a save
/// made meanwhile waits for it.
pub fn plan_saved(store: Store, id: PlanId) {
    start(store);
    match keep(|k| k.folder.get_untracked()) {
        Folder::Ready(_) | Folder::Unknown => queue(store, id),
        // Written once the person allows the folder again.
        Folder::Prompt(_) | Folder::Denied(_) => {
            queue(store, id);
            waiting(store);
        }
        Folder::Unsupported | Folder::NotChosen => {}
    }
}

/// Removes the file of a plan erased for good, when the folder is ready;
/// otherwise the file stays and the library offers it back.
pub fn plan_purged(store: Store, id: PlanId) {
    let Some(dir) = keep(|k| k.handle.borrow().clone()) else {
        return;
    };
    if !matches!(keep(|k| k.folder.get_untracked()), Folder::Ready(_)) {
        return;
    }
    spawn_local(async move {
        let removed = async {
            for file in disk::files(&dir).await? {
                if names::id_of(&file).as_ref() == Some(&id) {
                    disk::remove(&dir, &file).await?;
                }
            }
            Ok::<(), DiskError>(())
        };
        if let Err(e) = removed.await {
            keep(|k| k.failure.set(Some(worded(store, &e))));
        }
    });
}

/// Says in the save status that the folder waits for the person's
/// permission, given in the library.
fn waiting(store: Store) {
    if matches!(store.status.get_untracked(), SaveStatus::Saved) {
        let t = super::texts(store);
        let why = (t.disk_why)(DiskWhy::NeedsPermission);
        store
            .status
            .set(SaveStatus::NotInFolder((t.status_not_in_folder)(&why)));
    }
}

/// Writes `id` after the writes already waiting, each plan once.
fn queue(store: Store, id: PlanId) {
    keep(|k| {
        let mut queue = k.queue.borrow_mut();
        if !queue.contains(&id) {
            queue.push(id);
        }
    });
    flush(store);
}

/// Runs the waiting writes, once the folder is ready.
fn flush(store: Store) {
    let run = keep(|k| {
        matches!(k.folder.get_untracked(), Folder::Ready(_))
            && !k.queue.borrow().is_empty()
            && !k.writing.replace(true)
    });
    if run {
        spawn_local(write_queue(store));
    }
}

async fn write_queue(store: Store) {
    while let Some(id) = keep(|k| {
        let mut queue = k.queue.borrow_mut();
        (!queue.is_empty()).then(|| queue.remove(0))
    }) {
        let result = write_plan(store, &id).await;
        said(store, result);
    }
    keep(|k| k.writing.set(false));
}

/// Says how the last write went, in the library and the save status.
fn said(store: Store, result: Result<(), String>) {
    match result {
        Ok(()) => {
            keep(|k| {
                k.failure.set(None);
                k.written.set(Some(crate::storage::browser::now()));
            });
            if matches!(store.status.get_untracked(), SaveStatus::NotInFolder(_)) {
                store.status.set(SaveStatus::Saved);
            }
        }
        Err(why) => {
            let t = super::texts(store);
            keep(|k| k.failure.set(Some(why.clone())));
            if matches!(store.status.get_untracked(), SaveStatus::Saved) {
                store
                    .status
                    .set(SaveStatus::NotInFolder((t.status_not_in_folder)(&why)));
            }
        }
    }
}

/// Writes a plan's export to the folder, keeps a copy in `backups/` and
/// removes what is no longer needed: its file under a former title, its
/// oldest backups.
async fn write_plan(store: Store, id: &PlanId) -> Result<(), String> {
    let Some(dir) = keep(|k| k.handle.borrow().clone()) else {
        return Ok(());
    };
    let code = store.plan_code().await?;
    let crate::ui::state::Exported { name: title, text } = (code.export_text)(&store, id)?;
    let failed = |e: DiskError| worded(store, &e);
    let file = names::plan_file(&title, id);
    disk::write(&dir, &file, &text).await.map_err(failed)?;
    let backups = disk::subfolder(&dir, BACKUP_DIR).await.map_err(failed)?;
    let at = crate::storage::browser::now();
    disk::write(&backups, &names::backup_file(&title, id, at), &text)
        .await
        .map_err(failed)?;
    for old in names::former_files(&disk::files(&dir).await.map_err(failed)?, id, &file) {
        disk::remove(&dir, &old).await.map_err(failed)?;
    }
    let kept = disk::files(&backups).await.map_err(failed)?;
    for old in names::backups_to_remove(&kept, id) {
        disk::remove(&backups, &old).await.map_err(failed)?;
    }
    Ok(())
}

/// Lists the folder's plans that this browser has neither stored nor in
/// its trash.
async fn scan(store: Store) {
    let Some(dir) = keep(|k| k.handle.borrow().clone()) else {
        return;
    };
    let Ok(files) = disk::files(&dir).await else {
        return;
    };
    let mut found = Vec::new();
    for file in files {
        // Only the files Cap writes, which name their plan: any other
        // export imports with "Import a file" (offered here, it would come
        // back at every visit, its name never matching a plan).
        let Some(id) = names::id_of(&file) else {
            continue;
        };
        if store.has_plan(&id) {
            continue;
        }
        let name = match disk::read(&dir, &file).await {
            Ok(text) => {
                let name = match store.plan_code().await {
                    Ok(code) => (code.decode)(&text)
                        .map(|(plan, _)| plan.name)
                        .map_err(|e| store.describe_load(&e)),
                    Err(why) => Err(why),
                };
                found.push(Found {
                    file: file.clone(),
                    id,
                    text,
                    name,
                });
                continue;
            }
            Err(e) => Err(worded(store, &e)),
        };
        found.push(Found {
            file,
            id,
            text: String::new(),
            name,
        });
    }
    keep(|k| k.found.set(found));
}

/// Adds the folder's readable plans to the library (the person's one
/// confirmation); the ones that cannot be read stay listed with their reason.
pub fn import_found(store: Store) {
    let found = keep(|k| k.found.get_untracked());
    spawn_local(async move {
        let Ok(code) = store.plan_code().await else {
            return;
        };
        let mut added = 0;
        let mut left = Vec::new();
        for f in found {
            if f.name.is_ok() {
                match (code.add_exported)(&store, &f.text, Some(&f.id)) {
                    Ok(_) => added += 1,
                    Err(why) => left.push(Found {
                        name: Err(why),
                        ..f
                    }),
                }
            } else {
                left.push(f);
            }
        }
        keep(|k| k.found.set(left));
        store.refresh();
        let t = super::texts(store);
        store.toast((t.folder_imported)(added), None, false);
    });
}

/// A folder failure in the interface's language.
fn worded(store: Store, e: &DiskError) -> String {
    let t = super::texts(store);
    (t.disk_why)(match e {
        DiskError::Denied | DiskError::Cancelled => DiskWhy::Denied,
        DiskError::Missing => DiskWhy::Missing,
        DiskError::Full => DiskWhy::Full,
        DiskError::Unsupported => DiskWhy::Other("showDirectoryPicker"),
        DiskError::Other(what) => DiskWhy::Other(what),
    })
}
