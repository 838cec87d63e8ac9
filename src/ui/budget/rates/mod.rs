//! The plan's rates (roles at a day or hour rate) and the consultant's rate
//! card. Every change sends the whole list ([`Command::SetRates`]); the
//! domain moves every line and action on a rate whose price changed, or
//! refuses (over the total, a rate still in use), and the refusal is shown
//! beside the field that caused it.

mod card;
mod price;
mod row;

use crate::{
    domain::{
        budget::{Qty, Rate, TimeUnit},
        Command, Currency, Lang, Money,
    },
    ui::{format, state::Store, use_texts},
};
use leptos::prelude::*;

/// Sends the plan's rates changed by `f`; the refusal to show, if any.
pub(crate) fn send_rates(store: &Store, f: impl FnOnce(&mut Vec<Rate>)) -> Option<String> {
    let mut rates = store
        .with_plan(|p| p.budget.rates.clone())
        .unwrap_or_default();
    f(&mut rates);
    store.send(Command::SetRates(rates))
}

/// The unit's key in a `<select>`.
pub(crate) fn unit_key(u: TimeUnit) -> &'static str {
    match u {
        TimeUnit::Day => "day",
        TimeUnit::Hour => "hour",
    }
}

/// The unit of a `<select>`'s key.
pub(crate) fn unit_of(key: &str) -> TimeUnit {
    if key == "hour" {
        TimeUnit::Hour
    } else {
        TimeUnit::Day
    }
}

/// `6 jours`, `1,5 heure`: a quantity and its unit, by language.
pub(crate) fn qty_text(q: Qty, unit: TimeUnit, lang: Lang) -> String {
    let t = crate::i18n::texts(lang).fees();
    let n = format::number(f64::from(q.0) / 100.0, lang, 2);
    let one = match lang {
        Lang::Fr => q.0 < 200,
        Lang::En => q.0 == 100,
    };
    match unit {
        TimeUnit::Day => (t.days)(&n, one),
        TimeUnit::Hour => (t.hours_of)(&n, one),
    }
}

/// `CHF 1'200.00 / jour`.
pub(crate) fn price_text(price: Money, unit: TimeUnit, currency: &Currency, lang: Lang) -> String {
    let t = crate::i18n::texts(lang).fees();
    let per = match unit {
        TimeUnit::Day => t.slash_day,
        TimeUnit::Hour => t.slash_hour,
    };
    format!("{} {per}", format::money(price, currency, lang))
}

/// A rate as a choice in a list: `Consultant senior · CHF 1'200.00 / jour`.
pub(crate) fn rate_label(rate: &Rate, currency: &Currency, lang: Lang) -> String {
    format!(
        "{} · {}",
        rate.role,
        price_text(rate.price, rate.unit, currency, lang)
    )
}

/// The plan's rates and the rate card.
#[component]
pub fn RatesPanel() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let ids = store.select(|p| p.budget.rates.iter().map(|r| r.id).collect::<Vec<_>>());
    let add_error = RwSignal::new(None::<String>);
    let add = move |_| {
        let id = store.next_item_id();
        let role = t().fees().new_role.to_string();
        let error = send_rates(&store, |rates| {
            rates.push(Rate {
                id,
                role,
                unit: TimeUnit::Day,
                price: Money::ZERO,
            })
        });
        if error.is_none() {
            // To the new role, selected, ready to be typed over.
            request_animation_frame(move || {
                use wasm_bindgen::JsCast;
                if let Some(input) = document()
                    .get_element_by_id(&format!("rate-role-{id}"))
                    .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok())
                {
                    let _ = input.focus();
                    input.select();
                }
            });
        }
        add_error.set(error);
    };
    view! {
        <section class="card rates-panel" data-testid="rates-panel" aria-labelledby="rates-title">
            <div class="rates-head">
                <div>
                    <h2 id="rates-title">{move || t().fees().rates_title}</h2>
                    <p class="muted">{move || t().fees().rates_intro}</p>
                </div>
                <card::AddFromCard/>
            </div>
            <Show when=move || !ids.with(Vec::is_empty)
                fallback=move || view! { <p class="hint" data-testid="rates-empty">{move || t().fees().rates_empty}</p> }>
                <ul class="rate-list">
                    <For each=move || ids.get() key=|id| *id let:id>
                        <row::RateRow id=id/>
                    </For>
                </ul>
            </Show>
            <div class="rates-foot">
                <button type="button" class="btn small" data-testid="rate-add" on:click=add>
                    <span aria-hidden="true">"+ "</span>{move || t().fees().add}
                </button>
                <p class="error" role="alert" data-testid="rate-add-error">{move || add_error.get()}</p>
            </div>
        </section>
    }
}
