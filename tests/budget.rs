//! Native tests of the budget: exact splits, presets, locks, the "never
//! above the total" invariant, and the advice.
#![cfg(not(target_arch = "wasm32"))]
// Amounts are written francs_centimes (12_500_00 is CHF 12'500.00).
#![allow(clippy::inconsistent_digit_grouping)]

mod common;

use cap::domain::{
    budget::{self, Advice, Channel, Preset, Tier},
    *,
};
use common::*;
use proptest::prelude::*;

const CHANNELS: [&str; 8] = [
    "seo",
    "search_ads",
    "social_ads",
    "social_organic",
    "emailing",
    "content_written",
    "website_cro",
    "content_audio",
];

/// A CHF 50'000 plan with the eight usual channels, nothing allocated.
fn plan_50k() -> Plan {
    let mut p = Plan::new("Budget", day(2027, 1, 1), Lang::Fr);
    apply(&mut p, Command::SetBudgetTotal(Money(50_000_00))).unwrap();
    for (i, key) in CHANNELS.iter().enumerate() {
        let line = BudgetLine::new(ItemId(i as u32 + 1), Channel::Catalogue(key.to_string()));
        apply(
            &mut p,
            Command::InsertBudgetLine {
                index: 99,
                line,
                links: Links::default(),
            },
        )
        .unwrap();
    }
    p
}

fn cell(p: &Plan, line: usize, h: usize) -> i64 {
    p.budget.lines[line].amounts[h].0
}

/// Runs one of the budget's derived operations, as the UI does.
fn run(p: &mut Plan, op: impl FnOnce(&Plan) -> Result<Command, CommandError>) {
    let command = op(p).unwrap();
    apply(p, command).unwrap();
}

#[test]
fn long_term_first_gives_each_horizon_its_share_exactly() {
    let mut p = plan_50k();
    run(&mut p, |x| budget::apply_preset(x, Preset::LongTermFirst));
    let s = p.budget.summary();
    assert_eq!(
        s.by_horizon,
        [Money(10_000_00), Money(15_000_00), Money(25_000_00)]
    );
    assert_eq!(s.allocated, Money(50_000_00));
    assert_eq!(s.remaining, Money::ZERO);
    // 25'000 over 8 lines is 3'125 each: no rounding needed.
    assert!((0..8).all(|i| cell(&p, i, 2) == 3_125_00));
}

#[test]
fn seventy_twenty_ten_follows_the_tiers_and_sums_to_the_centime() {
    let mut p = plan_50k();
    run(&mut p, |x| {
        budget::apply_preset(x, Preset::SeventyTwentyTen)
    });
    let by_tier = |t: Tier| -> i64 {
        p.budget
            .lines
            .iter()
            .filter(|l| l.tier() == t)
            .map(|l| l.total().0)
            .sum()
    };
    assert_eq!(by_tier(Tier::Proven), 35_000_00);
    assert_eq!(by_tier(Tier::Emerging), 10_000_00);
    assert_eq!(by_tier(Tier::Experimental), 5_000_00);
    // A tier with no line gives its share to the others, still exactly.
    let mut q = plan_50k();
    let audio = q.budget.lines[7].id;
    apply(&mut q, Command::RemoveBudgetLine(audio)).unwrap();
    run(&mut q, |x| {
        budget::apply_preset(x, Preset::SeventyTwentyTen)
    });
    assert_eq!(q.budget.allocated(), Money(50_000_00));
}

#[test]
fn an_equal_split_of_an_awkward_amount_still_adds_up() {
    let mut p = plan_50k();
    apply(&mut p, Command::SetBudgetTotal(Money(10_000_01))).unwrap();
    run(&mut p, |x| budget::apply_preset(x, Preset::Equal));
    assert_eq!(p.budget.allocated(), Money(10_000_01));
    let cells: Vec<i64> = p
        .budget
        .lines
        .iter()
        .flat_map(|l| l.amounts)
        .map(|m| m.0)
        .collect();
    let (min, max) = (cells.iter().min().unwrap(), cells.iter().max().unwrap());
    assert!(
        max - min <= 1,
        "24 cells differ by at most one centime: {cells:?}"
    );
}

