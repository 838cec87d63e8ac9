//! Forecast: business figures, scenarios side by side with the benchmarks'
//! sources, what the paid budget buys, and what each target costs.

use crate::{
    domain::{
        budget::horizon_name,
        forecast::{self, Forecast, Forward, Media, Rate, Scenario},
        formula::NotComputable,
        smart::{kpi_name, Achievability},
        Command, Money, Unit,
    },
    ui::{fields::NumberField, format, state::Store, use_texts},
};
use leptos::prelude::*;

/// Sends a changed copy of the forecast.
fn edit(store: Store, f: impl FnOnce(&mut Forecast)) -> Option<String> {
    let mut forecast = store.with_plan(|p| p.forecast.clone())?;
    f(&mut forecast);
    store.send(Command::SetForecast(Box::new(forecast)))
}

/// The forecast section.
#[component]
pub fn ForecastSection() -> impl IntoView {
    let t = use_texts();
    view! {
        <section class="card forecast" data-testid="forecast">
            <h2>{move || t().kpis().forecast_title}</h2>
            <p class="muted">{move || t().kpis().forecast_intro}</p>
            <BusinessFigures/>
            <Scenarios/>
            <ForwardTable/>
            <ReverseList/>
        </section>
    }
}

#[component]
fn BusinessFigures() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let f = store.select(|p| p.forecast.clone());
    let currency = store.select(|p| p.currency.code().to_string());
    let field = move |id: &'static str,
                      label: fn(&crate::i18n::kpis::KpiTexts) -> &'static str,
                      unit: Unit,
                      get: fn(&Forecast) -> Option<f64>,
                      set: fn(&mut Forecast, Option<f64>)| {
        view! {
            <NumberField id=id label=Signal::derive(move || label(t().kpis()).to_string())
                value=Signal::derive(move || get(&f.get())) unit=Signal::derive(move || unit)
                suffix=Signal::derive(move || if unit == Unit::Percent { "%".to_string() } else { currency.get() })
                commit=Callback::new(move |v| edit(store, |x| set(x, v)))/>
        }
    };
    view! {
        <fieldset class="checks">
            <legend>{move || t().kpis().business}</legend>
            <div class="grid-3">
                {field("forecast-aov", |k| k.aov, Unit::Money, |f| f.aov, |f, v| f.aov = v)}
                {field("forecast-margin", |k| k.margin, Unit::Percent, |f| f.margin, |f, v| f.margin = v)}
                {field("forecast-paid-share", |k| k.paid_share, Unit::Percent, |f| f.paid_share, |f, v| f.paid_share = v)}
            </div>
            <p class="hint">{move || t().kpis().paid_share_hint}</p>
        </fieldset>
    }
}

type ReadRate = fn(&Scenario) -> Option<f64>;
type WriteRate = fn(&mut Scenario, Option<f64>);
type Label = fn(&crate::i18n::kpis::KpiTexts) -> &'static str;
/// A rate of the scenarios: key, label, unit, how to read and write it, which rate.
type RateRow = (&'static str, Label, Unit, ReadRate, WriteRate, Rate);
/// A row of a forecast table: its label and how to show a forecast's value.
type Metric<'a> = (&'a str, Box<dyn Fn(&Forward) -> String>);

