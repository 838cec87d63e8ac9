//! The budget table as CSV, for a spreadsheet.

use super::{is_shared, Split, Taxed, TimeUnit};
use crate::domain::{
    catalogue::{l, L10n},
    BudgetLine, Delivery, Horizon, Lang, Money, Plan,
};

/// Name of a horizon.
pub fn horizon_name(h: Horizon) -> L10n {
    match h {
        Horizon::Immediate => l("Immédiat", "Immediate"),
        Horizon::MediumTerm => l("Moyen terme (régulier)", "Medium term (regular)"),
        Horizon::LongTerm => l("Long terme", "Long term"),
    }
}

/// Name of a way of working.
pub fn delivery_name(d: Delivery) -> L10n {
    match d {
        Delivery::InHouse => l("Interne", "In-house"),
        Delivery::Consultant => l("Consultant", "Consultant"),
    }
}

/// How a spreadsheet of the person's locale reads numbers and columns.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CsvStyle {
    /// Column separator (`;` where the decimal mark is a comma).
    pub separator: char,
    /// Decimal mark.
    pub decimal: char,
}

impl CsvStyle {
    /// The style for a locale such as `fr-CH`, `fr-FR` or `en-US`: English
    /// spreadsheets split on commas; French ones on semicolons, with a
    /// decimal comma except in Switzerland.
    pub fn for_locale(locale: &str) -> CsvStyle {
        let lower = locale.to_ascii_lowercase();
        if lower.starts_with("en") {
            CsvStyle {
                separator: ',',
                decimal: '.',
            }
        } else if lower.ends_with("-ch") || lower.ends_with("-li") {
            CsvStyle {
                separator: ';',
                decimal: '.',
            }
        } else {
            CsvStyle {
                separator: ';',
                decimal: ',',
            }
        }
    }
}

/// An amount without grouping, with the currency's decimals: `12500.50`.
fn amount(m: Money, digits: u32, style: CsvStyle) -> String {
    let sign = if m.0 < 0 { "-" } else { "" };
    let abs = m.0.unsigned_abs();
    if digits == 0 {
        return format!("{sign}{abs}");
    }
    let unit = 10u64.pow(digits);
    format!(
        "{sign}{}{}{:0width$}",
        abs / unit,
        style.decimal,
        abs % unit,
        width = digits as usize
    )
}

fn percent(bp: u32, style: CsvStyle) -> String {
    format!("{}{}{:02}", bp / 100, style.decimal, bp % 100)
}

/// Whether a spreadsheet could read `text` as a formula (OWASP's CSV
/// injection rule): it starts with a tab or a line break, or, after any
/// spaces and control characters, with `=`, `+`, `-`, `@` or their
/// full-width forms.
fn formula_like(text: &str) -> bool {
    text.starts_with(['\t', '\r', '\n'])
        || text
            .trim_start_matches(|c: char| c.is_whitespace() || c.is_control())
            .starts_with([
                '=', '+', '-', '@', '\u{ff1d}', '\u{ff0b}', '\u{ff0d}', '\u{ff20}',
            ])
}

/// A text cell: one a spreadsheet could run as a formula is prefixed with
/// `'` and quoted; any other is quoted when it holds the separator, a quote
/// or a line break. Amounts are not texts and never come here.
fn field(text: &str, style: CsvStyle) -> String {
    let guarded = formula_like(text);
    let text = if guarded {
        format!("'{text}")
    } else {
        text.to_string()
    };
    if guarded || text.contains([style.separator, '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text
    }
}

/// What a spreadsheet needs of the plan's tax and fees to add columns.
struct Extra {
    /// A column per producer and a total row per producer: the plan
    /// splits a line, has a fee or has VAT (a plan without any of it
    /// exports as it always did).
    producers: bool,
    tax: bool,
    fees: bool,
}

fn header(plan: &Plan, lang: Lang, extra: &Extra) -> Vec<String> {
    let cur = &plan.currency;
    let fr = lang == Lang::Fr;
    let pick = |f: &str, e: &str| if fr { f.to_string() } else { e.to_string() };
    let mut h = vec![
        pick("Canal ou outil", "Channel or tool"),
        pick("Réalisation", "Delivery"),
    ];
    h.extend(
        Horizon::ALL
            .iter()
            .map(|x| format!("{} ({cur})", horizon_name(*x).get(lang))),
    );
    h.push(format!("Total ({cur})"));
    h.push(pick("Part du total (%)", "Share of total (%)"));
    if extra.producers {
        h.push(pick(
            &format!("Part interne ({cur})"),
            &format!("In-house part ({cur})"),
        ));
        h.push(pick(
            &format!("Part externe ({cur})"),
            &format!("External part ({cur})"),
        ));
    }
    if extra.tax {
        h.push(pick("Taux de TVA (%)", "VAT rate (%)"));
        h.push(pick(
            &format!("Montant HT ({cur})"),
            &format!("Amount excl. tax ({cur})"),
        ));
        h.push(pick(&format!("TVA ({cur})"), &format!("VAT ({cur})")));
        h.push(pick(
            &format!("Montant TTC ({cur})"),
            &format!("Amount incl. tax ({cur})"),
        ));
    }
    if extra.fees {
        h.push(pick("Quantité", "Quantity"));
        h.push(pick("Unité", "Unit"));
        h.push(pick("Rôle", "Role"));
        h.push(pick(&format!("Tarif ({cur})"), &format!("Rate ({cur})")));
    }
    h
}

/// Who a line's money goes to, in words: one side, or shared.
fn who(plan: &Plan, line: &BudgetLine, lang: Lang) -> &'static str {
    let parts = plan.budget.parts(line);
    if line.fee.is_none() && line.split == Split::Whole {
        delivery_name(line.delivery).get(lang)
    } else if is_shared(parts) {
        l("Partagé", "Shared").get(lang)
    } else if parts.external > Money::ZERO {
        delivery_name(Delivery::Consultant).get(lang)
    } else {
        delivery_name(Delivery::InHouse).get(lang)
    }
}

