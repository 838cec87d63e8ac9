//! The consultant's part of the plan as a quote: the external part of each
//! budget line, with its days or hours at a rate, its VAT and the totals.
//! Every figure is the budget's own ([`crate::domain::Budget::line_tax`]),
//! so the quote, the budget page and the CSV agree to the minor unit.

use crate::domain::{
    budget::{Basis, Taxed, TimeUnit},
    ItemId, Lang, Money, Plan,
};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The quote's number, dates and terms, kept with the plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuoteSettings {
    /// Its reference ("2027-014").
    #[serde(default)]
    pub number: String,
    /// The day it is issued (`None`: the day it is printed).
    #[serde(default)]
    pub issued: Option<NaiveDate>,
    /// The last day it holds.
    #[serde(default)]
    pub valid_until: Option<NaiveDate>,
    /// Terms: payment, what is not included.
    #[serde(default)]
    pub terms: String,
}

/// One row of the quote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteLine {
    /// The budget line.
    pub line: ItemId,
    /// What it is ("Publicité sur les moteurs de recherche").
    pub label: String,
    /// The kind of content it produces, named.
    pub content: Option<String>,
    /// Days or hours, their unit, the role and its price, when the line is
    /// a fee.
    pub time: Option<QuoteTime>,
    /// The rate of VAT, in basis points.
    pub rate_bp: u32,
    /// The amount, its tax and the two together.
    pub amount: Taxed,
}

/// Time at a rate, as a quote shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteTime {
    /// The role.
    pub role: String,
    /// How many, in hundredths.
    pub quantity: crate::domain::budget::Qty,
    /// Days or hours.
    pub unit: TimeUnit,
    /// The price of one.
    pub price: Money,
}

/// VAT at one rate, for the quote's breakdown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VatRow {
    /// The rate, in basis points.
    pub rate_bp: u32,
    /// What is taxed at it, excluding tax.
    pub base: Money,
    /// The tax.
    pub tax: Money,
}

/// The quote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Quote {
    /// Rows, in the budget's order; lines with no external part are left out.
    pub lines: Vec<QuoteLine>,
    /// VAT by rate, highest rate first.
    pub vat: Vec<VatRow>,
    /// The totals: the sum of the rows.
    pub total: Taxed,
    /// The basis the amounts were typed in.
    pub basis: Basis,
}

/// The quote for `plan`'s external work, named in `lang`.
pub fn quote(plan: &Plan, lang: Lang) -> Quote {
    let budget = &plan.budget;
    let mut out = Quote {
        basis: budget.tax.basis,
        ..Quote::default()
    };
    for line in &budget.lines {
        let t = budget.line_tax(line);
        if t.external.excl.0 == 0 && t.external.incl.0 == 0 {
            continue;
        }
        let time = line.fee.as_ref().and_then(|f| {
            let rate = budget.rate(f.rate)?;
            Some(QuoteTime {
                role: rate.role.clone(),
                quantity: f.quantity,
                unit: rate.unit,
                price: rate.price,
            })
        });
        out.total = out.total + t.external;
        match out.vat.iter_mut().find(|v| v.rate_bp == t.rate_bp) {
            Some(v) => {
                v.base = v.base + t.external.excl;
                v.tax = v.tax + t.external.tax;
            }
            None => out.vat.push(VatRow {
                rate_bp: t.rate_bp,
                base: t.external.excl,
                tax: t.external.tax,
            }),
        }
        out.lines.push(QuoteLine {
            line: line.id,
            label: line.channel.name(lang),
            content: line.content.map(|c| plan.production.name(c, lang)),
            time,
            rate_bp: t.rate_bp,
            amount: t.external,
        });
    }
    out.vat.sort_by_key(|v| std::cmp::Reverse(v.rate_bp));
    out
}
