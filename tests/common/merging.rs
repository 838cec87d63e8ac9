//! Random edits of a plan, as a device makes them offline, for the merge's
//! property tests: each edit picks its items by position among those the
//! plan has when it applies, and goes through the plan's commands (an edit
//! a command refuses changes nothing).

use cap::domain::{
    apply,
    budget::{Channel, Fee, Qty, Rate, TimeUnit},
    examples, Action, BudgetLine, Command, CustomKpi, ItemId, KpiRef, Lang, LineEdit, Links,
    Measurement, Money, Objective, ObjectiveEdit, ObjectiveKpi, Plan, Rank, StrategyElement,
    StrategyKind, Target,
};
use chrono::{Duration, NaiveDate};
use proptest::prelude::*;

/// One edit, its items picked by position (modulo the list's length).
#[derive(Clone, Debug)]
pub enum Edit {
    Name(String),
    Client(String),
    /// The total, in percent of what it is.
    Total(i64),
    /// A cell, in percent of what it is (of 1% of the total when empty).
    Cell(usize, usize, i64),
    Lock(usize, usize, bool),
    /// A line, amounts in thousandths of the total.
    AddLine(String, [i64; 3]),
    RemoveLine(usize),
    LinkLine(usize, Vec<usize>),
    AddObjective(String),
    RemoveObjective(usize),
    RenameObjective(usize, String),
    MoveObjective(usize, usize),
    Rank(usize, bool),
    Target(usize, f64),
    AddAction(String, i64, i64, Option<usize>),
    RemoveAction(usize),
    ShiftAction(usize, i64, i64),
    AddElement(String),
    RemoveElement(usize),
    Note(usize, String),
    /// A rate's price, in percent of what it is.
    Price(usize, i64),
    AddRate(String, i64),
    RemoveRate(usize),
    /// A line's fee: a rate and hundredths of days or hours.
    Fee(usize, usize, u32),
    Measure(usize, i64),
    RemoveMeasurement(usize),
    AddKpi(String),
    /// A custom KPI now measures an objective.
    UseKpi(usize, usize),
    RemoveKpi(usize),
}

fn word() -> impl Strategy<Value = String> {
    "[A-Za-zé]{1,6}( [a-z]{1,5})?"
}

/// Any edit.
pub fn arb_edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        word().prop_map(Edit::Name),
        word().prop_map(Edit::Client),
        (80i64..160).prop_map(Edit::Total),
        (0usize..8, 0usize..3, 0i64..140).prop_map(|(l, h, m)| Edit::Cell(l, h, m)),
        (0usize..8, 0usize..3, any::<bool>()).prop_map(|(l, h, b)| Edit::Lock(l, h, b)),
        (word(), prop::array::uniform3(0i64..40)).prop_map(|(c, a)| Edit::AddLine(c, a)),
        (0usize..8).prop_map(Edit::RemoveLine),
        (0usize..8, prop::collection::vec(0usize..8, 0..3)).prop_map(|(l, o)| Edit::LinkLine(l, o)),
        word().prop_map(Edit::AddObjective),
        (0usize..8).prop_map(Edit::RemoveObjective),
        (0usize..8, word()).prop_map(|(i, t)| Edit::RenameObjective(i, t)),
        (0usize..8, 0usize..8).prop_map(|(i, to)| Edit::MoveObjective(i, to)),
        (0usize..8, any::<bool>()).prop_map(|(i, p)| Edit::Rank(i, p)),
        (0usize..8, 0.0f64..0.5).prop_map(|(i, v)| Edit::Target(i, v)),
        (word(), 0i64..300, 0i64..40, prop::option::of(0usize..8))
            .prop_map(|(t, s, l, line)| Edit::AddAction(t, s, l, line)),
        (0usize..12).prop_map(Edit::RemoveAction),
        (0usize..12, -20i64..20, -20i64..20).prop_map(|(i, s, e)| Edit::ShiftAction(i, s, e)),
        word().prop_map(Edit::AddElement),
        (0usize..6).prop_map(Edit::RemoveElement),
        (0usize..6, word()).prop_map(|(i, n)| Edit::Note(i, n)),
        (0usize..4, 50i64..150).prop_map(|(i, pct)| Edit::Price(i, pct)),
        (word(), 1i64..200_000).prop_map(|(r, p)| Edit::AddRate(r, p)),
        (0usize..4).prop_map(Edit::RemoveRate),
        (0usize..8, 0usize..4, 0u32..1_000).prop_map(|(l, r, q)| Edit::Fee(l, r, q)),
        (0usize..8, 0i64..200).prop_map(|(o, d)| Edit::Measure(o, d)),
        (0usize..20).prop_map(Edit::RemoveMeasurement),
        word().prop_map(Edit::AddKpi),
        (0usize..8, 0usize..4).prop_map(|(o, k)| Edit::UseKpi(o, k)),
        (0usize..4).prop_map(Edit::RemoveKpi),
    ]
}

