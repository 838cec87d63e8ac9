//! Budget lines: adding channels, and each line's name, kind of spending,
//! tier, objectives and removal.

use crate::{
    domain::{
        action_for_line,
        budget::{self, Channel, Tier},
        validate::limits,
        Action, BudgetLine, Command, ItemId, LineEdit, Links,
    },
    ui::{state::Store, use_texts},
};
use leptos::prelude::*;

/// Adds the usual channels that are not in the table yet, as one undo step.
fn add_usual(store: Store) -> Option<String> {
    let missing = store.with_plan(|p| budget::missing_usual(&p.budget))?;
    let first = store.next_item_id().0;
    let commands: Vec<Command> = missing
        .into_iter()
        .enumerate()
        .map(|(i, channel)| Command::InsertBudgetLine {
            index: usize::MAX,
            line: BudgetLine::new(ItemId(first + i as u32), channel),
            links: Links::default(),
        })
        .collect();
    store.send(Command::Batch(commands))
}

/// What the page shows before any line exists.
#[component]
pub fn EmptyBudget() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let error = RwSignal::new(None::<String>);
    let no_total = store.select(|p| p.budget.total.0 == 0);
    view! {
        <div class="empty" data-testid="budget-empty">
            <h2>{move || t().budget().empty_title}</h2>
            <p>{move || t().budget().empty_body}</p>
            <Show when=move || no_total.get()>
                <p class="advice warn">{move || t().budget().no_total}</p>
            </Show>
            <button type="button" class="btn primary" data-testid="budget-add-usual"
                on:click=move |_| error.set(add_usual(store))>{move || t().budget().add_usual}</button>
            <p class="error" role="alert">{move || error.get()}</p>
        </div>
        <AddLine/>
    }
}

/// Adding one channel of the catalogue, or one of the person's own.
#[component]
pub fn AddLine() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let unused = store.select(move |p| {
        let lang = store.lang.get();
        budget::unused_channels(&p.budget)
            .into_iter()
            .map(|c| (c.key, c.name.get(lang)))
            .collect::<Vec<_>>()
    });
    let custom = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let insert = move |channel: Channel| {
        let line = BudgetLine::new(store.next_item_id(), channel);
        store.send(Command::InsertBudgetLine {
            index: usize::MAX,
            line,
            links: Links::default(),
        })
    };
    let pick = move |e: leptos::ev::Event| {
        let key = event_target_value(&e);
        if let Some(select) = e
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlSelectElement>(t).ok())
        {
            select.set_value("");
        }
        if !key.is_empty() {
            error.set(insert(Channel::Catalogue(key)));
        }
    };
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let result = insert(Channel::Custom(custom.get_untracked().trim().to_string()));
        if result.is_none() {
            custom.set(String::new());
        }
        error.set(result);
    };
    view! {
        <div class="add-lines">
            <div class="field">
                <label for="add-channel">{move || t().budget().add_channel}</label>
                <select id="add-channel" data-testid="add-channel" on:change=pick>
                    <option value="">{move || t().budget().add_channel_placeholder}</option>
                    {move || unused.get().into_iter().map(|(key, name)| view! { <option value=key>{name}</option> }).collect_view()}
                </select>
            </div>
            <form class="inline-form" on:submit=submit>
                <div class="field">
                    <label for="custom-line">{move || t().budget().custom_line}</label>
                    <input id="custom-line" data-testid="custom-line" type="text" maxlength=limits::SHORT_TEXT.to_string()
                        placeholder=move || t().budget().custom_line_hint
                        prop:value=move || custom.get() on:input=move |e| custom.set(event_target_value(&e))/>
                </div>
                <button type="submit" class="btn" data-testid="custom-line-add">{move || t().budget().add}</button>
            </form>
            <p class="error" role="alert" data-testid="add-line-error">{move || error.get()}</p>
        </div>
    }
}

/// Where a budget line's "new action" button puts the action it makes:
/// the page's action dialog.
#[derive(Clone, Copy)]
pub struct LineActions(pub RwSignal<Option<Action>>);

