//! The live SMART checklist: each letter met or not, with its hint.

use crate::{
    domain::{
        smart::{self, kpi_name, Letter, Missing},
        ItemId, Plan,
    },
    ui::{format, state::Store, use_texts},
};
use leptos::prelude::*;

/// The five letters, met or not, with what is missing.
#[component]
pub fn Checklist(id: ItemId) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let checks = store.select(move |p| {
        let lang = store.lang.get();
        p.objective(id)
            .map(|o| {
                smart::check(o, p)
                    .into_iter()
                    .map(|c| (c.letter, c.missing.map(|m| hint_args(p, m, lang))))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let letter_name = move |l: Letter| {
        let st = t().smart();
        match l {
            Letter::Specific => st.letter_s,
            Letter::Measurable => st.letter_m,
            Letter::Achievable => st.letter_a,
            Letter::Realistic => st.letter_r,
            Letter::TimeBound => st.letter_t,
        }
    };
    view! {
        <aside class="card checklist" data-testid="smart-checklist" aria-live="polite">
            <h2>{move || t().smart().checklist_title}</h2>
            <ul>
                {move || checks.get().into_iter().map(|(letter, missing)| {
                    let met = missing.is_none();
                    let initial = &letter_name(letter)[..1];
                    view! {
                        <li class="letter" class:met=met data-testid="smart-letter" data-letter=initial.to_string() data-met=met.to_string()>
                            <span class="letter-badge" aria-hidden="true">{initial.to_string()}</span>
                            <span>
                                <strong>{letter_name(letter)}</strong>
                                " · "{if met { format!("✓ {}", t().smart().met) } else { format!("✗ {}", t().smart().not_met) }}
                                {missing.map(|m| view! { <span class="hint">{hint_text(t().smart(), &m)}</span> })}
                            </span>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </aside>
    }
}

/// A missing part with the names and amounts its hint needs, resolved.
#[derive(Clone, Debug, PartialEq)]
struct HintArgs {
    missing: Missing,
    kpi: String,
    amounts: (String, String),
    /// What the forecast lacks, in words.
    unknown: String,
}

fn hint_args(p: &Plan, missing: Missing, lang: crate::domain::Lang) -> HintArgs {
    let kpi = match &missing {
        Missing::NoTarget(k)
        | Missing::ChangeWithoutBaseline(k)
        | Missing::WrongDirection(k)
        | Missing::NoChange(k) => kpi_name(p, k, lang),
        _ => String::new(),
    };
    let amounts = match &missing {
        Missing::OutOfReach { needed, allocated } => (
            format::money(*needed, &p.currency, lang),
            format::money(*allocated, &p.currency, lang),
        ),
        _ => Default::default(),
    };
    let unknown = match &missing {
        Missing::ForecastUnknown(inputs) => {
            crate::i18n::texts(lang)
                .forecast()
                .unknown_of(inputs, lang, |k| kpi_name(p, k, lang))
        }
        _ => String::new(),
    };
    HintArgs {
        missing,
        kpi,
        amounts,
        unknown,
    }
}

fn hint_text(st: &crate::i18n::smart::SmartTexts, h: &HintArgs) -> String {
    match &h.missing {
        Missing::NoStatement => st.hint_no_statement.into(),
        Missing::VagueStatement => (st.hint_vague_statement)(smart::SPECIFIC_MIN_WORDS),
        Missing::NoKpi => st.hint_no_kpi.into(),
        Missing::NoTarget(_) => (st.hint_no_target)(&h.kpi),
        Missing::ChangeWithoutBaseline(_) => (st.hint_change_without_baseline)(&h.kpi),
        Missing::NoOwner => st.hint_no_owner.into(),
        Missing::OutOfReach { .. } => (st.hint_out_of_reach)(&h.amounts.0, &h.amounts.1),
        Missing::ForecastUnknown(_) => h.unknown.clone(),
        Missing::NoRationale => st.hint_no_rationale.into(),
        Missing::WrongDirection(_) => (st.hint_wrong_direction)(&h.kpi),
        Missing::NoChange(_) => (st.hint_no_change)(&h.kpi),
        Missing::NoDeadline => st.hint_no_deadline.into(),
        Missing::DeadlineOutsidePeriod => st.hint_deadline_outside.into(),
    }
}
