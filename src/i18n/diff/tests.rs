//! Every change is worded in both languages, with its figures, and by the
//! typography of `i18n::typo`.

use super::SwissFigures;
use crate::{
    domain::{
        budget::Channel,
        diff::{summary, Aim, Change, Days, KpiName, Section},
        forecast::TargetPeriod,
        ActionStatus, Currency, Delivery, Horizon, Importance, ItemId, Lang, Money, Period, Rank,
        StrategyKind, Target, Unit,
    },
    i18n::{texts, typo::violations},
};
use chrono::NaiveDate;

fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, m, d).unwrap()
}

/// Its place in the list of variants: a new variant does not compile here
/// until [`one_of_each`] has it too.
fn variant(c: &Change) -> usize {
    use Change::*;
    match c {
        Name { .. } => 0,
        Client { .. } => 1,
        Period { .. } => 2,
        Currency { .. } => 3,
        ObjectiveAdded { .. } => 4,
        ObjectiveRemoved { .. } => 5,
        ObjectiveRenamed { .. } => 6,
        ObjectiveRank { .. } => 7,
        ObjectiveDeadline { .. } => 8,
        ObjectiveTarget { .. } => 9,
        KpiAdded { .. } => 10,
        KpiRemoved { .. } => 11,
        BudgetTotal { .. } => 12,
        LineAdded { .. } => 13,
        LineRemoved { .. } => 14,
        LineChannel { .. } => 15,
        Cell { .. } => 16,
        LineDelivery { .. } => 17,
        Allocated { .. } => 18,
        ActionAdded { .. } => 19,
        ActionRemoved { .. } => 20,
        ActionRenamed { .. } => 21,
        ActionMoved { .. } => 22,
        ActionImportance { .. } => 23,
        ActionStatus { .. } => 24,
        ElementAdded { .. } => 25,
        ElementRemoved { .. } => 26,
        MeasurementsAdded(_) => 27,
        MeasurementsRemoved(_) => 28,
    }
}

fn one_of_each() -> Vec<Change> {
    let id = ItemId(7);
    let t = || "Notoriété".to_string();
    let seo = || Channel::Catalogue("seo".into());
    let days = |a, b| Days {
        start: day(3, a),
        end: day(3, b),
    };
    let aim = |v, p| Aim {
        target: Some(Target::Value(v)),
        period: p,
    };
    vec![
        Change::Name {
            from: "Plan 2027".into(),
            to: "Plan 2027 révisé".into(),
        },
        Change::Client {
            from: String::new(),
            to: "Atelier Vélo".into(),
        },
        Change::Period {
            from: Period::one_year_from(day(1, 1)),
            to: Period::one_year_from(day(4, 1)),
        },
        Change::Currency {
            from: Currency::chf(),
            to: Currency::new("EUR").unwrap(),
        },
        Change::ObjectiveAdded {
            id,
            title: t(),
            rank: Rank::Priority,
        },
        Change::ObjectiveRemoved { id, title: t() },
        Change::ObjectiveRenamed {
            id,
            from: t(),
            to: "Image".into(),
        },
        Change::ObjectiveRank {
            id,
            title: t(),
            from: Rank::Priority,
            to: Rank::Secondary,
        },
        Change::ObjectiveDeadline {
            id,
            title: t(),
            from: None,
            to: Some(day(12, 31)),
        },
        Change::ObjectiveTarget {
            id,
            title: t(),
            kpi: KpiName::Catalogue("unique_visitors".into()),
            unit: Unit::Count,
            from: aim(2_000.0, Some(TargetPeriod::Month)),
            to: aim(3_000.0, Some(TargetPeriod::Month)),
        },
        Change::KpiAdded {
            id,
            title: t(),
            kpi: KpiName::Custom("Avis Google".into()),
        },
        Change::KpiRemoved {
            id,
            title: t(),
            kpi: KpiName::Catalogue("bounce_rate".into()),
        },
        Change::BudgetTotal {
            from: Money(5_000_000),
            to: Money(6_000_000),
        },
        Change::LineAdded {
            id,
            channel: Channel::Custom("Salon".into()),
            total: Money(120_000),
        },
        Change::LineRemoved {
            id,
            channel: seo(),
            total: Money(900_000),
        },
        Change::LineChannel {
            id,
            from: seo(),
            to: Channel::Custom("Google Ads".into()),
        },
        Change::Cell {
            id,
            channel: Channel::Custom("Google Ads".into()),
            horizon: Horizon::Immediate,
            from: Money(120_000),
            to: Money(150_000),
        },
        Change::LineDelivery {
            id,
            channel: seo(),
            from: Delivery::InHouse,
            to: Delivery::Consultant,
        },
        Change::Allocated {
            from: Money(4_000_000),
            to: Money(4_030_000),
        },
        Change::ActionAdded {
            id,
            title: "Salon".into(),
            days: days(8, 8),
        },
        Change::ActionRemoved {
            id,
            title: "Salon".into(),
        },
        Change::ActionRenamed {
            id,
            from: "Salon".into(),
            to: "Foire".into(),
        },
        Change::ActionMoved {
            id,
            title: "Foire".into(),
            from: days(1, 4),
            to: days(15, 18),
        },
        Change::ActionImportance {
            id,
            title: "Foire".into(),
            from: Importance::Normal,
            to: Importance::Critical,
        },
        Change::ActionStatus {
            id,
            title: "Foire".into(),
            from: ActionStatus::Planned,
            to: ActionStatus::Done,
        },
        Change::ElementAdded {
            id,
            kind: StrategyKind::Catalogue("brand_image".into()),
        },
        Change::ElementRemoved {
            id,
            kind: StrategyKind::Custom("Réseau".into()),
        },
        Change::MeasurementsAdded(3),
        Change::MeasurementsRemoved(1),
    ]
}

