//! The comparison of two versions of a plan, on generated plans: a plan
//! has no change from itself, one edited field is reported once with its
//! figures, a new order is no change, and what is added or removed is
//! exactly what the ids say.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use cap::{
    domain::{
        diff::{diff, summary, Change, Days, Section},
        examples::{build, Example},
        *,
    },
    i18n::{diff::SwissFigures, texts},
};
use common::*;
use proptest::prelude::*;
use std::collections::BTreeSet;

/// One edit of one field, at an index taken modulo the list's length.
#[derive(Clone, Debug)]
enum Edit {
    Name(String),
    Total(i64),
    Cell(usize, usize, i64),
    MoveAction(usize, i64),
    Status(usize),
    Deadline(usize, i64),
    RemoveObjective(usize),
    RemoveLine(usize),
}

fn arb_edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        arb_text(30).prop_map(Edit::Name),
        (1i64..1_000_000).prop_map(Edit::Total),
        (0usize..8, 0usize..3, 1i64..1_000_000).prop_map(|(i, h, d)| Edit::Cell(i, h, d)),
        (0usize..8, prop_oneof![-8i64..0, 1i64..8]).prop_map(|(i, w)| Edit::MoveAction(i, w)),
        (0usize..8).prop_map(Edit::Status),
        (0usize..8, 1i64..60).prop_map(|(i, d)| Edit::Deadline(i, d)),
        (0usize..8).prop_map(Edit::RemoveObjective),
        (0usize..8).prop_map(Edit::RemoveLine),
    ]
}

/// `plan` with `edit` made, and the changes that edit must show; `None`
/// when the plan has nothing to edit that way.
fn edited(plan: &Plan, edit: &Edit) -> Option<(Plan, Vec<Change>)> {
    let mut p = plan.clone();
    let pick = |len: usize, i: usize| (len > 0).then(|| i % len);
    let expected = match edit.clone() {
        Edit::Name(to) if to != plan.name => {
            p.name = to.clone();
            vec![Change::Name {
                from: plan.name.clone(),
                to,
            }]
        }
        Edit::Name(_) => return None,
        Edit::Total(more) => {
            p.budget.total = Money(plan.budget.total.0 + more);
            vec![Change::BudgetTotal {
                from: plan.budget.total,
                to: p.budget.total,
            }]
        }
        Edit::Cell(i, h, more) => {
            let i = pick(p.budget.lines.len(), i)?;
            let line = &mut p.budget.lines[i];
            let from = line.amounts[h];
            line.amounts[h] = Money(from.0 + more);
            vec![
                Change::Cell {
                    id: line.id,
                    channel: line.channel.clone(),
                    horizon: Horizon::ALL[h],
                    from,
                    to: line.amounts[h],
                },
                Change::Allocated {
                    from: plan.budget.allocated(),
                    to: Money(plan.budget.allocated().0 + more),
                },
            ]
        }
        Edit::MoveAction(i, weeks) => {
            let i = pick(p.actions.len(), i)?;
            let was = &plan.actions[i];
            p.actions[i] = was.shifted(weeks)?;
            let days = |a: &Action| Days {
                start: a.start,
                end: a.end,
            };
            vec![Change::ActionMoved {
                id: was.id,
                title: was.title.clone(),
                from: days(was),
                to: days(&p.actions[i]),
            }]
        }
        Edit::Status(i) => {
            let i = pick(p.actions.len(), i)?;
            let a = &mut p.actions[i];
            a.status = ActionStatus::Done;
            (plan.actions[i].status != ActionStatus::Done).then_some(())?;
            vec![Change::ActionStatus {
                id: a.id,
                title: a.title.clone(),
                from: plan.actions[i].status,
                to: ActionStatus::Done,
            }]
        }
        Edit::Deadline(i, days) => {
            let i = pick(p.objectives.len(), i)?;
            let o = &mut p.objectives[i];
            o.deadline = o.deadline.map(|d| d + chrono::Duration::days(days));
            vec![Change::ObjectiveDeadline {
                id: o.id,
                title: o.title.clone(),
                from: plan.objectives[i].deadline,
                to: o.deadline,
            }]
        }
        Edit::RemoveObjective(i) => {
            let o = p.objectives.remove(pick(p.objectives.len(), i)?);
            vec![Change::ObjectiveRemoved {
                id: o.id,
                title: o.title,
            }]
        }
        Edit::RemoveLine(i) => {
            let l = p.budget.lines.remove(pick(p.budget.lines.len(), i)?);
            let mut out = vec![Change::LineRemoved {
                id: l.id,
                channel: l.channel.clone(),
                total: l.total(),
            }];
            if l.total() != Money::ZERO {
                out.push(Change::Allocated {
                    from: plan.budget.allocated(),
                    to: p.budget.allocated(),
                });
            }
            out
        }
    };
    Some((p, expected))
}