#[test]
fn hand_edits_locks_and_redistribution() {
    let mut p = plan_50k();
    let seo = p.budget.lines[0].id;
    apply(
        &mut p,
        Command::SetCell {
            line: seo,
            horizon: Horizon::LongTerm,
            amount: Money(12_000_00),
        },
    )
    .unwrap();
    apply(
        &mut p,
        Command::SetCellLocked {
            line: seo,
            horizon: Horizon::LongTerm,
            locked: true,
        },
    )
    .unwrap();
    // A locked cell refuses edits until unlocked.
    assert_eq!(
        apply(
            &mut p,
            Command::SetCell {
                line: seo,
                horizon: Horizon::LongTerm,
                amount: Money(1)
            }
        ),
        Err(CommandError::CellLocked)
    );
    // Over the total by CHF 1: refused, saying by how much.
    let emailing = p.budget.lines[4].id;
    assert_eq!(
        apply(
            &mut p,
            Command::SetCell {
                line: emailing,
                horizon: Horizon::Immediate,
                amount: Money(38_000_01)
            }
        ),
        Err(CommandError::OverBudget { excess: Money(1) })
    );
    apply(
        &mut p,
        Command::SetCell {
            line: emailing,
            horizon: Horizon::Immediate,
            amount: Money(3_000_00),
        },
    )
    .unwrap();
    run(&mut p, budget::distribute_rest);
    assert_eq!(p.budget.allocated(), Money(50_000_00));
    assert_eq!(cell(&p, 0, 2), 12_000_00, "the locked cell is untouched");
    assert_eq!(
        cell(&p, 4, 0),
        3_000_00 + 35_000_00,
        "the only other non-empty cell takes the rest"
    );
    assert_eq!(
        budget::distribute_rest(&p),
        Err(CommandError::NothingToDistribute)
    );
    // A preset keeps the locked cell and fills the rest.
    run(&mut p, |x| budget::apply_preset(x, Preset::LongTermFirst));
    assert_eq!(cell(&p, 0, 2), 12_000_00);
    assert_eq!(p.budget.allocated(), Money(50_000_00));
}

#[test]
fn lowering_the_total_scales_the_unlocked_cells_or_is_refused() {
    let mut p = plan_50k();
    run(&mut p, |x| budget::apply_preset(x, Preset::Equal));
    let seo = p.budget.lines[0].id;
    apply(
        &mut p,
        Command::SetCellLocked {
            line: seo,
            horizon: Horizon::Immediate,
            locked: true,
        },
    )
    .unwrap();
    let locked = cell(&p, 0, 0);
    assert_eq!(
        apply(&mut p, Command::SetBudgetTotal(Money(40_000_00))),
        Err(CommandError::TotalBelowAllocated {
            allocated: Money(50_000_00)
        })
    );
    let before = p.clone();
    let mut h = History::new();
    let scale = budget::scale_to_total(&p, Money(40_000_00)).unwrap();
    h.execute(&mut p, scale, 0).unwrap();
    assert_eq!(p.budget.total, Money(40_000_00));
    assert_eq!(p.budget.allocated(), Money(40_000_00));
    assert_eq!(cell(&p, 0, 0), locked);
    assert!(h.undo(&mut p), "scaling is one undo step");
    assert_eq!(p, before);
    assert_eq!(
        budget::scale_to_total(&p, Money(locked - 1)),
        Err(CommandError::LockedAboveTotal {
            locked: Money(locked)
        })
    );
}

