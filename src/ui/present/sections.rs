//! The strategy, the objectives with their KPI figures, and where they
//! stand: each for a range of items (one slide's page) or all (the report).

use crate::{
    domain::{
        dashboard::{kpi_progress, Status},
        deck,
        smart::{kpi_meta, kpi_name},
        strategy, Lang, Objective, Plan, Rank, Target, Unit,
    },
    ui::{format, state::Store, use_texts},
};
use leptos::prelude::*;
use std::ops::Range;

/// `items` of a list of `len`, or all of it.
fn window(items: &Option<Range<usize>>, len: usize) -> Range<usize> {
    items
        .clone()
        .map(|r| r.start.min(len)..r.end.min(len))
        .unwrap_or(0..len)
}

/// An objective's KPIs as a client reads them: name, baseline, target
/// (a change written with the value it leads to). "to be set" stands for
/// a figure not given yet.
pub fn kpi_lines(p: &Plan, o: &Objective, lang: Lang) -> Vec<(String, String, String)> {
    let tt = crate::i18n::texts(lang).present();
    // An amount a client reads is to the unit (CHF 144'000), but a unit
    // cost or a basket keeps its cents (CHF 2.05 a click).
    let value = |v: f64, unit| {
        if unit == crate::domain::Unit::Money && v.abs() >= 1000.0 {
            format::kpi_total(v, unit, &p.currency, lang)
        } else {
            format::kpi_value(v, unit, &p.currency, lang)
        }
    };
    o.kpis
        .iter()
        .map(|k| {
            let unit = kpi_meta(p, &k.kpi).map(|m| m.unit).unwrap_or_default();
            let to = k.target.map(|t| match (t, t.resolve(k.baseline)) {
                (Target::Change(c), Some(v)) => {
                    format!("{} ({})", value(v, unit), format::change(c, lang))
                }
                (Target::Change(c), None) => format::change(c, lang),
                (Target::Value(v), _) => value(v, unit),
            });
            (
                kpi_name(p, &k.kpi, lang),
                k.baseline
                    .map(|b| value(b, unit))
                    .unwrap_or_else(|| tt.to_define.into()),
                to.unwrap_or_else(|| tt.to_define.into()),
            )
        })
        .collect()
}

/// One strategy element (or none: the objectives serving no element) and
/// the titles of the objectives that serve it, priority first.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Branch {
    pub name: Option<String>,
    pub note: String,
    pub objectives: Vec<(String, bool)>,
}

/// The strategy's branches, formatted in `lang`.
pub(crate) fn branches(p: &Plan, lang: Lang) -> Vec<Branch> {
    strategy::branches(p)
        .into_iter()
        .map(|b| {
            let element = b.element.and_then(|i| p.strategy_elements.get(i));
            Branch {
                name: element.map(|e| e.name(lang)),
                note: element.map(|e| e.note.clone()).unwrap_or_default(),
                objectives: b
                    .objectives
                    .iter()
                    .filter_map(|&i| p.objectives.get(i))
                    .map(|o| (o.title.clone(), o.rank == Rank::Priority))
                    .collect(),
            }
        })
        .collect()
}

/// The strategy elements side by side, each with its objectives.
#[component]
pub fn StrategyColumns(items: Option<Range<usize>>) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let list = store.select(move |p| {
        let all = branches(p, store.lang.get());
        let (context, strategy) = (p.context.clone(), p.strategy.clone());
        let r = window(&items, all.len());
        let first = r.start == 0;
        (all[r].to_vec(), first.then_some((context, strategy)))
    });
    view! {
        {move || list.get().1.filter(|(_, s)| !s.trim().is_empty()).map(|(_, s)| view! { <p class="strategy-statement">{s}</p> })}
        {move || { let b = list.get().0; if b.is_empty() {
            view! { <p class="empty">{t().present().no_strategy}</p> }.into_any()
        } else { view! {
            <div class="strategy-columns" data-testid="strategy-columns">
                {b.into_iter().map(|b| view! {
                    <section class="strategy-branch">
                        <h3>{b.name.unwrap_or_else(|| t().present().unlinked.to_string())}</h3>
                        {(!b.note.is_empty()).then(|| view! { <p class="muted note" data-testid="branch-note">{b.note}</p> })}
                        <ul>
                            {b.objectives.into_iter().map(|(title, priority)| view! {
                                <li class:priority=priority>
                                    <span class="rank-badge" class:priority=priority>
                                        {if priority { t().present().priority } else { t().present().secondary }}
                                    </span>" "{title}
                                </li>
                            }).collect_view()}
                        </ul>
                    </section>
                }).collect_view()}
            </div>
        }.into_any() } }}
    }
}

/// An objective as the objectives slide shows it.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct ObjectiveRow {
    pub title: String,
    pub priority: bool,
    pub statement: String,
    pub kpis: Vec<(String, String, String)>,
    pub deadline: Option<String>,
    pub owner: String,
}