/// The first cell of a row: the channel's name, what its money pays for,
/// its tier, the objectives it serves, and removal.
#[component]
pub fn LineHead(
    id: ItemId,
    /// The row's line, as its row reads it.
    line: Signal<Option<crate::domain::BudgetLine>>,
    /// The plan's objectives (id, title), one signal for the whole table.
    objectives: Signal<Vec<(ItemId, String)>>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let name = move || {
        line.get()
            .map(|l| l.channel.name(store.lang.get()))
            .unwrap_or_default()
    };
    let tier = move || line.get().map(|l| l.tier()).unwrap_or_default();
    let served = move || line.get().map(|l| l.objectives).unwrap_or_default();
    let error = RwSignal::new(None::<String>);
    let new_action = use_context::<LineActions>();
    let details = use_context::<super::details::LineDetailsOpen>();
    let open_new_action = move |_| {
        let Some(LineActions(editing)) = new_action else {
            return;
        };
        let today = crate::storage::browser::now().date_naive();
        let new_id = store.next_item_id();
        editing.set(
            store
                .with_plan(|p| {
                    p.line(id)
                        .map(|l| action_for_line(new_id, l, &p.period, today))
                })
                .flatten(),
        );
    };
    // The objectives it serves, by title, in the plan's order.
    let chips = move || {
        let served = served();
        objectives.with(|all| {
            all.iter()
                .filter(|(oid, _)| served.contains(oid))
                .map(|(_, title)| title.clone())
                .collect::<Vec<_>>()
        })
    };
    let tier_name = move |tier: Tier| match tier {
        Tier::Proven => t().budget().tier_proven,
        Tier::Emerging => t().budget().tier_emerging,
        Tier::Experimental => t().budget().tier_experimental,
    };
    view! {
        <div class="line-head">
            <div class="line-name">
                <span data-testid="row-name">{name}</span>
                <button type="button" class="btn small ghost danger-text" data-testid="row-remove"
                    aria-label=move || (t().budget().remove_line)(&name()) title=move || (t().budget().remove_line)(&name())
                    on:click=move |_| error.set(store.send(Command::RemoveBudgetLine(id)))>"×"</button>
            </div>
            <super::cost::LineCost id=id line=line/>
            <div class="line-meta">
                <label class="sr-only" for=format!("tier-{id}")>{move || (t().budget().tier_label)()}</label>
                <select id=format!("tier-{id}") class="tier" data-testid="row-tier" title=move || (t().budget().tier_label)()
                    on:change=move |e| {
                        let chosen = Tier::from_key(&event_target_value(&e));
                        error.set(store.send(Command::EditBudgetLine(id, LineEdit::Tier(chosen))));
                    }>
                    {Tier::ALL.into_iter().map(|x| view! {
                        <option value=x.key() prop:selected=move || tier() == x>{move || tier_name(x)}</option>
                    }).collect_view()}
                </select>
                <Show when=move || !objectives.with(Vec::is_empty)>
                    <details class="line-objectives">
                        <summary data-testid="row-objectives">
                            <span class="sr-only">{move || t().actions().serves_label}" "</span>
                            {move || {
                                let list = chips();
                                if list.is_empty() {
                                    view! { <span class="muted" data-testid="row-no-objective">{t().actions().no_objective}</span> }.into_any()
                                } else {
                                    list.into_iter().map(|title| view! {
                                        <span class="chip" data-testid="row-objective-chip" title=title.clone()>{title.clone()}</span>
                                    }).collect_view().into_any()
                                }
                            }}
                        </summary>
                        <For each=move || objectives.get() key=|o| o.clone() let:o>
                            {
                                let (oid, title) = o;
                                let box_id = format!("line-{id}-objective-{oid}");
                                view! {
                                    <label class="check" for=box_id.clone()>
                                        <input type="checkbox" id=box_id.clone() prop:checked=move || served().contains(&oid)
                                            on:change=move |_| {
                                                let mut list = served();
                                                if let Some(i) = list.iter().position(|x| *x == oid) { list.remove(i); } else { list.push(oid); }
                                                error.set(store.send(Command::EditBudgetLine(id, LineEdit::Objectives(list))));
                                            }/>
                                        {title}
                                    </label>
                                }
                            }
                        </For>
                    </details>
                </Show>
                <Show when=move || details.is_some()>
                    <button type="button" class="btn small" data-testid="row-details"
                        aria-label=move || (t().budget().details_for)(&name())
                        on:click=move |_| if let Some(super::details::LineDetailsOpen(open)) = details { open.set(Some(id)) }>
                        {move || t().budget().details_button}
                    </button>
                </Show>
                <Show when=move || new_action.is_some()>
                    <button type="button" class="btn small" data-testid="row-new-action"
                        aria-label=move || (t().actions().new_action_for)(&name()) on:click=open_new_action>
                        <span aria-hidden="true">"+ "</span>{move || t().actions().new_action}
                    </button>
                </Show>
            </div>
            <p class="error" role="alert">{move || error.get()}</p>
        </div>
    }
}
