//! What the paid media buys: the scenarios side by side for the whole plan,
//! then the active scenario per horizon. A figure that cannot be computed
//! shows "—", and a note under the tables names what is missing, once.

use super::unknown_note;
use crate::{
    domain::{
        budget::horizon_name,
        forecast::{self, Figure, Forward, Input},
        smart::kpi_name,
        Currency, Lang, Money, Plan, Unit,
    },
    ui::{format, state::Store, use_texts},
};
use leptos::prelude::*;

/// A row of the forward tables.
#[derive(Clone, Copy, PartialEq)]
enum Metric {
    Spend,
    Clicks,
    Impressions,
    Customers,
    Orders,
    OrdersFromAds,
    Revenue,
    Cpa,
    Roas,
    Roi,
}

/// What cannot be shown in the tables, said once under them.
#[derive(Default)]
struct Notes {
    missing: Vec<Input>,
    no_divide: bool,
}

impl Notes {
    /// `v` as `show` writes it, or "—" with the reason noted.
    fn cell(&mut self, v: &Figure, show: impl Fn(f64) -> String) -> String {
        match v {
            Ok(x) if x.is_finite() => show(*x),
            Err(inputs) if !inputs.is_empty() => {
                for i in inputs {
                    if !self.missing.contains(i) {
                        self.missing.push(i.clone());
                    }
                }
                "—".into()
            }
            // No spend or no order: nothing to divide by.
            _ => {
                self.no_divide = true;
                "—".into()
            }
        }
    }
}

/// A row: its label, a line under it, whether it is the forecast's orders,
/// and its cells.
type Row = (String, Option<String>, bool, Vec<String>);

/// A table: its caption, column headers and rows (label, key row, cells).
#[derive(Clone, Debug, Default, PartialEq)]
struct Table {
    caption: String,
    columns: Vec<String>,
    rows: Vec<Row>,
}

/// Everything the section shows, as text.
#[derive(Clone, Debug, Default, PartialEq)]
struct Tables {
    spend: String,
    by_scenario: Table,
    by_horizon: Table,
    notes: Vec<String>,
}

fn table(
    plan: &Plan,
    lang: Lang,
    caption: String,
    columns: Vec<(String, Forward)>,
    notes: &mut Notes,
) -> Table {
    let t = crate::i18n::texts(lang);
    let k = t.kpis();
    let c: &Currency = &plan.currency;
    let share = plan.forecast.paid_share.unwrap_or(1.0);
    let partial = share < 1.0;
    let mut metrics = vec![
        (Metric::Spend, k.metric_spend, None),
        (Metric::Clicks, k.metric_clicks, None),
        (Metric::Impressions, k.metric_impressions, None),
        (Metric::Customers, k.metric_customers, None),
    ];
    if partial {
        let share = (k.metric_orders_share)(&format::percent(share, lang));
        metrics.push((Metric::Orders, k.metric_orders_with, Some(share)));
        metrics.push((Metric::OrdersFromAds, k.metric_orders_ads, None));
    } else {
        metrics.push((Metric::Orders, k.metric_orders, None));
    }
    metrics.extend([
        (Metric::Revenue, k.metric_revenue, None),
        (Metric::Cpa, k.metric_cpa, None),
        (Metric::Roas, k.metric_roas, None),
        (Metric::Roi, k.metric_roi, None),
    ]);
    let count = |v: f64| format::count(v, lang);
    let total = |v: f64| format::kpi_total(v, Unit::Money, c, lang);
    let unit_cost = |v: f64| format::kpi_value(v, Unit::Money, c, lang);
    let rows = metrics
        .into_iter()
        .map(|(m, label, sub)| {
            let cells = columns
                .iter()
                .map(|(_, f)| {
                    let b = &f.brought;
                    match m {
                        Metric::Spend => format::money_whole(f.spend, c, lang),
                        Metric::Clicks => notes.cell(&b.bought.clicks, count),
                        Metric::Impressions => notes.cell(&b.bought.impressions, count),
                        Metric::Customers => notes.cell(&b.customers_from_ads, count),
                        Metric::Orders => notes.cell(&b.orders, count),
                        Metric::OrdersFromAds => notes.cell(&b.orders_from_ads, count),
                        Metric::Revenue => notes.cell(&b.revenue, total),
                        Metric::Cpa => notes.cell(&f.cpa, unit_cost),
                        Metric::Roas => notes.cell(&f.roas, |v| {
                            format!("{}\u{a0}×", format::number(v, lang, 2))
                        }),
                        Metric::Roi => notes.cell(&f.roi, |v| format::percent(v, lang)),
                    }
                })
                .collect();
            (label.to_string(), sub, m == Metric::Orders, cells)
        })
        .collect();
    Table {
        caption,
        columns: columns.into_iter().map(|(n, _)| n).collect(),
        rows,
    }
}

