//! Every starter, in both languages, on blank plans of every shape: it
//! applies in one step, fits the budget exactly, keeps its dates in the
//! period, names only the catalogue's KPIs, and undo gives the blank plan
//! back.

use super::*;
use crate::domain::{
    budget::{self, Advice},
    catalogue, strategy, timeline,
    validate::errors,
    Command, Currency, History, KpiRef, Money, Period, Plan,
};
use chrono::NaiveDate;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// Blank plans: new, with a total, with short and long periods, a total
/// that does not split evenly, another currency.
fn blanks() -> Vec<(&'static str, Plan)> {
    let new = || Plan::new("Plan", day(2027, 3, 1), Lang::Fr);
    let mut with_total = new();
    with_total.budget.total = Money(2_000_000);
    let mut odd_total = new();
    odd_total.budget.total = Money(1_234_567);
    let mut short = new();
    short.period = Period {
        start: day(2027, 3, 15),
        end: day(2027, 6, 14),
    };
    let mut long = new();
    long.period = Period {
        start: day(2026, 11, 30),
        end: day(2028, 11, 29),
    };
    let mut one_day = new();
    one_day.period = Period {
        start: day(2028, 2, 29),
        end: day(2028, 2, 29),
    };
    one_day.budget.total = Money(50_000);
    let mut yen = new();
    yen.currency = Currency::new("JPY").unwrap();
    let mut used_ids = new();
    used_ids.next_id = 40;
    vec![
        ("new", new()),
        ("with a total", with_total),
        ("odd total", odd_total),
        ("three months", short),
        ("two years", long),
        ("one day", one_day),
        ("yen", yen),
        ("ids already used", used_ids),
    ]
}

fn every_case() -> Vec<(String, Sector, Lang, Plan)> {
    let mut out = Vec::new();
    for (shape, plan) in blanks() {
        for sector in Sector::ALL {
            for lang in Lang::ALL {
                out.push((
                    format!("{sector:?} {lang:?} {shape}"),
                    sector,
                    lang,
                    plan.clone(),
                ));
            }
        }
    }
    out
}

#[test]
fn every_starter_applies_in_one_step_and_undo_gives_the_blank_plan_back() {
    for (name, sector, lang, blank) in every_case() {
        assert!(is_blank(&blank), "{name}");
        let command = apply(&blank, sector, lang);
        assert!(matches!(command, Command::Batch(_)), "{name}");
        let mut plan = blank.clone();
        let mut history = History::new();
        history
            .execute(&mut plan, command, 0)
            .unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert_eq!(history.undo_len(), 1, "{name}: one undo step");
        assert!(!is_blank(&plan), "{name}");
        let (objectives, lines, actions) = sector.counts();
        assert_eq!(plan.objectives.len(), objectives, "{name}");
        assert_eq!(plan.budget.lines.len(), lines, "{name}");
        assert_eq!(plan.actions.len(), actions, "{name}");
        assert_eq!(errors(&plan), vec![], "{name}");
        assert!(history.undo(&mut plan), "{name}");
        assert_eq!(plan, blank, "{name}: undo");
    }
}

#[test]
fn the_budget_adds_up_exactly_and_never_exceeds_the_total() {
    for (name, sector, lang, blank) in every_case() {
        let mut plan = blank.clone();
        crate::domain::apply(&mut plan, apply(&blank, sector, lang)).unwrap();
        let total = if blank.budget.total.0 > 0 {
            blank.budget.total
        } else {
            let unit = 10_i64.pow(plan.currency.minor_digits());
            Money(sector.default_total() * unit)
        };
        assert_eq!(plan.budget.total, total, "{name}: the total kept or set");
        assert_eq!(plan.budget.allocated(), total, "{name}: split to the unit");
        assert!(
            timeline::over_commitments(&plan).is_empty(),
            "{name}: no line committed beyond its amount"
        );
        let advice = budget::advice(&plan);
        assert!(
            !advice.iter().any(|a| matches!(
                a,
                Advice::LongTermBelowShortTerm { .. } | Advice::ChannelConcentrated { .. }
            )),
            "{name}: {advice:?}"
        );
        assert!(
            !advice
                .iter()
                .any(|a| matches!(a, Advice::PriorityWithoutBudget(_))),
            "{name}: every priority objective is funded"
        );
    }
}

