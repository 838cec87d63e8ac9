//! The list of actions, filtered by the page and sortable here.

use super::{
    form::{importance_name, status_name},
    Keyed,
};
use crate::{
    domain::{timeline::ActionOrder, Action},
    ui::{format, state::Store, use_texts},
};
use leptos::prelude::*;

/// The filtered list, sortable.
#[component]
pub fn ActionList(
    shown: Signal<Vec<Action>>,
    total: Signal<usize>,
    editing: RwSignal<Option<Action>>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let sort = RwSignal::new(ActionOrder::default());
    let sorted = move || {
        let mut list = shown.get();
        sort.get().sort(&mut list);
        list
    };
    // A signal set when the currency changes, not a memo: each of the
    // rows' cost cells reads it, and below a memo over the plan every one of
    // them would be checked on every edit (`Store::watch`).
    let currency = store.watch(|p| p.currency.clone());
    let rows = move || sorted().into_iter().map(Keyed).collect::<Vec<_>>();
    view! {
        <div class="list-head">
            <p class="muted" data-testid="action-count">{move || (t().timeline().count)(shown.with(Vec::len), total.get())}</p>
            <crate::ui::paste::PasteButton target=crate::domain::paste::Target::Actions/>
            <div class="field">
                <label for="sort-actions">{move || t().timeline().sort_by}</label>
                <select id="sort-actions" data-testid="sort-actions" on:change=move |e| {
                    // The option's value is the order's place in the list.
                    let i: usize = event_target_value(&e).parse().unwrap_or(0);
                    sort.set(ActionOrder::ALL.get(i).copied().unwrap_or_default());
                }>
                    <option value="0">{move || t().timeline().sort_start}</option>
                    <option value="1">{move || t().timeline().sort_importance}</option>
                    <option value="2">{move || t().timeline().sort_title}</option>
                </select>
            </div>
        </div>
        <div class="table-scroll list-scroll">
            <table class="budget-table actions-table" data-testid="action-list">
                <thead><tr>
                    <th scope="col">{move || t().timeline().f_title}</th>
                    <th scope="col">{move || t().timeline().f_start}</th>
                    <th scope="col">{move || t().timeline().f_end}</th>
                    <th scope="col">{move || t().timeline().importance}</th>
                    <th scope="col">{move || t().timeline().status}</th>
                    <th scope="col" class="num">{move || t().timeline().f_cost}</th>
                    <th scope="col"><span class="sr-only">{move || t().actions().duplicate}</span></th>
                </tr></thead>
                <tbody>
                    // Keyed: an edit redraws the rows of the actions it changed.
                    <For each=rows key=|k| k.clone() let:k>
                        {
                            let a = k.0;
                            let id = a.id;
                            // The action as it is now, not as this row was
                            // drawn (the list follows edits a frame late).
                            let open = move |_| editing.set(
                                store.with_plan(|p| p.action(id).cloned()).flatten(),
                            );
                            let (start, end, cost, importance, status) = (a.start, a.end, a.cost, a.importance, a.status);
                            view! {
                                <tr data-testid="action-item">
                                    <td><button type="button" class="link" on:click=open>{a.title.clone()}</button></td>
                                    <td>{move || format::date(start, store.lang.get())}</td>
                                    <td>{move || format::date(end, store.lang.get())}</td>
                                    <td><span class=format!("imp-tag imp-tag-{}", importance.key())>{move || importance_name(importance, t().timeline())}</span></td>
                                    <td>{move || status_name(status, t().timeline())}</td>
                                    <td class="num">{move || format::money(cost, &currency.get(), store.lang.get())}</td>
                                    <td><super::quick::DuplicateMenu id=id title=a.title.clone()/></td>
                                </tr>
                            }
                        }
                    </For>
                </tbody>
            </table>
        </div>
    }
}
