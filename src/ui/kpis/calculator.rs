//! The KPI calculator: pick a KPI and what to compute, enter the other
//! values, read the result and the formula with the numbers, and copy the
//! result into an objective's baseline or target.

use crate::{
    domain::{
        catalogue::{self, Formula, KpiDef, Var},
        formula::{self, Knowns, Slot},
        Command, KpiRef, Unit,
    },
    ui::{
        fields::NumberField,
        format,
        state::Store,
        strategy::{Step, StepLink},
        use_texts,
    },
};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn slot_name(k: &KpiDef, slot: Slot, lang: crate::domain::Lang) -> String {
    match slot {
        Slot::Kpi => k.name.get(lang).to_string(),
        Slot::Var(v) => v.name().get(lang).to_string(),
    }
}

fn slot_unit(k: &KpiDef, slot: Slot) -> Unit {
    match slot {
        Slot::Kpi => k.unit,
        Slot::Var(v) => v.unit(),
    }
}

/// Takes the focus out of the calculator's number field that has it, if
/// any, before a change of indicator or unknown redraws the fields. The
/// focus can stay in a field while the indicator changes (a select changed
/// by the keyboard of an assistive technology, or by a script), and a field
/// removed while focused gets its blur from the browser once its signals
/// are disposed: "reactive value that has already been disposed", then
/// `RuntimeError: unreachable` (issue 29, item 6). Blurred here, it runs
/// its blur handler while it still exists.
fn leave_field(inputs: NodeRef<leptos::html::Div>) {
    let Some(active) = document().active_element() else {
        return;
    };
    let inside = inputs
        .get_untracked()
        .is_some_and(|box_| box_.contains(Some(&active)));
    if let (true, Ok(field)) = (inside, active.dyn_into::<web_sys::HtmlElement>()) {
        let _ = field.blur();
    }
}

