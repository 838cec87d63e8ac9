//! Who produces which kind of content: a table whose rows are the kinds of
//! content (written, visual, audio and video, and the plan's own) and whose
//! columns are the producers (the in-house team, the consultant, an agency,
//! a freelancer, each optionally named). Each change is one
//! `Command::SetProduction` (one undo step). Under it, the budget lines and
//! actions that name each kind.

mod cells;
mod uses;

use crate::{
    domain::{
        production::{ContentType, CustomContent, Producer, ProducerKind, Production},
        validate::limits,
        Command, ItemId,
    },
    ui::{state::Store, use_texts},
};
use leptos::prelude::*;

/// The table's state shared by its parts: the table, and where a refusal
/// is shown (beside a custom kind's remove button, or under the table).
#[derive(Clone, Copy)]
pub(super) struct Table {
    pub store: Store,
    pub production: Memo<Production>,
    /// A refusal about one row (removing a kind still in use).
    pub row_error: RwSignal<Option<(ContentType, String)>>,
    /// Any other refusal.
    pub error: RwSignal<Option<String>>,
}

impl Table {
    /// Sends the table as `change` makes it from the current one.
    pub fn change(&self, change: impl FnOnce(&mut Production)) -> Option<String> {
        let mut next = self.store.with_plan(|p| p.production.clone())?;
        change(&mut next);
        self.store.send(Command::SetProduction(Box::new(next)))
    }

    /// Sends a change; a refusal goes under the table.
    pub fn apply(&self, change: impl FnOnce(&mut Production)) {
        self.row_error.set(None);
        self.error.set(self.change(change));
    }
}

/// The columns a plan starts with: the in-house team, and the consultant
/// named as the plan's branding names them.
fn defaults(first: ItemId, consultant: &str) -> Vec<Producer> {
    vec![
        Producer {
            id: first,
            kind: ProducerKind::InHouse,
            name: String::new(),
        },
        Producer {
            id: ItemId(first.0 + 1),
            kind: ProducerKind::Consultant,
            name: consultant.trim().to_string(),
        },
    ]
}

/// The kind a new column gets: the first of in-house, consultant missing
/// from the table, an agency otherwise.
fn next_kind(p: &Production) -> ProducerKind {
    [ProducerKind::InHouse, ProducerKind::Consultant]
        .into_iter()
        .find(|k| !p.producers.iter().any(|x| x.kind == *k))
        .unwrap_or(ProducerKind::Agency)
}

/// `base`, or `base 2`, `base 3`… the first no custom kind is named.
fn free_name(p: &Production, base: &str) -> String {
    (1..)
        .map(|n| match n {
            1 => base.to_string(),
            n => format!("{base} {n}"),
        })
        .find(|name| !p.custom.iter().any(|c| c.name == *name))
        .unwrap_or_else(|| base.to_string())
}

/// Who produces which kind of content.
#[component]
pub fn ProductionPanel() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let production = store.select(|p| p.production.clone());
    let table = Table {
        store,
        production,
        row_error: RwSignal::new(None),
        error: RwSignal::new(None),
    };
    let consultant = store.select(|p| p.branding.consultant.trim().to_string());
    let empty = Memo::new(move |_| production.with(|p| p.producers.is_empty()));
    let no_own_kinds = Memo::new(move |_| production.with(|p| p.custom.is_empty()));
    let add_defaults = move |_| {
        let first = store.next_item_id();
        let name = consultant.get_untracked();
        table.apply(|p| p.producers.extend(defaults(first, &name)));
    };
    let add_producer = move |_| {
        let id = store.next_item_id();
        table.apply(|p| {
            let kind = next_kind(p);
            p.producers.push(Producer {
                id,
                kind,
                name: String::new(),
            });
        });
    };
    let add_kind = move |_| {
        let id = store.next_item_id();
        let base = t().quote().prod_new_kind;
        table.apply(|p| {
            let name = free_name(p, base);
            p.custom.push(CustomContent { id, name });
        });
        // The new row's name, ready to be typed over.
        request_animation_frame(|| {
            let last = document()
                .query_selector(
                    "[data-testid=\"production\"] tbody tr:last-child [data-testid=\"production-kind-name\"]",
                )
                .ok()
                .flatten()
                .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlInputElement>(n).ok());
            if let Some(input) = last {
                let _ = input.focus();
                input.select();
            }
        });
    };
    let kinds = Memo::new(move |_| production.with(Production::kinds));
    let producers = Memo::new(move |_| {
        production.with(|p| p.producers.iter().map(|x| x.id).collect::<Vec<_>>())
    });
    view! {
        <section class="card production-card" data-testid="production" aria-labelledby="production-title">
            <h2 id="production-title">{move || t().quote().prod_title}</h2>
            <p class="hint">{move || t().quote().prod_intro}</p>
            <Show when=move || empty.get()>
                <div class="production-empty" data-testid="production-empty">
                    <p>{move || t().quote().prod_empty}</p>
                    <button type="button" class="btn primary" data-testid="production-defaults" on:click=add_defaults>
                        {move || { let c = consultant.get(); (t().quote().prod_defaults)((!c.is_empty()).then_some(c.as_str())) }}
                    </button>
                </div>
            </Show>
            // The table once it has a column, or a kind of the plan's own to name.
            <Show when=move || !empty.get() || !no_own_kinds.get()>
                <div class="table-scroll">
                    <table class="production-table">
                        <caption class="sr-only">{move || t().quote().prod_title}</caption>
                        <thead><tr>
                            <th scope="col" class="production-kind-col">{move || t().quote().prod_col_kind}</th>
                            <For each=move || producers.get() key=|id| *id let:id>
                                <cells::ProducerHead table=table id=id/>
                            </For>
                        </tr></thead>
                        <tbody>
                            <For each=move || kinds.get() key=|k| *k let:kind>
                                <cells::KindRow table=table kind=kind producers=producers/>
                            </For>
                        </tbody>
                    </table>
                </div>
            </Show>
            <div class="production-actions">
                <button type="button" class="btn small" data-testid="production-add-producer" on:click=add_producer>
                    {move || t().quote().prod_add_producer}
                </button>
                <button type="button" class="btn small" data-testid="production-add-kind" on:click=add_kind>
                    {move || t().quote().prod_add_kind}
                </button>
            </div>
            <p class="error" role="alert" data-testid="production-error">{move || table.error.get()}</p>
            <uses::Uses/>
        </section>
    }
}

/// Longest name of a producer or a kind of content, in characters.
pub(super) const MAX_NAME: usize = limits::SHORT_TEXT;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_columns_and_rows_get_kinds_and_names_not_yet_taken() {
        let mut p = Production::default();
        assert_eq!(next_kind(&p), ProducerKind::InHouse);
        p.producers = defaults(ItemId(5), " Claire Dubois ");
        assert_eq!(p.producers[1].name, "Claire Dubois");
        assert_eq!(p.producers[1].id, ItemId(6));
        assert_eq!(next_kind(&p), ProducerKind::Agency);
        assert_eq!(free_name(&p, "Autre"), "Autre");
        p.custom.push(CustomContent {
            id: ItemId(7),
            name: "Autre".into(),
        });
        assert_eq!(free_name(&p, "Autre"), "Autre 2");
    }
}
