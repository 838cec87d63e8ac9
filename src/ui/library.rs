//! "My plans": the library of plans in this browser.

use crate::{
    i18n::texts,
    storage::{Entry, PlanId},
    ui::{
        dialog::{ConfirmDialog, Modal},
        examples::Examples,
        format, href,
        import::ImportButton,
        state::Store,
        use_texts,
    },
};
use leptos::prelude::*;
use leptos_router::{hooks::use_navigate, NavigateOptions};

/// The library page.
#[component]
pub fn LibraryPage() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let new_open = RwSignal::new(false);
    // The library may have changed in another tab while this one was away.
    store.refresh();
    // "Keeping your plans safe" and the backup reminder come with their
    // code, fetched once the page shows.
    let keep = RwSignal::new(None::<&'static crate::ui::keep::KeepCode>);
    store.keep_then(move |code| keep.set(Some(code)));
    view! {
        <section class="page" data-testid="library"
            on:pointerover=move |ev| preload_near(store, &ev)
            on:focusin=move |ev| preload_near(store, &ev)
        >
            <div class="page-head">
                <div>
                    <h1>{move || t().library_title}</h1>
                    <p class="lead">{move || t().library_intro}</p>
                </div>
                <div class="page-actions">
                    <button type="button" class="btn primary" data-testid="new-plan" on:click=move |_| new_open.set(true)>
                        {move || t().new_plan}
                    </button>
                    <ImportButton/>
                </div>
            </div>
            {move || keep.get().map(|k| (k.reminder)())}
            {move || store.listing_error.get().map(|e| view! {
                <p class="banner error" role="alert">{(t().err_storage)(&e)}</p>
            })}
            {move || match store.listing_pending.get() {
                0 => None,
                n => Some(view! {
                    <p class="page-loading muted" role="status" data-testid="library-reading">{(t().library_reading)(n)}</p>
                }),
            }}
            <Show
                when=move || { store.entries.with(|e| !e.is_empty()) || store.listing_pending.get() != 0 }
                fallback=move || view! {
                    <div class="empty" data-testid="library-empty">
                        <h2>{move || t().library_empty_title}</h2>
                        <p>{move || t().library_empty_body}</p>
                        <button type="button" class="btn" data-testid="start-blank" on:click=move |_| new_open.set(true)>
                            {move || t().start_blank}
                        </button>
                    </div>
                    <Examples open=true/>
                }
            >
                <ul class="plan-list" data-testid="plan-list">
                    <For
                        each=move || store.entries.get()
                        key=|e| format!("{e:?}")
                        children=move |entry| view! { <PlanCard entry=entry/> }
                    />
                </ul>
            </Show>
            <Show when=move || store.entries.with(|e| !e.is_empty())>
                <Examples open=false/>
            </Show>
            {move || keep.get().map(|k| (k.trash)())}
            {move || keep.get().map(|k| (k.panel)())}
            {move || store.sync.get().map(|s| (s.panel)())}
            <NewPlanDialog open=new_open/>
        </section>
    }
}

/// Starts fetching the plan code when the pointer or the focus comes to
/// the page's actions, a plan or an example (see [`Store::preload_plan_code`]):
/// one pair of handlers for the page, as both events bubble.
fn preload_near(store: Store, ev: &web_sys::Event) {
    use wasm_bindgen::JsCast;
    let near = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| {
            el.closest(".page-actions, .plan-list, .example-grid")
                .ok()
                .flatten()
        });
    if near.is_some() {
        store.preload_plan_code();
    }
}

#[component]
fn PlanCard(entry: Entry) -> impl IntoView {
    match entry {
        Entry::Readable {
            id,
            name,
            client,
            saved_at,
        } => view! { <ReadableCard id=id name=name client=client saved_at=saved_at/> }.into_any(),
        Entry::Unreadable {
            id,
            error,
            backup_key,
            bytes,
        } => view! { <UnreadableCard id=id error=error backup_key=backup_key bytes=bytes/> }
            .into_any(),
    }
}

