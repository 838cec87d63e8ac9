//! Native tests of the catalogue, the SMART rules and the commands on
//! strategy elements, objectives and custom KPIs.
#![cfg(not(target_arch = "wasm32"))]
// Amounts are written francs_centimes (12_500_00 is CHF 12'500.00).
#![allow(clippy::inconsistent_digit_grouping)]

mod common;

use cap::domain::{
    catalogue::{self, Formula, Medium, SuccessArea, Var},
    smart::{self, Letter, Missing, PriorityAdvice},
    validate::{self, limits},
    *,
};
use common::*;
use proptest::prelude::*;
use std::collections::HashSet;

// ---------------------------------------------------------------- catalogue

/// The table of the method, row by row: element, its typical objectives, its
/// KPIs (DOMAIN.md section 1).
#[test]
fn the_catalogue_holds_every_row_of_the_method() {
    let rows: [(&str, &str, &[&str], &[&str]); 5] = [
        (
            "awareness",
            "Développer la notoriété",
            &[
                "Augmenter la visibilité Web sur les moteurs de recherche",
                "Augmenter l'audience",
            ],
            &["impressions", "search_position"],
        ),
        (
            "revenue",
            "Développer le chiffre d'affaires",
            &[
                "Augmenter les ventes et les commandes",
                "Améliorer la performance du site",
            ],
            &["orders", "conversion_rate", "aov"],
        ),
        (
            "new_customers",
            "Conquérir de nouveaux clients",
            &["Augmenter la part de nouveaux clients dans l'activité"],
            &["new_customer_rate", "new_visit_rate"],
        ),
        (
            "cost_reduction",
            "Réduire les coûts",
            &["Rentabiliser le dispositif digital"],
            &[
                "conversion_rate",
                "bounce_rate",
                "cost_per_order",
                "cost_per_customer",
                "cpc",
            ],
        ),
        (
            "brand_image",
            "Améliorer l'image de marque",
            &[
                "Développer une notoriété positive",
                "Soigner l'e-réputation",
                "Susciter l'engagement envers la marque",
                "Favoriser le bouche-à-oreille positif et la viralité",
            ],
            &["engagement_rate", "positive_review_share"],
        ),
    ];
    assert_eq!(catalogue::STRATEGY_ELEMENTS.len(), rows.len());
    for (def, (key, name, objectives, kpis)) in catalogue::STRATEGY_ELEMENTS.iter().zip(rows) {
        assert_eq!(def.key, key);
        assert_eq!(def.name.fr, name);
        let titles: Vec<&str> = def.objectives.iter().map(|o| o.title.fr).collect();
        assert_eq!(titles, objectives, "{key}");
        assert_eq!(def.kpis, kpis, "{key}");
        assert!(
            !def.name.en.is_empty() && !def.leads_to.fr.is_empty() && !def.leads_to.en.is_empty()
        );
    }
}

#[test]
fn every_kpi_named_anywhere_exists_once_with_both_languages() {
    let mut keys = HashSet::new();
    for k in catalogue::KPIS {
        assert!(keys.insert(k.key), "{} twice", k.key);
        for text in [k.name.fr, k.name.en, k.definition.fr, k.definition.en] {
            assert!(!text.trim().is_empty(), "{}", k.key);
        }
        assert!(!k.media.is_empty(), "{} has no medium", k.key);
    }
    for s in catalogue::STRATEGY_ELEMENTS {
        let named = s
            .kpis
            .iter()
            .chain(s.objectives.iter().flat_map(|o| o.kpis));
        for key in named {
            assert!(
                catalogue::kpi(key).is_some(),
                "{} names unknown KPI {key}",
                s.key
            );
        }
        for o in s.objectives {
            assert!(!o.kpis.is_empty(), "{} has no KPI", o.key);
        }
    }
}

#[test]
fn media_and_success_areas_have_their_indicators() {
    let of_medium = |m| {
        catalogue::kpis_of_medium(m)
            .map(|k| k.key)
            .collect::<HashSet<_>>()
    };
    let email = of_medium(Medium::Email);
    for key in [
        "deliverability_rate",
        "open_rate",
        "click_rate",
        "reactivity_rate",
    ] {
        assert!(email.contains(key), "{key}");
    }
    let website = of_medium(Medium::Website);
    for key in ["bounce_rate", "pages_per_visit", "unique_visitors"] {
        assert!(website.contains(key), "{key}");
    }
    let of_area = |a| {
        catalogue::kpis_of_area(a)
            .map(|k| k.key)
            .collect::<HashSet<_>>()
    };
    let expected: [(SuccessArea, &[&str]); 5] = [
        (
            SuccessArea::Engagement,
            &[
                "unique_visitors",
                "time_on_site",
                "top_pages_views",
                "social_audience",
                "engagement_rate",
                "open_rate",
                "click_rate",
                "ctr",
            ],
        ),
        (
            SuccessArea::Funnel,
            &[
                "funnel_entries",
                "stage_conversion",
                "converted_users",
                "drop_off_rate",
                "time_to_convert",
            ],
        ),
        (
            SuccessArea::Reputation,
            &["positive_review_share", "content_rating", "inbound_links"],
        ),
        (
            SuccessArea::Collaboration,
            &[
                "shared_calendar_share",
                "shared_updates",
                "internal_workload",
            ],
        ),
        (
            SuccessArea::CustomerService,
            &[
                "calls_received",
                "online_requests",
                "response_time",
                "faq_visits",
            ],
        ),
    ];
    for (area, keys) in expected {
        let found = of_area(area);
        for key in keys {
            assert!(found.contains(key), "{area:?} lacks {key}");
        }
    }
}

