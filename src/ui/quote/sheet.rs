//! The quote's sheet: the consultant's branding, the client, the number and
//! dates, the rows (description, days or hours at a rate, amounts and VAT),
//! the VAT by rate, the totals and the terms. Every figure is the domain's
//! ([`crate::domain::quote::quote`]), only formatted here.

use crate::{
    domain::{
        money::{format_swiss, MoneyStyle, Precision},
        quote::{quote, QuoteTime},
        Lang, Money, Plan,
    },
    i18n::quote::QuoteTexts,
    ui::{format, use_texts},
};
use chrono::NaiveDate;
use leptos::prelude::*;

/// A row of the sheet, formatted.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Row {
    pub label: String,
    pub content: Option<String>,
    /// "6 jours × 1 200,00 CHF" and the role; `None`: a flat fee.
    pub detail: Option<(String, String)>,
    pub excl: String,
    pub rate: String,
    pub vat: String,
    pub incl: String,
}

/// The sheet's content, formatted.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Data {
    pub consultant: String,
    pub firm: String,
    pub logo: Option<String>,
    pub client: String,
    pub client_logo: Option<String>,
    pub subject: String,
    pub period: (String, String),
    pub accent: Option<String>,
    pub number: String,
    pub issued: String,
    pub valid_until: Option<String>,
    pub terms: String,
    /// Whether the plan has VAT: amounts on both bases.
    pub taxed: bool,
    /// "Amounts in CHF": the rows' amounts are written without it.
    pub currency: String,
    pub rows: Vec<Row>,
    /// The VAT by rate: "VAT 8.1 % on CHF 7,200.00", the tax.
    pub vat: Vec<(String, String)>,
    /// Excluding tax, the tax, including tax.
    pub total: (String, String, String),
}

/// An amount without its currency, for the rows (the table says it once),
/// in the plan's style: the locale's, or the Swiss business style.
fn plain(m: Money, p: &Plan, lang: Lang) -> String {
    match p.slides.money_style {
        MoneyStyle::Locale => format::money_plain(m, &p.currency, lang),
        MoneyStyle::Swiss => {
            let text = format_swiss(m, &p.currency, Precision::Exact);
            text.trim_start_matches(p.currency.code())
                .trim_start_matches('\u{a0}')
                .to_string()
        }
    }
}

/// Days or hours at a rate, as the sheet writes them.
fn detail(
    time: &QuoteTime,
    money: &dyn Fn(Money) -> String,
    t: &QuoteTexts,
    lang: Lang,
) -> (String, String) {
    let n = format::number(f64::from(time.quantity.0) / 100.0, lang, 2);
    let qty = (t.quantity)(&n, time.unit, time.quantity.0);
    (format!("{qty} × {}", money(time.price)), time.role.clone())
}

/// The sheet of `plan`'s quote in `lang`; `today` stands for an issue date
/// left empty.
pub fn build(p: &Plan, lang: Lang, today: NaiveDate) -> Data {
    let t = crate::i18n::texts(lang).quote();
    let q = quote(p, lang);
    let money =
        |m: Money| format::money_as(m, &p.currency, lang, p.slides.money_style, Precision::Exact);
    let row_money = |m: Money| plain(m, p, lang);
    let pct = |bp: u32| format::percent(f64::from(bp) / 10_000.0, lang);
    let b = &p.branding;
    Data {
        consultant: b.consultant.trim().to_string(),
        firm: b.firm.trim().to_string(),
        logo: b.consultant_logo.as_ref().map(|l| l.data_url()),
        client: p.client.trim().to_string(),
        client_logo: b.client_logo.as_ref().map(|l| l.data_url()),
        subject: p.name.clone(),
        period: (
            format::date(p.period.start, lang),
            format::date(p.period.end, lang),
        ),
        accent: b.accent.clone(),
        number: p.quote.number.trim().to_string(),
        issued: format::date(p.quote.issued.unwrap_or(today), lang),
        valid_until: p.quote.valid_until.map(|d| format::date(d, lang)),
        terms: p.quote.terms.trim().to_string(),
        taxed: p.budget.tax.applies(),
        currency: (t.amounts_in)(p.currency.code()),
        rows: q
            .lines
            .iter()
            .map(|l| Row {
                label: l.label.clone(),
                content: l.content.clone().filter(|c| !c.is_empty()),
                detail: l
                    .time
                    .as_ref()
                    .map(|time| detail(time, &row_money, t, lang)),
                excl: row_money(l.amount.excl),
                rate: pct(l.rate_bp),
                vat: row_money(l.amount.tax),
                incl: row_money(l.amount.incl),
            })
            .collect(),
        vat: q
            .vat
            .iter()
            .map(|v| ((t.vat_on)(&pct(v.rate_bp), &money(v.base)), money(v.tax)))
            .collect(),
        total: (money(q.total.excl), money(q.total.tax), money(q.total.incl)),
    }
}

