//! Step 5: the strategy -> objectives -> KPIs tree, written for a client.

use crate::{
    domain::{
        smart::{kpi_meta, kpi_name},
        strategy, Lang, Objective, Plan, Rank, Target, Unit,
    },
    ui::{format, state::Store, use_texts},
};
use leptos::prelude::*;

/// One KPI line as read by a client: "Conversion rate: 2 % → 3 %".
#[derive(Clone, Debug, PartialEq)]
struct KpiLine {
    name: String,
    from: Option<String>,
    to: Option<String>,
}

/// One objective in the tree.
#[derive(Clone, Debug, PartialEq)]
struct ObjectiveNode {
    title: String,
    priority: bool,
    statement: String,
    kpis: Vec<KpiLine>,
    deadline: Option<String>,
    owner: String,
    /// Names of the strategy elements it serves, when it serves several.
    serves: Vec<String>,
}

/// A branch: a strategy element (or none) and its objectives.
#[derive(Clone, Debug, PartialEq)]
struct Branch {
    name: Option<String>,
    note: String,
    objectives: Vec<ObjectiveNode>,
    /// Objectives that also serve this element, shown under another one:
    /// (objective title, the element it is shown under).
    also: Vec<(String, String)>,
}

fn node(p: &Plan, o: &Objective, lang: Lang, serves: Vec<String>) -> ObjectiveNode {
    let value = |v: f64, unit: Unit| format::kpi_value(v, unit, &p.currency, lang);
    let kpis = o
        .kpis
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
            KpiLine {
                name: kpi_name(p, &k.kpi, lang),
                from: k.baseline.map(|b| value(b, unit)),
                to,
            }
        })
        .collect();
    ObjectiveNode {
        title: o.title.clone(),
        priority: o.rank == Rank::Priority,
        statement: o.statement.clone(),
        kpis,
        deadline: o.deadline.map(|d| format::date(d, lang)),
        owner: o.owner.clone(),
        serves,
    }
}

/// The tree ([`strategy::tree`]): each strategy element with its
/// objectives, each objective once.
fn tree(p: &Plan, lang: Lang) -> Vec<Branch> {
    let names: Vec<String> = p.strategy_elements.iter().map(|e| e.name(lang)).collect();
    let name = |i: usize| names.get(i).cloned().unwrap_or_default();
    let title = |o: usize| {
        p.objectives
            .get(o)
            .map(|o| o.title.clone())
            .unwrap_or_default()
    };
    strategy::tree(p)
        .into_iter()
        .map(|b| Branch {
            name: b.element.map(name),
            note: b
                .element
                .and_then(|i| p.strategy_elements.get(i))
                .map(|e| e.note.clone())
                .unwrap_or_default(),
            objectives: b
                .objectives
                .into_iter()
                .filter_map(|(o, serves)| {
                    let serves = serves.into_iter().map(name).collect();
                    Some(node(p, p.objectives.get(o)?, lang, serves))
                })
                .collect(),
            also: b
                .also
                .into_iter()
                .map(|(o, home)| (title(o), name(home)))
                .collect(),
        })
        .collect()
}

/// Step 5.
#[component]
pub fn SummaryStep() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let context = store.select(|p| (p.context.clone(), p.strategy.clone()));
    let heading = store.select(move |p| {
        let lang = store.lang.get();
        let client = if p.client.is_empty() {
            String::new()
        } else {
            format!(" · {}", p.client)
        };
        let period = format!(
            "{} – {}",
            format::date(p.period.start, lang),
            format::date(p.period.end, lang)
        );
        (format!("{}{client}", p.name), period)
    });
    view! {
        <div class="step strategy-summary" data-testid="step-summary">
            <header class="print-only print-head">
                <h1>{move || heading.get().0}</h1>
                <p>{move || heading.get().1}</p>
            </header>
            <div class="page-head">
                <p class="lead">{move || t().strategy().summary_intro}</p>
                <div class="page-actions">
                    <button type="button" class="btn" on:click=move |_| { let _ = window().print(); }>
                        {move || t().strategy().print}
                    </button>
                </div>
            </div>
            {move || {
                let (context, strategy) = context.get();
                (!context.is_empty() || !strategy.is_empty()).then(|| view! {
                    <div class="card summary-context">
                        {(!context.is_empty()).then(|| view! { <p class="wants">{context}</p> })}
                        {(!strategy.is_empty()).then(|| view! { <p class="muted">{strategy}</p> })}
                    </div>
                })
            }}
            <StrategyTree/>
        </div>
    }
}

