//! The conversion funnel: counts per stage (overall and per channel),
//! conversion and drop-off between stages, the weakest step, and an SVG
//! funnel. Counts that grow down the funnel are flagged.

use crate::{
    domain::{
        catalogue::FunnelStage,
        forecast::{self, Media},
        funnel::{parse_count, report, shares, shown_rows, step_from, with_row, FunnelRow},
        Command,
    },
    ui::{format, state::Store, use_texts},
};
use leptos::prelude::*;

/// The funnel section.
#[component]
pub fn Funnel() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    // An empty plan shows one row for all channels, stored on first edit.
    let rows = store.select(|p| shown_rows(&p.funnel));
    let indices = move || (0..rows.with(Vec::len)).collect::<Vec<_>>();
    let error = RwSignal::new(None::<String>);
    let add_row = move |_| {
        let mut r = rows.get_untracked();
        r.push(FunnelRow {
            label: format!("{} {}", t().kpis().funnel_label, r.len()),
            counts: [None; 5],
        });
        error.set(store.send(Command::SetFunnel(r)));
    };
    // Each paid media of the budget can fill a row from the forecast's rates.
    let forecastable = store.select(move |p| {
        let lang = store.lang.get();
        Media::ALL
            .iter()
            .filter_map(|m| {
                forecast::funnel_of(p, p.forecast.active, *m)
                    .map(|counts| (m.name().get(lang).to_string(), counts))
            })
            .collect::<Vec<_>>()
    });
    let add_forecast = move |name: String, counts: [Option<u64>; 5]| {
        let row = FunnelRow {
            label: (t().kpis().funnel_forecast_label)(&name),
            counts,
        };
        error.set(store.send(Command::SetFunnel(with_row(rows.get_untracked(), row))));
    };
    view! {
        <section class="card funnel" data-testid="funnel">
            <h2>{move || t().kpis().funnel_title}</h2>
            <p class="muted">{move || t().kpis().funnel_intro}</p>
            <For each=indices key=|i| *i let:i>
                <FunnelRowView index=i rows=rows/>
            </For>
            <div class="funnel-actions">
                <button type="button" class="btn small" data-testid="funnel-add-row" on:click=add_row>{move || t().kpis().funnel_add_row}</button>
                {move || forecastable.get().into_iter().map(|(name, counts)| {
                    let label = (t().kpis().funnel_add_forecast)(&name);
                    view! {
                        <button type="button" class="btn small ghost" data-testid="funnel-add-forecast"
                            on:click=move |_| add_forecast(name.clone(), counts)>{label}</button>
                    }
                }).collect_view()}
            </div>
            <Show when=move || !forecastable.with(Vec::is_empty)>
                <p class="hint">{move || t().kpis().funnel_forecast_hint}</p>
            </Show>
            <p class="error" role="alert">{move || error.get()}</p>
        </section>
    }
}

#[component]
fn FunnelRowView(index: usize, rows: Memo<Vec<FunnelRow>>) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let row = Memo::new(move |_| rows.with(|r| r.get(index).cloned().unwrap_or_default()));
    let info = Memo::new(move |_| report(&row.get()));
    let error = RwSignal::new(None::<String>);
    let lang = move || store.lang.get();
    let stage_name = move |i: usize| FunnelStage::ALL[i].name().get(lang());
    let update = move |f: &dyn Fn(&mut FunnelRow)| {
        let mut all = rows.get_untracked();
        if let Some(r) = all.get_mut(index) {
            f(r);
        }
        error.set(store.send(Command::SetFunnel(all)));
    };
    let label = move || {
        let l = row.get().label;
        if l.is_empty() {
            t().kpis().funnel_all.to_string()
        } else {
            l
        }
    };
    let pct = move |v: f64| format::percent(v, lang());
    view! {
        <div class="funnel-row" data-testid="funnel-row">
            <div class="funnel-head">
                <label class="sr-only" for=format!("funnel-label-{index}")>{move || t().kpis().funnel_label}</label>
                <input type="text" id=format!("funnel-label-{index}") class="funnel-label" data-testid="funnel-label"
                    placeholder=move || t().kpis().funnel_all prop:value=move || row.get().label
                    on:change=move |e| { let v = event_target_value(&e); update(&|r| r.label = v.clone()); }/>
                {(index > 0).then(|| view! {
                    <button type="button" class="btn small ghost danger-text" data-testid="funnel-remove-row"
                        aria-label=move || (t().kpis().funnel_remove_row)(&label())
                        on:click=move |_| {
                            let mut all = rows.get_untracked();
                            if index < all.len() { all.remove(index); }
                            error.set(store.send(Command::SetFunnel(all)));
                        }>"×"</button>
                })}
            </div>
            <div class="funnel-body">
                <ol class="stages">
                    {(0..5).map(|i| view! {
                        <li class="stage" class:grows={move || i != 0 && info.get().grows.contains(&(i.wrapping_sub(1)))}>
                            <StageInput index=index stage=i row=row update=Callback::new(move |v: Option<u64>| update(&|r| r.counts[i] = v))/>
                            {(i < 4).then(|| view! {
                                <p class="step" class:weakest=move || info.get().weakest == Some(i) data-testid=format!("funnel-step-{i}")>
                                    {move || info.get().conversion[i].map(|c| format!("↓ {} {} · {} {}", t().kpis().funnel_conversion, pct(c), t().kpis().funnel_drop, pct(1.0 - c)))}
                                </p>
                            })}
                        </li>
                    }).collect_view()}
                </ol>
                <FunnelChart row=row/>
            </div>
            {move || {
                let r = info.get();
                let grows = r.grows.first().map(|i| (t().kpis().funnel_grows)(stage_name(*i), stage_name(i + 1)));
                let weakest = r.weakest.map(|i| (t().kpis().funnel_weakest)(step_from(i).name().get(lang()), stage_name(i + 1)));
                view! {
                    {grows.map(|g| view! { <p class="error" role="alert" data-testid="funnel-grows">{g}</p> })}
                    {weakest.map(|w| view! { <p class="advice warn" data-testid="funnel-weakest">{w}</p> })}
                }
            }}
            <p class="error" role="alert">{move || error.get()}</p>
        </div>
    }
}