#[test]
fn the_budget_shares_what_the_total_leaves() {
    let mut blank = Plan::new("Plan", day(2027, 1, 1), Lang::Fr);
    blank.budget.total = Money(1_000_000);
    blank.budget.lines.push(crate::domain::BudgetLine::new(
        crate::domain::ItemId(1),
        budget::Channel::Catalogue("training".into()),
    ));
    blank.budget.lines[0].amounts[0] = Money(300_001);
    blank.next_id = 2;
    for sector in Sector::ALL {
        assert_eq!(
            budget_basis(&blank, sector),
            Basis::PlanTotal(Money(699_999))
        );
        let mut plan = blank.clone();
        crate::domain::apply(&mut plan, apply(&blank, sector, Lang::En)).unwrap();
        assert_eq!(plan.budget.total, Money(1_000_000), "{sector:?}");
        assert_eq!(plan.budget.allocated(), Money(1_000_000), "{sector:?}");
    }
}

#[test]
fn every_date_falls_inside_the_plan_period() {
    for (name, sector, lang, blank) in every_case() {
        let mut plan = blank.clone();
        crate::domain::apply(&mut plan, apply(&blank, sector, lang)).unwrap();
        let p = plan.period;
        for a in &plan.actions {
            assert!(
                p.contains(a.start) && p.contains(a.end) && a.start <= a.end,
                "{name}: {} from {} to {}",
                a.title,
                a.start,
                a.end
            );
        }
        for o in &plan.objectives {
            let d = o.deadline.unwrap();
            assert!(p.contains(d), "{name}: {} due {d}", o.title);
        }
    }
}

#[test]
fn a_twelve_month_plan_keeps_the_tables_dates() {
    let blank = Plan::new("Plan", day(2027, 1, 1), Lang::Fr);
    let mut plan = blank.clone();
    crate::domain::apply(&mut plan, apply(&blank, Sector::Restaurant, Lang::Fr)).unwrap();
    // The booking tool: month 0, day 10, twenty days.
    let booking = &plan.actions[1];
    assert_eq!(
        (booking.start, booking.end),
        (day(2027, 1, 10), day(2027, 1, 29))
    );
    // A deadline at month 9 is the end of the ninth month.
    assert_eq!(plan.objectives[1].deadline, Some(day(2027, 9, 30)));
    assert_eq!(plan.objectives[0].deadline, Some(day(2027, 12, 31)));
}

#[test]
fn the_tables_are_coherent() {
    for sector in Sector::ALL {
        let t = sector.table();
        let name = format!("{sector:?}");
        let pct: u64 = t.lines.iter().flat_map(|l| l.pct).sum();
        assert_eq!(pct, 100, "{name}: the split adds up to 100 %");
        let priority = t
            .objectives
            .iter()
            .filter(|o| o.rank == Rank::Priority)
            .count();
        assert!(
            (2..=4).contains(&priority),
            "{name}: {priority} priority objectives"
        );
        assert!(t.objectives.len() > priority, "{name}: some secondary ones");
        for e in t.elements {
            assert!(
                catalogue::strategy_element(e.key).is_some(),
                "{name}: {}",
                e.key
            );
        }
        for o in t.objectives {
            assert!(!o.kpis.is_empty(), "{name}: {}", o.title.en);
            for k in o.kpis {
                assert!(catalogue::kpi(k).is_some(), "{name}: KPI {k}");
            }
            assert!(o.elements.iter().all(|i| *i < t.elements.len()), "{name}");
            if let Some(key) = o.template {
                let owner = t.elements.iter().enumerate().find(|(i, e)| {
                    o.elements.contains(i)
                        && catalogue::strategy_element(e.key)
                            .is_some_and(|d| d.objectives.iter().any(|ot| ot.key == key))
                });
                assert!(
                    owner.is_some(),
                    "{name}: template {key} of one of its elements"
                );
            }
        }
        for l in t.lines {
            assert!(
                l.objectives.iter().all(|i| *i < t.objectives.len()),
                "{name}"
            );
            if let Chan::Key(k) = l.channel {
                assert!(budget::channel(k).is_some(), "{name}: channel {k}");
            }
        }
        for (i, _) in t.lines.iter().enumerate() {
            let committed: u64 = t
                .actions
                .iter()
                .filter(|a| a.line == Some(i))
                .map(|a| a.cost_pct)
                .sum();
            assert!(committed <= 100, "{name}: line {i} commits {committed} %");
        }
        for a in t.actions {
            assert!(a.line.is_none_or(|l| l < t.lines.len()), "{name}");
            assert!(
                a.objectives.iter().all(|i| *i < t.objectives.len()),
                "{name}"
            );
            assert!(!a.objectives.is_empty(), "{name}: {}", a.title.en);
            assert!(
                (1..=28).contains(&a.at.1) && a.at.0 < 12,
                "{name}: {}",
                a.title.en
            );
            assert!(a.days >= 1, "{name}: {}", a.title.en);
        }
        assert!(t.actions.len() >= 10, "{name}: typical actions");
    }
}

