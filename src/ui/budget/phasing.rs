//! The monthly phasing of the horizons, and the month-by-month table.

use crate::{
    domain::{
        budget::{clamp, default_span, horizon_name, month_count, monthly, MonthRow, MonthSpan},
        money::round_parts_to_unit,
        Command, Currency, Horizon, Money,
    },
    ui::{format, state::Store, use_texts},
};
use leptos::prelude::*;

/// The phasing section, folded by default.
#[component]
pub fn Phasing() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let rows =
        store.select(|p| monthly(&p.period, p.budget.summary().by_horizon, &p.budget.phasing));
    let currency = store.select(|p| p.currency.clone());
    // Read-only figures: to the franc, each horizon's months rounded so
    // that they still add up to its total (never 5'166.67).
    let money = move |m: Money| format::money_whole(m, &currency.get(), store.lang.get());
    // Folded by default: the month-by-month table is built when it is
    // opened, not on every edit of the budget above it.
    let open = RwSignal::new(false);
    view! {
        <details class="card phasing" data-testid="budget-phasing"
            on:toggle=move |e| open.set(event_target::<web_sys::HtmlDetailsElement>(&e).open())>
            <summary><h2>{move || t().budget().phasing_title}</h2></summary>
            <p class="muted">{move || t().budget().phasing_intro}</p>
            <div class="phasing-spans">
                {Horizon::ALL.iter().enumerate().map(|(h, horizon)| view! { <SpanControls h=h horizon=*horizon/> }).collect_view()}
            </div>
            <div class="table-scroll">
                <table class="budget-table months" data-testid="phasing-table">
                    <thead>
                        <tr>
                            <th scope="col">{move || t().budget().phasing_month}</th>
                            {Horizon::ALL.iter().map(|h| view! { <th scope="col" class="num">{move || horizon_name(*h).get(store.lang.get())}</th> }).collect_view()}
                            <th scope="col" class="num">{move || t().budget().col_total}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || if open.get() { rounded(rows.get(), &currency.get()) } else { Vec::new() }.into_iter().map(|r| {
                            let total: Money = r.amounts.iter().copied().sum();
                            view! {
                                <tr>
                                    <th scope="row">{format::month(r.month, store.lang.get())}</th>
                                    {r.amounts.iter().map(|a| view! { <td class="num">{money(*a)}</td> }).collect_view()}
                                    <td class="num strong" data-testid="phasing-month-total">{money(total)}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </details>
    }
}

/// `rows` with each horizon's column rounded to the unit, still adding up
/// to the column's rounded total.
fn rounded(mut rows: Vec<MonthRow>, currency: &Currency) -> Vec<MonthRow> {
    for h in 0..Horizon::ALL.len() {
        let column: Vec<Money> = rows.iter().map(|r| r.amounts[h]).collect();
        for (row, m) in rows.iter_mut().zip(round_parts_to_unit(&column, currency)) {
            row.amounts[h] = m;
        }
    }
    rows
}

/// Start and length of one horizon's months.
#[component]
fn SpanControls(h: usize, horizon: Horizon) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let months = store.select(|p| {
        let n = month_count(&p.period);
        let first = p.period.start;
        (
            n,
            (0..n)
                .map(|i| {
                    first
                        .checked_add_months(chrono::Months::new(i))
                        .unwrap_or(first)
                })
                .collect::<Vec<_>>(),
        )
    });
    let span = store.select(move |p| {
        let n = month_count(&p.period);
        (
            clamp(
                p.budget.phasing[h].unwrap_or_else(|| default_span(horizon, n)),
                n,
            ),
            p.budget.phasing[h].is_some(),
        )
    });
    let error = RwSignal::new(None::<String>);
    let set =
        move |s: Option<MonthSpan>| error.set(store.send(Command::SetPhasing { horizon, span: s }));
    view! {
        <fieldset class="span-controls" data-testid=format!("phasing-{h}")>
            <legend>{move || horizon_name(horizon).get(store.lang.get())}</legend>
            <label for=format!("span-first-{h}")>{move || t().budget().phasing_from}</label>
            <select id=format!("span-first-{h}") on:change=move |e| {
                let first = event_target_value(&e).parse().unwrap_or(0);
                let (current, _) = span.get_untracked();
                set(Some(MonthSpan { first, months: current.months }));
            }>
                {move || {
                    let (_, list) = months.get();
                    let (current, _) = span.get();
                    list.into_iter().enumerate().map(|(i, m)| view! {
                        <option value=i.to_string() selected=i as u32 == current.first>{format::month(m, store.lang.get())}</option>
                    }).collect_view()
                }}
            </select>
            <label for=format!("span-months-{h}")>{move || t().budget().phasing_months}</label>
            <select id=format!("span-months-{h}") data-testid=format!("phasing-months-{h}") on:change=move |e| {
                let n = event_target_value(&e).parse().unwrap_or(1);
                let (current, _) = span.get_untracked();
                set(Some(MonthSpan { first: current.first, months: n }));
            }>
                {move || {
                    let (n, _) = months.get();
                    let (current, _) = span.get();
                    (1..=n - current.first).map(|k| view! {
                        <option value=k.to_string() selected=k == current.months>{k}</option>
                    }).collect_view()
                }}
            </select>
            <button type="button" class="btn small" disabled=move || !span.get().1 on:click=move |_| set(None)>
                {move || t().budget().phasing_usual}
            </button>
            <p class="error" role="alert">{move || error.get()}</p>
        </fieldset>
    }
}
