//! The browser side of storage: localStorage, files, clock. The only module
//! that calls the storage and file APIs.

use crate::{
    domain::{branding::Branding, Lang},
    storage::{
        envelope::MAX_BYTES,
        kv::{KvStore, MemoryStore, StorageError},
        library::{PlanId, SETTINGS_KEY},
    },
};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use wasm_bindgen::{JsCast, JsValue};

/// localStorage when the browser offers it, memory otherwise (private mode,
/// storage disabled): the app keeps working and says so.
pub enum BrowserStore {
    /// The real thing.
    Local(web_sys::Storage),
    /// Fallback when localStorage cannot be used; the reason is kept.
    Memory(MemoryStore, String),
}

impl BrowserStore {
    /// Opens localStorage, checking that it accepts a write.
    pub fn open() -> BrowserStore {
        match local_storage() {
            Ok(storage) => BrowserStore::Local(storage),
            Err(e) => BrowserStore::Memory(MemoryStore::new(), e.to_string()),
        }
    }

    /// Whether plans survive a reload.
    pub fn is_persistent(&self) -> bool {
        matches!(self, BrowserStore::Local(_))
    }
}

fn local_storage() -> Result<web_sys::Storage, StorageError> {
    let window = web_sys::window().ok_or_else(|| StorageError::Unavailable("no window".into()))?;
    let storage = window
        .local_storage()
        .map_err(|e| StorageError::Unavailable(js_message(&e)))?
        .ok_or_else(|| StorageError::Unavailable("no localStorage".into()))?;
    // Some browsers expose a storage that throws on every read (site data
    // blocked) or every write.
    let probe = "cap.probe";
    storage
        .get_item(probe)
        .map_err(|e| StorageError::Unavailable(js_message(&e)))?;
    // A full storage still reads: only other failures mean unavailable.
    if let Err(e) = storage.set_item(probe, "1") {
        match to_error(e) {
            StorageError::QuotaExceeded => {}
            other => return Err(StorageError::Unavailable(other.to_string())),
        }
    }
    let _ = storage.remove_item(probe);
    Ok(storage)
}

fn js_message(e: &JsValue) -> String {
    e.dyn_ref::<web_sys::DomException>()
        .map(|d| format!("{}: {}", d.name(), d.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

/// Maps a storage exception to a typed error (quota has several names).
fn to_error(e: JsValue) -> StorageError {
    if let Some(d) = e.dyn_ref::<web_sys::DomException>() {
        let name = d.name();
        if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" || d.code() == 22 {
            return StorageError::QuotaExceeded;
        }
        if name == "SecurityError" {
            return StorageError::Unavailable(d.message());
        }
    }
    StorageError::Other(js_message(&e))
}

impl KvStore for BrowserStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        match self {
            BrowserStore::Local(s) => s.get_item(key).map_err(to_error),
            BrowserStore::Memory(m, _) => m.get(key),
        }
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        match self {
            BrowserStore::Local(s) => s.set_item(key, value).map_err(to_error),
            BrowserStore::Memory(m, _) => m.set(key, value),
        }
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        match self {
            BrowserStore::Local(s) => s.remove_item(key).map_err(to_error),
            BrowserStore::Memory(m, _) => m.remove(key),
        }
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        match self {
            BrowserStore::Local(s) => {
                let n = s.length().map_err(to_error)?;
                let mut keys = Vec::with_capacity(n as usize);
                for i in 0..n {
                    if let Some(k) = s.key(i).map_err(to_error)? {
                        keys.push(k);
                    }
                }
                Ok(keys)
            }
            BrowserStore::Memory(m, _) => m.keys(),
        }
    }
}

/// What the app remembers between visits besides the plans.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// Interface language, once the person picked one.
    #[serde(default)]
    pub lang: Option<Lang>,
}

/// Reads the settings; anything unreadable gives the defaults (settings hold
/// no work, so nothing is lost).
/// Every access is through `web_sys`, whose calls return the browser's
/// exception as an error: a storage that throws gives the defaults.
pub fn load_settings() -> Settings {
    local_storage()
        .ok()
        .and_then(|s| s.get_item(SETTINGS_KEY).ok().flatten())
        .and_then(|raw| serde_json::from_str(&raw).ok())
        .unwrap_or_default()
}

