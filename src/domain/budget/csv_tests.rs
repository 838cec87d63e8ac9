//! The CSV's cells, and its figures against the domain's to the minor unit.
// Amounts are written in units and cents: 20_000_00 is 20'000.00.
#![allow(clippy::inconsistent_digit_grouping)]
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

use crate::domain::{
    budget::{Basis, Channel, Fee, Qty, Rate, Regime, Tax},
    ItemId, Plan,
};
use chrono::NaiveDate;

/// A consultant's 6 days at CHF 1'200 shared 50/50 with the client's team,
/// a line shared a third external, an in-house line at the reduced rate,
/// Swiss VAT not recoverable, amounts typed excluding tax.
fn taxed_plan(basis: Basis) -> Plan {
    let start = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
    let mut p = Plan::new("Quote", start, Lang::Fr);
    p.budget.total = Money(20_000_00);
    p.budget.rates.push(Rate {
        id: ItemId(50),
        role: "=Consultant senior".into(),
        unit: TimeUnit::Day,
        price: Money(1_200_00),
    });
    let mut a = BudgetLine::new(ItemId(1), Channel::Custom("Set-up".into()));
    a.amounts = [Money(10_000_00), Money(4_400_00), Money::ZERO];
    a.fee = Some(Fee {
        rate: ItemId(50),
        quantity: Qty(600),
    });
    let mut b = BudgetLine::new(ItemId(2), Channel::Custom("Social; ads".into()));
    b.amounts = [Money(1_000_01), Money(333_33), Money(7)];
    b.split = Split::Share(3_333);
    let mut c = BudgetLine::new(ItemId(3), Channel::Custom("Blog".into()));
    c.amounts = [Money::ZERO, Money(2_000_05), Money::ZERO];
    c.vat_bp = Some(260);
    p.budget.lines = vec![a, b, c];
    p.next_id = 51;
    p.budget.tax = Tax {
        basis,
        regime: Regime::Switzerland,
        recoverable: false,
    };
    p
}

/// The cells of a CSV, quotes taken off.
fn cells(text: &str, style: CsvStyle) -> Vec<Vec<String>> {
    text.trim_start_matches('\u{feff}')
        .lines()
        .map(|l| {
            let mut cells = vec![String::new()];
            let mut quoted = false;
            for ch in l.chars() {
                match ch {
                    '"' => quoted = !quoted,
                    c if c == style.separator && !quoted => cells.push(String::new()),
                    c => cells.last_mut().unwrap().push(c),
                }
            }
            cells
        })
        .collect()
}

#[test]
fn the_csv_has_the_pages_figures_on_both_bases_and_by_producer() {
    for basis in [Basis::Excluding, Basis::Including] {
        let p = taxed_plan(basis);
        let b = &p.budget;
        for (locale, lang) in [
            ("fr-CH", Lang::Fr),
            ("fr-FR", Lang::Fr),
            ("en-US", Lang::En),
        ] {
            let style = CsvStyle::for_locale(locale);
            let rows = cells(&to_csv(&p, lang, style), style);
            let minor = |s: &str| -> i64 { s.replace(style.decimal, "").parse().unwrap() };
            // Header, 3 lines, totals, in-house, external, remaining.
            assert_eq!(rows.len(), 1 + 3 + 4, "{locale}");
            let width = rows[0].len();
            assert_eq!(width, 7 + 2 + 4 + 4, "{locale}: {:?}", rows[0]);
            assert!(rows[..7].iter().all(|r| r.len() == width), "{rows:?}");
            for (r, line) in rows[1..4].iter().zip(&b.lines) {
                let parts = b.parts(line);
                let t = b.line_tax(line);
                assert_eq!(minor(&r[5]), line.total().0);
                assert_eq!(
                    (minor(&r[7]), minor(&r[8])),
                    (parts.in_house.0, parts.external.0)
                );
                assert_eq!(
                    minor(&r[9]),
                    i64::from(t.rate_bp),
                    "rate in hundredths of a %"
                );
                assert_eq!(
                    (minor(&r[10]), minor(&r[11]), minor(&r[12])),
                    (t.total.excl.0, t.total.tax.0, t.total.incl.0),
                    "{locale} {basis:?} {}",
                    r[0]
                );
            }
            let s = b.tax_summary();
            let taxed = |r: &Vec<String>| (minor(&r[10]), minor(&r[11]), minor(&r[12]));
            let of = |t: Taxed| (t.excl.0, t.tax.0, t.incl.0);
            assert_eq!(taxed(&rows[4]), of(s.allocated));
            assert_eq!(taxed(&rows[5]), of(s.in_house));
            assert_eq!(taxed(&rows[6]), of(s.external));
            let by = b.by_producer();
            assert_eq!(
                (minor(&rows[4][7]), minor(&rows[4][8])),
                (by.in_house.0, by.external.0)
            );
            assert_eq!(minor(&rows[5][5]), by.in_house.0);
            assert_eq!(minor(&rows[6][5]), by.external.0);
            assert_eq!(rows[5][0], "Total", "a paste back skips it");
            // The fee line: 6 days at 1'200, the external part is the fee.
            assert_eq!(minor(&rows[1][8]), 7_200_00);
            assert_eq!(minor(&rows[1][7]), 7_200_00);
            assert_eq!(rows[1][13].replace(style.decimal, "."), "6");
            assert_eq!(rows[1][15], "'=Consultant senior", "the guard holds");
            assert_eq!(minor(&rows[1][16]), 1_200_00);
            assert_eq!(
                rows[1][1],
                if lang == Lang::Fr {
                    "Partagé"
                } else {
                    "Shared"
                }
            );
            assert!(rows[3][13..].iter().all(String::is_empty));
        }
    }
}

