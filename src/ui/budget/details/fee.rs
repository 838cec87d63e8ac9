//! A line's fee: days (or hours) at one of the plan's rates. The line's
//! external amount becomes the fee and follows it; the in-house part stays
//! ([`Command::SetLineFee`]). A rate can be created here when the plan has
//! none that fits. Removing the fee keeps the line's amounts.

use super::super::rates::{price_text, qty_text, send_rates, unit_key, unit_of};
use crate::{
    domain::{
        budget::{Fee, Qty, Rate, TimeUnit},
        command::line_with_fee,
        parse_money, Command, ItemId, Money,
    },
    ui::{format, state::Store, use_texts},
};
use leptos::prelude::*;

/// The select's value for "create a rate".
const NEW: &str = "new";

/// The fee part of a line's details.
#[component]
pub fn FeeSection(id: ItemId) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let fee = store.select(move |p| p.line(id).and_then(|l| l.fee));
    let rates = store.select(|p| p.budget.rates.clone());
    let currency = store.select(|p| p.currency.clone());
    let total = store.select(move |p| p.line(id).map(|l| l.total()).unwrap_or_default());
    // The select's value: "", NEW or a rate's id.
    let chosen = RwSignal::new(String::new());
    let qty = RwSignal::new(String::new());
    let editing = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let rate_error = RwSignal::new(None::<String>);
    // Follows the plan (first show, undo) unless the quantity is being typed.
    Effect::new(move |_| {
        let f = fee.get();
        if let Some(f) = f {
            chosen.set(f.rate.to_string());
            if !editing.get_untracked() {
                qty.set(f.quantity.plain());
            }
        } else if chosen.get_untracked() != NEW {
            chosen.set(String::new());
        }
    });
    let chosen_rate = move || chosen.get().parse().ok().map(ItemId);
    let unit = move || {
        let r = chosen_rate()?;
        rates.with(|rs| rs.iter().find(|x| x.id == r).map(|x| x.unit))
    };
    // The line's cells as the quantity's field took the focus: days typed
    // key by key spread like them, not like the last key's (one day on the
    // way to twelve would lose the proportions), in one undo step.
    let shape = StoredValue::new(None::<[Money; 3]>);
    let send = move |rate: ItemId, q: Qty| {
        let fee = Some(Fee { rate, quantity: q });
        let built = store.with_plan(|p| {
            p.line(id).map(|l| {
                let mut shaped = l.clone();
                if let Some(cells) = shape.get_value() {
                    for ((cell, locked), was) in shaped.amounts.iter_mut().zip(l.locked).zip(cells)
                    {
                        if !locked {
                            *cell = was;
                        }
                    }
                }
                line_with_fee(p, &shaped, fee)
            })
        });
        match built.flatten() {
            Some(Ok(line)) => store.send(Command::ReplaceBudgetLines(vec![line])),
            Some(Err(e)) => store.send_error(e),
            None => None,
        }
    };
    // Sends the fee for the quantity typed, once a rate is chosen.
    let apply = move || {
        let lang = store.lang.get_untracked();
        let texts = crate::i18n::texts(lang);
        let typed = qty.get_untracked();
        if typed.trim().is_empty() {
            return fee
                .get_untracked()
                .map(|_| texts.fees().fee_quantity_empty.to_string());
        }
        match Qty::parse(&typed) {
            Err(e) => Some((texts.plan().err_money)(&e)),
            Ok(q) => match chosen.get_untracked().parse().ok().map(ItemId) {
                Some(r) => send(r, q),
                None => Some(texts.fees().fee_pick_first.to_string()),
            },
        }
    };
    let on_rate = move |e| {
        let v = event_target_value(&e);
        chosen.set(v.clone());
        if v.is_empty() {
            rate_error.set(if fee.get_untracked().is_some() {
                store.send(Command::SetLineFee {
                    line: id,
                    fee: None,
                })
            } else {
                None
            });
            return;
        }
        rate_error.set(None);
        if v != NEW {
            error.set(apply());
        }
    };
    let on_qty = move |e| {
        qty.set(event_target_value(&e));
        error.set(apply());
    };
    let remove = move |_| {
        rate_error.set(store.send(Command::SetLineFee {
            line: id,
            fee: None,
        }));
        if rate_error.with_untracked(Option::is_none) {
            chosen.set(String::new());
            qty.set(String::new());
        }
    };
    let created = Callback::new(move |rid: ItemId| {
        chosen.set(rid.to_string());
        error.set(apply());
    });
    // The fee's amount, and how it is reached.
    let figures = move || {
        let lang = store.lang.get();
        let c = currency.get();
        let f = fee.get()?;
        let r = rates.with(|rs| rs.iter().find(|x| x.id == f.rate).cloned())?;
        let amount = crate::domain::budget::fee_amount(f.quantity, r.price);
        Some((
            format::money(amount, &c, lang),
            format!(
                "{} × {}",
                qty_text(f.quantity, r.unit, lang),
                price_text(r.price, r.unit, &c, lang)
            ),
        ))
    };
    let qty_label = move || match unit() {
        Some(TimeUnit::Hour) => t().fees().fee_quantity_hours,
        _ => t().fees().fee_quantity_days,
    };
    view! {
        <section class="details-section fee-section" data-testid="fee-section" aria-labelledby="fee-title">
            <h3 id="fee-title">{move || t().fees().fee_title}</h3>
            <p class="hint">{move || t().fees().fee_intro}</p>
            <div class="fee-grid">
                <div class="field" class:invalid=move || rate_error.with(Option::is_some)>
                    <label for="fee-rate">{move || t().fees().fee_rate}</label>
                    <select id="fee-rate" data-testid="fee-rate" on:change=on_rate
                        aria-describedby="fee-rate-error">
                        <option value="" prop:selected=move || chosen.get().is_empty()>{move || t().fees().fee_none}</option>
                        {move || rates.get().into_iter().map(|r| {
                            let value = r.id.to_string();
                            let label = super::super::rates::rate_label(&r, &currency.get(), store.lang.get());
                            let v = value.clone();
                            view! { <option value=value prop:selected=move || chosen.get() == v>{label}</option> }
                        }).collect_view()}
                        <option value=NEW prop:selected=move || chosen.get() == NEW>{move || t().fees().fee_new}</option>
                    </select>
                    <p class="error" id="fee-rate-error" role="alert" data-testid="fee-rate-error">{move || rate_error.get()}</p>
                </div>
                <div class="field" class:invalid=move || error.with(Option::is_some)>
                    <label for="fee-quantity">{qty_label}</label>
                    <input type="text" id="fee-quantity" data-testid="fee-quantity" inputmode="decimal"
                        autocomplete="off" aria-describedby="fee-quantity-error"
                        aria-invalid=move || error.with(Option::is_some).to_string()
                        prop:value=move || qty.get()
                        on:focus=move |_| {
                            editing.set(true);
                            shape.set_value(store.with_plan(|p| p.line(id).map(|l| l.amounts)).flatten());
                        }
                        on:blur=move |_| { let _ = editing.try_set(false); }
                        on:input=on_qty/>
                    <p class="error" id="fee-quantity-error" role="alert" data-testid="fee-quantity-error">{move || error.get()}</p>
                </div>
            </div>
            <Show when=move || chosen.get() == NEW>
                <NewRate created=created/>
            </Show>
            <p class="fee-amount" aria-live="polite">
                <span>{move || t().fees().fee_amount}" "</span>
                <strong class="num" data-testid="fee-amount">{move || figures().map(|f| f.0).unwrap_or_else(|| "—".into())}</strong>
                <span class="muted fee-formula" data-testid="fee-formula">{move || figures().map(|f| f.1)}</span>
            </p>
            <Show when=move || fee.get().is_some()>
                <p class="muted" data-testid="fee-line-total">
                    {move || (t().fees().fee_line_total)(&format::money(total.get(), &currency.get(), store.lang.get()))}
                </p>
                <div class="fee-remove">
                    <button type="button" class="btn small" data-testid="fee-remove" on:click=remove>
                        {move || t().fees().fee_remove}
                    </button>
                    <span class="hint">{move || t().fees().fee_removed_hint}</span>
                </div>
            </Show>
        </section>
    }
}

