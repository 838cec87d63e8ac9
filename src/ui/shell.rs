//! The frame around every page: header with navigation, save status,
//! undo/redo and language; banners for storage trouble; toasts.

use crate::{
    domain::Lang,
    ui::{
        href,
        state::{Conflict, SaveStatus, Store},
        use_texts,
    },
};
use leptos::prelude::*;
use leptos_router::components::A;

/// Header: brand, plan name, sections, status and tools.
#[component]
pub fn Header() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let plan_name = Memo::new(move |_| {
        store
            .current
            .with(|c| c.as_ref().map(|o| o.plan.name.clone()))
    });
    view! {
        // Moves the focus without writing `#main` into the URL, where it
        // would replace a share link's fragment.
        <a class="skip" href="#main" on:click=|e| {
            e.prevent_default();
            if let Some(main) = document().get_element_by_id("main") {
                use wasm_bindgen::JsCast;
                if let Ok(main) = main.dyn_into::<web_sys::HtmlElement>() {
                    let _ = main.focus();
                }
            }
        }>{move || t().skip_to_content}</a>
        <header class="topbar">
            <div class="brand">
                <a href=href("/") class="logo" aria-label="Cap">
                    <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true">
                        <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2"/>
                        <path d="M12 4 L15 12 L12 20 L9 12 Z" fill="currentColor"/>
                    </svg>
                    <span>"Cap"</span>
                </a>
                <span class="tagline">{move || t().app_tagline}</span>
            </div>
            <div class="plan-title" data-testid="plan-title">{plan_name}</div>
            <div class="tools">
                <SaveIndicator/>
                <button
                    type="button"
                    class="btn icon"
                    data-testid="undo"
                    title=move || t().undo_hint
                    aria-label=move || t().undo_hint
                    disabled=move || !store.can_undo.get()
                    on:click=move |_| store.undo()
                >
                    "↶"
                </button>
                <button
                    type="button"
                    class="btn icon"
                    data-testid="redo"
                    title=move || t().redo_hint
                    aria-label=move || t().redo_hint
                    disabled=move || !store.can_redo.get()
                    on:click=move |_| store.redo()
                >
                    "↷"
                </button>
                <LangSwitch/>
            </div>
        </header>
        <SectionNav/>
    }
}

