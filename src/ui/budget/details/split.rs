//! Who a line's money goes to: all in-house, all external, or shared, as
//! an external share or as two amounts. A line with a fee is external for
//! the fee: the person types the in-house part, as an amount or a share.

use crate::{
    domain::{
        budget::{in_house_for_share, share_bp, LineTax, Parts, Split},
        command::line_with_parts,
        Command, Delivery, ItemId, LineEdit, Money,
    },
    ui::{budget::tax::PercentField, fields::MoneyField, format, state::Store, use_texts},
};
use leptos::prelude::*;

/// What the section reads of the line and the plan.
#[derive(Clone, Debug, Default, PartialEq)]
struct LineSplit {
    total: Money,
    split: Split,
    delivery: Delivery,
    /// The fee's amount, for a line with a fee.
    fee: Option<Money>,
    parts: Parts,
    /// The line on both bases, while the plan has VAT.
    tax: Option<LineTax>,
}

fn mode_of(s: &LineSplit) -> &'static str {
    match (s.split, s.delivery) {
        (Split::Whole, Delivery::InHouse) => "whole-in-house",
        (Split::Whole, Delivery::Consultant) => "whole-external",
        (Split::Share(_), _) => "share",
        (Split::Amount(_), _) => "amounts",
    }
}

/// The section.
#[component]
pub fn SplitSection(id: ItemId) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let now = store.select(move |p| {
        p.line(id).map(|l| LineSplit {
            total: l.total(),
            split: l.split,
            delivery: l.delivery,
            fee: l
                .fee
                .as_ref()
                .map(|f| p.budget.fee_amount(f).unwrap_or_default()),
            parts: p.budget.parts(l),
            tax: p.budget.tax.applies().then(|| p.budget.line_tax(l)),
        })
    });
    let get = move || now.get().unwrap_or_default();
    // The fields change with these only, not with every amount (a field
    // being typed in stays).
    let has_fee = Memo::new(move |_| now.with(|n| n.as_ref().is_some_and(|n| n.fee.is_some())));
    let mode = Memo::new(move |_| now.with(|n| n.as_ref().map(mode_of).unwrap_or_default()));
    let currency = store.select(|p| p.currency.clone());
    let error = RwSignal::new(None::<String>);
    // How the line's money spreads over its horizons as the dialog opens:
    // amounts typed key by key spread like it, not like the last key's
    // (a total of 9 on the way to 9'000 would lose the proportions).
    let shape = store
        .with_plan(|p| p.line(id).map(|l| l.amounts))
        .flatten()
        .unwrap_or_default();
    // The line with these two parts, sent as one change.
    let with_parts = move |in_house: Money, external: Money| -> Option<String> {
        let built = store.with_plan(|p| {
            p.line(id).map(|l| {
                let mut shaped = l.clone();
                for ((cell, locked), was) in shaped.amounts.iter_mut().zip(l.locked).zip(shape) {
                    if !locked {
                        *cell = was;
                    }
                }
                line_with_parts(p, &shaped, in_house, external)
            })
        });
        match built.flatten() {
            Some(Ok(line)) => store.send(Command::ReplaceBudgetLines(vec![line])),
            Some(Err(e)) => store.send_error(e),
            None => None,
        }
    };
    let pick_mode = move |e: leptos::ev::Event| {
        let s = get();
        let half = Money(s.total.0 / 2);
        let edit = |x| Command::EditBudgetLine(id, x);
        let whole = |d| {
            Command::Batch(vec![
                edit(LineEdit::Split(Split::Whole)),
                edit(LineEdit::Delivery(d)),
            ])
        };
        let command = match event_target_value(&e).as_str() {
            "whole-in-house" => whole(Delivery::InHouse),
            "whole-external" => whole(Delivery::Consultant),
            "share" => edit(LineEdit::Split(Split::Share(match s.split {
                Split::Whole => 5_000,
                _ => share_bp(s.parts.external, s.total),
            }))),
            _ => edit(LineEdit::Split(Split::Amount(match s.split {
                Split::Whole => half,
                _ => s.parts.external,
            }))),
        };
        error.set(store.send(command));
    };
    let share_value = Signal::derive(move || {
        let s = get();
        match (s.fee, s.split) {
            (None, Split::Share(bp)) => bp,
            _ => share_bp(s.parts.external, s.total),
        }
    });
    let commit_share = Callback::new(move |bp: u32| {
        let s = get();
        match s.fee {
            Some(fee) => match in_house_for_share(fee, bp) {
                Some(in_house) => with_parts(in_house, fee),
                None => Some(t().tax().share_zero_with_fee.to_string()),
            },
            None => store.send(Command::EditBudgetLine(
                id,
                LineEdit::Split(Split::Share(bp)),
            )),
        }
    });
    let in_house_value = Signal::derive(move || get().parts.in_house);
    let external_value = Signal::derive(move || get().parts.external);
    let commit_in_house = Callback::new(move |m: Money| with_parts(m, get().parts.external));
    let commit_external = Callback::new(move |m: Money| with_parts(get().parts.in_house, m));
    let cur = Signal::derive(move || currency.get());
    let money = move |m: Money| format::money(m, &currency.get(), store.lang.get());
    let label = move |f: fn(&crate::i18n::tax::TaxTexts) -> &'static str| {
        Signal::derive(move || f(t().tax()).to_string())
    };
    let share_field = move || {
        view! {
            <PercentField id="split-share" label=label(|x| x.share_label) value=share_value max_bp=10_000
                out_of_range=label(|x| x.share_out_of_range) commit=commit_share/>
        }
    };
    let in_house_field = move || {
        view! { <MoneyField id="split-in-house" label=label(|x| x.in_house_amount) value=in_house_value currency=cur commit=commit_in_house/> }
    };
    view! {
        <section class="details-section split-section" aria-labelledby="split-title">
            <h3 id="split-title">{move || t().tax().split_title}</h3>
            {move || match has_fee.get() {
                true => view! {
                    <p class="hint">{move || t().tax().fee_hint}</p>
                    <div class="split-fields">
                        <div class="field">
                            <span class="label" id="split-external-label">{move || t().tax().fee_external}</span>
                            <output class="split-fee" data-testid="split-external" aria-labelledby="split-external-label">{move || money(get().parts.external)}</output>
                        </div>
                        {in_house_field()}
                        {share_field()}
                    </div>
                }.into_any(),
                false => view! {
                    <div class="field">
                        <label for="split-mode">{move || t().tax().split_mode}</label>
                        <select id="split-mode" data-testid="split-mode" on:change=pick_mode>
                            {[("whole-in-house", label(|x| x.mode_in_house)), ("whole-external", label(|x| x.mode_external)),
                              ("share", label(|x| x.mode_share)), ("amounts", label(|x| x.mode_amounts))].into_iter().map(|(key, text)| view! {
                                <option value=key prop:selected=move || mode.get() == key>{move || text.get()}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="split-fields">
                        {move || match mode.get() {
                            "share" => share_field().into_any(),
                            "amounts" => view! {
                                {in_house_field()}
                                <MoneyField id="split-external" label=label(|x| x.external_amount) value=external_value currency=cur commit=commit_external
                                    hint=Signal::derive(move || Some(t().tax().amounts_hint.to_string()))/>
                            }.into_any(),
                            _ => ().into_any(),
                        }}
                    </div>
                }.into_any(),
            }}
            <p class="error" role="alert">{move || error.get()}</p>
            <PartsTable now=Signal::derive(get)/>
        </section>
    }
}

/// The line's parts, live: in-house, external and the whole line, on both
/// bases while the plan has VAT.
#[component]
fn PartsTable(now: Signal<LineSplit>) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let currency = store.select(|p| p.currency.clone());
    let money = move |m: Money| format::money(m, &currency.get(), store.lang.get());
    let taxed = move || now.get().tax.is_some();
    let row = move |name: fn(&crate::i18n::tax::TaxTexts) -> &'static str, key: &'static str| {
        let part = move || {
            let s = now.get();
            let (amount, taxed) = match key {
                "in-house" => (s.parts.in_house, s.tax.map(|x| x.in_house)),
                "external" => (s.parts.external, s.tax.map(|x| x.external)),
                _ => (s.total, s.tax.map(|x| x.total)),
            };
            (amount, taxed)
        };
        view! {
            <tr>
                <th scope="row">{move || name(t().tax())}</th>
                {move || match part() {
                    (_, Some(x)) => view! {
                        <td class="num" data-label=t().tax().excl data-testid=format!("part-{key}-excl")>{money(x.excl)}</td>
                        <td class="num" data-label=t().tax().vat data-testid=format!("part-{key}-tax")>{money(x.tax)}</td>
                        <td class="num" data-label=t().tax().incl data-testid=format!("part-{key}-incl")>{money(x.incl)}</td>
                    }.into_any(),
                    (amount, None) => view! { <td class="num" data-testid=format!("part-{key}")>{money(amount)}</td> }.into_any(),
                }}
            </tr>
        }
    };
    view! {
        <table class="split-parts" data-testid="split-parts" aria-live="polite">
            <caption>{move || t().tax().parts_caption}</caption>
            <thead>
                <tr>
                    <th scope="col"><span class="sr-only">{move || t().tax().row_label}</span></th>
                    {move || if taxed() {
                        view! {
                            <th scope="col" class="num">{t().tax().excl}</th>
                            <th scope="col" class="num">{t().tax().vat}</th>
                            <th scope="col" class="num">{t().tax().incl}</th>
                        }.into_any()
                    } else {
                        view! { <th scope="col" class="num">{t().tax().row_label}</th> }.into_any()
                    }}
                </tr>
            </thead>
            <tbody>
                {row(|x| x.in_house, "in-house")}
                {row(|x| x.external, "external")}
                {row(|x| x.line_total, "line")}
            </tbody>
        </table>
    }
}
