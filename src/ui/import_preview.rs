//! The preview of an imported plan file: what it holds, then "import as a
//! new plan" or "replace the open plan" (after a second confirmation, with
//! undo). Part of the plan code: the import button (on the first screen)
//! shows it through `PlanCode::import_preview`.

use crate::{
    i18n::{texts, typo::plural},
    ui::{
        dialog::Modal,
        state::{ImportPreview, Store},
        use_texts,
    },
};
use leptos::prelude::*;
use leptos_router::{hooks::use_navigate, NavigateOptions};

/// The dialog for the file in `picked`.
pub fn view(picked: ImportPreview) -> AnyView {
    view! { <PreviewDialog picked=picked/> }.into_any()
}

#[component]
fn PreviewDialog(picked: ImportPreview) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let ImportPreview {
        preview,
        open: preview_open,
        error,
    } = picked;
    let navigate = StoredValue::new_local(use_navigate());
    let go = move |path: String| navigate.with_value(|n| n(&path, NavigateOptions::default()));
    let confirm_replace = RwSignal::new(false);

    let import_new = move |_| {
        let Some((plan, versions)) = preview.get_untracked() else {
            return;
        };
        let t = texts(store.lang.get_untracked());
        match store.add_new_plan(&plan) {
            Ok(id) => {
                if let Err(e) = store.add_versions(&id, &versions) {
                    store.toast(e, None, true);
                }
                preview_open.set(false);
                store.toast((t.import_done_new)(&plan.name), None, false);
                go(format!("/plan/{id}"));
            }
            Err(e) => error.set(Some((t.import_failed)(&e))),
        }
    };
    let replace = move |_| {
        let Some((plan, versions)) = preview.get_untracked() else {
            return;
        };
        let t = texts(store.lang.get_untracked());
        match store.replace_current(plan) {
            Ok(()) => {
                let added = store
                    .current_id()
                    .map(|id| store.add_versions(&id, &versions));
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
        }
    };
    let current_name = Memo::new(move |_| {
        store
            .current
            .with(|c| c.as_ref().map(|o| o.plan.name.clone()))
    });
    let current_name = move || current_name.get();

    view! {
        <Modal open=preview_open title=Signal::derive(move || t().import_preview_title.to_string()) testid="import-preview">
            {move || preview.get().map(|(plan, versions)| {
                let c = plan.counts();
                let t = t();
                let lang = store.lang.get();
                let counts = [c.strategy_elements, c.objectives, c.budget_lines, c.actions, c.measurements, versions.len()];
                let lines = counts
                    .into_iter()
                    .zip(t.plan().file_counts)
                    .enumerate()
                    // Named versions are listed only when the file has some.
                    .filter(|(i, (n, _))| *i < 5 || *n > 0)
                    .map(|(_, (n, (one, other)))| view! { <li>{n}" "{plural(lang, n, one, other)}</li> })
                    .collect_view();
                view! {
                    <p class="preview-name" data-testid="import-preview-name">
                        {(t.import_preview_body)(&plan.name, &plan.client)}
                    </p>
                    <ul class="counts" data-testid="import-preview-counts">
                        {lines}
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