#[test]
fn the_advice_names_what_the_method_warns_about() {
    let mut p = plan_50k();
    let o = Objective::new(ItemId(100), "Ventes", Rank::Priority);
    apply(
        &mut p,
        Command::InsertObjective {
            index: 0,
            objective: o,
            links: Links::default(),
        },
    )
    .unwrap();
    assert_eq!(
        budget::advice(&p),
        vec![Advice::PriorityWithoutBudget(ItemId(100))]
    );
    let seo = p.budget.lines[0].id;
    apply(
        &mut p,
        Command::SetCell {
            line: seo,
            horizon: Horizon::Immediate,
            amount: Money(30_000_00),
        },
    )
    .unwrap();
    apply(
        &mut p,
        Command::EditBudgetLine(seo, LineEdit::Objectives(vec![ItemId(100)])),
    )
    .unwrap();
    let ads = p.budget.lines[1].id;
    apply(
        &mut p,
        Command::SetCell {
            line: ads,
            horizon: Horizon::LongTerm,
            amount: Money(10_000_00),
        },
    )
    .unwrap();
    assert_eq!(
        budget::advice(&p),
        vec![
            Advice::LongTermBelowShortTerm {
                long_bp: 2_500,
                short_bp: 7_500
            },
            Advice::ChannelConcentrated {
                line: seo,
                share_bp: 7_500
            },
        ]
    );
    assert_eq!(budget::share_bp(Money(1), Money(3)), 3_333);
    assert_eq!(budget::share_bp(Money(2), Money(3)), 6_667);
    assert_eq!(budget::share_bp(Money(5), Money::ZERO), 0);
}

#[test]
fn removing_a_line_unlinks_its_actions_and_undo_relinks_them() {
    let mut p = plan_50k();
    let seo = p.budget.lines[0].id;
    p.actions.push(Action {
        id: ItemId(50),
        title: "Audit SEO".into(),
        start: day(2027, 2, 1),
        end: day(2027, 2, 5),
        importance: Importance::High,
        status: ActionStatus::Planned,
        objectives: vec![],
        budget_line: Some(seo),
        cost: Money(2_000_00),
        ..Action::new(ItemId(0), "", chrono::NaiveDate::MIN)
    });
    p.next_id = 51;
    let before = p.clone();
    let inverse = apply(&mut p, Command::RemoveBudgetLine(seo)).unwrap();
    assert_eq!(p.actions[0].budget_line, None);
    apply(&mut p, inverse).unwrap();
    assert_eq!(p, before);
}

/// What a person may do to the table, including the derived operations.
#[derive(Clone, Debug)]
enum Op {
    Raw(Box<Command>),
    Preset(Preset),
    Distribute,
    Scale(i64),
}

fn arb_op() -> impl Strategy<Value = Op> {
    prop_oneof![
        4 => arb_budget_command().prop_map(|c| Op::Raw(Box::new(c))),
        1 => prop::sample::select(Preset::ALL.to_vec()).prop_map(Op::Preset),
        1 => Just(Op::Distribute),
        1 => (0i64..6_000_000).prop_map(Op::Scale),
        1 => (0i64..6_000_000).prop_map(|t| Op::Raw(Box::new(Command::SetBudgetTotal(Money(t))))),
    ]
}

