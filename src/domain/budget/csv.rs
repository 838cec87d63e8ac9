//! The budget table as CSV, for a spreadsheet.

use crate::domain::{
    catalogue::{l, L10n},
    Delivery, Horizon, Lang, Money, Plan,
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

/// The table as CSV: a row per line, then the totals; amounts in the plan's
/// currency, shares of the total in percent. Starts with a byte-order mark
/// so spreadsheets read accents right.
pub fn to_csv(plan: &Plan, lang: Lang, style: CsvStyle) -> String {
    let s = plan.budget.summary();
    let digits = plan.currency.minor_digits();
    let sep = style.separator.to_string();
    let money = |m: Money| amount(m, digits, style);
    let (share_label, total_label) = match lang {
        Lang::Fr => ("Part du total (%)", "Total"),
        Lang::En => ("Share of total (%)", "Total"),
    };
    let mut header = vec![
        match lang {
            Lang::Fr => "Canal ou outil".to_string(),
            Lang::En => "Channel or tool".to_string(),
        },
        match lang {
            Lang::Fr => "Réalisation".to_string(),
            Lang::En => "Delivery".to_string(),
        },
    ];
    header.extend(
        Horizon::ALL
            .iter()
            .map(|h| format!("{} ({})", horizon_name(*h).get(lang), plan.currency)),
    );
    header.push(format!("{total_label} ({})", plan.currency));
    header.push(share_label.to_string());
    let mut out = String::from("\u{feff}");
    out.push_str(
        &header
            .iter()
            .map(|h| field(h, style))
            .collect::<Vec<_>>()
            .join(&sep),
    );
    out.push_str("\r\n");
    for line in &plan.budget.lines {
        let mut row = vec![
            field(&line.channel.name(lang), style),
            field(delivery_name(line.delivery).get(lang), style),
        ];
        row.extend(line.amounts.iter().map(|m| money(*m)));
        row.push(money(line.total()));
        row.push(percent(super::share_bp(line.total(), s.total), style));
        out.push_str(&row.join(&sep));
        out.push_str("\r\n");
    }
    let mut totals = vec![field(total_label, style), String::new()];
    totals.extend(s.by_horizon.iter().map(|m| money(*m)));
    totals.push(money(s.allocated));
    totals.push(percent(super::share_bp(s.allocated, s.total), style));
    out.push_str(&totals.join(&sep));
    out.push_str("\r\n");
    let remaining = match lang {
        Lang::Fr => "Reste à allouer",
        Lang::En => "Not allocated yet",
    };
    let blanks = vec![String::new(); 4];
    out.push_str(
        &[
            vec![field(remaining, style), String::new()],
            blanks,
            vec![money(s.remaining)],
        ]
        .concat()
        .join(&sep),
    );
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amounts_and_fields_are_written_for_spreadsheets() {
        let fr = CsvStyle::for_locale("fr-FR");
        assert_eq!(
            fr,
            CsvStyle {
                separator: ';',
                decimal: ','
            }
        );
        assert_eq!(CsvStyle::for_locale("fr-CH").decimal, '.');
        assert_eq!(CsvStyle::for_locale("en-US").separator, ',');
        assert_eq!(amount(Money(1_250_050), 2, fr), "12500,50");
        assert_eq!(amount(Money(5), 2, fr), "0,05");
        assert_eq!(amount(Money(1_250), 0, fr), "1250");
        assert_eq!(field("=HYPERLINK(\"x\")", fr), r#""'=HYPERLINK(""x"")""#);
        assert_eq!(field("+41 21", fr), "\"'+41 21\"");
        assert_eq!(field("a;b", fr), "\"a;b\"");
        assert_eq!(field("a,b", fr), "a,b");
        assert_eq!(percent(1_250, fr), "12,50");
    }
}
