//! A sector's table turned into one command on the open plan.

use super::{Chan, Sector};
use crate::domain::{
    budget::{split, Channel},
    strategy, Action, BudgetLine, Command, ItemId, KpiRef, Lang, Links, Money, Objective,
    ObjectiveKpi, Period, Plan, Recurrence, StrategyElement, StrategyKind,
};
use chrono::{Duration, Months, NaiveDate};

/// Whether `plan` has nothing a starter would add to: no strategy element,
/// objective, budget line or action.
pub fn is_blank(plan: &Plan) -> bool {
    plan.strategy_elements.is_empty()
        && plan.objectives.is_empty()
        && plan.budget.lines.is_empty()
        && plan.actions.is_empty()
}

/// The amount a starter splits over its budget lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Basis {
    /// What the plan's total leaves unallocated.
    PlanTotal(Money),
    /// The plan has no total: the sector's usual one, which becomes the
    /// plan's total.
    Default(Money),
}

impl Basis {
    /// The amount split.
    pub fn amount(self) -> Money {
        match self {
            Basis::PlanTotal(m) | Basis::Default(m) => m,
        }
    }
}

/// What `sector`'s budget split would share out in `plan`.
pub fn budget_basis(plan: &Plan, sector: Sector) -> Basis {
    let total = plan.budget.total;
    if total.0 > 0 {
        Basis::PlanTotal(Money((total.0 - plan.budget.allocated().0).max(0)))
    } else {
        Basis::Default(Money(sector.default_total() * unit(plan)))
    }
}

/// One major unit of the plan's currency, in minor units.
fn unit(plan: &Plan) -> i64 {
    10_i64.pow(plan.currency.minor_digits())
}

/// The day a twelve-month plan's `day` falls on in `period`: the same
/// day when the period lasts a year or more (held to its end), drawn
/// closer in proportion when it is shorter.
fn place(period: Period, day: NaiveDate) -> NaiveDate {
    let start = period.start;
    let year_end = Period::one_year_from(start).end;
    if period.end >= year_end {
        return day.clamp(start, period.end);
    }
    let full = (year_end - start).num_days().max(1);
    let offset = (day - start).num_days().clamp(0, full);
    let len = (period.end - start).num_days();
    start + Duration::days(offset * len / full)
}

fn month(period: Period, months: u32) -> NaiveDate {
    period
        .start
        .checked_add_months(Months::new(months))
        .unwrap_or(period.start)
}

/// The ids at `indexes` of `ids` (the tables' links between items).
fn pick(ids: &[ItemId], indexes: &[usize]) -> Vec<ItemId> {
    indexes
        .iter()
        .filter_map(|i| ids.get(*i).copied())
        .collect()
}

/// Everything `sector` brings, written in `lang`, added to `plan` as one
/// command (one undo step). When the plan has no total, the sector's usual
/// one becomes its total; the budget lines share out exactly what the
/// total leaves unallocated (largest remainder), and every date falls
/// inside the plan's period. A strategy element the plan already has is
/// reused rather than added twice.
pub fn apply(plan: &Plan, sector: Sector, lang: Lang) -> Command {
    let t = sector.table();
    let period = plan.period;
    let mut next = plan.next_id;
    let mut id = move || {
        let i = ItemId(next);
        next += 1;
        i
    };
    let mut commands = Vec::new();
    let basis = budget_basis(plan, sector);
    if let Basis::Default(total) = basis {
        commands.push(Command::SetBudgetTotal(total));
    }
    if plan.sector.trim().is_empty() {
        commands.push(Command::SetSector(t.sector.get(lang).to_string()));
    }

    let mut elements = Vec::new();
    for e in t.elements {
        if let Some(have) = strategy::chosen(plan, e.key) {
            elements.push(have.id);
            continue;
        }
        let element = StrategyElement {
            id: id(),
            kind: StrategyKind::Catalogue(e.key.to_string()),
            note: e.note.get(lang).to_string(),
        };
        elements.push(element.id);
        commands.push(Command::InsertStrategyElement {
            index: usize::MAX,
            element,
            links: Links::default(),
        });
    }

    let mut objectives = Vec::new();
    for o in t.objectives {
        let mut objective = Objective::new(id(), o.title.get(lang), o.rank);
        objective.template = o.template.map(str::to_string);
        objective.strategy_elements = pick(&elements, o.elements);
        objective.statement = o.statement.get(lang).to_string();
        objective.kpis = o
            .kpis
            .iter()
            .map(|k| ObjectiveKpi::new(KpiRef::Catalogue(k.to_string())))
            .collect();
        let deadline = if o.months >= 12 {
            period.end
        } else {
            place(period, month(period, o.months) - Duration::days(1))
        };
        objective.deadline = Some(deadline.max(period.start));
        objective.rationale = o.why.get(lang).to_string();
        objectives.push(objective.id);
        commands.push(Command::InsertObjective {
            index: usize::MAX,
            objective,
            links: Links::default(),
        });
    }

    let weights: Vec<u64> = t.lines.iter().flat_map(|l| l.pct).collect();
    let cells = split(basis.amount().0, &weights);
    let mut lines = Vec::new();
    for (i, l) in t.lines.iter().enumerate() {
        let channel = match &l.channel {
            Chan::Key(k) => Channel::Catalogue(k.to_string()),
            Chan::Own(name) => Channel::Custom(name.get(lang).to_string()),
        };
        let mut line = BudgetLine::new(id(), channel);
        line.amounts = [0, 1, 2].map(|h| Money(cells.get(i * 3 + h).copied().unwrap_or(0)));
        line.delivery = l.delivery;
        line.tier = l.tier;
        line.cost = l.cost;
        line.objectives = pick(&objectives, l.objectives);
        lines.push((line.id, line.total(), line.delivery));
        commands.push(Command::InsertBudgetLine {
            index: usize::MAX,
            line,
            links: Links::default(),
        });
    }

    let unit = unit(plan);
    for a in t.actions {
        let start = place(
            period,
            month(period, a.at.0) + Duration::days(i64::from(a.at.1.clamp(1, 28)) - 1),
        );
        let mut action = Action::new(id(), a.title.get(lang), start);
        action.end = (start + Duration::days(a.days.max(1) - 1)).min(period.end);
        action.description = a.note.get(lang).to_string();
        action.importance = a.importance;
        action.horizon = Some(a.horizon);
        action.recurrence = a.every.map(|every| Recurrence { every, until: None });
        action.objectives = pick(&objectives, a.objectives);
        if let Some((line, total, delivery)) = a.line.and_then(|l| lines.get(l).copied()) {
            action.budget_line = Some(line);
            action.delivery = delivery;
            let share = i128::from(total.0) * i128::from(a.cost_pct) / 100;
            let whole = share / i128::from(unit) * i128::from(unit);
            action.cost = Money(i64::try_from(whole).unwrap_or(0));
        }
        commands.push(Command::InsertAction {
            index: usize::MAX,
            action: Box::new(action),
        });
    }
    Command::Batch(commands)
}
