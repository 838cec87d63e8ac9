//! Sections that later work fills, with a clear "coming" state.

use crate::ui::{href, state::Store, use_texts};
use leptos::prelude::*;

/// Which section.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// Strategy and SMART objectives.
    Strategy,
    /// Budget allocator.
    Budget,
    /// Timeline of actions.
    Timeline,
    /// KPI calculator, funnel, forecast.
    Kpis,
    /// Dashboard.
    Dashboard,
}

/// A section not built yet: what it will do, and where to go meanwhile.
#[component]
pub fn ComingPage(section: Section) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let title = move || {
        let t = t();
        match section {
            Section::Strategy => t.nav_strategy,
            Section::Budget => t.nav_budget,
            Section::Timeline => t.nav_timeline,
            Section::Kpis => t.nav_kpis,
            Section::Dashboard => t.nav_dashboard,
        }
    };
    let body = move || {
        let t = t();
        match section {
            Section::Strategy => t.coming_strategy,
            Section::Budget => t.coming_budget,
            Section::Timeline => t.coming_timeline,
            Section::Kpis => t.coming_kpis,
            Section::Dashboard => t.coming_dashboard,
        }
    };
    let overview = move || store.open_id.get().map(|id| href(&format!("/plan/{id}")));
    view! {
        <section class="page narrow coming" data-testid="coming">
            <h1>{title}" "<span class="badge">{move || t().coming_badge}</span></h1>
            <p class="lead">{body}</p>
            <p>
                {move || t().coming_meanwhile}" "
                {move || overview().map(|link| view! { <a href=link>{t().nav_overview}</a> })}
            </p>
        </section>
    }
}