/// The ids `changes` says were added or removed by `added`/`removed`.
fn ids(changes: &[Change], pick: impl Fn(&Change) -> Option<ItemId>) -> BTreeSet<ItemId> {
    changes.iter().filter_map(pick).collect()
}

fn minus(a: impl Iterator<Item = ItemId>, b: impl Iterator<Item = ItemId>) -> BTreeSet<ItemId> {
    let b: BTreeSet<ItemId> = b.collect();
    a.filter(|id| !b.contains(id)).collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// A version compared with itself, after any edits, has no change, and
    /// so no sentence.
    #[test]
    fn a_plan_has_no_change_from_itself(
        start in arb_plan(),
        commands in prop::collection::vec(arb_command(), 0..12),
    ) {
        let mut p = start;
        for c in commands {
            let _ = apply(&mut p, c);
        }
        prop_assert_eq!(diff(&p, &p.clone()), vec![]);
        prop_assert_eq!(summary(&[]).total(), 0);
    }

    /// One field edited is reported once, with the figures it had and has.
    #[test]
    fn one_edited_field_is_reported_once_with_its_figures(
        plan in arb_plan(),
        edit in arb_edit(),
    ) {
        if let Some((after, expected)) = edited(&plan, &edit) {
            let changes = diff(&plan, &after);
            prop_assert_eq!(&changes, &expected);
            for lang in Lang::ALL {
                let t = texts(lang).diff();
                for c in &changes {
                    let text = t.sentence(c, &plan.currency, &after.currency, &SwissFigures(lang));
                    prop_assert!(!text.trim().is_empty());
                }
            }
        }
    }

    /// Items in another order are the same items: no change, never a
    /// removal and an addition.
    #[test]
    fn a_new_order_is_no_change(plan in arb_plan(), turn in 0usize..6) {
        let mut q = plan.clone();
        let turn_of = |len: usize| if len == 0 { 0 } else { turn % len };
        let n = turn_of(q.objectives.len());
        q.objectives.rotate_left(n);
        let n = turn_of(q.budget.lines.len());
        q.budget.lines.rotate_left(n);
        let n = turn_of(q.actions.len());
        q.actions.rotate_right(n);
        q.strategy_elements.reverse();
        q.measurements.reverse();
        prop_assert_eq!(diff(&plan, &q), vec![]);
    }

    /// After any edits, what the comparison says was added or removed is
    /// exactly what the ids say, and the summary counts every change.
    #[test]
    fn what_is_added_or_removed_is_what_the_ids_say(
        start in arb_plan(),
        commands in prop::collection::vec(arb_command(), 1..20),
    ) {
        let mut after = start.clone();
        for c in commands {
            let _ = apply(&mut after, c);
        }
        let changes = diff(&start, &after);
        let objective_ids = |p: &Plan| p.objectives.iter().map(|o| o.id).collect::<Vec<_>>();
        let line_ids = |p: &Plan| p.budget.lines.iter().map(|l| l.id).collect::<Vec<_>>();
        let action_ids = |p: &Plan| p.actions.iter().map(|a| a.id).collect::<Vec<_>>();
        let (b, a) = (&start, &after);
        prop_assert_eq!(
            ids(&changes, |c| match c { Change::ObjectiveAdded { id, .. } => Some(*id), _ => None }),
            minus(objective_ids(a).into_iter(), objective_ids(b).into_iter())
        );
        prop_assert_eq!(
            ids(&changes, |c| match c { Change::ObjectiveRemoved { id, .. } => Some(*id), _ => None }),
            minus(objective_ids(b).into_iter(), objective_ids(a).into_iter())
        );
        prop_assert_eq!(
            ids(&changes, |c| match c { Change::LineRemoved { id, .. } => Some(*id), _ => None }),
            minus(line_ids(b).into_iter(), line_ids(a).into_iter())
        );
        prop_assert_eq!(
            ids(&changes, |c| match c { Change::ActionAdded { id, .. } => Some(*id), _ => None }),
            minus(action_ids(a).into_iter(), action_ids(b).into_iter())
        );
        let allocated = changes.iter().find_map(|c| match c {
            Change::Allocated { from, to } => Some((*from, *to)),
            _ => None,
        });
        let (was, is) = (b.budget.allocated(), a.budget.allocated());
        prop_assert_eq!(allocated, (was != is).then_some((was, is)));
        let s = summary(&changes);
        prop_assert_eq!(s.total(), changes.len());
        let sections: Vec<_> = changes.iter().map(Change::section).collect();
        prop_assert!(sections.windows(2).all(|w| w[0] <= w[1]), "{:?}", sections);
    }
}