/// A few edits.
pub fn arb_edits() -> impl Strategy<Value = Vec<Edit>> {
    prop::collection::vec(arb_edit(), 0..8)
}

/// One of the example plans, as the app builds it.
pub fn arb_example() -> impl Strategy<Value = Plan> {
    let today = NaiveDate::from_ymd_opt(2027, 3, 15).unwrap_or_default();
    prop::sample::select(examples::Example::ALL.to_vec())
        .prop_map(move |e| examples::build(e, Lang::Fr, today))
}

fn pick<T>(list: &[T], i: usize) -> Option<&T> {
    (!list.is_empty()).then(|| &list[i % list.len()])
}

/// `plan` after `edits`.
pub fn edited(plan: &Plan, edits: &[Edit]) -> Plan {
    let mut p = plan.clone();
    for e in edits {
        if let Some(command) = command(&p, e) {
            let _ = apply(&mut p, command);
        }
    }
    p
}

fn command(p: &Plan, e: &Edit) -> Option<Command> {
    let next = ItemId(p.next_id);
    let total = p.budget.total.0;
    let line = |i| pick(&p.budget.lines, i).map(|l| l.id);
    let objective = |i| pick(&p.objectives, i);
    let action = |i| pick(&p.actions, i);
    let horizon = |h: usize| cap::domain::Horizon::ALL[h % 3];
    Some(match e {
        Edit::Name(n) => Command::SetName(n.clone()),
        Edit::Client(c) => Command::SetClient(c.clone()),
        Edit::Total(pct) => Command::SetBudgetTotal(Money(total * pct / 100)),
        Edit::Cell(l, h, pct) => {
            let id = line(*l)?;
            let now = p.line(id)?.amounts[h % 3].0;
            Command::SetCell {
                line: id,
                horizon: horizon(*h),
                amount: Money(if now == 0 { total / 100 } else { now } * pct / 100),
            }
        }
        Edit::Lock(l, h, locked) => Command::SetCellLocked {
            line: line(*l)?,
            horizon: horizon(*h),
            locked: *locked,
        },
        Edit::AddLine(c, a) => {
            let mut l = BudgetLine::new(next, Channel::Custom(c.clone()));
            l.amounts = a.map(|m| Money(total * m / 1000));
            Command::InsertBudgetLine {
                index: p.budget.lines.len(),
                line: l,
                links: Links::default(),
            }
        }
        Edit::RemoveLine(l) => Command::RemoveBudgetLine(line(*l)?),
        Edit::LinkLine(l, os) => {
            let mut ids: Vec<ItemId> = os
                .iter()
                .filter_map(|o| objective(*o).map(|o| o.id))
                .collect();
            ids.dedup();
            Command::EditBudgetLine(line(*l)?, LineEdit::Objectives(ids))
        }
        Edit::AddObjective(t) => Command::InsertObjective {
            index: p.objectives.len(),
            objective: Objective::new(next, t, Rank::Secondary),
            links: Links::default(),
        },
        Edit::RemoveObjective(i) => Command::RemoveObjective(objective(*i)?.id),
        Edit::RenameObjective(i, t) => {
            Command::EditObjective(objective(*i)?.id, ObjectiveEdit::Title(t.clone()))
        }
        Edit::MoveObjective(i, to) => Command::MoveObjective {
            id: objective(*i)?.id,
            to: to % p.objectives.len().max(1),
        },
        Edit::Rank(i, priority) => Command::EditObjective(
            objective(*i)?.id,
            ObjectiveEdit::Rank(if *priority {
                Rank::Priority
            } else {
                Rank::Secondary
            }),
        ),
        Edit::Target(i, v) => {
            let o = objective(*i)?;
            let kpi = o.kpis.first()?.kpi.clone();
            Command::EditObjective(o.id, ObjectiveEdit::Target(kpi, Some(Target::Change(*v))))
        }
        Edit::AddAction(t, start, len, l) => {
            let day = p.period.start + Duration::days(*start);
            let mut a = Action::new(next, t, day);
            a.end = day + Duration::days(*len);
            a.budget_line = l.and_then(line);
            Command::InsertAction {
                index: p.actions.len(),
                action: Box::new(a),
            }
        }
        Edit::RemoveAction(i) => Command::RemoveAction(action(*i)?.id),
        Edit::ShiftAction(i, s, e) => {
            let mut a = action(*i)?.clone();
            a.start += Duration::days(*s);
            a.end += Duration::days(*e);
            Command::UpdateAction(Box::new(a))
        }
        Edit::AddElement(n) => Command::InsertStrategyElement {
            index: p.strategy_elements.len(),
            element: StrategyElement {
                id: next,
                kind: StrategyKind::Custom(n.clone()),
                note: String::new(),
            },
            links: Links::default(),
        },
        Edit::RemoveElement(i) => {
            Command::RemoveStrategyElement(pick(&p.strategy_elements, *i)?.id)
        }
        Edit::Price(i, pct) => {
            let mut rates = p.budget.rates.clone();
            let r = rates.get_mut(i % p.budget.rates.len().max(1))?;
            r.price = Money(r.price.0 * pct / 100);
            Command::SetRates(rates)
        }
        Edit::AddRate(role, price) => {
            let mut rates = p.budget.rates.clone();
            rates.push(Rate {
                id: next,
                role: role.clone(),
                unit: TimeUnit::default(),
                price: Money(*price),
            });
            Command::SetRates(rates)
        }
        Edit::RemoveRate(i) => {
            let gone = pick(&p.budget.rates, *i)?.id;
            let rates = p
                .budget
                .rates
                .iter()
                .filter(|r| r.id != gone)
                .cloned()
                .collect();
            Command::SetRates(rates)
        }
        Edit::Fee(l, r, q) => Command::SetLineFee {
            line: line(*l)?,
            fee: Some(Fee {
                rate: pick(&p.budget.rates, *r)?.id,
                quantity: Qty(*q),
            }),
        },
        Edit::Measure(o, d) => {
            let o = objective(*o)?;
            let k = o.kpis.first()?;
            Command::InsertMeasurement {
                index: p.measurements.len(),
                measurement: Measurement {
                    id: next,
                    kpi: k.kpi.clone(),
                    objective: Some(o.id),
                    date: p.period.start + Duration::days(*d),
                    value: k.baseline.unwrap_or(0.0),
                },
            }
        }
        Edit::RemoveMeasurement(i) => Command::RemoveMeasurement(pick(&p.measurements, *i)?.id),
        Edit::AddKpi(name) => Command::InsertCustomKpi {
            index: p.custom_kpis.len(),
            kpi: CustomKpi {
                id: next,
                name: name.clone(),
                unit: Default::default(),
                direction: Default::default(),
                definition: String::new(),
            },
        },
        Edit::UseKpi(o, k) => {
            let o = objective(*o)?;
            let mut kpis = o.kpis.clone();
            kpis.push(ObjectiveKpi::new(KpiRef::Custom(
                pick(&p.custom_kpis, *k)?.id,
            )));
            Command::EditObjective(o.id, ObjectiveEdit::Kpis(kpis))
        }
        Edit::RemoveKpi(k) => Command::RemoveCustomKpi(pick(&p.custom_kpis, *k)?.id),
        Edit::Note(i, n) => Command::SetStrategyNote(pick(&p.strategy_elements, *i)?.id, n.clone()),
    })
}
