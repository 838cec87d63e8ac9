//! The Gantt chart: time across (weeks, months or quarters), actions
//! grouped by horizon, channel or objective, coloured by importance with a
//! pattern as a second cue, a "today" marker, and repeating actions drawn as
//! their occurrences. A focused bar moves by a week with the arrow keys;
//! Enter opens it.
//!
//! Each row is HTML (its title, which wraps) beside an SVG of its bars drawn
//! in the chart's units over the whole time span and stretched by the
//! browser to the width of the bars' column: at the month and quarter
//! scales the span fits the width of whatever holds the chart (window,
//! slide, paper) with nothing measured, and a change of width redraws
//! nothing.

use super::{Group, Keyed, Scale};
use crate::{
    domain::{dates, timeline::occurrences, Action},
    ui::{state::Store, use_texts},
};
use chrono::{Duration, NaiveDate};
use leptos::prelude::*;
use std::sync::{
    atomic::{AtomicUsize, Ordering},
    Arc,
};

mod axis;
mod backdrop;
mod drag;
mod groups;
mod keys;
mod row;
use backdrop::Backdrop;
pub(super) use drag::refusal;
use keys::{Line, LineRef, RowKey, Slot};
use row::ActionRow;

/// A row's least height, and the height of its bars' drawing (a row is
/// taller when its title wraps).
const ROW_H: f64 = 28.0;
/// Rows in a band (see `Gantt`).
const BAND: usize = 24;
/// Numbers each chart's stripes pattern: a page can hold two charts (a
/// slide and the printed report), and a bar filled with the other one's
/// pattern, hidden in print, is drawn empty.
static CHARTS: AtomicUsize = AtomicUsize::new(0);

