//! The dialog that creates or edits an action.

use crate::{
    domain::{
        follow_line, set_horizon, Action, ActionStatus, Command, Delivery, Every, Horizon,
        Importance, ItemId, Recurrence,
    },
    ui::{dialog::Modal, format, state::Store, use_texts},
};
use chrono::NaiveDate;
use leptos::prelude::*;

/// Name of an importance level.
pub fn importance_name(i: Importance, t: &crate::i18n::timeline::TimelineTexts) -> &'static str {
    match i {
        Importance::Critical => t.critical,
        Importance::High => t.high,
        Importance::Normal => t.normal,
        Importance::Low => t.low,
    }
}

/// Name of a status.
pub fn status_name(s: ActionStatus, t: &crate::i18n::timeline::TimelineTexts) -> &'static str {
    match s {
        ActionStatus::Planned => t.planned,
        ActionStatus::InProgress => t.in_progress,
        ActionStatus::Done => t.done,
        ActionStatus::Cancelled => t.cancelled,
    }
}

/// The action dialog. `editing` holds the action being edited (a new one
/// has an id not in the plan yet); it closes by setting it to `None`.
#[component]
pub fn ActionDialog(
    editing: RwSignal<Option<Action>>,
    /// Called with a new action once it is saved.
    #[prop(optional)]
    on_added: Option<Callback<Action>>,
    /// Opened from a budget line: says what the new action took from it.
    #[prop(optional)]
    from_line: bool,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    // The dialog holds a copy not saved yet (its id), for its title.
    let copy = RwSignal::new(None::<ItemId>);
    let open = RwSignal::new(false);
    // The dialog follows `editing`, and closing it (Escape) ends the edit;
    // each side is set only on a change, so the two never chase each other.
    Effect::new(move |_| {
        let want = editing.with(Option::is_some);
        if open.get_untracked() != want {
            open.set(want);
        }
    });
    Effect::new(move |_| {
        if !open.get() {
            // A copy left unsaved is forgotten: the next new action may get its id.
            copy.set(None);
            if editing.with_untracked(Option::is_some) {
                editing.set(None);
            }
        }
    });
    let error = RwSignal::new(None::<String>);
    let work_refused = RwSignal::new(None::<String>);
    // A change of dates the rule refuses (`gantt::refusal`, as a drag on
    // the chart), shown beside the dates.
    let dates_error = RwSignal::new(None::<String>);
    let cost_text = RwSignal::new(String::new());
    let is_new = move || {
        editing.with(|e| {
            e.as_ref().is_some_and(|a| {
                store
                    .with_plan(|p| p.action(a.id).is_none())
                    .unwrap_or(true)
            })
        })
    };
    let spent_text = RwSignal::new(String::new());
    // The amount fields are text while typed: filled when another action
    // opens (its id changes), not on every edit of the action's fields.
    let editing_id = Memo::new(move |_| editing.with(|e| e.as_ref().map(|a| a.id)));
    Effect::new(move |_| {
        if editing_id.get().is_some() {
            let Some(a) = editing.get_untracked() else {
                return;
            };
            let currency = store.with_plan(|p| p.currency.clone()).unwrap_or_default();
            let lang = store.lang.get_untracked();
            cost_text.set(format::money_plain(a.cost, &currency, lang));
            spent_text.set(format::money_plain(a.spent, &currency, lang));
            error.set(None);
            dates_error.set(None);
        }
    });
    let set = move |f: &dyn Fn(&mut Action)| {
        editing.update(|e| {
            if let Some(a) = e {
                f(a)
            }
        })
    };
    let lines = store.select(move |p| {
        p.budget
            .lines
            .iter()
            .map(|l| (l.id, l.channel.name(store.lang.get())))
            .collect::<Vec<_>>()
    });
    let objectives = store.select(|p| {
        p.objectives
            .iter()
            .map(|o| (o.id, o.title.clone()))
            .collect::<Vec<_>>()
    });
    let value = move |f: fn(&Action) -> String| {
        move || editing.with(|e| e.as_ref().map(f).unwrap_or_default())
    };
    let parse_date = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let Some(mut a) = editing.get_untracked() else {
            return;
        };
        if let Some(why) = work_refused.get_untracked() {
            error.set(Some(why));
            return;
        }
        let currency = store.with_plan(|p| p.currency.clone()).unwrap_or_default();
        for (text, label, slot) in [
            (
                cost_text.get_untracked(),
                t().timeline().f_cost,
                &mut a.cost,
            ),
            (
                spent_text.get_untracked(),
                t().dashboard().spent,
                &mut a.spent,
            ),
        ] {
            match crate::domain::parse_action_amount(&text, &currency) {
                Ok(m) => *slot = m,
                Err(err) => {
                    error.set(Some((t().timeline().field_error)(
                        label,
                        &(t().plan().err_money)(&err),
                    )));
                    return;
                }
            }
        }
        let added = is_new().then(|| a.clone());
        let before = store.with_plan(|p| p.action(a.id).cloned()).flatten();
        let lang = store.lang.get_untracked();
        dates_error.set(
            store
                .with_plan(|p| super::gantt::refusal(p, before.as_ref(), &a, lang))
                .flatten(),
        );
        if dates_error.with_untracked(Option::is_some) {
            // To the dates and their message, below the fold on a phone.
            if let Some(start) = document().get_element_by_id("action-start") {
                use wasm_bindgen::JsCast;
                if let Ok(start) = start.dyn_into::<web_sys::HtmlElement>() {
                    let _ = start.focus();
                }
            }
            return;
        }
        let command = if is_new() {
            Command::InsertAction {
                index: usize::MAX,
                action: Box::new(a),
            }
        } else {
            Command::UpdateAction(Box::new(a))
        };
        match store.send(command) {
            None => {
                editing.set(None);
                if let (Some(a), Some(f)) = (added, on_added) {
                    f.run(a);
                }
            }
            Some(why) => error.set(Some(why)),
        }
    };
    let delete = move |_| {
        if let Some(a) = editing.get_untracked() {
            error.set(store.send(Command::RemoveAction(a.id)));
            if error.with_untracked(Option::is_none) {
                editing.set(None);
            }
        }
    };
    view! {
        <Modal open=open title=Signal::derive(move || dialog_title(is_new(), copy.get() == editing_id.get(), t())) testid="action-dialog">
            <form class="stack action-form" on:submit=submit>
                <Show when=move || from_line && is_new() && editing.with(|e| e.as_ref().is_some_and(|a| a.budget_line.is_some()))>
                    <p class="hint" data-testid="action-from-line">{move || t().actions().from_line_hint}</p>
                </Show>
                <div class="field">
                    <label for="action-title">{move || t().timeline().f_title}</label>
                    <input id="action-title" data-testid="action-title" type="text" maxlength="300" autofocus
                        prop:value=value(|a| a.title.clone()) on:input=move |e| { let v = event_target_value(&e); set(&|a| a.title = v.clone()); }/>
                </div>
                <div class="grid-2">
                    <div class="field">
                        <label for="action-start">{move || t().timeline().f_start}</label>
                        <input id="action-start" data-testid="action-start" type="date" prop:value=value(|a| iso(a.start))
                            on:change=move |e| if let Some(d) = parse_date(&event_target_value(&e)) { set(&|a| a.move_start(d)); }/>
                    </div>
                    <div class="field">
                        <label for="action-end">{move || t().timeline().f_end}</label>
                        <input id="action-end" data-testid="action-end" type="date" prop:value=value(|a| iso(a.end))
                            on:change=move |e| if let Some(d) = parse_date(&event_target_value(&e)) { set(&|a| a.end = d); }/>
                    </div>
                    <Show when=move || dates_error.with(Option::is_some)>
                        <p class="error dates-error" role="alert" data-testid="action-dates-error">{move || dates_error.get()}</p>
                    </Show>
                    <div class="field">
                        <label for="action-importance">{move || t().timeline().importance}</label>
                        <select id="action-importance" data-testid="action-importance" on:change=move |e| {
                            if let Some(i) = Importance::from_key(&event_target_value(&e)) { set(&|a| a.importance = i); }
                        }>
                            {Importance::ALL.into_iter().map(|i| view! {
                                <option value=i.key() prop:selected=move || editing.with(|e| e.as_ref().map(|a| a.importance)) == Some(i)>{move || importance_name(i, t().timeline())}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="action-status">{move || t().timeline().status}</label>
                        <select id="action-status" data-testid="action-status" on:change=move |e| {
                            if let Some(s) = ActionStatus::from_key(&event_target_value(&e)) { set(&|a| a.status = s); }
                        }>
                            {ActionStatus::ALL.into_iter().map(|s| view! {
                                <option value=s.key() prop:selected=move || editing.with(|e| e.as_ref().map(|a| a.status)) == Some(s)>{move || status_name(s, t().timeline())}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="action-horizon">{move || t().timeline().f_horizon}</label>
                        <select id="action-horizon" data-testid="action-horizon" on:change=move |e| {
                            let i: Option<usize> = event_target_value(&e).parse().ok();
                            let h = i.and_then(|i| Horizon::ALL.get(i).copied());
                            let (new, period) = (is_new(), store.with_plan(|p| p.period));
                            // A new action's dates follow its horizon until the person sets them.
                            set(&|a| match period.filter(|_| new) {
                                Some(p) => set_horizon(a, h, &p, today()),
                                None => a.horizon = h,
                            });
                        }>
                            <option value="">{move || t().timeline().f_none}</option>
                            {Horizon::ALL.iter().enumerate().map(|(i, h)| view! {
                                <option value=i.to_string() prop:selected=move || editing.with(|e| e.as_ref().and_then(|a| a.horizon)) == Some(*h)>
                                    {move || crate::domain::budget::horizon_name(*h).get(store.lang.get())}
                                </option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="action-line">{move || t().timeline().f_line}</label>
                        <select id="action-line" data-testid="action-line" on:change=move |e| {
                            let id = event_target_value(&e).parse().ok().map(ItemId);
                            let new = is_new();
                            // A new action takes what its line knows, where the person left the defaults.
                            let _ = store.with_plan(|p| set(&|a| if new {
                                let previous = a.budget_line.and_then(|l| p.line(l));
                                follow_line(a, previous, id.and_then(|l| p.line(l)), &p.period, today());
                            } else {
                                a.budget_line = id;
                            }));
                        }>
                            <option value="">{move || t().timeline().f_none}</option>
                            {move || lines.get().into_iter().map(|(id, name)| view! {
                                <option value=id.to_string() prop:selected=move || editing.with(|e| e.as_ref().and_then(|a| a.budget_line)) == Some(id)>{name}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <super::quick::ChannelField editing=editing/>
                    <div class="field">
                        <label for="action-cost">{move || t().timeline().f_cost}</label>
                        <input id="action-cost" data-testid="action-cost" type="text" inputmode="decimal"
                            prop:value=move || cost_text.get() on:input=move |e| cost_text.set(event_target_value(&e))/>
                    </div>
                    <div class="field">
                        <label for="action-spent">{move || t().dashboard().spent}</label>
                        <input id="action-spent" data-testid="action-spent" type="text" inputmode="decimal"
                            prop:value=move || spent_text.get() on:input=move |e| spent_text.set(event_target_value(&e))/>
                    </div>
                    <super::form_work::WorkFields editing=editing cost_text=cost_text refused=work_refused/>
                    <div class="field">
                        <label for="action-owner">{move || t().timeline().f_owner}</label>
                        <input id="action-owner" data-testid="action-owner" type="text" maxlength="300"
                            prop:value=value(|a| a.owner.clone()) on:input=move |e| { let v = event_target_value(&e); set(&|a| a.owner = v.clone()); }/>
                    </div>
                    <div class="field">
                        <label for="action-delivery">{move || t().timeline().f_delivery}</label>
                        <select id="action-delivery" data-testid="action-delivery" on:change=move |e| {
                            let d = Delivery::from_key(&event_target_value(&e)).unwrap_or_default();
                            set(&|a| a.delivery = d);
                        }>
                            <option value=Delivery::InHouse.key()>{move || t().budget().in_house}</option>
                            <option value=Delivery::Consultant.key() prop:selected=move || editing.with(|e| e.as_ref().map(|a| a.delivery)) == Some(Delivery::Consultant)>{move || t().budget().consultant}</option>
                        </select>
                    </div>
                    <div class="field">
                        <label for="action-repeat">{move || t().timeline().f_repeat}</label>
                        <select id="action-repeat" data-testid="action-repeat" on:change=move |e| {
                            let every = Every::from_key(&event_target_value(&e));
                            set(&|a| a.recurrence = every.map(|every| Recurrence { every, until: a.recurrence.and_then(|r| r.until) }));
                        }>
                            {std::iter::once(None).chain(Every::ALL.map(Some)).map(|every| view! {
                                <option value=every.map_or("", Every::key) prop:selected=move || editing.with(|e| e.as_ref().map(|a| a.recurrence.map(|r| r.every))) == Some(every)>
                                    {move || { let tl = t().timeline(); match every { None => tl.f_once, Some(Every::Week) => tl.f_weekly, Some(Every::Month) => tl.f_monthly, Some(Every::Quarter) => tl.f_quarterly } }}
                                </option>
                            }).collect_view()}
                        </select>
                    </div>
                </div>
                <Show when=move || editing.with(|e| e.as_ref().is_some_and(|a| a.recurrence.is_some()))>
                    <div class="field">
                        <label for="action-until">{move || t().timeline().f_until}</label>
                        <input id="action-until" type="date" prop:value=value(|a| a.recurrence.and_then(|r| r.until).map(iso).unwrap_or_default())
                            on:change=move |e| { let d = parse_date(&event_target_value(&e)); set(&|a| if let Some(r) = a.recurrence.as_mut() { r.until = d; }); }/>
                    </div>
                </Show>
                <Show when=move || !objectives.with(Vec::is_empty)>
                    <fieldset class="checks">
                        <legend>{move || t().timeline().f_objectives}</legend>
                        <For each=move || objectives.get() key=|o| o.clone() let:o>
                            {
                                let (oid, title) = o;
                                let box_id = format!("action-objective-{oid}");
                                view! {
                                    <label class="check" for=box_id.clone()>
                                        <input type="checkbox" id=box_id.clone() prop:checked=move || editing.with(|e| e.as_ref().is_some_and(|a| a.objectives.contains(&oid)))
                                            on:change=move |_| set(&|a| if let Some(i) = a.objectives.iter().position(|x| *x == oid) { a.objectives.remove(i); } else { a.objectives.push(oid); })/>
                                        {title}
                                    </label>
                                }
                            }
                        </For>
                    </fieldset>
                </Show>
                <div class="field">
                    <label for="action-description">{move || t().timeline().f_description}</label>
                    <textarea id="action-description" rows="3" prop:value=value(|a| a.description.clone())
                        on:input=move |e| { let v = event_target_value(&e); set(&|a| a.description = v.clone()); }></textarea>
                </div>
                <Show when=move || !is_new()>
                    <super::quick::DuplicateInForm editing=editing copy=copy/>
                </Show>
                <p class="error" role="alert" data-testid="action-error">{move || error.get()}</p>
                <div class="dialog-actions">
                    <Show when=move || !is_new()>
                        <button type="button" class="btn danger-text" data-testid="action-delete" on:click=delete>{move || t().timeline().delete}</button>
                    </Show>
                    <button type="button" class="btn" on:click=move |_| editing.set(None)>{move || t().cancel}</button>
                    <button type="submit" class="btn primary" data-testid="action-save">{move || t().timeline().save}</button>
                </div>
            </form>
        </Modal>
    }
}

/// The dialog's heading: a new action, a copy not saved yet, or an edit.
fn dialog_title(new: bool, copy: bool, t: &crate::i18n::Texts) -> String {
    match (new, copy) {
        (true, true) => t.actions().copy_title,
        (true, false) => t.timeline().new_action,
        (false, _) => t.timeline().edit_action,
    }
    .to_string()
}

/// Today, for the dates a new action starts with.
fn today() -> NaiveDate {
    crate::storage::browser::now().date_naive()
}

/// A date as `<input type="date">` writes it.
fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// A new action on `day` held inside the plan period, with the next free
/// id: the day a horizon or a line chosen in the form moves it from.
pub fn new_action(store: &Store, day: NaiveDate) -> Action {
    let day = store
        .with_plan(|p| crate::domain::clamp_to(&p.period, day))
        .unwrap_or(day);
    Action::new(store.next_item_id(), "", day)
}
