//! What a KPI's target counts (per month, per year, over the whole plan)
//! and what one of its measurements records.

use crate::{
    domain::{
        forecast::{self, TargetPeriod},
        Command, ItemId, KpiRef, ObjectiveEdit, ObjectiveKpi,
    },
    ui::{state::Store, use_texts},
};
use leptos::prelude::*;

/// The period of `kpi`'s target on `objective`, for a KPI counted over
/// time; nothing for a level (a rate, a position).
#[component]
pub fn KpiPeriod(
    objective: ItemId,
    kpi: KpiRef,
    /// The KPI as the objective holds it (`slot` is a word of the view macro).
    held: Memo<Option<ObjectiveKpi>>,
    /// The base of the fields' ids (`period-{slug}`).
    slug: String,
    /// Where a refusal is shown.
    error: RwSignal<Option<String>>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let period = Memo::new(move |_| held.with(|s| s.as_ref().and_then(forecast::period_of)));
    let counted = Memo::new(move |_| period.with(Option::is_some));
    let measured = Memo::new(move |_| held.with(|s| s.as_ref().map(forecast::measured)));
    let usual = forecast::default_period(&kpi);
    let choose = move |e: leptos::ev::Event| {
        let typed = event_target_value(&e);
        let Some(chosen) = TargetPeriod::from_key(&typed) else {
            return;
        };
        // The KPI's usual period is kept as no choice, so the target follows it.
        let stored = (usual != Some(chosen)).then_some(chosen);
        error.set(store.send(Command::EditObjective(
            objective,
            ObjectiveEdit::Period(kpi.clone(), stored),
        )));
    };
    let select_id = format!("period-{slug}");
    let hint_id = format!("period-{slug}-hint");
    let measured_id = format!("measured-{slug}");
    view! {
        <Show when=move || counted.get()>
            <div class="kpi-period">
                <label for=select_id.clone()>{move || t().forecast().period_label}</label>
                <select id=select_id.clone() data-testid=select_id.clone() aria-describedby=hint_id.clone()
                    on:change=choose.clone()>
                    {TargetPeriod::ALL.into_iter().map(|p| view! {
                        <option value=p.key() prop:selected=move || period.get() == Some(p)>{move || t().forecast().period(p)}</option>
                    }).collect_view()}
                </select>
                <p class="hint" id=hint_id.clone() data-testid=measured_id.clone()>
                    {move || measured.get().map(|m| (t().smart().measured_hint)(t().forecast().measured(m)))}
                </p>
            </div>
        </Show>
    }
}
