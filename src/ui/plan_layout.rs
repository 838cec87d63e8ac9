//! `/plan/:id/...`: opens the plan named in the URL, so deep links and
//! reloads land on the same plan and section.

use crate::{
    storage::{OpenError, PlanId},
    ui::{href, state::Store, use_texts},
};
use leptos::prelude::*;
use leptos_router::{components::Outlet, hooks::use_params_map};

/// Opens the plan of the URL, then shows the section (the outlet), or says
/// why it cannot.
#[component]
pub fn PlanLayout() -> impl IntoView {
    crate::ui::perf::page_styles::install();
    let store = expect_context::<Store>();
    let t = use_texts();
    let params = use_params_map();
    let id = Memo::new(move |_| params.with(|p| p.get("id")).and_then(|s| PlanId::parse(&s)));
    // Only the id is tracked: opening reads and writes the store's signals.
    Effect::new(move |_| {
        let wanted = id.get();
        untrack(|| match wanted {
            Some(id) => store.open(&id),
            None => store.close(),
        })
    });
    // A memo, so the section below is rebuilt only when the plan opened or
    // failed to open changes, never on an edit.
    let state = Memo::new(move |_| {
        let wanted = id.get();
        if wanted.is_some() && wanted == store.open_id.get() {
            Ok(())
        } else {
            Err(store
                .open_error
                .get()
                .filter(|(eid, _)| Some(eid) == wanted.as_ref())
                .map(|(_, e)| e))
        }
    });
    // Another plan was asked for while the open one could not be saved.
    let blocked = Memo::new(move |_| {
        let wanted = id.get();
        wanted.filter(|w| store.leave_blocked.get().as_ref() == Some(w))
    });
    view! {
        {move || match (state.get(), blocked.get()) {
            (_, Some(wanted)) => view! { <LeaveBlocked wanted=wanted/> }.into_any(),
            (Ok(()), None) => view! { <Outlet/> }.into_any(),
            (Err(Some(OpenError::Load(e))), None) => view! {
                <section class="page narrow" data-testid="plan-unreadable-page">
                    <h1>{move || t().plan().plan_unreadable_title}</h1>
                    <p class="error">{(t().load().err_load)(&e)}</p>
                    <p><a href=href("/")>{move || t().back_to_library}</a></p>
                </section>
            }.into_any(),
            (Err(Some(OpenError::Storage(e))), None) => view! {
                <section class="page narrow">
                    <h1>{move || t().plan().plan_unreadable_title}</h1>
                    <p class="error">{(t().err_storage)(&e)}</p>
                    <p><a href=href("/")>{move || t().back_to_library}</a></p>
                </section>
            }.into_any(),
            (Err(_), None) => view! {
                <section class="page narrow" data-testid="plan-not-found">
                    <h1>{move || t().plan().plan_not_found_title}</h1>
                    <p>{move || t().plan().plan_not_found_body}</p>
                    <p><a href=href("/")>{move || t().back_to_library}</a></p>
                </section>
            }.into_any(),
        }}
    }
}

/// The open plan could not be saved and another was asked for: it stays
/// open until the person goes back to it, downloads it, or discards its
/// unsaved changes. Nothing stored is touched meanwhile.
#[component]
fn LeaveBlocked(wanted: PlanId) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let open = store
        .current
        .with_untracked(|c| c.as_ref().map(|o| (o.id.clone(), o.plan.name.clone())));
    let Some((open_id, name)) = open else {
        return ().into_any();
    };
    let conflict = store.conflict.with_untracked(Option::is_some);
    let download_id = open_id.clone();
    view! {
        <section class="page narrow" data-testid="leave-blocked">
            <h1>{move || (t().plan().leave_blocked_title)(&name)}</h1>
            <p class="error" role="alert">
                {move || if conflict { t().plan().leave_blocked_conflict } else { t().plan().leave_blocked_quota }}
            </p>
            <div class="banner-actions">
                <a class="btn primary" data-testid="leave-blocked-back" href=href(&format!("/plan/{open_id}"))>
                    {move || t().plan().leave_blocked_back}
                </a>
                <button type="button" class="btn" data-testid="leave-blocked-download"
                    on:click=move |_| store.export_plan(&download_id)>
                    {move || t().plan().leave_blocked_download}
                </button>
                <button type="button" class="btn danger" data-testid="leave-blocked-discard"
                    on:click=move |_| store.discard_and_open(&wanted)>
                    {move || t().plan().leave_blocked_discard}
                </button>
            </div>
        </section>
    }
    .into_any()
}
