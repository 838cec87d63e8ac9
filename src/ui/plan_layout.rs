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
    crate::ui::page_styles::install();
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
    view! {
        {move || match state.get() {
            Ok(()) => view! { <Outlet/> }.into_any(),
            Err(Some(OpenError::Load(e))) => view! {
                <section class="page narrow" data-testid="plan-unreadable-page">
                    <h1>{move || t().plan_unreadable_title}</h1>
                    <p class="error">{(t().err_load)(&e)}</p>
                    <p><a href=href("/")>{move || t().back_to_library}</a></p>
                </section>
            }.into_any(),
            Err(Some(OpenError::Storage(e))) => view! {
                <section class="page narrow">
                    <h1>{move || t().plan_unreadable_title}</h1>
                    <p class="error">{(t().err_storage)(&e)}</p>
                    <p><a href=href("/")>{move || t().back_to_library}</a></p>
                </section>
            }.into_any(),
            Err(_) => view! {
                <section class="page narrow" data-testid="plan-not-found">
                    <h1>{move || t().plan_not_found_title}</h1>
                    <p>{move || t().plan_not_found_body}</p>
                    <p><a href=href("/")>{move || t().back_to_library}</a></p>
                </section>
            }.into_any(),
        }}
    }
}
