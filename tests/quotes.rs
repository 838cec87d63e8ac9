//! Native tests of the budget as a consultant quotes it: shares between
//! in-house and external, fees as time at a rate, VAT both ways, hours by
//! month. Every figure adds up to the minor unit and the fixed total is
//! never exceeded, whatever the sequence of changes.
#![cfg(not(target_arch = "wasm32"))]
// Amounts are written francs_centimes (12_500_00 is CHF 12'500.00).
#![allow(clippy::inconsistent_digit_grouping)]

mod common;

use cap::domain::{
    budget::{self, Basis, Channel, Fee, Qty, Rate, Regime, Split, Tax, TimeUnit},
    command::{line_with_fee, line_with_parts},
    quote, workload, *,
};
use common::*;
use proptest::prelude::*;

const SENIOR: ItemId = ItemId(10);
const WRITER: ItemId = ItemId(11);

/// A CHF 30'000 plan with two empty lines (ids 1 and 2) and two rates:
/// a senior consultant at CHF 1'200 a day, a writer at CHF 95 an hour.
fn plan() -> Plan {
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

fn days(n: u32) -> Fee {
    Fee {
        rate: SENIOR,
        quantity: Qty(n * 100),
    }
}

/// Applies `command`, then checks that its inverse gives back the plan as
/// it was, and applies it again (what undo then redo do).
fn apply_and_check_undo(p: &mut Plan, command: Command) -> Result<(), CommandError> {
    let before = p.clone();
    let inverse = apply(p, command)?;
    let after = p.clone();
    let redo = apply(p, inverse).expect("an inverse applies");
    assert_eq!(*p, before, "undo gives back the plan exactly");
    apply(p, redo).expect("a redo applies");
    assert_eq!(*p, after, "redo gives back the change exactly");
    Ok(())
}

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

fn arb_split() -> impl Strategy<Value = Split> {
    prop_oneof![
        Just(Split::Whole),
        (0u32..=10_000).prop_map(Split::Share),
        (0i64..5_000_000).prop_map(|m| Split::Amount(Money(m))),
    ]
}

fn arb_tax() -> impl Strategy<Value = Tax> {
    (
        prop_oneof![Just(Basis::Excluding), Just(Basis::Including)],
        prop_oneof![
            Just(Regime::None),
            Just(Regime::Switzerland),
            Just(Regime::France),
            (0u32..=3_000).prop_map(Regime::Other)
        ],
        any::<bool>(),
    )
        .prop_map(|(basis, regime, recoverable)| Tax {
            basis,
            regime,
            recoverable,
        })
}

/// A change the budget page can send.
#[derive(Clone, Debug)]
enum Op {
    Cell(u32, usize, i64),
    Fee(u32, Option<(ItemId, u32)>),
    Price(usize, i64),
    Split(u32, Split),
    Parts(u32, i64, i64),
    Vat(u32, Option<u32>),
    Tax(Tax),
}

fn arb_op() -> impl Strategy<Value = Op> {
    let line = 1u32..=2;
    prop_oneof![
        (line.clone(), 0usize..3, 0i64..2_000_000).prop_map(|(l, h, m)| Op::Cell(l, h, m)),
        (
            line.clone(),
            prop::option::of((prop_oneof![Just(SENIOR), Just(WRITER)], 0u32..4_000))
        )
            .prop_map(|(l, f)| Op::Fee(l, f)),
        (0usize..2, 0i64..600_000).prop_map(|(r, m)| Op::Price(r, m)),
        (line.clone(), arb_split()).prop_map(|(l, s)| Op::Split(l, s)),
        (line.clone(), 0i64..2_000_000, 0i64..2_000_000).prop_map(|(l, a, b)| Op::Parts(l, a, b)),
        (line, prop::option::of(0u32..3_000)).prop_map(|(l, v)| Op::Vat(l, v)),
        arb_tax().prop_map(Op::Tax),
    ]
}

fn command(p: &Plan, op: Op) -> Option<Command> {
    Some(match op {
        Op::Cell(l, h, m) => Command::SetCell {
            line: ItemId(l),
            horizon: Horizon::ALL[h],
            amount: Money(m),
        },
        Op::Fee(l, f) => Command::SetLineFee {
            line: ItemId(l),
            fee: f.map(|(rate, q)| Fee {
                rate,
                quantity: Qty(q),
            }),
        },
        Op::Price(r, m) => {
            let mut rates = p.budget.rates.clone();
            rates[r].price = Money(m);
            Command::SetRates(rates)
        }
        Op::Split(l, s) => Command::EditBudgetLine(ItemId(l), LineEdit::Split(s)),
        Op::Parts(l, a, b) => {
            let line = p.line(ItemId(l))?;
            Command::ReplaceBudgetLines(vec![line_with_parts(p, line, Money(a), Money(b)).ok()?])
        }
        Op::Vat(l, v) => Command::EditBudgetLine(ItemId(l), LineEdit::Vat(v)),
        Op::Tax(t) => Command::SetTax(t),
    })
}

/// Every figure of the budget adds up, on both bases and by producer.
fn assert_adds_up(p: &Plan) -> Result<(), TestCaseError> {
    let b = &p.budget;
    prop_assert!(b.allocated() <= b.total, "never above the total");
    let mut sum = budget::Taxed::default();
    for line in &b.lines {
        let parts = b.parts(line);
        prop_assert_eq!(parts.in_house + parts.external, line.total());
        prop_assert!(parts.in_house.0 >= 0 && parts.external.0 >= 0);
        if let Some(fee) = line.fee.as_ref().and_then(|f| b.fee_amount(f)) {
            prop_assert!(fee <= line.total(), "a line holds its fee");
            prop_assert_eq!(parts.external, fee);
        }
        let t = b.line_tax(line);
        for x in [t.total, t.in_house, t.external] {
            prop_assert_eq!(x.excl + x.tax, x.incl);
        }
        prop_assert_eq!(t.in_house + t.external, t.total);
        prop_assert_eq!(
            t.total.on(b.tax.basis),
            line.total(),
            "typed amounts stay as typed"
        );
        sum = sum + t.total;
    }
    let s = b.tax_summary();
    prop_assert_eq!(s.allocated, sum);
    prop_assert_eq!(s.in_house + s.external, s.allocated);
    let q = quote::quote(p, Lang::En);
    prop_assert_eq!(q.total, s.external, "the quote is the external parts");
    prop_assert_eq!(q.vat.iter().map(|v| v.tax).sum::<Money>(), s.external.tax);
    prop_assert!(validate::errors(p).is_empty(), "{:?}", validate::errors(p));
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Whatever changes are sent, accepted or refused, the budget adds up,
    /// stays within its total, and undo gives back each plan exactly.
    #[test]
    fn any_sequence_of_changes_keeps_the_budget_exact(ops in prop::collection::vec(arb_op(), 1..25)) {
        let mut p = plan();
        for op in ops {
            let price = matches!(op, Op::Price(..));
            let Some(c) = command(&p, op) else { continue };
            let before = p.clone();
            match apply(&mut p, c) {
                Ok(inverse) => {
                    assert_adds_up(&p)?;
                    if price {
                        // A new price moves the fee; nobody's in-house part.
                        for (a, b) in before.budget.lines.iter().zip(&p.budget.lines) {
                            prop_assert_eq!(before.budget.parts(a).in_house, p.budget.parts(b).in_house);
                        }
                    }
                    let after = p.clone();
                    let redo = apply(&mut p, inverse).expect("an inverse applies");
                    prop_assert_eq!(&p, &before);
                    apply(&mut p, redo).expect("a redo applies");
                    prop_assert_eq!(&p, &after);
                }
                Err(_) => prop_assert_eq!(&p, &before, "a refusal changes nothing"),
            }
        }
    }

    /// Tax both ways: the two figures differ by the tax, and the tax is the
    /// rate's share of the amount to within half a minor unit.
    #[test]
    fn tax_both_ways_is_exact(amount in 0i64..100_000_000_000, rate in 0u32..=3_000) {
        let e = budget::Taxed::of(Money(amount), rate, Basis::Excluding);
        prop_assert_eq!(e.excl + e.tax, e.incl);
        let exact = i128::from(amount) * i128::from(rate);
        prop_assert!((i128::from(e.tax.0) * 10_000 - exact).abs() <= 5_000);
        let i = budget::Taxed::of(Money(amount), rate, Basis::Including);
        prop_assert_eq!(i.excl + i.tax, i.incl);
        prop_assert_eq!(i.incl, Money(amount));
        let exact = i128::from(amount) * i128::from(rate);
        let den = 10_000 + i128::from(rate);
        prop_assert!((i128::from(i.tax.0) * den - exact).abs() * 2 <= den);
    }

    /// A fee is time at a rate to within half a minor unit.
    #[test]
    fn a_fee_is_time_at_its_rate(q in 0u32..=budget::MAX_QTY, price in 0i64..100_000_000) {
        let fee = budget::fee_amount(Qty(q), Money(price));
        let exact = i128::from(q) * i128::from(price);
        prop_assert!((i128::from(fee.0) * 100 - exact).abs() <= 50);
    }

    /// Hours spread by month add up to the hours entered in the period.
    #[test]
    fn workload_adds_up(hours in prop::collection::vec((0u32..100_000, 0usize..3, 0i64..400, 0i64..60), 0..12)) {
        let mut p = plan();
        let mut entered = 0u64;
        for (i, (h, line_or_action, offset, len)) in hours.into_iter().enumerate() {
            if line_or_action == 0 {
                apply(&mut p, Command::EditBudgetLine(ItemId(1), LineEdit::Hours(Some(Qty(h))))).unwrap();
            } else {
                let start = day(2027, 1, 1) + chrono::Duration::days(offset);
                let mut a = Action::new(ItemId(100 + i as u32), "Action", start);
                a.end = start + chrono::Duration::days(len);
                a.hours = Some(Qty(h));
                apply(&mut p, Command::InsertAction { index: 0, action: Box::new(a) }).unwrap();
            }
        }
        entered += u64::from(p.line(ItemId(1)).unwrap().hours.map_or(0, |q| q.0));
        entered += p.actions.iter().map(|a| u64::from(a.hours.map_or(0, |q| q.0))).sum::<u64>();
        let w = workload::workload(&p);
        prop_assert_eq!(w.total() + w.outside, entered);
    }
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
