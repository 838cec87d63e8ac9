//! Native tests of the plan, its commands, undo/redo and validation.
#![cfg(not(target_arch = "wasm32"))]
// Amounts are written francs_centimes (12_500_00 is CHF 12'500.00).
#![allow(clippy::inconsistent_digit_grouping)]

mod common;

use cap::domain::{validate::limits, *};
use common::*;
use proptest::prelude::*;

fn plan() -> Plan {
    Plan::new("Plan 2027", day(2027, 1, 1), Lang::Fr)
}

#[test]
fn a_blank_name_takes_the_default_and_a_copys_name_fits() {
    assert_eq!(new_plan_name("  ", "New plan"), "New plan");
    assert_eq!(new_plan_name("", "Nouveau plan"), "Nouveau plan");
    assert_eq!(new_plan_name(" Bakery ", "New plan"), " Bakery ");
    assert_eq!(copy_name("Bakery (copy)"), "Bakery (copy)");
    let long = format!("{} (copie)", "é".repeat(limits::NAME));
    let copy = copy_name(&long);
    assert_eq!(copy.chars().count(), limits::NAME, "characters, not bytes");
    let mut p = plan();
    assert!(
        apply(&mut p, Command::SetName(copy)).is_ok(),
        "a name a plan takes"
    );
}

#[test]
fn a_new_plan_is_blank_valid_and_covers_a_year_in_chf() {
    let p = plan();
    assert_eq!(p.currency.code(), "CHF");
    assert_eq!(p.period.start, day(2027, 1, 1));
    assert_eq!(p.period.end, day(2027, 12, 31));
    assert_eq!(p.counts(), PlanCounts::default());
    assert!(validate(&p).is_empty(), "{:?}", validate(&p));
}

#[test]
fn refused_commands_change_nothing() {
    let mut p = plan();
    p.budget.total = Money(5_000_00);
    let before = p.clone();
    let refused = [
        (Command::SetName("   ".into()), CommandError::EmptyName),
        (
            Command::SetName("x".repeat(limits::NAME + 1)),
            CommandError::TooLong {
                field: "name",
                max: limits::NAME,
            },
        ),
        (
            Command::SetPeriod(Period {
                start: day(2027, 5, 1),
                end: day(2027, 4, 30),
            }),
            CommandError::PeriodReversed,
        ),
        (
            Command::SetBudgetTotal(Money(-1)),
            CommandError::AmountOutOfRange,
        ),
        (
            Command::SetBudgetTotal(Money(i64::MAX)),
            CommandError::AmountOutOfRange,
        ),
    ];
    for (command, expected) in refused {
        assert_eq!(apply(&mut p, command.clone()), Err(expected), "{command:?}");
        assert_eq!(p, before, "{command:?} changed the plan");
    }
}

#[test]
fn changing_currency_keeps_written_amounts_and_refuses_rounding() {
    let mut p = plan();
    p.budget.total = Money(12_500_00);
    apply(&mut p, Command::SetCurrency(Currency::new("EUR").unwrap())).unwrap();
    assert_eq!(p.budget.total, Money(12_500_00));
    apply(&mut p, Command::SetCurrency(Currency::new("JPY").unwrap())).unwrap();
    assert_eq!(
        p.budget.total,
        Money(12_500),
        "CHF 12'500.00 reads JPY 12'500"
    );
    apply(&mut p, Command::SetCurrency(Currency::new("KWD").unwrap())).unwrap();
    assert_eq!(p.budget.total, Money(12_500_000));

    let mut p = plan();
    p.budget.total = Money(12_50);
    let before = p.clone();
    assert_eq!(
        apply(&mut p, Command::SetCurrency(Currency::new("JPY").unwrap())),
        Err(CommandError::CurrencyWouldRound)
    );
    assert_eq!(p, before);
}

#[test]
fn typing_in_one_field_is_one_undo_step() {
    let mut p = plan();
    let mut h = History::new();
    for (i, text) in ["A", "Ac", "Acm", "Acme"].iter().enumerate() {
        h.execute(
            &mut p,
            Command::SetClient(text.to_string()),
            10_000 + i as u64 * 200,
        )
        .unwrap();
    }
    h.execute(&mut p, Command::SetSector("Retail".into()), 11_000)
        .unwrap();
    assert_eq!(h.undo_len(), 2);
    assert!(h.undo(&mut p));
    assert_eq!(p.sector, "");
    assert!(h.undo(&mut p));
    assert_eq!(p.client, "");
    assert!(!h.undo(&mut p));
    assert!(h.redo(&mut p));
    assert_eq!(p.client, "Acme");

    // A pause longer than the merge window starts a new step.
    let mut h = History::new();
    h.execute(&mut p, Command::SetClient("X".into()), 100_000)
        .unwrap();
    h.execute(&mut p, Command::SetClient("XY".into()), 100_000 + 60_000)
        .unwrap();
    assert_eq!(h.undo_len(), 2);
}

