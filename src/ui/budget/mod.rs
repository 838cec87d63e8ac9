//! The budget page: the fixed total, the two-way table (channels x
//! horizons) that always adds up, presets, advice and charts.

pub(crate) mod charts;

pub use charts::Charts;
mod cost;
mod details;
mod lines;
mod matrix;
mod phasing;
mod production;
pub(crate) mod rates;
mod table;
mod tax;
mod workload;

use crate::{
    domain::{
        budget::{self, Advice, Basis, CsvStyle, Preset, Taxed},
        Command, CommandError, Money,
    },
    storage::{browser, envelope},
    ui::{fields::MoneyField, format, state::Store, use_texts},
};
use leptos::prelude::*;

/// Whether the table shows amounts or percentages of the total.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PercentMode(pub RwSignal<bool>);

/// The budget page.
#[component]
pub fn BudgetPage() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    provide_context(PercentMode(RwSignal::new(false)));
    // A line's "new action" opens the timeline's action form here.
    let new_action = RwSignal::new(None::<crate::domain::Action>);
    provide_context(lines::LineActions(new_action));
    provide_context(details::LineDetailsOpen(RwSignal::new(None)));
    let added = Callback::new(move |a: crate::domain::Action| {
        store.toast((t().actions().added)(&a.title), None, false)
    });
    let has_lines = store.select(|p| !p.budget.lines.is_empty());
    let export = move |_| {
        let lang = store.lang.get_untracked();
        let style = CsvStyle::for_locale(&format::locale(lang));
        let Some((csv, name)) =
            store.with_plan(|p| (budget::to_csv(p, lang, style), format!("{}-budget", p.name)))
        else {
            return;
        };
        let file = envelope::file_name(&name, browser::now(), "csv");
        if let Err(e) = browser::download(&file, &csv, "text/csv;charset=utf-8") {
            store.toast(e, None, true);
        }
    };
    view! {
        <section class="page budget-page" data-testid="budget">
            <div class="page-head">
                <div>
                    <h1>{move || t().budget().title}</h1>
                    <p class="lead">{move || t().budget().intro}</p>
                </div>
                <div class="page-actions">
                    <crate::ui::paste::PasteButton target=crate::domain::paste::Target::Budget/>
                    <a class="btn" data-testid="budget-quote"
                        href=move || store.open_id.get().map(|id| crate::ui::href(&format!("/plan/{id}/quote"))).unwrap_or_default()>
                        {move || t().budget().quote_link}
                    </a>
                    <button type="button" class="btn" data-testid="budget-export-csv" on:click=export
                        disabled=move || !has_lines.get()>
                        {move || t().budget().export_csv}
                    </button>
                </div>
            </div>
            <TotalAndFigures/>
            <tax::TaxPanel/>
            <Show when=move || has_lines.get() fallback=|| view! { <lines::EmptyBudget/> }>
                <Presets/>
                <table::BudgetTable/>
                <lines::AddLine/>
                <matrix::Matrix/>
                <div class="budget-bottom">
                    <charts::Charts/>
                    <AdviceList/>
                </div>
                <phasing::Phasing/>
            </Show>
            <rates::RatesPanel/>
            <workload::WorkloadPanel/>
            <production::ProductionPanel/>
            <details::LineDetailsDialog/>
            <crate::ui::timeline::form::ActionDialog editing=new_action on_added=added from_line=true/>
        </section>
    }
}

