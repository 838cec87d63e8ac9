//! Importing a plan file: read, check, preview, and only then add it as a new
//! plan or replace the open one (after a second confirmation, with undo).

use crate::{
    i18n::texts,
    storage::{envelope::MAX_BYTES, Loaded},
    ui::{dialog::Modal, state::Store, use_texts},
};
use leptos::{prelude::*, task::spawn_local};
use leptos_router::{hooks::use_navigate, NavigateOptions};
use wasm_bindgen::JsCast;

/// Why a picked file is refused before its text is checked.
enum Picked {
    /// Larger than the app accepts, in bytes: not read at all.
    TooLarge(f64),
    /// Not UTF-8 text (an image, a PDF, an archive): no Cap plan.
    NotText,
    /// The browser could not read it.
    Unreadable(String),
}

/// Reads a picked file as the text of a plan: its size first, as the file
/// measures it (a file over the limit is not read), then its bytes, which
/// must be UTF-8 without NUL, as every JSON file Cap writes is. Reading
/// the bytes rather than `File.text()` keeps a binary file from being
/// decoded into a text three times its size (each invalid byte becomes a
/// three-byte U+FFFD) and then refused as too large.
async fn read_plan_text(file: &web_sys::File) -> Result<String, Picked> {
    let size = file.size();
    if size > MAX_BYTES as f64 {
        return Err(Picked::TooLarge(size));
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|e| {
            Picked::Unreadable(
                e.dyn_ref::<js_sys::Error>()
                    .map(|e| String::from(e.message()))
                    .unwrap_or_else(|| format!("{e:?}")),
            )
        })?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    plan_text(bytes).ok_or(Picked::NotText)
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

/// The "Import a file" button, its preview dialog and its error message.
#[component]
pub fn ImportButton() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let navigate = StoredValue::new_local(use_navigate());
    let go = move |path: String| navigate.with_value(|n| n(&path, NavigateOptions::default()));
    let error = RwSignal::new(None::<String>);
    let preview = RwSignal::new(None::<Loaded>);
    let preview_open = RwSignal::new(false);
    let confirm_replace = RwSignal::new(false);

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
                            Ok(loaded) => {
                                preview.set(Some(loaded));
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
                Err(Picked::TooLarge(bytes)) => (t.file_too_large)(bytes as usize, MAX_BYTES),
                Err(Picked::NotText) => t.import_not_text.to_string(),
                Err(Picked::Unreadable(m)) => m,
            };
            error.set(Some((t.import_failed)(&why)));
        });
    };

    let import_new = move |_| {
        let Some(Loaded { plan, versions, .. }) = preview.get_untracked() else {
            return;
        };
        let t = texts(store.lang.get_untracked());
        store.plan_code_or(
            move |code| match (code.add_plan)(&store, &plan) {
                Ok(id) => {
                    if let Err(e) = (code.add_versions)(&store, &id, &versions) {
                        store.toast(e, None, true);
                    }
                    preview_open.set(false);
                    store.toast((t.import_done_new)(&plan.name), None, false);
                    go(format!("/plan/{id}"));
                }
                Err(e) => error.set(Some((t.import_failed)(&e))),
            },
            move |why| error.set(Some((t.import_failed)(&why))),
        );
    };
    let replace = move |_| {
        let Some(Loaded { plan, versions, .. }) = preview.get_untracked() else {
            return;
        };
        let t = texts(store.lang.get_untracked());
        store.plan_code_or(
            move |code| match (code.replace_current)(&store, plan) {
                Ok(()) => {
                    let added = store
                        .current_id()
                        .map(|id| (code.add_versions)(&store, &id, &versions));
                    if let Some(Err(e)) = added {
                        store.toast(e, None, true);
                    }
                    confirm_replace.set(false);
                    preview_open.set(false);
                    store.toast(t.import_done_replaced.to_string(), None, false);
                    if let Some(id) = store.current_id() {
                        go(format!("/plan/{id}"));
                    }
                }
                Err(e) => error.set(Some((t.import_failed)(&e))),
            },
            move |why| error.set(Some((t.import_failed)(&why))),
        );
    };
    let current_name = Memo::new(move |_| {
        store
            .current
            .with(|c| c.as_ref().map(|o| o.plan.name.clone()))
    });
    let current_name = move || current_name.get();

    view! {
        <div class="import">
            <label class="btn file-btn" for="import-file">
                {move || t().import_file}
            </label>
            <input
                id="import-file"
                class="file-input"
                type="file"
                accept=".json,application/json"
                data-testid="import-file"
                aria-describedby="import-hint import-error"
                on:change=on_change
            />
            <span id="import-hint" class="sr-only">{move || t().import_file_hint}</span>
            <p class="error" id="import-error" role="alert" data-testid="import-error">{move || error.get()}</p>
        </div>
        <Modal open=preview_open title=Signal::derive(move || t().import_preview_title.to_string()) testid="import-preview">
            {move || preview.get().map(|Loaded { plan, versions, .. }| {
                let c = plan.counts();
                let t = t();
                view! {
                    <p class="preview-name" data-testid="import-preview-name">
                        {(t.import_preview_body)(&plan.name, &plan.client)}
                    </p>
                    <ul class="counts">
                        <li>{c.strategy_elements}" "{t.count_elements}</li>
                        <li>{c.objectives}" "{t.count_objectives}</li>
                        <li>{c.budget_lines}" "{t.count_budget_lines}</li>
                        <li>{c.actions}" "{t.count_actions}</li>
                        <li>{c.measurements}" "{t.count_measurements}</li>
                        {(!versions.is_empty()).then(|| view! { <li>{versions.len()}" "{t.count_versions}</li> })}
                    </ul>
                }
            })}
            <div class="dialog-actions">
                <button type="button" class="btn" on:click=move |_| preview_open.set(false)>{move || t().cancel}</button>
                {move || current_name().map(|name| view! {
                    <button type="button" class="btn" data-testid="import-replace" on:click=move |_| confirm_replace.set(true)>
                        {(t().import_replace)(&name)}
                    </button>
                })}
                <button type="button" class="btn primary" data-testid="import-as-new" on:click=import_new>
                    {move || t().import_as_new}
                </button>
            </div>
            <Show when=move || confirm_replace.get()>
                <div class="confirm-inline" role="alert" data-testid="import-replace-confirm">
                    <p>{move || (t().import_replace_confirm)(&current_name().unwrap_or_default())}</p>
                    <button type="button" class="btn" on:click=move |_| confirm_replace.set(false)>{move || t().cancel}</button>
                    <button type="button" class="btn danger" data-testid="import-replace-yes" on:click=replace>
                        {move || t().import_replace_confirm_button}
                    </button>
                </div>
            </Show>
        </Modal>
    }
}
