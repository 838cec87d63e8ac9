//! The KPI picker of the SMART form: suggested KPIs first, then the
//! catalogue, then the person's own, and a way to create one.

use super::CustomKpiDialog;
use crate::{
    domain::{catalogue, Command, ItemId, KpiRef, ObjectiveEdit, ObjectiveKpi, Plan, StrategyKind},
    ui::{state::Store, use_texts},
};
use leptos::prelude::*;

/// The KPI picker: suggested ones first, then the catalogue, then the
/// person's own; and a way to create one.
#[component]
pub(super) fn AddKpi(id: ItemId) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let options = store.select(move |p| kpi_options(p, id, store.lang.get()));
    let error = RwSignal::new(None::<String>);
    let creating = RwSignal::new(false);
    let choose = move |e: leptos::ev::Event| {
        let value = event_target_value(&e);
        // Back to the placeholder, ready for the next pick.
        if let Some(select) = e
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlSelectElement>(t).ok())
        {
            select.set_value("");
        }
        let kpi = if value == "create" {
            creating.set(true);
            return;
        } else if let Some(custom) = value.strip_prefix("custom:") {
            match custom.parse::<u32>() {
                Ok(n) => KpiRef::Custom(ItemId(n)),
                Err(_) => return,
            }
        } else if value.is_empty() {
            return;
        } else {
            KpiRef::Catalogue(value)
        };
        let mut list = store
            .with_plan(|p| p.objective(id).map(|o| o.kpis.clone()))
            .flatten()
            .unwrap_or_default();
        list.push(ObjectiveKpi::new(kpi));
        error.set(store.send(Command::EditObjective(id, ObjectiveEdit::Kpis(list))));
    };
    view! {
        <div class="field">
            <label for="add-kpi">{move || t().smart().add_kpi_label}</label>
            <select id="add-kpi" data-testid="add-kpi" on:change=choose aria-describedby="add-kpi-error">
                <option value="">{move || t().smart().add_kpi_placeholder}</option>
                {move || {
                    let (suggested, all, custom) = options.get();
                    let st = t().smart();
                    let group = |label: &'static str, items: Vec<(String, String)>| {
                        (!items.is_empty()).then(|| view! {
                            <optgroup label=label>
                                {items.into_iter().map(|(value, name)| view! { <option value=value>{name}</option> }).collect_view()}
                            </optgroup>
                        })
                    };
                    view! {
                        {group(st.suggested_group, suggested)}
                        {group(st.all_group, all)}
                        {group(st.custom_group, custom)}
                        <option value="create">{st.create_kpi_option}</option>
                    }
                }}
            </select>
            <p class="error" id="add-kpi-error" role="alert" data-testid="add-kpi-error">{move || error.get()}</p>
        </div>
        <CustomKpiDialog open=creating objective=id/>
    }
}

/// (suggested, all catalogue, custom) KPIs not yet on the objective, as
/// (option value, name) pairs.
type KpiOptions = (
    Vec<(String, String)>,
    Vec<(String, String)>,
    Vec<(String, String)>,
);

fn kpi_options(p: &Plan, id: ItemId, lang: crate::domain::Lang) -> KpiOptions {
    let Some(o) = p.objective(id) else {
        return Default::default();
    };
    // One set, not a scan of the objective's KPIs per catalogue or custom KPI.
    let taken: std::collections::HashSet<&KpiRef> = o.kpis.iter().map(|k| &k.kpi).collect();
    let taken = |r: &KpiRef| taken.contains(r);
    let mut suggested_keys: Vec<&'static str> = Vec::new();
    let template = o.template.as_deref().and_then(|key| {
        catalogue::STRATEGY_ELEMENTS
            .iter()
            .flat_map(|s| s.objectives)
            .find(|t| t.key == key)
    });
    suggested_keys.extend(template.map(|t| t.kpis).unwrap_or_default());
    for e in p
        .strategy_elements
        .iter()
        .filter(|e| o.strategy_elements.contains(&e.id))
    {
        if let StrategyKind::Catalogue(k) = &e.kind {
            suggested_keys.extend(
                catalogue::strategy_element(k)
                    .map(|d| d.kpis)
                    .unwrap_or_default(),
            );
        }
    }
    let mut seen = std::collections::HashSet::new();
    suggested_keys.retain(|k| seen.insert(*k) && !taken(&KpiRef::Catalogue(k.to_string())));
    let entry = |k: &catalogue::KpiDef| (k.key.to_string(), k.name.get(lang).to_string());
    let suggested = suggested_keys
        .iter()
        .filter_map(|k| catalogue::kpi(k))
        .map(entry)
        .collect();
    let mut all: Vec<_> = catalogue::KPIS
        .iter()
        .filter(|k| {
            !taken(&KpiRef::Catalogue(k.key.to_string())) && !suggested_keys.contains(&k.key)
        })
        .map(entry)
        .collect();
    all.sort_by_key(|a| a.1.to_lowercase());
    let custom = p
        .custom_kpis
        .iter()
        .filter(|k| !taken(&KpiRef::Custom(k.id)))
        .map(|k| (format!("custom:{}", k.id), k.name.clone()))
        .collect();
    (suggested, all, custom)
}