#[component]
fn LangSwitch() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    view! {
        <div class="lang-switch" role="group" aria-label=move || t().language>
            {Lang::ALL
                .into_iter()
                .map(|lang| {
                    view! {
                        <button
                            type="button"
                            class="btn small"
                            data-testid=format!("lang-{}", lang.code())
                            lang=lang.code()
                            aria-pressed=move || (store.lang.get() == lang).to_string()
                            on:click=move |_| store.set_lang(lang)
                        >
                            {lang.code().to_uppercase()}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

#[component]
fn SaveIndicator() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let text = move || {
        let t = t();
        match store.status.get() {
            SaveStatus::Idle => String::new(),
            SaveStatus::Saved => t.status_saved.to_string(),
            SaveStatus::Pending => t.status_saving.to_string(),
            SaveStatus::Conflict => t.status_conflict.to_string(),
            SaveStatus::Failed(_) if !store.persistent => t.status_memory_only.to_string(),
            SaveStatus::Failed(e) => (t.status_not_saved)(&(t.err_storage)(&e)),
            SaveStatus::NotInFolder(why) => why,
        }
    };
    let class = move || match store.status.get() {
        SaveStatus::Failed(_) | SaveStatus::Conflict | SaveStatus::NotInFolder(_) => {
            "save-status bad"
        }
        SaveStatus::Pending => "save-status pending",
        _ => "save-status ok",
    };
    view! {
        <span class=class role="status" aria-live="polite" data-testid="save-status">
            {text}
        </span>
    }
}

/// The sections of the open plan (or only the library when none is open).
#[component]
fn SectionNav() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let current = move || store.open_id.get();
    let links = move || {
        let t = t();
        let mut items = vec![(href("/"), t.nav_plans, "nav-plans")];
        // A shared plan is not in the library: its sections have no URL.
        if let Some(id) = current().filter(|_| !store.shared.get()) {
            let p = |s: &str| href(&format!("/plan/{id}{s}"));
            items.extend([
                (p(""), t.nav_overview, "nav-overview"),
                (p("/strategy"), t.nav_strategy, "nav-strategy"),
                (p("/budget"), t.nav_budget, "nav-budget"),
                (p("/timeline"), t.nav_timeline, "nav-timeline"),
                (p("/kpis"), t.nav_kpis, "nav-kpis"),
                (p("/dashboard"), t.nav_dashboard, "nav-dashboard"),
                (p("/present"), t.dashboard().present, "nav-present"),
            ]);
        }
        items
    };
    view! {
        <nav class="sections" aria-label=move || t().nav_label>
            <ul>
                {move || {
                    links()
                        .into_iter()
                        .map(|(link, label, testid)| {
                            // A section is current on its own page and its sub-pages
                            // (the wizard's steps); the overview and the library only
                            // on their own, since every plan page starts with theirs.
                            let exact = testid == "nav-overview" || testid == "nav-plans";
                            view! {
                                <li>
                                    <A href=link exact=exact attr:data-testid=testid>
                                        {label}
                                    </A>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </nav>
    }
}

/// Storage trouble and conflicts, above the page.
#[component]
pub fn Banners() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let quota = move || {
        matches!(
            store.status.get(),
            SaveStatus::Failed(crate::storage::StorageError::QuotaExceeded)
        )
    };
    let load_error = RwSignal::new(None::<String>);
    view! {
        <Show when=move || !store.persistent>
            <div class="banner warn" role="alert" data-testid="banner-storage">
                {move || t().banner_storage_unavailable}
            </div>
        </Show>
        <Show when=quota>
            <div class="banner error" role="alert" data-testid="banner-quota">
                {move || t().banner_quota}
            </div>
        </Show>
        // The sync's questions, on any page, once its code is here.
        {move || store.sync.get().map(|s| (s.overlay)())}
        {move || {
            store.conflict.get().map(|conflict| {
                let deleted = conflict == Conflict::Deleted;
                view! {
                    <div class="banner warn conflict" role="alert" data-testid="banner-conflict">
                        <strong>{move || t().conflict_title}</strong>
                        <p>
                            {move || if deleted { t().conflict_deleted_body } else { t().conflict_body }}
                        </p>
                        <p class="error">{move || load_error.get()}</p>
                        <div class="banner-actions">
                            <Show when=move || !deleted>
                                <button
                                    type="button"
                                    class="btn"
                                    data-testid="conflict-load-theirs"
                                    on:click=move |_| {
                                        load_error.set(store.load_theirs().err().map(|e| store.describe_load(&e)));
                                    }
                                >
                                    {move || t().conflict_load_theirs}
                                </button>
                            </Show>
                            <button
                                type="button"
                                class="btn primary"
                                data-testid="conflict-keep-mine"
                                on:click=move |_| store.keep_mine()
                            >
                                {move || t().conflict_keep_mine}
                            </button>
                        </div>
                    </div>
                }
            })
        }}
    }
}

/// Messages at the bottom of the screen; a deleted plan's toast, and one
/// for a change that offers it, have Undo.
#[component]
pub fn Toasts() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    view! {
        <div class="toasts" aria-live="polite" data-testid="toasts">
            <For each=move || store.toasts.get() key=|toast| toast.id let:toast>
                <div class="toast" class:error=toast.is_error data-testid="toast">
                    <span>{toast.text.clone()}</span>
                    {toast.restore.clone().map(|(id, raw)| {
                        let toast_id = toast.id;
                        view! {
                            <button
                                type="button"
                                class="btn small"
                                data-testid="toast-undo"
                                on:click=move |_| {
                                    store.restore_plan(&id, &raw);
                                    store.toasts.update(|ts| ts.retain(|x| x.id != toast_id));
                                }
                            >
                                {move || t().undo}
                            </button>
                        }
                    })}
                    {toast.undo.then(|| view! {
                        <button type="button" class="btn small" data-testid="toast-undo" on:click=move |_| store.undo()>
                            {move || t().undo}
                        </button>
                    })}
                    <button
                        type="button"
                        class="btn small ghost"
                        aria-label=move || t().close
                        on:click={
                            let toast_id = toast.id;
                            move |_| store.toasts.update(|ts| ts.retain(|x| x.id != toast_id))
                        }
                    >
                        "×"
                    </button>
                </div>
            </For>
        </div>
    }
}