/// The calculator.
#[component]
pub fn Calculator() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let with_formula: Vec<&'static KpiDef> = catalogue::KPIS
        .iter()
        .filter(|k| k.formula != Formula::Measured)
        .collect();
    let kpi = RwSignal::new(catalogue::kpi("conversion_rate"));
    let grouping = RwSignal::new(catalogue::Grouping::default());
    let unknown = RwSignal::new(Slot::Kpi);
    let values = RwSignal::new(Knowns::new());
    let currency = store.select(|p| p.currency.clone());
    let lang = move || store.lang.get();
    let result = Memo::new(move |_| {
        kpi.get()
            .map(|k| formula::solve(&k.formula, unknown.get(), &values.get()))
    });
    let shown = move |slot: Slot, v: f64| {
        kpi.get()
            .map(|k| format::kpi_value(v, slot_unit(k, slot), &currency.get(), lang()))
            .unwrap_or_default()
    };
    // "Taux de conversion = Commandes ÷ Visites = 250 ÷ 10 000 = 2,5 %"
    let written = move || {
        let k = kpi.get()?;
        let l = lang();
        let name = |s: Slot| slot_name(k, s, l);
        let val = |s: Slot| {
            if s == unknown.get() {
                match result.get() {
                    Some(Ok(v)) => shown(s, v),
                    _ => "?".into(),
                }
            } else {
                values
                    .get()
                    .get(&s)
                    .map(|v| shown(s, *v))
                    .unwrap_or_else(|| "?".into())
            }
        };
        let (k_, f) = (Slot::Kpi, k.formula);
        Some(match f {
            Formula::Measured => String::new(),
            Formula::Ratio { num, den, scale } => {
                let (n, d) = (Slot::Var(num), Slot::Var(den));
                let times = if scale != 1.0 {
                    format!(" × {scale}")
                } else {
                    String::new()
                };
                format!(
                    "{} = {} ÷ {}{times}  →  {} = {} ÷ {}{times}",
                    name(k_),
                    name(n),
                    name(d),
                    val(k_),
                    val(n),
                    val(d)
                )
            }
            Formula::Roi => {
                let (r, m, s) = (
                    Slot::Var(Var::Revenue),
                    Slot::Var(Var::Margin),
                    Slot::Var(Var::Spend),
                );
                format!(
                    "{} = ({} × {} − {}) ÷ {}  →  {} = ({} × {} − {}) ÷ {}",
                    name(k_),
                    name(r),
                    name(m),
                    name(s),
                    name(s),
                    val(k_),
                    val(r),
                    val(m),
                    val(s),
                    val(s)
                )
            }
        })
    };
    // The number fields, redrawn when the indicator or the unknown changes.
    let inputs = NodeRef::<leptos::html::Div>::new();
    let pick_kpi = move |e: leptos::ev::Event| {
        leave_field(inputs);
        kpi.set(catalogue::kpi(&event_target_value(&e)));
        unknown.set(Slot::Kpi);
        values.set(Knowns::new());
    };
    let slots = move || {
        kpi.get()
            .map(|k| formula::slots(&k.formula))
            .unwrap_or_default()
    };
    view! {
        <section class="card calculator" data-testid="calculator">
            <h2>{move || t().kpis().calc_title}</h2>
            <p class="muted">{move || t().kpis().calc_intro}</p>
            <div class="grid-2">
                <div class="field">
                    <label for="calc-kpi">{move || t().kpis().calc_kpi}</label>
                    <select id="calc-kpi" data-testid="calc-kpi" on:change=pick_kpi>
                        {move || {
                            let chosen = kpi.get_untracked().map(|x| x.key);
                            super::picker::grouped_options(&with_formula, grouping.get(), move |k| chosen == Some(k))
                        }}
                    </select>
                </div>
                <super::picker::GroupingSwitch id="calc-grouping" grouping=grouping/>
                <div class="field">
                    <label for="calc-unknown">{move || t().kpis().calc_solve_for}</label>
                    <select id="calc-unknown" data-testid="calc-unknown" on:change=move |e| {
                        let i: usize = event_target_value(&e).parse().unwrap_or(0);
                        if let Some(s) = slots().get(i) {
                            leave_field(inputs);
                            unknown.set(*s);
                        }
                    }>
                        {move || slots().into_iter().enumerate().map(|(i, s)| {
                            let k = kpi.get();
                            view! { <option value=i.to_string() selected=unknown.get() == s>{k.map(|k| slot_name(k, s, lang()))}</option> }
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <p class="definition">{move || kpi.get().map(|k| k.definition.get(lang()))}</p>
            <div class="calc-inputs" node_ref=inputs>
                {move || {
                    let k = kpi.get()?;
                    Some(slots().into_iter().enumerate().filter(|(_, s)| *s != unknown.get()).map(|(i, s)| {
                        let unit = slot_unit(k, s);
                        view! {
                            <NumberField id=format!("calc-input-{i}") label=Signal::derive(move || slot_name(k, s, lang()))
                                value=Signal::derive(move || values.with(|v| v.get(&s).copied())) unit=Signal::derive(move || unit)
                                suffix=Signal::derive(move || unit.suffix(currency.get().code()).to_string())
                                commit=Callback::new(move |v: Option<f64>| {
                                    values.update(|m| { match v { Some(v) => { m.insert(s, v); } None => { m.remove(&s); } } });
                                    None
                                })/>
                        }
                    }).collect_view())
                }}
            </div>
            <div class="calc-result" data-testid="calc-result" aria-live="polite">
                <span class="small-label">{move || t().kpis().calc_result}</span>
                {move || {
                    let k = kpi.get()?;
                    let s = unknown.get();
                    Some(match result.get()? {
                        Ok(v) => view! { <strong class="value">{shown(s, v)}</strong> }.into_any(),
                        Err(why) => {
                            let name = match why {
                                formula::NotComputable::Missing(m) | formula::NotComputable::DividesByZero(m) => slot_name(k, m, lang()),
                                _ => String::new(),
                            };
                            view! { <strong class="not-computable">{(t().kpis().not_computable)(&(t().kpis().why)(&why, &name))}</strong> }.into_any()
                        }
                    })
                }}
            </div>
            <p class="formula" data-testid="calc-formula"><span class="small-label">{move || t().kpis().calc_formula}</span>" "{written}</p>
            <UseInObjective kpi=Signal::derive(move || kpi.get()) value=Signal::derive(move || {
                (unknown.get() == Slot::Kpi).then(|| result.get().and_then(Result::ok)).flatten()
            })/>
        </section>
    }
}

/// Copies a computed KPI value into an objective's baseline or target.
#[component]
fn UseInObjective(
    kpi: Signal<Option<&'static KpiDef>>,
    value: Signal<Option<f64>>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let objectives = store.select(|p| {
        p.objectives
            .iter()
            .map(|o| (o.id, o.title.clone()))
            .collect::<Vec<_>>()
    });
    let chosen = RwSignal::new(None::<crate::domain::ItemId>);
    let message = RwSignal::new(None::<(bool, String)>);
    let send = move |as_target: bool| {
        let (Some(k), Some(v)) = (kpi.get_untracked(), value.get_untracked()) else {
            return;
        };
        let Some(id) = chosen
            .get_untracked()
            .or_else(|| objectives.get_untracked().first().map(|o| o.0))
        else {
            return;
        };
        let r = KpiRef::Catalogue(k.key.to_string());
        let has = store
            .with_plan(|p| p.objective(id).map(|o| (o.kpis.clone(), o.title.clone())))
            .flatten();
        let Some((kpis, title)) = has else { return };
        let command = Command::use_value(id, &kpis, r, v, as_target);
        message.set(Some(match store.send(command) {
            None => (true, (t().kpis().used)(&title)),
            Some(e) => (false, e),
        }));
    };
    view! {
        <Show when=move || !objectives.with(Vec::is_empty)
            fallback=move || view! {
                <p class="muted" data-testid="calc-no-objective">{move || t().kpis().no_objective}" "
                    <StepLink step=Step::Objectives label=|s| s.link_objectives testid="link-objectives"/></p>
            }>
            <div class="use-in-objective">
                <div class="field">
                    <label for="calc-objective">{move || t().kpis().use_for}</label>
                    <select id="calc-objective" data-testid="calc-objective" on:change=move |e| {
                        chosen.set(event_target_value(&e).parse().ok().map(crate::domain::ItemId));
                    }>
                        <For each=move || objectives.get() key=|o| o.clone() let:o>
                            <option value=o.0.to_string()>{o.1.clone()}</option>
                        </For>
                    </select>
                </div>
                <button type="button" class="btn small" data-testid="calc-use-baseline" disabled=move || value.get().is_none()
                    on:click=move |_| send(false)>{move || t().kpis().use_baseline}</button>
                <button type="button" class="btn small" data-testid="calc-use-target" disabled=move || value.get().is_none()
                    on:click=move |_| send(true)>{move || t().kpis().use_target}</button>
                {move || message.get().map(|(ok, m)| view! { <p class=if ok { "advice ok" } else { "error" } role="status" data-testid="calc-used">{m}</p> })}
            </div>
        </Show>
    }
}
