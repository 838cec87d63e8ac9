//! A line's VAT rate: one of the regime's rates, or its standard one; shown
//! only while the plan has VAT.

use crate::{
    domain::{budget::Regime, Command, ItemId, LineEdit, Money},
    ui::{budget::tax::rate_text, format, state::Store, use_texts},
};
use leptos::prelude::*;

/// The section.
#[component]
pub fn VatSection(id: ItemId) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    // The regime, while there is one, and the line's own rate.
    let rates = store.select(move |p| {
        let tax = p.budget.tax;
        p.line(id)
            .filter(|_| tax.applies())
            .map(|l| (tax.regime, l.vat_bp))
    });
    let amounts = store.select(move |p| p.line(id).map(|l| p.budget.line_tax(l).total));
    let currency = store.select(|p| p.currency.clone());
    let money = move |m: Money| format::money(m, &currency.get(), store.lang.get());
    let error = RwSignal::new(None::<String>);
    let pick = move |e: leptos::ev::Event| {
        let value = event_target_value(&e).parse::<u32>().ok();
        error.set(store.send(Command::EditBudgetLine(id, LineEdit::Vat(value))));
    };
    let own = move || rates.get().and_then(|(_, own)| own);
    let section = move |regime: Regime| {
        view! {
            <section class="details-section vat-section" aria-labelledby="vat-title">
                <h3 id="vat-title">{move || t().tax().vat_title}</h3>
                <div class="field">
                    <label for="line-vat">{move || t().tax().vat_label}</label>
                    <select id="line-vat" data-testid="line-vat" on:change=pick aria-describedby="line-vat-amounts">
                        <option value="" prop:selected=move || own().is_none()>
                            {move || (t().tax().vat_standard)(&rate_text(regime.standard_bp(), store.lang.get()))}
                        </option>
                        {regime.rates_bp().into_iter().map(|bp| view! {
                            <option value=bp.to_string() prop:selected=move || own() == Some(bp)>{move || rate_text(bp, store.lang.get())}</option>
                        }).collect_view()}
                    </select>
                    <p class="hint" id="line-vat-amounts" data-testid="line-vat-amounts">
                        {move || amounts.get().map(|x| (t().tax().vat_amounts)(&money(x.excl), &money(x.tax), &money(x.incl)))}
                    </p>
                    <p class="error" role="alert">{move || error.get()}</p>
                </div>
                <p class="hint">{move || t().tax().vat_scope}</p>
            </section>
        }
    };
    let regime = Memo::new(move |_| rates.get().map(|(r, _)| r));
    move || regime.get().map(section)
}
