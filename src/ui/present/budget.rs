//! The budget table (a page of its lines, or all) and the forecast of what
//! the paid budget buys per scenario, with money rounded to the unit as a
//! client reads it.

use crate::{
    domain::{
        budget::horizon_name,
        forecast::{self, forward_plan, Forward},
        money::Precision,
        Horizon, Money,
    },
    ui::{format, state::Store, use_texts},
};
use leptos::prelude::*;
use std::ops::Range;

/// The rows of the table, formatted.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Rows {
    pub lines: Vec<(String, Vec<String>)>,
    pub totals: Option<Vec<String>>,
    pub allocated: String,
}

/// The budget table's rows for `items` of its lines (all when `None`).
pub(crate) fn budget_rows(
    p: &crate::domain::Plan,
    lang: crate::domain::Lang,
    items: &Option<Range<usize>>,
) -> Rows {
    let m = |x| format::money_as(x, &p.currency, lang, p.slides.money_style, Precision::Unit);
    let len = p.budget.lines.len();
    let r = items
        .clone()
        .map(|r| r.start.min(len)..r.end.min(len))
        .unwrap_or(0..len);
    let last = r.end == len;
    let s = p.budget.summary();
    Rows {
        lines: p.budget.lines[r]
            .iter()
            .map(|l| {
                let cells = l.amounts.iter().copied().chain([l.total()]).map(m);
                (l.channel.name(lang), cells.collect())
            })
            .collect(),
        totals: last.then(|| {
            s.by_horizon
                .iter()
                .chain([&s.allocated])
                .map(|a| m(*a))
                .collect()
        }),
        allocated: (crate::i18n::texts(lang).present().budget_of_total)(
            &m(s.allocated),
            &m(s.total),
        ),
    }
}

/// The budget table: `items` of its lines (a slide's page, the total row
/// on the last) or every line with the total (the report).
#[component]
pub fn BudgetTable(items: Option<Range<usize>>) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let rows = store.select(move |p| budget_rows(p, store.lang.get(), &items));
    view! {
        {move || if rows.with(|r| r.lines.is_empty()) {
            view! { <p class="empty">{t().present().no_budget}</p> }.into_any()
        } else { view! {
            <table class="deck-budget" data-testid="deck-budget">
                <thead><tr>
                    <th scope="col">{move || t().budget().col_channel}</th>
                    {Horizon::ALL.iter().map(|h| view! { <th scope="col" class="num">{move || horizon_name(*h).get(store.lang.get())}</th> }).collect_view()}
                    <th scope="col" class="num">{move || t().budget().col_total}</th>
                </tr></thead>
                <tbody>
                    {move || rows.get().lines.into_iter().map(|(name, cells)| view! {
                        <tr data-testid="deck-budget-line"><th scope="row">{name}</th>{cells.into_iter().map(|c| view! { <td class="num">{c}</td> }).collect_view()}</tr>
                    }).collect_view()}
                </tbody>
                {move || rows.get().totals.map(|totals| view! {
                    <tfoot><tr data-testid="deck-budget-total">
                        <th scope="row">{move || t().budget().col_total}</th>
                        {totals.into_iter().map(|c| view! { <td class="num">{c}</td> }).collect_view()}
                    </tr></tfoot>
                })}
            </table>
            {move || rows.get().totals.is_some().then(|| view! {
                <p class="muted budget-allocated">{rows.get().allocated}</p>
                <super::production::ProducerTotals/>
            })}
        }.into_any() }}
    }
}

