//! Native tests of the budget as a consultant quotes it: shares between
//! in-house and external, fees as time at a rate, VAT both ways, hours by
//! month. Every figure adds up to the minor unit and the fixed total is
//! never exceeded, whatever the sequence of changes.
#![cfg(not(target_arch = "wasm32"))]
// Amounts are written francs_centimes (12_500_00 is CHF 12'500.00).
#![allow(clippy::inconsistent_digit_grouping)]

mod common;

use cap::domain::{
    budget::{self, Basis, Fee, Qty, Regime, Tax},
    command::{line_with_fee, line_with_parts},
    quote, workload, *,
};
use common::{quoting::*, *};

#[test]
fn the_issues_line_six_days_at_1200_shared_50_50_vat_not_recoverable() {
    let mut p = plan();
    apply_and_check_undo(
        &mut p,
        Command::SetLineFee {
            line: ItemId(1),
            fee: Some(days(6)),
        },
    )
    .unwrap();
    let line = p.line(ItemId(1)).unwrap().clone();
    assert_eq!(line.total(), Money(7_200_00), "an empty line takes the fee");
    // Shared 50/50 with the client's team: as much in-house as the fee.
    let in_house = budget::in_house_for_share(Money(7_200_00), 5_000).unwrap();
    let shared = line_with_parts(&p, &line, in_house, Money::ZERO).unwrap();
    apply_and_check_undo(&mut p, Command::ReplaceBudgetLines(vec![shared])).unwrap();
    let tax = Tax {
        basis: Basis::Excluding,
        regime: Regime::Switzerland,
        recoverable: false,
    };
    apply_and_check_undo(&mut p, Command::SetTax(tax)).unwrap();

    let line = p.line(ItemId(1)).unwrap();
    let t = p.budget.line_tax(line);
    assert_eq!(t.rate_bp, 810);
    assert_eq!(
        (t.external.excl, t.external.tax, t.external.incl),
        (Money(7_200_00), Money(583_20), Money(7_783_20))
    );
    assert_eq!(
        (t.in_house.excl, t.in_house.tax, t.in_house.incl),
        (Money(7_200_00), Money(583_20), Money(7_783_20))
    );
    let s = p.budget.tax_summary();
    assert_eq!(s.allocated.incl, Money(15_566_40));
    assert_eq!(s.cost, Money(15_566_40), "not recoverable: paid with VAT");
    assert_eq!(s.cost_over_total, Money::ZERO, "within CHF 30'000");

    let q = quote::quote(&p, Lang::Fr);
    assert_eq!(q.lines.len(), 1);
    let time = q.lines[0].time.as_ref().unwrap();
    assert_eq!((time.quantity, time.price), (Qty(600), Money(1_200_00)));
    assert_eq!(q.total, t.external);
    assert_eq!(q.vat[0].tax, Money(583_20));
}

#[test]
fn a_rate_change_moves_every_line_on_it_and_undo_brings_the_cells_back() {
    let mut p = plan();
    apply(
        &mut p,
        Command::SetCell {
            line: ItemId(2),
            horizon: Horizon::MediumTerm,
            amount: Money(1_000_00),
        },
    )
    .unwrap();
    apply(
        &mut p,
        Command::SetLineFee {
            line: ItemId(1),
            fee: Some(days(6)),
        },
    )
    .unwrap();
    // The writer's 20 hours on line 2: its CHF 1'000 stays in-house.
    let fee = Fee {
        rate: WRITER,
        quantity: Qty(20_00),
    };
    apply(
        &mut p,
        Command::SetLineFee {
            line: ItemId(2),
            fee: Some(fee),
        },
    )
    .unwrap();
    assert_eq!(p.line(ItemId(2)).unwrap().total(), Money(2_900_00));
    let mut a = Action::new(ItemId(20), "Atelier de lancement", day(2027, 2, 1));
    a.fee = Some(days(1));
    apply(
        &mut p,
        Command::InsertAction {
            index: 0,
            action: Box::new(a),
        },
    )
    .unwrap();
    assert_eq!(
        p.action(ItemId(20)).unwrap().cost,
        Money(1_200_00),
        "the cost follows the fee"
    );

    let mut rates = p.budget.rates.clone();
    rates[0].price = Money(1_250_00);
    apply_and_check_undo(&mut p, Command::SetRates(rates.clone())).unwrap();
    apply(&mut p, Command::SetRates(rates)).unwrap();
    assert_eq!(p.line(ItemId(1)).unwrap().total(), Money(7_500_00));
    assert_eq!(
        p.line(ItemId(2)).unwrap().total(),
        Money(2_900_00),
        "another rate: unchanged"
    );
    assert_eq!(p.action(ItemId(20)).unwrap().cost, Money(1_250_00));

    // A price that would take the lines over the total is refused whole.
    let mut dear = p.budget.rates.clone();
    dear[0].price = Money(5_000_00);
    let before = p.clone();
    assert!(matches!(
        apply(&mut p, Command::SetRates(dear)),
        Err(CommandError::OverBudget { .. })
    ));
    assert_eq!(p, before);
    // A rate in use cannot go.
    let writer_only = vec![p.budget.rates[1].clone()];
    assert_eq!(
        apply(&mut p, Command::SetRates(writer_only)),
        Err(CommandError::RateInUse(SENIOR))
    );
}

