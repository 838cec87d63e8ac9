//! The browser side of the plans folder and of what the browser keeps:
//! the File System Access API (a folder the person picks, desktop Chromium
//! and Edge), the folder's handle remembered in IndexedDB (a handle can be
//! kept nowhere else), and `navigator.storage` (persistence and quota).

use js_sys::{Promise, Reflect};
use wasm_bindgen::{prelude::*, JsCast};
use wasm_bindgen_futures::JsFuture;
use web_sys::{FileSystemDirectoryHandle, FileSystemFileHandle, FileSystemHandle};

#[wasm_bindgen]
extern "C" {
    /// The window, for the method web-sys does not have.
    #[wasm_bindgen(extends = js_sys::Object)]
    type PickerWindow;
    /// `window.showDirectoryPicker(options)`.
    #[wasm_bindgen(method, catch, js_name = showDirectoryPicker)]
    fn show_directory_picker(this: &PickerWindow, options: &JsValue) -> Result<Promise, JsValue>;
    /// A handle, for the permission methods web-sys has only as unstable.
    #[wasm_bindgen(extends = js_sys::Object)]
    type PermissionHandle;
    /// `handle.queryPermission(descriptor)`.
    #[wasm_bindgen(method, catch, js_name = queryPermission)]
    fn query_permission(this: &PermissionHandle, descriptor: &JsValue) -> Result<Promise, JsValue>;
    /// `handle.requestPermission(descriptor)`, after a click.
    #[wasm_bindgen(method, catch, js_name = requestPermission)]
    fn request_permission(
        this: &PermissionHandle,
        descriptor: &JsValue,
    ) -> Result<Promise, JsValue>;
}

/// Why the folder could not be used. A failure never touches localStorage.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DiskError {
    /// The person closed the picker.
    Cancelled,
    /// The browser does not offer folders (Firefox, Safari, phones).
    Unsupported,
    /// Permission to write is not (or no longer) granted.
    Denied,
    /// The folder or a file was removed or moved.
    Missing,
    /// The disk is full.
    Full,
    /// Anything else the browser said.
    Other(String),
}

fn to_error(e: JsValue) -> DiskError {
    let Some(d) = e.dyn_ref::<web_sys::DomException>() else {
        return DiskError::Other(e.as_string().unwrap_or_else(|| "unknown error".into()));
    };
    match d.name().as_str() {
        "AbortError" => DiskError::Cancelled,
        "NotAllowedError" | "SecurityError" => DiskError::Denied,
        "NotFoundError" => DiskError::Missing,
        "QuotaExceededError" => DiskError::Full,
        name => DiskError::Other(format!("{name}: {}", d.message())),
    }
}

async fn wait(p: Promise) -> Result<JsValue, DiskError> {
    JsFuture::from(p).await.map_err(to_error)
}

fn window() -> Result<web_sys::Window, DiskError> {
    web_sys::window().ok_or(DiskError::Unsupported)
}

/// Whether the browser lets a page write to a folder the person picks.
pub fn folder_supported() -> bool {
    web_sys::window()
        .is_some_and(|w| Reflect::has(&w, &"showDirectoryPicker".into()).unwrap_or(false))
}

/// Asks the person for a folder (read and write).
pub async fn pick_folder() -> Result<FileSystemDirectoryHandle, DiskError> {
    if !folder_supported() {
        return Err(DiskError::Unsupported);
    }
    let options = js_sys::Object::new();
    let _ = Reflect::set(&options, &"id".into(), &"cap-plans".into());
    let _ = Reflect::set(&options, &"mode".into(), &"readwrite".into());
    let picked = wait(
        window()?
            .unchecked_into::<PickerWindow>()
            .show_directory_picker(&options)
            .map_err(to_error)?,
    )
    .await?;
    picked
        .dyn_into()
        .map_err(|_| DiskError::Other("not a folder".into()))
}

/// What the browser lets the page do with a remembered folder.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Permission {
    /// Reads and writes.
    Granted,
    /// Asks the person first (after a reload, in Chromium): needs a click.
    Prompt,
    /// Refused.
    Denied,
}

fn readwrite() -> JsValue {
    let d = js_sys::Object::new();
    let _ = Reflect::set(&d, &"mode".into(), &"readwrite".into());
    d.into()
}

