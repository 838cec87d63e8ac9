// Amounts are written francs_centimes (1_000_00 is CHF 1'000.00).
#![allow(clippy::inconsistent_digit_grouping)]

mod fallback;
mod ids;

use super::*;
use crate::domain::{budget::Channel, Action, BudgetLine, ItemId, Lang, Objective, Rank};

pub(super) fn day(m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, m, d).unwrap_or_default()
}

/// Two objectives (1, 2), a custom line "Google Ads" (3) funding objective
/// 1 with CHF 400 in the medium term, an action (4) on it; CHF 1'000 total.
pub(super) fn base() -> Plan {
    let mut p = Plan::new("Plan 2027", day(1, 1), Lang::Fr);
    p.objectives = vec![
        Objective::new(ItemId(1), "Notoriété", Rank::Priority),
        Objective::new(ItemId(2), "Ventes", Rank::Priority),
    ];
    let mut line = BudgetLine::new(ItemId(3), Channel::Custom("Google Ads".into()));
    line.amounts[1] = Money(400_00);
    line.objectives = vec![ItemId(1)];
    p.budget.lines.push(line);
    p.budget.total = Money(1_000_00);
    let mut action = Action::new(ItemId(4), "Campagne", day(3, 1));
    action.end = day(3, 31);
    action.budget_line = Some(ItemId(3));
    p.actions.push(action);
    p.next_id = 5;
    assert!(
        validate::errors(&p).is_empty(),
        "{:?}",
        validate::errors(&p)
    );
    p
}

pub(super) fn add_objective(p: &mut Plan, title: &str) -> ItemId {
    let id = ItemId(p.next_id);
    p.objectives
        .push(Objective::new(id, title, Rank::Secondary));
    p.next_id += 1;
    id
}

pub(super) fn titles(p: &Plan) -> Vec<&str> {
    p.objectives.iter().map(|o| o.title.as_str()).collect()
}

#[test]
fn changes_on_different_fields_merge_cleanly() {
    let b = base();
    let (mut m, mut t) = (b.clone(), b.clone());
    m.name = "Plan 2027 v2".into();
    t.client = "Vélos Léman".into();
    t.budget.lines[0].amounts[0] = Money(100_00);
    let merged = merge(Some(&b), &m, &t);
    assert!(merged.is_clean(), "{:?}", merged.conflicts);
    assert_eq!(merged.plan.name, "Plan 2027 v2");
    assert_eq!(merged.plan.client, "Vélos Léman");
    assert_eq!(merged.plan.budget.lines[0].amounts[0], Money(100_00));
    assert_eq!(merged.resolve(&[]), Ok(merged.plan.clone()));
}

#[test]
fn objectives_added_offline_on_both_devices_are_both_kept() {
    let b = base();
    let (mut m, mut t) = (b.clone(), b.clone());
    add_objective(&mut m, "Fidélité");
    add_objective(&mut t, "Recrutement");
    let merged = merge(Some(&b), &m, &t);
    assert!(merged.is_clean(), "{:?}", merged.conflicts);
    let p = &merged.plan;
    assert_eq!(p.objectives.len(), 4);
    assert!(titles(p).contains(&"Fidélité") && titles(p).contains(&"Recrutement"));
    assert!(validate::errors(p).is_empty(), "{:?}", validate::errors(p));
    assert!(p.next_id >= 7);
    // The other way round gives the same plan.
    assert_eq!(merge(Some(&b), &t, &m).plan, merged.plan);
}

#[test]
fn one_budget_cell_changed_on_both_sides_is_one_conflict_with_both_amounts() {
    let b = base();
    let (mut m, mut t) = (b.clone(), b.clone());
    m.budget.lines[0].amounts[1] = Money(450_00);
    t.budget.lines[0].amounts[1] = Money(500_00);
    let merged = merge(Some(&b), &m, &t);
    assert_eq!(merged.conflicts.len(), 1);
    let c = &merged.conflicts[0];
    assert_eq!(
        c.place,
        Place {
            section: Section::Budget,
            item: Some("Google Ads".into()),
            field: Field::Cell(Horizon::MediumTerm),
        }
    );
    assert_eq!(c.mine, Shown::Money(Money(450_00)));
    assert_eq!(c.theirs, Shown::Money(Money(500_00)));
    assert_eq!(c.pointer(), "/budget/lines/3/amounts/1");
    assert_eq!(merged.plan.budget.lines[0].amounts[1], Money(450_00));
    let theirs = merged.resolve(&[Side::Theirs]);
    assert_eq!(
        theirs.map(|p| p.budget.lines[0].amounts[1]),
        Ok(Money(500_00))
    );
    assert_eq!(merged.resolve(&[]), Err(MergeStop::Choices));
}