#[test]
fn a_new_price_moves_the_fee_and_keeps_the_in_house_part() {
    let mut p = plan();
    apply(
        &mut p,
        Command::SetLineFee {
            line: ItemId(1),
            fee: Some(days(6)),
        },
    )
    .unwrap();
    let line = p.line(ItemId(1)).unwrap().clone();
    let shared = line_with_parts(&p, &line, Money(7_200_00), Money::ZERO).unwrap();
    apply(&mut p, Command::ReplaceBudgetLines(vec![shared])).unwrap();
    apply(
        &mut p,
        Command::SetLineFee {
            line: ItemId(2),
            fee: Some(days(2)),
        },
    )
    .unwrap();
    for (price, shared_total, fees_only) in [
        (1_250_00, 14_700_00, 2_500_00),
        (1_000_00, 13_200_00, 2_000_00),
    ] {
        let mut rates = p.budget.rates.clone();
        rates[0].price = Money(price);
        apply_and_check_undo(&mut p, Command::SetRates(rates)).unwrap();
        let (a, b) = (p.line(ItemId(1)).unwrap(), p.line(ItemId(2)).unwrap());
        assert_eq!(
            (a.total(), p.budget.parts(a).in_house),
            (Money(shared_total), Money(7_200_00))
        );
        assert_eq!(
            (b.total(), p.budget.parts(b).in_house),
            (Money(fees_only), Money::ZERO)
        );
    }
}

#[test]
fn fees_are_counted_excluding_tax() {
    let mut p = plan();
    apply(
        &mut p,
        Command::SetLineFee {
            line: ItemId(1),
            fee: Some(days(1)),
        },
    )
    .unwrap();
    let ttc = Tax {
        basis: Basis::Including,
        regime: Regime::Switzerland,
        recoverable: false,
    };
    let before = p.clone();
    assert_eq!(
        apply(&mut p, Command::SetTax(ttc)),
        Err(CommandError::FeesExcludeTax)
    );
    assert_eq!(p, before);
    apply(
        &mut p,
        Command::SetLineFee {
            line: ItemId(1),
            fee: None,
        },
    )
    .unwrap();
    apply(&mut p, Command::SetTax(ttc)).unwrap();
    assert_eq!(
        apply(
            &mut p,
            Command::SetLineFee {
                line: ItemId(1),
                fee: Some(days(1))
            }
        ),
        Err(CommandError::FeesExcludeTax)
    );
}

#[test]
fn a_regime_change_takes_back_the_rates_it_does_not_have_and_undo_gives_them_back() {
    let mut p = plan();
    let france = Tax {
        basis: Basis::Excluding,
        regime: Regime::France,
        recoverable: true,
    };
    apply(&mut p, Command::SetTax(france)).unwrap();
    apply(
        &mut p,
        Command::EditBudgetLine(ItemId(1), LineEdit::Vat(Some(550))),
    )
    .unwrap();
    assert_eq!(
        apply(
            &mut p,
            Command::EditBudgetLine(ItemId(2), LineEdit::Vat(Some(810)))
        ),
        Err(CommandError::AmountOutOfRange),
        "not a French rate"
    );
    let swiss = Tax {
        regime: Regime::Switzerland,
        ..france
    };
    apply_and_check_undo(&mut p, Command::SetTax(swiss)).unwrap();
    apply(&mut p, Command::SetTax(swiss)).unwrap();
    assert_eq!(p.line(ItemId(1)).unwrap().vat_bp, None);
    assert_eq!(p.budget.vat_bp(p.line(ItemId(1)).unwrap()), 810);
}

