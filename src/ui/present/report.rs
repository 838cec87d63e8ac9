//! The report: the plan as a document, every section in full, one below the
//! other. It is what the presentation prints (A4, a cover page, numbered
//! pages, see `style/present.css`) and what a shared plan's read-only view
//! shows. Slides the consultant hid are left out here too.

use super::{
    budget::{BudgetTable, ForecastTable},
    cover::{Cover, Summary},
    sections::{ObjectivesList, StatusList, StrategyColumns},
    slide::timeline,
};
use crate::{
    domain::deck::SlideKind,
    ui::{budget::Charts, state::Store, use_texts},
};
use leptos::prelude::*;

/// The whole plan as a document.
#[component]
pub fn Report() -> impl IntoView {
    let store = expect_context::<Store>();
    let shown = store.select(|p| {
        SlideKind::ALL
            .into_iter()
            .filter(|k| p.slides.shows(*k))
            .filter(|k| *k != SlideKind::Status || !p.measurements.is_empty())
            .collect::<Vec<_>>()
    });
    let accent = store.select(|p| p.branding.accent.clone());
    let foot = store.select(|p| {
        let b = &p.branding;
        let who: Vec<&str> = [b.consultant.as_str(), b.firm.as_str(), p.client.as_str()]
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .collect();
        (
            b.consultant_logo.as_ref().map(|l| l.data_url()),
            who.join(" · "),
        )
    });
    view! {
        <div class="report" data-testid="report" style:--deck-accent=move || accent.get()>
            <div class="print-foot" aria-hidden="true">
                {move || foot.get().0.map(|src| view! { <img src=src alt=""/> })}
                <span>{move || foot.get().1}</span>
            </div>
            <section class="report-cover" data-testid="report-cover">
                <Cover/>
            </section>
            {move || shown.get().into_iter().filter(|k| *k != SlideKind::Cover).map(|k| view! { <ReportSection kind=k/> }).collect_view()}
        </div>
    }
}

/// One section of the report, titled, with the consultant's comment.
#[component]
fn ReportSection(kind: SlideKind) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let note = store.select(move |p| p.slides.note(kind).map(str::to_string));
    let actions = store.select(|p| {
        let mut a = p.actions.clone();
        a.sort_by(|x, y| (x.start, &x.title).cmp(&(y.start, &y.title)));
        a
    });
    let body = match kind {
        SlideKind::Cover => ().into_any(),
        SlideKind::Summary => view! { <Summary/> }.into_any(),
        SlideKind::Strategy => view! { <StrategyColumns items=None/> }.into_any(),
        SlideKind::Objectives => view! { <ObjectivesList items=None/> }.into_any(),
        SlideKind::Budget => view! { <BudgetTable items=None/> }.into_any(),
        SlideKind::BudgetCharts => view! { <Charts/> }.into_any(),
        SlideKind::Timeline => timeline(Signal::derive(move || actions.get())),
        SlideKind::Forecast => view! { <ForecastTable/> }.into_any(),
        SlideKind::Status => view! { <StatusList items=None/> }.into_any(),
    };
    view! {
        <section class="report-section" data-kind=kind.key() data-testid=format!("report-{}", kind.key())>
            <h2>{move || (t().present().slide_title)(kind)}</h2>
            {move || note.get().map(|n| view! { <aside class="slide-note">{n}</aside> })}
            {body}
        </section>
    }
}