#[test]
fn an_item_deleted_on_one_side_and_edited_on_the_other_is_a_whole_item_choice() {
    let b = base();
    let (mut m, mut t) = (b.clone(), b.clone());
    m.objectives.retain(|o| o.id != ItemId(1));
    m.budget.lines[0].objectives.clear();
    t.objectives[0].title = "Notoriété locale".into();
    let merged = merge(Some(&b), &m, &t);
    assert_eq!(merged.conflicts.len(), 1);
    let c = &merged.conflicts[0];
    assert_eq!(c.place.field, Field::Whole);
    assert_eq!(c.place.section, Section::Objectives);
    assert_eq!(
        (&c.mine, &c.theirs),
        (&Shown::Absent, &Shown::Item("Notoriété locale".into()))
    );
    assert_eq!(titles(&merged.plan), ["Ventes"]);
    let kept = merged
        .resolve(&[Side::Theirs])
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(titles(&kept), ["Notoriété locale", "Ventes"]);
}

#[test]
fn an_item_deleted_on_one_side_and_untouched_on_the_other_is_deleted_with_its_links() {
    let b = base();
    let (mut m, t) = (b.clone(), b.clone());
    m.objectives.retain(|o| o.id != ItemId(1));
    m.budget.lines[0].objectives.clear();
    let merged = merge(Some(&b), &m, &t);
    assert!(merged.is_clean());
    assert_eq!(merged.plan, m);
}

#[test]
fn an_item_deleted_on_one_side_and_newly_linked_on_the_other_is_a_choice() {
    let b = base();
    let (mut m, mut t) = (b.clone(), b.clone());
    m.objectives.retain(|o| o.id != ItemId(2));
    t.actions[0].objectives.push(ItemId(2));
    let merged = merge(Some(&b), &m, &t);
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.conflicts[0].theirs, Shown::Item("Ventes".into()));
    // Deleted: the link goes with it; kept: the link holds.
    assert!(merged.plan.actions[0].objectives.is_empty());
    let kept = merged
        .resolve(&[Side::Theirs])
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(kept.actions[0].objectives, [ItemId(2)]);
}

#[test]
fn a_merge_above_the_total_makes_the_whole_budget_one_choice() {
    let b = base();
    let (mut m, mut t) = (b.clone(), b.clone());
    // Each side stays within CHF 1'000; together they allocate CHF 1'100.
    let mut line = BudgetLine::new(ItemId(5), Channel::Custom("Newsletter".into()));
    line.amounts[0] = Money(300_00);
    m.budget.lines.push(line);
    m.next_id = 6;
    t.budget.lines[0].amounts[1] = Money(800_00);
    t.name = "Plan 2027 (client)".into();
    let merged = merge(Some(&b), &m, &t);
    assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    let c = &merged.conflicts[0];
    assert_eq!(
        (c.place.section, &c.place.field),
        (Section::Budget, &Field::Budget)
    );
    assert_eq!(
        (&c.mine, &c.theirs),
        (&Shown::Money(Money(700_00)), &Shown::Money(Money(800_00)))
    );
    // The rest of the merge still holds.
    assert_eq!(merged.plan.name, "Plan 2027 (client)");
    assert_eq!(merged.plan.budget, m.budget);
    let theirs = merged
        .resolve(&[Side::Theirs])
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(theirs.budget, t.budget);
}

#[test]
fn conflicting_cells_that_would_exceed_the_total_are_refused_when_mixed() {
    let b = base();
    let (mut m, mut t) = (b.clone(), b.clone());
    m.budget.lines[0].amounts = [Money(500_00), Money(100_00), Money::ZERO];
    t.budget.lines[0].amounts = [Money(100_00), Money(700_00), Money::ZERO];
    let merged = merge(Some(&b), &m, &t);
    assert_eq!(merged.conflicts.len(), 2);
    assert!(merged.resolve(&[Side::Mine, Side::Mine]).is_ok());
    assert_eq!(
        merged.resolve(&[Side::Mine, Side::Theirs]),
        Err(MergeStop::OverTotal {
            total: Money(1_000_00),
            allocated: Money(1_200_00)
        })
    );
}

#[test]
fn without_a_base_every_difference_is_a_choice_and_one_sided_items_stay() {
    let b = base();
    let (mut m, mut t) = (b.clone(), b.clone());
    m.name = "Mine".into();
    t.name = "Theirs".into();
    add_objective(&mut t, "Recrutement");
    let merged = merge(None, &m, &t);
    assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    let c = &merged.conflicts[0];
    assert_eq!(c.place.field, Field::Name);
    assert_eq!(
        (&c.mine, &c.theirs),
        (&Shown::Text("Mine".into()), &Shown::Text("Theirs".into()))
    );
    assert_eq!(titles(&merged.plan), ["Notoriété", "Ventes", "Recrutement"]);
}

