//! Step 3 and the list view: objectives suggested from the strategy
//! elements, the person's own, ranked, reordered and deleted (with undo).

use super::{step_href, suggestion::Suggestion, Step, StepLink};
use crate::{
    domain::{
        smart::{self, PriorityAdvice},
        strategy,
        validate::limits,
        Command, ItemId, Links, Objective, ObjectiveEdit, Rank,
    },
    ui::{dialog::ConfirmDialog, state::Store, use_texts},
};
use leptos::prelude::*;

/// Step 3: suggestions, the person's own objective, and the ranked list.
#[component]
pub fn ObjectivesStep() -> impl IntoView {
    let t = use_texts();
    view! {
        <div class="step" data-testid="step-objectives">
            <p class="lead">{move || (t().strategy().objectives_intro)()}</p>
            <div class="two-columns">
                <Suggestions/>
                <div>
                    <h2>{move || t().strategy().objectives_title}</h2>
                    <PriorityBanner/>
                    <ObjectiveList/>
                    <NewObjective/>
                </div>
            </div>
        </div>
    }
}

/// The list view outside the wizard.
#[component]
pub fn ObjectivesPage() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    view! {
        <section class="page narrow" data-testid="objectives-page">
            <div class="page-head">
                <div>
                    <h1>{move || t().strategy().list_page_title}</h1>
                    <p class="lead">{move || t().strategy().list_page_intro}</p>
                </div>
                <div class="page-actions">
                    <a class="btn" href=move || { let _ = store.open_id.get(); step_href(&store, Step::Objectives) }>
                        {move || t().strategy().title}
                    </a>
                </div>
            </div>
            <PriorityBanner/>
            <ObjectiveList/>
            <NewObjective/>
        </section>
    }
}

/// Whether the plan has as many priority objectives as the method advises
/// (`smart::PRIORITY_RANGE`), said in words.
#[component]
fn PriorityBanner() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let advice = store.select(|p| (smart::priority_advice(p), smart::priority_count(p)));
    let has_objectives = store.select(|p| !p.objectives.is_empty());
    view! {
        <Show when=move || has_objectives.get()>
            {move || {
                let st = t().strategy();
                let (advice, n) = advice.get();
                match advice {
                    Some(PriorityAdvice::TooFew(n)) => view! {
                        <p class="advice warn" role="status" data-testid="priority-advice">"⚠ "{(st.priority_too_few)(n)}</p>
                    }.into_any(),
                    Some(PriorityAdvice::TooMany(n)) => view! {
                        <p class="advice warn" role="status" data-testid="priority-advice">"⚠ "{(st.priority_too_many)(n)}</p>
                    }.into_any(),
                    None => view! {
                        <p class="advice ok" role="status" data-testid="priority-ok">"✓ "{(st.priority_ok)(n)}</p>
                    }.into_any(),
                }
            }}
        </Show>
    }
}

/// Typical objectives of the chosen elements, one click to add.
#[component]
fn Suggestions() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    // (element id, catalogue entry) of the chosen catalogue elements.
    let chosen = store.select(strategy::chosen_catalogue);
    view! {
        <aside class="card suggestions" data-testid="suggestions">
            <h2>{move || t().strategy().suggestions_title}</h2>
            <p class="muted">{move || t().strategy().suggestions_hint}</p>
            <Show when=move || !chosen.with(Vec::is_empty)
                fallback=move || view! {
                    <p data-testid="suggestions-none">{move || t().strategy().suggestions_none}" "
                        <StepLink step=Step::Elements label=|s| s.link_elements testid="link-elements"/></p>
                }>
                <For each=move || chosen.get() key=|(id, def)| (*id, def.key) let:item>
                    {
                        let (element_id, def) = item;
                        view! {
                            <h3>{move || def.name.get(store.lang.get())}</h3>
                            <ul class="suggestion-list">
                                {def.objectives.iter().map(|o| view! {
                                    <Suggestion template=o element=element_id/>
                                }).collect_view()}
                            </ul>
                        }
                    }
                </For>
            </Show>
        </aside>
    }
}

/// A field to add an objective of the person's own.
#[component]
fn NewObjective() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let title = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let rank = store
            .with_plan(smart::rank_for_new)
            .unwrap_or(Rank::Priority);
        let objective = Objective::new(store.next_item_id(), title.get_untracked().trim(), rank);
        let result = store.send(Command::InsertObjective {
            index: usize::MAX,
            objective,
            links: Links::default(),
        });
        if result.is_none() {
            title.set(String::new());
        }
        error.set(result);
    };
    view! {
        <form class="inline-form" on:submit=submit>
            <div class="field">
                <label for="new-objective">{move || t().strategy().own_objective_label}</label>
                <input id="new-objective" data-testid="new-objective" type="text" maxlength=limits::SHORT_TEXT.to_string()
                    aria-describedby="new-objective-error"
                    prop:value=move || title.get() on:input=move |e| title.set(event_target_value(&e))/>
                <p class="error" id="new-objective-error" role="alert" data-testid="new-objective-error">{move || error.get()}</p>
            </div>
            <button type="submit" class="btn" data-testid="new-objective-add">{move || t().strategy().add}</button>
        </form>
    }
}