#[test]
fn a_plan_without_tax_fees_or_shares_exports_as_before() {
    let mut p = taxed_plan(Basis::Excluding);
    p.budget.tax = Tax::default();
    p.budget.lines[0].fee = None;
    p.budget.lines[1].split = Split::Whole;
    let style = CsvStyle::for_locale("fr-CH");
    let rows = cells(&to_csv(&p, Lang::Fr, style), style);
    assert_eq!(rows.len(), 1 + 3 + 2);
    assert!(rows.iter().all(|r| r.len() == 7), "{rows:?}");
    // A share alone adds the producers, not the tax.
    p.budget.lines[1].split = Split::Share(5_000);
    let rows = cells(&to_csv(&p, Lang::En, style), style);
    assert_eq!(rows.len(), 1 + 3 + 4);
    assert_eq!(rows[0].len(), 9);
    let by = p.budget.by_producer();
    assert_eq!(
        rows[6][8].replace('.', "").parse::<i64>().unwrap(),
        by.external.0
    );
}

#[test]
fn a_taxed_shared_csv_pastes_back_as_its_lines() {
    use crate::domain::paste::{self, columns, Target};
    let from = taxed_plan(Basis::Excluding);
    for (lang, locale) in [
        (Lang::Fr, "fr-CH"),
        (Lang::Fr, "fr-FR"),
        (Lang::En, "en-US"),
    ] {
        let csv = to_csv(&from, lang, CsvStyle::for_locale(locale));
        let start = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
        let mut to = Plan::new("Empty", start, lang);
        to.budget.total = from.budget.total;
        let t = paste::read(&csv, Target::Budget);
        let cols = columns::guess(t.header.as_deref(), &t.rows, Target::Budget, &to, lang);
        let preview = paste::budget::preview(&to, &t, &cols, lang);
        let refused = preview.rows.iter().filter(|r| r.outcome.is_err()).count();
        assert_eq!(refused, 4, "{locale}: totals, two producers, remaining");
        crate::domain::apply(&mut to, preview.command.unwrap()).unwrap();
        let amounts: Vec<_> = to.budget.lines.iter().map(|l| l.amounts).collect();
        let expected: Vec<_> = from.budget.lines.iter().map(|l| l.amounts).collect();
        assert_eq!(amounts, expected, "{locale}");
        // Each line's parts come back with it (a fee's, as an amount).
        let parts = |p: &Plan| {
            p.budget
                .lines
                .iter()
                .map(|l| p.budget.parts(l))
                .collect::<Vec<_>>()
        };
        assert_eq!(parts(&to), parts(&from), "{locale}");
    }
}