/// The total (editable), allocated, remaining, in-house and external;
/// with VAT, the cost to the business and every figure on both bases.
#[component]
fn TotalAndFigures() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let summary = store.select(|p| p.budget.summary());
    let currency = store.select(|p| p.currency.clone());
    let money = move |m: Money| format::money(m, &currency.get(), store.lang.get());
    let tax = store.select(|p| p.budget.tax);
    let applies = move || tax.get().applies();
    let taxed = store.select(|p| p.budget.tax_summary());
    let producers = store.select(|p| p.budget.by_producer());
    let basis_tag = move |b: Basis| match b {
        Basis::Excluding => t().tax().excl,
        Basis::Including => t().tax().incl,
    };
    // A figure's label, with the basis it is on while tax applies.
    let on_basis = move |label: &str| {
        if applies() {
            (t().tax().on_basis)(label, basis_tag(tax.get().basis))
        } else {
            label.to_string()
        }
    };
    // A producer's total: on the plan's basis with tax, as typed without.
    let producer = move |external: bool| {
        if applies() {
            let s = taxed.get();
            let part = if external { s.external } else { s.in_house };
            part.on(tax.get().basis)
        } else {
            let p = producers.get();
            if external {
                p.external
            } else {
                p.in_house
            }
        }
    };
    // A total below what is allocated waits here for the person's choice.
    let pending = RwSignal::new(None::<Money>);
    let commit = Callback::new(
        move |m: Money| match store.dispatch(Command::SetBudgetTotal(m)) {
            Ok(()) => {
                pending.set(None);
                None
            }
            Err(CommandError::TotalBelowAllocated { .. }) => {
                pending.set(Some(m));
                None
            }
            Err(e) => {
                pending.set(None);
                let t = crate::i18n::texts(store.lang.get_untracked());
                Some((t.plan().err_command)(&e))
            }
        },
    );
    let scale_error = RwSignal::new(None::<String>);
    let scale = move |_| {
        let Some(total) = pending.get_untracked() else {
            return;
        };
        let command = store.with_plan(|p| budget::scale_to_total(p, total));
        let error = match command {
            Some(Ok(c)) => store.send(c),
            Some(Err(e)) => store.send_error(e),
            None => None,
        };
        if error.is_none() {
            pending.set(None);
        }
        scale_error.set(error);
    };
    view! {
        <div class="budget-figures card">
            <div class="figure total-field">
                <MoneyField id="budget-total" label=Signal::derive(move || t().budget().total.to_string())
                    hint=Signal::derive(move || Some(t().budget().total_hint.to_string()))
                    value=Signal::derive(move || summary.get().total) currency=Signal::derive(move || currency.get())
                    commit=commit/>
            </div>
            <dl class="figures">
                <div><dt>{move || on_basis(t().budget().allocated)}</dt><dd data-testid="budget-allocated">{move || money(summary.get().allocated)}</dd></div>
                <div class:zero=move || summary.get().remaining == Money::ZERO>
                    <dt>{move || on_basis(t().budget().remaining)}</dt><dd data-testid="budget-remaining">{move || money(summary.get().remaining)}</dd>
                    {move || (applies() && summary.get().remaining != Money::ZERO).then(|| {
                        let tax = tax.get();
                        let other = match tax.basis { Basis::Excluding => Basis::Including, Basis::Including => Basis::Excluding };
                        let approx = Taxed::of(summary.get().remaining, tax.regime.standard_bp(), tax.basis).on(other);
                        view! { <dd class="figure-note">{(t().tax().remaining_other)(&money(approx), basis_tag(other))}</dd> }
                    })}
                </div>
                <div><dt>{move || on_basis(t().tax().in_house)}</dt><dd data-testid="budget-in-house">
                    <span data-testid=move || (!applies()).then_some("producer-in-house")>{move || money(producer(false))}</span>
                </dd></div>
                <div><dt>{move || on_basis(t().tax().external)}</dt><dd data-testid="budget-consultant">
                    <span data-testid=move || (!applies()).then_some("producer-external")>{move || money(producer(true))}</span>
                </dd></div>
                <Show when=applies>
                    <div class="business-cost">
                        <dt>{move || t().tax().business_cost}</dt>
                        <dd data-testid="business-cost">{move || money(taxed.get().cost)}</dd>
                        <dd class="figure-note">{move || (t().tax().business_cost_hint)(tax.get().recoverable)}</dd>
                    </div>
                </Show>
            </dl>
            <Show when=applies>
                <tax::figures::BothBases/>
            </Show>
            {move || pending.get().map(|total| {
                let allocated = money(summary.get_untracked().allocated);
                view! {
                    <div class="confirm-inline" role="alert" data-testid="budget-scale-question">
                        <p>{(t().budget().scale_question)(&allocated, &money(total))}</p>
                        <button type="button" class="btn" data-testid="budget-scale-cancel"
                            on:click=move |_| { pending.set(None); scale_error.set(None); }>{t().cancel}</button>
                        <button type="button" class="btn primary" data-testid="budget-scale-yes" on:click=scale>
                            {t().budget().scale_button}
                        </button>
                        <p class="error" role="alert">{move || scale_error.get()}</p>
                    </div>
                }
            })}
        </div>
    }
}