/// The formulas of DOMAIN.md section 4, as data.
#[test]
fn the_standard_formulas_are_in_the_catalogue() {
    use Var::*;
    let ratios = [
        ("ctr", Clicks, Impressions, 1.0, Direction::HigherIsBetter),
        ("cpc", Spend, Clicks, 1.0, Direction::LowerIsBetter),
        ("cpm", Spend, Impressions, 1000.0, Direction::LowerIsBetter),
        (
            "conversion_rate",
            Orders,
            Sessions,
            1.0,
            Direction::HigherIsBetter,
        ),
        (
            "cost_per_order",
            Spend,
            Orders,
            1.0,
            Direction::LowerIsBetter,
        ),
        (
            "cost_per_customer",
            Spend,
            NewCustomers,
            1.0,
            Direction::LowerIsBetter,
        ),
        ("aov", Revenue, Orders, 1.0, Direction::HigherIsBetter),
        ("roas", Revenue, Spend, 1.0, Direction::HigherIsBetter),
        (
            "bounce_rate",
            SinglePageSessions,
            Sessions,
            1.0,
            Direction::LowerIsBetter,
        ),
        (
            "pages_per_visit",
            PageViews,
            Sessions,
            1.0,
            Direction::HigherIsBetter,
        ),
        (
            "engagement_rate",
            Interactions,
            Reach,
            1.0,
            Direction::HigherIsBetter,
        ),
        (
            "deliverability_rate",
            EmailsDelivered,
            EmailsSent,
            1.0,
            Direction::HigherIsBetter,
        ),
        (
            "open_rate",
            EmailOpens,
            EmailsDelivered,
            1.0,
            Direction::HigherIsBetter,
        ),
        (
            "click_rate",
            EmailClicks,
            EmailsDelivered,
            1.0,
            Direction::HigherIsBetter,
        ),
        (
            "reactivity_rate",
            EmailClicks,
            EmailOpens,
            1.0,
            Direction::HigherIsBetter,
        ),
        (
            "positive_review_share",
            PositiveReviews,
            Reviews,
            1.0,
            Direction::HigherIsBetter,
        ),
        (
            "stage_conversion",
            NextStageUsers,
            StageUsers,
            1.0,
            Direction::HigherIsBetter,
        ),
    ];
    for (key, num, den, scale, dir) in ratios {
        let k = catalogue::kpi(key).unwrap_or_else(|| panic!("{key} missing"));
        assert_eq!(k.formula, Formula::Ratio { num, den, scale }, "{key}");
        assert_eq!(k.direction, Some(dir), "{key}");
    }
    for key in ["new_customer_rate", "new_visit_rate"] {
        assert_eq!(
            catalogue::kpi(key).unwrap().direction,
            None,
            "{key} depends on the context"
        );
    }
    let roi = catalogue::kpi("roi").unwrap();
    assert_eq!(roi.formula, Formula::Roi);
    assert!(
        roi.bounds().contains(-0.5) && roi.bounds().contains(2.5),
        "ROI can be negative or above 100%"
    );
}

// ---------------------------------------------------------------- SMART

fn smart_plan() -> (Plan, ItemId) {
    let mut p = Plan::new("SMART", day(2027, 1, 1), Lang::Fr);
    let mut o = Objective::new(ItemId(1), "Plus de commandes", Rank::Priority);
    o.statement = "Passer de 120 à 200 commandes en ligne par mois d'ici fin juin".into();
    o.kpis = vec![ObjectiveKpi {
        kpi: KpiRef::Catalogue("orders".into()),
        baseline: Some(120.0),
        target: Some(Target::Value(200.0)),
        period: Some(forecast::TargetPeriod::Plan),
    }];
    o.deadline = Some(day(2027, 6, 30));
    o.owner = "Claire".into();
    o.rationale = "La boutique en ligne vient d'ouvrir et le trafic double.".into();
    p.objectives.push(o);
    p.next_id = 2;
    // Benchmark prices are US dollars: at par, for round figures.
    p.forecast.usd_rate = Some(forecast::UsdRate {
        rate: 1.0,
        date: day(2026, 12, 4),
    });
    (p, ItemId(1))
}

/// Funds objective 1 with a CHF 10'000 search ads line.
fn fund(p: &mut Plan, amount: i64) {
    p.budget.total = Money(amount);
    let mut line = BudgetLine::new(ItemId(50), budget::Channel::Catalogue("search_ads".into()));
    line.amounts = [Money(amount), Money::ZERO, Money::ZERO];
    line.objectives = vec![ItemId(1)];
    p.budget.lines = vec![line];
    p.next_id = 51;
}