/// The objectives in their order, each editable in place.
#[component]
pub fn ObjectiveList() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let ids = store.select(|p| p.objectives.iter().map(|o| o.id).collect::<Vec<_>>());
    view! {
        <Show when=move || !ids.with(Vec::is_empty)
            fallback=move || view! { <p class="empty small" data-testid="objectives-empty">{move || t().strategy().objectives_empty}</p> }>
            <ol class="objective-list" data-testid="objective-list">
                <For each=move || ids.get() key=|id| *id let:id>
                    <ObjectiveRow id=id/>
                </For>
            </ol>
        </Show>
    }
}

#[component]
fn ObjectiveRow(id: ItemId) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let title = store.select(move |p| p.objective(id).map(|o| o.title.clone()).unwrap_or_default());
    let rank = store.select(move |p| p.objective(id).map(|o| o.rank).unwrap_or_default());
    let position = store.select(move |p| {
        (
            p.objectives.iter().position(|o| o.id == id).unwrap_or(0),
            p.objectives.len(),
        )
    });
    let met = store.select(move |p| p.objective(id).map(|o| smart::met_count(o, p)).unwrap_or(0));
    let kpis = store.select(move |p| {
        let lang = store.lang.get();
        p.objective(id)
            .map(|o| {
                o.kpis
                    .iter()
                    .map(|k| smart::kpi_name(p, &k.kpi, lang))
                    .collect::<Vec<_>>()
                    .join(" · ")
            })
            .unwrap_or_default()
    });
    let error = RwSignal::new(None::<String>);
    let confirm = RwSignal::new(false);
    let input_id = format!("objective-title-{id}");
    let send = move |c: Command| error.set(store.send(c));
    let smart_link = move || format!("{}?o={id}", step_href(&store, Step::Smart));
    view! {
        <li class="objective-row" class:priority=move || rank.get() == Rank::Priority data-testid="objective-row">
            <div class="objective-main">
                <label for=input_id.clone() class="sr-only">{move || t().strategy().objective_title_label}</label>
                <input id=input_id.clone() type="text" class="objective-title" data-testid="objective-title"
                    maxlength=limits::SHORT_TEXT.to_string()
                    aria-invalid=move || error.with(Option::is_some).to_string()
                    prop:value=move || title.get()
                    on:input=move |e| send(Command::EditObjective(id, ObjectiveEdit::Title(event_target_value(&e))))/>
                <p class="muted kpi-line">{move || kpis.get()}</p>
                <p class="error" role="alert" data-testid="objective-error">{move || error.get()}</p>
            </div>
            <div class="objective-tools">
                <label class="sr-only" for=format!("objective-rank-{id}")>{move || t().strategy().rank_label}</label>
                <select id=format!("objective-rank-{id}") data-testid="objective-rank"
                    on:change=move |e| {
                        let r = if event_target_value(&e) == "secondary" { Rank::Secondary } else { Rank::Priority };
                        send(Command::EditObjective(id, ObjectiveEdit::Rank(r)));
                    }>
                    <option value="priority" prop:selected=move || rank.get() == Rank::Priority>{move || t().strategy().rank_priority}</option>
                    <option value="secondary" prop:selected=move || rank.get() == Rank::Secondary>{move || t().strategy().rank_secondary}</option>
                </select>
                <a class="smart-score" class:complete=move || met.get() == 5 href=smart_link data-testid="objective-smart"
                    title=move || t().strategy().make_smart>
                    {move || (t().strategy().smart_score)(met.get())}
                </a>
                <button type="button" class="btn small icon" data-testid="objective-up"
                    aria-label=move || t().strategy().move_up title=move || t().strategy().move_up
                    disabled=move || position.get().0 == 0
                    on:click=move |_| send(Command::MoveObjective { id, to: position.get_untracked().0.saturating_sub(1) })>"↑"</button>
                <button type="button" class="btn small icon" data-testid="objective-down"
                    aria-label=move || t().strategy().move_down title=move || t().strategy().move_down
                    disabled=move || { let (i, n) = position.get(); i + 1 >= n }
                    on:click=move |_| send(Command::MoveObjective { id, to: position.get_untracked().0 + 1 })>"↓"</button>
                <button type="button" class="btn small danger-text" data-testid="objective-delete"
                    on:click=move |_| confirm.set(true)>{move || t().strategy().delete_objective}</button>
            </div>
            <ConfirmDialog
                open=confirm
                title=Signal::derive(move || t().strategy().delete_objective.to_string())
                body=Signal::derive(move || (t().strategy().confirm_delete_objective)(&title.get()))
                confirm=Signal::derive(move || t().strategy().delete_objective.to_string())
                testid="confirm-delete-objective"
                on_confirm=Callback::new(move |_| send(Command::RemoveObjective(id)))
            />
        </li>
    }
}
