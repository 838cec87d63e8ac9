//! What the KPI pickers share: the catalogue as `<optgroup>`s by medium or
//! by success area, the switch between the two, and the method's advice to
//! follow 5 to 10 indicators.

use crate::{
    domain::{
        catalogue::{group_kpis, Grouping, KpiDef},
        smart,
    },
    ui::{state::Store, use_texts},
};
use leptos::prelude::*;

/// `kpis` as `<optgroup>`s by `grouping`, names in the page's language;
/// `selected` says which option is chosen.
pub(crate) fn grouped_options(
    kpis: &[&'static KpiDef],
    grouping: Grouping,
    selected: impl Fn(&str) -> bool,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let lang = store.lang.get();
    group_kpis(kpis, grouping)
        .into_iter()
        .map(|(name, items)| {
            let options = items
                .into_iter()
                .map(|k| view! { <option value=k.key selected=selected(k.key)>{k.name.get(lang)}</option> })
                .collect_view();
            view! { <optgroup label=name.get(lang)>{options}</optgroup> }
        })
        .collect_view()
}

/// The switch between grouping by medium and by success area.
#[component]
pub(crate) fn GroupingSwitch(
    /// DOM id and test id of the select.
    id: &'static str,
    /// The grouping chosen.
    grouping: RwSignal<Grouping>,
) -> impl IntoView {
    let t = use_texts();
    view! {
        <div class="field grouping-switch">
            <label for=id>{move || t().smart().group_by_label}</label>
            <select id=id data-testid=id on:change=move |e| {
                grouping.set(if event_target_value(&e) == "area" { Grouping::Area } else { Grouping::Medium });
            }>
                <option value="medium" prop:selected=move || grouping.get() == Grouping::Medium>{move || t().smart().group_by_medium}</option>
                <option value="area" prop:selected=move || grouping.get() == Grouping::Area>{move || t().smart().group_by_area}</option>
            </select>
        </div>
    }
}

/// How many KPIs the plan follows, against the method's 5 to 10: a note,
/// never a block.
#[component]
pub(crate) fn FollowedCount() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let n = store.select(smart::followed_count);
    view! {
        {move || {
            let n = n.get();
            let advice = smart::followed_advice(n);
            view! {
                <p class="advice followed" class:ok=advice.is_eq() class:note=advice.is_ne()
                    role="status" data-testid="kpis-followed" data-advice=format!("{advice:?}").to_lowercase()>
                    {(t().smart().followed)(n, advice)}
                </p>
            }
        }}
    }
}