fn missing(plan: &Plan, letter: Letter) -> Option<Missing> {
    let checks = smart::check(&plan.objectives[0], plan);
    checks
        .into_iter()
        .find(|c| c.letter == letter)
        .and_then(|c| c.missing)
}

#[test]
fn the_smart_checklist_reacts_to_each_missing_part() {
    let (mut full, id) = smart_plan();
    // 80 more orders at 8.18% conversion and CHF 5.42 a click need CHF 5'300.74.
    fund(&mut full, 5_300_00);
    assert_eq!(
        missing(&full, Letter::Achievable),
        None,
        "99.99% of the need is a stretch, not out of reach"
    );
    fund(&mut full, 3_000_00);
    assert_eq!(
        missing(&full, Letter::Achievable),
        Some(Missing::OutOfReach {
            needed: Money(5_300_74),
            allocated: Money(3_000_00)
        })
    );
    // Without the dollar's rate the forecast cannot tell: A is not met,
    // and says what is missing.
    let mut unknown = full.clone();
    unknown.forecast.usd_rate = None;
    assert_eq!(
        missing(&unknown, Letter::Achievable),
        Some(Missing::ForecastUnknown(vec![forecast::Input::UsdRate]))
    );
    fund(&mut full, 10_000_00);
    assert!(smart::is_smart(&full.objectives[0], &full));
    assert_eq!(
        smart::met_count(&full.objectives[0], &full),
        Letter::ALL.len()
    );
    let orders = KpiRef::Catalogue("orders".into());
    let cases: Vec<(ObjectiveEdit, Letter, Missing)> = vec![
        (
            ObjectiveEdit::Statement(String::new()),
            Letter::Specific,
            Missing::NoStatement,
        ),
        (
            ObjectiveEdit::Statement("Plus de ventes".into()),
            Letter::Specific,
            Missing::VagueStatement,
        ),
        (
            ObjectiveEdit::Kpis(vec![]),
            Letter::Measurable,
            Missing::NoKpi,
        ),
        (
            ObjectiveEdit::Target(orders.clone(), None),
            Letter::Measurable,
            Missing::NoTarget(orders.clone()),
        ),
        (
            ObjectiveEdit::Owner("  ".into()),
            Letter::Achievable,
            Missing::NoOwner,
        ),
        (
            ObjectiveEdit::Rationale(String::new()),
            Letter::Realistic,
            Missing::NoRationale,
        ),
        (
            ObjectiveEdit::Target(orders.clone(), Some(Target::Value(100.0))),
            Letter::Realistic,
            Missing::WrongDirection(orders.clone()),
        ),
        (
            ObjectiveEdit::Target(orders.clone(), Some(Target::Change(0.0))),
            Letter::Realistic,
            Missing::NoChange(orders.clone()),
        ),
        (
            ObjectiveEdit::Deadline(None),
            Letter::TimeBound,
            Missing::NoDeadline,
        ),
    ];
    for (edit, letter, expected) in cases {
        let mut p = full.clone();
        apply(&mut p, Command::EditObjective(id, edit.clone())).unwrap();
        assert_eq!(missing(&p, letter), Some(expected), "{edit:?}");
        let others = smart::check(&p.objectives[0], &p)
            .iter()
            .filter(|c| !c.met())
            .count();
        assert_eq!(others, 1, "{edit:?} should break only {letter:?}");
        assert_eq!(
            smart::met_count(&p.objectives[0], &p),
            Letter::ALL.len() - 1
        );
    }
    // A change target needs a baseline to mean anything.
    let mut p = full.clone();
    apply(
        &mut p,
        Command::EditObjective(
            id,
            ObjectiveEdit::Target(orders.clone(), Some(Target::Change(0.2))),
        ),
    )
    .unwrap();
    assert!(
        smart::is_smart(&p.objectives[0], &p),
        "+20% from 120 is a target"
    );
    apply(
        &mut p,
        Command::EditObjective(id, ObjectiveEdit::Baseline(orders.clone(), None)),
    )
    .unwrap();
    assert_eq!(
        missing(&p, Letter::Measurable),
        Some(Missing::ChangeWithoutBaseline(orders))
    );
    // A period moved past the deadline makes it not time-bound any more.
    let mut p = full;
    p.period = Period {
        start: day(2027, 7, 1),
        end: day(2028, 6, 30),
    };
    assert_eq!(
        missing(&p, Letter::TimeBound),
        Some(Missing::DeadlineOutsidePeriod)
    );
}

#[test]
fn lower_is_better_kpis_want_a_lower_target() {
    let (mut p, id) = smart_plan();
    let cpa = KpiRef::Catalogue("cost_per_order".into());
    let kpis = vec![ObjectiveKpi {
        kpi: cpa.clone(),
        baseline: Some(25.0),
        target: Some(Target::Value(20.0)),
        period: None,
    }];
    apply(
        &mut p,
        Command::EditObjective(id, ObjectiveEdit::Kpis(kpis)),
    )
    .unwrap();
    assert_eq!(missing(&p, Letter::Realistic), None);
    apply(
        &mut p,
        Command::EditObjective(
            id,
            ObjectiveEdit::Target(cpa.clone(), Some(Target::Change(0.1))),
        ),
    )
    .unwrap();
    assert_eq!(
        missing(&p, Letter::Realistic),
        Some(Missing::WrongDirection(cpa))
    );
}

