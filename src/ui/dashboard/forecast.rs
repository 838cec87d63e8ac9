//! The dashboard's "forecast and actual" card: for each revenue, orders or
//! new-customers KPI with a measurement, what the forecast expected on that
//! date beside what was measured.

use crate::{
    domain::{forecast_check, number::round_shown, smart::kpi_meta, smart::kpi_name},
    ui::{format, state::Store, use_texts},
};
use leptos::prelude::*;

/// The card; absent while no forecast KPI has a measurement.
#[component]
pub fn ForecastCard() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let rows = store.select(move |p| {
        let lang = store.lang.get();
        let f = t().forecast();
        forecast_check::checks(p)
            .into_iter()
            .map(|(objective, kpi, c)| {
                let unit = kpi_meta(p, &kpi).map(|m| m.unit).unwrap_or_default();
                let name = kpi_name(p, &kpi, lang);
                let c = match c {
                    Ok(c) => c,
                    // Never a silent gap: the row says what the forecast lacks.
                    Err(missing) => {
                        return Row {
                            objective,
                            kpi: name,
                            unknown: Some(f.unknown_of(&missing, lang, |k| kpi_name(p, k, lang))),
                            ..Row::default()
                        }
                    }
                };
                // Totals as a client reads them: orders or customers as whole
                // numbers (38, not 37.73), revenue to the franc (the gap is
                // computed on the exact figures).
                let show = |v: f64| format::kpi_total(v, unit, &p.currency, lang);
                let target = c.target.map(show).unwrap_or_else(|| "—".into());
                Row {
                    objective,
                    kpi: name,
                    measured: f.measured(c.measured).to_string(),
                    date: format::date(c.date, lang),
                    expected: show(c.expected),
                    actual: show(c.actual),
                    gap: c.gap(),
                    deadline: (t().dashboard().forecast_deadline)(&show(c.at_deadline), &target),
                    unknown: None,
                }
            })
            .collect::<Vec<_>>()
    });
    view! {
        <Show when=move || !rows.with(Vec::is_empty)>
            <section class="card" data-testid="dash-forecast">
                <h2>{move || t().dashboard().forecast_title}</h2>
                <p class="muted small">{move || t().dashboard().forecast_intro}</p>
                <div class="table-scroll">
                    <table class="forecast-actual">
                        <thead>
                            <tr>
                                <th scope="col">{move || t().dashboard().forecast_objective}</th>
                                <th scope="col">{move || t().dashboard().forecast_kpi}</th>
                                <th scope="col">{move || t().dashboard().forecast_on}</th>
                                <th scope="col" class="num">{move || t().dashboard().forecast_expected}</th>
                                <th scope="col" class="num">{move || t().dashboard().forecast_actual}</th>
                                <th scope="col" class="num">{move || t().dashboard().forecast_gap}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || rows.get().into_iter().map(|r| view! { <ForecastRow row=r/> }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </section>
        </Show>
    }
}

/// One line of the card, already formatted.
#[derive(Clone, Debug, Default, PartialEq)]
struct Row {
    objective: String,
    kpi: String,
    /// What the measurements record (a month's figure, a running total).
    measured: String,
    date: String,
    expected: String,
    actual: String,
    gap: Option<f64>,
    deadline: String,
    /// What the forecast lacks, when it cannot compute.
    unknown: Option<String>,
}

#[component]
fn ForecastRow(row: Row) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let lang = store.lang.get_untracked();
    let d = t().dashboard();
    // Revenue, orders and customers: more is better, so a positive gap is
    // ahead. The colour follows the figure shown: a gap that shows as 0 %
    // is neither ahead nor behind (never a red "−0 %").
    let (gap_text, class, label) = match row.gap {
        Some(g) => {
            let text = format::signed_percent_whole(g, lang);
            let shown = round_shown(g * 100.0, 0);
            if shown > 0.0 {
                (text, "gap ahead", d.forecast_ahead)
            } else if shown < 0.0 {
                (text, "gap behind", d.forecast_behind)
            } else {
                (text, "gap", d.forecast_level)
            }
        }
        None => ("—".into(), "gap", ""),
    };
    if let Some(unknown) = row.unknown {
        return view! {
            <tr data-testid="forecast-row">
                <td>{row.objective}</td>
                <td>{row.kpi}</td>
                <td colspan="4" class="muted" data-testid="forecast-unknown">{unknown}</td>
            </tr>
        }
        .into_any();
    }
    view! {
        <tr data-testid="forecast-row">
            <td>{row.objective}</td>
            <td>{row.kpi}<br/><span class="muted small">{row.deadline}</span></td>
            <td>{row.date}<br/><span class="muted small" data-testid="forecast-measured">{row.measured}</span></td>
            <td class="num" data-testid="forecast-expected">{row.expected}</td>
            <td class="num" data-testid="forecast-actual">{row.actual}</td>
            <td class=format!("num {class}") data-testid="forecast-gap" title=label>
                {gap_text}
                <span class="sr-only">" "{label}</span>
            </td>
        </tr>
    }
    .into_any()
}