/// The scenarios' rates side by side, with the benchmark each empty rate takes.
#[component]
fn Scenarios() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let f = store.select(|p| p.forecast.clone());
    let currency = store.select(|p| p.currency.code().to_string());
    let lang = move || store.lang.get();
    let name = move |i: usize, s: &Scenario| {
        if s.name.is_empty() {
            t().kpis()
                .scenario_names
                .get(i)
                .map(|n| n.to_string())
                .unwrap_or_else(|| (t().kpis().scenario_name)(i))
        } else {
            s.name.clone()
        }
    };
    let rates: [RateRow; 3] = [
        (
            "cpc",
            |k| k.cpc,
            Unit::Money,
            |s| s.rates(Media::Search).price,
            |s, v| s.rates_mut(Media::Search).price = v,
            Rate::Price,
        ),
        (
            "ctr",
            |k| k.ctr,
            Unit::Percent,
            |s| s.rates(Media::Search).ctr,
            |s, v| s.rates_mut(Media::Search).ctr = v,
            Rate::Ctr,
        ),
        (
            "conversion",
            |k| k.conversion,
            Unit::Percent,
            |s| s.rates(Media::Search).conversion,
            |s, v| s.rates_mut(Media::Search).conversion = v,
            Rate::Conversion,
        ),
    ];
    view! {
        <h3>{move || t().kpis().scenarios}</h3>
        <div class="scenario-grid">
            {move || f.get().scenarios.iter().enumerate().map(|(i, s)| {
                let title = name(i, s);
                view! {
                    <fieldset class="scenario" class:active=move || f.get().active == i data-testid=format!("scenario-{i}")>
                        <legend>{title.clone()}</legend>
                        <label class="check">
                            <input type="radio" name="active-scenario" data-testid=format!("scenario-active-{i}")
                                prop:checked=move || f.get().active == i
                                on:change=move |_| { let _ = edit(store, |x| x.active = i); }/>
                            {move || t().kpis().active}
                        </label>
                        {rates.iter().map(|(key, label, unit, get, set, bench)| {
                            let (unit, get, set, bench, label) = (*unit, *get, *set, *bench, *label);
                            view! {
                                <NumberField id=format!("scenario-{i}-{key}") label=Signal::derive(move || label(t().kpis()).to_string())
                                    value=Signal::derive(move || f.get().scenarios.get(i).and_then(get)) unit=Signal::derive(move || unit)
                                    suffix=Signal::derive(move || if unit == Unit::Percent { "%".to_string() } else { currency.get() })
                                    commit=Callback::new(move |v| edit(store, |x| if let Some(s) = x.scenarios.get_mut(i) { set(s, v) }))/>
                                <Show when=move || f.get().scenarios.get(i).and_then(get).is_none()>
                                    <p class="hint benchmark">{move || {
                                        let Some(b) = forecast::benchmark(f.get().industry, Media::Search, bench) else { return String::new() };
                                        let value = if unit == Unit::Percent {
                                            format::percent(b.value, lang())
                                        } else {
                                            format::number(b.value, lang(), 2)
                                        };
                                        (t().kpis().benchmark)(&value, b.source, b.period.get(lang()), b.note.map(|n| n.get(lang())).unwrap_or(""))
                                    }}</p>
                                </Show>
                            }
                        }).collect_view()}
                    </fieldset>
                }
            }).collect_view()}
        </div>
    }
}

fn show(v: &forecast::Figure, text: impl Fn(f64) -> String) -> String {
    match v {
        Ok(v) => text(*v),
        Err(_) => "—".into(),
    }
}

/// What the paid budget buys: scenarios side by side for the whole plan,
/// then the active scenario per horizon.
#[component]
fn ForwardTable() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let data = store.select(|p| {
        let per_scenario: Vec<Forward> = p
            .forecast
            .scenarios
            .iter()
            .enumerate()
            .map(|(i, _)| forecast::forward_whole(p, i))
            .collect();
        let active = forecast::forward_plan(p, p.forecast.active);
        (
            per_scenario,
            active,
            p.currency.clone(),
            p.forecast
                .scenarios
                .iter()
                .map(|s| s.name.clone())
                .collect::<Vec<_>>(),
        )
    });
    let lang = move || store.lang.get();
    let rows = move |list: Vec<(String, Forward)>| {
        let (_, _, currency, _) = data.get();
        // Totals to the franc, counts whole; the cost per order keeps its
        // cents (a figure per unit, where they matter).
        let total = move |v: f64| format::kpi_total(v, Unit::Money, &currency, lang());
        let per_order = {
            let currency = data.get_untracked().2;
            move |v: f64| format::kpi_value(v, Unit::Money, &currency, lang())
        };
        let num = move |v: f64| format::count(v, lang());
        let pct = move |v: f64| format::percent(v, lang());
        let k = t().kpis();
        let metrics: Vec<Metric> = vec![
            (
                k.metric_spend,
                Box::new(move |f: &Forward| {
                    format::money_whole(f.spend, &data.get_untracked().2, lang())
                }),
            ),
            (
                k.metric_clicks,
                Box::new(move |f: &Forward| show(&f.brought.bought.clicks, num)),
            ),
            (
                k.metric_impressions,
                Box::new(move |f: &Forward| show(&f.brought.bought.impressions, num)),
            ),
            (
                k.metric_orders,
                Box::new(move |f: &Forward| show(&f.brought.orders, num)),
            ),
            (
                k.metric_revenue,
                Box::new(move |f: &Forward| show(&f.brought.revenue, &total)),
            ),
            (
                k.metric_cpa,
                Box::new(move |f: &Forward| show(&f.cpa, &per_order)),
            ),
            (
                k.metric_roas,
                Box::new(move |f: &Forward| {
                    show(&f.roas, |v| {
                        format!("{}\u{a0}×", format::number(v, lang(), 2))
                    })
                }),
            ),
            (k.metric_roi, Box::new(move |f: &Forward| show(&f.roi, pct))),
        ];
        view! {
            <thead><tr><th></th>{list.iter().map(|(h, _)| view! { <th scope="col" class="num">{h.clone()}</th> }).collect_view()}</tr></thead>
            <tbody>
                {metrics.into_iter().map(|(label, f)| view! {
                    <tr><th scope="row">{label}</th>{list.iter().map(|(_, fw)| view! { <td class="num">{f(fw)}</td> }).collect_view()}</tr>
                }).collect_view()}
            </tbody>
        }
    };
    view! {
        <h3>{move || t().kpis().forward_title}</h3>
        {move || {
            let (per, active, currency, _) = data.get();
            let spend = active[3].1.spend;
            if spend == Money::ZERO {
                return view! { <p class="advice warn" data-testid="forecast-no-paid">{t().kpis().no_paid}</p> }.into_any();
            }
            let names: Vec<String> = f_names(&data.get().3, t());
            let by_scenario: Vec<(String, Forward)> = names.into_iter().zip(per).collect();
            let by_horizon: Vec<(String, Forward)> = active.into_iter().map(|(h, f)| {
                (h.map(|h| horizon_name(h).get(lang()).to_string()).unwrap_or_else(|| t().kpis().whole_plan.to_string()), f)
            }).collect();
            let no_aov = matches!(by_horizon.last().map(|(_, f)| &f.brought.revenue), Some(Err(_)));
            view! {
                <p class="muted">{(t().kpis().forward_intro)(&format::money_whole(spend, &currency, lang()))}</p>
                {no_aov.then(|| view! {
                    <p class="hint" data-testid="forecast-needs-aov">{(t().kpis().not_computable)(&(t().kpis().why)(&NotComputable::Missing(crate::domain::formula::Slot::Kpi), t().kpis().aov))}</p>
                })}
                <div class="table-scroll"><table class="budget-table" data-testid="forecast-scenarios">{rows(by_scenario)}</table></div>
                <div class="table-scroll"><table class="budget-table" data-testid="forecast-horizons">{rows(by_horizon)}</table></div>
            }.into_any()
        }}
    }
}