#[test]
fn two_to_four_priority_objectives_are_advised_not_enforced() {
    let mut p = Plan::new("Rangs", day(2027, 1, 1), Lang::En);
    assert_eq!(
        smart::priority_advice(&p),
        None,
        "nothing to advise on an empty plan"
    );
    for n in 0..6u32 {
        let o = Objective::new(ItemId(n + 1), &format!("O{n}"), Rank::Priority);
        apply(
            &mut p,
            Command::InsertObjective {
                index: 99,
                objective: o,
                links: Links::default(),
            },
        )
        .unwrap();
        let expected = match n + 1 {
            1 => Some(PriorityAdvice::TooFew(1)),
            2..=4 => None,
            k => Some(PriorityAdvice::TooMany(k as usize)),
        };
        assert_eq!(smart::priority_advice(&p), expected);
    }
    assert!(validate(&p)
        .iter()
        .any(|pr| pr.kind == ProblemKind::PriorityCount(6) && pr.severity == Severity::Warning));
}

/// The range is written once: the checklist's advice and the plan's
/// validation agree on every count, priorities mixed with secondaries.
#[test]
fn advice_and_validation_read_one_priority_range() {
    assert_eq!(smart::PRIORITY_RANGE, 2..=4);
    for priorities in 0..7u32 {
        let mut p = Plan::new("Rangs", day(2027, 1, 1), Lang::En);
        for n in 0..priorities + 2 {
            let rank = if n < priorities {
                Rank::Priority
            } else {
                Rank::Secondary
            };
            p.objectives
                .push(Objective::new(ItemId(n + 1), &format!("O{n}"), rank));
        }
        let advice = smart::priority_advice(&p);
        let warned: Vec<_> = validate(&p)
            .into_iter()
            .filter_map(|pr| match pr.kind {
                ProblemKind::PriorityCount(n) => Some((n, pr.severity)),
                _ => None,
            })
            .collect();
        let n = priorities as usize;
        let expected = if smart::PRIORITY_RANGE.contains(&n) {
            assert_eq!(advice, None, "{n}");
            vec![]
        } else {
            assert_eq!(advice.map(PriorityAdvice::count), Some(n));
            vec![(n, Severity::Warning)]
        };
        assert_eq!(warned, expected, "{n} priorities");
    }
}

/// An objective the person adds is a priority until the plan has the most
/// priorities the method advises, then secondary; secondaries do not count.
#[test]
fn a_new_objective_is_a_priority_until_the_most_advised() {
    let mut p = Plan::new("Rangs", day(2027, 1, 1), Lang::En);
    assert_eq!(smart::rank_for_new(&p), Rank::Priority);
    for n in 0..3u32 {
        p.objectives
            .push(Objective::new(ItemId(100 + n), "S", Rank::Secondary));
    }
    assert_eq!(smart::priority_count(&p), 0);
    let most = *smart::PRIORITY_RANGE.end();
    for n in 0..most + 2 {
        let expected = if n < most {
            Rank::Priority
        } else {
            Rank::Secondary
        };
        assert_eq!(smart::priority_count(&p), n);
        assert_eq!(smart::rank_for_new(&p), expected, "{n} priorities");
        p.objectives
            .push(Objective::new(ItemId(n as u32 + 1), "P", Rank::Priority));
    }
}

#[test]
fn the_smart_score_is_out_of_the_five_letters() {
    for lang in Lang::ALL {
        let score = (cap::i18n::texts(lang).strategy().smart_score)(3);
        assert_eq!(score, format!("SMART 3/{}", Letter::ALL.len()));
    }
}

/// The texts that state the advised number say the range's own numbers:
/// the objectives page's intro and banners, and validation's warning.
#[test]
fn the_texts_state_the_priority_range() {
    let (min, max) = (smart::PRIORITY_RANGE.start(), smart::PRIORITY_RANGE.end());
    for (lang, span) in [
        (Lang::Fr, format!("{min} à {max}")),
        (Lang::En, format!("{min} to {max}")),
    ] {
        let t = cap::i18n::texts(lang);
        let s = t.strategy();
        for text in [
            (s.objectives_intro)(),
            (s.priority_too_few)(1),
            (s.priority_ok)(3),
            (t.load().err_problem)(&ProblemKind::PriorityCount(1)),
        ] {
            assert!(text.contains(&span), "{text:?} says {span:?}");
        }
        let many = (s.priority_too_many)(6);
        assert!(many.contains(&format!(" {max},")), "{many:?} says {max}");
    }
}

// ---------------------------------------------------------------- commands

