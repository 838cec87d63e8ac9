//! Step 2: the strategy elements, from the catalogue or the person's own.

use crate::{
    domain::{
        catalogue::{self, StrategyDef},
        strategy,
        validate::limits,
        Command, ItemId, Links, StrategyElement, StrategyKind,
    },
    ui::{fields::TextField, state::Store, use_texts},
};
use leptos::prelude::*;

/// The id of the chosen element of catalogue key `key`, if chosen.
fn chosen_id(store: &Store, key: &'static str) -> Memo<Option<ItemId>> {
    store.select(move |p| strategy::chosen(p, key).map(|e| e.id))
}

/// Step 2.
#[component]
pub fn ElementsStep() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let count = store.select(|p| p.strategy_elements.len());
    let customs = store.select(strategy::custom_elements);
    let new_name = RwSignal::new(String::new());
    let add_error = RwSignal::new(None::<String>);
    let add_custom = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let element = StrategyElement {
            id: store.next_item_id(),
            kind: StrategyKind::Custom(new_name.get_untracked().trim().to_string()),
            note: String::new(),
        };
        let error = store.send(Command::InsertStrategyElement {
            index: usize::MAX,
            element,
            links: Links::default(),
        });
        if error.is_none() {
            new_name.set(String::new());
        }
        add_error.set(error);
    };
    view! {
        <div class="step" data-testid="step-elements">
            <p class="lead">{move || t().strategy().elements_intro}</p>
            <p class="muted" data-testid="elements-count">{move || (t().strategy().chosen_count)(count.get())}</p>
            <ul class="element-grid">
                {catalogue::STRATEGY_ELEMENTS.iter().map(|def| view! { <CatalogueElement def=def/> }).collect_view()}
            </ul>
            <h2>{move || t().strategy().custom_element_label}</h2>
            <ul class="element-list">
                <For each=move || customs.get() key=|(id, name)| (*id, name.clone()) let:item>
                    <CustomElement id=item.0 name=item.1/>
                </For>
            </ul>
            <form class="inline-form" on:submit=add_custom>
                <div class="field">
                    <label for="custom-element">{move || t().strategy().custom_element_label}</label>
                    <input id="custom-element" data-testid="custom-element" type="text"
                        maxlength=limits::SHORT_TEXT.to_string()
                        placeholder=move || t().strategy().custom_element_hint
                        aria-describedby="custom-element-error"
                        prop:value=move || new_name.get()
                        on:input=move |e| new_name.set(event_target_value(&e))/>
                    <p class="error" id="custom-element-error" role="alert">{move || add_error.get()}</p>
                </div>
                <button type="submit" class="btn" data-testid="custom-element-add">{move || t().strategy().add}</button>
            </form>
        </div>
    }
}

/// One element of the catalogue: what it leads to, and a toggle.
#[component]
fn CatalogueElement(def: &'static StrategyDef) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let chosen = chosen_id(&store, def.key);
    let error = RwSignal::new(None::<String>);
    let toggle = move |_| {
        let command = match chosen.get_untracked() {
            Some(id) => Command::RemoveStrategyElement(id),
            None => Command::InsertStrategyElement {
                index: usize::MAX,
                element: StrategyElement {
                    id: store.next_item_id(),
                    kind: StrategyKind::Catalogue(def.key.to_string()),
                    note: String::new(),
                },
                links: Links::default(),
            },
        };
        error.set(store.send(command));
    };
    let lang = move || store.lang.get();
    let kpi_names = move || {
        def.kpis
            .iter()
            .filter_map(|k| catalogue::kpi(k))
            .map(|k| k.name.get(lang()))
            .collect::<Vec<_>>()
            .join(" · ")
    };
    view! {
        <li class="element-card" class:chosen=move || chosen.get().is_some() data-testid=format!("element-{}", def.key)>
            <div class="element-head">
                <h3>{move || def.name.get(lang())}</h3>
                <button type="button" class="btn small" class:primary=move || chosen.get().is_none()
                    aria-pressed=move || chosen.get().is_some().to_string()
                    data-testid=format!("element-toggle-{}", def.key)
                    on:click=toggle>
                    {move || if chosen.get().is_some() { format!("✓ {}", t().strategy().chosen) } else { t().strategy().choose.to_string() }}
                </button>
            </div>
            <p>{move || def.leads_to.get(lang())}</p>
            <p class="small-label">{move || t().strategy().typical_objectives}</p>
            <ul class="typical">
                {def.objectives.iter().map(|o| view! { <li>{move || o.title.get(lang())}</li> }).collect_view()}
            </ul>
            <p class="muted"><span class="small-label">{move || t().strategy().kpis}</span>" "{kpi_names}</p>
            <p class="error" role="alert">{move || error.get()}</p>
            {move || chosen.get().map(|id| view! { <ElementNote id=id/> })}
        </li>
    }
}

/// The note of a chosen element.
#[component]
fn ElementNote(id: ItemId) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let note = store.select(move |p| {
        p.strategy_element(id)
            .map(|e| e.note.clone())
            .unwrap_or_default()
    });
    view! {
        <TextField id=format!("element-note-{id}") label=Signal::derive(move || t().strategy().note_label.to_string())
            value=note commit=Callback::new(move |s| store.send(Command::SetStrategyNote(id, s)))
            multiline=true max_len=limits::LONG_TEXT/>
    }
}

/// An element the person wrote, with its note and a remove button.
#[component]
fn CustomElement(id: ItemId, name: String) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let error = RwSignal::new(None::<String>);
    view! {
        <li class="element-card chosen" data-testid="custom-element-card">
            <div class="element-head">
                <h3>{name}" "<span class="badge">{move || t().strategy().custom_badge}</span></h3>
                <button type="button" class="btn small danger-text" data-testid="custom-element-remove"
                    on:click=move |_| error.set(store.send(Command::RemoveStrategyElement(id)))>
                    {move || t().strategy().remove}
                </button>
            </div>
            <p class="error" role="alert">{move || error.get()}</p>
            <ElementNote id=id/>
        </li>
    }
}