fn f_names(names: &[String], t: &crate::i18n::Texts) -> Vec<String> {
    names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            if n.is_empty() {
                t.kpis()
                    .scenario_names
                    .get(i)
                    .map(|s| s.to_string())
                    .unwrap_or_else(|| (t.kpis().scenario_name)(i))
            } else {
                n.clone()
            }
        })
        .collect()
}

/// What each objective's target costs, and the verdict.
#[component]
fn ReverseList() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let items = store.select(move |p| {
        let lang = store.lang.get();
        p.objectives
            .iter()
            .filter_map(|o| {
                let r = forecast::reverse(p, o, p.forecast.active)?;
                let verdict = forecast::achievability(p, o);
                Some((
                    o.title.clone(),
                    r.map(|r| (kpi_name(p, &r.kpi, lang), r))
                        .map_err(|e| (e, p.objectives.iter().flat_map(|o| o.kpis.iter()).map(|k| (k.kpi.clone(), kpi_name(p, &k.kpi, lang))).collect::<Vec<_>>())),
                    verdict,
                    p.currency.clone(),
                ))
            })
            .collect::<Vec<_>>()
    });
    let lang = move || store.lang.get();
    view! {
        <h3>{move || t().kpis().reverse_title}</h3>
        <p class="muted">{move || t().kpis().reverse_intro}</p>
        <Show when=move || !items.with(Vec::is_empty) fallback=move || view! { <p class="empty small">{move || t().kpis().reverse_none}</p> }>
            <ul class="reverse-list">
                {move || items.get().into_iter().map(|(title, r, verdict, currency)| {
                    let money = |m: Money| format::money_whole(m, &currency, lang());
                    let k = t().kpis();
                    let badge = match &verdict {
                        Some(Achievability::Met { .. }) => view! { <span class="verdict met">"✓ "{k.verdict_met}</span> }.into_any(),
                        Some(Achievability::Stretched { .. }) => view! { <span class="verdict stretched">"≈ "{k.verdict_stretched}</span> }.into_any(),
                        Some(Achievability::OutOfReach { needed, allocated }) => {
                            view! { <span class="verdict out">"✗ "{(k.verdict_out)(&money(Money(needed.0 - allocated.0)))}</span> }.into_any()
                        }
                        Some(Achievability::Unknown(_)) | None => view! { <span class="verdict">"? "{t().forecast().unknown_badge}</span> }.into_any(),
                    };
                    let detail = match r {
                        Ok((_, r)) => {
                            let n = |v: f64| format::count(v, lang());
                            view! {
                                <p>{(k.reverse_steps)(&n(r.orders), &n(r.sessions), &n(r.clicks), &money(r.needed))}</p>
                                <p class="muted">{(k.needed_vs_allocated)(&money(r.needed), &money(r.allocated))}</p>
                            }.into_any()
                        }
                        Err((why, names)) => view! { <p class="muted">{t().forecast().unknown_of(&why, lang(), |k| names.iter().find(|(r, _)| r == k).map(|(_, n)| n.clone()).unwrap_or_default())}</p> }.into_any(),
                    };
                    view! { <li data-testid="reverse-item"><strong>{title}</strong>" "{badge}{detail}</li> }
                }).collect_view()}
            </ul>
        </Show>
    }
}
