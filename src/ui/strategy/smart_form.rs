//! Step 4: one objective at a time, made SMART, with a live checklist.

use super::{step_href, Step};
use crate::{
    domain::{
        dashboard::KpiLookup, validate::limits, Command, CommandError, ItemId, KpiRef, Lang,
        ObjectiveEdit, ObjectiveKpi, Plan, Unit,
    },
    ui::{fields::TextField, format, state::Store, use_texts},
};
use leptos::prelude::*;
use leptos_router::{
    hooks::{use_navigate, use_query_map},
    NavigateOptions,
};
use std::collections::HashMap;

mod add_kpi;
mod checklist;
mod custom_kpi;
mod digital_share;
mod kpi_row;
mod period;

use add_kpi::AddKpi;
use checklist::Checklist;
use custom_kpi::CustomKpiDialog;
use digital_share::DigitalShare;
use kpi_row::KpiRow;

/// The sentence for a refused value: ranges in the unit people type.
pub(super) fn value_error(store: &Store, error: &CommandError, unit: Unit) -> String {
    let lang = store.lang.get_untracked();
    let t = crate::i18n::texts(lang);
    match error {
        CommandError::ValueOutOfRange { min, max } => {
            let show = |v: f64| format::number(crate::domain::number::to_typed(unit, v), lang, 4);
            (t.strategy().out_of_range)(&show(*min), max.map(show).as_deref())
        }
        other => (t.plan().err_command)(other),
    }
}

/// Step 4: pick an objective (`?o=id`), then its SMART form.
#[component]
pub fn SmartStep() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let query = use_query_map();
    let navigate = StoredValue::new_local(use_navigate());
    let objectives = store.select(|p| {
        p.objectives
            .iter()
            .map(|o| (o.id, o.title.clone()))
            .collect::<Vec<_>>()
    });
    let selected = Memo::new(move |_| {
        let wanted = query
            .with(|q| q.get("o"))
            .and_then(|s| s.parse::<u32>().ok())
            .map(ItemId);
        objectives.with(|list| {
            wanted
                .filter(|w| list.iter().any(|(id, _)| id == w))
                .or_else(|| list.first().map(|(id, _)| *id))
        })
    });
    let pick = move |e: leptos::ev::Event| {
        let link = format!(
            "{}?o={}",
            step_href(&store, Step::Smart),
            event_target_value(&e)
        );
        navigate.with_value(|n| n(&link, NavigateOptions::default()));
    };
    view! {
        <div class="step" data-testid="step-smart">
            <p class="lead">{move || t().smart().smart_intro}</p>
            <Show when=move || !objectives.with(Vec::is_empty)
                fallback=move || view! {
                    <p class="empty small" data-testid="smart-no-objective">
                        {move || t().smart().no_objective_yet}" "
                        <a href=step_href(&store, Step::Objectives)>{move || t().strategy().step_objectives}</a>
                    </p>
                }>
                <div class="field objective-picker">
                    <label for="smart-objective">{move || t().smart().pick_objective}</label>
                    <select id="smart-objective" data-testid="smart-objective" on:change=pick>
                        <For each=move || objectives.get() key=|o| o.clone() let:o>
                            <option value=o.0.to_string() prop:selected=move || selected.get() == Some(o.0)>{o.1.clone()}</option>
                        </For>
                    </select>
                </div>
                {move || selected.get().map(|id| view! { <SmartForm id=id/> })}
            </Show>
        </div>
    }
}

/// The SMART form of one objective, beside its checklist.
#[component]
fn SmartForm(id: ItemId) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let field = move |f: fn(&crate::domain::Objective) -> String| {
        Signal::<String>::from(store.select(move |p| p.objective(id).map(f).unwrap_or_default()))
    };
    let edit = move |make: fn(String) -> ObjectiveEdit| {
        Callback::new(move |s: String| store.send(Command::EditObjective(id, make(s))))
    };
    let label = move |f: fn(&crate::i18n::smart::SmartTexts) -> &'static str| {
        Signal::derive(move || f(t().smart()).to_string())
    };
    let hint = move |f: fn(&crate::i18n::smart::SmartTexts) -> &'static str| {
        Signal::derive(move || Some(f(t().smart()).to_string()))
    };
    // Every row reads its own part of this one memo by key: one pass over
    // the objective's KPIs per change, not one scan of them per row.
    let rows = store.select(move |p| kpi_rows(p, id, store.lang.get()));
    let currency = store.select(|p| p.currency.code().to_string());
    let kpis = Memo::new(move |_| rows.with(|r| r.order.clone()));
    view! {
        <div class="smart-layout">
            <div class="card smart-form" data-testid="smart-form">
                <TextField id="objective-statement" label=label(|s| s.statement_label) hint=hint(|s| s.statement_hint)
                    value=field(|o| o.statement.clone()) commit=edit(ObjectiveEdit::Statement) multiline=true max_len=limits::LONG_TEXT/>
                <ServesElements id=id/>
                <fieldset class="kpi-block">
                    <legend>{move || t().smart().kpis_title}</legend>
                    <p class="hint">{move || t().smart().kpis_hint}</p>
                    <ul class="kpi-rows">
                        <For each=move || kpis.get() key=|k| k.clone() let:kpi>
                            <KpiRow objective=id kpi=kpi rows=rows currency=currency/>
                        </For>
                    </ul>
                    <AddKpi id=id/>
                    <DigitalShare id=id/>
                </fieldset>
                <div class="grid-2">
                    <Deadline id=id/>
                    <TextField id="objective-owner" label=label(|s| s.owner_label)
                        value=field(|o| o.owner.clone()) commit=edit(ObjectiveEdit::Owner) max_len=limits::SHORT_TEXT/>
                </div>
                <TextField id="objective-rationale" label=label(|s| s.rationale_label) hint=hint(|s| s.rationale_hint)
                    value=field(|o| o.rationale.clone()) commit=edit(ObjectiveEdit::Rationale) multiline=true max_len=limits::LONG_TEXT/>
            </div>
            <Checklist id=id/>
        </div>
    }
}

