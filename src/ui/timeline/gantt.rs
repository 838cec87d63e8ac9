//! The Gantt chart in SVG: time across (weeks, months or quarters),
//! actions grouped by horizon, channel or objective, coloured by importance
//! with a pattern as a second cue, a "today" marker, and repeating actions
//! drawn as their occurrences. A focused bar moves by a week with the arrow
//! keys; Enter opens it.

use super::{form::importance_name, Group, Keyed, Scale};
use crate::{
    domain::{budget::horizon_name, timeline::occurrences, Action, Command, Importance, Plan},
    ui::{format, state::Store, use_texts},
};
use chrono::{Datelike, Duration, Months, NaiveDate};
use leptos::prelude::*;

const LABEL_W: f64 = 200.0;
const ROW_H: f64 = 28.0;
/// Room kept at the right of the label column for the ellipsis.
const LABEL_CUT: f64 = 22.0;
const HEAD_H: f64 = 34.0;

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
        Scale::Weeks => from - Duration::days(i64::from(from.weekday().num_days_from_monday())),
        Scale::Months => from.with_day(1).unwrap_or(from),
        Scale::Quarters => {
            NaiveDate::from_ymd_opt(from.year(), (from.month0() / 3) * 3 + 1, 1).unwrap_or(from)
        }
    };
    let mut out = Vec::new();
    while d <= to && out.len() < 600 {
        out.push(d);
        d = match scale {
            Scale::Weeks => d + Duration::weeks(1),
            Scale::Months => d
                .checked_add_months(Months::new(1))
                .unwrap_or(to + Duration::days(1)),
            Scale::Quarters => d
                .checked_add_months(Months::new(3))
                .unwrap_or(to + Duration::days(1)),
        };
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
        // Borrowed, not cloned: each action is cloned once, into its group.
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
        let mut rows: Vec<(String, Vec<Action>)> = Vec::new();
        store.with_plan(|p| {
            for a in list.iter() {
                let key = group_of(p, a, g, lang, none);
                match rows.iter_mut().find(|(k, _)| *k == key) {
                    Some((_, v)) => v.push(a.clone()),
                    None => rows.push((key, vec![a.clone()])),
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
    // The frame (size, axis) changes rarely; rows are keyed by what they
    // draw, so moving one action redraws that row only, not the chart.
    let frame = Memo::new(move |_| {
        layout.with(|l| {
            let (from, to, period, rows) = l.as_ref()?;
            let ppd = px_per_day(scale.get());
            let n_rows: usize = rows.iter().map(|(_, v)| v.len() + 1).sum();
            Some(Frame {
                from: *from,
                to: *to,
                period: *period,
                scale: scale.get(),
                ppd,
                width: LABEL_W + ((*to - *from).num_days() + 1) as f64 * ppd + 20.0,
                height: HEAD_H + n_rows as f64 * ROW_H + 10.0,
            })
        })
    });
    let lines = Memo::new(move |_| {
        let Some(f) = frame.get() else {
            return Vec::new();
        };
        layout.with(|l| {
            let mut out = Vec::new();
            for (label, list) in l.iter().flat_map(|l| &l.3) {
                out.push(Line::Group(label.clone()));
                out.extend(list.iter().map(|a| Line::Action(Keyed(a.clone()))));
            }
            out.into_iter()
                .enumerate()
                .map(|(row, line)| RowKey {
                    line,
                    row,
                    from: f.from,
                    ppd_bits: f.ppd.to_bits(),
                    period_end: f.period.end,
                })
                .collect::<Vec<_>>()
        })
    });
    let f = move || frame.get().unwrap_or_default();
    let x = move |d: NaiveDate| {
        let f = f();
        LABEL_W + (d - f.from).num_days() as f64 * f.ppd
    };
    view! {
        // Read-only, the rows are not focusable: the scroll box itself is, so
        // a keyboard can scroll a wide chart.
        <div class="gantt-scroll" data-testid="gantt" tabindex=readonly.then_some("0")
            role=readonly.then_some("region") aria-label=move || readonly.then(|| t().timeline().title)>
            <Show when=move || frame.with(Option::is_some)>
                <svg class="gantt" width=move || f().width height=move || f().height
                    viewBox=move || format!("0 0 {} {}", f().width, f().height) role="group"
                    aria-label=move || t().timeline().title>
                    <defs>
                        <pattern id="stripes" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                            <rect width="6" height="6" class="imp-critical"/>
                            <line x1="0" y1="0" x2="0" y2="6" stroke="#fff" stroke-width="2"/>
                        </pattern>
                        // Titles are drawn whole and cut at the label column's edge.
                        <clipPath id="gantt-label-clip">
                            <rect x="0" y="0" width=LABEL_W - LABEL_CUT height=move || f().height/>
                        </clipPath>
                    </defs>
                    <rect x=LABEL_W y=HEAD_H class="period"
                        width=move || x(f().period.end + Duration::days(1)) - x(f().period.start)
                        height=move || f().height - HEAD_H
                        transform=move || format!("translate({} 0)", x(f().period.start) - LABEL_W)/>
                    {move || {
                        let f = f();
                        let lang = store.lang.get();
                        ticks(f.scale, f.from, f.to).into_iter().map(|d| {
                            let label = match f.scale {
                                Scale::Weeks => format!("{}/{}", d.day(), d.month()),
                                Scale::Months => format::month(d, lang),
                                Scale::Quarters => format!("T{} {}", d.month0() / 3 + 1, d.year()),
                            };
                            view! {
                                <line class="tick" x1=x(d) y1=HEAD_H - 6.0 x2=x(d) y2=f.height/>
                                <text class="tick-label" x=x(d) + 3.0 y=HEAD_H - 12.0>{label}</text>
                            }
                        }).collect_view()
                    }}
                    <For each=move || lines.get() key=|k| k.clone() let:k>
                        {
                            let y = HEAD_H + k.row as f64 * ROW_H;
                            match k.line {
                                Line::Group(label) => view! { <text class="group-label" x="8" y=y + 19.0>{label}</text> }.into_any(),
                                Line::Action(Keyed(a)) => view! {
                                    <ActionRow action=a y=y x0=k.from ppd=f64::from_bits(k.ppd_bits) period_end=k.period_end
                                        selected=selected readonly=readonly/>
                                }.into_any(),
                            }
                        }
                    </For>
                    {move || {
                        let f = f();
                        (f.from <= today && today <= f.to).then(|| view! {
                            <line class="today" x1=x(today) y1=HEAD_H - 4.0 x2=x(today) y2=f.height data-testid="gantt-today"/>
                            <text class="today-label" x=x(today) + 3.0 y=f.height - 4.0>{t().timeline().today}</text>
                        })
                    }}
                </svg>
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
    height: f64,
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
            height: 0.0,
        }
    }
}

/// A line of the chart: a group's heading or an action.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Line {
    Group(String),
    Action(Keyed),
}

/// The key of a line: what it shows, where, and at which scale. A line
/// whose key is unchanged keeps its DOM (and its focus).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct RowKey {
    line: Line,
    row: usize,
    from: NaiveDate,
    ppd_bits: u64,
    period_end: NaiveDate,
}

#[component]
fn ActionRow(
    action: Action,
    y: f64,
    x0: NaiveDate,
    ppd: f64,
    period_end: NaiveDate,
    selected: RwSignal<Option<crate::domain::ItemId>>,
    readonly: bool,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let x = move |d: NaiveDate| LABEL_W + (d - x0).num_days() as f64 * ppd;
    let id = action.id;
    let class = match action.importance {
        Importance::Critical => "bar imp-critical-bar",
        Importance::High => "bar imp-high",
        Importance::Normal => "bar imp-normal",
        Importance::Low => "bar imp-low",
    };
    let title = action.title.clone();
    let shift = move |weeks: i64| {
        let Some(mut a) = store
            .with_plan(|p| p.actions.iter().find(|a| a.id == id).cloned())
            .flatten()
        else {
            return;
        };
        let by = Duration::weeks(weeks);
        a.start += by;
        a.end += by;
        let _ = store.send(Command::UpdateAction(Box::new(a)));
        // The chart is drawn anew: give the focus back to this action's row,
        // so the arrows keep moving it.
        request_animation_frame(move || {
            use wasm_bindgen::JsCast;
            if let Some(row) = document()
                .get_element_by_id(&format!("gantt-row-{id}"))
                .and_then(|e| e.dyn_into::<web_sys::SvgElement>().ok())
            {
                let _ = row.focus();
            }
        });
    };
    let tooltip = format!(
        "{} · {} · {} → {}",
        title,
        importance_name(action.importance, t().timeline()),
        action.start,
        action.end
    );
    let occ = occurrences(&action, period_end);
    let long = title.chars().count() > 26;
    let label = tooltip.clone();
    view! {
        <g class="action-row" id=format!("gantt-row-{id}") class:selected=move || selected.get() == Some(id) data-testid="gantt-row" data-importance=format!("{:?}", action.importance).to_lowercase()
            tabindex=(!readonly).then_some("0") role=(!readonly).then_some("button") aria-label=label
            on:click=move |_| if !readonly { selected.set(Some(id)) }
            on:keydown=move |e: leptos::ev::KeyboardEvent| if !readonly { match e.key().as_str() {
                "Enter" | " " => { e.prevent_default(); selected.set(Some(id)); }
                "ArrowRight" => { e.prevent_default(); shift(1); }
                "ArrowLeft" => { e.prevent_default(); shift(-1); }
                _ => {}
            } }>
            <title>{tooltip}</title>
            <rect class="row-bg" x="0" y=y width="100%" height=ROW_H/>
            // The whole title, cut by the clip path: what is drawn is always
            // a prefix of the row's accessible name. A focusable row is named
            // by its label, so its drawing is for the eye only; read-only rows
            // have no name, and their text is read.
            <text class="row-label" x="16" y=y + 18.0 clip-path="url(#gantt-label-clip)"
                aria-hidden=(!readonly).then_some("true")>{title.clone()}</text>
            {occ.into_iter().map(|(s, e)| {
                let w = (x(e + Duration::days(1)) - x(s)).max(4.0);
                view! { <rect class=class x=x(s) y=y + 5.0 width=w height=ROW_H - 10.0 rx="3" data-testid="gantt-bar"/> }
            }).collect_view()}
        </g>
        // Outside the row, so not part of its text: a sign that the title
        // goes on (an estimate from its length; the tooltip has it whole).
        {long.then(|| view! { <text class="row-ellipsis" x=LABEL_W - LABEL_CUT + 2.0 y=y + 18.0 aria-hidden="true">"…"</text> })}
    }
}
