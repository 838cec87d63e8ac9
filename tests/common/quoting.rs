//! A plan to quote from, shared by the tests of the budget as a
//! consultant quotes it (`tests/quotes.rs`, `tests/quotes_props.rs`).

// Amounts are written francs_centimes (1_200_00 is CHF 1'200.00).
#![allow(clippy::inconsistent_digit_grouping)]

use super::day;
use cap::domain::{
    budget::{Channel, Fee, Qty, Rate, TimeUnit},
    *,
};

pub const SENIOR: ItemId = ItemId(10);
pub const WRITER: ItemId = ItemId(11);

/// A CHF 30'000 plan with two empty lines (ids 1 and 2) and two rates:
/// a senior consultant at CHF 1'200 a day, a writer at CHF 95 an hour.
pub fn plan() -> Plan {
    let mut p = Plan::new("Devis", day(2027, 1, 1), Lang::Fr);
    apply(&mut p, Command::SetBudgetTotal(Money(30_000_00))).unwrap();
    for (id, key) in [(1, "search_ads"), (2, "content_written")] {
        let line = BudgetLine::new(ItemId(id), Channel::Catalogue(key.into()));
        apply(
            &mut p,
            Command::InsertBudgetLine {
                index: 9,
                line,
                links: Links::default(),
            },
        )
        .unwrap();
    }
    let rates = vec![
        Rate {
            id: SENIOR,
            role: "Consultant senior".into(),
            unit: TimeUnit::Day,
            price: Money(1_200_00),
        },
        Rate {
            id: WRITER,
            role: "Rédaction".into(),
            unit: TimeUnit::Hour,
            price: Money(95_00),
        },
    ];
    apply(&mut p, Command::SetRates(rates)).unwrap();
    p
}

pub fn days(n: u32) -> Fee {
    Fee {
        rate: SENIOR,
        quantity: Qty(n * 100),
    }
}

/// Applies `command`, then checks that its inverse gives back the plan as
/// it was, and applies it again (what undo then redo do).
pub fn apply_and_check_undo(p: &mut Plan, command: Command) -> Result<(), CommandError> {
    let before = p.clone();
    let inverse = apply(p, command)?;
    let after = p.clone();
    let redo = apply(p, inverse).expect("an inverse applies");
    assert_eq!(*p, before, "undo gives back the plan exactly");
    apply(p, redo).expect("a redo applies");
    assert_eq!(*p, after, "redo gives back the change exactly");
    Ok(())
}
