//! The share of an objective's increase its digital actions must bring.

use super::value_error;
use crate::{
    domain::{forecast, Command, ItemId, ObjectiveEdit, Unit},
    ui::{fields::NumberField, state::Store, use_texts},
};
use leptos::prelude::*;

/// The field's id.
const ID: &str = "digital-share";

/// The digital share of objective `id`, for an objective whose target the
/// forecast reads (a revenue, orders or new-customers KPI with a target);
/// empty is all of it, shown as a placeholder.
#[component]
pub fn DigitalShare(id: ItemId) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let state = store.select(move |p| {
        p.objective(id)
            .map(|o| (forecast::forecast_kpi(o).is_some(), o.digital_share))
    });
    let read = Memo::new(move |_| state.with(|s| s.is_some_and(|s| s.0)));
    let value = Signal::derive(move || state.with(|s| s.and_then(|s| s.1)));
    let commit = Callback::new(move |v: Option<f64>| {
        store
            .dispatch(Command::EditObjective(id, ObjectiveEdit::DigitalShare(v)))
            .err()
            .map(|e| value_error(&store, &e, Unit::Percent))
    });
    // The empty field shows the 100 % it means.
    view! {
        <Show when=move || read.get()>
            <div class="digital-share">
                <NumberField id=ID label=Signal::derive(move || t().smart().digital_share_label.to_string())
                    value=value unit=Signal::stored(Unit::Percent) suffix=Signal::stored("%".to_string())
                    commit=commit placeholder="100"
                    hint=Signal::derive(move || Some(t().smart().digital_share_hint.to_string()))/>
            </div>
        </Show>
    }
}