/// The folder's permission; with `ask`, asks the person (only from a click).
pub async fn permission(dir: &FileSystemDirectoryHandle, ask: bool) -> Permission {
    let handle: &PermissionHandle = dir.unchecked_ref();
    // A browser without the methods grants what the handle allows.
    if !Reflect::has(handle, &"queryPermission".into()).unwrap_or(false) {
        return Permission::Granted;
    }
    let call = if ask {
        handle.request_permission(&readwrite())
    } else {
        handle.query_permission(&readwrite())
    };
    let state = match call {
        Ok(p) => wait(p).await.ok().and_then(|s| s.as_string()),
        Err(_) => None,
    };
    match state.as_deref() {
        Some("granted") => Permission::Granted,
        Some("prompt") => Permission::Prompt,
        _ => Permission::Denied,
    }
}

/// The folder's name, as the person sees it.
pub fn folder_name(dir: &FileSystemDirectoryHandle) -> String {
    dir.unchecked_ref::<FileSystemHandle>().name()
}

/// The subfolder `name` of `dir`, made when missing.
pub async fn subfolder(
    dir: &FileSystemDirectoryHandle,
    name: &str,
) -> Result<FileSystemDirectoryHandle, DiskError> {
    let options = web_sys::FileSystemGetDirectoryOptions::new();
    options.set_create(true);
    let sub = wait(dir.get_directory_handle_with_options(name, &options)).await?;
    Ok(sub.unchecked_into())
}

/// Writes `text` as the whole file `name` of `dir` (made when missing).
/// The browser writes to a temporary file and swaps it in on close, so a
/// failed write leaves the former file whole.
pub async fn write(
    dir: &FileSystemDirectoryHandle,
    name: &str,
    text: &str,
) -> Result<(), DiskError> {
    let options = web_sys::FileSystemGetFileOptions::new();
    options.set_create(true);
    let file: FileSystemFileHandle = wait(dir.get_file_handle_with_options(name, &options))
        .await?
        .unchecked_into();
    let stream: web_sys::FileSystemWritableFileStream =
        wait(file.create_writable()).await?.unchecked_into();
    let written = match stream.write_with_str(text) {
        Ok(p) => wait(p).await.map(drop),
        Err(e) => Err(to_error(e)),
    };
    if let Err(e) = written {
        let _ = wait(stream.abort()).await;
        return Err(e);
    }
    wait(stream.close()).await.map(drop)
}

/// The text of the file `name` of `dir`.
pub async fn read(dir: &FileSystemDirectoryHandle, name: &str) -> Result<String, DiskError> {
    let file: FileSystemFileHandle = wait(dir.get_file_handle(name)).await?.unchecked_into();
    let file: web_sys::File = wait(file.get_file()).await?.unchecked_into();
    if file.size() > crate::storage::envelope::MAX_BYTES as f64 {
        return Err(DiskError::Other(format!("{name}: too large")));
    }
    wait(file.text())
        .await?
        .as_string()
        .ok_or(DiskError::Other("not text".into()))
}

/// The text of a file the person picked (its size checked by the caller).
pub async fn file_text(file: &web_sys::File) -> Result<String, DiskError> {
    wait(file.text())
        .await?
        .as_string()
        .ok_or(DiskError::Other("not text".into()))
}

/// Removes the file `name` of `dir` (done when already gone).
pub async fn remove(dir: &FileSystemDirectoryHandle, name: &str) -> Result<(), DiskError> {
    match wait(dir.remove_entry(name)).await {
        Ok(_) | Err(DiskError::Missing) => Ok(()),
        Err(e) => Err(e),
    }
}

/// Removes the subfolder `name` of `dir` and all it holds.
pub async fn remove_folder(dir: &FileSystemDirectoryHandle, name: &str) -> Result<(), DiskError> {
    let options = web_sys::FileSystemRemoveOptions::new();
    options.set_recursive(true);
    wait(dir.remove_entry_with_options(name, &options))
        .await
        .map(drop)
}

/// The names of the files of `dir` (not its subfolders).
pub async fn files(dir: &FileSystemDirectoryHandle) -> Result<Vec<String>, DiskError> {
    let entries = dir.values();
    let mut names = Vec::new();
    loop {
        let step = wait(entries.next().map_err(to_error)?).await?;
        if Reflect::get(&step, &"done".into())
            .ok()
            .and_then(|d| d.as_bool())
            == Some(true)
        {
            return Ok(names);
        }
        let Ok(handle) = Reflect::get(&step, &"value".into()) else {
            continue;
        };
        let handle: FileSystemHandle = handle.unchecked_into();
        if handle.kind() == web_sys::FileSystemHandleKind::File {
            names.push(handle.name());
        }
    }
}

/// IndexedDB, where the folder's handle is remembered across visits.
mod remembered {
    use super::*;
    use web_sys::{IdbDatabase, IdbRequest, IdbTransactionMode};

