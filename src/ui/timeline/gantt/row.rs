//! One action's row of the Gantt: its title, its bars, and the arrow keys
//! that move it by a week.

use super::ROW_H;
use crate::{
    domain::{dates, timeline::occurrences, Action, Command, Importance},
    ui::{state::Store, timeline::form::importance_name, use_texts},
};
use chrono::{Duration, NaiveDate};
use leptos::prelude::*;
use std::sync::Arc;

/// An action's row: its title, in the label column, wrapped whole, and its
/// bars, in the chart's units (`ppd` a day from `x0`) over a time span
/// `units` wide that the browser stretches to the column's width. It follows
/// `action` in place (`None` once the row is going away).
#[component]
pub(super) fn ActionRow(
    action: Memo<Option<Action>>,
    id: crate::domain::ItemId,
    x0: NaiveDate,
    ppd: f64,
    #[prop(into)] units: Signal<f64>,
    /// The id of the chart's stripes pattern, the fill of critical bars.
    stripes: Arc<str>,
    period_end: NaiveDate,
    selected: RwSignal<Option<crate::domain::ItemId>>,
    readonly: bool,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let x = move |d: NaiveDate| (d - x0).num_days() as f64 * ppd;
    let shift = move |weeks: i64| {
        // A move past 1900-2200 is not sent: the command would refuse it.
        let Some(moved) = store
            .with_plan(|p| p.action(id).and_then(|a| a.shifted(weeks)))
            .flatten()
        else {
            return;
        };
        let _ = store.send(Command::UpdateAction(Box::new(moved)));
        // The row is kept, and its focus with it, unless the move changed
        // the chart's frame (its first or last day): then it is drawn anew,
        // and the focus goes back to this action's new row.
        request_animation_frame(move || {
            use wasm_bindgen::JsCast;
            let row_id = format!("gantt-row-{id}");
            let document = document();
            if document.active_element().is_some_and(|e| e.id() == row_id) {
                return;
            }
            if let Some(row) = document
                .get_element_by_id(&row_id)
                .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = row.focus();
            }
        });
    };
    let with =
        move |f: &dyn Fn(&Action) -> String| action.with(|a| a.as_ref().map(f)).unwrap_or_default();
    let tooltip = move || {
        with(&|a| {
            format!(
                "{} · {} · {} → {}",
                a.title,
                importance_name(a.importance, t().timeline()),
                a.start,
                a.end
            )
        })
    };
    let title = move || with(&|a| a.title.clone());
    let importance = move || with(&|a| format!("{:?}", a.importance).to_lowercase());
    let bars = move || {
        action.with(|a| {
            let Some(a) = a else {
                return Vec::new();
            };
            let fill = (a.importance == Importance::Critical).then(|| format!("url(#{stripes})"));
            let class = match a.importance {
                Importance::Critical => "bar imp-critical-bar",
                Importance::High => "bar imp-high",
                Importance::Normal => "bar imp-normal",
                Importance::Low => "bar imp-low",
            };
            occurrences(a, period_end)
                .into_iter()
                .map(|(s, e)| {
                    let w = (x(dates::add_saturating(e, Duration::days(1))) - x(s)).max(4.0);
                    view! { <rect class=class fill=fill.clone() x=x(s) y="5" width=w height=ROW_H - 10.0 rx="3" data-testid="gantt-bar"/> }
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div class="gantt-row" id=format!("gantt-row-{id}") class:selected=move || selected.get() == Some(id) data-testid="gantt-row" data-importance=importance
            tabindex=(!readonly).then_some("0") role=(!readonly).then_some("button") aria-label=move || (!readonly).then(tooltip) title=tooltip
            on:click=move |_| if !readonly { selected.set(Some(id)) }
            on:keydown=move |e: leptos::ev::KeyboardEvent| if !readonly { match e.key().as_str() {
                "Enter" | " " => { e.prevent_default(); selected.set(Some(id)); }
                "ArrowRight" => { e.prevent_default(); shift(1); }
                "ArrowLeft" => { e.prevent_default(); shift(-1); }
                _ => {}
            } }>
            // A focusable row is named by its `aria-label` (title, importance,
            // dates), so its label is for the eye only; read-only rows have
            // no name, and their label is read.
            <span class="row-label" aria-hidden=(!readonly).then_some("true")>{title}</span>
            <svg class="row-bars" aria-hidden="true" preserveAspectRatio="none" height=ROW_H
                viewBox=move || format!("0 0 {} {ROW_H}", units.get().max(1.0))>
                {bars}
            </svg>
        </div>
    }
}
