//! Shares of the budget as SVG bars: by horizon, by channel, in-house or
//! consultant. Every segment is also written out in its legend, so the
//! chart never relies on colour alone.

use crate::{
    domain::{
        budget::{horizon_name, share_bp},
        Horizon, Money,
    },
    ui::{format, perf::deferred, state::Store, use_texts},
};
use leptos::prelude::*;

/// Colours that stay apart from each other and from white.
const PALETTE: [&str; 12] = [
    "#0b4f6c", "#c2410c", "#17663a", "#7c3aed", "#b45309", "#0e7490", "#be185d", "#4d7c0f",
    "#1d4ed8", "#9f1239", "#475569", "#a16207",
];

/// A labelled amount of a chart.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Segment {
    pub label: String,
    pub amount: Money,
}

/// The three charts' segments (by horizon, by channel, in-house or
/// external) and the amount allocated.
pub(crate) fn chart_data(
    p: &crate::domain::Plan,
    lang: crate::domain::Lang,
) -> (Vec<Segment>, Vec<Segment>, Vec<Segment>, Money) {
    let b = crate::i18n::texts(lang).budget();
    let tx = crate::i18n::texts(lang).tax();
    let s = p.budget.summary();
    let horizons = Horizon::ALL
        .iter()
        .zip(s.by_horizon)
        .map(|(h, amount)| Segment {
            label: horizon_name(*h).get(lang).to_string(),
            amount,
        })
        .collect::<Vec<_>>();
    let channels = p
        .budget
        .lines
        .iter()
        .map(|l| Segment {
            label: l.channel.name(lang),
            amount: l.total(),
        })
        .collect::<Vec<_>>();
    let delivery = vec![
        Segment {
            label: b.in_house.to_string(),
            amount: s.by_delivery[0],
        },
        Segment {
            label: tx.external.to_string(),
            amount: s.by_delivery[1],
        },
    ];
    (horizons, channels, delivery, s.allocated)
}

/// The three charts.
#[component]
pub fn Charts() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    // Below the table: brought up to date right after the frame that shows
    // an edit in the table, not within it (see `ui::perf::deferred`).
    let compute = move |p: &crate::domain::Plan| chart_data(p, store.lang.get_untracked());
    let data = deferred(
        move || {
            store.current.track();
            store.lang.track();
        },
        move || store.with_plan(compute),
    );
    view! {
        <section class="card charts" data-testid="budget-charts">
            <Show when=move || data.get().3 != Money::ZERO
                fallback=move || view! { <p class="muted">{move || t().budget().chart_empty}</p> }>
                <Bar title=Signal::derive(move || t().budget().chart_horizons.to_string())
                    segments=Memo::new(move |_| data.with(|d| d.0.clone())).into() testid="chart-horizons"/>
                <Bar title=Signal::derive(move || t().budget().chart_channels.to_string())
                    segments=Memo::new(move |_| data.with(|d| d.1.clone())).into() testid="chart-channels"/>
                <Bar title=Signal::derive(move || t().budget().chart_delivery.to_string())
                    segments=Memo::new(move |_| data.with(|d| d.2.clone())).into() testid="chart-delivery"/>
            </Show>
        </section>
    }
}

/// One 100% bar with its legend.
#[component]
fn Bar(
    title: Signal<String>,
    segments: Signal<Vec<Segment>>,
    testid: &'static str,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let currency = store.select(|p| p.currency.clone());
    let total =
        Memo::new(move |_| segments.with(|list| list.iter().map(|s| s.amount).sum::<Money>()));
    let pct = move |m: Money| {
        format::percent(
            f64::from(share_bp(m, total.get())) / 10_000.0,
            store.lang.get(),
        )
    };
    // Segment x positions in basis points of the width, by segment index.
    let rects = Memo::new(move |_| {
        let whole = total.get();
        let mut x = 0u32;
        segments.with(|list| {
            list.iter()
                .map(|s| {
                    // Zero for an empty segment (share_bp of nothing).
                    let w = share_bp(s.amount, whole);
                    let start = x;
                    x += w;
                    (start, w)
                })
                .collect::<Vec<_>>()
        })
    });
    let summary = move || {
        segments
            .get()
            .iter()
            .map(|s| format!("{} {}", s.label, pct(s.amount)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    // Keyed by position and label: an edit updates the figures of the
    // segments in place instead of drawing the chart and its legend anew.
    let keys = Memo::new(move |_| {
        segments.with(|list| {
            list.iter()
                .enumerate()
                .map(|(i, s)| (i, s.label.clone()))
                .collect::<Vec<_>>()
        })
    });
    let amount =
        move |i: usize| segments.with(|list| list.get(i).map(|s| s.amount).unwrap_or_default());
    let rect = move |i: usize| rects.with(|r| r.get(i).copied().unwrap_or_default());
    view! {
        <figure class="bar-chart" data-testid=testid>
            <figcaption>{move || title.get()}</figcaption>
            <svg viewBox="0 0 10000 400" preserveAspectRatio="none" role="img" aria-label=move || format!("{}: {}", title.get(), summary())>
                <For each=move || keys.get() key=|k| k.clone() let:k>
                    <rect x=move || rect(k.0).0.to_string() y="0" width=move || rect(k.0).1.to_string() height="400"
                        fill=PALETTE[k.0 % PALETTE.len()]></rect>
                </For>
            </svg>
            <ul class="legend">
                <For each=move || keys.get() key=|k| k.clone() let:k>
                    <li>
                        <span class="swatch" style=format!("background:{}", PALETTE[k.0 % PALETTE.len()]) aria-hidden="true"></span>
                        <span class="legend-label">{k.1}</span>
                        <span class="legend-figure">{move || {
                            let a = amount(k.0);
                            format!("{} · {}", pct(a), format::money_whole(a, &currency.get(), store.lang.get()))
                        }}</span>
                    </li>
                </For>
            </ul>
        </figure>
    }
}