#[component]
fn ReadableCard(
    id: PlanId,
    name: String,
    client: String,
    saved_at: Option<chrono::DateTime<chrono::Utc>>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let renaming = RwSignal::new(false);
    let confirm_delete = RwSignal::new(false);
    let rename_text = RwSignal::new(name.clone());
    let rename_error = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let open_link = href(&format!("/plan/{id}"));
    let name_for_delete = name.clone();
    let modified = move || match saved_at {
        Some(at) => format::datetime(at, store.lang.get()),
        None => t().never_saved.to_string(),
    };
    let (id_r, id_d, id_e, id_x) = (id.clone(), id.clone(), id.clone(), id.clone());
    let submit_rename = move || {
        let (id, text) = (id_r.clone(), rename_text.get_untracked());
        store.plan_code_or(
            move |code| match (code.rename_plan)(&store, &id, &text) {
                Ok(()) => {
                    renaming.set(false);
                    rename_error.set(None);
                }
                Err(e) => rename_error.set(Some(e)),
            },
            move |why| rename_error.set(Some(why)),
        );
    };
    let rename_id = format!("rename-{id}");
    view! {
        <li class="plan-card" data-testid="plan-card">
            <div class="plan-main">
                <Show
                    when=move || renaming.get()
                    fallback={
                        let name = name.clone();
                        let open_link = open_link.clone();
                        move || view! {
                            <a class="plan-name" href=open_link.clone() data-testid="plan-open">{name.clone()}</a>
                        }
                    }
                >
                    <form class="rename" on:submit={
                        let submit_rename = submit_rename.clone();
                        move |e| { e.prevent_default(); submit_rename(); }
                    }>
                        <label for=rename_id.clone() class="sr-only">{
                            let name = name.clone();
                            move || (t().rename_label)(&name)
                        }</label>
                        <input
                            id=rename_id.clone()
                            type="text"
                            data-testid="rename-input"
                            prop:value=move || rename_text.get()
                            on:input=move |e| rename_text.set(event_target_value(&e))
                            aria-describedby=format!("{rename_id}-error")
                        />
                        <button type="submit" class="btn small primary" data-testid="rename-save">{move || t().save}</button>
                        <button type="button" class="btn small" on:click=move |_| renaming.set(false)>{move || t().cancel}</button>
                        <p class="error" id=format!("{rename_id}-error") role="alert" data-testid="rename-error">{move || rename_error.get()}</p>
                    </form>
                </Show>
                <div class="plan-meta">
                    <span data-testid="plan-client">{if client.is_empty() { t().no_client.to_string() } else { client.clone() }}</span>
                    <span class="muted">{modified}</span>
                </div>
            </div>
            <div class="plan-actions">
                <button type="button" class="btn small" data-testid="plan-rename" on:click=move |_| renaming.set(true)>
                    {move || t().rename}
                </button>
                <button type="button" class="btn small" data-testid="plan-duplicate" on:click=move |_| {
                    let id = id_d.clone();
                    store.plan_code_or(
                        move |code| {
                            if let Err(e) = (code.duplicate_plan)(&store, &id) { error.set(Some(e)); }
                        },
                        move |why| error.set(Some(why)),
                    );
                }>
                    {move || t().duplicate}
                </button>
                <button type="button" class="btn small" data-testid="plan-export" on:click=move |_| {
                    let id = id_e.clone();
                    store.plan_code_or(move |code| (code.export_plan)(&store, &id), move |why| error.set(Some(why)));
                }>
                    {move || t().export_json}
                </button>
                <crate::ui::share::ShareButton id=id_x.clone() testid="plan-share" small=true/>
                <button type="button" class="btn small danger-text" data-testid="plan-delete" on:click=move |_| confirm_delete.set(true)>
                    {move || t().delete}
                </button>
            </div>
            <p class="error" role="alert">{move || error.get()}</p>
            <ConfirmDialog
                open=confirm_delete
                title=Signal::derive(move || t().confirm_delete_title.to_string())
                body=Signal::derive(move || (t().confirm_delete_body)(&name_for_delete))
                confirm=Signal::derive(move || t().delete.to_string())
                testid="confirm-delete"
                on_confirm=Callback::new(move |_| store.delete_plan(&id_x))
            />
        </li>
    }
}

