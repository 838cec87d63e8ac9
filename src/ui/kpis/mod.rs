//! The KPIs page: the calculator, the conversion funnel and the forecast,
//! all on the one formula library of the domain.

mod calculator;
mod forecast;
mod funnel;
pub(crate) mod picker;

use crate::ui::use_texts;
use leptos::prelude::*;

/// The KPIs page.
#[component]
pub fn KpisPage() -> impl IntoView {
    let t = use_texts();
    view! {
        <section class="page kpis-page" data-testid="kpis">
            <div class="page-head">
                <div>
                    <h1>{move || t().kpis().title}</h1>
                    <p class="lead">{move || t().kpis().intro}</p>
                </div>
            </div>
            <calculator::Calculator/>
            <funnel::Funnel/>
            <forecast::ForecastSection/>
        </section>
    }
}
