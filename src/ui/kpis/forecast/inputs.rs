//! What the forecast starts from: the business's own figures, the industry
//! whose benchmarks fill the empty central rates, and the US dollar rate
//! that converts their prices.

use super::edit;
use crate::{
    domain::{
        forecast::{self, Forecast, Industry, Input, Rate, UsdRate},
        Unit,
    },
    i18n::kpis::KpiTexts,
    storage::browser,
    ui::{fields::NumberField, format, state::Store, use_texts},
};
use leptos::prelude::*;

/// A business figure: test id, label, hint, unit, how to read and write it.
type Figure = (
    &'static str,
    fn(&KpiTexts) -> &'static str,
    Option<fn(&KpiTexts) -> &'static str>,
    Unit,
    fn(&Forecast) -> Option<f64>,
    fn(&mut Forecast, Option<f64>),
);

const FIGURES: [Figure; 4] = [
    (
        "forecast-aov",
        |k| k.aov,
        None,
        Unit::Money,
        |f| f.aov,
        |f, v| f.aov = v,
    ),
    (
        "forecast-margin",
        |k| k.margin,
        Some(|k| k.margin_hint),
        Unit::Percent,
        |f| f.margin,
        |f, v| f.margin = v,
    ),
    (
        "forecast-paid-share",
        |k| k.paid_share,
        Some(|k| k.paid_share_hint),
        Unit::Percent,
        |f| f.paid_share,
        |f, v| f.paid_share = v,
    ),
    (
        "forecast-orders-per-year",
        |k| k.orders_per_year,
        Some(|k| k.orders_per_year_hint),
        Unit::Ratio,
        |f| f.orders_per_year,
        |f, v| f.orders_per_year = v,
    ),
];

/// Average basket, margin, share of visits from ads, orders per customer.
#[component]
pub fn BusinessFigures() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let f = store.select(|p| p.forecast.clone());
    let currency = store.select(|p| p.currency.code().to_string());
    view! {
        <fieldset class="checks forecast-figures">
            <legend>{move || t().kpis().business}</legend>
            {FIGURES.into_iter().map(|(id, label, hint, unit, get, set)| view! {
                <div class="figure">
                    <NumberField id=id label=Signal::derive(move || label(t().kpis()).to_string())
                        value=Signal::derive(move || f.with(get)) unit=Signal::derive(move || unit)
                        suffix=Signal::derive(move || match unit {
                            Unit::Percent => "%".to_string(),
                            Unit::Money => currency.get(),
                            _ => String::new(),
                        })
                        commit=Callback::new(move |v| edit(store, |x| set(x, v)))
                        hint=Signal::derive(move || hint.map(|h| h(t().kpis()).to_string()))/>
                </div>
            }).collect_view()}
        </fieldset>
    }
}

/// The industry of the benchmarks and the US dollar rate.
#[component]
pub fn Benchmarks() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let lang = move || store.lang.get();
    let industry = store.select(|p| p.forecast.industry);
    let currency = store.select(|p| p.currency.clone());
    let usd = store.select(|p| p.forecast.usd_rate);
    let in_usd = Memo::new(move |_| currency.with(|c| !forecast::needs_usd_rate(c)));
    // The rate is missing where a shown media's central price needs it.
    let usd_missing = store.select(|p| {
        let (used, _) = forecast::media_in_use(p);
        let central = forecast::central_index(p.forecast.scenarios.len());
        used.into_iter().any(|m| {
            forecast::rate(&p.forecast, &p.currency, central, m, Rate::Price) == Err(Input::UsdRate)
        })
    });
    let pick = move |e: leptos::ev::Event| {
        let key = event_target_value(&e);
        if let Some(i) = Industry::from_key(&key) {
            let _ = edit(store, |f| f.industry = i);
        }
    };
    let usd_field = move || {
        view! {
            <div class="figure">
                <NumberField id="forecast-usd-rate"
                    label=Signal::derive(move || (t().kpis().usd_rate)(currency.with(|c| c.code().to_string()).as_str()))
                    value=Signal::derive(move || usd.get().map(|u| u.rate))
                    unit=Signal::derive(|| Unit::Ratio)
                    suffix=Signal::derive(move || currency.with(|c| c.code().to_string()))
                    commit=Callback::new(move |v: Option<f64>| {
                        let date = browser::now().date_naive();
                        edit(store, |f| f.usd_rate = v.map(|rate| UsdRate { rate, date }))
                    })/>
                <p class="hint" id="forecast-usd-rate-hint" data-testid="forecast-usd-typed">{move || {
                    let k = t().kpis();
                    match usd.get() {
                        Some(u) => {
                            let c = currency.get();
                            // As a rate is read, 0.80 CHF; a rate typed to
                            // more decimals keeps them.
                            let rate = if (u.rate * 100.0 - (u.rate * 100.0).round()).abs() < 1e-9 {
                                format::kpi_value(u.rate, Unit::Money, &c, lang())
                            } else {
                                format!("{}\u{a0}{}", format::number(u.rate, lang(), 6), c.code())
                            };
                            (k.usd_typed)(&rate, &format::date(u.date, lang()))
                        }
                        None => k.usd_rate_hint.to_string(),
                    }
                }}</p>
                <Show when=move || usd_missing.get()>
                    <p class="advice warn" data-testid="forecast-usd-missing">{move || t().kpis().usd_missing}</p>
                </Show>
            </div>
        }
    };
    view! {
        <fieldset class="checks forecast-bench">
            <legend>{move || t().kpis().bench_title}</legend>
            <div class="figure field">
                <label for="forecast-industry">{move || t().kpis().industry}</label>
                <select id="forecast-industry" data-testid="forecast-industry" aria-describedby="forecast-industry-hint"
                    prop:value=move || industry.get().key() on:change=pick>
                    {Industry::ALL.into_iter().map(|i| view! {
                        <option value=i.key() selected=move || industry.get() == i>{move || i.name().get(lang())}</option>
                    }).collect_view()}
                </select>
                <p class="hint" id="forecast-industry-hint">{move || t().kpis().industry_hint}</p>
            </div>
            {move || if in_usd.get() {
                view! { <p class="hint" data-testid="forecast-usd-not-needed">{move || t().kpis().usd_not_needed}</p> }.into_any()
            } else {
                usd_field().into_any()
            }}
        </fieldset>
    }
}
