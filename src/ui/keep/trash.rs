//! Recently deleted plans, below the library: put back, or erased for
//! good after a confirmation. Drawn once the keep module's code is here.

use crate::{
    storage::PlanId,
    ui::{dialog::ConfirmDialog, state::Store, use_texts},
};
use leptos::prelude::*;

/// The trash, while it holds plans.
#[component]
pub fn Trash() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let purge_target = RwSignal::new(None::<(PlanId, String)>);
    let purge_open = RwSignal::new(false);
    view! {
        <Show when=move || store.trash.with(|t| !t.is_empty())>
            <details class="trash" data-testid="trash">
                <summary>{move || t().trash_title}" ("{move || store.trash.with(Vec::len)}")"</summary>
                <p class="hint">{move || t().trash_hint}</p>
                <ul>
                    <For
                        each=move || store.trash.get()
                        key=|(id, _, _)| id.clone()
                        children=move |(id, name, raw)| {
                            let (id_r, id_p, name_p) = (id.clone(), id.clone(), name.clone());
                            view! {
                                <li class="trash-item" data-testid="trash-item">
                                    <span>{name.clone()}</span>
                                    <button type="button" class="btn small" data-testid="trash-restore" on:click=move |_| store.restore_plan(&id_r, &raw)>
                                        {move || t().restore}
                                    </button>
                                    <button type="button" class="btn small danger-text" data-testid="trash-purge" on:click=move |_| {
                                        purge_target.set(Some((id_p.clone(), name_p.clone())));
                                        purge_open.set(true);
                                    }>
                                        {move || t().purge}
                                    </button>
                                </li>
                            }
                        }
                    />
                </ul>
            </details>
        </Show>
        <ConfirmDialog
            open=purge_open
            title=Signal::derive(move || t().purge.to_string())
            body=Signal::derive(move || purge_target.get().map(|(_, n)| (t().confirm_purge_body)(&n)).unwrap_or_default())
            confirm=Signal::derive(move || t().purge.to_string())
            testid="confirm-purge"
            on_confirm=Callback::new(move |_| {
                if let Some((id, _)) = purge_target.get_untracked() { store.purge_plan(&id); }
            })
        />
    }
}
