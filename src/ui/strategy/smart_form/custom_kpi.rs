//! Creating a KPI of the person's own, added to the objective at once (one
//! undo step for both).

use crate::{
    domain::{validate::limits, Command, CustomKpi, Direction, ItemId, Unit},
    ui::{dialog::Modal, state::Store, use_texts},
};
use leptos::prelude::*;

/// The dialog; `objective` gets the new KPI.
#[component]
pub fn CustomKpiDialog(open: RwSignal<bool>, objective: ItemId) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let name = RwSignal::new(String::new());
    let unit = RwSignal::new(Unit::Count);
    let lower = RwSignal::new(false);
    let definition = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let id = store.next_item_id();
        let kpi = CustomKpi {
            id,
            name: name.get_untracked().trim().to_string(),
            unit: unit.get_untracked(),
            direction: if lower.get_untracked() {
                Direction::LowerIsBetter
            } else {
                Direction::HigherIsBetter
            },
            definition: definition.get_untracked().trim().to_string(),
        };
        let kpis = store
            .with_plan(|p| p.objective(objective).map(|o| o.kpis.clone()))
            .flatten()
            .unwrap_or_default();
        let result = store.send(Command::add_custom_kpi(objective, &kpis, kpi));
        if result.is_none() {
            open.set(false);
            name.set(String::new());
            definition.set(String::new());
        }
        error.set(result);
    };
    let unit_name = move |u: Unit| {
        let st = t().smart();
        match u {
            Unit::Count => st.unit_count,
            Unit::Percent => st.unit_percent,
            Unit::Money => st.unit_money,
            Unit::Duration => st.unit_duration,
            Unit::Position => st.unit_position,
            Unit::Ratio => st.unit_ratio,
        }
    };
    view! {
        <Modal open=open title=Signal::derive(move || t().smart().custom_kpi_title.to_string()) testid="custom-kpi-dialog">
            <form class="stack" on:submit=submit>
                <div class="field">
                    <label for="custom-kpi-name">{move || t().smart().custom_kpi_name}</label>
                    <input id="custom-kpi-name" data-testid="custom-kpi-name" type="text" autofocus
                        maxlength=limits::SHORT_TEXT.to_string()
                        prop:value=move || name.get() on:input=move |e| name.set(event_target_value(&e))/>
                </div>
                <div class="grid-2">
                    <div class="field">
                        <label for="custom-kpi-unit">{move || t().smart().unit_label}</label>
                        <select id="custom-kpi-unit" data-testid="custom-kpi-unit" on:change=move |e| {
                            unit.set(Unit::from_key(&event_target_value(&e)).unwrap_or_default());
                        }>
                            {Unit::ALL.into_iter().map(|u| view! {
                                <option value=u.key() selected=move || unit.get() == u>{move || unit_name(u)}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="custom-kpi-direction">{move || t().smart().direction_label}</label>
                        <select id="custom-kpi-direction" data-testid="custom-kpi-direction"
                            on:change=move |e| lower.set(event_target_value(&e) == "lower")>
                            <option value="higher" selected=move || !lower.get()>{move || t().smart().higher_better}</option>
                            <option value="lower" selected=move || lower.get()>{move || t().smart().lower_better}</option>
                        </select>
                    </div>
                </div>
                <div class="field">
                    <label for="custom-kpi-definition">{move || t().smart().definition_label}</label>
                    <input id="custom-kpi-definition" data-testid="custom-kpi-definition" type="text"
                        maxlength=limits::SHORT_TEXT.to_string()
                        prop:value=move || definition.get() on:input=move |e| definition.set(event_target_value(&e))/>
                </div>
                <p class="error" role="alert" data-testid="custom-kpi-error">{move || error.get()}</p>
                <div class="dialog-actions">
                    <button type="button" class="btn" on:click=move |_| open.set(false)>{move || t().cancel}</button>
                    <button type="submit" class="btn primary" data-testid="custom-kpi-create">{move || t().smart().create_kpi}</button>
                </div>
            </form>
        </Modal>
    }
}