/// Writes the settings, ignoring failures (the language is then simply not
/// remembered; the plans are unaffected).
pub fn save_settings(settings: &Settings) {
    if let (Ok(storage), Ok(raw)) = (local_storage(), serde_json::to_string(settings)) {
        let _ = storage.set_item(SETTINGS_KEY, &raw);
    }
}

/// Where "my defaults" for new plans' branding are kept: a key of their
/// own beside `cap.settings`, so the language read at every start never
/// parses the logo, and a language change never writes over the defaults.
pub const BRANDING_DEFAULTS_KEY: &str = "cap.settings.branding";

/// The branding new plans start with, if the person kept one. Unreadable or
/// invalid text gives none (it holds no work; the plans are unaffected).
pub fn load_branding_defaults() -> Option<Branding> {
    let raw = local_storage()
        .ok()?
        .get_item(BRANDING_DEFAULTS_KEY)
        .ok()??;
    let b: Branding = serde_json::from_str(&raw).ok()?;
    crate::domain::branding::check(&b).is_empty().then_some(b)
}

/// Keeps `b` as the branding of new plans in this browser (the client's
/// logo left out: it belongs to one client).
pub fn save_branding_defaults(b: &Branding) -> Result<(), StorageError> {
    let kept = Branding {
        client_logo: None,
        ..b.clone()
    };
    let raw = serde_json::to_string(&kept).map_err(|e| StorageError::Other(e.to_string()))?;
    local_storage()?
        .set_item(BRANDING_DEFAULTS_KEY, &raw)
        .map_err(to_error)
}

/// The browser's preferred language tag (`fr-CH`), if any.
pub fn browser_language() -> Option<String> {
    web_sys::window()?.navigator().language()
}

/// The current time.
pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

/// Milliseconds since the epoch, for merging keystrokes into undo steps.
pub fn now_ms() -> u64 {
    js_sys::Date::now() as u64
}

/// A fresh plan id.
pub fn new_plan_id() -> PlanId {
    PlanId::generate(
        now_ms(),
        (js_sys::Math::random() * f64::from(u32::MAX)) as u32,
    )
}

/// Offers `text` as a file download named `filename`.
pub fn download(filename: &str, text: &str, mime: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    offer(filename, &parts, mime)
}

/// Offers `bytes` as a file download named `filename`.
pub fn download_bytes(filename: &str, bytes: &[u8], mime: &str) -> Result<(), String> {
    let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(bytes));
    offer(filename, &parts, mime)
}

/// Offers a blob of `parts` as a download, through a link clicked once.
fn offer(filename: &str, parts: &js_sys::Array, mime: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let document = window.document().ok_or("no document")?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_u8_array_sequence_and_options(parts, &options)
        .map_err(|e| js_message(&e))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| js_message(&e))?;
    let a: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|e| js_message(&e))?
        .unchecked_into();
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    // Revoking at once can cancel the download in some browsers.
    leptos::prelude::set_timeout(
        move || {
            let _ = web_sys::Url::revoke_object_url(&url);
        },
        std::time::Duration::from_secs(30),
    );
    Ok(())
}

/// The file picked in a file input's `change` event, if any; the input is
/// emptied so that the same file can be picked again (after fixing it).
pub fn take_picked_file(e: &web_sys::Event) -> Option<web_sys::File> {
    let input = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let file = input.files().and_then(|f| f.get(0))?;
    input.set_value("");
    Some(file)
}

/// Why a picked file could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum FileError {
    /// Larger than the app accepts; not read at all.
    TooLarge(f64),
    /// The browser could not read it.
    Unreadable(String),
}

/// Reads a picked file as text, refusing oversized files before reading them.
pub async fn read_file(file: web_sys::File) -> Result<String, FileError> {
    if file.size() > MAX_BYTES as f64 {
        return Err(FileError::TooLarge(file.size()));
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|e| FileError::Unreadable(js_message(&e)))?;
    text.as_string()
        .ok_or_else(|| FileError::Unreadable("not text".into()))
}
