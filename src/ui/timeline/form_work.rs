//! The action form's work fields: a fee (time at one of the plan's rates,
//! which then sets the cost: the cost field turns read-only with a note),
//! in-house hours and the kind of content the action produces. They change
//! the action being edited; the form saves it.

use crate::ui::budget::rates::qty_text;
use crate::{
    domain::{
        budget::{fee_amount, Fee, Qty, TimeUnit},
        Action, ItemId,
    },
    ui::{format, state::Store, use_texts},
};
use leptos::prelude::*;

/// An optional quantity as typed: empty is none.
fn parse_opt(typed: &str) -> Result<Option<Qty>, crate::domain::MoneyError> {
    if typed.trim().is_empty() {
        Ok(None)
    } else {
        Qty::parse(typed).map(Some)
    }
}

/// The fee, hours and content fields of the action form.
#[component]
pub fn WorkFields(
    /// The action being edited.
    editing: RwSignal<Option<Action>>,
    /// The form's cost text, set from the fee while there is one.
    cost_text: RwSignal<String>,
    /// What keeps the form from saving: a fee's days or hours not read.
    refused: RwSignal<Option<String>>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let rates = store.select(|p| p.budget.rates.clone());
    let currency = store.select(|p| p.currency.clone());
    let kinds = store.select(move |p| {
        let lang = store.lang.get();
        p.production
            .kinds()
            .into_iter()
            .map(|k| (k, p.production.name(k, lang)))
            .collect::<Vec<_>>()
    });
    let rate_sel = RwSignal::new(String::new());
    let qty = RwSignal::new(String::new());
    let hours = RwSignal::new(String::new());
    let qty_error = RwSignal::new(None::<String>);
    let hours_error = RwSignal::new(None::<String>);
    // The form saves nothing while what was typed here is not read.
    Effect::new(move |_| refused.set(qty_error.get().or_else(|| hours_error.get())));
    // Filled when another action opens, not at every change of this one.
    let editing_id = Memo::new(move |_| editing.with(|e| e.as_ref().map(|a| a.id)));
    Effect::new(move |_| {
        if editing_id.get().is_none() {
            return;
        }
        let Some(a) = editing.get_untracked() else {
            return;
        };
        rate_sel.set(a.fee.map(|f| f.rate.to_string()).unwrap_or_default());
        qty.set(a.fee.map(|f| f.quantity.plain()).unwrap_or_default());
        hours.set(a.hours.map(Qty::plain).unwrap_or_default());
        qty_error.set(None);
        hours_error.set(None);
    });
    let set = move |f: &dyn Fn(&mut Action)| {
        editing.update(|e| {
            if let Some(a) = e {
                f(a)
            }
        })
    };
    let err_money = move |e: &crate::domain::MoneyError| {
        (crate::i18n::texts(store.lang.get_untracked())
            .plan()
            .err_money)(e)
    };
    // The fee from the rate and quantity chosen: none without a rate.
    let apply_fee = move || {
        let rate: Option<ItemId> = rate_sel.get_untracked().parse().ok().map(ItemId);
        match (rate, parse_opt(&qty.get_untracked())) {
            (None, _) => {
                qty_error.set(None);
                set(&|a| a.fee = None);
            }
            (Some(_), Err(e)) => qty_error.set(Some(err_money(&e))),
            (Some(_), Ok(None)) => {
                qty_error.set(None);
                set(&|a| a.fee = None);
            }
            (Some(r), Ok(Some(q))) => {
                qty_error.set(None);
                set(&|a| {
                    a.fee = Some(Fee {
                        rate: r,
                        quantity: q,
                    })
                });
            }
        }
    };
    // The fee's figures: its amount and how it is reached.
    let fee_figures = Memo::new(move |_| {
        let f = editing.with(|e| e.as_ref().and_then(|a| a.fee))?;
        let r = rates.with(|rs| rs.iter().find(|x| x.id == f.rate).cloned())?;
        let amount = fee_amount(f.quantity, r.price);
        let lang = store.lang.get();
        let c = currency.get();
        let formula = format!(
            "{} × {} = {}",
            qty_text(f.quantity, r.unit, lang),
            format::money(r.price, &c, lang),
            format::money(amount, &c, lang)
        );
        Some((amount, formula))
    });
    // While a fee sets the cost, the cost field shows it and is read-only.
    Effect::new(move |_| {
        let figures = fee_figures.get();
        if let Some((amount, _)) = &figures {
            let lang = store.lang.get_untracked();
            cost_text.set(format::money_plain(
                *amount,
                &currency.get_untracked(),
                lang,
            ));
        }
        use wasm_bindgen::JsCast;
        if let Some(input) = document()
            .get_element_by_id("action-cost")
            .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.set_read_only(figures.is_some());
            let _ = input.set_attribute("aria-describedby", "action-cost-note");
        }
    });
    let unit = move || {
        let r: Option<ItemId> = rate_sel.get().parse().ok().map(ItemId);
        r.and_then(|r| rates.with(|rs| rs.iter().find(|x| x.id == r).map(|x| x.unit)))
    };
    view! {
        <div class="field">
            <label for="action-fee-rate">{move || t().fees().action_fee_rate}</label>
            <select id="action-fee-rate" data-testid="action-fee-rate" on:change=move |e| {
                rate_sel.set(event_target_value(&e));
                apply_fee();
            }>
                <option value="" prop:selected=move || rate_sel.get().is_empty()>{move || t().fees().fee_none}</option>
                {move || rates.get().into_iter().map(|r| {
                    let v = r.id.to_string();
                    let sel = v.clone();
                    let lang = store.lang.get();
                    let per = match r.unit { TimeUnit::Day => t().fees().slash_day, TimeUnit::Hour => t().fees().slash_hour };
                    let label = format!("{} · {} {per}", r.role, format::money(r.price, &currency.get(), lang));
                    view! { <option value=v prop:selected=move || rate_sel.get() == sel>{label}</option> }
                }).collect_view()}
            </select>
        </div>
        <div class="field" class:invalid=move || qty_error.with(Option::is_some)>
            <label for="action-fee-quantity">{move || match unit() {
                Some(TimeUnit::Hour) => t().fees().fee_quantity_hours,
                Some(TimeUnit::Day) => t().fees().fee_quantity_days,
                None => t().fees().action_fee_quantity,
            }}</label>
            <input type="text" id="action-fee-quantity" data-testid="action-fee-quantity" inputmode="decimal"
                autocomplete="off" aria-describedby="action-fee-quantity-error"
                aria-invalid=move || qty_error.with(Option::is_some).to_string()
                prop:value=move || qty.get()
                on:input=move |e| { qty.set(event_target_value(&e)); apply_fee(); }/>
            <p class="error" id="action-fee-quantity-error" role="alert" data-testid="action-fee-quantity-error">{move || qty_error.get()}</p>
        </div>
        <p class="hint action-cost-note" id="action-cost-note" data-testid="action-cost-note">
            {move || fee_figures.get().map(|(_, f)| (t().fees().action_cost_note)(&f))}
        </p>
        <div class="field" class:invalid=move || hours_error.with(Option::is_some)>
            <label for="action-hours">{move || t().fees().hours}</label>
            <div class="money-input">
                <input type="text" id="action-hours" data-testid="action-hours" inputmode="decimal"
                    autocomplete="off" aria-describedby="action-hours-error"
                    aria-invalid=move || hours_error.with(Option::is_some).to_string()
                    prop:value=move || hours.get()
                    on:input=move |e| {
                        let typed = event_target_value(&e);
                        hours.set(typed.clone());
                        match parse_opt(&typed) {
                            Ok(h) => { hours_error.set(None); set(&|a| a.hours = h); }
                            Err(err) => hours_error.set(Some(err_money(&err))),
                        }
                    }/>
                <span class="unit" aria-hidden="true">"h"</span>
            </div>
            <p class="error" id="action-hours-error" role="alert" data-testid="action-hours-error">{move || hours_error.get()}</p>
        </div>
        <div class="field">
            <label for="action-content">{move || t().fees().content}</label>
            <select id="action-content" data-testid="action-content" on:change=move |e| {
                let c = event_target_value(&e).parse::<usize>().ok()
                    .and_then(|i| kinds.with_untracked(|k| k.get(i).map(|k| k.0)));
                set(&|a| a.content = c);
            }>
                <option value="" prop:selected=move || editing.with(|e| e.as_ref().is_some_and(|a| a.content.is_none()))>{move || t().fees().content_none}</option>
                {move || kinds.get().into_iter().enumerate().map(|(i, (k, name))| view! {
                    <option value=i.to_string() prop:selected=move || editing.with(|e| e.as_ref().and_then(|a| a.content)) == Some(k)>{name}</option>
                }).collect_view()}
            </select>
        </div>
    }
}