#[test]
fn values_outside_their_kpi_are_refused_and_change_nothing() {
    let (mut p, id) = smart_plan();
    let rate = KpiRef::Catalogue("conversion_rate".into());
    let kpis = vec![
        p.objectives[0].kpis[0].clone(),
        ObjectiveKpi::new(rate.clone()),
    ];
    apply(
        &mut p,
        Command::EditObjective(id, ObjectiveEdit::Kpis(kpis)),
    )
    .unwrap();
    let before = p.clone();
    let orders = KpiRef::Catalogue("orders".into());
    let refused = [
        ObjectiveEdit::Baseline(rate.clone(), Some(1.2)), // 120%
        ObjectiveEdit::Target(rate.clone(), Some(Target::Value(-0.01))),
        ObjectiveEdit::Baseline(orders.clone(), Some(-3.0)), // a negative count
        ObjectiveEdit::Baseline(orders.clone(), Some(f64::NAN)),
        ObjectiveEdit::Baseline(orders.clone(), Some(1e300)),
        ObjectiveEdit::Target(orders.clone(), Some(Target::Change(-1.5))), // below -100%
        ObjectiveEdit::Deadline(Some(day(2026, 12, 31))),                  // before the plan starts
        ObjectiveEdit::Deadline(Some(day(2028, 1, 1))),                    // after it ends
        ObjectiveEdit::Title("   ".into()),
        ObjectiveEdit::Kpis(vec![
            ObjectiveKpi::new(rate.clone()),
            ObjectiveKpi::new(rate.clone()),
        ]),
        ObjectiveEdit::Baseline(KpiRef::Catalogue("ctr".into()), Some(0.1)), // not one of its KPIs
    ];
    for edit in refused {
        assert!(
            apply(&mut p, Command::EditObjective(id, edit.clone())).is_err(),
            "{edit:?} accepted"
        );
        assert_eq!(p, before, "{edit:?} changed the plan");
    }
    assert_eq!(
        apply(
            &mut p,
            Command::EditObjective(id, ObjectiveEdit::Deadline(Some(day(2026, 12, 31))))
        ),
        Err(CommandError::DeadlineBeforeStart)
    );
    // ROI may be negative or above 100%.
    let roi = KpiRef::Catalogue("roi".into());
    let kpis = vec![ObjectiveKpi {
        kpi: roi,
        baseline: Some(-0.2),
        target: Some(Target::Value(1.5)),
        period: None,
    }];
    assert!(apply(
        &mut p,
        Command::EditObjective(id, ObjectiveEdit::Kpis(kpis))
    )
    .is_ok());
}

#[test]
fn removing_an_objective_unlinks_it_and_undo_relinks_it_exactly() {
    let (mut p, id) = smart_plan();
    p.budget.total = Money(1_000_000);
    p.budget.lines.push(BudgetLine {
        id: ItemId(2),
        channel: budget::Channel::Catalogue("seo".into()),
        locked: [false; 3],
        tier: None,
        amounts: [Money(100), Money(0), Money(0)],
        delivery: Delivery::Consultant,
        objectives: vec![ItemId(1)],
        cost: None,
        ..BudgetLine::new(ItemId(2), budget::Channel::Custom(String::new()))
    });
    p.actions.push(Action {
        id: ItemId(3),
        title: "Fiche Google".into(),
        start: day(2027, 2, 1),
        end: day(2027, 2, 2),
        importance: Importance::High,
        status: ActionStatus::Planned,
        objectives: vec![ItemId(1)],
        budget_line: Some(ItemId(2)),
        cost: Money(50),
        ..Action::new(ItemId(0), "", chrono::NaiveDate::MIN)
    });
    p.measurements.push(Measurement {
        id: ItemId(4),
        kpi: KpiRef::Catalogue("orders".into()),
        objective: Some(ItemId(1)),
        date: day(2027, 3, 1),
        value: 130.0,
    });
    p.next_id = 5;
    let before = p.clone();
    let mut h = History::new();
    h.execute(&mut p, Command::RemoveObjective(id), 0).unwrap();
    assert!(p.objectives.is_empty());
    assert!(p.budget.lines[0].objectives.is_empty() && p.actions[0].objectives.is_empty());
    assert_eq!(
        p.measurements[0].objective, None,
        "the measurement of the KPI stays"
    );
    assert!(validate::errors(&p).is_empty());
    assert!(h.undo(&mut p));
    assert_eq!(p, before);
}

#[test]
fn removing_a_strategy_element_unlinks_objectives_and_undo_restores_them() {
    let mut p = Plan::new("Éléments", day(2027, 1, 1), Lang::Fr);
    let mut h = History::new();
    let element = StrategyElement {
        id: ItemId(1),
        kind: StrategyKind::Catalogue("revenue".into()),
        note: String::new(),
    };
    h.execute(
        &mut p,
        Command::InsertStrategyElement {
            index: 0,
            element,
            links: Links::default(),
        },
        0,
    )
    .unwrap();
    let mut o = Objective::new(ItemId(2), "Ventes", Rank::Priority);
    o.strategy_elements = vec![ItemId(1)];
    h.execute(
        &mut p,
        Command::InsertObjective {
            index: 0,
            objective: o,
            links: Links::default(),
        },
        10_000,
    )
    .unwrap();
    assert_eq!(p.next_id, 3);
    let before = p.clone();
    h.execute(&mut p, Command::RemoveStrategyElement(ItemId(1)), 20_000)
        .unwrap();
    assert!(p.objectives[0].strategy_elements.is_empty());
    assert!(h.undo(&mut p));
    assert_eq!(p, before);
    // Undoing the inserts gives the ids back: the plan is as new.
    assert!(h.undo(&mut p) && h.undo(&mut p));
    assert_eq!(p, Plan::new("Éléments", day(2027, 1, 1), Lang::Fr));
}

