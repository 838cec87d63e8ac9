//! Generators shared by the native tests.
#![allow(dead_code)]

pub mod quoting;

use cap::domain::*;
use chrono::NaiveDate;
use proptest::prelude::*;

pub fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

/// Text including markup, quotes, accents, emoji and control characters.
pub fn arb_text(max: usize) -> impl Strategy<Value = String> {
    prop_oneof![
        Just("<script>alert(1)</script>".to_string()),
        Just("<img src=x onerror=alert(1)>".to_string()),
        Just("Café « déjà » 12'500 CHF — 🎯".to_string()),
        proptest::string::string_regex(&format!("[\\PC\"'\\\\<>&\n\t]{{0,{max}}}"))
            .expect("valid regex"),
    ]
}

pub fn arb_date() -> impl Strategy<Value = NaiveDate> {
    (2000i32..2100, 1u32..=12, 1u32..=28).prop_map(|(y, m, d)| day(y, m, d))
}

pub fn arb_period() -> impl Strategy<Value = Period> {
    (arb_date(), 0i64..2000).prop_map(|(start, len)| Period {
        start,
        end: start + chrono::Duration::days(len),
    })
}

pub fn arb_currency() -> impl Strategy<Value = Currency> {
    prop::sample::select(vec!["CHF", "EUR", "USD", "JPY", "KWD"])
        .prop_map(|c| Currency::new(c).expect("valid code"))
}

/// A valid plan with filled sections and consistent ids and references.
pub fn arb_plan() -> impl Strategy<Value = Plan> {
    (
        arb_text(40).prop_filter("name not blank", |s| !s.trim().is_empty()),
        arb_text(40),
        arb_text(200),
        arb_period(),
        arb_currency(),
        prop::bool::ANY,
        0usize..4,
        0usize..5,
        prop::collection::vec((0i64..1_000_000, 0i64..1_000_000, 0i64..1_000_000), 0..4),
        prop::collection::vec(
            (
                arb_text(30).prop_filter("title not blank", |s| !s.trim().is_empty()),
                0i64..500,
                0i64..100_000,
            ),
            0..5,
        ),
        prop::collection::vec(0.0f64..1.0, 0..5),
    )
        .prop_map(
            |(name, client, context, period, currency, en, n_el, n_obj, lines, actions, values)| {
                let lang = if en { Lang::En } else { Lang::Fr };
                let mut plan = Plan::new(&name, period.start, lang);
                plan.client = client;
                plan.context = context;
                plan.period = period;
                plan.currency = currency;
                let mut next = 1u32;
                let mut id = || {
                    let i = ItemId(next);
                    next += 1;
                    i
                };
                for i in 0..n_el {
                    plan.strategy_elements.push(StrategyElement {
                        id: id(),
                        kind: StrategyKind::Catalogue(format!("element{i}")),
                        note: String::new(),
                    });
                }
                let elements: Vec<ItemId> = plan.strategy_elements.iter().map(|e| e.id).collect();
                for i in 0..n_obj {
                    plan.objectives.push(Objective {
                        id: id(),
                        title: format!("Objective {i}"),
                        rank: if i < 2 {
                            Rank::Priority
                        } else {
                            Rank::Secondary
                        },
                        template: None,
                        strategy_elements: elements.iter().take(1).copied().collect(),
                        statement: String::new(),
                        kpis: vec![ObjectiveKpi {
                            kpi: KpiRef::Catalogue("conversion_rate".into()),
                            baseline: Some(0.02),
                            target: Some(if i % 2 == 0 {
                                Target::Value(0.025)
                            } else {
                                Target::Change(0.2)
                            }),
                            period: None,
                        }],
                        deadline: Some(period.end),
                        owner: "Léa".into(),
                        rationale: String::new(),
                        digital_share: (i % 3 == 0).then_some(0.5),
                    });
                }
                let mut total = 0i64;
                for (a, b, c) in &lines {
                    total += a + b + c;
                    plan.budget.lines.push(BudgetLine {
                        id: id(),
                        channel: budget::Channel::Catalogue("seo".into()),
                        locked: [false; 3],
                        tier: None,
                        amounts: [Money(*a), Money(*b), Money(*c)],
                        delivery: Delivery::InHouse,
                        objectives: vec![],
                        cost: None,
                        split: Default::default(),
                        fee: None,
                        hours: None,
                        vat_bp: None,
                        content: None,
                    });
                }
                plan.budget.total = Money(total + 1000);
                for (title, len, cost) in actions {
                    plan.actions.push(Action {
                        id: id(),
                        title,
                        start: period.start,
                        end: period.start + chrono::Duration::days(len),
                        importance: Importance::High,
                        status: ActionStatus::Planned,
                        objectives: vec![],
                        budget_line: plan.budget.lines.first().map(|l| l.id),
                        cost: Money(cost),
                        ..Action::new(ItemId(0), "", chrono::NaiveDate::MIN)
                    });
                }
                for v in values {
                    plan.measurements.push(Measurement {
                        id: id(),
                        kpi: KpiRef::Catalogue("conversion_rate".into()),
                        objective: None,
                        date: period.start,
                        value: v,
                    });
                }
                plan.next_id = next;
                plan
            },
        )
}