/// A new rate of the plan, created from the fee section.
#[component]
fn NewRate(created: Callback<ItemId>) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let currency = store.select(|p| p.currency.clone());
    let role = RwSignal::new(String::new());
    let unit = RwSignal::new(TimeUnit::Day);
    let price = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let create = move |_| {
        let lang = store.lang.get_untracked();
        let texts = crate::i18n::texts(lang);
        let p = match parse_money(&price.get_untracked(), &currency.get_untracked()) {
            Ok(p) => p,
            Err(e) => {
                error.set(Some((texts.plan().err_money)(&e)));
                return;
            }
        };
        let id = store.next_item_id();
        let rate = Rate {
            id,
            role: role.get_untracked().trim().to_string(),
            unit: unit.get_untracked(),
            price: p,
        };
        error.set(send_rates(&store, |rates| rates.push(rate)));
        if error.with_untracked(Option::is_none) {
            created.run(id);
        }
    };
    view! {
        <fieldset class="fee-new" data-testid="fee-new">
            <legend>{move || t().fees().fee_new_title}</legend>
            <div class="fee-grid">
                <div class="field">
                    <label for="fee-new-role">{move || t().fees().role}</label>
                    <input type="text" id="fee-new-role" data-testid="fee-new-role" maxlength="300"
                        prop:value=move || role.get() on:input=move |e| role.set(event_target_value(&e))/>
                </div>
                <div class="field">
                    <label for="fee-new-unit">{move || t().fees().unit}</label>
                    <select id="fee-new-unit" data-testid="fee-new-unit"
                        on:change=move |e| unit.set(unit_of(&event_target_value(&e)))>
                        <option value=unit_key(TimeUnit::Day)>{move || t().fees().per_day}</option>
                        <option value=unit_key(TimeUnit::Hour)>{move || t().fees().per_hour}</option>
                    </select>
                </div>
                <div class="field">
                    <label for="fee-new-price">{move || t().fees().price}</label>
                    <div class="money-input">
                        <input type="text" id="fee-new-price" data-testid="fee-new-price" inputmode="decimal"
                            autocomplete="off" aria-describedby="fee-new-error"
                            prop:value=move || price.get() on:input=move |e| price.set(event_target_value(&e))/>
                        <span class="unit" aria-hidden="true">{move || currency.get().code().to_string()}</span>
                    </div>
                </div>
            </div>
            <p class="error" id="fee-new-error" role="alert" data-testid="fee-new-error">{move || error.get()}</p>
            <button type="button" class="btn small primary" data-testid="fee-new-create" on:click=create>
                {move || t().fees().fee_create}
            </button>
        </fieldset>
    }
}
