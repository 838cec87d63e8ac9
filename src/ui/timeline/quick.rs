//! The action form's channel field, and duplicating an action: from the
//! form (the copy opens to be confirmed) or from the list (added at once,
//! one undo step).

use crate::{
    domain::{
        budget::{Channel, CHANNELS},
        Action, Command, CopyShift, ItemId,
    },
    ui::{format, state::Store, use_texts},
};
use leptos::prelude::*;

/// A channel as an option's value: `c:key` for the catalogue's, `u:name`
/// for the person's own.
fn channel_value(c: &Channel) -> String {
    match c {
        Channel::Catalogue(key) => format!("c:{key}"),
        Channel::Custom(name) => format!("u:{name}"),
    }
}

fn parse_channel(value: &str) -> Option<Channel> {
    if let Some(key) = value.strip_prefix("c:") {
        Some(Channel::Catalogue(key.to_string()))
    } else {
        value
            .strip_prefix("u:")
            .map(|name| Channel::Custom(name.to_string()))
    }
}

/// The channel or tool of the action: its budget line's unless another is chosen.
#[component]
pub fn ChannelField(editing: RwSignal<Option<Action>>) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let line_channel = move || {
        let line = editing.with(|e| e.as_ref().and_then(|a| a.budget_line))?;
        store.current.with(|c| {
            c.as_ref()
                .and_then(|o| o.plan.line(line))
                .map(|l| l.channel.clone())
        })
    };
    // The catalogue's channels, then the person's own from the lines and this action.
    let choices = move || {
        let lang = store.lang.get();
        let mut list: Vec<Channel> = CHANNELS
            .iter()
            .map(|c| Channel::Catalogue(c.key.to_string()))
            .collect();
        let own = store.with_plan(|p| {
            p.budget
                .lines
                .iter()
                .map(|l| l.channel.clone())
                .collect::<Vec<_>>()
        });
        let mine = editing.with(|e| e.as_ref().and_then(|a| a.channel.clone()));
        for c in own.unwrap_or_default().into_iter().chain(mine) {
            if !list.contains(&c) {
                list.push(c);
            }
        }
        list.into_iter()
            .map(|c| (channel_value(&c), c.name(lang), c))
            .collect::<Vec<_>>()
    };
    let current = move || editing.with(|e| e.as_ref().and_then(|a| a.channel.clone()));
    view! {
        <div class="field">
            <label for="action-channel">{move || t().actions().f_channel}</label>
            <select id="action-channel" data-testid="action-channel" on:change=move |e| {
                let chosen = parse_channel(&event_target_value(&e));
                let line = line_channel();
                editing.update(|e| if let Some(a) = e {
                    // The line's own channel is kept as the line's: it follows the line.
                    a.channel = chosen.clone().filter(|c| Some(c) != line.as_ref());
                });
            }>
                <option value="" prop:selected=move || current().is_none()>
                    {move || match line_channel() {
                        Some(c) => (t().actions().channel_of_line)(&c.name(store.lang.get())),
                        None => t().actions().channel_none.to_string(),
                    }}
                </option>
                {move || choices().into_iter().map(|(value, name, c)| view! {
                    <option value=value prop:selected=move || current().as_ref() == Some(&c)>{name}</option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// The three ways to duplicate, as `(shift, testid suffix)`.
const SHIFTS: [(CopyShift, &str); 3] = [
    (CopyShift::None, "same"),
    (CopyShift::Week, "week"),
    (CopyShift::Month, "month"),
];

fn shift_name(shift: CopyShift, t: &crate::i18n::actions::ActionTexts) -> &'static str {
    match shift {
        CopyShift::None => t.same_dates,
        CopyShift::Week => t.week_later,
        CopyShift::Month => t.month_later,
    }
}

/// In the form of a saved action: the dialog turns into a new copy, with
/// what the form holds, to be confirmed; the original stays as saved.
#[component]
pub fn DuplicateInForm(
    editing: RwSignal<Option<Action>>,
    /// Set to the copy's id, for the dialog's title.
    copy: RwSignal<Option<ItemId>>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let error = RwSignal::new(None::<String>);
    let duplicate = move |shift: CopyShift| {
        let id = store.next_item_id();
        let made = editing.with_untracked(|e| e.as_ref().and_then(|a| a.duplicate(id, shift)));
        match made {
            Some(c) => {
                error.set(None);
                copy.set(Some(id));
                editing.set(Some(c));
            }
            None => error.set(Some(t().actions().copy_refused.to_string())),
        }
    };
    view! {
        <div class="duplicate-group" role="group" aria-labelledby="duplicate-label">
            <span class="small-label" id="duplicate-label">{move || t().actions().duplicate}</span>
            {SHIFTS.into_iter().map(|(shift, key)| view! {
                <button type="button" class="btn small" data-testid=format!("action-duplicate-{key}")
                    on:click=move |_| duplicate(shift)>{move || shift_name(shift, t().actions())}</button>
            }).collect_view()}
            <p class="error" role="alert">{move || error.get()}</p>
        </div>
    }
}

/// A row's duplicate menu in the list: the copy is added at once (one undo
/// step), and a toast says when it starts.
#[component]
pub fn DuplicateMenu(id: ItemId, title: String) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let menu = NodeRef::<leptos::html::Details>::new();
    let duplicate = move |shift: CopyShift| {
        let new_id = store.next_item_id();
        let made = store
            .with_plan(|p| p.action(id).and_then(|a| a.duplicate(new_id, shift)))
            .flatten();
        let lang = store.lang.get_untracked();
        // The same date rule as the form and the chart: a copy a month
        // later may leave the plan period.
        let refused = made.as_ref().and_then(|c| {
            store
                .with_plan(|p| super::gantt::refusal(p, None, c, lang))
                .flatten()
        });
        let message = match (made, refused) {
            (_, Some(why)) => (why, true),
            (Some(c), None) => {
                let text = (t().actions().copy_added)(&c.title, &format::date(c.start, lang));
                let index = store
                    .with_plan(|p| p.actions.iter().position(|a| a.id == id))
                    .flatten()
                    .map_or(usize::MAX, |i| i + 1);
                store
                    .send(Command::InsertAction {
                        index,
                        action: Box::new(c),
                    })
                    .map_or((text, false), |why| (why, true))
            }
            (None, None) => (t().actions().copy_refused.to_string(), true),
        };
        store.toast(message.0, None, message.1);
        if let Some(d) = menu.get_untracked() {
            d.set_open(false);
        }
    };
    let label = {
        let title = title.clone();
        move || (t().actions().duplicate_of)(&title)
    };
    view! {
        <details class="row-menu" node_ref=menu>
            <summary class="btn small" data-testid="action-duplicate" aria-label=label.clone() title=label>
                {move || t().actions().duplicate}
            </summary>
            <div class="row-menu-list">
                {SHIFTS.into_iter().map(|(shift, key)| view! {
                    <button type="button" class="btn small ghost" data-testid=format!("row-duplicate-{key}")
                        on:click=move |_| duplicate(shift)>{move || shift_name(shift, t().actions())}</button>
                }).collect_view()}
            </div>
        </details>
    }
}