#[test]
fn a_custom_kpi_in_use_cannot_be_removed_or_change_unit() {
    let (mut p, id) = smart_plan();
    let kpi = CustomKpi {
        id: ItemId(2),
        name: "Avis Google".into(),
        unit: Unit::Ratio,
        direction: Direction::HigherIsBetter,
        definition: "Note moyenne".into(),
    };
    apply(
        &mut p,
        Command::InsertCustomKpi {
            index: 0,
            kpi: kpi.clone(),
        },
    )
    .unwrap();
    let kpis = vec![ObjectiveKpi {
        kpi: KpiRef::Custom(ItemId(2)),
        baseline: Some(4.1),
        target: Some(Target::Value(4.6)),
        period: None,
    }];
    apply(
        &mut p,
        Command::EditObjective(id, ObjectiveEdit::Kpis(kpis)),
    )
    .unwrap();
    assert_eq!(
        apply(&mut p, Command::RemoveCustomKpi(ItemId(2))),
        Err(CommandError::KpiInUse)
    );
    let percent = CustomKpi {
        unit: Unit::Percent,
        ..kpi.clone()
    };
    assert_eq!(
        apply(&mut p, Command::UpdateCustomKpi(percent)),
        Err(CommandError::KpiInUse)
    );
    let renamed = CustomKpi {
        name: "Note Google".into(),
        ..kpi
    };
    assert!(apply(&mut p, Command::UpdateCustomKpi(renamed)).is_ok());
    assert_eq!(
        smart::kpi_name(&p, &KpiRef::Custom(ItemId(2)), Lang::En),
        "Note Google"
    );
}

#[test]
fn objectives_are_reordered_and_ids_are_never_taken_twice() {
    let mut p = Plan::new("Ordre", day(2027, 1, 1), Lang::Fr);
    for n in 1..=3 {
        let o = Objective::new(ItemId(n), &format!("O{n}"), Rank::Priority);
        apply(
            &mut p,
            Command::InsertObjective {
                index: 99,
                objective: o,
                links: Links::default(),
            },
        )
        .unwrap();
    }
    let inverse = apply(
        &mut p,
        Command::MoveObjective {
            id: ItemId(3),
            to: 0,
        },
    )
    .unwrap();
    let order: Vec<u32> = p.objectives.iter().map(|o| o.id.0).collect();
    assert_eq!(order, [3, 1, 2]);
    apply(&mut p, inverse).unwrap();
    let order: Vec<u32> = p.objectives.iter().map(|o| o.id.0).collect();
    assert_eq!(order, [1, 2, 3]);
    let twin = Objective::new(ItemId(2), "Jumeau", Rank::Secondary);
    assert_eq!(
        apply(
            &mut p,
            Command::InsertObjective {
                index: 0,
                objective: twin,
                links: Links::default()
            }
        ),
        Err(CommandError::DuplicateId(ItemId(2)))
    );
    assert_eq!(p.objectives.len(), 3);
}

// ------------------------------------------------------------ nested lists

/// A plan with one strategy element, one objective, one budget line and
/// one action, valid.
fn one_of_each() -> Plan {
    let mut p = Plan::new("Listes", day(2027, 1, 1), Lang::Fr);
    p.strategy_elements.push(StrategyElement {
        id: ItemId(1),
        kind: StrategyKind::Catalogue("revenue".into()),
        note: String::new(),
    });
    p.objectives
        .push(Objective::new(ItemId(2), "Ventes", Rank::Priority));
    p.budget.lines.push(BudgetLine::new(
        ItemId(3),
        budget::Channel::Catalogue("seo".into()),
    ));
    p.actions
        .push(Action::new(ItemId(4), "Lancement", day(2027, 2, 1)));
    p.next_id = 5;
    p
}

