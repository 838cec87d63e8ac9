//! Budget lines × objectives: which objectives each line serves, in one
//! place, a checkbox per cell, each tick one command (one undo step).

use crate::{
    domain::{Command, ItemId, LineEdit},
    ui::{state::Store, use_texts},
};
use leptos::prelude::*;

/// Cells (lines x objectives) above which the matrix waits to be asked for.
const LARGE: usize = 300;

/// The matrix, under the budget table.
#[component]
pub fn Matrix() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let objectives = store.select(|p| {
        p.objectives
            .iter()
            .map(|o| (o.id, o.title.clone()))
            .collect::<Vec<_>>()
    });
    let lines = store.select(|p| p.budget.lines.iter().map(|l| l.id).collect::<Vec<_>>());
    let error = RwSignal::new(None::<String>);
    // A large matrix (the bench's plan: 40 lines x 50 objectives) is drawn
    // on demand: its checkboxes would weigh on every edit of the table.
    let shown = RwSignal::new(
        store
            .with_plan(|p| p.budget.lines.len() * p.objectives.len() <= LARGE)
            .unwrap_or(true),
    );
    let toggle = move |line: ItemId, objective: ItemId| {
        let Some(mut list) = store
            .with_plan(|p| p.line(line).map(|l| l.objectives.clone()))
            .flatten()
        else {
            return;
        };
        match list.iter().position(|x| *x == objective) {
            Some(i) => {
                list.remove(i);
            }
            None => list.push(objective),
        }
        error.set(store.send(Command::EditBudgetLine(line, LineEdit::Objectives(list))));
    };
    view! {
        <section class="card matrix-card" data-testid="matrix" aria-labelledby="matrix-title">
            <h2 id="matrix-title">{move || t().actions().matrix_title}</h2>
            <Show when=move || !objectives.with(Vec::is_empty)
                fallback=move || view! { <p class="muted" data-testid="matrix-empty">{move || t().actions().matrix_no_objectives}</p> }>
                <p class="hint">{move || t().actions().matrix_intro}</p>
                <Show when=move || shown.get() fallback=move || view! {
                    <button type="button" class="btn" data-testid="matrix-show" on:click=move |_| shown.set(true)>{move || t().actions().matrix_show}</button>
                }>
                <div class="table-scroll">
                    <table class="matrix">
                        <caption class="sr-only">{move || t().actions().matrix_caption}</caption>
                        <thead><tr>
                            <th scope="col">{move || t().budget().col_channel}</th>
                            {move || objectives.get().into_iter().map(|(_, title)| view! {
                                <th scope="col" class="matrix-objective" title=title.clone()>{title.clone()}</th>
                            }).collect_view()}
                        </tr></thead>
                        <tbody>
                            // Keyed by line and by objective: a tick redraws nothing, and
                            // the checkbox keeps the keyboard's focus.
                            <For each=move || lines.get() key=|id| *id let:line>
                                <MatrixRow line=line objectives=objectives.into() toggle=Callback::new(move |(l, o)| toggle(l, o))/>
                            </For>
                        </tbody>
                    </table>
                </div>
                </Show>
            </Show>
            <p class="error" role="alert">{move || error.get()}</p>
        </section>
    }
}

/// One line of the matrix.
#[component]
fn MatrixRow(
    line: ItemId,
    objectives: Signal<Vec<(ItemId, String)>>,
    toggle: Callback<(ItemId, ItemId)>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    // Signals set on change, not memos: each edit of the plan would rerun
    // two memos per line otherwise (`Store::watch`).
    let name = store.watch(move |p| {
        p.line(line)
            .map(|l| l.channel.name(store.lang.get()))
            .unwrap_or_default()
    });
    let served = store.watch(move |p| {
        p.line(line)
            .map(|l| l.objectives.clone())
            .unwrap_or_default()
    });
    view! {
        <tr data-testid="matrix-row">
            <th scope="row">{move || name.get()}</th>
            <For each=move || objectives.get() key=|o| o.clone() let:o>
                {
                    let (oid, title) = o;
                    let label = move || (t().actions().serves)(&name.get(), &title);
                    view! {
                        <td class="matrix-cell">
                            <input type="checkbox" aria-label=label.clone() title=label data-testid="matrix-cell"
                                prop:checked=move || served.with(|s| s.contains(&oid))
                                on:change=move |e| {
                                    toggle.run((line, oid));
                                    // A refused change leaves the box as the line is.
                                    let boxed = event_target::<web_sys::HtmlInputElement>(&e);
                                    let now = store.with_plan(|p| p.line(line).is_some_and(|l| l.objectives.contains(&oid)));
                                    boxed.set_checked(now.unwrap_or(false));
                                }/>
                        </td>
                    }
                }
            </For>
        </tr>
    }
}
