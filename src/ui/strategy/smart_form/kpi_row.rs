//! One KPI of an objective: its baseline and its target, as a value to
//! reach or a change in percent, and what the target counts.

use super::{period::KpiPeriod, value_error, KpiRows};
use crate::{
    domain::{Command, ItemId, KpiRef, ObjectiveEdit, Target, Unit},
    ui::{fields::NumberField, format, state::Store, use_texts},
};
use leptos::prelude::*;

/// The row of `kpi` on `objective`; `rows` are the objective's KPIs, read
/// once for every row, and `currency` the plan's currency code.
#[component]
pub fn KpiRow(
    objective: ItemId,
    kpi: KpiRef,
    rows: Memo<KpiRows>,
    currency: Memo<String>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let id = objective;
    let slot = {
        let kpi = kpi.clone();
        Memo::new(move |_| rows.with(|r| r.get(&kpi).map(|row| row.0.clone())))
    };
    let meta = {
        let kpi = kpi.clone();
        Memo::new(move |_| {
            let (name, unit) = rows
                .with(|r| r.get(&kpi).map(|row| (row.1.clone(), row.2)))
                .unwrap_or_default();
            (name, unit, currency.get())
        })
    };
    let unit = Signal::derive(move || meta.get().1);
    // The kind picked while no target is typed: it says how the next figure
    // reads. Once a target exists, its own kind is the one shown.
    let picked_change = RwSignal::new(false);
    let is_change = Signal::derive(move || match slot.get().and_then(|s| s.target) {
        Some(Target::Change(_)) => true,
        Some(Target::Value(_)) => false,
        None => picked_change.get(),
    });
    let slug = match &kpi {
        KpiRef::Catalogue(k) => k.clone(),
        KpiRef::Custom(n) => format!("custom-{n}"),
    };
    let send_value = move |edit: ObjectiveEdit, unit: Unit| {
        store
            .dispatch(Command::EditObjective(id, edit))
            .err()
            .map(|e| value_error(&store, &e, unit))
    };
    let baseline_commit = {
        let kpi = kpi.clone();
        Callback::new(move |v: Option<f64>| {
            send_value(
                ObjectiveEdit::Baseline(kpi.clone(), v),
                unit.get_untracked(),
            )
        })
    };
    let target_commit = {
        let kpi = kpi.clone();
        Callback::new(move |v: Option<f64>| {
            let change = is_change.get_untracked();
            // A target cleared keeps its kind for the next figure.
            picked_change.set(change);
            let target = v.map(|v| {
                if change {
                    Target::Change(v)
                } else {
                    Target::Value(v)
                }
            });
            send_value(
                ObjectiveEdit::Target(kpi.clone(), target),
                if change {
                    Unit::Percent
                } else {
                    unit.get_untracked()
                },
            )
        })
    };
    let mode_error = RwSignal::new(None::<String>);
    let set_mode = move |e: leptos::ev::Event| {
        let to_change = event_target_value(&e) == "change";
        picked_change.set(to_change);
        let Some(current) = slot.get_untracked() else {
            return;
        };
        mode_error.set(
            ObjectiveEdit::switch_target(&current, unit.get_untracked(), to_change)
                .and_then(|edit| store.send(Command::EditObjective(id, edit))),
        );
    };
    let remove = {
        let kpi = kpi.clone();
        move |_| {
            let list = store
                .with_plan(|p| p.objective(id).map(|o| o.kpis.clone()))
                .flatten()
                .unwrap_or_default();
            mode_error.set(store.send(Command::EditObjective(
                id,
                ObjectiveEdit::remove_kpi(&list, &kpi),
            )));
        }
    };
    let resolved = move || {
        let s = slot.get()?;
        let Some(Target::Change(_)) = s.target else {
            return None;
        };
        let value = s.target?.resolve(s.baseline)?;
        let (_, unit, currency) = meta.get();
        let currency = crate::domain::Currency::new(&currency).unwrap_or_default();
        Some(format!(
            "= {}",
            format::kpi_value(value, unit, &currency, store.lang.get())
        ))
    };
    let label = move |f: fn(&crate::i18n::smart::SmartTexts) -> &'static str| {
        Signal::derive(move || f(t().smart()).to_string())
    };
    view! {
        <li class="kpi-row" data-testid=format!("kpi-row-{slug}")>
            <div class="kpi-row-head">
                <strong>{move || meta.get().0}</strong>
                <button type="button" class="btn small ghost danger-text" data-testid="kpi-remove"
                    aria-label=move || (t().smart().remove_kpi)(&meta.get().0)
                    title=move || (t().smart().remove_kpi)(&meta.get().0)
                    on:click=remove>"×"</button>
            </div>
            <div class="kpi-figures">
                <NumberField id=format!("baseline-{slug}") label=label(|s| s.baseline_label)
                    value=Signal::derive(move || slot.get().and_then(|s| s.baseline)) unit=unit
                    suffix=Signal::derive(move || { let (_, u, c) = meta.get(); u.suffix(&c).to_string() })
                    commit=baseline_commit/>
                <div class="field">
                    <label for=format!("target-mode-{slug}")>{move || t().smart().target_mode_label}</label>
                    <select id=format!("target-mode-{slug}") data-testid=format!("target-mode-{slug}") on:change=set_mode>
                        <option value="value" prop:selected=move || !is_change.get()>{move || t().smart().target_value}</option>
                        <option value="change" prop:selected=move || is_change.get()>{move || t().smart().target_change}</option>
                    </select>
                </div>
                <NumberField id=format!("target-{slug}") label=label(|s| s.target_label)
                    value=Signal::derive(move || slot.get().and_then(|s| s.target).map(|t| match t { Target::Value(v) | Target::Change(v) => v }))
                    unit=Signal::derive(move || if is_change.get() { Unit::Percent } else { unit.get() })
                    suffix=Signal::derive(move || { let (_, u, c) = meta.get(); let u = if is_change.get() { Unit::Percent } else { u }; u.suffix(&c).to_string() })
                    commit=target_commit/>
            </div>
            <KpiPeriod objective=id kpi=kpi.clone() held=slot slug=slug.clone() error=mode_error/>
            <p class="muted resolved">{resolved}</p>
            <p class="error" role="alert">{move || mode_error.get()}</p>
        </li>
    }
}
