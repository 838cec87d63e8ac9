//! The KPI picker of the SMART form: suggested KPIs first, then the
//! catalogue grouped by medium or by success area, then the person's own,
//! and a way to create one; beside it, how many KPIs the plan follows
//! against the method's 5 to 10.

use super::CustomKpiDialog;
use crate::{
    domain::{
        catalogue::{self, Grouping},
        strategy, Command, ItemId, KpiRef, ObjectiveEdit, Plan,
    },
    ui::{
        kpis::picker::{grouped_options, FollowedCount, GroupingSwitch},
        state::Store,
        use_texts,
    },
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
    let grouping = RwSignal::new(Grouping::default());
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
        let list = store
            .with_plan(|p| p.objective(id).map(|o| o.kpis.clone()))
            .flatten()
            .unwrap_or_default();
        error.set(store.send(Command::EditObjective(
            id,
            ObjectiveEdit::add_kpi(&list, kpi),
        )));
    };
    view! {
        <FollowedCount/>
        <div class="kpi-picker">
        <div class="field">
            <label for="add-kpi">{move || t().smart().add_kpi_label}</label>
            <select id="add-kpi" data-testid="add-kpi" on:change=choose aria-describedby="add-kpi-error">
                <option value="">{move || t().smart().add_kpi_placeholder}</option>
                {move || {
                    let (suggested, all, custom) = options.get();
                    let all: Vec<&'static catalogue::KpiDef> = all.iter().filter_map(|(k, _)| catalogue::kpi(k)).collect();
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
                        {grouped_options(&all, grouping.get(), |_| false)}
                        {group(st.custom_group, custom)}
                        <option value="create">{st.create_kpi_option}</option>
                    }
                }}
            </select>
            <p class="error" id="add-kpi-error" role="alert" data-testid="add-kpi-error">{move || error.get()}</p>
        </div>
        <GroupingSwitch id="kpi-grouping" grouping=grouping/>
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
    let choices = strategy::kpi_choices(p, o, lang);
    let entry = |k: &&catalogue::KpiDef| (k.key.to_string(), k.name.get(lang).to_string());
    (
        choices.suggested.iter().map(entry).collect(),
        choices.others.iter().map(entry).collect(),
        choices
            .custom
            .into_iter()
            .map(|(id, name)| (format!("custom:{id}"), name))
            .collect(),
    )
}