/// The objectives of `items` (all when `None`) as their slide shows them.
pub(crate) fn objective_rows(
    p: &Plan,
    lang: Lang,
    items: &Option<Range<usize>>,
) -> Vec<ObjectiveRow> {
    let order = deck::ordered_objectives(p);
    order[window(items, order.len())]
        .iter()
        .map(|&i| {
            let o = &p.objectives[i];
            ObjectiveRow {
                title: o.title.clone(),
                priority: o.rank == Rank::Priority,
                statement: o.statement.clone(),
                kpis: kpi_lines(p, o, lang),
                deadline: o.deadline.map(|d| format::date(d, lang)),
                owner: o.owner.clone(),
            }
        })
        .collect::<Vec<_>>()
}

/// The objectives with their KPIs' baselines and targets.
#[component]
pub fn ObjectivesList(items: Option<Range<usize>>) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let rows = store.select(move |p| objective_rows(p, store.lang.get(), &items));
    view! {
        {move || { let list = rows.get(); if list.is_empty() {
            view! { <p class="empty">{t().present().no_objectives}</p> }.into_any()
        } else { let tt = t().present(); view! {
            <div class="objective-list" data-testid="objective-list">
                {list.into_iter().map(|o| view! {
                    <section class="objective-block" class:priority=o.priority data-testid="deck-objective">
                        <h3>
                            <span class="rank-badge" class:priority=o.priority>{if o.priority { tt.priority } else { tt.secondary }}</span>
                            " "{o.title}
                        </h3>
                        <p class="meta muted">
                            {o.deadline.clone().map(|d| (tt.deadline_on)(&d))}
                            {(o.deadline.is_some() && !o.owner.is_empty()).then_some(" · ")}
                            {(!o.owner.is_empty()).then(|| (tt.owned_by)(&o.owner))}
                        </p>
                        {if o.kpis.is_empty() {
                            view! { <p class="muted">{tt.no_kpi}</p> }.into_any()
                        } else { view! {
                            <table class="kpi-table">
                                <thead><tr>
                                    <th scope="col">{tt.col_kpi}</th>
                                    <th scope="col" class="num">{tt.col_from}</th>
                                    <th scope="col" class="num">{tt.col_target}</th>
                                </tr></thead>
                                <tbody>
                                    {o.kpis.into_iter().map(|(name, from, to)| view! {
                                        <tr data-testid="deck-kpi"><th scope="row">{name}</th><td class="num">{from}</td><td class="num target">{to}</td></tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        }.into_any() }}
                    </section>
                }).collect_view()}
            </div>
        }.into_any() } }}
    }
}

/// A KPI's name, status and progress.
pub(crate) type KpiStatus = (String, Status, Option<f64>);

/// Each objective of `items` (all when `None`) with its KPIs' names,
/// statuses and progress.
pub(crate) fn status_rows(
    p: &Plan,
    lang: Lang,
    items: &Option<Range<usize>>,
) -> Vec<(String, Vec<KpiStatus>)> {
    let order = deck::ordered_objectives(p);
    order[window(items, order.len())]
        .iter()
        .map(|&i| {
            let o = &p.objectives[i];
            let kpis: Vec<(String, Status, Option<f64>)> = o
                .kpis
                .iter()
                .map(|k| {
                    let r = kpi_progress(p, o, k);
                    (kpi_name(p, &k.kpi, lang), r.status, r.progress)
                })
                .collect();
            (o.title.clone(), kpis)
        })
        .collect::<Vec<_>>()
}

/// Each objective's KPIs with their status, read-only.
#[component]
pub fn StatusList(items: Option<Range<usize>>) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let rows = store.select(move |p| status_rows(p, store.lang.get(), &items));
    view! {
        <ul class="status-list">
            {move || rows.get().into_iter().map(|(title, kpis)| {
                let d = t().dashboard();
                let lang = store.lang.get_untracked();
                let currency = store.with_plan(|p| p.currency.clone()).unwrap_or_default();
                view! {
                    <li>
                        <strong>{title}</strong>
                        <ul>
                            {kpis.into_iter().map(|(name, status, progress)| {
                                let (text, class) = match status {
                                    Status::OnTrack => (d.on_track, "on"),
                                    Status::AtRisk => (d.at_risk, "risk"),
                                    Status::OffTrack => (d.off_track, "off"),
                                    Status::NoData => (d.no_data, "none"),
                                };
                                let pct = progress.map(|p| format!(" · {}", (d.progress)(&format::kpi_value(p.clamp(-9.99, 9.99), Unit::Percent, &currency, lang)))).unwrap_or_default();
                                view! { <li>{name}" "<span class=format!("status status-{class}")>{text}</span>{pct}</li> }
                            }).collect_view()}
                        </ul>
                    </li>
                }
            }).collect_view()}
        </ul>
    }
}
