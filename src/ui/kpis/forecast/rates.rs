//! The rates per media and scenario: a table per media (rows the price,
//! click rate and conversion, columns the scenarios), each empty box saying
//! the value it takes, and under it the central scenario's benchmarks with
//! their source, period, sample, range and age.

use super::{capital, edit};
use crate::{
    domain::{
        forecast::{self, Benchmark, Forecast, Input, Media, Origin, Rate},
        Currency, Lang, Unit,
    },
    i18n::typo::percent_suffix,
    storage::browser,
    ui::{fields::NumberField, format, state::Store, use_texts},
};
use leptos::prelude::*;

/// The unit a rate is typed in: prices in the plan's currency, the others
/// in percent.
fn unit_of(rate: Rate) -> Unit {
    match rate {
        Rate::Price => Unit::Money,
        _ => Unit::Percent,
    }
}

/// A rate as a benchmark publishes it, to two decimals: `0,55 %`, `6.64%`
/// (a click rate of 0.545% is not "0.5%").
fn points(v: f64, lang: Lang) -> String {
    format!(
        "{}{}",
        format::number(v * 100.0, lang, 2),
        percent_suffix(lang)
    )
}

/// A value of `rate` as it reads: `CHF 2.05`, `7,58 %`.
fn shown(rate: Rate, v: f64, currency: &Currency, lang: Lang) -> String {
    match rate {
        Rate::Price => format::kpi_value(v, Unit::Money, currency, lang),
        _ => points(v, lang),
    }
}

/// The scenario chosen for "Achievable", then a table per media.
#[component]
pub fn Rates() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    // The media of the paid lines open, the others folded.
    let media = store.select(forecast::media_in_use);
    let names = store.select(|p| {
        p.forecast
            .scenarios
            .iter()
            .map(|s| s.name.clone())
            .collect::<Vec<_>>()
    });
    let active = store.select(|p| p.forecast.active);
    view! {
        <h3>{move || t().kpis().rates_title}</h3>
        <p class="muted">{move || (t().kpis().rates_intro)()}</p>
        <fieldset class="active-scenario">
            <legend>{move || t().kpis().active_legend}</legend>
            {move || names.get().into_iter().enumerate().map(|(i, typed)| view! {
                <label class="check">
                    <input type="radio" name="active-scenario" data-testid=format!("scenario-active-{i}")
                        prop:checked=move || active.get() == i
                        on:change=move |_| { let _ = edit(store, |f| f.active = i); }/>
                    {move || t().forecast().scenario(i, &typed)}
                </label>
            }).collect_view()}
        </fieldset>
        {move || {
            let (used, other) = media.get();
            let n = other.len();
            view! {
                {used.into_iter().map(|m| view! { <RateTable media=m/> }).collect_view()}
                {(n > 0).then(|| view! {
                    <details class="other-media" data-testid="rates-other">
                        <summary>{move || (t().kpis().other_media)(n)}</summary>
                        {other.into_iter().map(|m| view! { <RateTable media=m/> }).collect_view()}
                    </details>
                })}
            }
        }}
    }
}

