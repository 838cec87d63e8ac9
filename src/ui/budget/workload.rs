//! The in-house workload, month by month: the hours of the budget lines and
//! of the actions, as bars (plain SVG) with the same figures in a table for
//! screen readers, the total and the busiest month. Shown once some line or
//! action has hours; before, one line says where to enter them.

use crate::{
    domain::{
        workload::{workload, Workload},
        Lang,
    },
    ui::{format, perf::deferred, state::Store, use_texts},
};
use leptos::prelude::*;

/// `12,5 h` (French), `12.5 h` (English): hundredths of an hour.
pub(crate) fn hours_text(hundredths: u64, lang: Lang) -> String {
    format!(
        "{}\u{a0}h",
        format::number(hundredths as f64 / 100.0, lang, 2)
    )
}

/// Height of the chart's drawing, in its own units.
const HEIGHT: u32 = 1000;

/// The workload panel.
#[component]
pub fn WorkloadPanel() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let any = store.select(|p| {
        p.budget
            .lines
            .iter()
            .any(|l| l.hours.is_some_and(|h| h.0 > 0))
            || p.actions.iter().any(|a| a.hours.is_some_and(|h| h.0 > 0))
    });
    // Below the table: brought up to date after the frame that shows an
    // edit (see `ui::perf::deferred`).
    let data = deferred(
        move || store.current.track(),
        move || store.with_plan(workload),
    );
    view! {
        <section class="card workload" data-testid="workload" aria-labelledby="workload-title">
            <h2 id="workload-title">{move || t().fees().workload_title}</h2>
            <Show when=move || any.get()
                fallback=move || view! { <p class="hint" data-testid="workload-empty">{move || t().fees().workload_empty}</p> }>
                <p class="muted">{move || t().fees().workload_intro}</p>
                <Figures data=data/>
                <Chart data=data/>
            </Show>
        </section>
    }
}

/// The total, the busiest month and hours outside the plan.
#[component]
fn Figures(data: ReadSignal<Workload>) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let peak = move || {
        data.with(|w| {
            let lang = store.lang.get();
            let max = w.peak();
            let month = w
                .months
                .iter()
                .find(|m| m.total() == max && max > 0)
                .map(|m| format::month(m.month, lang))
                .unwrap_or_else(|| "—".into());
            (t().fees().workload_peak)(&month, &hours_text(max, lang))
        })
    };
    view! {
        <div class="workload-figures">
            <p class="figure-line" data-testid="workload-total">
                {move || (t().fees().workload_total)(&hours_text(data.with(Workload::total), store.lang.get()))}
            </p>
            <p class="figure-line" data-testid="workload-peak">{peak}</p>
            <Show when=move || data.with(|w| w.outside > 0)>
                <p class="hint" data-testid="workload-outside">
                    {move || (t().fees().workload_outside)(&hours_text(data.with(|w| w.outside), store.lang.get()))}
                </p>
            </Show>
        </div>
    }
}

/// Bars by month (lines below, actions above), and the table behind them.
#[component]
fn Chart(data: ReadSignal<Workload>) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let bars = move || {
        data.with(|w| {
            let n = w.months.len().max(1) as u32;
            // The busiest month at nine tenths of the height.
            let max = w.peak().max(1) * 10 / 9 + 1;
            let slot = 10_000 / n;
            let width = slot * 7 / 10;
            w.months
                .iter()
                .enumerate()
                .map(|(i, m)| {
                    let x = i as u32 * slot + (slot - width) / 2;
                    let h_lines = (m.lines * u64::from(HEIGHT) / max) as u32;
                    let h_actions = (m.actions * u64::from(HEIGHT) / max) as u32;
                    view! {
                        <rect class="wl-lines" x=x.to_string() y=(HEIGHT - h_lines).to_string()
                            width=width.to_string() height=h_lines.to_string()></rect>
                        <rect class="wl-actions" x=x.to_string() y=(HEIGHT - h_lines - h_actions).to_string()
                            width=width.to_string() height=h_actions.to_string()></rect>
                    }
                })
                .collect_view()
        })
    };
    let labels = move || {
        data.with(|w| {
            let lang = store.lang.get();
            w.months
                .iter()
                .map(|m| view! { <span>{format::month(m.month, lang)}</span> })
                .collect_view()
        })
    };
    let rows = move || {
        data.with(|w| {
            let lang = store.lang.get();
            w.months
                .iter()
                .map(|m| {
                    view! {
                        <tr>
                            <th scope="row">{format::month(m.month, lang)}</th>
                            <td class="num">{hours_text(m.lines, lang)}</td>
                            <td class="num">{hours_text(m.actions, lang)}</td>
                            <td class="num">{hours_text(m.total(), lang)}</td>
                        </tr>
                    }
                })
                .collect_view()
        })
    };
    let months = move || data.with(|w| w.months.len().max(1));
    view! {
        <figure class="workload-chart" data-testid="workload-chart">
            <div class="wl-legend" aria-hidden="true">
                <span class="wl-key wl-lines-key"></span>{move || t().fees().from_lines}
                <span class="wl-key wl-actions-key"></span>{move || t().fees().from_actions}
            </div>
            <svg viewBox=format!("0 0 10000 {HEIGHT}") preserveAspectRatio="none" aria-hidden="true" focusable="false">
                {bars}
            </svg>
            <div class="wl-months" aria-hidden="true"
                style=move || format!("grid-template-columns: repeat({}, 1fr)", months())>{labels}</div>
            <table class="sr-only" data-testid="workload-table">
                <caption>{move || t().fees().chart_label}</caption>
                <thead>
                    <tr>
                        <th scope="col">{move || t().fees().month}</th>
                        <th scope="col">{move || t().fees().from_lines}</th>
                        <th scope="col">{move || t().fees().from_actions}</th>
                        <th scope="col">{move || t().fees().total}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </figure>
    }
}