fn word(lang: Lang, c: &Change) -> String {
    let t = texts(lang).diff();
    t.sentence(c, &Currency::chf(), &Currency::chf(), &SwissFigures(lang))
}

#[test]
fn every_change_is_worded_in_both_languages_by_the_typography() {
    let all = one_of_each();
    let kinds: Vec<usize> = all.iter().map(variant).collect();
    assert_eq!(kinds, (0..=28).collect::<Vec<_>>(), "one of each, in order");
    for lang in Lang::ALL {
        for c in &all {
            let text = word(lang, c);
            assert!(!text.trim().is_empty(), "{lang:?} {c:?}");
            assert_eq!(violations(&text, lang), vec![], "{lang:?}: {text:?}");
        }
        let t = texts(lang).diff();
        for s in Section::ALL {
            assert!(!(t.heading)(s).is_empty() && !(t.in_section)(s).is_empty());
        }
    }
}

#[test]
fn the_sentences_carry_their_figures() {
    let all = one_of_each();
    let fr = |i: usize| word(Lang::Fr, &all[i]);
    let en = |i: usize| word(Lang::En, &all[i]);
    assert_eq!(
        fr(9),
        "Objectif «\u{202f}Notoriété\u{202f}», Visiteurs uniques\u{202f}: cible 2'000 → 3'000 par mois"
    );
    assert_eq!(
        en(9),
        "Objective “Notoriété”, Unique visitors: target 2'000 → 3'000 per month"
    );
    assert_eq!(
        fr(16),
        "Google Ads · immédiat\u{202f}: CHF\u{a0}1'200.– → CHF\u{a0}1'500.–"
    );
    assert_eq!(
        en(16),
        "Google Ads · immediate: CHF\u{a0}1'200.– → CHF\u{a0}1'500.–"
    );
    assert_eq!(
        fr(1),
        "Client\u{202f}: aucun → «\u{202f}Atelier Vélo\u{202f}»"
    );
    assert_eq!(en(7), "Objective “Notoriété”: priority → secondary");
    assert_eq!(
        fr(8),
        "Objectif «\u{202f}Notoriété\u{202f}»\u{202f}: échéance aucune → 31.12.2027"
    );
    assert_eq!(
        fr(19),
        "Action ajoutée\u{202f}: «\u{202f}Salon\u{202f}», le 08.03.2027"
    );
    assert_eq!(
        en(22),
        "Action “Foire” moved: 01.03.2027 to 04.03.2027 → 15.03.2027 to 18.03.2027"
    );
    assert_eq!(en(23), "Action “Foire”: importance normal → critical");
    assert_eq!(en(25), "Strategy element added: “Improve brand image”");
    assert_eq!(fr(27), "3 mesures ajoutées");
    assert_eq!(en(28), "1 measurement deleted");
}

#[test]
fn amounts_are_in_each_versions_currency_and_aims_say_what_changed() {
    let t = texts(Lang::En).diff();
    let jpy = Currency::new("JPY").unwrap();
    let cell = Change::BudgetTotal {
        from: Money(120_000),
        to: Money(1_200),
    };
    assert_eq!(
        t.sentence(&cell, &Currency::chf(), &jpy, &SwissFigures(Lang::En)),
        "Total budget: CHF\u{a0}1'200.– → JPY\u{a0}1'200"
    );
    let kpi = KpiName::Catalogue("conversion_rate".into());
    let target = |from, to, period| Change::ObjectiveTarget {
        id: ItemId(1),
        title: "Sales".into(),
        kpi: kpi.clone(),
        unit: Unit::Percent,
        from: Aim {
            target: from,
            period: None,
        },
        to: Aim { target: to, period },
    };
    let chf = Currency::chf();
    let say = |c: &Change, lang| {
        texts(lang)
            .diff()
            .sentence(c, &chf, &chf, &SwissFigures(lang))
    };
    let rate = target(Some(Target::Value(0.012)), Some(Target::Change(0.2)), None);
    assert_eq!(
        say(&rate, Lang::En),
        "Objective “Sales”, Conversion rate: target 1.2% → +20%"
    );
    assert!(say(&rate, Lang::Fr).ends_with("cible 1.2\u{a0}% → +20\u{a0}%"));
    let unset = target(None, Some(Target::Value(0.018)), Some(TargetPeriod::Year));
    assert_eq!(
        say(&unset, Lang::En),
        "Objective “Sales”, Conversion rate: target none → 1.8% per year"
    );
    let period = target(
        Some(Target::Value(0.018)),
        Some(Target::Value(0.018)),
        Some(TargetPeriod::Plan),
    );
    assert!(say(&period, Lang::En).ends_with("target 1.8% → 1.8% over the whole plan"));
}

#[test]
fn the_overview_counts_each_section_or_says_nothing_changed() {
    let all = one_of_each();
    let s = summary(&all);
    assert_eq!(
        texts(Lang::En).diff().overview(&s),
        "4 changes in the plan, 8 in the objectives, 7 in the budget, \
         6 in the actions, 2 in the strategy, 2 in the measurements"
    );
    let one = summary(&all[12..13]);
    assert_eq!(
        texts(Lang::Fr).diff().overview(&one),
        "1 changement dans le budget"
    );
    assert_eq!(
        texts(Lang::En).diff().overview(&summary(&[])),
        "No change since this version"
    );
    assert_eq!(
        texts(Lang::Fr).diff().overview(&summary(&[])),
        "Aucun changement depuis cette version"
    );
}
