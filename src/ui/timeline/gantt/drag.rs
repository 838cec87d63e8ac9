//! Dragging a bar with a pointer (mouse, pen, touch): the whole bar moves
//! its action, an end changes one of its dates, snapped by the chart's
//! scale (`snap_of`). The row draws the new dates as the pointer goes and
//! sends one command on release; Escape, or the browser taking the pointer
//! back, gives the drag up.

use super::Scale;
use crate::{
    domain::{
        reschedule::{check_dates, dragged, steps, DateRefusal, Grip, Snap},
        Action, Lang, Plan,
    },
    i18n::texts,
    ui::format,
};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What a drag snaps to at each scale: days when a column is a week,
/// weeks when it is a month, months when it is a quarter.
pub(super) fn snap_of(scale: Scale) -> Snap {
    match scale {
        Scale::Weeks => Snap::Day,
        Scale::Months => Snap::Week,
        Scale::Quarters => Snap::Month,
    }
}

/// The words of a refused change of dates, the same in the form and on
/// the chart; `None` when the rule lets it through.
pub(crate) fn refusal(
    plan: &Plan,
    before: Option<&Action>,
    after: &Action,
    lang: Lang,
) -> Option<String> {
    check_dates(plan, before, after).err().map(|r| match r {
        DateRefusal::LeavesPeriod(p) => (texts(lang).gantt().outside_period)(
            &format::date(p.start, lang),
            &format::date(p.end, lang),
        ),
    })
}

/// What the chart shows about drags, shared by its rows: the message of
/// the last move (a live region beside the chart), refused or not, and the
/// label that follows the pointer.
#[derive(Clone, Copy)]
pub(super) struct DragUi {
    pub(super) message: RwSignal<Option<(String, bool)>>,
    pub(super) tip: RwSignal<Option<Tip>>,
}

impl DragUi {
    pub(super) fn new() -> Self {
        DragUi {
            message: RwSignal::new(None),
            tip: RwSignal::new(None),
        }
    }
}

/// The label beside a dragged bar: its words, where (across the chart's
/// box, 0 to 1, and CSS pixels down), and whether the dates shown would be
/// refused.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Tip {
    pub(super) text: String,
    pub(super) across: f64,
    pub(super) top: f64,
    pub(super) refused: bool,
}

/// A drag under way.
#[derive(Clone, Debug)]
pub(super) struct Drag {
    pub(super) pointer: i32,
    pub(super) grip: Grip,
    pub(super) snap: Snap,
    /// Where the pointer went down, and its travel per day, in CSS pixels.
    pub(super) x0: f64,
    pub(super) px_per_day: f64,
    /// The chart's box and the bar's top, to place the label.
    pub(super) chart_left: f64,
    pub(super) chart_width: f64,
    pub(super) tip_top: f64,
    /// The action as it was.
    pub(super) before: Action,
    /// Whether the pointer went far enough to be a drag, not a press.
    pub(super) moved: bool,
    /// The travel that makes it a drag: more for a finger than a mouse.
    pub(super) slop: f64,
    /// Steps of `snap` so far.
    pub(super) n: i64,
}

/// Keeps a touch that starts on a movable bar inside `chart` for the
/// drag: the browser would take it for a scroll (or a long press) and
/// cancel the pointer, and it honours `touch-action` on the `<svg>` box but
/// not on the bars inside it. One listener for the whole chart; a touch
/// anywhere else on it still scrolls it either way.
pub(super) fn hold_touches(chart: NodeRef<leptos::html::Div>) {
    use wasm_bindgen::closure::Closure;
    let hold = StoredValue::new_local(Closure::<dyn Fn(web_sys::Event)>::new(
        |e: web_sys::Event| {
            let on_bar = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|t| t.matches(".row-bars.movable .bar").unwrap_or(false));
            if on_bar && e.cancelable() {
                e.prevent_default();
            }
        },
    ));
    Effect::new(move |_| {
        let Some(el) = chart.get() else {
            return;
        };
        let options = web_sys::AddEventListenerOptions::new();
        options.set_passive(false);
        hold.with_value(|f| {
            let _ = el.add_event_listener_with_callback_and_add_event_listener_options(
                "touchstart",
                f.as_ref().unchecked_ref(),
                &options,
            );
        });
    });
}

