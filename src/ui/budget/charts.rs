//! Shares of the budget as SVG bars: by horizon, by channel, in-house or
//! consultant. Every segment is also written out in its legend, so the
//! chart never relies on colour alone.

use crate::{
    domain::{
        budget::{horizon_name, share_bp},
        Horizon, Money,
    },
    ui::{format, state::Store, use_texts},
};
use leptos::prelude::*;

/// Colours that stay apart from each other and from white.
const PALETTE: [&str; 12] = [
    "#0b4f6c", "#c2410c", "#17663a", "#7c3aed", "#b45309", "#0e7490", "#be185d", "#4d7c0f",
    "#1d4ed8", "#9f1239", "#475569", "#a16207",
];

/// A labelled amount of a chart.
#[derive(Clone, Debug, PartialEq)]
struct Segment {
    label: String,
    amount: Money,
}

/// The three charts.
#[component]
pub fn Charts() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let data = store.select(move |p| {
        let lang = store.lang.get();
        let b = crate::i18n::texts(lang).budget;
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
                label: b.consultant.to_string(),
                amount: s.by_delivery[1],
            },
        ];
        (horizons, channels, delivery, s.allocated)
    });
    view! {
        <section class="card charts" data-testid="budget-charts">
            <Show when=move || data.get().3 != Money::ZERO
                fallback=move || view! { <p class="muted">{move || t().budget.chart_empty}</p> }>
                <Bar title=Signal::derive(move || t().budget.chart_horizons.to_string())
                    segments=Signal::derive(move || data.get().0) testid="chart-horizons"/>
                <Bar title=Signal::derive(move || t().budget.chart_channels.to_string())
                    segments=Signal::derive(move || data.get().1) testid="chart-channels"/>
                <Bar title=Signal::derive(move || t().budget.chart_delivery.to_string())
                    segments=Signal::derive(move || data.get().2) testid="chart-delivery"/>
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
    let total = move || segments.get().iter().map(|s| s.amount).sum::<Money>();
    let pct = move |m: Money| {
        format!(
            "{}\u{a0}%",
            format::number(f64::from(share_bp(m, total())) / 100.0, store.lang.get(), 1)
        )
    };
    // Segment x positions in basis points of the width.
    let rects = move || {
        let whole = total();
        let mut x = 0u32;
        segments
            .get()
            .into_iter()
            .enumerate()
            .filter(|(_, s)| s.amount.0 > 0)
            .map(|(i, s)| {
                let w = share_bp(s.amount, whole);
                let start = x;
                x += w;
                (i, start, w)
            })
            .collect::<Vec<_>>()
    };
    let summary = move || {
        segments
            .get()
            .iter()
            .map(|s| format!("{} {}", s.label, pct(s.amount)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    view! {
        <figure class="bar-chart" data-testid=testid>
            <figcaption>{move || title.get()}</figcaption>
            <svg viewBox="0 0 10000 400" preserveAspectRatio="none" role="img" aria-label=move || format!("{}: {}", title.get(), summary())>
                {move || rects().into_iter().map(|(i, x, w)| view! {
                    <rect x=x.to_string() y="0" width=w.to_string() height="400" fill=PALETTE[i % PALETTE.len()]>
                    </rect>
                }).collect_view()}
            </svg>
            <ul class="legend">
                {move || segments.get().into_iter().enumerate().map(|(i, s)| view! {
                    <li>
                        <span class="swatch" style=format!("background:{}", PALETTE[i % PALETTE.len()]) aria-hidden="true"></span>
                        <span class="legend-label">{s.label.clone()}</span>
                        <span class="legend-figure">{pct(s.amount)}" · "{format::money(s.amount, &currency.get(), store.lang.get())}</span>
                    </li>
                }).collect_view()}
            </ul>
        </figure>
    }
}