fn shop(lang: Lang) -> Plan {
    build(Example::Shop, lang, day(2027, 3, 12))
}

#[test]
fn items_in_another_order_are_no_change() {
    for which in Example::ALL {
        let p = build(which, Lang::En, day(2027, 3, 12));
        let mut q = p.clone();
        q.objectives.reverse();
        q.budget.lines.reverse();
        q.actions.reverse();
        q.strategy_elements.reverse();
        q.measurements.reverse();
        q.custom_kpis.reverse();
        q.objectives[0].kpis.reverse();
        assert_eq!(diff(&p, &q), vec![], "{which:?}");
    }
}

#[test]
fn the_changes_come_section_by_section_and_are_counted_so() {
    let p = shop(Lang::Fr);
    let mut q = p.clone();
    q.measurements.clear();
    q.strategy_elements.clear();
    q.actions[0].status = ActionStatus::Cancelled;
    q.budget.lines[0].amounts[2] = Money(0);
    q.objectives[1].title = "Autre".into();
    q.client = "Vélo Léman SA".into();
    let changes = diff(&p, &q);
    let sections: Vec<Section> = changes.iter().map(Change::section).collect();
    let mut sorted = sections.clone();
    sorted.sort();
    assert_eq!(sections, sorted, "{changes:?}");
    let s = summary(&changes);
    assert_eq!(s.count(Section::Plan), 1);
    assert_eq!(s.count(Section::Objectives), 1);
    assert_eq!(
        s.count(Section::Budget),
        2,
        "the cell and the allocated total"
    );
    assert_eq!(s.count(Section::Actions), 1);
    assert_eq!(s.count(Section::Strategy), p.strategy_elements.len());
    assert_eq!(s.count(Section::Measurements), 1);
    assert_eq!(s.total(), changes.len());
    assert_eq!(s.sections().count(), 6);
    let mut only = p.clone();
    only.name = "Autre nom".into();
    let one = summary(&diff(&p, &only));
    assert_eq!(one.sections().collect::<Vec<_>>(), vec![(Section::Plan, 1)]);
}

#[test]
fn an_example_plan_changed_reads_as_sentences_with_its_figures() {
    let p = shop(Lang::Fr);
    let mut q = p.clone();
    let seo = q.budget.lines[0].id;
    apply(
        &mut q,
        Command::SetCell {
            line: seo,
            horizon: Horizon::Immediate,
            amount: Money(170_000),
        },
    )
    .expect("below the total");
    q.objectives[1].kpis[0].target = Some(Target::Value(30.0));
    let changes = diff(&p, &q);
    let say = |lang| -> Vec<String> {
        let t = texts(lang).diff();
        changes
            .iter()
            .map(|c| t.sentence(c, &p.currency, &q.currency, &SwissFigures(lang)))
            .collect()
    };
    assert_eq!(
        say(Lang::Fr),
        [
            "Objectif «\u{202f}Conquérir de nouveaux acheteurs\u{202f}», Nouveaux clients\u{202f}: \
             cible 24 → 30 par mois",
            "Référencement naturel (SEO) · immédiat\u{202f}: CHF\u{a0}2'000.– → CHF\u{a0}1'700.–",
            "Total alloué\u{202f}: CHF\u{a0}50'000.– → CHF\u{a0}49'700.–",
        ]
    );
    assert_eq!(
        say(Lang::En)[1],
        "Search engine optimisation (SEO) · immediate: CHF\u{a0}2'000.– → CHF\u{a0}1'700.–"
    );
    let overview = texts(Lang::Fr).diff().overview(&summary(&changes));
    assert_eq!(
        overview,
        "1 changement dans les objectifs, 2 dans le budget"
    );
}