#[test]
fn a_fee_line_never_goes_below_its_fee_and_presets_leave_it_alone() {
    let mut p = plan();
    apply(
        &mut p,
        Command::SetLineFee {
            line: ItemId(1),
            fee: Some(days(5)),
        },
    )
    .unwrap();
    assert_eq!(
        apply(
            &mut p,
            Command::SetCell {
                line: ItemId(1),
                horizon: Horizon::Immediate,
                amount: Money(100_00)
            }
        ),
        Err(CommandError::BelowFee {
            fee: Money(6_000_00)
        })
    );
    let preset = budget::apply_preset(&p, budget::Preset::Equal).unwrap();
    apply(&mut p, preset).unwrap();
    assert_eq!(p.line(ItemId(1)).unwrap().total(), Money(6_000_00));
    assert_eq!(p.budget.allocated(), Money(30_000_00));
    // Without its fee, the line keeps its money and its parts.
    let line = p.line(ItemId(1)).unwrap().clone();
    let parts = p.budget.parts(&line);
    let freed = line_with_fee(&p, &line, None).unwrap();
    assert_eq!(freed.amounts, line.amounts);
    assert_eq!(p.budget.parts(&freed), parts);
}

#[test]
fn hours_spread_over_the_months_add_up_to_what_was_entered() {
    let mut p = plan();
    apply(
        &mut p,
        Command::SetCell {
            line: ItemId(1),
            horizon: Horizon::Immediate,
            amount: Money(1_000_00),
        },
    )
    .unwrap();
    apply(
        &mut p,
        Command::EditBudgetLine(ItemId(1), LineEdit::Hours(Some(Qty(30_00)))),
    )
    .unwrap();
    let mut a = Action::new(ItemId(20), "Tournage", day(2027, 3, 30));
    a.end = day(2027, 4, 2);
    a.hours = Some(Qty(8_00));
    apply(
        &mut p,
        Command::InsertAction {
            index: 0,
            action: Box::new(a),
        },
    )
    .unwrap();
    let w = workload::workload(&p);
    assert_eq!(w.months.len(), 12);
    assert_eq!(w.total(), 38_00);
    // The immediate horizon's three months share the line's 30 hours.
    assert_eq!(w.months[0].lines, 10_00);
    assert_eq!(w.months[3].lines, 0);
    // The shoot: two days in March, two in April.
    assert_eq!((w.months[2].actions, w.months[3].actions), (4_00, 4_00));
}

#[test]
fn a_currency_change_keeps_every_fee_in_its_line_or_is_refused() {
    let mut p = plan();
    // 1.5 hours at CHF 95.33 is 142.995, so 143.00; in a three-decimal
    // currency it would be 142.995: the line would no longer hold its fee.
    let mut rates = p.budget.rates.clone();
    rates[1].price = Money(95_33);
    apply(&mut p, Command::SetRates(rates)).unwrap();
    let fee = Fee {
        rate: WRITER,
        quantity: Qty(1_50),
    };
    apply(
        &mut p,
        Command::SetLineFee {
            line: ItemId(2),
            fee: Some(fee),
        },
    )
    .unwrap();
    assert_eq!(p.line(ItemId(2)).unwrap().total(), Money(143_00));
    let before = p.clone();
    let three = Currency::new("KWD").unwrap();
    assert_eq!(three.minor_digits(), 3);
    assert_eq!(
        apply(&mut p, Command::SetCurrency(three.clone())),
        Err(CommandError::CurrencyWouldRound)
    );
    assert_eq!(p, before);
    // Two whole hours scale exactly: the change goes through.
    let fee = Fee {
        rate: WRITER,
        quantity: Qty(2_00),
    };
    apply(
        &mut p,
        Command::SetLineFee {
            line: ItemId(2),
            fee: Some(fee),
        },
    )
    .unwrap();
    apply(&mut p, Command::SetCurrency(three)).unwrap();
    let line = p.line(ItemId(2)).unwrap();
    assert_eq!(p.budget.fee_amount(&fee), Some(line.total()));
    assert_eq!(line.total(), Money(190_660));
}

#[test]
fn an_allocation_that_takes_a_fee_line_below_its_fee_is_refused() {
    let mut p = plan();
    apply(
        &mut p,
        Command::SetLineFee {
            line: ItemId(1),
            fee: Some(days(2)),
        },
    )
    .unwrap();
    let before = p.clone();
    let low = [Money(1_000_00), Money::ZERO, Money::ZERO];
    assert_eq!(
        apply(&mut p, Command::SetAllocation(vec![(ItemId(1), low)])),
        Err(CommandError::BelowFee {
            fee: Money(2_400_00)
        })
    );
    assert_eq!(p, before);
}
