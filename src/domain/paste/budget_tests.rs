//! Budget lines pasted: the total is never exceeded, and the budget's own
//! CSV export reads back.

use super::{
    tests::{d, plan},
    *,
};
use crate::domain::{budget::Channel, Delivery, Lang, Plan};

#[test]
fn budget_rows_that_do_not_fit_the_total_are_refused_with_what_is_left() {
    let mut p = plan();
    // 10'000 of 100'000 allocated... 90'000 left.
    p.budget.total = Money(10_000_000 + 500_000);
    let t = read(
        "Canal;Immédiat;Moyen terme;Long terme\n\
         Contenu visuel;1 000,00;2 000,00;0\n\
         Salon;50 000,00;40 000,00;1 000,00\n\
         Formation;abc;;\n\
         Emailing;100;;\n\
         Podcast;500;;\n",
        Target::Budget,
    );
    let cols = columns::guess(t.header.as_deref(), &t.rows, Target::Budget, &p, Lang::Fr);
    let preview = budget::preview(&p, &t, &cols, Lang::Fr);
    let outcome: Vec<_> = preview
        .rows
        .iter()
        .map(|r| r.outcome.clone().map(|l| l.amounts))
        .collect();
    assert_eq!(outcome[0], Ok([Money(100_000), Money(200_000), Money(0)]));
    assert_eq!(
        outcome[1],
        Err(vec![Problem::OverTotal {
            asked: Money(9_100_000),
            left: Money(9_000_000)
        }])
    );
    assert_eq!(
        outcome[2],
        Err(vec![Problem::BadAmount(
            "abc".into(),
            MoneyError::NotANumber
        )])
    );
    assert_eq!(
        outcome[3],
        Err(vec![Problem::LineExists("Emailing".into())])
    );
    assert_eq!(outcome[4], Ok([Money(50_000), Money(0), Money(0)]));
    crate::domain::apply(&mut p, preview.command.unwrap()).unwrap();
    assert_eq!(p.budget.lines.len(), 5);
    assert!(p.budget.allocated() <= p.budget.total);
}

#[test]
fn the_budget_exported_as_csv_pastes_back_into_an_empty_budget() {
    use crate::domain::budget::{to_csv, CsvStyle};
    let mut from = plan();
    from.budget.lines[1].delivery = Delivery::Consultant;
    from.budget.lines.push(crate::domain::BudgetLine::new(
        ItemId(99),
        Channel::Custom("Salon; « Printemps »".into()),
    ));
    for (lang, locale) in [
        (Lang::Fr, "fr-CH"),
        (Lang::Fr, "fr-FR"),
        (Lang::En, "en-US"),
    ] {
        let csv = to_csv(&from, lang, CsvStyle::for_locale(locale));
        let mut to = Plan::new("Empty", d(2027, 1, 1), lang);
        to.budget.total = from.budget.total;
        let t = read(&csv, Target::Budget);
        assert!(t.header.is_some(), "{locale}");
        let cols = columns::guess(t.header.as_deref(), &t.rows, Target::Budget, &to, lang);
        let preview = budget::preview(&to, &t, &cols, lang);
        let last: Vec<_> = preview
            .rows
            .iter()
            .rev()
            .take(2)
            .map(|r| r.outcome.clone())
            .collect();
        assert_eq!(last, vec![Err(vec![Problem::TotalsRow]); 2], "{locale}");
        crate::domain::apply(&mut to, preview.command.unwrap()).unwrap();
        let read_back: Vec<_> = to
            .budget
            .lines
            .iter()
            .map(|l| (l.channel.clone(), l.amounts, l.delivery))
            .collect();
        let expected: Vec<_> = from
            .budget
            .lines
            .iter()
            .map(|l| (l.channel.clone(), l.amounts, l.delivery))
            .collect();
        assert_eq!(read_back, expected, "{locale}");
    }
}
