//! What every band of the Gantt draws behind its rows.

use leptos::prelude::*;

/// What is drawn behind the rows of every band.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Backdrop {
    /// The plan's period, from and to.
    pub(super) period: (f64, f64),
    pub(super) ticks: Vec<f64>,
    pub(super) today: Option<f64>,
    pub(super) width: f64,
}

/// The period, the tick lines and the "today" line of a band, from `y` to
/// its `height`.
#[component]
pub(super) fn Backdrop(
    backdrop: Memo<Backdrop>,
    y: f64,
    #[prop(into)] height: Signal<f64>,
) -> impl IntoView {
    move || {
        let h = height.get();
        backdrop.with(|b| {
            let (p0, p1) = b.period;
            let period = (p1 > p0).then(|| {
                view! { <rect class="period" x=p0 y=y width=p1 - p0 height=(h - y).max(0.0)/> }
            });
            let ticks = b
                .ticks
                .iter()
                .map(|x| view! { <line class="tick" x1=*x y1=y x2=*x y2=h/> })
                .collect_view();
            let today = b
                .today
                .map(|x| view! { <line class="today" x1=x y1=y x2=x y2=h/> });
            (period, ticks, today)
        })
    }
}
