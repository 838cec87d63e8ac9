//! Which budget lines feed the forecast: paid media first, then the lines
//! whose money buys no clicks (production, fees, tools), marked as such.

use crate::{
    domain::{forecast, Money},
    ui::{format, href, state::Store, use_texts},
};
use leptos::prelude::*;

/// A budget line as the list shows it.
#[derive(Clone, Debug, Default, PartialEq)]
struct Line {
    name: String,
    cost: String,
    amount: String,
    paid: bool,
}

/// The budget lines with what their money pays for and whether it counts.
#[component]
pub fn PaidLines() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let data = store.select(move |p| {
        let lang = store.lang.get();
        let texts = crate::i18n::texts(lang).forecast();
        // Paid media first, each group in the budget's order.
        let lines: Vec<Line> = forecast::lines_paid_first(p)
            .into_iter()
            .map(|l| Line {
                name: l.channel.name(lang),
                cost: texts.cost(forecast::cost_of(l), lang),
                amount: format::money_whole(l.total(), &p.currency, lang),
                paid: forecast::is_paid(l),
            })
            .collect();
        let paid: Money = forecast::paid_spend(p).into_iter().sum();
        let split = p.budget.allocated();
        let totals = (
            format::money_whole(paid, &p.currency, lang),
            format::money_whole(split, &p.currency, lang),
        );
        (lines, totals)
    });
    let budget = move || {
        store
            .current_id()
            .map(|id| href(&format!("/plan/{id}/budget")))
    };
    view! {
        <h3>{move || t().kpis().lines_title}</h3>
        <p class="muted">{move || t().kpis().lines_intro}</p>
        {move || {
            let (lines, (paid, split)) = data.get();
            let k = t().kpis();
            let f = t().forecast();
            let empty = (!lines.iter().any(|l| l.paid)).then(|| view! {
                <div class="advice warn lines-empty" data-testid="forecast-lines-empty">
                    <p>{k.lines_empty}</p>
                    {budget().map(|to| view! { <a class="btn small" href=to>{k.open_budget}</a> })}
                </div>
            });
            let list = (!lines.is_empty()).then(|| view! {
                <ul class="forecast-lines" data-testid="forecast-lines">
                    {lines.into_iter().map(|l| view! {
                        <li class:paid=l.paid data-testid="forecast-line" data-paid=l.paid.to_string()>
                            <span class="line-dot" aria-hidden="true"></span>
                            <span class="line-name">{l.name}</span>
                            <span class="line-cost">{l.cost}</span>
                            <span class="line-amount">{l.amount}</span>
                            <span class="line-status">{if l.paid { f.feeds_forecast } else { f.not_in_forecast }}</span>
                        </li>
                    }).collect_view()}
                </ul>
                <p class="muted" data-testid="forecast-lines-total">{(k.lines_paid_total)(&paid, &split)}</p>
            });
            view! { {empty}{list} }
        }}
    }
}
