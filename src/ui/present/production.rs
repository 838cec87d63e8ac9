//! Who produces what, as a slide and a report section (the kinds of content
//! by producer, a tick where one makes it), and the budget's totals by
//! producer (in-house and external, excluding and including tax when the
//! plan has VAT) under the budget table.

use crate::{
    domain::{
        money::{round_parts_to_unit, Precision},
        Money,
    },
    ui::{format, state::Store, use_texts},
};
use leptos::prelude::*;

/// The table, formatted: producers, then each kind with its ticks.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Grid {
    pub producers: Vec<(String, String)>,
    pub rows: Vec<(String, Vec<bool>)>,
}

/// Who produces what, formatted in `lang`.
pub(crate) fn grid(p: &crate::domain::Plan, lang: crate::domain::Lang) -> Grid {
    let prod = &p.production;
    Grid {
        producers: prod
            .producers
            .iter()
            .map(|x| {
                let kind = x.kind.name().get(lang).to_string();
                let label = x.label(lang);
                let sub = if label == kind { String::new() } else { kind };
                (label, sub)
            })
            .collect(),
        rows: prod
            .kinds()
            .into_iter()
            .map(|c| {
                let ticks = prod.producers.iter().map(|x| prod.makes(c, x.id)).collect();
                (prod.name(c, lang), ticks)
            })
            .collect(),
    }
}

/// The production table, read-only.
#[component]
pub fn ProductionGrid() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let grid = store.select(move |p| grid(p, store.lang.get()));
    view! {
        <table class="deck-production" data-testid="deck-production">
            <thead><tr>
                <th scope="col">{move || t().present().col_content}</th>
                {move || grid.get().producers.into_iter().map(|(name, kind)| view! {
                    <th scope="col" class="who">{name}{(!kind.is_empty()).then(|| view! { <span class="who-kind">{kind}</span> })}</th>
                }).collect_view()}
            </tr></thead>
            <tbody>
                {move || {
                    let g = grid.get();
                    let names: Vec<String> = g.producers.iter().map(|(n, _)| n.clone()).collect();
                    g.rows.into_iter().map(|(kind, ticks)| {
                        let cells = ticks.into_iter().zip(names.clone()).map(|(on, who)| {
                            let label = (t().present().made_by)(&kind, &who);
                            view! {
                                <td class="tick" class:on=on>
                                    {on.then(|| view! { <span aria-hidden="true">"✓"</span><span class="sr-only">{label}</span> })}
                                </td>
                            }
                        }).collect_view();
                        view! { <tr data-testid="deck-production-row"><th scope="row">{kind.clone()}</th>{cells}</tr> }
                    }).collect_view()
                }}
            </tbody>
        </table>
    }
}

/// The budget's totals by producer, both bases when the plan has VAT.
#[derive(Clone, Debug, Default, PartialEq)]
struct Totals {
    /// In-house, external: (excluding tax, including tax when it applies).
    rows: [(String, Option<String>); 2],
}

/// In-house and external totals, under the budget table.
#[component]
pub fn ProducerTotals() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let totals = store.select(move |p| {
        let lang = store.lang.get();
        let m = |x: Money| {
            format::money_as(x, &p.currency, lang, p.slides.money_style, Precision::Unit)
        };
        let s = p.budget.tax_summary();
        let taxed = p.budget.tax.applies();
        // Rounded to the unit together, so the two parts add up to the
        // allocated total as rounded on the budget slide.
        let both = |a: Money, b: Money| {
            let r = round_parts_to_unit(&[a, b], &p.currency);
            (r[0], r[1])
        };
        let (in_excl, out_excl) = both(s.in_house.excl, s.external.excl);
        let (in_incl, out_incl) = both(s.in_house.incl, s.external.incl);
        let row = |excl: Money, incl: Money| (m(excl), taxed.then(|| m(incl)));
        Totals {
            rows: [row(in_excl, in_incl), row(out_excl, out_incl)],
        }
    });
    let cell = move |(excl, incl): (String, Option<String>)| match incl {
        Some(incl) => view! {
            <span class="amount">{excl}" "<span class="basis">{t().present().excl}</span></span>
            <span class="amount">{incl}" "<span class="basis">{t().present().incl}</span></span>
        }
        .into_any(),
        None => view! { <span class="amount">{excl}</span> }.into_any(),
    };
    view! {
        <div class="producer-totals" data-testid="deck-producer-totals" role="group"
            aria-label=move || t().present().by_producer>
            {move || {
                let [inside, outside] = totals.get().rows;
                view! {
                    <div class="producer-total" data-testid="deck-in-house">
                        <span class="label">{t().present().in_house}</span>{cell(inside)}
                    </div>
                    <div class="producer-total" data-testid="deck-external">
                        <span class="label">{t().present().external}</span>{cell(outside)}
                    </div>
                }
            }}
        </div>
    }
}
