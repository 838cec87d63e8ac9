use super::*;
use crate::domain::{budget::Channel, BudgetLine, Lang, Plan};
use chrono::{Duration, NaiveDate};
use proptest::prelude::*;

#[derive(Clone, Copy, Debug)]
enum Locale {
    FrCh,
    FrFr,
    EnUs,
}

fn plan() -> Plan {
    let start = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
    Plan::new("Props", start, Lang::Fr)
}

fn group(major: i64, sep: &str) -> String {
    let digits = major.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

fn amount(minor: i64, locale: Locale, style: u8) -> String {
    let (major, cents) = (minor / 100, minor % 100);
    let (sep, decimal, sign) = match locale {
        Locale::FrCh => (if style.is_multiple_of(2) { "'" } else { "’" }, ".", "CHF "),
        Locale::FrFr => (
            ["\u{20}", "\u{a0}", "\u{202f}"][usize::from(style % 3)],
            ",",
            "",
        ),
        Locale::EnUs => (",", ".", "CHF "),
    };
    let mut text = group(major, sep);
    if cents != 0 || style % 4 < 2 {
        text = format!("{text}{decimal}{cents:02}");
    }
    match (style % 5, locale) {
        (0, Locale::FrFr) => format!("{text} CHF"),
        (0, _) => format!("{sign}{text}"),
        _ => text,
    }
}

fn date(day: NaiveDate, locale: Locale, style: u8) -> String {
    if style.is_multiple_of(5) {
        return day.format("%Y-%m-%d").to_string();
    }
    let short = style.is_multiple_of(2);
    match (locale, short) {
        (Locale::FrCh, false) => day.format("%d.%m.%Y").to_string(),
        (Locale::FrCh, true) => day.format("%-d.%-m.%y").to_string(),
        (Locale::FrFr, _) => day.format("%d/%m/%Y").to_string(),
        (Locale::EnUs, false) => day.format("%m/%d/%Y").to_string(),
        (Locale::EnUs, true) => day.format("%-m/%-d/%Y").to_string(),
    }
}

/// A cell as a spreadsheet copies it: quoted when it must be (always in CSV).
fn quote(cell: &str, sep: char) -> String {
    if sep != '\t' || cell.contains(['"', '\t', '\n']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

type Generated = (String, NaiveDate, NaiveDate, i64, u8);

fn rows() -> impl Strategy<Value = Vec<Generated>> {
    prop::collection::vec(
        (
            "[A-Za-zéàç0-9][A-Za-zéàç0-9 ,;'\"-]{0,20}[A-Za-z]",
            0i64..365,
            0i64..40,
            0i64..10_000_000_000,
            any::<u8>(),
        )
            .prop_map(|(title, from, length, minor, style)| {
                let jan1 = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
                let dec31 = NaiveDate::from_ymd_opt(2027, 12, 31).unwrap();
                let start = jan1 + Duration::days(from);
                let end = (start + Duration::days(length)).min(dec31);
                (title, start, end, minor, style)
            }),
        1..25,
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn rows_written_in_any_locale_read_back_to_the_same_values(
        rows in rows(),
        which in 0u8..3,
        csv in any::<bool>(),
    ) {
        let locale = [Locale::FrCh, Locale::FrFr, Locale::EnUs][usize::from(which)];
        let (lang, header, sep) = match locale {
            Locale::EnUs => (Lang::En, ["Title", "Start", "End", "Cost"], if csv { ',' } else { '\t' }),
            _ => (Lang::Fr, ["Titre", "Début", "Fin", "Coût"], if csv { ';' } else { '\t' }),
        };
        let mut text = header.map(|h| quote(h, sep)).join(&sep.to_string());
        for (title, start, end, minor, style) in &rows {
            let cells = [
                title.clone(),
                date(*start, locale, *style),
                date(*end, locale, style / 3),
                amount(*minor, locale, style / 7),
            ];
            text.push_str("\r\n");
            text.push_str(&cells.map(|c| quote(&c, sep)).join(&sep.to_string()));
        }
        let p = plan();
        let table = read(&text, Target::Actions);
        prop_assert!(table.header.is_some());
        let columns = columns::guess(table.header.as_deref(), &table.rows, Target::Actions, &p, lang);
        prop_assert_eq!(&columns, &vec![Column::Title, Column::Start, Column::End, Column::Cost]);
        let preview = actions::preview(&p, &table, &columns, lang);
        let read_back: Vec<Generated> = preview
            .rows
            .iter()
            .zip(&rows)
            .filter_map(|(r, g)| r.outcome.as_ref().ok().map(|a| (a.title.clone(), a.start, a.end, a.cost.0, g.4)))
            .collect();
        let refused: Vec<_> = preview.rows.iter().filter_map(|r| r.outcome.as_ref().err().map(|e| (r.cells.clone(), e.clone()))).collect();
        prop_assert!(refused.is_empty(), "{:?}\n{}", refused, text);
        let expected: Vec<Generated> = rows.iter().map(|(t, s, e, m, st)| (t.trim().to_string(), *s, *e, *m, *st)).collect();
        prop_assert_eq!(read_back, expected);
    }

    #[test]
    fn a_budget_paste_never_exceeds_the_total(
        total in 0i64..10_000_000,
        existing in prop::collection::vec(0i64..2_000_000, 0..4),
        pasted in prop::collection::vec(("[A-Za-z]{1,8}", prop::collection::vec(0i64..5_000_000, 3), any::<bool>()), 0..12),
    ) {
        let mut p = plan();
        p.budget.total = Money(total);
        for (i, amount) in existing.iter().enumerate() {
            let id = ItemId(p.next_id);
            p.next_id += 1;
            let mut line = BudgetLine::new(id, Channel::Custom(format!("Existing {i}")));
            // Existing lines fit the total, as the commands keep them.
            let room = (p.budget.total.0 - p.budget.allocated().0).max(0);
            line.amounts[0] = Money((*amount).min(room));
            p.budget.lines.push(line);
        }
        let mut text = String::from("Canal\tImmédiat\tMoyen terme\tLong terme\n");
        for (name, amounts, garbage) in &pasted {
            let cells: Vec<String> = amounts.iter().map(|m| if *garbage && *m % 7 == 0 { format!("{m}x") } else { amount(*m, Locale::FrFr, (*m % 11) as u8) }).collect();
            text.push_str(&format!("{name}\t{}\n", cells.join("\t")));
        }
        let table = read(&text, Target::Budget);
        let columns = columns::guess(table.header.as_deref(), &table.rows, Target::Budget, &p, Lang::Fr);
        let preview = budget::preview(&p, &table, &columns, Lang::Fr);
        let added = preview.accepted();
        if let Some(command) = preview.command {
            prop_assert!(crate::domain::apply(&mut p, command).is_ok());
        }
        prop_assert!(p.budget.allocated() <= p.budget.total);
        prop_assert_eq!(p.budget.lines.len(), existing.len() + added);
    }

    #[test]
    fn any_text_is_read_without_panicking(
        text in prop_oneof![
            any::<String>(),
            "[\t;,\"\n\r 0-9./'a-zé€-]{0,200}",
        ],
        lang in prop_oneof![Just(Lang::Fr), Just(Lang::En)],
    ) {
        let mut p = plan();
        p.budget.total = Money(1_000_000);
        for target in [Target::Actions, Target::Budget] {
            let table = read(&text, target);
            let columns = columns::guess(table.header.as_deref(), &table.rows, target, &p, lang);
            prop_assert_eq!(columns.len(), table.width());
            let command = match target {
                Target::Actions => actions::preview(&p, &table, &columns, lang).command,
                Target::Budget => budget::preview(&p, &table, &columns, lang).command,
            };
            if let Some(c) = command {
                prop_assert!(crate::domain::apply(&mut p.clone(), c).is_ok());
            }
        }
    }
}