fn locked_cells(p: &Plan) -> Vec<(ItemId, usize, Money)> {
    p.budget
        .lines
        .iter()
        .flat_map(|l| {
            (0..3)
                .filter(|h| l.locked[*h])
                .map(move |h| (l.id, h, l.amounts[h]))
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Largest remainder: the parts sum to the total, none is negative, and
    /// each is within one minor unit of its exact proportional share.
    #[test]
    fn split_is_exact_and_fair(total in 0i64..10_000_000_000, weights in prop::collection::vec(0u64..1_000_000, 1..20)) {
        let parts = budget::split(total, &weights);
        prop_assert_eq!(parts.len(), weights.len());
        prop_assert_eq!(parts.iter().sum::<i64>(), total);
        let sum: f64 = weights.iter().map(|w| *w as f64).sum();
        for (part, w) in parts.iter().zip(&weights) {
            prop_assert!(*part >= 0);
            let exact = if sum == 0.0 { total as f64 / weights.len() as f64 } else { total as f64 * *w as f64 / sum };
            prop_assert!((*part as f64 - exact).abs() < 1.0 + 1e-6 * exact, "{} vs {}", part, exact);
        }
    }

    /// Whatever a person does to the table: it never exceeds the total, no
    /// cell is negative, and presets, distribution and scaling leave locked
    /// cells as they were.
    #[test]
    fn the_table_never_exceeds_the_total(ops in prop::collection::vec(arb_op(), 0..40)) {
        let mut p = plan_50k();
        for op in ops {
            let locked_before = locked_cells(&p);
            let derived = !matches!(op, Op::Raw(_));
            let command = match op {
                Op::Raw(c) => Ok(*c),
                Op::Preset(preset) => budget::apply_preset(&p, preset),
                Op::Distribute => budget::distribute_rest(&p),
                Op::Scale(t) => budget::scale_to_total(&p, Money(t)),
            };
            if let Ok(c) = command {
                let before = p.clone();
                if apply(&mut p, c).is_err() {
                    prop_assert_eq!(&p, &before, "a refused command changed the plan");
                }
            }
            prop_assert!(p.budget.allocated() <= p.budget.total);
            prop_assert!(p.budget.lines.iter().flat_map(|l| l.amounts).all(|m| m.0 >= 0));
            if derived {
                prop_assert_eq!(locked_cells(&p), locked_before);
            }
            let s = p.budget.summary();
            prop_assert_eq!(s.by_horizon.iter().copied().sum::<Money>(), s.allocated);
            prop_assert_eq!(s.by_delivery.iter().copied().sum::<Money>(), s.allocated);
            prop_assert_eq!(s.allocated.0 + s.remaining.0, s.total.0);
        }
    }
}

/// The CSV a spreadsheet opens: every row's cells add up to its total, the
/// columns add up to the totals row, to the centime, in both styles.
#[test]
fn the_csv_adds_up_like_the_screen() {
    let mut p = plan_50k();
    apply(&mut p, Command::SetBudgetTotal(Money(50_000_01))).unwrap();
    run(&mut p, |x| {
        budget::apply_preset(x, Preset::SeventyTwentyTen)
    });
    let custom = BudgetLine::new(ItemId(60), Channel::Custom("Salon; « Vélo » 2027".into()));
    p.next_id = 61;
    apply(
        &mut p,
        Command::InsertBudgetLine {
            index: 99,
            line: custom,
            links: Links::default(),
        },
    )
    .unwrap();
    for (locale, lang) in [
        ("fr-CH", Lang::Fr),
        ("fr-FR", Lang::Fr),
        ("en-US", Lang::En),
    ] {
        let style = budget::CsvStyle::for_locale(locale);
        let text = budget::to_csv(&p, lang, style);
        assert!(text.starts_with('\u{feff}'));
        let to_minor = |s: &str| -> i64 { s.replace(style.decimal, "").parse().unwrap() };
        let rows: Vec<Vec<String>> = text
            .trim_start_matches('\u{feff}')
            .lines()
            .map(|l| {
                // Split on the separator outside quotes.
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
            .collect();
        assert_eq!(rows.len(), 1 + 9 + 2, "header, 9 lines, totals, remaining");
        assert!(rows.iter().all(|r| r.len() == 7), "{locale}: {rows:?}");
        assert_eq!(rows[9][0], "Salon; « Vélo » 2027");
        let lines = &rows[1..10];
        for r in lines {
            assert_eq!(
                to_minor(&r[2]) + to_minor(&r[3]) + to_minor(&r[4]),
                to_minor(&r[5])
            );
        }
        for col in 2..=5 {
            let sum: i64 = lines.iter().map(|r| to_minor(&r[col])).sum();
            assert_eq!(sum, to_minor(&rows[10][col]), "{locale} column {col}");
        }
        assert_eq!(to_minor(&rows[10][5]), 50_000_01);
        assert_eq!(to_minor(&rows[11][6]), 0);
    }
}

/// OWASP's CSV-injection rule: a text cell a spreadsheet could read as a
/// formula (= + - @, a tab or line break first, also after spaces, or the
/// full-width forms) starts with a single quote and is quoted; amounts stay
/// numbers.
#[test]
fn no_text_cell_of_the_csv_can_run_as_a_formula() {
    let hostile = [
        "=1+1",
        "+1+1",
        "-1+1",
        "@SUM(A1)",
        "\t=1+1",
        "\r=1+1",
        "\n=1+1",
        " =1+1",
        " \u{a0}\t+1",
        "\u{ff1d}1+1",
        "\u{ff0b}1+1",
        "\u{ff0d}1+1",
        "\u{ff20}SUM(A1)",
        "\tSalon",
    ];
    let mut p = Plan::new("CSV", day(2027, 1, 1), Lang::Fr);
    p.budget.total = Money(1_000_00);
    for (i, name) in hostile.iter().enumerate() {
        let mut line = BudgetLine::new(ItemId(i as u32 + 1), Channel::Custom((*name).into()));
        line.amounts[0] = Money(if i == 0 { 12_50 } else { 0 });
        p.budget.lines.push(line);
    }
    p.next_id = hostile.len() as u32 + 1;
    for locale in ["fr-CH", "fr-FR", "en-US"] {
        let style = budget::CsvStyle::for_locale(locale);
        let text = budget::to_csv(&p, Lang::Fr, style);
        for name in hostile {
            let cell = format!("\"'{name}\"{}", style.separator);
            assert!(text.contains(&cell), "{locale}: {name:?} in {text:?}");
        }
        // A harmless name is left as it is, and amounts stay numbers.
        let first = text.lines().nth(1).unwrap();
        let amount = if style.decimal == ',' {
            "12,50"
        } else {
            "12.50"
        };
        assert!(
            first.contains(&format!("{}{amount}{}", style.separator, style.separator)),
            "{first}"
        );
    }
}

/// The table's % mode: a share of the total, refused first for want of a
/// total, then out of range, then as not a number.
#[test]
fn a_percentage_needs_a_total_then_a_range_then_a_number() {
    use budget::{amount_of_share, ShareError};
    let total = Money(50_000_00);
    assert_eq!(amount_of_share(total, "12,5 %"), Ok(Money(6_250_00)));
    assert_eq!(amount_of_share(total, "101"), Err(ShareError::OutOfRange));
    assert!(matches!(
        amount_of_share(total, "abc"),
        Err(ShareError::Number(_))
    ));
    for typed in ["50", "150", "0"] {
        assert_eq!(
            amount_of_share(Money::ZERO, typed),
            Err(ShareError::NoTotal),
            "{typed}"
        );
    }
    assert!(matches!(
        amount_of_share(Money::ZERO, "abc"),
        Err(ShareError::Number(_))
    ));
}

/// A cell typed as a percentage of the total, as the table's % mode reads it.
#[test]
fn a_cell_typed_as_a_percentage_is_that_share_of_the_total_in_centimes() {
    let mut p = plan_50k();
    let cell = |line: usize, typed: &str, p: &Plan| Command::SetCell {
        line: p.budget.lines[line].id,
        horizon: Horizon::LongTerm,
        amount: p.budget.total.share(money::Percent::parse(typed).unwrap()),
    };
    let c = cell(0, "12.5", &p);
    apply(&mut p, c).unwrap();
    let c = cell(1, "33,3333 %", &p);
    apply(&mut p, c).unwrap();
    // 12.5 % of CHF 50'000 and 33.3333 % of it, to the centime (16'666.65).
    assert_eq!(p.budget.lines[0].amounts[2], Money(6_250_00));
    assert_eq!(p.budget.lines[1].amounts[2], Money(16_666_65));
    // The rest of the total typed as a share fits exactly; 0.01 % more
    // (CHF 5) is refused.
    let c = cell(2, "54.1667", &p);
    apply(&mut p, c).unwrap();
    assert_eq!(p.budget.allocated(), Money(50_000_00));
    let last = cell(3, "0.01", &p);
    assert_eq!(
        apply(&mut p, last),
        Err(CommandError::OverBudget {
            excess: Money(5_00)
        })
    );
    assert_eq!(
        money::Percent::parse("101"),
        Err(money::PercentError::OutOfRange)
    );
}