/// Keystrokes in one typed field of an objective (a text, a KPI's baseline
/// or target) make one undo step; another field, another KPI or a pick
/// (rank, deadline, KPI list) starts a new one.
#[test]
fn typing_in_an_objective_merges_and_picks_do_not() {
    use cap::domain::command::{MergeKey, ObjectiveField};
    let mut p = plan();
    let id = ItemId(1);
    let orders = KpiRef::Catalogue("orders".into());
    let visits = KpiRef::Catalogue("unique_visitors".into());
    apply(
        &mut p,
        Command::InsertObjective {
            index: 0,
            objective: Objective::new(id, "O", Rank::Priority),
            links: Links::default(),
        },
    )
    .unwrap();
    apply(
        &mut p,
        Command::EditObjective(
            id,
            ObjectiveEdit::Kpis(vec![
                ObjectiveKpi::new(orders.clone()),
                ObjectiveKpi::new(visits.clone()),
            ]),
        ),
    )
    .unwrap();
    let edit = |e: ObjectiveEdit| Command::EditObjective(id, e);
    assert_eq!(
        edit(ObjectiveEdit::Title("T".into())).merge_key(),
        Some(MergeKey::Objective(id, ObjectiveField::Title, None))
    );
    assert_eq!(
        edit(ObjectiveEdit::Target(orders.clone(), None)).merge_key(),
        Some(MergeKey::Objective(
            id,
            ObjectiveField::Target,
            Some(orders.clone())
        ))
    );
    for pick in [
        ObjectiveEdit::Rank(Rank::Secondary),
        ObjectiveEdit::Deadline(None),
        ObjectiveEdit::RestoreDeadline(None),
        ObjectiveEdit::StrategyElements(vec![]),
        ObjectiveEdit::Kpis(vec![]),
        ObjectiveEdit::Period(orders.clone(), None),
    ] {
        assert_eq!(edit(pick.clone()).merge_key(), None, "{pick:?}");
    }

    let mut h = History::new();
    let mut at = 10_000;
    let mut send = |p: &mut Plan, e: ObjectiveEdit| {
        at += 200;
        h.execute(p, edit(e), at).unwrap();
        h.undo_len()
    };
    assert_eq!(send(&mut p, ObjectiveEdit::Title("A".into())), 1);
    assert_eq!(send(&mut p, ObjectiveEdit::Title("Ab".into())), 1);
    assert_eq!(send(&mut p, ObjectiveEdit::Statement("S".into())), 2);
    assert_eq!(send(&mut p, ObjectiveEdit::Statement("St".into())), 2);
    assert_eq!(
        send(&mut p, ObjectiveEdit::Baseline(orders.clone(), Some(1.0))),
        3
    );
    assert_eq!(
        send(&mut p, ObjectiveEdit::Baseline(orders.clone(), Some(10.0))),
        3
    );
    assert_eq!(
        send(&mut p, ObjectiveEdit::Baseline(visits.clone(), Some(5.0))),
        4
    );
    assert_eq!(
        send(
            &mut p,
            ObjectiveEdit::Target(visits.clone(), Some(Target::Value(6.0)))
        ),
        5
    );
    assert_eq!(
        send(
            &mut p,
            ObjectiveEdit::Target(visits.clone(), Some(Target::Value(60.0)))
        ),
        5
    );
    assert_eq!(send(&mut p, ObjectiveEdit::Rank(Rank::Secondary)), 6);
    assert_eq!(send(&mut p, ObjectiveEdit::Rank(Rank::Priority)), 7);
    assert_eq!(
        send(&mut p, ObjectiveEdit::Deadline(Some(day(2027, 6, 30)))),
        8
    );
    assert_eq!(
        send(&mut p, ObjectiveEdit::Deadline(Some(day(2027, 9, 30)))),
        9
    );
    assert_eq!(p.objectives[0].title, "Ab");
    assert!(h.undo(&mut p) && h.undo(&mut p));
    assert_eq!(p.objectives[0].deadline, None);
    for _ in 0..3 {
        assert!(h.undo(&mut p));
    }
    assert_eq!(p.objectives[0].kpis[1].target, None);
    assert_eq!(p.objectives[0].kpis[1].baseline, Some(5.0));
    assert!(h.undo(&mut p));
    assert_eq!(p.objectives[0].kpis[1].baseline, None);
    assert_eq!(p.objectives[0].kpis[0].baseline, Some(10.0));
    for _ in 0..3 {
        assert!(h.undo(&mut p));
    }
    assert_eq!(p.objectives[0].title, "O");
    assert!(!h.undo(&mut p));
}