/// The rates of one media, scenarios side by side.
#[component]
fn RateTable(media: Media) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let lang = move || store.lang.get();
    let f = store.select(|p| p.forecast.clone());
    let currency = store.select(|p| p.currency.clone());
    let names = store.select(|p| {
        p.forecast
            .scenarios
            .iter()
            .map(|s| s.name.clone())
            .collect::<Vec<_>>()
    });
    let count = Memo::new(move |_| names.with(Vec::len));
    let active = store.select(|p| p.forecast.active);
    let key = media.key();
    // A heading rather than a caption: a caption scrolls away with a table
    // wider than a phone.
    let title = format!("rates-{key}-title");
    view! {
        <div class="rate-block" data-testid=format!("rates-{key}")>
            <h4 class="rate-title" id=title.clone()>{move || media.name().get(lang())}</h4>
            <div class="table-scroll">
                <table class="forecast-table rate-table" aria-labelledby=title>
                    <thead><tr>
                        <th scope="col">{move || t().kpis().rate_column}</th>
                        {move || names.get().into_iter().enumerate().map(|(i, typed)| view! {
                            <th scope="col" class="num" class:active=move || active.get() == i>{move || t().forecast().scenario(i, &typed)}</th>
                        }).collect_view()}
                    </tr></thead>
                    <tbody>
                        {Rate::ALL.into_iter().map(|rate| view! {
                            <tr>
                                <th scope="row">{move || capital(t().forecast().rate(media, rate))}</th>
                                {move || (0..count.get()).map(|i| view! {
                                    <td class:active=move || active.get() == i>
                                        <RateCell media=media rate=rate index=i f=f currency=currency names=names/>
                                    </td>
                                }).collect_view()}
                            </tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <BenchNotes media=media f=f currency=currency/>
        </div>
    }
}

/// One rate of one scenario: the box, and what it takes when empty.
#[component]
fn RateCell(
    media: Media,
    rate: Rate,
    index: usize,
    f: Memo<Forecast>,
    currency: Memo<Currency>,
    names: Memo<Vec<String>>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let lang = move || store.lang.get();
    let id = format!("scenario-{index}-{}-{}", media.key(), rate.key());
    let unit = unit_of(rate);
    let used = move || {
        let k = t().kpis();
        let typed = f.with(|f| {
            f.scenarios
                .get(index)
                .and_then(|s| s.rates(media).get(rate))
        });
        if typed.is_some() {
            return String::new();
        }
        let c = currency.get();
        match f.with(|f| forecast::rate(f, &c, index, media, rate)) {
            Ok((v, Origin::Derived)) => (k.used_derived)(&shown(rate, v, &c, lang())),
            Ok((v, Origin::Benchmark(b))) if b.converted_for(&c) => {
                (k.used_benchmark_usd)(&shown(rate, v, &c, lang()))
            }
            Ok((v, _)) => (k.used_benchmark)(&shown(rate, v, &c, lang())),
            Err(Input::UsdRate) => k.used_missing_usd.to_string(),
            Err(_) => k.used_missing.to_string(),
        }
    };
    view! {
        <NumberField id=id.clone()
            label=Signal::derive(move || {
                let typed = names.with(|n| n.get(index).cloned().unwrap_or_default());
                (t().kpis().rate_label)(t().forecast().rate(media, rate), &t().forecast().scenario(index, &typed))
            })
            value=Signal::derive(move || f.with(|f| f.scenarios.get(index).and_then(|s| s.rates(media).get(rate))))
            unit=Signal::derive(move || unit)
            suffix=Signal::derive(move || match unit {
                Unit::Money => currency.with(|c| c.code().to_string()),
                _ => "%".to_string(),
            })
            commit=Callback::new(move |v| edit(store, |x| {
                if let Some(s) = x.scenarios.get_mut(index) {
                    s.rates_mut(media).set(rate, v);
                }
            }))/>
        <p class="hint used" id=format!("{id}-hint") data-testid=format!("{id}-used")>{used}</p>
    }
}

/// A benchmark figure as published: US dollars, or a percentage.
fn published(b: &Benchmark, v: f64, lang: Lang) -> String {
    if b.usd {
        let usd = Currency::new("USD").unwrap_or_default();
        format::kpi_value(v, Unit::Money, &usd, lang)
    } else {
        points(v, lang)
    }
}

/// The central scenario's benchmarks for `media`, with their source,
/// period, sample, range and age.
#[component]
fn BenchNotes(media: Media, f: Memo<Forecast>, currency: Memo<Currency>) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let lang = move || store.lang.get();
    let today = browser::now().date_naive();
    let industry = Memo::new(move |_| f.with(|f| f.industry));
    let notes = move || {
        let k = t().kpis();
        let lang = lang();
        let c = currency.get();
        let central = f.with(|f| forecast::central_index(f.scenarios.len()));
        let list: Vec<_> = Rate::ALL
            .into_iter()
            .filter_map(|rate| Some((rate, forecast::benchmark(industry.get(), media, rate)?)))
            .collect();
        if list.is_empty() {
            return view! { <p class="hint">{k.bench_none}</p> }.into_any();
        }
        let usd_rate = f.with(|f| f.usd_rate);
        view! {
            <div class="bench-notes">
                <p class="bench-title">{k.bench_notes}</p>
                <ul>
                    {list.into_iter().map(|(rate, b)| {
                        let typed = f.with(|f| f.scenarios.get(central).and_then(|s| s.rates(media).get(rate)).is_some());
                        let mut parts = vec![(k.bench_value)(&capital(t().forecast().rate(media, rate)), &published(&b, b.value, lang))];
                        if let Some((lo, hi)) = b.range {
                            parts.push((k.bench_range)(&format!("{} – {}", published(&b, lo, lang), published(&b, hi, lang))));
                        }
                        if b.converted_for(&c) {
                            if let Some(u) = usd_rate {
                                parts.push((k.bench_converted)(&shown(rate, b.value * u.rate, &c, lang)));
                            }
                        }
                        parts.push(b.source.to_string());
                        parts.push(b.period.get(lang).to_string());
                        if let Some(s) = b.sample {
                            parts.push(s.get(lang).to_string());
                        }
                        if let Some(n) = b.note {
                            parts.push(n.get(lang).to_string());
                        }
                        let stale = b.is_stale(today);
                        view! {
                            <li data-testid=format!("bench-{}-{}", media.key(), rate.key()) class:unused=typed>
                                {parts.join(" · ")}
                                {b.usd.then(|| view! { " " <span class="badge us-data">{k.us_data}</span> })}
                                {stale.then(|| view! { " " <span class="badge stale" data-testid="bench-stale" title=(k.bench_stale_title)(forecast::STALE_MONTHS)>"⚠ "{k.bench_stale}</span> })}
                                {typed.then(|| view! { " " <span class="muted">"("{k.bench_typed}")"</span> })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </div>
        }
        .into_any()
    };
    view! { {notes} }
}
