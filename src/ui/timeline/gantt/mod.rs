//! The Gantt chart in SVG: time across (weeks, months or quarters),
//! actions grouped by horizon, channel or objective, coloured by importance
//! with a pattern as a second cue, a "today" marker, and repeating actions
//! drawn as their occurrences. A focused bar moves by a week with the arrow
//! keys; Enter opens it.

use super::{Group, Keyed, Scale};
use crate::{
    domain::{budget::horizon_name, dates, timeline::occurrences, Action, Plan},
    ui::{format, state::Store, use_texts},
};
use chrono::{Datelike, Duration, Months, NaiveDate};
use leptos::prelude::*;
use std::sync::Arc;

mod backdrop;
mod keys;
mod row;
use backdrop::Backdrop;
use keys::{Line, LineRef, RowKey, Slot};
use row::ActionRow;

const LABEL_W: f64 = 200.0;
const ROW_H: f64 = 28.0;
/// Room kept at the right of the label column for the ellipsis.
const LABEL_CUT: f64 = 22.0;
const HEAD_H: f64 = 34.0;
/// Below the last row: the "today" label.
const FOOT_H: f64 = 18.0;
/// Rows in a band: an SVG of its own (see `Gantt`).
const BAND: usize = 24;

/// Pixels per day at each scale.
fn px_per_day(scale: Scale) -> f64 {
    match scale {
        Scale::Weeks => 36.0 / 7.0,
        Scale::Months => 90.0 / 30.44,
        Scale::Quarters => 150.0 / 91.3,
    }
}

/// The tick dates of the time axis between `from` and `to`.
fn ticks(scale: Scale, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
    let mut d = match scale {
        Scale::Weeks => dates::add_saturating(
            from,
            -Duration::days(i64::from(from.weekday().num_days_from_monday())),
        ),
        Scale::Months => from.with_day(1).unwrap_or(from),
        Scale::Quarters => {
            NaiveDate::from_ymd_opt(from.year(), (from.month0() / 3) * 3 + 1, 1).unwrap_or(from)
        }
    };
    let mut out = Vec::new();
    while d <= to && out.len() < 600 {
        out.push(d);
        let next = match scale {
            Scale::Weeks => d.checked_add_signed(Duration::weeks(1)),
            Scale::Months => d.checked_add_months(Months::new(1)),
            Scale::Quarters => d.checked_add_months(Months::new(3)),
        };
        // Past chrono's last day: no more ticks.
        let Some(next) = next else { break };
        d = next;
    }
    out
}

/// The group label of an action.
fn group_of(p: &Plan, a: &Action, group: Group, lang: crate::domain::Lang, none: &str) -> String {
    match group {
        Group::Horizon => a.horizon.map(|h| horizon_name(h).get(lang).to_string()),
        Group::Channel => a
            .channel
            .clone()
            .or_else(|| {
                a.budget_line
                    .and_then(|id| p.budget.lines.iter().find(|l| l.id == id))
                    .map(|l| l.channel.clone())
            })
            .map(|c| c.name(lang)),
        Group::Objective => a
            .objectives
            .first()
            .and_then(|id| p.objectives.iter().find(|o| o.id == *id))
            .map(|o| o.title.clone()),
    }
    .unwrap_or_else(|| none.to_string())
}

