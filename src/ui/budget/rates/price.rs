//! A rate's price as typed: read with the plan's money parsing, sent at
//! each keystroke; a refusal (a letter, a line pushed over the total)
//! stays beside the field with the typed text, and the plan keeps its
//! price.

use super::send_rates;
use crate::{
    domain::{budget::Rate, parse_money, Money},
    ui::{format, state::Store, use_texts},
};
use leptos::prelude::*;

/// The price field of a rate's row.
#[component]
pub fn PriceInput(id: String, rate: Memo<Option<Rate>>) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let currency = store.select(|p| p.currency.clone());
    let error = RwSignal::new(None::<String>);
    let editing = RwSignal::new(false);
    let text = RwSignal::new(String::new());
    let shown = Memo::new(move |_| {
        let price = rate.with(|r| r.as_ref().map(|r| r.price).unwrap_or(Money::ZERO));
        format::money_plain(price, &currency.get(), store.lang.get())
    });
    Effect::new(move |_| {
        let formatted = shown.get();
        if !editing.get_untracked() {
            text.set(formatted);
        }
    });
    let on_input = move |e| {
        let typed = event_target_value(&e);
        text.set(typed.clone());
        let Some(rid) = rate.with_untracked(|r| r.as_ref().map(|r| r.id)) else {
            return;
        };
        let lang = store.lang.get_untracked();
        error.set(match parse_money(&typed, &currency.get_untracked()) {
            Ok(m) => send_rates(&store, |rates| {
                if let Some(r) = rates.iter_mut().find(|r| r.id == rid) {
                    r.price = m;
                }
            }),
            Err(err) => Some((crate::i18n::texts(lang).plan().err_money)(&err)),
        });
    };
    let error_id = format!("{id}-error");
    view! {
        <div class="field rate-price" class:invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>{move || t().fees().price}</label>
            <div class="money-input">
                <input type="text" inputmode="decimal" autocomplete="off" id=id.clone()
                    data-testid="rate-price"
                    aria-invalid=move || error.with(Option::is_some).to_string()
                    aria-describedby=error_id.clone()
                    prop:value=move || text.get()
                    on:focus=move |_| editing.set(true)
                    on:blur=move |_| {
                        if editing.try_set(false).is_some() {
                            return;
                        }
                        if error.try_with_untracked(Option::is_none) == Some(true) {
                            if let Some(s) = shown.try_get_untracked() {
                                text.try_set(s);
                            }
                        }
                    }
                    on:input=on_input/>
                <span class="unit" aria-hidden="true">{move || currency.get().code().to_string()}</span>
            </div>
            <p class="error" id=error_id role="alert" data-testid="rate-price-error">{move || error.get()}</p>
        </div>
    }
}
