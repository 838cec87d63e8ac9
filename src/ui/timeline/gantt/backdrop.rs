//! What the Gantt draws behind its rows: the plan's period, the ticks, today.

use leptos::prelude::*;

/// What is drawn behind the rows, in the chart's units.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Backdrop {
    /// The plan's period, from and to.
    pub(super) period: (f64, f64),
    pub(super) ticks: Vec<f64>,
    pub(super) today: Option<f64>,
    /// The whole time span.
    pub(super) width: f64,
}

/// The period, the tick lines and the "today" line, stretched over the
/// whole height and width of the box it is placed in (style/timeline.css):
/// one drawing for a band of rows of any height, lines kept one pixel wide
/// (`vector-effect`) however much the chart is stretched.
#[component]
pub(super) fn Backdrop(backdrop: Memo<Backdrop>) -> impl IntoView {
    view! {
        <svg class="gantt-backdrop" aria-hidden="true" preserveAspectRatio="none"
            viewBox=move || backdrop.with(|b| format!("0 0 {} 100", b.width.max(1.0)))>
            {move || backdrop.with(|b| {
                let (p0, p1) = b.period;
                let period = (p1 > p0)
                    .then(|| view! { <rect class="period" x=p0 y="0" width=p1 - p0 height="100"/> });
                let ticks = b
                    .ticks
                    .iter()
                    .map(|x| view! { <line class="tick" x1=*x y1="0" x2=*x y2="100"/> })
                    .collect_view();
                let today = b
                    .today
                    .map(|x| view! { <line class="today" x1=x y1="0" x2=x y2="100"/> });
                (period, ticks, today)
            })}
        </svg>
    }
}