    const DB: &str = "cap";
    const STORE: &str = "handles";
    const KEY: &str = "plans-folder";

    /// A request's result, once it has one.
    async fn done(request: &IdbRequest) -> Result<JsValue, DiskError> {
        let promise = Promise::new(&mut |resolve, reject| {
            let ok = Closure::once_into_js(move |e: web_sys::Event| {
                let result = e
                    .target()
                    .and_then(|t| t.dyn_into::<IdbRequest>().ok())
                    .and_then(|r| r.result().ok())
                    .unwrap_or(JsValue::UNDEFINED);
                let _ = resolve.call1(&JsValue::NULL, &result);
            });
            let failed = Closure::once_into_js(move |e: web_sys::Event| {
                let _ = reject.call1(&JsValue::NULL, &e);
            });
            request.set_onsuccess(Some(ok.unchecked_ref()));
            request.set_onerror(Some(failed.unchecked_ref()));
        });
        JsFuture::from(promise)
            .await
            .map_err(|_| DiskError::Other("IndexedDB".into()))
    }

    async fn open() -> Result<IdbDatabase, DiskError> {
        let factory = window()?
            .indexed_db()
            .map_err(to_error)?
            .ok_or(DiskError::Unsupported)?;
        let request = factory.open_with_u32(DB, 1).map_err(to_error)?;
        let upgrade = Closure::once_into_js(move |e: web_sys::Event| {
            let db = e
                .target()
                .and_then(|t| t.dyn_into::<IdbRequest>().ok())
                .and_then(|r| r.result().ok())
                .and_then(|r| r.dyn_into::<IdbDatabase>().ok());
            if let Some(db) = db {
                let _ = db.create_object_store(STORE);
            }
        });
        request.set_onupgradeneeded(Some(upgrade.unchecked_ref()));
        done(&request)
            .await?
            .dyn_into()
            .map_err(|_| DiskError::Unsupported)
    }

    async fn with_store(
        mode: IdbTransactionMode,
        f: impl FnOnce(&web_sys::IdbObjectStore) -> Result<IdbRequest, JsValue>,
    ) -> Result<JsValue, DiskError> {
        let db = open().await?;
        let tx = db
            .transaction_with_str_and_mode(STORE, mode)
            .map_err(to_error)?;
        let store = tx.object_store(STORE).map_err(to_error)?;
        let result = done(&f(&store).map_err(to_error)?).await;
        db.close();
        result
    }

    /// The folder picked on an earlier visit, if any.
    pub async fn load() -> Option<FileSystemDirectoryHandle> {
        let value = with_store(IdbTransactionMode::Readonly, |s| s.get(&KEY.into()))
            .await
            .ok()?;
        value.dyn_into().ok()
    }

    /// Remembers the folder for the next visits.
    pub async fn save(dir: &FileSystemDirectoryHandle) -> Result<(), DiskError> {
        with_store(IdbTransactionMode::Readwrite, |s| {
            s.put_with_key(dir, &KEY.into())
        })
        .await
        .map(drop)
    }

    /// Forgets the folder (the files in it stay).
    pub async fn forget() -> Result<(), DiskError> {
        with_store(IdbTransactionMode::Readwrite, |s| s.delete(&KEY.into()))
            .await
            .map(drop)
    }
}
pub use remembered::{forget, load as remembered_folder, save as remember_folder};

/// `navigator.storage`, where the browser has it (secure pages).
fn storage_manager() -> Option<web_sys::StorageManager> {
    let navigator = web_sys::window()?.navigator();
    Reflect::has(&navigator, &"storage".into())
        .unwrap_or(false)
        .then(|| navigator.storage())
}

async fn ask_bool(p: Result<Promise, JsValue>) -> Option<bool> {
    JsFuture::from(p.ok()?).await.ok()?.as_bool()
}

/// Whether the browser promised to keep this site's data (`None`: it does
/// not say).
pub async fn persisted() -> Option<bool> {
    ask_bool(storage_manager()?.persisted()).await
}

/// Asks the browser to keep this site's data; its answer.
pub async fn persist() -> Option<bool> {
    ask_bool(storage_manager()?.persist()).await
}

/// What this site stores and may store, in bytes, by the browser's count.
pub async fn estimate() -> Option<(f64, f64)> {
    let estimate = JsFuture::from(storage_manager()?.estimate().ok()?)
        .await
        .ok()?;
    let get = |k: &str| Reflect::get(&estimate, &k.into()).ok()?.as_f64();
    Some((get("usage")?, get("quota")?))
}