#[component]
fn StageInput(
    index: usize,
    stage: usize,
    row: Memo<FunnelRow>,
    update: Callback<Option<u64>>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let error = RwSignal::new(None::<String>);
    let id = format!("funnel-{index}-{stage}");
    let shown = move || {
        row.get().counts[stage]
            .map(|c| format::number(c as f64, store.lang.get(), 0))
            .unwrap_or_default()
    };
    view! {
        <label for=id.clone()>{move || FunnelStage::ALL[stage].name().get(store.lang.get())}</label>
        <input type="text" inputmode="numeric" id=id.clone() data-testid=id.clone() autocomplete="off"
            aria-invalid=move || error.with(Option::is_some).to_string()
            prop:value=shown
            on:change=move |e| {
                let typed = event_target_value(&e);
                error.set(match parse_count(&typed) {
                    Ok(count) => { update.run(count); None }
                    Err(_) => Some(t().kpis().funnel_whole.to_string()),
                });
            }/>
        <p class="error" role="alert" data-testid=format!("{id}-error")>{move || error.get()}</p>
    }
}

/// The funnel drawn as centred bars, widest at the top, each stage with
/// its name, its count and its rate from the stage before written beside
/// its bar, so that a small lower stage stays readable; with no count, a
/// sentence instead.
#[component]
fn FunnelChart(row: Memo<FunnelRow>) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let stages = move || {
        let r = row.get();
        let lang = store.lang.get();
        let k = t().kpis();
        let shares = shares(&r);
        let conversion = report(&r).conversion;
        let pct = |v: f64| format::percent(v, lang);
        shares.iter().any(Option::is_some).then(|| {
            (0..5)
                .map(|i| {
                    let count = r.counts[i]
                        .map(|c| (k.funnel_chart_count)(&format::number(c as f64, lang, 0), c));
                    let rate = i
                        .checked_sub(1)
                        .and_then(|step| conversion[step])
                        .map(|c| (k.funnel_chart_rate)(&pct(c)));
                    (
                        i,
                        FunnelStage::ALL[i].name().get(lang),
                        shares[i],
                        count,
                        rate,
                    )
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div class="funnel-chart" data-testid="funnel-chart">
            {move || match stages() {
                None => view! { <p class="funnel-empty muted" data-testid="funnel-chart-empty">{t().kpis().funnel_chart_empty}</p> }.into_any(),
                Some(stages) => view! {
                    <ol>
                        {stages.into_iter().map(|(i, name, share, count, rate)| { let missing = count.is_none(); view! {
                            <li class=format!("funnel-stage stage-{i}") data-testid="funnel-chart-stage">
                                <span class="funnel-track" aria-hidden="true">
                                    {share.map(|s| view! { <span class="funnel-bar" style=format!("width: {:.2}%", s * 100.0)></span> })}
                                </span>
                                <span class="funnel-text">
                                    <span class="stage-name">{name}</span>
                                    <span class="stage-figures">
                                        <span class="stage-count" class:muted=missing>{count.unwrap_or_else(|| t().kpis().funnel_chart_missing.to_string())}</span>
                                        {rate.map(|r| view! { <span class="stage-rate">{r}</span> })}
                                    </span>
                                </span>
                            </li>
                        }}).collect_view()}
                    </ol>
                }.into_any(),
            }}
        </div>
    }
}
