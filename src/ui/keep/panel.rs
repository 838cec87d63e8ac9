//! The library's section "keeping your plans safe": what the browser
//! keeps, the plans folder, full backups.

use super::{folder, keep, read_storage_state, Folder};
use crate::{
    domain::Lang,
    i18n::keep::KeepTexts,
    storage::KvStore,
    ui::{format, state::Store},
};
use leptos::prelude::*;

/// The usual room browsers give a site's localStorage, in characters.
const LOCAL_LIMIT: f64 = 5.0 * 1024.0 * 1024.0;

/// The section, below the library's plans.
#[component]
pub fn KeepPanel() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = move || crate::i18n::texts(store.lang.get()).keep();
    folder::start(store);
    leptos::task::spawn_local(read_storage_state());
    view! {
        <section class="keep" data-testid="keep" aria-labelledby="keep-title">
            <h2 id="keep-title">{move || t().title}</h2>
            <p class="lead">{move || t().intro}</p>
            <div class="keep-grid">
                <BrowserPart/>
                <FolderPart/>
                <super::backup::BackupPart/>
                <SyncPart/>
            </div>
        </section>
    }
}

/// What this browser promised, and the room used.
#[component]
fn BrowserPart() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = move || crate::i18n::texts(store.lang.get()).keep();
    let persisted = keep(|k| k.persisted.clone());
    let usage = keep(|k| k.usage.clone());
    let promise = {
        let persisted = persisted.clone();
        move || match persisted.get() {
            Some(true) => t().kept,
            Some(false) => t().may_clear,
            None => t().kept_unknown,
        }
    };
    let plans_bytes = move || {
        let _ = store.entries.get();
        store.library.with_value(|l| {
            let s = l.store();
            s.keys()
                .unwrap_or_default()
                .iter()
                .filter(|k| k.starts_with("cap."))
                .fold(0.0, |sum, k| {
                    let value = s
                        .get(k)
                        .ok()
                        .flatten()
                        .map_or(0, |v| v.encode_utf16().count());
                    sum + (k.len() + value) as f64
                })
        })
    };
    view! {
        <div class="keep-part" data-testid="keep-browser">
            <h3>{move || t().browser_heading}</h3>
            <p data-testid="keep-persisted" class:good=move || persisted.get() == Some(true)>{promise}</p>
            <p class="muted" data-testid="keep-usage">
                {move || {
                    let lang = store.lang.get();
                    (t().plans_usage)(&size(plans_bytes(), t(), lang), &size(LOCAL_LIMIT, t(), lang))
                }}
                " "
                {move || usage.get().filter(|(used, _)| *used > 0.0).map(|(used, quota)| {
                    let lang = store.lang.get();
                    (t().site_usage)(&size(used, t(), lang), &size(quota, t(), lang))
                })}
            </p>
        </div>
    }
}

/// A size in bytes, in the unit that keeps it short (`1,2 Mo`).
fn size(bytes: f64, t: &KeepTexts, lang: Lang) -> String {
    let mut value = bytes.max(0.0);
    let mut unit = 0;
    while value >= 1024.0 && unit < 3 {
        value /= 1024.0;
        unit += 1;
    }
    let digits = if unit == 0 || value >= 10.0 { 0 } else { 1 };
    format!(
        "{}\u{a0}{}",
        format::number(value, lang, digits),
        t.size_unit[unit]
    )
}