#[test]
fn undo_reaches_back_at_least_one_hundred_steps() {
    let mut p = plan();
    let original = p.clone();
    let mut h = History::new();
    for i in 0..150u64 {
        // Alternate fields so nothing merges.
        let cmd = if i % 2 == 0 {
            Command::SetClient(format!("client {i}"))
        } else {
            Command::SetSector(format!("sector {i}"))
        };
        h.execute(&mut p, cmd, i * 10_000).unwrap();
    }
    let mut undone = 0;
    while h.undo(&mut p) {
        undone += 1;
    }
    assert_eq!(undone, 150);
    assert_eq!(p, original);
}

#[test]
fn a_new_edit_clears_redo() {
    let mut p = plan();
    let mut h = History::new();
    h.execute(&mut p, Command::SetClient("A".into()), 0)
        .unwrap();
    h.undo(&mut p);
    assert!(h.can_redo());
    h.execute(&mut p, Command::SetSector("B".into()), 50_000)
        .unwrap();
    assert!(!h.can_redo());
}

#[test]
fn replacing_the_plan_is_undoable() {
    let mut p = plan();
    p.client = "Mine".into();
    let original = p.clone();
    let mut other = Plan::new("Imported", day(2026, 3, 1), Lang::En);
    other.client = "Theirs".into();
    let mut h = History::new();
    h.execute(&mut p, Command::ReplacePlan(Box::new(other.clone())), 0)
        .unwrap();
    assert_eq!(p, other);
    h.undo(&mut p);
    assert_eq!(p, original);
}

#[test]
fn validation_names_every_problem_with_its_path() {
    let mut p = plan();
    p.name = " ".into();
    p.budget.total = Money(-5);
    p.period.end = day(2026, 1, 1);
    p.measurements.push(Measurement {
        id: ItemId(1),
        kpi: KpiRef::Catalogue("ctr".into()),
        objective: Some(ItemId(99)),
        date: day(2027, 2, 1),
        value: f64::NAN,
    });
    p.next_id = 2;
    let paths: Vec<String> = validate(&p).into_iter().map(|pr| pr.path).collect();
    for expected in [
        "plan.name",
        "plan.period.end",
        "plan.budget.total",
        "plan.measurements[0].value",
        "plan.measurements[0].objective",
    ] {
        assert!(
            paths.iter().any(|p| p == expected),
            "{expected} missing in {paths:?}"
        );
    }
}

#[test]
fn validation_finds_duplicate_ids_and_over_budget() {
    let mut p = plan();
    p.budget.total = Money(100);
    for id in [1, 1] {
        p.budget.lines.push(BudgetLine {
            id: ItemId(id),
            channel: budget::Channel::Catalogue("seo".into()),
            locked: [false; 3],
            tier: None,
            amounts: [Money(40), Money(20), Money(0)],
            delivery: Delivery::Consultant,
            objectives: vec![],
            cost: None,
            ..BudgetLine::new(ItemId(id), budget::Channel::Custom(String::new()))
        });
    }
    p.next_id = 2;
    let problems = validate(&p);
    assert!(problems
        .iter()
        .any(|pr| pr.kind == ProblemKind::DuplicateId(ItemId(1))));
    assert!(problems
        .iter()
        .any(|pr| pr.kind == ProblemKind::OverBudget { excess: Money(20) }));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Whatever a person does, undoing everything gives back the plan they
    /// started from, and redoing everything gives back where they were.
    #[test]
    fn undo_all_then_redo_all_round_trips(
        start in arb_plan(),
        commands in prop::collection::vec(arb_command(), 0..30),
    ) {
        let mut p = start.clone();
        let mut h = History::new();
        for (i, c) in commands.into_iter().enumerate() {
            let before = p.clone();
            if h.execute(&mut p, c, i as u64 * 10_000).is_err() {
                prop_assert_eq!(&p, &before, "a refused command changed the plan");
            }
            prop_assert!(validate::errors(&p).is_empty(), "a command made the plan invalid: {:?}", validate(&p));
        }
        let end = p.clone();
        while h.undo(&mut p) {}
        prop_assert_eq!(&p, &start);
        while h.redo(&mut p) {}
        prop_assert_eq!(&p, &end);
    }

    /// An amount written out and typed back is the same amount.
    #[test]
    fn money_typed_back_is_the_same(major in 0i64..1_000_000_000, cents in 0i64..100) {
        let chf = Currency::chf();
        for text in [
            format!("{major}.{cents:02}"),
            format!("{major},{cents:02}"),
            format!("CHF {major}.{cents:02}"),
        ] {
            prop_assert_eq!(parse_money(&text, &chf), Ok(Money(major * 100 + cents)));
        }
    }

    /// No typed text makes the parser panic or return something out of range.
    #[test]
    fn money_parser_never_panics(text in "\\PC{0,30}") {
        if let Ok(m) = parse_money(&text, &Currency::chf()) {
            prop_assert!(m.is_in_range(&Currency::chf()));
        }
    }
}