/// Any command, valid or not, for the plan generator above.
pub fn arb_command() -> impl Strategy<Value = Command> {
    prop_oneof![
        arb_text(20).prop_map(Command::SetName),
        arb_text(20).prop_map(Command::SetClient),
        arb_text(20).prop_map(Command::SetSector),
        arb_text(50).prop_map(Command::SetContext),
        arb_text(50).prop_map(Command::SetStrategy),
        (arb_date(), arb_date()).prop_map(|(start, end)| Command::SetPeriod(Period { start, end })),
        prop::bool::ANY.prop_map(|en| Command::SetLanguage(if en { Lang::En } else { Lang::Fr })),
        (-10i64..10_000_000_000).prop_map(|m| Command::SetBudgetTotal(Money(m))),
        arb_currency().prop_map(Command::SetCurrency),
        arb_plan().prop_map(|p| Command::ReplacePlan(Box::new(p))),
        arb_objective_command(),
        arb_budget_command(),
        arb_action_command(),
    ]
}

/// Commands on actions, valid or not.
pub fn arb_action_command() -> impl Strategy<Value = Command> {
    let action = || {
        (
            arb_id(),
            arb_text(15),
            arb_date(),
            -5i64..40,
            prop::option::of(arb_id()),
            0i64..50_000,
            prop::bool::ANY,
        )
            .prop_map(|(id, title, start, len, line, cost, monthly)| {
                let mut a = Action::new(id, &title, start);
                a.end = start + chrono::Duration::days(len);
                a.budget_line = line;
                a.cost = Money(cost);
                a.recurrence = monthly.then_some(Recurrence {
                    every: Every::Month,
                    until: None,
                });
                a
            })
    };
    prop_oneof![
        (0usize..4, action()).prop_map(|(index, a)| Command::InsertAction {
            index,
            action: Box::new(a)
        }),
        arb_id().prop_map(Command::RemoveAction),
        action().prop_map(|a| Command::UpdateAction(Box::new(a))),
        (
            0usize..4,
            arb_id(),
            arb_kpi_ref(),
            prop::option::of(arb_id()),
            arb_date(),
            -1.0f64..200.0
        )
            .prop_map(|(index, id, kpi, objective, date, value)| {
                Command::InsertMeasurement {
                    index,
                    measurement: Measurement {
                        id,
                        kpi,
                        objective,
                        date,
                        value,
                    },
                }
            }),
        arb_id().prop_map(Command::RemoveMeasurement),
    ]
}

fn arb_horizon() -> impl Strategy<Value = Horizon> {
    prop::sample::select(Horizon::ALL.to_vec())
}

fn arb_amount() -> impl Strategy<Value = Money> {
    prop_oneof![
        (0i64..3_000_000).prop_map(Money),
        (-5i64..0).prop_map(Money),
        Just(Money(i64::MAX))
    ]
}