#[component]
fn UnreadableCard(
    id: PlanId,
    error: crate::storage::LoadError,
    backup_key: Option<String>,
    bytes: usize,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let confirm = RwSignal::new(false);
    let has_backup = backup_key.is_some();
    let key = backup_key.unwrap_or_else(|| id.key());
    let (id_dl, id_x) = (id.clone(), id.clone());
    view! {
        <li class="plan-card unreadable" data-testid="plan-unreadable">
            <div class="plan-main">
                <strong>{move || t().unreadable_title}" · "{id.to_string()}</strong>
                <p>{
                    let error = error.clone();
                    move || (t().unreadable_body)(&{ let _ = store.lang.get(); store.describe_load(&error) }, bytes)
                }</p>
                {(!has_backup).then(|| view! { <p class="error">{move || t().unreadable_no_backup}</p> })}
            </div>
            <div class="plan-actions">
                <button type="button" class="btn small primary" data-testid="download-backup" on:click=move |_| store.download_raw(&key, &id_dl)>
                    {move || t().download_backup}
                </button>
                <button type="button" class="btn small danger-text" data-testid="discard-unreadable" on:click=move |_| confirm.set(true)>
                    {move || t().discard_unreadable}
                </button>
            </div>
            <ConfirmDialog
                open=confirm
                title=Signal::derive(move || t().discard_unreadable.to_string())
                body=Signal::derive(move || t().confirm_discard_body.to_string())
                confirm=Signal::derive(move || t().discard_unreadable.to_string())
                testid="confirm-discard"
                on_confirm=Callback::new(move |_| store.discard_unreadable(&id_x))
            />
        </li>
    }
}

#[component]
fn NewPlanDialog(open: RwSignal<bool>) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let navigate = use_navigate();
    let name = RwSignal::new(String::new());
    let client = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let t = texts(store.lang.get_untracked());
        let typed = crate::domain::new_plan_name(&name.get_untracked(), t.default_plan_name);
        let typed_client = client.get_untracked();
        let navigate = navigate.clone();
        store.plan_code_or(
            move |code| match (code.create_plan)(&store, &typed, &typed_client) {
                Ok(id) => {
                    open.set(false);
                    name.set(String::new());
                    client.set(String::new());
                    error.set(None);
                    navigate(&format!("/plan/{id}"), NavigateOptions::default());
                }
                Err(e) => error.set(Some(e)),
            },
            move |why| error.set(Some(why)),
        );
    };
    view! {
        <Modal open=open title=Signal::derive(move || t().new_plan_title.to_string()) testid="new-plan-dialog">
            <form on:submit=submit.clone() class="stack">
                <div class="field">
                    <label for="new-plan-name">{move || t().field_name}</label>
                    <input id="new-plan-name" data-testid="new-plan-name" type="text" autofocus maxlength="120"
                        placeholder=move || t().default_plan_name
                        prop:value=move || name.get() on:input=move |e| name.set(event_target_value(&e))/>
                </div>
                <div class="field">
                    <label for="new-plan-client">{move || t().field_client}</label>
                    <input id="new-plan-client" data-testid="new-plan-client" type="text" maxlength="300"
                        prop:value=move || client.get() on:input=move |e| client.set(event_target_value(&e))/>
                </div>
                <p class="error" role="alert">{move || error.get()}</p>
                <div class="dialog-actions">
                    <button type="button" class="btn" on:click=move |_| open.set(false)>{move || t().cancel}</button>
                    <button type="submit" class="btn primary" data-testid="new-plan-create">{move || t().create}</button>
                </div>
            </form>
        </Modal>
    }
}