/// The strategy -> objectives -> KPIs tree, read-only (also shown in the
/// presentation).
#[component]
pub fn StrategyTree() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let branches = store.select(move |p| tree(p, store.lang.get()));
    view! {
            <Show when=move || !branches.with(Vec::is_empty)
                fallback=move || view! {
                    <p class="empty" data-testid="summary-empty">{move || t().strategy().summary_empty}" "
                        <super::StepLink step=super::Step::Elements label=|s| s.link_elements testid="link-elements"/></p>
                }>
                <ul class="tree" data-testid="summary-tree">
                    {move || branches.get().into_iter().map(|b| view! { <BranchView branch=b/> }).collect_view()}
                </ul>
            </Show>
    }
}

#[component]
fn BranchView(branch: Branch) -> impl IntoView {
    let t = use_texts();
    let name = branch.name.clone();
    view! {
        <li class="branch" data-testid="summary-branch">
            <h2>{move || name.clone().unwrap_or_else(|| t().strategy().summary_unlinked.to_string())}</h2>
            {(!branch.note.is_empty()).then(|| view! { <p class="muted note" data-testid="summary-note">{branch.note.clone()}</p> })}
            <ul class="branch-objectives">
                {branch.objectives.into_iter().map(|o| view! { <ObjectiveView node=o/> }).collect_view()}
                {branch.also.into_iter().map(|(title, home)| view! {
                    <li class="summary-also muted" data-testid="summary-also">{move || (t().strategy().summary_also)(&title, &home)}</li>
                }).collect_view()}
            </ul>
        </li>
    }
}

#[component]
fn ObjectiveView(node: ObjectiveNode) -> impl IntoView {
    let t = use_texts();
    let priority = node.priority;
    view! {
        <li class="summary-objective" class:priority=priority data-testid="summary-objective">
            <h3>
                <span class="rank-badge" class:priority=priority>
                    {move || if priority { t().strategy().summary_priority } else { t().strategy().summary_secondary }}
                </span>
                " "{node.title.clone()}
            </h3>
            {(!node.serves.is_empty()).then(|| {
                let list = node.serves.join(" · ");
                view! { <p class="serves" data-testid="summary-serves">{move || (t().strategy().summary_serves)(&list)}</p> }
            })}
            {(!node.statement.is_empty()).then(|| view! { <p>{node.statement.clone()}</p> })}
            {if node.kpis.is_empty() {
                view! { <p class="muted">{move || t().strategy().summary_no_kpi}</p> }.into_any()
            } else {
                view! {
                    <ul class="summary-kpis">
                        {node.kpis.into_iter().map(|k| {
                            let to_define = move || t().strategy().summary_to_define.to_string();
                            let (from, to) = (k.from.clone(), k.to.clone());
                            view! {
                                <li data-testid="summary-kpi">
                                    <span class="kpi-name">{k.name.clone()}</span>
                                    // One unbreakable run: a value never leaves its arrow.
                                    <span class="from-to" data-testid="summary-figures">
                                        <span class="from">{move || from.clone().unwrap_or_else(to_define)}</span>"\u{a0}→\u{a0}"
                                        <strong>{move || to.clone().unwrap_or_else(to_define)}</strong>
                                    </span>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
            <p class="muted meta">
                {node.deadline.clone().map(|d| (t().strategy().summary_deadline)(&d))}
                {(!node.owner.is_empty()).then(|| format!(" · {}", (t().strategy().summary_owner)(&node.owner)))}
            </p>
        </li>
    }
}
