//! Generators shared by the native tests.
#![allow(dead_code)]

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
        prop::collection::vec((arb_text(30), 0i64..500, 0i64..100_000), 0..5),
        prop::collection::vec(-1e9f64..1e9, 0..5),
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
                        rank: if i < 2 { Rank::Priority } else { Rank::Secondary },
                        strategy_elements: elements.iter().take(1).copied().collect(),
                        statement: String::new(),
                        kpis: vec![KpiRef::Catalogue("conversion_rate".into())],
                        baseline: Some(0.02),
                        target: Some(0.025),
                        deadline: Some(period.end),
                        owner: "Léa".into(),
                        rationale: String::new(),
                    });
                }
                let mut total = 0i64;
                for (a, b, c) in &lines {
                    total += a + b + c;
                    plan.budget.lines.push(BudgetLine {
                        id: id(),
                        channel: "seo".into(),
                        amounts: [Money(*a), Money(*b), Money(*c)],
                        delivery: Delivery::InHouse,
                        objectives: vec![],
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
    ]
}