/// Commands on the budget table, with ids that may or may not exist.
pub fn arb_budget_command() -> impl Strategy<Value = Command> {
    let channel = prop_oneof![
        prop::sample::select(vec!["seo", "emailing", "training"])
            .prop_map(|k| budget::Channel::Catalogue(k.into())),
        arb_text(12).prop_map(budget::Channel::Custom),
    ];
    prop_oneof![
        (
            0usize..4,
            arb_id(),
            channel.clone(),
            prop::array::uniform3(arb_amount()),
            prop::bool::ANY
        )
            .prop_map(|(index, id, channel, amounts, consultant)| {
                let mut line = BudgetLine::new(id, channel);
                line.amounts = amounts;
                line.delivery = if consultant {
                    Delivery::Consultant
                } else {
                    Delivery::InHouse
                };
                Command::InsertBudgetLine {
                    index,
                    line,
                    links: Links::default(),
                }
            }),
        arb_id().prop_map(Command::RemoveBudgetLine),
        (arb_id(), arb_horizon(), arb_amount()).prop_map(|(line, horizon, amount)| {
            Command::SetCell {
                line,
                horizon,
                amount,
            }
        }),
        (arb_id(), arb_horizon(), prop::bool::ANY).prop_map(|(line, horizon, locked)| {
            Command::SetCellLocked {
                line,
                horizon,
                locked,
            }
        }),
        (arb_id(), channel).prop_map(|(id, c)| Command::EditBudgetLine(id, LineEdit::Channel(c))),
        (arb_id(), prop::collection::vec(arb_id(), 0..2))
            .prop_map(|(id, o)| Command::EditBudgetLine(id, LineEdit::Objectives(o))),
        prop::collection::vec((arb_id(), prop::array::uniform3(arb_amount())), 0..3)
            .prop_map(Command::SetAllocation),
    ]
}

fn arb_id() -> impl Strategy<Value = ItemId> {
    (0u32..14).prop_map(ItemId)
}

fn arb_kpi_ref() -> impl Strategy<Value = KpiRef> {
    prop_oneof![
        prop::sample::select(vec![
            "conversion_rate",
            "orders",
            "roi",
            "search_position",
            "nope"
        ])
        .prop_map(|k| KpiRef::Catalogue(k.into())),
        arb_id().prop_map(KpiRef::Custom),
    ]
}

fn arb_value() -> impl Strategy<Value = Option<f64>> {
    prop_oneof![
        Just(None),
        (-2.0f64..500.0).prop_map(Some),
        Just(Some(f64::NAN))
    ]
}

fn arb_target() -> impl Strategy<Value = Option<Target>> {
    prop_oneof![
        Just(None),
        arb_value().prop_map(|v| v.map(Target::Value)),
        (-1.5f64..3.0).prop_map(|c| Some(Target::Change(c))),
    ]
}

/// Commands on strategy elements, objectives and custom KPIs, with ids that
/// may or may not exist.
pub fn arb_objective_command() -> impl Strategy<Value = Command> {
    let edit = prop_oneof![
        arb_text(20).prop_map(ObjectiveEdit::Title),
        prop::bool::ANY.prop_map(|p| ObjectiveEdit::Rank(if p {
            Rank::Priority
        } else {
            Rank::Secondary
        })),
        arb_text(60).prop_map(ObjectiveEdit::Statement),
        arb_text(10).prop_map(ObjectiveEdit::Owner),
        arb_text(30).prop_map(ObjectiveEdit::Rationale),
        prop::option::of(arb_date()).prop_map(ObjectiveEdit::Deadline),
        prop::collection::vec(arb_id(), 0..3).prop_map(ObjectiveEdit::StrategyElements),
        prop::collection::vec((arb_kpi_ref(), arb_value(), arb_target()), 0..3).prop_map(|ks| {
            ObjectiveEdit::Kpis(
                ks.into_iter()
                    .map(|(kpi, baseline, target)| ObjectiveKpi {
                        kpi,
                        baseline,
                        target,
                        period: None,
                    })
                    .collect(),
            )
        }),
        (arb_kpi_ref(), arb_value()).prop_map(|(k, v)| ObjectiveEdit::Baseline(k, v)),
        (arb_kpi_ref(), arb_target()).prop_map(|(k, t)| ObjectiveEdit::Target(k, t)),
    ];
    prop_oneof![
        (0usize..5, arb_id(), prop::bool::ANY, arb_text(15)).prop_map(|(index, id, cat, name)| {
            let kind = if cat {
                StrategyKind::Catalogue("revenue".into())
            } else {
                StrategyKind::Custom(name)
            };
            Command::InsertStrategyElement {
                index,
                element: StrategyElement {
                    id,
                    kind,
                    note: String::new(),
                },
                links: Links::default(),
            }
        }),
        arb_id().prop_map(Command::RemoveStrategyElement),
        (arb_id(), arb_text(20)).prop_map(|(id, t)| Command::SetStrategyNote(id, t)),
        (
            0usize..5,
            arb_id(),
            arb_text(20),
            prop::collection::vec(arb_id(), 0..2)
        )
            .prop_map(|(index, id, title, elements)| {
                let mut objective = Objective::new(id, &title, Rank::Priority);
                objective.strategy_elements = elements;
                Command::InsertObjective {
                    index,
                    objective,
                    links: Links::default(),
                }
            }),
        arb_id().prop_map(Command::RemoveObjective),
        (arb_id(), edit).prop_map(|(id, e)| Command::EditObjective(id, e)),
        (arb_id(), 0usize..6).prop_map(|(id, to)| Command::MoveObjective { id, to }),
        (0usize..3, arb_id(), arb_text(15), prop::bool::ANY).prop_map(|(index, id, name, pct)| {
            Command::InsertCustomKpi {
                index,
                kpi: CustomKpi {
                    id,
                    name,
                    unit: if pct { Unit::Percent } else { Unit::Count },
                    direction: Direction::HigherIsBetter,
                    definition: String::new(),
                },
            }
        }),
        arb_id().prop_map(Command::RemoveCustomKpi),
    ]
}