/// Checkboxes for the strategy elements the objective serves.
#[component]
fn ServesElements(id: ItemId) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let elements = store.select(move |p| {
        let lang = store.lang.get();
        p.strategy_elements
            .iter()
            .map(|e| (e.id, e.name(lang)))
            .collect::<Vec<_>>()
    });
    let served = store.select(move |p| {
        p.objective(id)
            .map(|o| o.strategy_elements.clone())
            .unwrap_or_default()
    });
    let error = RwSignal::new(None::<String>);
    view! {
        <Show when=move || !elements.with(Vec::is_empty)>
            <fieldset class="checks">
                <legend>{move || t().smart().serves_label}</legend>
                <For each=move || elements.get() key=|e| e.clone() let:e>
                    {
                        let (eid, name) = e;
                        let box_id = format!("serves-{id}-{eid}");
                        view! {
                            <label class="check" for=box_id.clone()>
                                <input type="checkbox" id=box_id.clone() data-testid="serves-element"
                                    prop:checked=move || served.with(|s| s.contains(&eid))
                                    on:change=move |_| {
                                        let mut list = served.get_untracked();
                                        if let Some(i) = list.iter().position(|x| *x == eid) { list.remove(i); } else { list.push(eid); }
                                        error.set(store.send(Command::EditObjective(id, ObjectiveEdit::StrategyElements(list))));
                                    }/>
                                {name}
                            </label>
                        }
                    }
                </For>
                <p class="error" role="alert">{move || error.get()}</p>
            </fieldset>
        </Show>
    }
}

/// The deadline, which may be cleared.
#[component]
fn Deadline(id: ItemId) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let value = store.select(move |p| p.objective(id).and_then(|o| o.deadline));
    let period = store.select(|p| Some(p.period));
    let error = RwSignal::new(None::<String>);
    view! {
        <div class="field" class:invalid=move || error.with(Option::is_some)>
            <label for="objective-deadline">{move || t().smart().deadline_label}</label>
            <input type="date" id="objective-deadline" data-testid="objective-deadline"
                min=move || period.get().map(|p| p.start.to_string())
                max=move || period.get().map(|p| p.end.to_string())
                aria-describedby="objective-deadline-error"
                aria-invalid=move || error.with(Option::is_some).to_string()
                prop:value=move || value.get().map(|d| d.to_string()).unwrap_or_default()
                on:change=move |e| {
                    let text = event_target_value(&e);
                    let parsed = if text.is_empty() { Ok(None) } else { chrono::NaiveDate::parse_from_str(&text, "%Y-%m-%d").map(Some) };
                    error.set(match parsed {
                        Ok(d) => store.send(Command::EditObjective(id, ObjectiveEdit::Deadline(d))),
                        Err(_) => Some(t().bad_date.to_string()),
                    });
                }/>
            <p class="error" id="objective-deadline-error" role="alert" data-testid="objective-deadline-error">{move || error.get()}</p>
        </div>
    }
}

/// The KPIs of one objective as its form shows them: each once (a KPI
/// listed twice shows its first listing), with its name and unit.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct KpiRows {
    /// The KPIs in order.
    order: Vec<KpiRef>,
    /// Each one's baseline and target, name and unit.
    rows: HashMap<KpiRef, (ObjectiveKpi, String, Unit)>,
}

impl KpiRows {
    /// The row of `kpi`, if the objective has it.
    pub(super) fn get(&self, kpi: &KpiRef) -> Option<&(ObjectiveKpi, String, Unit)> {
        self.rows.get(kpi)
    }
}

/// The rows of objective `id`, in one pass over its KPIs.
fn kpi_rows(p: &Plan, id: ItemId, lang: Lang) -> KpiRows {
    let Some(o) = p.objective(id) else {
        return KpiRows::default();
    };
    let names = KpiLookup::new(p);
    let mut out = KpiRows::default();
    for k in &o.kpis {
        if !out.rows.contains_key(&k.kpi) {
            let row = (k.clone(), names.name(&k.kpi, lang), names.unit(&k.kpi));
            out.order.push(k.kpi.clone());
            out.rows.insert(k.kpi.clone(), row);
        }
    }
    out
}
