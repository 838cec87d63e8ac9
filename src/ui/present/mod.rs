//! Presentation mode: the plan as slides (cover, context, strategy tree,
//! budget, timeline, objectives' status), no editing controls, arrow keys
//! to move, Escape to return where the person was. Printed, the same page
//! gives every slide on its own A4 page: the client summary.

use crate::{
    domain::{
        budget::horizon_name,
        dashboard::{kpi_progress, Status},
        smart::kpi_name,
        Rank,
    },
    ui::{
        budget::Charts,
        format,
        state::Store,
        strategy::StrategyTree,
        timeline::{Gantt, Group, Scale},
        use_texts,
    },
};
use leptos::prelude::*;
use leptos_router::{hooks::use_navigate, NavigateOptions};

/// Number of slides.
const SLIDES: usize = 6;

/// The presentation page.
#[component]
pub fn PresentPage() -> impl IntoView {
    Slides(SlidesProps { document: false })
}

/// The slides. As a `document` (a shared plan's read-only view) every slide
/// is shown one below the other and the keyboard is left alone.
#[component]
pub fn Slides(
    /// Show every slide, stacked, with no presentation controls.
    document: bool,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let slide = RwSignal::new(0usize);
    let navigate = StoredValue::new_local(use_navigate());
    let leave = move || {
        // Back to the page the presentation was opened from.
        if window()
            .history()
            .ok()
            .and_then(|h| h.length().ok())
            .unwrap_or(0)
            > 1
        {
            let _ = window().history().and_then(|h| h.back());
        } else if let Some(id) = store.current_id() {
            navigate.with_value(|n| n(&format!("/plan/{id}"), NavigateOptions::default()));
        }
    };
    let keys = window_event_listener(leptos::ev::keydown, move |e| match e.key().as_str() {
        _ if document => {}
        "ArrowRight" | "PageDown" | " " => {
            e.prevent_default();
            slide.update(|s| *s = (*s + 1).min(SLIDES - 1));
        }
        "ArrowLeft" | "PageUp" => {
            e.prevent_default();
            slide.update(|s| *s = s.saturating_sub(1));
        }
        "Home" => slide.set(0),
        "End" => slide.set(SLIDES - 1),
        "Escape" => leave(),
        _ => {}
    });
    on_cleanup(move || keys.remove());
    if !document {
        if let Some(body) = leptos::prelude::document().body() {
            let _ = body.class_list().add_1("presenting");
        }
        on_cleanup(|| {
            if let Some(body) = leptos::prelude::document().body() {
                let _ = body.class_list().remove_1("presenting");
            }
        });
    }
    let head = store.select(move |p| {
        let lang = store.lang.get();
        (
            p.name.clone(),
            p.client.clone(),
            format!(
                "{} – {}",
                format::date(p.period.start, lang),
                format::date(p.period.end, lang)
            ),
            p.context.clone(),
            p.strategy.clone(),
        )
    });
    let actions = store.select(|p| p.actions.clone());
    let slide_class = move |i: usize| {
        if document || slide.get() == i {
            "slide current"
        } else {
            "slide"
        }
    };
    view! {
        <section class="presentation" class:document=document data-testid="presentation"
            aria-roledescription=(!document).then_some("slides")>
            {(!document).then(|| view! {
            <div class="present-bar">
                <span class="muted">{move || t().dashboard().present_hint}</span>
                <span data-testid="slide-number" aria-live="polite">{move || (t().dashboard().slide_of)(slide.get() + 1, SLIDES)}</span>
                <button type="button" class="btn small" data-testid="slide-prev" on:click=move |_| slide.update(|s| *s = s.saturating_sub(1))>{move || t().dashboard().previous}</button>
                <button type="button" class="btn small" data-testid="slide-next" on:click=move |_| slide.update(|s| *s = (*s + 1).min(SLIDES - 1))>{move || t().dashboard().next}</button>
                <button type="button" class="btn small" on:click=move |_| { let _ = window().print(); }>{move || t().dashboard().print}</button>
                <button type="button" class="btn small primary" data-testid="present-leave" on:click=move |_| leave()>{move || t().dashboard().leave}</button>
            </div>
            })}
            <article class=move || slide_class(0) data-testid="slide-0">
                <div class="cover">
                    <svg viewBox="0 0 24 24" width="64" height="64" aria-hidden="true" class="cover-logo">
                        <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" stroke-width="2"/>
                        <path d="M12 4 L15 12 L12 20 L9 12 Z" fill="currentColor"/>
                    </svg>
                    <h1>{move || head.get().0}</h1>
                    <p class="client">{move || head.get().1}</p>
                    <p class="muted">{move || head.get().2}</p>
                </div>
            </article>
            <article class=move || slide_class(1) data-testid="slide-1">
                <h2>{move || t().dashboard().slide_context}</h2>
                <p class="big">{move || head.get().3}</p>
                <p class="muted">{move || head.get().4}</p>
            </article>
            <article class=move || slide_class(2) data-testid="slide-2">
                <h2>{move || t().strategy().title}</h2>
                <StrategyTree/>
            </article>
            <article class=move || slide_class(3) data-testid="slide-3">
                <h2>{move || t().dashboard().slide_budget}</h2>
                <BudgetSummary/>
                <Charts/>
            </article>
            <article class=move || slide_class(4) data-testid="slide-4">
                <h2>{move || t().dashboard().slide_timeline}</h2>
                <Gantt actions=Signal::derive(move || actions.get()) scale=RwSignal::new(Scale::Months) group=RwSignal::new(Group::Horizon)
                    selected=RwSignal::new(None) readonly=true/>
            </article>
            <article class=move || slide_class(5) data-testid="slide-5">
                <h2>{move || t().dashboard().slide_status}</h2>
                <StatusList/>
            </article>
        </section>
    }
}