/// Any date chrono can hold, weighted towards the years a plan may hold
/// and their edges, and chrono's own first and last days.
pub fn arb_any_date() -> impl Strategy<Value = NaiveDate> {
    use chrono::Datelike;
    let (min, max) = (
        NaiveDate::MIN.num_days_from_ce(),
        NaiveDate::MAX.num_days_from_ce(),
    );
    prop_oneof![
        3 => (1900i32..=2200, 1u32..=12, 1u32..=31)
            .prop_filter_map("a real day", |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d)),
        2 => (min..=max).prop_map(|n| NaiveDate::from_num_days_from_ce_opt(n).expect("in range")),
        2 => prop::sample::select(vec![
            NaiveDate::MIN,
            NaiveDate::MAX,
            NaiveDate::MAX - chrono::Duration::days(40),
            day(1899, 12, 31),
            day(1900, 1, 1),
            day(2200, 12, 1),
            day(2200, 12, 31),
            day(2201, 1, 1),
        ]),
    ]
}

/// Any id, weighted towards the edges of what validation accepts.
pub fn arb_any_id() -> impl Strategy<Value = u32> {
    let max = validate::limits::MAX_ID;
    prop_oneof![
        2 => 0u32..64,
        1 => any::<u32>(),
        1 => prop::sample::select(vec![max - 1, max, max + 1, u32::MAX - 1, u32::MAX]),
    ]
}

/// A plan of [`arb_plan`] with some of its dates moved anywhere in chrono's
/// range, repeats added, and some ids (and `next_id`) anywhere up to
/// `u32::MAX`: often invalid, sometimes valid at the edges.
pub fn arb_wild_plan() -> impl Strategy<Value = Plan> {
    let every = prop::sample::select(vec![Every::Week, Every::Month, Every::Quarter]);
    (
        arb_plan(),
        prop::collection::vec(prop::option::weighted(0.2, arb_any_date()), 32),
        prop::collection::vec(
            prop::option::weighted(0.4, (every, prop::option::weighted(0.3, arb_any_date()))),
            8,
        ),
        prop::collection::vec(prop::option::weighted(0.1, arb_any_id()), 16),
        prop::option::weighted(0.3, arb_any_id()),
    )
        .prop_map(|(mut p, dates, repeats, ids, next_id)| {
            let mut dates = dates.into_iter().cycle();
            let mut date = |d: &mut NaiveDate| {
                if let Some(Some(new)) = dates.next() {
                    *d = new;
                }
            };
            date(&mut p.period.start);
            date(&mut p.period.end);
            for o in &mut p.objectives {
                if let Some(d) = o.deadline.as_mut() {
                    date(d);
                }
            }
            for (a, repeat) in p.actions.iter_mut().zip(repeats.into_iter().cycle()) {
                date(&mut a.start);
                date(&mut a.end);
                if let Some((every, until)) = repeat {
                    a.recurrence = Some(Recurrence { every, until });
                }
            }
            for m in &mut p.measurements {
                date(&mut m.date);
            }
            let mut ids = ids.into_iter().cycle();
            let mut id = |i: &mut ItemId| {
                if let Some(Some(new)) = ids.next() {
                    *i = ItemId(new);
                }
            };
            p.objectives.iter_mut().for_each(|o| id(&mut o.id));
            p.budget.lines.iter_mut().for_each(|l| id(&mut l.id));
            p.actions.iter_mut().for_each(|a| id(&mut a.id));
            p.measurements.iter_mut().for_each(|m| id(&mut m.id));
            if let Some(n) = next_id {
                p.next_id = n;
            }
            p
        })
}