/// The forecast table: scenario names, rows of a label and a cell per
/// scenario, notes under it.
pub(crate) type ForecastRows = (Vec<String>, Vec<(&'static str, Vec<String>)>, Vec<String>);

/// A forecast cell: a figure, or "—" when it cannot be computed.
fn cell(v: &crate::domain::forecast::Figure, show: impl Fn(f64) -> String) -> String {
    v.as_ref().map(|x| show(*x)).unwrap_or_else(|_| "—".into())
}

/// The forecast's scenario names, its rows (label, a cell per scenario)
/// and the notes under it; `None` when no scenario spends anything.
pub(crate) fn forecast_table(
    p: &crate::domain::Plan,
    lang: crate::domain::Lang,
) -> Option<ForecastRows> {
    let c = &p.currency;
    let ft = crate::i18n::texts(lang).forecast();
    let columns: Vec<(String, Forward)> = p
        .forecast
        .scenarios
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let name = ft.scenario(i, &s.name);
            Some((name, forward_plan(p, i).pop()?.1))
        })
        .collect();
    if columns.iter().all(|(_, f)| f.spend.0 == 0) {
        return None;
    }
    let whole = |v: f64| format::number(v.round(), lang, 0);
    let style = p.slides.money_style;
    // Totals to the unit; a cost per order keeps its cents.
    let money_at = |v: f64, precision| {
        format::money_as(Money::from_major_f64(v, c), c, lang, style, precision)
    };
    let money = |v: f64| money_at(v, Precision::Unit);
    let unit_cost = |v: f64| money_at(v, Precision::Exact);
    let row =
        |f: &dyn Fn(&Forward) -> String| columns.iter().map(|(_, fw)| f(fw)).collect::<Vec<_>>();
    let tt = crate::i18n::texts(lang).present();
    // What the figures rest on, said under the table.
    let mut notes = Vec::new();
    let share = p.forecast.paid_share.unwrap_or(1.0);
    if share < 1.0 {
        notes.push((tt.f_with_channels)(&format::percent(share, lang)));
    }
    let converted = forecast::reads_converted(&p.forecast, c, p.forecast.active);
    let usd = p
        .forecast
        .usd_rate
        .filter(|_| converted)
        .map(|u| format!("{} {}", format::number(u.rate, lang, 4), c.code()));
    notes.push((tt.f_sources)(
        p.forecast.industry.name().get(lang),
        usd.as_deref(),
    ));
    if let Some(missing) = columns
        .iter()
        .find_map(|(_, f)| f.brought.revenue.clone().err())
        .filter(|m| !m.is_empty())
    {
        let t = crate::i18n::texts(lang).forecast();
        notes.push(t.unknown_of(&missing, lang, |k| {
            crate::domain::smart::kpi_name(p, k, lang)
        }));
    }
    Some((
        columns.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>(),
        vec![
            (
                tt.f_spend,
                row(&|f| format::money_as(f.spend, c, lang, style, Precision::Unit)),
            ),
            (tt.f_clicks, row(&|f| cell(&f.brought.bought.clicks, whole))),
            (tt.f_orders, row(&|f| cell(&f.brought.orders, whole))),
            (tt.f_revenue, row(&|f| cell(&f.brought.revenue, money))),
            (tt.f_cpa, row(&|f| cell(&f.cpa, unit_cost))),
            (
                tt.f_roas,
                row(&|f| cell(&f.roas, |v| format!("{}×", format::number(v, lang, 1)))),
            ),
        ],
        notes,
    ))
}

/// What the paid budget buys under each scenario, for the whole plan.
#[component]
pub fn ForecastTable() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let table = store.select(move |p| forecast_table(p, store.lang.get()));
    view! {
        {move || match table.get() {
            None => view! { <p class="empty">{t().present().forecast_none}</p> }.into_any(),
            Some((names, rows, notes)) => view! {
                <p class="muted">{t().present().forecast_intro}</p>
                <table class="deck-forecast" data-testid="deck-forecast">
                    <thead><tr><th></th>{names.into_iter().map(|n| view! { <th scope="col" class="num">{n}</th> }).collect_view()}</tr></thead>
                    <tbody>
                        {rows.into_iter().map(|(label, cells)| view! {
                            <tr><th scope="row">{label}</th>{cells.into_iter().map(|c| view! { <td class="num">{c}</td> }).collect_view()}</tr>
                        }).collect_view()}
                    </tbody>
                </table>
                {notes.into_iter().map(|n| view! { <p class="muted small deck-note" data-testid="deck-forecast-note">{n}</p> }).collect_view()}
            }.into_any(),
        }}
    }
}
