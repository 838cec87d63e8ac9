//! The budget's totals on both bases (excluding tax, VAT, including tax),
//! whole and by producer: a small table under the budget's figures.

use crate::{
    domain::{
        budget::{TaxSummary, Taxed},
        Money,
    },
    i18n::tax::TaxTexts,
    ui::{format, state::Store, use_texts},
};
use leptos::prelude::*;

/// Allocated, in-house and external, each excluding tax, its VAT and
/// including tax; shown only while the plan has a VAT regime.
#[component]
pub fn BothBases() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let sum = store.select(|p| p.budget.tax_summary());
    let currency = store.select(|p| p.currency.clone());
    let money = move |m: Money| format::money(m, &currency.get(), store.lang.get());
    let row = move |label: fn(&TaxTexts) -> &'static str,
                    pick: fn(&TaxSummary) -> Taxed,
                    testid: &'static str| {
        let value = move || pick(&sum.get());
        view! {
            <tr>
                <th scope="row">{move || label(t().tax())}</th>
                <td class="num" data-label=move || t().tax().excl data-testid=format!("{testid}-excl")>{move || money(value().excl)}</td>
                <td class="num" data-label=move || t().tax().vat data-testid=format!("{testid}-tax")>{move || money(value().tax)}</td>
                <td class="num" data-label=move || t().tax().incl data-testid=format!("{testid}-incl")>{move || money(value().incl)}</td>
            </tr>
        }
    };
    view! {
        <div class="tax-both table-scroll">
            <table class="tax-both-table" data-testid="tax-both">
                <caption>{move || t().tax().both_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col"><span class="sr-only">{move || t().tax().row_label}</span></th>
                        <th scope="col" class="num">{move || t().tax().excl}</th>
                        <th scope="col" class="num">{move || t().tax().vat}</th>
                        <th scope="col" class="num">{move || t().tax().incl}</th>
                    </tr>
                </thead>
                <tbody>
                    {row(|x| x.allocated, |s| s.allocated, "allocated")}
                    {row(|x| x.in_house, |s| s.in_house, "producer-in-house")}
                    {row(|x| x.external, |s| s.external, "producer-external")}
                </tbody>
            </table>
        </div>
    }
}
