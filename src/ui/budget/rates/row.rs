//! One rate of the plan: its role, unit and price, each sent as typed, and
//! its removal (refused while a line or an action uses it).

use super::{
    card::{SaveOutcome, SaveState, SaveToCard},
    price::PriceInput,
    send_rates, unit_key, unit_of,
};
use crate::{
    domain::{budget::TimeUnit, ItemId},
    ui::{state::Store, use_texts},
};
use leptos::prelude::*;

/// A rate's row.
#[component]
pub fn RateRow(id: ItemId) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let rate = store.select(move |p| p.budget.rate(id).cloned());
    let role_error = RwSignal::new(None::<String>);
    let unit_error = RwSignal::new(None::<String>);
    let remove_error = RwSignal::new(None::<String>);
    let card = SaveState::new();
    let role_id = format!("rate-role-{id}");
    let unit_id = format!("rate-unit-{id}");
    let price_id = format!("rate-price-{id}");
    let role = move || rate.with(|r| r.as_ref().map(|r| r.role.clone()).unwrap_or_default());
    let on_role = move |e| {
        let typed = event_target_value(&e);
        role_error.set(send_rates(&store, |rates| {
            if let Some(r) = rates.iter_mut().find(|r| r.id == id) {
                r.role = typed;
            }
        }));
    };
    let on_unit = move |e| {
        let unit = unit_of(&event_target_value(&e));
        unit_error.set(send_rates(&store, |rates| {
            if let Some(r) = rates.iter_mut().find(|r| r.id == id) {
                r.unit = unit;
            }
        }));
    };
    let remove = move |_| {
        remove_error.set(send_rates(&store, |rates| rates.retain(|r| r.id != id)));
    };
    let unit = move || rate.with(|r| r.as_ref().map(|r| r.unit).unwrap_or_default());
    view! {
        <li class="rate-row" data-testid="rate-row">
            <div class="field rate-role" class:invalid=move || role_error.with(Option::is_some)>
                <label for=role_id.clone()>{move || t().fees().role}</label>
                <input type="text" id=role_id.clone() data-testid="rate-role" maxlength="300"
                    autocomplete="off"
                    aria-invalid=move || role_error.with(Option::is_some).to_string()
                    aria-describedby=format!("{role_id}-error")
                    prop:value=role on:input=on_role/>
                <p class="error" id=format!("{role_id}-error") role="alert" data-testid="rate-role-error">{move || role_error.get()}</p>
            </div>
            <div class="field rate-unit" class:invalid=move || unit_error.with(Option::is_some)>
                <label for=unit_id.clone()>{move || t().fees().unit}</label>
                <select id=unit_id.clone() data-testid="rate-unit" on:change=on_unit
                    aria-describedby=format!("{unit_id}-error")>
                    {[TimeUnit::Day, TimeUnit::Hour].into_iter().map(|u| view! {
                        <option value=unit_key(u) prop:selected=move || unit() == u>
                            {move || match u { TimeUnit::Day => t().fees().per_day, TimeUnit::Hour => t().fees().per_hour }}
                        </option>
                    }).collect_view()}
                </select>
                <p class="error" id=format!("{unit_id}-error") role="alert">{move || unit_error.get()}</p>
            </div>
            <PriceInput id=price_id rate=rate/>
            <div class="rate-actions">
                <SaveToCard rate=rate state=card/>
                <button type="button" class="btn small ghost danger-text" data-testid="rate-remove"
                    aria-label=move || (t().fees().remove_label)(&role())
                    aria-describedby=format!("rate-remove-{id}-error")
                    on:click=remove>{move || t().fees().remove}</button>
            </div>
            <p class="error rate-row-error" id=format!("rate-remove-{id}-error") role="alert"
                data-testid="rate-remove-error">{move || remove_error.get()}</p>
            <SaveOutcome rate=rate state=card/>
        </li>
    }
}