#[test]
fn nested_lists_are_capped_by_validation_and_by_the_commands_that_fill_them() {
    // One objective with 1'000 KPIs made the dashboard take 4 s (issue 29).
    let kpis: Vec<ObjectiveKpi> = catalogue::KPIS
        .iter()
        .take(limits::KPIS_PER_OBJECTIVE + 1)
        .map(|k| ObjectiveKpi::new(KpiRef::Catalogue(k.key.into())))
        .collect();
    let links = |id: u32| vec![ItemId(id); limits::LINKS + 1];
    let mut cases: Vec<(&str, Plan)> = Vec::new();
    let mut p = one_of_each();
    p.objectives[0].kpis = kpis.clone();
    cases.push(("plan.objectives[0].kpis", p));
    let mut p = one_of_each();
    p.objectives[0].strategy_elements = links(1);
    cases.push(("plan.objectives[0].strategy_elements", p));
    let mut p = one_of_each();
    p.budget.lines[0].objectives = links(2);
    cases.push(("plan.budget.lines[0].objectives", p));
    let mut p = one_of_each();
    p.actions[0].objectives = links(2);
    cases.push(("plan.actions[0].objectives", p));
    assert!(validate::errors(&one_of_each()).is_empty());
    for (path, p) in cases {
        let errors = validate::errors(&p);
        assert!(
            errors
                .iter()
                .any(|e| e.path == path && matches!(e.kind, ProblemKind::TooManyItems { .. })),
            "{path}: {errors:?}"
        );
    }
    // The commands refuse the same lists, so the UI cannot build a plan
    // that import would refuse.
    let mut p = one_of_each();
    let before = p.clone();
    let mut action = p.actions[0].clone();
    action.objectives = links(2);
    let mut line = BudgetLine::new(ItemId(5), budget::Channel::Catalogue("sea".into()));
    line.objectives = links(2);
    let mut objective = Objective::new(ItemId(5), "Notoriété", Rank::Secondary);
    objective.strategy_elements = links(1);
    for command in [
        Command::EditObjective(ItemId(2), ObjectiveEdit::Kpis(kpis)),
        Command::EditObjective(ItemId(2), ObjectiveEdit::StrategyElements(links(1))),
        Command::EditBudgetLine(ItemId(3), LineEdit::Objectives(links(2))),
        Command::UpdateAction(Box::new(action.clone())),
        Command::InsertAction {
            index: 0,
            action: Box::new(Action {
                id: ItemId(5),
                ..action
            }),
        },
        Command::InsertBudgetLine {
            index: 0,
            line,
            links: Links::default(),
        },
        Command::InsertObjective {
            index: 0,
            objective,
            links: Links::default(),
        },
    ] {
        assert!(apply(&mut p, command.clone()).is_err(), "{command:?}");
        assert_eq!(p, before);
    }
    // At the limit, accepted.
    let at_limit = vec![ItemId(2); limits::LINKS];
    apply(
        &mut p,
        Command::EditBudgetLine(ItemId(3), LineEdit::Objectives(at_limit)),
    )
    .unwrap();
    assert!(validate::errors(&p).is_empty());
}

#[test]
fn catalogue_keys_and_templates_are_bounded_by_validation_and_the_commands() {
    // 25'000 characters of unknown key, and a 1 MB template, were accepted.
    let long_key = "k".repeat(limits::KEY + 1);
    let long_template = "t".repeat(limits::SHORT_TEXT + 1);
    let mut cases: Vec<(&str, Plan)> = Vec::new();
    let mut p = one_of_each();
    p.objectives[0].template = Some(long_template.clone());
    cases.push(("plan.objectives[0].template", p));
    let mut p = one_of_each();
    p.objectives[0]
        .kpis
        .push(ObjectiveKpi::new(KpiRef::Catalogue(long_key.clone())));
    cases.push(("plan.objectives[0].kpis[0].kpi", p));
    let mut p = one_of_each();
    p.strategy_elements[0].kind = StrategyKind::Catalogue(long_key.clone());
    cases.push(("plan.strategy_elements[0].kind", p));
    let mut p = one_of_each();
    p.budget.lines[0].channel = budget::Channel::Catalogue(long_key.clone());
    cases.push(("plan.budget.lines[0].channel", p));
    let mut p = one_of_each();
    p.actions[0].channel = Some(budget::Channel::Catalogue(long_key.clone()));
    cases.push(("plan.actions[0].channel", p));
    let mut p = one_of_each();
    p.actions[0].channel = Some(budget::Channel::Custom(long_template.clone()));
    cases.push(("plan.actions[0].channel", p));
    let mut p = one_of_each();
    p.measurements.push(Measurement {
        id: ItemId(5),
        kpi: KpiRef::Catalogue(long_key.clone()),
        objective: None,
        date: day(2027, 3, 1),
        value: 1.0,
    });
    p.next_id = 6;
    cases.push(("plan.measurements[0].kpi", p));
    for (path, p) in cases {
        let errors = validate::errors(&p);
        assert!(
            errors
                .iter()
                .any(|e| e.path == path && matches!(e.kind, ProblemKind::TooLong { .. })),
            "{path}: {errors:?}"
        );
    }
    // A key of the right length that this version does not know is still
    // only a warning: a newer catalogue must not lose the plan.
    let mut p = one_of_each();
    p.strategy_elements[0].kind = StrategyKind::Catalogue("k".repeat(limits::KEY));
    assert!(validate::errors(&p).is_empty());
    // The commands refuse what validation refuses.
    let mut p = one_of_each();
    let before = p.clone();
    let mut objective = Objective::new(ItemId(5), "Notoriété", Rank::Secondary);
    objective.template = Some(long_template.clone());
    let mut action = p.actions[0].clone();
    action.channel = Some(budget::Channel::Catalogue(long_key.clone()));
    for command in [
        Command::InsertObjective {
            index: 0,
            objective,
            links: Links::default(),
        },
        Command::InsertStrategyElement {
            index: 0,
            element: StrategyElement {
                id: ItemId(5),
                kind: StrategyKind::Catalogue(long_key.clone()),
                note: String::new(),
            },
            links: Links::default(),
        },
        Command::InsertBudgetLine {
            index: 0,
            line: BudgetLine::new(ItemId(5), budget::Channel::Catalogue(long_key.clone())),
            links: Links::default(),
        },
        Command::EditBudgetLine(
            ItemId(3),
            LineEdit::Channel(budget::Channel::Catalogue(long_key.clone())),
        ),
        Command::UpdateAction(Box::new(action)),
    ] {
        assert!(apply(&mut p, command.clone()).is_err(), "{command:?}");
        assert_eq!(p, before);
    }
}