/// The chart. At the month and quarter scales the plan period fits the
/// width of its box, whatever that width is (a window, a slide, a page);
/// at the week scale it scrolls sideways under its label column. Titles
/// wrap, whole, in that column.
#[component]
pub fn Gantt(
    /// The actions drawn, in their order within each group.
    actions: Signal<Vec<Action>>,
    /// Weeks, months or quarters.
    scale: RwSignal<Scale>,
    /// How the rows are grouped.
    group: RwSignal<Group>,
    /// The action clicked or opened with the keyboard.
    selected: RwSignal<Option<crate::domain::ItemId>>,
    /// No focus, no click, no keyboard moves (presentation and print).
    readonly: bool,
    /// Lower rows and smaller titles, for a slide that must hold the whole
    /// plan at once.
    #[prop(optional)]
    dense: bool,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let stripes: StoredValue<Arc<str>> = StoredValue::new(
        format!("gantt-stripes-{}", CHARTS.fetch_add(1, Ordering::Relaxed)).into(),
    );
    let period = store.select(|p| Some(p.period));
    let today = crate::storage::browser::now().date_naive();
    let layout = Memo::new(move |_| {
        let period = period.get()?;
        // Borrowed, not cloned: the groups hold the actions' places in the
        // list, and only the bands below clone an action, when it changed.
        let list = actions.read();
        let from = list
            .iter()
            .map(|a| a.start)
            .chain([period.start])
            .min()
            .unwrap_or(period.start);
        let to = list
            .iter()
            .flat_map(|a| occurrences(a, period.end).into_iter().map(|o| o.1))
            .chain([period.end])
            .max()
            .unwrap_or(period.end);
        let lang = store.lang.get();
        let none = t().timeline().no_group;
        let rows = store
            .with_plan(|p| groups::rows(p, &list, group.get(), lang, none))
            .unwrap_or_default();
        Some((from, to, period, rows))
    });
    // The frame (size, axis) changes rarely: only when it does is every
    // row drawn anew (a row's key holds the frame it was drawn in). A
    // signal set when it changes, not a memo: every band's size and
    // backdrop read it, and below a memo they would all be checked on every
    // move of an action (`perf::settle`).
    let frame = crate::ui::perf::settle(move || {
        layout.with(|l| {
            let (from, to, period, _) = l.as_ref()?;
            let days = (*to - *from).num_days() + 1;
            let axis::Layout { ppd, min_px, fit } = axis::layout(scale.get(), days);
            Some(Frame {
                from: *from,
                to: *to,
                period: *period,
                scale: scale.get(),
                ppd,
                width: days as f64 * ppd,
                min_px,
                fit,
            })
        })
    });
    // The rows in bands of `BAND`: each band is a block of its own that the
    // browser skips while it is off screen (`content-visibility` in
    // style/timeline.css), and an edit redraws the band of its row only.
    // A band equal to the one before is kept as it was (the same `Arc`), so
    // the other bands compare in no time and clone nothing.
    let bands = Memo::new_owning(move |old: Option<Vec<Arc<[RowKey]>>>| {
        let old = old.unwrap_or_default();
        let Some(f) = frame.get() else {
            return (Vec::new(), !old.is_empty());
        };
        let key = |row: usize, line: Line| RowKey {
            line,
            row,
            from: f.from,
            ppd_bits: f.ppd.to_bits(),
            period_end: f.period.end,
        };
        let mut changed = false;
        let next = layout.with(|l| {
            actions.with(|list| {
                let lines: Vec<LineRef> = l
                    .iter()
                    .flat_map(|l| &l.3)
                    .flat_map(|(label, rows)| {
                        std::iter::once(LineRef::Group(label)).chain(rows.iter().filter_map(
                            |(i, copy)| list.get(*i).map(|a| LineRef::Action(a, *copy)),
                        ))
                    })
                    .collect();
                lines
                    .chunks(BAND)
                    .enumerate()
                    .map(|(b, chunk)| {
                        let same = old.get(b).is_some_and(|band| {
                            band.len() == chunk.len()
                                && band.iter().zip(chunk).enumerate().all(|(row, (k, line))| {
                                    line.is(&k.line)
                                        && k.row == row
                                        && k.from == f.from
                                        && k.ppd_bits == f.ppd.to_bits()
                                        && k.period_end == f.period.end
                                })
                        });
                        if same {
                            return old[b].clone();
                        }
                        changed = true;
                        let keys: Vec<RowKey> = chunk
                            .iter()
                            .enumerate()
                            .map(|(row, line)| key(row, line.to_line()))
                            .collect();
                        Arc::from(keys)
                    })
                    .collect::<Vec<_>>()
            })
        });
        changed |= next.len() != old.len();
        (next, changed)
    });
    let f = move || frame.get().unwrap_or_default();
    let snap = Signal::derive(move || drag::snap_of(f().scale));
    let ui = drag::DragUi::new();
    let scroll = NodeRef::<leptos::html::Div>::new();
    if !readonly {
        drag::hold_touches(scroll);
    }
    let x = move |d: NaiveDate| {
        let f = f();
        (d - f.from).num_days() as f64 * f.ppd
    };
    // What every band draws behind its rows: the period, the ticks, today.
    let backdrop = Memo::new(move |_| {
        let f = f();
        Backdrop {
            period: (
                x(f.period.start),
                x(dates::add_saturating(f.period.end, Duration::days(1))),
            ),
            ticks: axis::ticks(f.scale, f.from, f.to)
                .iter()
                .map(|d| x(*d))
                .collect(),
            today: (f.from <= today && today <= f.to).then(|| x(today)),
            width: f.width,
        }
    });
    let units = Memo::new(move |_| f().width);
    // A place on the time axis as a share of its width: the labels are
    // HTML, placed over a drawing the browser stretches to the width.
    let percent = move |x: f64| format!("{:.3}%", 100.0 * x.max(0.0) / f().width.max(1.0));
    let labels = Memo::new(move |_| {
        let f = f();
        axis::labels(f.scale, f.from, f.to, f.ppd, store.lang.get())
    });
    let today_at =
        Memo::new(move |_| backdrop.with(|b| b.today.map(|x| (x, x / b.width.max(1.0)))));
    view! {
        // What the last drag did, or why it was refused: read out, and shown
        // above the chart.
        {(!readonly).then(|| view! {
            <p class="gantt-message" role="status" data-testid="gantt-message" class:refused=move || ui.message.with(|m| m.as_ref().is_some_and(|m| m.1))>
                {move || ui.message.get().map(|m| m.0)}
            </p>
        })}
        // Read-only, the rows are not focusable: the scroll box itself is, so
        // a keyboard can scroll a wide chart.
        <div node_ref=scroll class="gantt-scroll" data-testid="gantt" tabindex=readonly.then_some("0")
            role=readonly.then_some("region") aria-label=move || readonly.then(|| t().timeline().title)>
            <Show when=move || frame.with(Option::is_some)>
                // Months and quarters fit the width (`fit`); weeks are as wide
                // as they need and scroll under the label column.
                <div class="gantt" class:fit=move || f().fit class:dense=dense role="group" aria-label=move || t().timeline().title
                    style=move || format!("--gantt-bars: {:.0}px", f().min_px)>
                    <svg class="gantt-defs" aria-hidden="true" width="0" height="0">
                        <defs>
                            <pattern id=stripes.get_value().to_string() width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                                <rect width="6" height="6" class="imp-critical"/>
                                <line x1="0" y1="0" x2="0" y2="6" stroke="#fff" stroke-width="2"/>
                            </pattern>
                        </defs>
                    </svg>
                    {move || ui.tip.get().map(|tip| view! {
                        <div class="drag-tip" class:refused=tip.refused data-testid="drag-tip" aria-hidden="true"
                            style:left=format!("{:.2}%", 100.0 * tip.across) style:top=format!("{:.0}px", tip.top)
                            // Centred on the pointer mid-chart, its ends at the pointer near the edges.
                            style:transform=format!("translate(-{:.1}%, calc(-100% - 4px))", 100.0 * tip.across)>{tip.text}</div>
                    })}
                    <div class="gantt-head" aria-hidden="true">
                        <div class="gantt-corner"></div>
                        <div class="gantt-axis">
                            <Backdrop backdrop=backdrop/>
                            {move || labels.get().into_iter().map(|l| view! {
                                <span class="tick-label" style:left=percent(l.x)>
                                    <span class="tick-major">{l.major}</span>
                                    <span class="tick-minor">{l.minor}</span>
                                </span>
                            }).collect_view()}
                        </div>
                    </div>
                    <For each=move || 0..bands.with(Vec::len) key=|i| *i let:i>
                        {
                            // A signal set when this band changed, not a memo: every
                            // memo below a changed one is checked on each edit, and
                            // each of the 1'000 rows' effects would run to find that
                            // its row did not change.
                            let band = move || bands.with(|b| b.get(i).cloned()).unwrap_or_else(|| Arc::from([]));
                            let rows = RwSignal::new(untrack(band));
                            Effect::new(move |_| {
                                let next = band();
                                if !rows.with_untracked(|r| Arc::ptr_eq(r, &next)) {
                                    rows.set(next);
                                }
                            });
                            // Its height before it is first drawn, when it starts off
                            // screen; once drawn the browser keeps its real height.
                            let h = Memo::new(move |_| rows.with(|r| r.len()) as f64 * ROW_H);
                            view! {
                                <div class="gantt-band" style:contain-intrinsic-block-size=move || format!("auto {}px", h.get())>
                                    <Backdrop backdrop=backdrop/>
                                    // Keyed by place and id, not by content: a moved
                                    // action keeps its row, which redraws its bars and
                                    // keeps the keyboard focus.
                                    <For each=move || rows.with(|r| r.iter().map(RowKey::slot).collect::<Vec<_>>()) key=|k| k.clone() let:k>
                                        {
                                            match k.line {
                                                Slot::Group(label) => view! { <div class="gantt-group"><span class="group-label">{label}</span></div> }.into_any(),
                                                Slot::Action(id, copy) => {
                                                    let row = k.row;
                                                    // Compared in place: the band's other rows
                                                    // clone nothing when one of them moves.
                                                    let action = Memo::new_owning(move |old: Option<Option<Action>>| rows.with(|r| {
                                                        let now = match r.get(row).map(|k| &k.line) {
                                                            Some(Line::Action(Keyed(a), c)) if a.id == id && *c == copy => Some(a),
                                                            _ => None,
                                                        };
                                                        match old {
                                                            Some(old) if old.as_ref() == now => (old, false),
                                                            _ => (now.cloned(), true),
                                                        }
                                                    }));
                                                    view! {
                                                        <ActionRow action=action id=id copy=copy x0=k.from ppd=f64::from_bits(k.ppd_bits) units=units
                                                            stripes=stripes.get_value() period_end=k.period_end selected=selected readonly=readonly snap=snap ui=ui/>
                                                    }.into_any()
                                                }
                                            }
                                        }
                                    </For>
                                </div>
                            }
                        }
                    </For>
                    <div class="gantt-foot" aria-hidden="true">
                        <div class="gantt-corner"></div>
                        <div class="gantt-axis">
                            <Backdrop backdrop=backdrop/>
                            {move || today_at.get().map(|(x, share)| view! {
                                // Near the right edge the label ends at the line.
                                <span class="today-label" class:end={share > 0.85} style:left=percent(x) data-testid="gantt-today">{move || t().timeline().today}</span>
                            })}
                        </div>
                    </div>
                </div>
            </Show>
        </div>
    }
}

/// The chart's frame: time span, scale and size.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Frame {
    from: NaiveDate,
    to: NaiveDate,
    period: crate::domain::Period,
    scale: Scale,
    /// Units per day.
    ppd: f64,
    /// The time span, in units.
    width: f64,
    /// The narrowest the bars' column may be, in CSS pixels.
    min_px: f64,
    /// Stretched to the width available.
    fit: bool,
}

impl Default for Frame {
    fn default() -> Self {
        let day = NaiveDate::default();
        Frame {
            from: day,
            to: day,
            period: crate::domain::Period {
                start: day,
                end: day,
            },
            scale: Scale::Months,
            ppd: 1.0,
            width: 0.0,
            min_px: 0.0,
            fit: true,
        }
    }
}