/// The printable sheet.
#[component]
pub fn Sheet(data: Memo<Data>) -> impl IntoView {
    let t = use_texts();
    let d = move || data.get();
    let taxed = Memo::new(move |_| data.with(|d| d.taxed));
    view! {
        <article class="quote-sheet" data-testid="quote-sheet" style:--quote-accent=move || d().accent>
            <header class="quote-head">
                <div class="quote-from">
                    {move || d().logo.map(|src| view! { <img class="quote-logo" src=src alt="" data-testid="quote-logo"/> })}
                    {move || { let d = d(); (!d.firm.is_empty()).then(|| view! { <p class="quote-firm">{d.firm}</p> }) }}
                    {move || { let d = d(); (!d.consultant.is_empty()).then(|| view! { <p class="quote-consultant" data-testid="quote-consultant">{d.consultant}</p> }) }}
                </div>
                <div class="quote-title">
                    <h2>{move || t().quote().doc_title}</h2>
                    {move || { let n = d().number; (!n.is_empty()).then(|| view! { <p class="quote-ref" data-testid="quote-sheet-number">{(t().quote().numbered)(&n)}</p> }) }}
                    <p data-testid="quote-sheet-issued">{move || (t().quote().issued_on)(&d().issued)}</p>
                    {move || d().valid_until.map(|v| view! { <p data-testid="quote-sheet-valid-until">{(t().quote().valid_until_on)(&v)}</p> })}
                </div>
            </header>
            <div class="quote-parties">
                <div class="quote-party">
                    <h3>{move || t().quote().client}</h3>
                    {move || d().client_logo.map(|src| view! { <img class="quote-client-logo" src=src alt=""/> })}
                    <p class="quote-client" data-testid="quote-client">{move || d().client}</p>
                </div>
                <div class="quote-party">
                    <h3>{move || t().quote().subject}</h3>
                    <p class="quote-subject">{move || d().subject}</p>
                    <p class="muted">{move || { let (a, b) = d().period; (crate::i18n::texts(t().lang).present().period)(&a, &b) }}</p>
                </div>
            </div>
            <div class="quote-table-wrap">
                <p class="quote-currency" data-testid="quote-currency">{move || d().currency}</p>
                <table class="quote-table" class:untaxed=move || !taxed.get()>
                    <thead><tr>
                        <th scope="col">{move || t().quote().col_description}</th>
                        <th scope="col">{move || t().quote().col_detail}</th>
                        {move || if taxed.get() { view! {
                            <th scope="col" class="num">{t().quote().col_excl}</th>
                            <th scope="col" class="num">{t().quote().col_rate}</th>
                            <th scope="col" class="num">{t().quote().col_vat}</th>
                            <th scope="col" class="num">{t().quote().col_incl}</th>
                        }.into_any() } else { view! {
                            <th scope="col" class="num">{t().quote().col_amount}</th>
                        }.into_any() }}
                    </tr></thead>
                    <tbody>
                        {move || d().rows.into_iter().map(|r| {
                            let q = t().quote();
                            let taxed = taxed.get();
                            view! {
                                <tr data-testid="quote-row">
                                    <th scope="row">
                                        <span class="quote-label">{r.label}</span>
                                        {r.content.map(|c| view! { <span class="quote-content">{c}</span> })}
                                    </th>
                                    <td class="quote-detail" data-label=q.col_detail>{match r.detail {
                                        Some((qty, role)) => view! { <span class="quote-detail-text"><span class="quote-qty">{qty}</span><span class="quote-role">{role}</span></span> }.into_any(),
                                        None => view! { <span class="quote-flat">{q.flat}</span> }.into_any(),
                                    }}</td>
                                    <td class="num" data-label=if taxed { q.col_excl } else { q.col_amount } data-testid="quote-row-excl">{r.excl}</td>
                                    {taxed.then(|| view! {
                                        <td class="num" data-label=q.col_rate>{r.rate}</td>
                                        <td class="num" data-label=q.col_vat data-testid="quote-row-vat">{r.vat}</td>
                                        <td class="num" data-label=q.col_incl data-testid="quote-row-incl">{r.incl}</td>
                                    })}
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
            <div class="quote-summary">
                <dl class="quote-totals">
                    <div class="quote-total">
                        <dt>{move || if taxed.get() { t().quote().total_excl } else { t().quote().total }}</dt>
                        <dd data-testid="quote-total-excl">{move || d().total.0}</dd>
                    </div>
                    {move || taxed.get().then(|| {
                        // One rate: the VAT line says it; several: each rate on its own line above.
                        let vat = d().vat;
                        let (label, breakdown) = match vat.as_slice() {
                            [(one, _)] => (one.clone(), Vec::new()),
                            _ => (t().quote().total_vat.to_string(), vat),
                        };
                        view! {
                        {breakdown.into_iter().map(|(label, tax)| view! {
                            <div class="quote-vat-row" data-testid="quote-vat-row"><dt>{label}</dt><dd>{tax}</dd></div>
                        }).collect_view()}
                        <div class="quote-total"><dt>{label}</dt><dd data-testid="quote-total-vat">{d().total.1}</dd></div>
                        <div class="quote-total grand"><dt>{t().quote().total_incl}</dt><dd data-testid="quote-total-incl">{d().total.2}</dd></div>
                    }})}
                </dl>
                <p class="quote-note" data-testid="quote-note">
                    {move || if taxed.get() { t().quote().rounding } else { t().quote().no_vat }}
                </p>
            </div>
            {move || { let terms = d().terms; (!terms.is_empty()).then(|| view! {
                <section class="quote-terms">
                    <h3>{t().quote().terms}</h3>
                    <p data-testid="quote-sheet-terms">{terms}</p>
                </section>
            }) }}
        </article>
    }
}