/// The chart.
#[component]
pub fn Gantt(
    actions: Signal<Vec<Action>>,
    scale: RwSignal<Scale>,
    group: RwSignal<Group>,
    selected: RwSignal<Option<crate::domain::ItemId>>,
    /// No focus, no click, no keyboard moves (presentation and print).
    readonly: bool,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
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
        let g = group.get();
        let mut rows: Vec<(String, Vec<usize>)> = Vec::new();
        store.with_plan(|p| {
            for (i, a) in list.iter().enumerate() {
                let key = group_of(p, a, g, lang, none);
                match rows.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, v)) => v.push(i),
                    None => rows.push((key, vec![i])),
                }
            }
        });
        // Horizons in their natural order, anything else alphabetically; the
        // ungrouped rows last.
        let rank = |k: &str| match g {
            Group::Horizon => crate::domain::Horizon::ALL
                .iter()
                .position(|h| horizon_name(*h).get(lang) == k)
                .unwrap_or(9),
            _ => 0,
        };
        rows.sort_by(|a, b| {
            (a.0 == none)
                .cmp(&(b.0 == none))
                .then(rank(&a.0).cmp(&rank(&b.0)))
                .then(a.0.cmp(&b.0))
        });
        Some((from, to, period, rows))
    });
    // The frame (size, axis) changes rarely: only when it does is every
    // row drawn anew (a row's key holds the frame it was drawn in). A
    // signal set when it changes, not a memo: every band's size and
    // backdrop read it, and below a memo they would all be checked on every
    // move of an action (`select::settle`).
    let frame = crate::ui::select::settle(move || {
        layout.with(|l| {
            let (from, to, period, _) = l.as_ref()?;
            let ppd = px_per_day(scale.get());
            Some(Frame {
                from: *from,
                to: *to,
                period: *period,
                scale: scale.get(),
                ppd,
                width: LABEL_W + ((*to - *from).num_days() + 1) as f64 * ppd + 20.0,
            })
        })
    });
    // The rows in bands of `BAND`: each band is an SVG of its own that the
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
                        std::iter::once(LineRef::Group(label)).chain(
                            rows.iter()
                                .filter_map(|i| list.get(*i))
                                .map(LineRef::Action),
                        )
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
    let x = move |d: NaiveDate| {
        let f = f();
        LABEL_W + (d - f.from).num_days() as f64 * f.ppd
    };
    // What every band draws behind its rows: the period, the ticks, today.
    let backdrop = Memo::new(move |_| {
        let f = f();
        let ticks = ticks(f.scale, f.from, f.to);
        Backdrop {
            period: (
                x(f.period.start),
                x(dates::add_saturating(f.period.end, Duration::days(1))),
            ),
            ticks: ticks.iter().map(|d| x(*d)).collect(),
            today: (f.from <= today && today <= f.to).then(|| x(today)),
            width: f.width,
        }
    });
    let box_of = move |h: f64| {
        let w = f().width;
        (w, h, format!("0 0 {w} {h}"))
    };
    view! {
        // Read-only, the rows are not focusable: the scroll box itself is, so
        // a keyboard can scroll a wide chart.
        <div class="gantt-scroll" data-testid="gantt" tabindex=readonly.then_some("0")
            role=readonly.then_some("region") aria-label=move || readonly.then(|| t().timeline().title)>
            <Show when=move || frame.with(Option::is_some)>
                <div class="gantt" role="group" aria-label=move || t().timeline().title
                    style:width=move || format!("{}px", f().width)>
                    <svg class="gantt-head" role="presentation" width=move || box_of(HEAD_H).0 height=HEAD_H
                        viewBox=move || box_of(HEAD_H).2>
                        <defs>
                            <pattern id="stripes" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                                <rect width="6" height="6" class="imp-critical"/>
                                <line x1="0" y1="0" x2="0" y2="6" stroke="#fff" stroke-width="2"/>
                            </pattern>
                            // Titles are drawn whole and cut at the label
                            // column's edge (in each band's own coordinates).
                            <clipPath id="gantt-label-clip">
                                <rect x="0" y="0" width=LABEL_W - LABEL_CUT height=BAND as f64 * ROW_H/>
                            </clipPath>
                        </defs>
                        <Backdrop backdrop=backdrop y=HEAD_H - 6.0 height=HEAD_H/>
                        {move || {
                            let f = f();
                            let lang = store.lang.get();
                            ticks(f.scale, f.from, f.to).into_iter().map(|d| {
                                let label = match f.scale {
                                    Scale::Weeks => format!("{}/{}", d.day(), d.month()),
                                    Scale::Months => format::month(d, lang),
                                    Scale::Quarters => format!("T{} {}", d.month0() / 3 + 1, d.year()),
                                };
                                view! { <text class="tick-label" x=x(d) + 3.0 y=HEAD_H - 12.0>{label}</text> }
                            }).collect_view()
                        }}
                    </svg>
                    <For each=move || 0..bands.with(Vec::len) key=|i| *i let:i>
                        {
                            // A signal set when this band changed, not a memo: every
                            // memo below a changed one is checked on each edit, and
                            // each of the 1'000 rows' effects would run to find that
                            // its row did not change (about 25 ms a move, make bench).
                            let band = move || bands.with(|b| b.get(i).cloned()).unwrap_or_else(|| Arc::from([]));
                            let rows = RwSignal::new(untrack(band));
                            Effect::new(move |_| {
                                let next = band();
                                if !rows.with_untracked(|r| Arc::ptr_eq(r, &next)) {
                                    rows.set(next);
                                }
                            });
                            let h = Memo::new(move |_| rows.with(|r| r.len()) as f64 * ROW_H);
                            let h = move || h.get();
                            view! {
                                <div class="gantt-band" style:contain-intrinsic-size=move || format!("{}px {}px", f().width, h())>
                                    <svg role="presentation" width=move || box_of(h()).0 height=h viewBox=move || box_of(h()).2>
                                        <Backdrop backdrop=backdrop y=0.0 height=Signal::derive(h)/>
                                        // Keyed by place and id, not by content: a moved
                                        // action keeps its row, which redraws its bars and
                                        // keeps the keyboard focus.
                                        <For each=move || rows.with(|r| r.iter().map(RowKey::slot).collect::<Vec<_>>()) key=|k| k.clone() let:k>
                                            {
                                                let y = k.row as f64 * ROW_H;
                                                match k.line {
                                                    Slot::Group(label) => view! { <text class="group-label" x="8" y=y + 19.0>{label}</text> }.into_any(),
                                                    Slot::Action(id) => {
                                                        let row = k.row;
                                                        // Compared in place: the band's other rows
                                                        // clone nothing when one of them moves.
                                                        let action = Memo::new_owning(move |old: Option<Option<Action>>| rows.with(|r| {
                                                            let now = match r.get(row).map(|k| &k.line) {
                                                                Some(Line::Action(Keyed(a))) if a.id == id => Some(a),
                                                                _ => None,
                                                            };
                                                            match old {
                                                                Some(old) if old.as_ref() == now => (old, false),
                                                                _ => (now.cloned(), true),
                                                            }
                                                        }));
                                                        view! {
                                                            <ActionRow action=action id=id y=y x0=k.from ppd=f64::from_bits(k.ppd_bits) period_end=k.period_end
                                                                selected=selected readonly=readonly/>
                                                        }.into_any()
                                                    }
                                                }
                                            }
                                        </For>
                                    </svg>
                                </div>
                            }
                        }
                    </For>
                    <svg class="gantt-foot" role="presentation" width=move || box_of(FOOT_H).0 height=FOOT_H
                        viewBox=move || box_of(FOOT_H).2>
                        <Backdrop backdrop=backdrop y=0.0 height=FOOT_H/>
                        {move || backdrop.with(|b| b.today).map(|x| view! {
                            <text class="today-label" x=x + 3.0 y=FOOT_H - 4.0 data-testid="gantt-today">{t().timeline().today}</text>
                        })}
                    </svg>
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
    ppd: f64,
    width: f64,
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
        }
    }
}