#[test]
fn the_total_cannot_go_below_what_is_allocated() {
    let mut p = plan();
    p.budget.total = Money(1_000_00);
    p.budget.lines.push(BudgetLine {
        id: ItemId(1),
        channel: budget::Channel::Catalogue("seo".into()),
        locked: [false; 3],
        tier: None,
        amounts: [Money(300_00), Money(200_00), Money(100_00)],
        delivery: Delivery::InHouse,
        objectives: vec![],
        cost: None,
        ..BudgetLine::new(ItemId(1), budget::Channel::Custom(String::new()))
    });
    p.next_id = 2;
    assert_eq!(
        apply(&mut p, Command::SetBudgetTotal(Money(599_99))),
        Err(CommandError::TotalBelowAllocated {
            allocated: Money(600_00)
        })
    );
    assert_eq!(p.budget.total, Money(1_000_00));
    assert!(apply(&mut p, Command::SetBudgetTotal(Money(600_00))).is_ok());
}

/// Every command that adds an item with `id` to a blank plan.
fn inserts(id: ItemId) -> Vec<Command> {
    let mut a = Action::new(id, "Action", day(2027, 3, 1));
    a.end = day(2027, 3, 2);
    vec![
        Command::InsertStrategyElement {
            index: 0,
            element: StrategyElement {
                id,
                kind: StrategyKind::Catalogue("revenue".into()),
                note: String::new(),
            },
            links: Links::default(),
        },
        Command::InsertObjective {
            index: 0,
            objective: Objective::new(id, "Ventes", Rank::Priority),
            links: Links::default(),
        },
        Command::InsertCustomKpi {
            index: 0,
            kpi: CustomKpi {
                id,
                name: "Avis".into(),
                unit: Unit::Count,
                direction: Direction::HigherIsBetter,
                definition: String::new(),
            },
        },
        Command::InsertBudgetLine {
            index: 0,
            line: BudgetLine::new(id, budget::Channel::Catalogue("seo".into())),
            links: Links::default(),
        },
        Command::InsertAction {
            index: 0,
            action: Box::new(a),
        },
        Command::InsertMeasurement {
            index: 0,
            measurement: Measurement {
                id,
                kpi: KpiRef::Catalogue("orders".into()),
                objective: None,
                date: day(2027, 3, 1),
                value: 3.0,
            },
        },
    ]
}

#[test]
fn an_id_near_u32_max_is_refused_at_import_and_by_every_insert() {
    // The file of issue 29: next_id 4294967295 was accepted, and the next
    // item added made the plan unreadable after a reload.
    let mut p = plan();
    p.next_id = u32::MAX;
    let errors = validate::errors(&p);
    assert!(
        errors.iter().any(|e| e.path == "plan.next_id"),
        "{errors:?}"
    );
    let mut p = plan();
    p.next_id = limits::MAX_ID;
    assert!(validate(&p).is_empty(), "the limit itself is accepted");
    for id in [limits::MAX_ID, u32::MAX - 1, u32::MAX] {
        for command in inserts(ItemId(id)) {
            let mut p = plan();
            let before = p.clone();
            let result = apply(&mut p, command.clone());
            assert_eq!(result, Err(CommandError::IdsExhausted), "{command:?}");
            assert_eq!(p, before);
        }
    }
    // Below the limit, every insert gives a plan that reads back.
    for command in inserts(ItemId(limits::MAX_ID - 1)) {
        let mut p = plan();
        p.budget.total = Money(100);
        apply(&mut p, command.clone()).unwrap();
        assert!(validate::errors(&p).is_empty(), "{command:?}");
    }
}
