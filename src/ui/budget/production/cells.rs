//! The production table's parts: a column's head (kind, name, removal) and
//! a row (the kind of content, its ticks). Rows and columns are keyed by
//! id, so a tick redraws nothing and its checkbox keeps the focus; test ids
//! and labels follow the row's and column's place.

use super::{Table, MAX_NAME};
use crate::{
    domain::{
        production::{ContentType, Producer, ProducerKind, Production},
        ItemId,
    },
    ui::use_texts,
};
use leptos::prelude::*;

/// The place of producer `id` among the columns, from 0.
fn column(p: &Production, id: ItemId) -> usize {
    p.producers.iter().position(|x| x.id == id).unwrap_or(0)
}

/// A column's head: the producer's kind, their name, and removal.
#[component]
pub fn ProducerHead(table: Table, id: ItemId) -> impl IntoView {
    let t = use_texts();
    let store = table.store;
    let production = table.production;
    let producer =
        Memo::new(move |_| production.with(|p| p.producers.iter().find(|x| x.id == id).cloned()));
    let n = Memo::new(move |_| production.with(|p| column(p, id)) + 1);
    let label = move || {
        producer
            .get()
            .map(|p| p.label(store.lang.get()))
            .unwrap_or_default()
    };
    let edit = move |f: Box<dyn FnOnce(&mut Producer)>| {
        table.apply(move |p| {
            if let Some(x) = p.producers.iter_mut().find(|x| x.id == id) {
                f(x);
            }
        })
    };
    let set_kind = move |e: leptos::ev::Event| {
        let i: usize = event_target_value(&e).parse().unwrap_or(0);
        let kind = ProducerKind::ALL.get(i).copied().unwrap_or_default();
        edit(Box::new(move |x| x.kind = kind));
    };
    let set_name = move |e: leptos::ev::Event| {
        let name = event_target_value(&e).trim().to_string();
        edit(Box::new(move |x| x.name = name));
    };
    let remove = move |_| {
        table.apply(|p| {
            p.producers.retain(|x| x.id != id);
            p.assignments.retain(|a| a.producer != id);
        })
    };
    let kind = move || producer.get().map(|p| p.kind).unwrap_or_default();
    view! {
        <th scope="col" class="production-producer">
            <div class="producer-head">
                <select data-testid="production-producer-kind" aria-label=move || (t().quote().prod_producer_kind)(n.get())
                    on:change=set_kind>
                    {ProducerKind::ALL.iter().enumerate().map(|(i, k)| {
                        let k = *k;
                        view! {
                            <option value=i.to_string() prop:selected=move || kind() == k>
                                {move || k.name().get(store.lang.get()).to_string()}
                            </option>
                        }
                    }).collect_view()}
                </select>
                <input type="text" data-testid="production-producer-name" maxlength=MAX_NAME.to_string()
                    aria-label=move || (t().quote().prod_producer_name)(n.get())
                    placeholder=move || t().quote().prod_name_placeholder
                    prop:value=move || producer.get().map(|p| p.name).unwrap_or_default()
                    on:change=set_name/>
                <button type="button" class="btn small ghost remove" data-testid="production-remove-producer"
                    aria-label=move || (t().quote().prod_remove)(&label()) title=move || (t().quote().prod_remove)(&label())
                    on:click=remove>"×"</button>
            </div>
        </th>
    }
}

/// A row: the kind of content (a name to edit for the plan's own) and a
/// tick per producer.
#[component]
pub fn KindRow(table: Table, kind: ContentType, producers: Memo<Vec<ItemId>>) -> impl IntoView {
    let t = use_texts();
    let store = table.store;
    let production = table.production;
    let row = Memo::new(move |_| {
        production.with(|p| p.kinds().iter().position(|k| *k == kind).unwrap_or(0))
    });
    let name = Memo::new(move |_| production.with(|p| p.name(kind, store.lang.get())));
    let head = match kind {
        ContentType::Standard(_) => view! { <th scope="row">{move || name.get()}</th> }.into_any(),
        ContentType::Custom(id) => {
            let rename = move |e: leptos::ev::Event| {
                let text = event_target_value(&e).trim().to_string();
                table.row_error.set(None);
                let refused = table.change(|p| {
                    if let Some(c) = p.custom.iter_mut().find(|c| c.id == id) {
                        c.name = text;
                    }
                });
                table.row_error.set(refused.map(|e| (kind, e)));
            };
            let remove = move |_| {
                table.row_error.set(None);
                let refused = table.change(|p| {
                    p.custom.retain(|c| c.id != id);
                    p.assignments.retain(|a| a.content != kind);
                });
                table.row_error.set(refused.map(|e| (kind, e)));
            };
            let error = Memo::new(move |_| {
                table
                    .row_error
                    .get()
                    .filter(|(k, _)| *k == kind)
                    .map(|(_, e)| e)
            });
            view! {
                <th scope="row" class="custom-kind">
                    <div class="kind-head">
                        <input type="text" data-testid="production-kind-name" maxlength=MAX_NAME.to_string()
                            aria-label=move || (t().quote().prod_kind_name)(row.get() + 1)
                            aria-invalid=move || error.with(Option::is_some).to_string()
                            prop:value=move || name.get() on:change=rename/>
                        <button type="button" class="btn small ghost remove" data-testid="production-remove-kind"
                            aria-label=move || (t().quote().prod_remove)(&name.get()) title=move || (t().quote().prod_remove)(&name.get())
                            on:click=remove>"×"</button>
                    </div>
                    <p class="error" role="alert" data-testid="production-kind-error">{move || error.get()}</p>
                </th>
            }
            .into_any()
        }
    };
    view! {
        <tr data-testid="production-row">
            {head}
            <For each=move || producers.get() key=|id| *id let:id>
                <Tick table=table kind=kind id=id row=row name=name/>
            </For>
        </tr>
    }
}

/// One tick: producer `id` makes `kind`.
#[component]
fn Tick(
    table: Table,
    kind: ContentType,
    id: ItemId,
    row: Memo<usize>,
    name: Memo<String>,
) -> impl IntoView {
    let t = use_texts();
    let store = table.store;
    let production = table.production;
    let on = Memo::new(move |_| production.with(|p| p.makes(kind, id)));
    let col = Memo::new(move |_| production.with(|p| column(p, id)));
    let who = Memo::new(move |_| {
        production.with(|p| {
            p.producers
                .iter()
                .find(|x| x.id == id)
                .map(|x| x.label(store.lang.get()))
                .unwrap_or_default()
        })
    });
    view! {
        <td class="production-tick">
            <input type="checkbox" data-testid=move || format!("production-tick-{}-{}", row.get(), col.get())
                aria-label=move || (t().quote().prod_tick)(&name.get(), &who.get())
                prop:checked=move || on.get()
                on:change=move |e| {
                    let checked = event_target_checked(&e);
                    table.apply(|p| *p = p.with_tick(kind, id, checked));
                }/>
        </td>
    }
}