/// The budget per channel and horizon, read-only.
#[component]
fn BudgetSummary() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let rows = store.select(move |p| {
        let lang = store.lang.get();
        let m = |x| format::money(x, &p.currency, lang);
        let s = p.budget.summary();
        let lines: Vec<(String, Vec<String>)> = p
            .budget
            .lines
            .iter()
            .map(|l| {
                (
                    l.channel.name(lang),
                    l.amounts
                        .iter()
                        .chain([&l.total()])
                        .map(|a| m(*a))
                        .collect(),
                )
            })
            .collect();
        let totals: Vec<String> = s
            .by_horizon
            .iter()
            .chain([&s.allocated])
            .map(|a| m(*a))
            .collect();
        (lines, totals, m(s.total))
    });
    view! {
        <div class="table-scroll">
            <table class="budget-table">
                <thead><tr>
                    <th scope="col">{move || t().budget().col_channel}</th>
                    {crate::domain::Horizon::ALL.iter().map(|h| view! { <th scope="col" class="num">{move || horizon_name(*h).get(store.lang.get())}</th> }).collect_view()}
                    <th scope="col" class="num">{move || t().budget().col_total}</th>
                </tr></thead>
                <tbody>
                    {move || rows.get().0.into_iter().map(|(name, cells)| view! {
                        <tr><th scope="row">{name}</th>{cells.into_iter().map(|c| view! { <td class="num">{c}</td> }).collect_view()}</tr>
                    }).collect_view()}
                </tbody>
                <tfoot><tr>
                    <th scope="row">{move || t().budget().col_total}</th>
                    {move || rows.get().1.into_iter().map(|c| view! { <td class="num">{c}</td> }).collect_view()}
                </tr></tfoot>
            </table>
        </div>
        <p class="muted">{move || t().budget().total}" : "{move || rows.get().2}</p>
    }
}

/// Each objective's KPIs with their status, read-only.
#[component]
fn StatusList() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let items = store.select(move |p| {
        let lang = store.lang.get();
        let mut list: Vec<_> = p
            .objectives
            .iter()
            .map(|o| {
                let kpis: Vec<(String, Status, Option<f64>)> = o
                    .kpis
                    .iter()
                    .map(|k| {
                        let r = kpi_progress(p, o, k);
                        (kpi_name(p, &k.kpi, lang), r.status, r.progress)
                    })
                    .collect();
                (o.rank == Rank::Priority, o.title.clone(), kpis)
            })
            .collect();
        list.sort_by_key(|(priority, ..)| !priority);
        list
    });
    view! {
        <ul class="status-list">
            {move || items.get().into_iter().map(|(_, title, kpis)| {
                let d = t().dashboard();
                view! {
                    <li>
                        <strong>{title}</strong>
                        <ul>
                            {kpis.into_iter().map(|(name, status, progress)| {
                                let (text, class) = match status {
                                    Status::OnTrack => (d.on_track, "on"),
                                    Status::AtRisk => (d.at_risk, "risk"),
                                    Status::OffTrack => (d.off_track, "off"),
                                    Status::NoData => (d.no_data, "none"),
                                };
                                let pct = progress.map(|p| format!(" · {}", (d.progress)(&format!("{:.0}\u{a0}%", (p * 100.0).clamp(-999.0, 999.0))))).unwrap_or_default();
                                view! { <li>{name}" "<span class=format!("status status-{class}")>{text}</span>{pct}</li> }
                            }).collect_view()}
                        </ul>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