/// Least travel, in CSS pixels, that makes a press a drag.
const SLOP: f64 = 4.0;
/// The same for a finger, which wobbles more than a mouse.
const TOUCH_SLOP: f64 = 10.0;

/// Where each end's grip is, in CSS pixels from the bar's ends: wider for
/// a finger, never more than a quarter of the bar.
fn edge(pointer_type: &str, bar_width: f64) -> f64 {
    let zone: f64 = if pointer_type == "touch" { 12.0 } else { 7.0 };
    zone.min(bar_width / 4.0)
}

/// The part of a bar drawn in `bar` that a pointer at `x` holds.
fn grip_at(bar: &web_sys::DomRect, x: f64, pointer_type: &str) -> Grip {
    let zone = edge(pointer_type, bar.width());
    if x - bar.left() < zone {
        Grip::Start
    } else if bar.right() - x < zone {
        Grip::End
    } else {
        Grip::Whole
    }
}

/// Marks the bars' drawing under a pointer that is not dragging with what
/// a press would hold (`data-grip`: `edge` or `whole`), for the cursor.
pub(super) fn hover(e: &web_sys::PointerEvent) {
    let Some(svg) = e
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let grip = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .filter(|b| b.class_list().contains("bar"))
        .map_or("", |b| {
            match grip_at(
                &b.get_bounding_client_rect(),
                f64::from(e.client_x()),
                &e.pointer_type(),
            ) {
                Grip::Whole => "whole",
                Grip::Start | Grip::End => "edge",
            }
        });
    if svg.get_attribute("data-grip").as_deref().unwrap_or("") != grip {
        let _ = svg.set_attribute("data-grip", grip);
    }
}

/// A drag starting on `e`, a press on one of `before`'s bars drawn `ppd`
/// units a day over `units` units; `None` when it is not on a bar.
pub(super) fn start(
    e: &web_sys::PointerEvent,
    before: Action,
    snap: Snap,
    ppd: f64,
    units: f64,
) -> Option<Drag> {
    if !e.is_primary() || e.button() > 0 {
        return None;
    }
    let bar = e.target()?.dyn_into::<web_sys::Element>().ok()?;
    if !bar.class_list().contains("bar") {
        return None;
    }
    let svg = e.current_target()?.dyn_into::<web_sys::Element>().ok()?;
    let chart = svg.closest(".gantt").ok()??;
    let (b, s) = (
        bar.get_bounding_client_rect(),
        svg.get_bounding_client_rect(),
    );
    let x = f64::from(e.client_x());
    let grip = grip_at(&b, x, &e.pointer_type());
    let c = chart.get_bounding_client_rect();
    let _ = svg.set_pointer_capture(e.pointer_id());
    Some(Drag {
        pointer: e.pointer_id(),
        grip,
        snap,
        x0: x,
        px_per_day: (s.width() / units.max(1.0) * ppd).max(0.01),
        chart_left: c.left(),
        chart_width: c.width().max(1.0),
        tip_top: b.top() - c.top(),
        before,
        moved: false,
        slop: if e.pointer_type() == "touch" {
            TOUCH_SLOP
        } else {
            SLOP
        },
        n: 0,
    })
}

impl Drag {
    /// Where the pointer at `x` is across the chart, 0 to 1.
    pub(super) fn across(&self, x: f64) -> f64 {
        ((x - self.chart_left) / self.chart_width).clamp(0.0, 1.0)
    }

    /// Follows the pointer to `x`: the action it would make when the
    /// steps changed, else `None`.
    pub(super) fn follow(&mut self, x: f64) -> Option<Option<Action>> {
        let dx = x - self.x0;
        if !self.moved && dx.abs() < self.slop {
            return None;
        }
        let n = steps(dx / self.px_per_day, self.snap);
        let first = !self.moved;
        self.moved = true;
        if n == self.n && !first {
            return None;
        }
        self.n = n;
        Some(dragged(&self.before, self.grip, n, self.snap))
    }
}