/// The forward tables of `plan`, or `None` without paid media spend.
fn tables(plan: &Plan, lang: Lang) -> Option<Tables> {
    let t = crate::i18n::texts(lang);
    let k = t.kpis();
    let f = &plan.forecast;
    let active = forecast::forward_plan(plan, f.active);
    let spend = active.last().map_or(Money::ZERO, |(_, fw)| fw.spend);
    if spend == Money::ZERO {
        return None;
    }
    let mut notes = Notes::default();
    let per_scenario: Vec<(String, Forward)> = f
        .scenarios
        .iter()
        .enumerate()
        .map(|(i, s)| {
            (
                t.forecast().scenario(i, &s.name),
                forecast::forward_whole(plan, i),
            )
        })
        .collect();
    let per_horizon: Vec<(String, Forward)> = active
        .into_iter()
        .map(|(h, fw)| {
            let name = h.map_or_else(
                || k.whole_plan.to_string(),
                |h| horizon_name(h).get(lang).to_string(),
            );
            (name, fw)
        })
        .collect();
    let active_name = t.forecast().scenario(f.active, f.scenario_name(f.active));
    let by_scenario = table(
        plan,
        lang,
        k.by_scenario.to_string(),
        per_scenario,
        &mut notes,
    );
    let by_horizon = table(
        plan,
        lang,
        (k.by_horizon)(&active_name),
        per_horizon,
        &mut notes,
    );
    let mut lines = Vec::new();
    if f.paid_share.unwrap_or(1.0) < 1.0 {
        lines.push(k.ads_only_note.to_string());
    }
    if !notes.missing.is_empty() {
        lines.push(unknown_note(t, &notes.missing, lang, |kpi| {
            kpi_name(plan, kpi, lang)
        }));
    }
    if notes.no_divide {
        lines.push(k.no_divide.to_string());
    }
    Some(Tables {
        spend: format::money_whole(spend, &plan.currency, lang),
        by_scenario,
        by_horizon,
        notes: lines,
    })
}

/// A forward table.
fn show(table: Table, testid: &'static str) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table class="forecast-table forward-table" data-testid=testid>
                <caption>{table.caption}</caption>
                <thead><tr>
                    <td></td>
                    {table.columns.into_iter().map(|h| view! { <th scope="col" class="num">{h}</th> }).collect_view()}
                </tr></thead>
                <tbody>
                    {table.rows.into_iter().map(|(label, sub, key, cells)| view! {
                        <tr class:key=key>
                            <th scope="row">{label}{sub.map(|s| view! { <span class="sub">{s}</span> })}</th>
                            {cells.into_iter().map(|c| view! { <td class="num">{c}</td> }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// What the paid media buys, per scenario and per horizon.
#[component]
pub fn ForwardTables() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let data = store.select(move |p| tables(p, store.lang.get()));
    view! {
        <h3>{move || t().kpis().forward_title}</h3>
        {move || match data.get() {
            None => view! { <p class="advice warn" data-testid="forecast-no-paid">{t().kpis().no_paid}</p> }.into_any(),
            Some(d) => view! {
                <p class="muted">{(t().kpis().forward_intro)(&d.spend)}</p>
                {show(d.by_scenario, "forecast-scenarios")}
                {show(d.by_horizon, "forecast-horizons")}
                <div class="forecast-notes" data-testid="forecast-notes">
                    {d.notes.into_iter().map(|n| view! { <p class="hint">{n}</p> }).collect_view()}
                </div>
            }.into_any(),
        }}
    }
}
