//! Importing a plan file: read, check, preview, and only then add it as a new
//! plan or replace the open one (after a second confirmation, with undo).

use crate::{
    i18n::texts,
    storage::{
        envelope::MAX_BYTES,
        pptx::{is_zip, DeckError, MAX_DECK_BYTES},
    },
    ui::{
        state::{ImportPreview, PlanCode, PlanFile, Store},
        use_texts,
    },
};
use leptos::{prelude::*, task::spawn_local};
use wasm_bindgen::JsCast;

/// Why a picked file is refused before its text is checked.
enum Picked {
    /// Larger than the app accepts (its size and the limit, in bytes): not
    /// read at all.
    TooLarge(f64, usize),
    /// Not UTF-8 text (an image, a PDF, an archive): no Cap plan.
    NotText,
    /// A PowerPoint deck that gives no plan.
    Deck(DeckError),
    /// The deck's code could not be fetched.
    CodeMissing,
    /// The browser could not read it.
    Unreadable(String),
}

/// Reads a picked file as the text of a plan: its size first, as the file
/// measures it (a file over the limit is not read), then its bytes. A
/// PowerPoint deck (a zip) gives the plan it carries, through the deck's
/// code; any other file must be UTF-8 without NUL, as every JSON file Cap
/// writes is. Reading the bytes rather than `File.text()` keeps a binary
/// file from being decoded into a text three times its size (each invalid
/// byte becomes a three-byte U+FFFD) and then refused as too large.
async fn read_plan_text(file: &web_sys::File) -> Result<String, Picked> {
    let size = file.size();
    // Its first four bytes tell a deck (a zip) from a plan's text, each
    // with its own limit, before the file is read.
    let head = read_bytes(
        &file
            .slice_with_f64_and_f64(0.0, 4.0)
            .map_err(|e| Picked::Unreadable(message(&e)))?,
    )
    .await?;
    let deck = is_zip(&head);
    let limit = if deck { MAX_DECK_BYTES } else { MAX_BYTES };
    if size > limit as f64 {
        return Err(Picked::TooLarge(size, limit));
    }
    let bytes = read_bytes(file).await?;
    if !deck {
        return plan_text(bytes).ok_or(Picked::NotText);
    }
    match crate::ui::pptx::deck_plan(bytes).await {
        Ok(read) => read.map_err(Picked::Deck),
        Err(()) => Err(Picked::CodeMissing),
    }
}

/// The bytes of a file or a slice of it.
async fn read_bytes(blob: &web_sys::Blob) -> Result<Vec<u8>, Picked> {
    let buffer = wasm_bindgen_futures::JsFuture::from(blob.array_buffer())
        .await
        .map_err(|e| Picked::Unreadable(message(&e)))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// A browser error's message.
fn message(e: &wasm_bindgen::JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .unwrap_or_else(|| format!("{e:?}"))
}

/// The text of a file's bytes, without its byte order mark (as
/// `File.text()` drops it); `None` when the bytes are not text: invalid
/// UTF-8, or a NUL (JSON escapes control characters, so no plan has one).
fn plan_text(mut bytes: Vec<u8>) -> Option<String> {
    if bytes.starts_with(b"\xEF\xBB\xBF") {
        bytes.drain(..3);
    }
    if bytes.contains(&0) {
        return None;
    }
    String::from_utf8(bytes).ok()
}

/// The "Import a file" button and its error message. The preview dialog
/// is the plan code's (`ui::import_preview`), fetched with it to check the file.
#[component]
pub fn ImportButton() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let error = RwSignal::new(None::<String>);
    let preview = RwSignal::new(None::<PlanFile>);
    let preview_open = RwSignal::new(false);
    let dialog = RwSignal::new(None::<&'static PlanCode>);

    let on_change = move |e: leptos::ev::Event| {
        let Some(file) = crate::storage::browser::take_picked_file(&e) else {
            return;
        };
        error.set(None);
        spawn_local(async move {
            let t = texts(store.lang.get_untracked());
            let why = match read_plan_text(&file).await {
                Ok(text) => {
                    // The file is read; checking it is the plan code's.
                    store.plan_code_or(
                        move |code| match (code.decode)(&text) {
                            Ok(file) => {
                                preview.set(Some(file));
                                dialog.set(Some(code));
                                preview_open.set(true);
                            }
                            Err(e) => error.set(Some((t.import_failed)(&(code.describe_load)(
                                store.lang.get_untracked(),
                                &e,
                            )))),
                        },
                        move |why| error.set(Some((t.import_failed)(&why))),
                    );
                    return;
                }
                Err(Picked::TooLarge(bytes, limit)) => (t.file_too_large)(bytes as usize, limit),
                Err(Picked::NotText) => t.import_not_text.to_string(),
                Err(Picked::Deck(e)) => crate::ui::pptx::describe(&e, store.lang.get_untracked()),
                Err(Picked::CodeMissing) => t.code_load_failed.to_string(),
                Err(Picked::Unreadable(m)) => m,
            };
            error.set(Some((t.import_failed)(&why)));
        });
    };
    let picked = ImportPreview {
        preview,
        open: preview_open,
        error,
    };

    view! {
        <div class="import">
            <label class="btn file-btn" for="import-file">
                {move || t().import_file}
            </label>
            <input
                id="import-file"
                class="file-input"
                type="file"
                accept=".json,application/json,.pptx,application/vnd.openxmlformats-officedocument.presentationml.presentation"
                data-testid="import-file"
                aria-describedby="import-hint import-error"
                on:change=on_change
            />
            <span id="import-hint" class="sr-only">{move || t().import_file_hint}</span>
            <p class="error" id="import-error" role="alert" data-testid="import-error">{move || error.get()}</p>
        </div>
        {move || dialog.get().map(|code| (code.import_preview)(picked))}
    }
}