#[test]
fn every_kpi_of_the_plan_is_in_the_catalogue_and_left_for_the_person() {
    for (name, sector, lang, blank) in every_case() {
        let mut plan = blank.clone();
        crate::domain::apply(&mut plan, apply(&blank, sector, lang)).unwrap();
        for o in &plan.objectives {
            for k in &o.kpis {
                let KpiRef::Catalogue(key) = &k.kpi else {
                    panic!("{name}: a custom KPI");
                };
                assert!(catalogue::kpi(key).is_some(), "{name}: {key}");
                assert_eq!((k.baseline, k.target), (None, None), "{name}: {key}");
            }
            assert!(!o.statement.is_empty() && !o.rationale.is_empty(), "{name}");
        }
    }
}

#[test]
fn texts_follow_the_language_chosen() {
    let blank = Plan::new("Plan", day(2027, 1, 1), Lang::Fr);
    for sector in Sector::ALL {
        let mut fr = blank.clone();
        crate::domain::apply(&mut fr, apply(&blank, sector, Lang::Fr)).unwrap();
        let mut en = blank.clone();
        crate::domain::apply(&mut en, apply(&blank, sector, Lang::En)).unwrap();
        assert_eq!(fr.sector, sector.table().sector.fr);
        assert_eq!(en.actions[0].title, sector.table().actions[0].title.en);
        assert_ne!(fr.objectives[0].title, en.objectives[0].title, "{sector:?}");
        assert_ne!(sector.name(Lang::Fr), "");
        assert_ne!(sector.description(Lang::En), "");
    }
}

#[test]
fn what_the_plan_already_has_is_kept_and_not_repeated() {
    let mut blank = Plan::new("Plan", day(2027, 1, 1), Lang::Fr);
    blank.sector = "Boulangerie".into();
    blank
        .strategy_elements
        .push(crate::domain::StrategyElement {
            id: crate::domain::ItemId(1),
            kind: crate::domain::StrategyKind::Catalogue("revenue".into()),
            note: "Ma note".into(),
        });
    blank.next_id = 2;
    let mut plan = blank.clone();
    crate::domain::apply(&mut plan, apply(&blank, Sector::Restaurant, Lang::Fr)).unwrap();
    assert_eq!(plan.sector, "Boulangerie");
    let revenue: Vec<_> = plan
        .strategy_elements
        .iter()
        .filter(|e| strategy::chosen(&plan, "revenue").is_some_and(|c| c.id == e.id))
        .collect();
    assert_eq!(revenue.len(), 1);
    assert_eq!(revenue[0].note, "Ma note");
    assert_eq!(plan.strategy_elements.len(), 3, "two added beside it");
    assert_eq!(
        plan.objectives[0].strategy_elements,
        vec![crate::domain::ItemId(1)]
    );
}

#[test]
fn paid_lines_buy_the_media_of_their_channel() {
    use crate::domain::forecast::{cost_of, is_paid, Cost, Media};
    let blank = Plan::new("Plan", day(2027, 1, 1), Lang::En);
    let paid = |sector: Sector| {
        let mut plan = blank.clone();
        crate::domain::apply(&mut plan, apply(&blank, sector, Lang::En)).unwrap();
        plan.budget
            .lines
            .iter()
            .filter(|l| is_paid(l))
            .map(|l| (l.channel.name(Lang::En), cost_of(l)))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        paid(Sector::B2bServices),
        vec![("Social ads".to_string(), Cost::Media(Media::Linkedin))],
        "LinkedIn ads, not Meta's"
    );
    assert!(paid(Sector::OnlineShop).contains(&(
        "Retargeting ads (Meta, Google)".to_string(),
        Cost::Media(Media::Meta)
    )));
    assert!(paid(Sector::Health).is_empty(), "a practice buys no clicks");
}