#[test]
fn a_new_order_on_one_side_keeps_the_other_sides_new_item_after_its_neighbour() {
    let b = base();
    let (mut m, mut t) = (b.clone(), b.clone());
    m.objectives.reverse();
    let id = ItemId(t.next_id);
    t.objectives
        .insert(1, Objective::new(id, "Fidélité", Rank::Secondary));
    t.next_id += 1;
    let merged = merge(Some(&b), &m, &t);
    assert!(merged.is_clean());
    assert_eq!(titles(&merged.plan), ["Ventes", "Notoriété", "Fidélité"]);
    assert_eq!(merge(Some(&b), &t, &m).plan, merged.plan);
}

#[test]
fn links_merge_as_sets() {
    let b = base();
    let (mut m, mut t) = (b.clone(), b.clone());
    m.budget.lines[0].objectives = vec![ItemId(1), ItemId(2)];
    t.budget.lines[0].objectives = vec![];
    t.actions[0].objectives = vec![ItemId(2)];
    let merged = merge(Some(&b), &m, &t);
    assert!(merged.is_clean(), "{:?}", merged.conflicts);
    assert_eq!(merged.plan.budget.lines[0].objectives, [ItemId(2)]);
    assert_eq!(merged.plan.actions[0].objectives, [ItemId(2)]);
}

#[test]
fn days_moved_apart_on_both_sides_become_choices_that_hold_on_either_side() {
    let b = base();
    let (mut m, mut t) = (b.clone(), b.clone());
    m.actions[0].start = day(3, 20);
    t.actions[0].end = day(3, 10);
    let merged = merge(Some(&b), &m, &t);
    let fields: Vec<&Field> = merged.conflicts.iter().map(|c| &c.place.field).collect();
    assert_eq!(fields, [&Field::End, &Field::Start]);
    assert_eq!(merged.conflicts[0].place.item.as_deref(), Some("Campagne"));
    let end = &merged.conflicts[0];
    assert_eq!(
        (&end.mine, &end.theirs),
        (&Shown::Date(day(3, 31)), &Shown::Date(day(3, 10)))
    );
    assert!(merged.resolve(&[Side::Mine, Side::Mine]).is_ok());
    assert!(merged.resolve(&[Side::Theirs, Side::Theirs]).is_ok());
    assert!(matches!(
        merged.resolve(&[Side::Theirs, Side::Mine]),
        Err(MergeStop::Invalid(_))
    ));
}

#[test]
fn a_value_switched_to_another_kind_is_chosen_whole() {
    use crate::domain::{KpiRef, ObjectiveKpi, Target};
    let mut b = base();
    let mut kpi = ObjectiveKpi::new(KpiRef::Catalogue("conversion_rate".into()));
    kpi.baseline = Some(0.02);
    kpi.target = Some(Target::Value(0.03));
    b.objectives[0].kpis.push(kpi);
    let (mut m, mut t) = (b.clone(), b.clone());
    m.objectives[0].kpis[0].target = Some(Target::Change(0.5));
    t.objectives[0].kpis[0].target = Some(Target::Value(0.04));
    let merged = merge(Some(&b), &m, &t);
    assert_eq!(merged.conflicts.len(), 1);
    let c = &merged.conflicts[0];
    assert_eq!(
        (c.place.item.as_deref(), &c.place.field),
        (Some("Notoriété"), &Field::Target)
    );
    let theirs = merged
        .resolve(&[Side::Theirs])
        .unwrap_or_else(|e| panic!("{e:?}"));
    assert_eq!(
        theirs.objectives[0].kpis[0].target,
        Some(Target::Value(0.04))
    );
}

#[test]
fn a_strategy_elements_name_and_note_changed_on_two_sides_merge() {
    use crate::domain::{StrategyElement, StrategyKind};
    let mut b = base();
    b.strategy_elements.push(StrategyElement {
        id: ItemId(5),
        kind: StrategyKind::Custom("Réseau local".into()),
        note: String::new(),
    });
    b.next_id = 6;
    let (mut m, mut t) = (b.clone(), b.clone());
    m.strategy_elements[0].kind = StrategyKind::Custom("Réseau régional".into());
    t.strategy_elements[0].note = "Via les commerçants".into();
    let merged = merge(Some(&b), &m, &t);
    assert!(merged.is_clean(), "{:?}", merged.conflicts);
    let e = &merged.plan.strategy_elements[0];
    assert_eq!(e.kind, StrategyKind::Custom("Réseau régional".into()));
    assert_eq!(e.note, "Via les commerçants");
}
