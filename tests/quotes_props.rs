//! Property tests of the budget as a consultant quotes it: any sequence of
//! changes keeps every figure exact and within the total, undo and redo
//! give each plan back exactly; tax, fees and hours add up.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use cap::domain::{
    budget::{self, Basis, Fee, Qty, Regime, Split, Tax},
    command::line_with_parts,
    quote, workload, *,
};
use common::{quoting::*, *};
use proptest::prelude::*;

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