/// The plans folder: choose it, allow it again, what was written, what the
/// folder holds that this browser does not.
#[component]
fn FolderPart() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = move || crate::i18n::texts(store.lang.get()).keep();
    let error = RwSignal::new(None::<String>);
    let state = keep(|k| k.folder.clone());
    let supported = state.clone();
    let failure = keep(|k| k.failure.clone());
    let written = keep(|k| k.written.clone());
    let found = keep(|k| k.found.clone());
    let found_any = {
        let found = found.clone();
        move || found.with(|f| !f.is_empty())
    };
    let body = move || {
        match state.get() {
        Folder::Unknown => ().into_any(),
        Folder::Unsupported => view! {
            <p data-testid="folder-unsupported">{move || t().folder_unsupported}</p>
        }
        .into_any(),
        Folder::NotChosen => view! {
            <button type="button" class="btn" data-testid="folder-choose" on:click=move |_| folder::choose(store, error)>
                {move || t().choose_folder}
            </button>
        }
        .into_any(),
        Folder::Prompt(name) => view! {
            <p data-testid="folder-prompt">{move || (t().folder_reconnect)(&name)}</p>
            <button type="button" class="btn primary" data-testid="folder-allow" on:click=move |_| folder::allow(store)>
                {move || t().folder_allow}
            </button>
        }
        .into_any(),
        Folder::Denied(name) => view! {
            <p class="error" data-testid="folder-denied">{move || (t().folder_denied)(&name)}</p>
            <button type="button" class="btn" data-testid="folder-choose" on:click=move |_| folder::choose(store, error)>
                {move || t().choose_folder}
            </button>
        }
        .into_any(),
        Folder::Ready(name) => {
            let (failure, written) = (failure.clone(), written.clone());
            let name_failed = name.clone();
            view! {
                <p data-testid="folder-ready"><strong>{move || (t().folder_connected)(&name)}</strong></p>
                {move || written.get().map(|at| view! {
                    <p class="muted" data-testid="folder-written">{(t().folder_written)(&format::datetime(at, store.lang.get()))}</p>
                })}
                {move || failure.get().map(|why| view! {
                    <p class="error" role="alert" data-testid="folder-failed">{(t().folder_failed)(&name_failed, &why)}</p>
                })}
                <div class="keep-actions">
                    <button type="button" class="btn small" data-testid="folder-change" on:click=move |_| folder::choose(store, error)>
                        {move || t().change_folder}
                    </button>
                    <button type="button" class="btn small" data-testid="folder-stop" on:click=move |_| folder::stop()>
                        {move || t().stop_folder}
                    </button>
                </div>
            }
            .into_any()
        }
    }
    };
    view! {
        <div class="keep-part" data-testid="keep-folder">
            <h3>{move || t().folder_heading}</h3>
            <Show when=move || supported.get() != Folder::Unsupported>
                <p class="muted">{move || t().folder_intro}</p>
            </Show>
            {body}
            <p class="error" role="alert">{move || error.get()}</p>
            <Show when=found_any.clone()>
                <div class="keep-found" data-testid="folder-found" role="status">
                    <p><strong>{
                        let found = found.clone();
                        move || (t().folder_plans)(found.with(Vec::len))
                    }</strong></p>
                    <ul>
                        {
                            let found = found.clone();
                            move || found.get().into_iter().map(|f| {
                                let label = match &f.name {
                                    Ok(name) => name.clone(),
                                    Err(why) => (t().folder_unreadable)(&f.file, why),
                                };
                                view! { <li class:error=f.name.is_err() data-testid="folder-found-plan">{label}</li> }
                            }).collect_view()
                        }
                    </ul>
                    <button type="button" class="btn primary" data-testid="folder-import"
                        disabled={
                            let found = found.clone();
                            move || found.with(|f| f.iter().all(|f| f.name.is_err()))
                        }
                        on:click=move |_| folder::import_found(store)>
                        {move || t().folder_import}
                    </button>
                </div>
            </Show>
        </div>
    }
}

/// Syncing through a CouchDB server: its section comes with its own code,
/// fetched when asked for here (or at start, when a server is set).
#[component]
fn SyncPart() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = move || crate::i18n::texts(store.lang.get()).keep();
    let open = move |_| {
        store.sync_then(|_| {
            // The section is drawn on the next frame: its first field then.
            request_animation_frame(|| {
                if let Some(el) = document().get_element_by_id("sync-url") {
                    let _ =
                        wasm_bindgen::JsCast::unchecked_into::<web_sys::HtmlElement>(el).focus();
                }
            });
        })
    };
    view! {
        <Show when=move || store.sync.with(Option::is_none)>
            <div class="keep-part" data-testid="sync-setup">
                <h3>{move || t().sync_heading}</h3>
                <p class="muted">{move || t().sync_intro}</p>
                <button type="button" class="btn" data-testid="sync-setup-open" on:click=open>
                    {move || t().sync_setup}
                </button>
            </div>
        </Show>
    }
}
