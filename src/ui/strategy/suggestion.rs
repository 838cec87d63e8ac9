//! One suggested objective of a chosen strategy element: its title, the KPIs
//! it usually follows offered as ticks (each kept KPI asks its baseline and
//! target right there), and one click to add it with only the KPIs kept.

use super::smart_form::value_error;
use crate::{
    domain::{
        catalogue::{KpiDef, ObjectiveTemplate},
        strategy, Command, CommandError, ItemId, KpiRef, Links, ObjectiveKpi, Target,
    },
    ui::{fields::NumberField, state::Store, use_texts},
};
use leptos::prelude::*;

/// A KPI offered with a suggestion: kept or not, and its figures so far
/// (stored values: a rate as a fraction).
#[derive(Clone, Copy)]
struct Offered {
    def: &'static KpiDef,
    kept: RwSignal<bool>,
    baseline: RwSignal<Option<f64>>,
    target: RwSignal<Option<f64>>,
}

impl Offered {
    /// The KPI as the objective gets it, when kept.
    fn kept(&self) -> Option<ObjectiveKpi> {
        self.kept.get_untracked().then(|| ObjectiveKpi {
            baseline: self.baseline.get_untracked(),
            target: self.target.get_untracked().map(Target::Value),
            ..ObjectiveKpi::new(KpiRef::Catalogue(self.def.key.to_string()))
        })
    }
}

/// A suggested objective: `template` of the element `element`.
#[component]
pub(super) fn Suggestion(template: &'static ObjectiveTemplate, element: ItemId) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let added = store.select(move |p| strategy::has_template(p, template.key));
    let error = RwSignal::new(None::<String>);
    let offered: Vec<Offered> = strategy::template_kpis(template)
        .into_iter()
        .map(|def| Offered {
            def,
            kept: RwSignal::new(false),
            baseline: RwSignal::new(None),
            target: RwSignal::new(None),
        })
        .collect();
    let offered = StoredValue::new(offered);
    let add = move |_| {
        let id = store.next_item_id();
        let kept = offered.with_value(|list| list.iter().filter_map(Offered::kept).collect());
        let Some(objective) =
            store.with_plan(|p| strategy::from_template(p, template, element, id, kept))
        else {
            return;
        };
        error.set(store.send(Command::InsertObjective {
            index: usize::MAX,
            objective,
            links: Links::default(),
        }));
    };
    view! {
        <li class="suggestion" data-testid=format!("suggestion-{}", template.key)>
            <div class="suggestion-head">
                <span>{move || template.title.get(store.lang.get())}</span>
                <button type="button" class="btn small" disabled=move || added.get()
                    data-testid=format!("suggestion-add-{}", template.key) on:click=add>
                    {move || if added.get() { format!("✓ {}", t().strategy().added) } else { format!("+ {}", t().strategy().add) }}
                </button>
            </div>
            <Show when=move || !added.get()>
                <fieldset class="suggestion-kpis">
                    <legend class="small-label">{move || t().smart().suggestion_kpis}</legend>
                    {offered.get_value().into_iter().map(|o| view! { <OfferedKpi template=template.key offered=o/> }).collect_view()}
                </fieldset>
            </Show>
            <p class="error" role="alert">{move || error.get()}</p>
        </li>
    }
}

/// A KPI of a suggestion: a tick, and once ticked its baseline and target.
#[component]
fn OfferedKpi(template: &'static str, offered: Offered) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let def = offered.def;
    let slug = format!("{template}-{}", def.key);
    let currency = store.select(|p| p.currency.code().to_string());
    let unit = Signal::derive(move || def.unit);
    let suffix = Signal::derive(move || def.unit.suffix(&currency.get()).to_string());
    // Checked here as the command will: a figure outside the KPI's bounds
    // is refused beside its field and not kept.
    let check = move |v: Option<f64>, slot: RwSignal<Option<f64>>| {
        let bounds = def.bounds();
        match v {
            Some(x) if !bounds.contains(x) => Some(value_error(
                &store,
                &CommandError::ValueOutOfRange {
                    min: bounds.min,
                    max: bounds.max,
                },
                def.unit,
            )),
            _ => {
                slot.set(v);
                None
            }
        }
    };
    let label = move |f: fn(&crate::i18n::smart::SmartTexts) -> &'static str| {
        Signal::derive(move || f(t().smart()).to_string())
    };
    let box_id = format!("suggestion-kpi-{slug}");
    view! {
        <div class="offered-kpi">
            <label class="check" for=box_id.clone()>
                <input type="checkbox" id=box_id.clone() data-testid=box_id.clone()
                    prop:checked=move || offered.kept.get()
                    on:change=move |e| offered.kept.set(event_target_checked(&e))/>
                {move || def.name.get(store.lang.get())}
            </label>
            <Show when=move || offered.kept.get()>
                <div class="kpi-figures" role="group" aria-label=move || def.name.get(store.lang.get())>
                    <NumberField id=format!("suggestion-baseline-{slug}") label=label(|s| s.baseline_label)
                        value=Signal::derive(move || offered.baseline.get()) unit=unit suffix=suffix
                        commit=Callback::new(move |v| check(v, offered.baseline))/>
                    <NumberField id=format!("suggestion-target-{slug}") label=label(|s| s.target_label)
                        value=Signal::derive(move || offered.target.get()) unit=unit suffix=suffix
                        commit=Callback::new(move |v| check(v, offered.target))/>
                </div>
            </Show>
        </div>
    }
}
