//! One slide of the deck: its title band, its content, the consultant's
//! comment, and the footer (logo, who presents, client, slide number).

use super::{
    budget::{BudgetTable, ForecastTable},
    cover::{Cover, Summary},
    production::ProductionGrid,
    sections::{ObjectivesList, StatusList, StrategyColumns},
};
use crate::{
    domain::deck::{self, Slide, SlideKind},
    ui::{
        budget::Charts,
        state::Store,
        timeline::{Gantt, Group, Scale},
        use_texts,
    },
};
use leptos::prelude::*;

/// A slide, shown when `current` (or in the overview).
#[component]
pub fn SlideView(
    /// Which slide.
    slide: Slide,
    /// Its place in the deck.
    index: usize,
    /// Slides in the deck.
    count: usize,
    /// Whether it is the one shown.
    current: Signal<bool>,
    /// Whether every slide is shown small, to pick one.
    overview: Signal<bool>,
    /// Picks this slide from the overview.
    on_pick: Callback<usize>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let kind = slide.kind;
    let cover = kind == SlideKind::Cover;
    let mark = (slide.pages > 1).then(|| (t().present().continued)(slide.page, slide.pages));
    let note = store.select(move |p| p.slides.note(kind).map(str::to_string));
    let first = slide.page == 1;
    let items = slide.items.clone();
    let progress = format!("{:.2}%", 100.0 * (index + 1) as f64 / count.max(1) as f64);
    view! {
        <article class="slide" class:current=move || current.get() class:cover-slide=cover
            data-testid=format!("slide-{index}") data-kind=kind.key()
            aria-hidden=move || (!current.get() && !overview.get()).then_some("true")
            tabindex=move || overview.get().then_some("0")
            on:click=move |_| if overview.get_untracked() { on_pick.run(index) }
            on:keydown=move |e| if overview.get_untracked() && e.key() == "Enter" { on_pick.run(index) }>
            {(!cover).then(|| view! {
                <header class="slide-head">
                    <h2>{move || (t().present().slide_title)(kind)}</h2>
                    {mark.clone().map(|m| view! { <span class="slide-mark" data-testid="slide-mark">{m}</span> })}
                </header>
            })}
            <div class="slide-body">
                <div class="fit">{content(kind, items)}</div>
            </div>
            {move || first.then(|| note.get()).flatten().map(|n| view! {
                <aside class="slide-note" data-testid="slide-note" aria-label=move || t().present().note_label>{n}</aside>
            })}
            <SlideFooter index=index count=count/>
            <div class="slide-progress" aria-hidden="true"><span style:width=progress></span></div>
        </article>
    }
}

/// What a slide of `kind` shows, for its `items`.
fn content(kind: SlideKind, items: std::ops::Range<usize>) -> AnyView {
    let store = expect_context::<Store>();
    match kind {
        SlideKind::Cover => view! { <Cover/> }.into_any(),
        SlideKind::Summary => view! { <Summary/> }.into_any(),
        SlideKind::Strategy => view! { <StrategyColumns items=Some(items)/> }.into_any(),
        SlideKind::Objectives => view! { <ObjectivesList items=Some(items)/> }.into_any(),
        SlideKind::Budget => view! { <BudgetTable items=Some(items)/> }.into_any(),
        SlideKind::BudgetCharts => view! { <div class="slide-charts"><Charts/></div> }.into_any(),
        SlideKind::Timeline => {
            let actions = store.select(move |p| {
                let order = deck::ordered_actions(p);
                order[items.start.min(order.len())..items.end.min(order.len())]
                    .iter()
                    .map(|&i| p.actions[i].clone())
                    .collect::<Vec<_>>()
            });
            timeline(Signal::derive(move || actions.get()))
        }
        SlideKind::Forecast => view! { <ForecastTable/> }.into_any(),
        SlideKind::Status => view! { <StatusList items=Some(items)/> }.into_any(),
        SlideKind::Production => view! { <ProductionGrid/> }.into_any(),
    }
}

/// The Gantt of `actions`, read-only, by month and horizon; the empty
/// state in words.
pub fn timeline(actions: Signal<Vec<crate::domain::Action>>) -> AnyView {
    let t = use_texts();
    view! {
        <Show when=move || !actions.with(Vec::is_empty)
            fallback=move || view! { <p class="empty">{move || t().present().no_actions}</p> }>
            <Gantt actions=actions scale=RwSignal::new(Scale::Months) group=RwSignal::new(Group::Horizon)
                selected=RwSignal::new(None) readonly=true/>
        </Show>
    }
    .into_any()
}

/// The footer: the consultant's logo and name, the client, the number.
#[component]
fn SlideFooter(index: usize, count: usize) -> impl IntoView {
    let store = expect_context::<Store>();
    let who = store.select(|p| {
        let b = &p.branding;
        let names: Vec<&str> = [b.consultant.as_str(), b.firm.as_str()]
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .collect();
        (
            b.consultant_logo.as_ref().map(|l| l.data_url()),
            names.join(" · "),
            p.client.clone(),
        )
    });
    view! {
        <footer class="slide-foot">
            {move || who.get().0.map(|src| view! { <img class="foot-logo" src=src alt="" data-testid="foot-logo"/> })}
            <span class="foot-who">{move || who.get().1}</span>
            <span class="foot-client">{move || who.get().2}</span>
            <span class="foot-number">{format!("{} / {count}", index + 1)}</span>
        </footer>
    }
}
