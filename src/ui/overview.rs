//! The plan's context: identity, what the business wants, period, currency
//! and total budget.

use crate::{
    domain::{validate::limits, Command, Currency, Lang, Money, Period, COMMON_CURRENCIES},
    i18n::texts,
    ui::{
        fields::{DateField, MoneyField, TextField},
        format,
        import::ImportButton,
        state::Store,
        use_texts,
    },
};
use leptos::prelude::*;

/// The context page of the open plan.
#[component]
pub fn OverviewPage() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    // Each field reads its own slice of the plan, so typing in one field
    // does not re-render the others.
    let read = move |f: fn(&crate::domain::Plan) -> String| {
        let slice = Memo::new(move |_| {
            store
                .current
                .with(|c| c.as_ref().map(|o| f(&o.plan)).unwrap_or_default())
        });
        Signal::<String>::from(slice)
    };
    let period = Memo::new(move |_| store.current.with(|c| c.as_ref().map(|o| o.plan.period)));
    let currency = Memo::new(move |_| {
        store.current.with(|c| {
            c.as_ref()
                .map(|o| o.plan.currency.clone())
                .unwrap_or_default()
        })
    });
    let total = Memo::new(move |_| {
        store
            .current
            .with(|c| c.as_ref().map(|o| o.plan.budget.total).unwrap_or_default())
    });
    let plan_lang = Memo::new(move |_| {
        store
            .current
            .with(|c| c.as_ref().map(|o| o.plan.language).unwrap_or_default())
    });

    let send = move |command: Command| store.send(command);
    let text_commit =
        move |make: fn(String) -> Command| Callback::new(move |s: String| send(make(s)));
    let label = move |f: fn(&crate::i18n::Texts) -> &'static str| {
        Signal::derive(move || f(t()).to_string())
    };
    let hint = move |f: fn(&crate::i18n::Texts) -> &'static str| {
        Signal::derive(move || Some(f(t()).to_string()))
    };

    let period_start = Signal::derive(move || period.get().map(|p| p.start).unwrap_or_default());
    let period_end = Signal::derive(move || period.get().map(|p| p.end).unwrap_or_default());
    let currency_error = RwSignal::new(None::<String>);
    let currency_text = RwSignal::new(String::new());
    Effect::new(move |_| currency_text.set(currency.get().code().to_string()));

    view! {
        <section class="page narrow" data-testid="overview">
            <div class="page-head">
                <div>
                    <h1>{move || t().plan().overview_title}</h1>
                    <p class="lead">{move || t().plan().overview_intro}</p>
                </div>
                <div class="page-actions">
                    <button type="button" class="btn" data-testid="export-current" on:click=move |_| {
                        if let Some(id) = store.current_id() { store.export_plan(&id); }
                    }>{move || t().export_json}</button>
                    {move || store.open_id.get().map(|id| view! { <crate::ui::share::ShareButton id=id testid="share-current"/> })}
                    <crate::ui::pptx::PptxButton testid="pptx-overview"/>
                    <ImportButton/>
                </div>
            </div>

            <crate::ui::starters::StarterPanel/>

            <fieldset class="card">
                <legend>{move || t().plan().section_identity}</legend>
                <div class="grid-2">
                    <TextField id="plan-name" label=label(|t| t.field_name) value=read(|p| p.name.clone())
                        commit=text_commit(Command::SetName) max_len=limits::NAME/>
                    <TextField id="plan-client" label=label(|t| t.field_client) value=read(|p| p.client.clone())
                        commit=text_commit(Command::SetClient) max_len=limits::SHORT_TEXT/>
                    <TextField id="plan-sector" label=label(|t| t.plan().field_sector) value=read(|p| p.sector.clone())
                        commit=text_commit(Command::SetSector) max_len=limits::SHORT_TEXT/>
                    <div class="field" class:invalid=move || currency_error.with(Option::is_some)>
                        <label for="plan-currency">{move || t().plan().field_currency}</label>
                        <input id="plan-currency" data-testid="plan-currency" type="text" list="currency-list"
                            maxlength="3" autocomplete="off" class="short"
                            aria-describedby="plan-currency-hint plan-currency-error"
                            prop:value=move || currency_text.get()
                            on:change=move |e| {
                                let typed = event_target_value(&e);
                                currency_text.set(typed.clone());
                                let t = texts(store.lang.get_untracked());
                                currency_error.set(match Currency::new(&typed) {
                                    Ok(c) => send(Command::SetCurrency(c)),
                                    Err(err) => Some((t.plan().err_money)(&err)),
                                });
                            }/>
                        <datalist id="currency-list">
                            {COMMON_CURRENCIES.iter().map(|c| view! { <option value=*c/> }).collect_view()}
                        </datalist>
                        <p class="hint" id="plan-currency-hint">{move || t().plan().field_currency_hint}</p>
                        <p class="error" id="plan-currency-error" role="alert" data-testid="plan-currency-error">{move || currency_error.get()}</p>
                    </div>
                    <DateField id="plan-start" label=label(|t| t.plan().field_period_start) value=period_start
                        invalid_text=label(|t| t.bad_date)
                        commit=Callback::new(move |start| send(Command::SetPeriod(Period { start, end: period_end.get_untracked() })))/>
                    <DateField id="plan-end" label=label(|t| t.plan().field_period_end) value=period_end
                        invalid_text=label(|t| t.bad_date)
                        commit=Callback::new(move |end| send(Command::SetPeriod(Period { start: period_start.get_untracked(), end })))/>
                    <div class="field">
                        <label for="plan-language">{move || t().plan().field_plan_language}</label>
                        <select id="plan-language" data-testid="plan-language" on:change=move |e| {
                            let _ = send(Command::SetLanguage(Lang::from_tag(&event_target_value(&e))));
                        }>
                            {Lang::ALL.into_iter().map(|l| view! {
                                <option value=l.code() selected=move || plan_lang.get() == l>
                                    {move || match l { Lang::Fr => t().plan().lang_name_fr, Lang::En => t().plan().lang_name_en }}
                                </option>
                            }).collect_view()}
                        </select>
                    </div>
                </div>
            </fieldset>

            <fieldset class="card">
                <legend>{move || t().plan().section_context}</legend>
                <TextField id="plan-context" label=label(|t| t.plan().field_context) hint=hint(|t| t.plan().field_context_hint)
                    value=read(|p| p.context.clone()) commit=text_commit(Command::SetContext) multiline=true max_len=limits::LONG_TEXT/>
                <TextField id="plan-strategy" label=label(|t| t.plan().field_strategy) hint=hint(|t| t.plan().field_strategy_hint)
                    value=read(|p| p.strategy.clone()) commit=text_commit(Command::SetStrategy) multiline=true max_len=limits::LONG_TEXT/>
            </fieldset>

            <fieldset class="card">
                <legend>{move || t().plan().section_budget}</legend>
                <MoneyField id="plan-budget-total" label=label(|t| t.plan().field_budget_total) hint=hint(|t| t.plan().field_budget_total_hint)
                    value=Signal::derive(move || total.get()) currency=Signal::derive(move || currency.get())
                    commit=Callback::new(move |m: Money| send(Command::SetBudgetTotal(m)))/>
                <p class="muted" data-testid="budget-total-display">
                    {move || (t().plan().budget_total_is)(&format::money(total.get(), &currency.get(), store.lang.get()))}
                </p>
            </fieldset>

            {move || store.open_id.get().map(|id| view! { <crate::ui::versions::VersionsCard id=id/> })}

            <crate::ui::branding::BrandingForm/>
        </section>
    }
}