/// The ready-made splits and "distribute the rest".
#[component]
fn Presets() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let PercentMode(percent) = expect_context::<PercentMode>();
    let remaining = store.select(|p| p.budget.summary().remaining);
    let currency = store.select(|p| p.currency.clone());
    let error = RwSignal::new(None::<String>);
    let run = move |op: fn(&crate::domain::Plan) -> Result<Command, CommandError>| {
        let result = store.with_plan(op);
        error.set(match result {
            Some(Ok(c)) => store.send(c),
            Some(Err(e)) => store.send_error(e),
            None => None,
        });
    };
    let preset_button = move |preset: Preset, testid: &'static str| {
        let text = move || {
            let b = t().budget();
            match preset {
                Preset::LongTermFirst => {
                    (b.preset_long_term.to_string(), (b.preset_long_term_hint)())
                }
                Preset::SeventyTwentyTen => ((b.preset_702010)(), (b.preset_702010_hint)()),
                Preset::Equal => (b.preset_equal.to_string(), b.preset_equal_hint.to_string()),
            }
        };
        view! {
            <button type="button" class="btn small" data-testid=testid title=move || text().1
                on:click=move |_| {
                    let result = store.with_plan(|p| budget::apply_preset(p, preset));
                    error.set(match result {
                        Some(Ok(c)) => store.send(c),
                        Some(Err(e)) => store.send_error(e),
                        None => None,
                    });
                }>
                {move || text().0}
            </button>
        }
    };
    view! {
        <div class="budget-toolbar">
            <div class="toolbar-group" role="group" aria-label=move || t().budget().presets>
                <span class="small-label">{move || t().budget().presets}</span>
                {preset_button(Preset::LongTermFirst, "preset-long-term")}
                {preset_button(Preset::SeventyTwentyTen, "preset-70-20-10")}
                {preset_button(Preset::Equal, "preset-equal")}
            </div>
            <button type="button" class="btn small primary" data-testid="distribute-rest"
                disabled=move || remaining.get() == Money::ZERO
                on:click=move |_| run(budget::distribute_rest)>
                {move || (t().budget().distribute_rest)(&format::money(remaining.get(), &currency.get(), store.lang.get()))}
            </button>
            <div class="toolbar-group" role="group" aria-label=move || t().budget().show_as>
                <span class="small-label">{move || t().budget().show_as}</span>
                <button type="button" class="btn small" aria-pressed=move || (!percent.get()).to_string()
                    data-testid="mode-amount" on:click=move |_| percent.set(false)>{move || t().budget().mode_amount}</button>
                <button type="button" class="btn small" aria-pressed=move || percent.get().to_string()
                    data-testid="mode-percent" on:click=move |_| percent.set(true)>{move || t().budget().mode_percent}</button>
            </div>
            <p class="error" role="alert" data-testid="budget-toolbar-error">{move || error.get()}</p>
        </div>
    }
}

/// The method's advice on the split, in words.
#[component]
fn AdviceList() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let items = store.select(move |p| {
        let lang = store.lang.get();
        let b = crate::i18n::texts(lang).budget();
        let pct = |bp: u32| format::percent(f64::from(bp) / 10_000.0, lang);
        budget::advice(p)
            .into_iter()
            .map(|a| match a {
                Advice::LongTermBelowShortTerm { long_bp, short_bp } => {
                    (b.advice_long_term)(&pct(long_bp), &pct(short_bp))
                }
                Advice::ChannelConcentrated { line, share_bp } => {
                    let name = p
                        .line(line)
                        .map(|l| l.channel.name(lang))
                        .unwrap_or_default();
                    (b.advice_concentrated)(&name, &pct(share_bp))
                }
                Advice::PriorityWithoutBudget(id) => {
                    let title = p.objective(id).map(|o| o.title.clone()).unwrap_or_default();
                    (b.advice_unfunded)(&title)
                }
            })
            .collect::<Vec<_>>()
    });
    // Amounts typed excluding tax that the business pays including it.
    let over = store.select(move |p| {
        let s = p.budget.tax_summary();
        (s.cost_over_total > Money::ZERO).then(|| {
            let lang = store.lang.get();
            let money = |m: Money| format::money(m, &p.currency, lang);
            (crate::i18n::texts(lang).tax().over_total)(&money(s.cost), &money(s.cost_over_total))
        })
    });
    view! {
        <aside class="card advice-card" data-testid="budget-advice">
            <h2>{move || t().budget().advice_title}</h2>
            <Show when=move || !items.with(Vec::is_empty) || over.with(Option::is_some)
                fallback=move || view! { <p class="advice ok">"✓ "{move || t().budget().advice_none}</p> }>
                <ul>
                    {move || over.get().map(|text| view! { <li class="advice warn tax-over" data-testid="tax-over-total">"⚠ "{text}</li> })}
                    {move || items.get().into_iter().map(|text| view! { <li class="advice warn" data-testid="budget-advice-item">"⚠ "{text}</li> }).collect_view()}
                </ul>
            </Show>
        </aside>
    }
}