// ---------------------------------------------------------------- targets and units

/// `a` and `b` agree to 1e-9 of their size (1e-9 near zero).
fn near(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

fn value_of(t: Option<Target>) -> Option<f64> {
    match t? {
        Target::Value(v) => Some(v),
        Target::Change(_) => None,
    }
}

fn change_of(t: Option<Target>) -> Option<f64> {
    match t? {
        Target::Change(c) => Some(c),
        Target::Value(_) => None,
    }
}

/// The target-mode select of the SMART form: a value becomes the change
/// that reaches it from the baseline, and back; figures worked by hand.
#[test]
fn a_target_is_written_as_a_value_or_as_a_change_from_the_baseline() {
    // 120 from 100 is +20%; 20 from 40 is -50%; 0.03 from 0.025 is +20%.
    let cases = [
        (Target::Value(120.0), 100.0, 0.2),
        (Target::Value(20.0), 40.0, -0.5),
        (Target::Value(0.03), 0.025, 0.2),
        (Target::Value(0.0), 80.0, -1.0),
        (Target::Value(-30.0), -20.0, 0.5),
    ];
    for (value, baseline, change) in cases {
        let c = change_of(value.to_change(Some(baseline)));
        assert!(
            c.is_some_and(|c| near(c, change)),
            "{value:?} from {baseline}: {c:?}"
        );
        let v = value_of(Target::Change(change).to_value(Some(baseline)));
        let Target::Value(expected) = value else {
            unreachable!()
        };
        assert!(
            v.is_some_and(|v| near(v, expected)),
            "{change} of {baseline}: {v:?}"
        );
    }
    // A value stays a value, whatever the baseline, even none.
    assert_eq!(
        Target::Value(50.0).to_value(None),
        Some(Target::Value(50.0))
    );
    assert_eq!(
        Target::Value(50.0).to_value(Some(0.0)),
        Some(Target::Value(50.0))
    );
    // A change needs a baseline to become a value.
    assert_eq!(Target::Change(0.1).to_value(None), None);
    assert_eq!(
        Target::Change(0.1).to_value(Some(0.0)),
        Some(Target::Value(0.0))
    );
    // No change is written from a missing or zero baseline.
    assert_eq!(Target::Value(10.0).to_change(None), None);
    assert_eq!(Target::Value(10.0).to_change(Some(0.0)), None);
    assert_eq!(Target::Change(0.1).to_change(None), None);
    assert_eq!(Target::Change(0.1).to_change(Some(0.0)), None);
}

/// One suffix per unit, for the SMART form and the calculator alike.
#[test]
fn every_unit_has_one_suffix() {
    assert_eq!(Unit::Percent.suffix("CHF"), "%");
    assert_eq!(Unit::Money.suffix("CHF"), "CHF");
    assert_eq!(Unit::Money.suffix("EUR"), "EUR");
    // Durations are typed in minutes.
    assert_eq!(number::from_typed(Unit::Duration, 1.0), 60.0);
    assert_eq!(Unit::Duration.suffix("CHF"), "min");
    assert_eq!(Unit::Position.suffix("CHF"), "n°");
    assert_eq!(Unit::Count.suffix("CHF"), "");
    assert_eq!(Unit::Ratio.suffix("CHF"), "");
}

proptest! {
    /// A value written as a change and back is the same value, and a change
    /// written as a value and back the same change, for any non-zero
    /// baseline.
    #[test]
    fn value_change_value_round_trips(
        v in -1e9f64..1e9,
        b in prop_oneof![-1e9f64..-1e-6, 1e-6f64..1e9],
        c in -1.0f64..100.0,
    ) {
        let back = Target::Value(v)
            .to_change(Some(b))
            .and_then(|t| t.to_value(Some(b)));
        let back = value_of(back);
        prop_assert!(back.is_some_and(|x| near(x, v) || (x - v).abs() <= 1e-9 * b.abs()), "{v} from {b}: {back:?}");
        let again = Target::Change(c)
            .to_value(Some(b))
            .and_then(|t| t.to_change(Some(b)));
        let again = change_of(again);
        prop_assert!(again.is_some_and(|x| near(x, c)), "{c} of {b}: {again:?}");
    }
}
