//! One action's row of the Gantt: its title, its bars, the arrow keys that
//! move it by a week, and its bars dragged by a pointer (`drag`).

use super::{
    drag::{self, Drag, DragUi, Tip},
    ROW_H,
};
use crate::{
    domain::{dates, reschedule::Snap, timeline::occurrences, Action, Command, Importance},
    ui::{format, state::Store, timeline::form::importance_name, use_texts},
};
use chrono::{Duration, NaiveDate};
use leptos::prelude::*;
use std::sync::Arc;

/// An action's row: its title, in the label column, wrapped whole, and its
/// bars, in the chart's units (`ppd` a day from `x0`) over a time span
/// `units` wide that the browser stretches to the column's width. It follows
/// `action` in place (`None` once the row is going away). `copy` counts the
/// rows of the same action before this one (grouped by objective, an action
/// serving two is drawn twice).
#[component]
pub(super) fn ActionRow(
    action: Memo<Option<Action>>,
    id: crate::domain::ItemId,
    copy: usize,
    x0: NaiveDate,
    ppd: f64,
    #[prop(into)] units: Signal<f64>,
    /// The id of the chart's stripes pattern, the fill of critical bars.
    stripes: Arc<str>,
    period_end: NaiveDate,
    selected: RwSignal<Option<crate::domain::ItemId>>,
    readonly: bool,
    /// What a drag snaps to.
    snap: Signal<Snap>,
    ui: DragUi,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let row_id = if copy == 0 {
        format!("gantt-row-{id}")
    } else {
        format!("gantt-row-{id}-{copy}")
    };
    let x = move |d: NaiveDate| (d - x0).num_days() as f64 * ppd;
    let lang = move || store.lang.get_untracked();
    // Sends a change of this action's dates, kept to the rule of the form
    // (`drag::refusal`); the refusal, or the new dates, go to the chart's
    // live region.
    let send = move |before: &Action, after: Action, gesture: bool| -> bool {
        if (after.start, after.end) == (before.start, before.end) {
            return false;
        }
        let why = store
            .with_plan(|p| drag::refusal(p, Some(before), &after, lang()))
            .flatten();
        if let Some(why) = why {
            ui.message.set(Some((why, true)));
            return false;
        }
        let (from, to) = (
            format::date(after.start, lang()),
            format::date(after.end, lang()),
        );
        // A drag is a step of its own (a batch never merges with the edit
        // before or after it); arrow keys pressed in a row merge into one.
        let update = Command::UpdateAction(Box::new(after));
        let command = if gesture {
            Command::Batch(vec![update])
        } else {
            update
        };
        match store.send(command) {
            Some(why) => ui.message.set(Some((why, true))),
            None => ui
                .message
                .set(Some(((t().gantt().moved)(&from, &to), false))),
        }
        true
    };
    let focus_id = row_id.clone();
    let shift = move |weeks: i64| {
        // A move past 1900-2200 is not sent: the command would refuse it.
        let Some((before, moved)) = store
            .with_plan(|p| {
                p.action(id)
                    .and_then(|a| Some((a.clone(), a.shifted(weeks)?)))
            })
            .flatten()
        else {
            return;
        };
        if !send(&before, moved, false) {
            return;
        }
        // The row is kept, and its focus with it, unless the move changed
        // the chart's frame (its first or last day): then it is drawn anew,
        // and the focus goes back to this action's new row.
        let row_id = focus_id.clone();
        request_animation_frame(move || {
            use wasm_bindgen::JsCast;
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
    let bar = move |(s, e): (NaiveDate, NaiveDate)| {
        (
            x(s),
            (x(dates::add_saturating(e, Duration::days(1))) - x(s)).max(4.0),
        )
    };
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
                .map(|o| {
                    let (at, w) = bar(o);
                    view! { <rect class=class fill=fill.clone() x=at y="5" width=w height=ROW_H - 10.0 rx="3" data-testid="gantt-bar"/> }
                })
                .collect::<Vec<_>>()
        })
    };
    // A drag: where it is, and the dates it would give (and whether the
    // rule refuses them), drawn over the bars until the pointer lets go.
    let dragging = StoredValue::new(None::<Drag>);
    let preview = RwSignal::new(None::<(Action, bool)>);
    let escape = StoredValue::new_local(None::<leptos::leptos_dom::helpers::WindowListenerHandle>);
    let end = move || {
        dragging.set_value(None);
        preview.set(None);
        ui.tip.set(None);
        if let Some(h) = escape.try_update_value(Option::take).flatten() {
            h.remove();
        }
    };
    let ghost = move || {
        preview.with(|p| {
            p.as_ref().map(|(a, refused)| {
                occurrences(a, period_end)
                    .into_iter()
                    .map(|o| {
                        let (at, w) = bar(o);
                        view! { <rect class="bar-ghost" class:refused=*refused x=at y="3" width=w height=ROW_H - 6.0 rx="3"/> }
                    })
                    .collect::<Vec<_>>()
            })
        })
    };
    let down = move |e: web_sys::PointerEvent| {
        let Some(before) = action.get_untracked().filter(|_| !readonly) else {
            return;
        };
        let Some(d) = drag::start(&e, before, snap.get_untracked(), ppd, units.get_untracked())
        else {
            return;
        };
        end();
        dragging.set_value(Some(d));
        let key = window_event_listener(leptos::ev::keydown, move |k| {
            if k.key() == "Escape" && dragging.with_value(|d| d.as_ref().is_some_and(|d| d.moved)) {
                k.prevent_default();
                k.stop_propagation();
                end();
                ui.message
                    .set(Some((t().gantt().drag_cancelled.to_string(), false)));
            }
        });
        escape.set_value(Some(key));
    };
    let follow = move |e: web_sys::PointerEvent| {
        if dragging.with_value(Option::is_none) {
            if !readonly {
                drag::hover(&e);
            }
            return;
        }
        let x = f64::from(e.client_x());
        let Some((step, across, top, before)) = dragging
            .try_update_value(|d| {
                let d = d.as_mut().filter(|d| d.pointer == e.pointer_id())?;
                let step = d.follow(x);
                d.moved
                    .then(|| (step, d.across(x), d.tip_top, d.before.clone()))
            })
            .flatten()
        else {
            return;
        };
        e.prevent_default();
        if let Some(Some(after)) = step {
            let why = store
                .with_plan(|p| drag::refusal(p, Some(&before), &after, lang()))
                .flatten();
            let text = why.clone().unwrap_or_else(|| {
                format!(
                    "{} → {}",
                    format::date(after.start, lang()),
                    format::date(after.end, lang())
                )
            });
            preview.set(Some((after, why.is_some())));
            ui.tip.set(Some(Tip {
                text,
                across,
                top,
                refused: why.is_some(),
            }));
        } else {
            ui.tip.update(|t| {
                if let Some(t) = t {
                    t.across = across;
                }
            });
        }
    };
    let release = move |e: web_sys::PointerEvent| {
        let Some(d) = dragging.get_value().filter(|d| d.pointer == e.pointer_id()) else {
            return;
        };
        end();
        if !d.moved {
            // A tap selects, as a click does (the touch was kept from
            // making one, see `drag::hold_touches`).
            if e.pointer_type() == "touch" {
                selected.set(Some(id));
            }
            return;
        }
        // The action as it is now, dragged as far as the pointer went.
        let Some((before, after)) = store
            .with_plan(|p| {
                let a = p.action(id)?;
                Some((
                    a.clone(),
                    crate::domain::reschedule::dragged(a, d.grip, d.n, d.snap)?,
                ))
            })
            .flatten()
        else {
            return;
        };
        if send(&before, after, true) {
            selected.set(Some(id));
        }
    };
    let cancel = move |e: web_sys::PointerEvent| {
        if dragging.with_value(|d| d.as_ref().is_some_and(|d| d.pointer == e.pointer_id())) {
            end();
        }
    };
    // A row going away mid-drag leaves no label and no listener behind.
    on_cleanup(move || {
        if let Some(h) = escape.try_update_value(Option::take).flatten() {
            h.remove();
            ui.tip.set(None);
        }
    });
    view! {
        <div class="gantt-row" id=row_id class:selected=move || selected.get() == Some(id) data-testid="gantt-row" data-importance=importance
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
            <svg class="row-bars" class:movable=!readonly class:dragging=move || preview.with(Option::is_some)
                aria-hidden="true" preserveAspectRatio="none" height=ROW_H
                viewBox=move || format!("0 0 {} {ROW_H}", units.get().max(1.0))
                on:pointerdown=down on:pointermove=follow on:pointerup=release
                on:pointercancel=cancel on:lostpointercapture=cancel>
                {bars}
                {ghost}
            </svg>
        </div>
    }
}