/// The table as CSV: a row per line, then the totals, a row per producer
/// (in-house, external) and what is left to allocate. Amounts in the plan's
/// currency, shares of the total in percent; with VAT, each line's rate and
/// its amounts excluding tax, the tax and including tax ([`Budget::line_tax`],
/// so the figures are the page's to the minor unit); with fees, each fee's
/// time and rate. Starts with a byte-order mark so spreadsheets read
/// accents right.
///
/// [`Budget::line_tax`]: crate::domain::Budget::line_tax
pub fn to_csv(plan: &Plan, lang: Lang, style: CsvStyle) -> String {
    let b = &plan.budget;
    let s = b.summary();
    let digits = plan.currency.minor_digits();
    let sep = style.separator.to_string();
    let money = |m: Money| amount(m, digits, style);
    let fees = b.lines.iter().any(|l| l.fee.is_some());
    let extra = Extra {
        producers: fees || b.tax.applies() || b.lines.iter().any(|l| l.split != Split::Whole),
        tax: b.tax.applies(),
        fees,
    };
    let mut out = String::from("\u{feff}");
    let mut push = |row: Vec<String>| {
        out.push_str(&row.join(&sep));
        out.push_str("\r\n");
    };
    push(
        header(plan, lang, &extra)
            .iter()
            .map(|h| field(h, style))
            .collect(),
    );
    let taxed = |row: &mut Vec<String>, rate: Option<u32>, t: Taxed| {
        if extra.tax {
            row.push(rate.map(|r| percent(r, style)).unwrap_or_default());
            row.extend([money(t.excl), money(t.tax), money(t.incl)]);
        }
    };
    for line in &b.lines {
        let parts = b.parts(line);
        let mut row = vec![
            field(&line.channel.name(lang), style),
            field(who(plan, line, lang), style),
        ];
        row.extend(line.amounts.iter().map(|m| money(*m)));
        row.push(money(line.total()));
        row.push(percent(super::share_bp(line.total(), s.total), style));
        if extra.producers {
            row.extend([money(parts.in_house), money(parts.external)]);
        }
        let t = b.line_tax(line);
        taxed(&mut row, Some(t.rate_bp), t.total);
        if extra.fees {
            match line
                .fee
                .as_ref()
                .and_then(|f| b.rate(f.rate).map(|r| (f, r)))
            {
                Some((f, r)) => row.extend([
                    f.quantity.plain().replace('.', &style.decimal.to_string()),
                    field(unit_name(r.unit, lang), style),
                    field(&r.role, style),
                    money(r.price),
                ]),
                None => row.extend(vec![String::new(); 4]),
            }
        }
        push(row);
    }
    let sum = b.tax_summary();
    let producers = b.by_producer();
    let fee_blanks = if extra.fees { 4 } else { 0 };
    let total_label = "Total";
    let mut totals = vec![field(total_label, style), String::new()];
    totals.extend(s.by_horizon.iter().map(|m| money(*m)));
    totals.push(money(s.allocated));
    totals.push(percent(super::share_bp(s.allocated, s.total), style));
    if extra.producers {
        totals.extend([money(producers.in_house), money(producers.external)]);
    }
    taxed(&mut totals, None, sum.allocated);
    totals.extend(vec![String::new(); fee_blanks]);
    push(totals);
    // A total per producer: "Total" first, so a paste of the file back
    // into a budget skips it as it skips the totals.
    let by = [
        (Delivery::InHouse, producers.in_house, sum.in_house),
        (Delivery::Consultant, producers.external, sum.external),
    ];
    for (who, part, t) in by.into_iter().filter(|_| extra.producers) {
        let name = match who {
            Delivery::InHouse => l("Interne", "In-house"),
            Delivery::Consultant => l("Externe", "External"),
        };
        let mut row = vec![field(total_label, style), field(name.get(lang), style)];
        row.extend(vec![String::new(); 3]);
        row.push(money(part));
        row.push(percent(super::share_bp(part, s.total), style));
        if who == Delivery::InHouse {
            row.extend([money(part), String::new()]);
        } else {
            row.extend([String::new(), money(part)]);
        }
        taxed(&mut row, None, t);
        row.extend(vec![String::new(); fee_blanks]);
        push(row);
    }
    let remaining = l("Reste à allouer", "Not allocated yet");
    // Under the share column, as it always was.
    let mut row = vec![field(remaining.get(lang), style), String::new()];
    row.extend(vec![String::new(); 4]);
    row.push(money(s.remaining));
    push(row);
    out
}

/// Name of a time unit, in the plural of a quantity.
fn unit_name(u: TimeUnit, lang: Lang) -> &'static str {
    match u {
        TimeUnit::Day => l("jours", "days").get(lang),
        TimeUnit::Hour => l("heures", "hours").get(lang),
    }
}

#[cfg(test)]
#[path = "csv_tests.rs"]
mod tests;
