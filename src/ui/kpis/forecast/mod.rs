//! The forecast on the KPIs page: the business figures and benchmarks it
//! starts from, the budget lines it counts, the rates per media and
//! scenario, what the paid media buys, and what each target costs. Every
//! figure comes from `domain::forecast`, the model the other views call.

mod forward;
mod inputs;
mod lines;
mod rates;
mod reverse;

use crate::{
    domain::{
        forecast::{Forecast, Input},
        Command, Lang,
    },
    i18n::Texts,
    ui::{state::Store, use_texts},
};
use leptos::prelude::*;

/// Sends a changed copy of the forecast; returns the refusal to show.
fn edit(store: Store, f: impl FnOnce(&mut Forecast)) -> Option<String> {
    let mut forecast = store.with_plan(|p| p.forecast.clone())?;
    f(&mut forecast);
    store.send(Command::SetForecast(Box::new(forecast)))
}

/// `text` with a capital first letter: the shared names of rates are
/// written to sit inside a sentence, a row header starts one.
fn capital(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// The footnote naming every missing input once: "—: Unknown: missing …".
fn unknown_note(
    t: &Texts,
    inputs: &[Input],
    lang: Lang,
    kpi: impl Fn(&crate::domain::KpiRef) -> String,
) -> String {
    (t.kpis().unknown_note)(&t.forecast().unknown_of(inputs, lang, kpi))
}

/// The forecast section.
#[component]
pub fn ForecastSection() -> impl IntoView {
    let t = use_texts();
    view! {
        <section class="card forecast" data-testid="forecast">
            <h2>{move || t().kpis().forecast_title}</h2>
            <p class="muted">{move || t().kpis().forecast_intro}</p>
            <div class="forecast-inputs">
                <inputs::BusinessFigures/>
                <inputs::Benchmarks/>
            </div>
            <lines::PaidLines/>
            <rates::Rates/>
            <forward::ForwardTables/>
            <reverse::ReverseList/>
        </section>
    }
}
