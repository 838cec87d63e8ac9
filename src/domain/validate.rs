//! Validation of a whole plan: one pure function, used for imported files,
//! stored data and forms alike. It returns every problem with its field path.

use crate::domain::{
    budget::{self, Channel},
    catalogue, smart, ItemId, KpiRef, Money, Plan, StrategyKind, Target,
};
use std::collections::HashSet;

mod branding;
mod quotes;

/// Limits on what a plan may hold. Generous for real use, tight enough that a
/// hostile file cannot make the app crawl.
pub mod limits {
    /// Plan name, in characters.
    pub const NAME: usize = 120;
    /// Client, sector, titles, owners.
    pub const SHORT_TEXT: usize = 300;
    /// Context, strategy, statements, notes.
    pub const LONG_TEXT: usize = 20_000;
    /// Items in any one section.
    pub const ITEMS: usize = 20_000;
    /// Largest magnitude of a measured value or target.
    pub const VALUE: f64 = 1e15;
    /// KPIs measuring one objective.
    pub const KPIS_PER_OBJECTIVE: usize = 20;
    /// Links from one item to others: the strategy elements an objective
    /// serves, the objectives a budget line or an action serves.
    pub const LINKS: usize = 100;
    /// A catalogue key (KPI, strategy element, channel): the catalogue's
    /// are under 40 characters; a longer unknown one is only a warning.
    pub const KEY: usize = 100;
    /// Largest `next_id`, so every id is below it: a billion items is far
    /// beyond any plan, and `next_id` can always move past the last one.
    pub const MAX_ID: u32 = 1_000_000_000;
}

/// How bad a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Severity {
    /// The plan cannot be accepted as it is (an import is refused).
    Error,
    /// Shown as advice; does not block anything.
    Warning,
}

/// What is wrong.
#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    /// A required text is empty.
    Empty,
    /// A text is longer than allowed.
    TooLong {
        /// Limit in characters.
        max: usize,
    },
    /// A section has more items than allowed.
    TooManyItems {
        /// Limit.
        max: usize,
    },
    /// An end date before its start date.
    EndBeforeStart,
    /// A date outside the years a plan may hold
    /// ([`crate::domain::dates::FIRST_YEAR`] to
    /// [`crate::domain::dates::LAST_YEAR`]).
    DateOutOfRange,
    /// A negative or absurdly large amount.
    AmountOutOfRange,
    /// A number that is NaN, infinite or absurdly large.
    NumberOutOfRange,
    /// Two items share an id.
    DuplicateId(ItemId),
    /// A reference to an item that does not exist.
    UnknownReference(ItemId),
    /// An id not below `next_id`, which would be handed out again.
    IdNotBelowNext(ItemId),
    /// A date outside the plan period (a warning).
    OutsidePeriod,
    /// A catalogue key this version of the app does not know (a warning).
    UnknownKey(String),
    /// Not [`smart::PRIORITY_RANGE`] priority objectives, as the method asks
    /// (a warning).
    PriorityCount(usize),
    /// The budget lines add up to more than the total.
    OverBudget {
        /// By how much.
        excess: Money,
    },
}

/// One problem, with the path of the field it concerns (`plan.budget.total`).
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    /// Field path, such as `plan.objectives[2].title`.
    pub path: String,
    /// What is wrong.
    pub kind: ProblemKind,
    /// Whether it blocks.
    pub severity: Severity,
}

struct Checker<'a> {
    plan: &'a Plan,
    problems: Vec<Problem>,
    ids: HashSet<ItemId>,
}

impl Checker<'_> {
    fn error(&mut self, path: impl Into<String>, kind: ProblemKind) {
        self.problems.push(Problem {
            path: path.into(),
            kind,
            severity: Severity::Error,
        });
    }

    fn text(&mut self, path: impl Into<String>, text: &str, max: usize) {
        if text.chars().count() > max {
            self.error(path, ProblemKind::TooLong { max });
        }
    }

    /// A text that must not be blank (commands refuse blank ones, so a
    /// stored plan must not hold one either).
    fn required(&mut self, path: impl Into<String>, text: &str) {
        if text.trim().is_empty() {
            self.error(path, ProblemKind::Empty);
        }
    }

    fn money(&mut self, path: impl Into<String>, amount: Money) {
        if !amount.is_in_range(&self.plan.currency) {
            self.error(path, ProblemKind::AmountOutOfRange);
        }
    }

    /// A value in its KPI's unit: finite, and within what the KPI allows (a
    /// rate between 0 and 100%), as the commands require, so that whatever
    /// is stored can also be removed and put back by undo.
    fn kpi_value(&mut self, path: String, kpi: &KpiRef, value: Option<f64>) {
        let Some(v) = value else { return };
        let in_bounds =
            crate::domain::smart::kpi_meta(self.plan, kpi).is_none_or(|m| m.bounds.contains(v));
        if !v.is_finite() || v.abs() > limits::VALUE || !in_bounds {
            self.error(path, ProblemKind::NumberOutOfRange);
        }
    }

    /// A date inside the range a plan may hold.
    fn date(&mut self, path: impl Into<String>, day: chrono::NaiveDate) -> bool {
        let ok = crate::domain::dates::in_range(day);
        if !ok {
            self.error(path, ProblemKind::DateOutOfRange);
        }
        ok
    }

    fn count(&mut self, path: &str, len: usize) {
        if len > limits::ITEMS {
            self.error(path, ProblemKind::TooManyItems { max: limits::ITEMS });
        }
    }

    /// A nested list: at most `max` items.
    fn nested(&mut self, path: String, len: usize, max: usize) {
        if len > max {
            self.error(path, ProblemKind::TooManyItems { max });
        }
    }

    fn id(&mut self, path: String, id: ItemId) {
        if !self.ids.insert(id) {
            self.error(format!("{path}.id"), ProblemKind::DuplicateId(id));
        }
        if id.0 >= self.plan.next_id {
            self.error(format!("{path}.id"), ProblemKind::IdNotBelowNext(id));
        }
    }

    fn warning(&mut self, path: impl Into<String>, kind: ProblemKind) {
        self.problems.push(Problem {
            path: path.into(),
            kind,
            severity: Severity::Warning,
        });
    }

    /// A catalogue key: at most [`limits::KEY`] characters (error); one
    /// this version does not know (`known` false) is only a warning.
    fn key(&mut self, path: String, key: &str, known: impl FnOnce(&str) -> bool) {
        if key.chars().count() > limits::KEY {
            self.error(path, ProblemKind::TooLong { max: limits::KEY });
        } else if !known(key) {
            self.warning(path, ProblemKind::UnknownKey(key.to_string()));
        }
    }

    /// A KPI reference: a custom one must exist (error); an unknown
    /// catalogue key is only a warning, the objective still reads.
    fn kpi(&mut self, path: String, kpi: &KpiRef, custom: &HashSet<ItemId>) {
        match kpi {
            KpiRef::Custom(id) => self.reference(path, *id, custom),
            KpiRef::Catalogue(key) => self.key(path, key, |k| catalogue::kpi(k).is_some()),
        }
    }

    /// A channel: a custom one is a short text; a catalogue one a key.
    fn channel(&mut self, path: String, channel: &Channel) {
        match channel {
            Channel::Custom(name) => self.text(path, name, limits::SHORT_TEXT),
            Channel::Catalogue(key) => self.key(path, key, |k| budget::channel(k).is_some()),
        }
    }

    fn forecast(&mut self, f: &crate::domain::forecast::Forecast) {
        if !f.in_range() {
            self.error("plan.forecast", ProblemKind::NumberOutOfRange);
        }
        if f.scenarios.is_empty()
            || f.scenarios.len() > crate::domain::forecast::MAX_SCENARIOS
            || f.active >= f.scenarios.len()
        {
            self.error(
                "plan.forecast.scenarios",
                ProblemKind::TooManyItems {
                    max: crate::domain::forecast::MAX_SCENARIOS,
                },
            );
        }
        for (i, s) in f.scenarios.iter().enumerate() {
            self.text(
                format!("plan.forecast.scenarios[{i}].name"),
                &s.name,
                limits::SHORT_TEXT,
            );
        }
    }

    fn reference(&mut self, path: String, id: ItemId, known: &HashSet<ItemId>) {
        if !known.contains(&id) {
            self.error(path, ProblemKind::UnknownReference(id));
        }
    }
}

/// Returns every problem of `plan`; an empty list means the plan is sound.
pub fn validate(plan: &Plan) -> Vec<Problem> {
    let mut c = Checker {
        plan,
        problems: Vec::new(),
        ids: HashSet::new(),
    };
    if plan.name.trim().is_empty() {
        c.error("plan.name", ProblemKind::Empty);
    }
    c.text("plan.name", &plan.name, limits::NAME);
    c.text("plan.client", &plan.client, limits::SHORT_TEXT);
    c.text("plan.sector", &plan.sector, limits::SHORT_TEXT);
    c.text("plan.context", &plan.context, limits::LONG_TEXT);
    c.text("plan.strategy", &plan.strategy, limits::LONG_TEXT);
    c.date("plan.period.start", plan.period.start);
    c.date("plan.period.end", plan.period.end);
    if plan.period.end < plan.period.start {
        c.error("plan.period.end", ProblemKind::EndBeforeStart);
    }
    c.money("plan.budget.total", plan.budget.total);
    if plan.next_id > limits::MAX_ID {
        c.error("plan.next_id", ProblemKind::NumberOutOfRange);
    }

    c.count("plan.strategy_elements", plan.strategy_elements.len());
    c.count("plan.objectives", plan.objectives.len());
    c.count("plan.custom_kpis", plan.custom_kpis.len());
    c.count("plan.budget.lines", plan.budget.lines.len());
    c.count("plan.actions", plan.actions.len());
    c.count("plan.measurements", plan.measurements.len());

    for (i, e) in plan.strategy_elements.iter().enumerate() {
        c.id(format!("plan.strategy_elements[{i}]"), e.id);
        match &e.kind {
            StrategyKind::Catalogue(key) => {
                c.key(format!("plan.strategy_elements[{i}].kind"), key, |k| {
                    catalogue::strategy_element(k).is_some()
                })
            }
            StrategyKind::Custom(name) => {
                c.text(
                    format!("plan.strategy_elements[{i}].kind"),
                    name,
                    limits::SHORT_TEXT,
                );
                c.required(format!("plan.strategy_elements[{i}].kind"), name);
            }
        }
        c.text(
            format!("plan.strategy_elements[{i}].note"),
            &e.note,
            limits::LONG_TEXT,
        );
    }
    let element_ids: HashSet<ItemId> = plan.strategy_elements.iter().map(|e| e.id).collect();
    let custom_kpi_ids: HashSet<ItemId> = plan.custom_kpis.iter().map(|k| k.id).collect();
    for (i, o) in plan.objectives.iter().enumerate() {
        let p = format!("plan.objectives[{i}]");
        c.id(p.clone(), o.id);
        c.text(format!("{p}.title"), &o.title, limits::SHORT_TEXT);
        c.required(format!("{p}.title"), &o.title);
        if let Some(template) = &o.template {
            c.text(format!("{p}.template"), template, limits::SHORT_TEXT);
        }
        c.text(format!("{p}.statement"), &o.statement, limits::LONG_TEXT);
        c.text(format!("{p}.owner"), &o.owner, limits::SHORT_TEXT);
        c.text(format!("{p}.rationale"), &o.rationale, limits::LONG_TEXT);
        c.nested(
            format!("{p}.strategy_elements"),
            o.strategy_elements.len(),
            limits::LINKS,
        );
        c.nested(
            format!("{p}.kpis"),
            o.kpis.len(),
            limits::KPIS_PER_OBJECTIVE,
        );
        for (j, id) in o.strategy_elements.iter().enumerate() {
            c.reference(format!("{p}.strategy_elements[{j}]"), *id, &element_ids);
        }
        for (j, k) in o.kpis.iter().enumerate() {
            let q = format!("{p}.kpis[{j}]");
            c.kpi(format!("{q}.kpi"), &k.kpi, &custom_kpi_ids);
            c.kpi_value(format!("{q}.baseline"), &k.kpi, k.baseline);
            match k.target {
                Some(Target::Value(v)) => c.kpi_value(format!("{q}.target"), &k.kpi, Some(v)),
                Some(Target::Change(v))
                    if !(v.is_finite() && v >= -1.0 && v.abs() <= limits::VALUE) =>
                {
                    c.error(format!("{q}.target"), ProblemKind::NumberOutOfRange)
                }
                _ => {}
            }
        }
        if o.digital_share
            .is_some_and(|s| !(s.is_finite() && (0.0..=1.0).contains(&s)))
        {
            c.error(format!("{p}.digital_share"), ProblemKind::NumberOutOfRange);
        }
        if let Some(deadline) = o.deadline {
            if c.date(format!("{p}.deadline"), deadline) && !plan.period.contains(deadline) {
                c.warning(format!("{p}.deadline"), ProblemKind::OutsidePeriod);
            }
        }
    }
    if let Some(advice) = smart::priority_advice(plan) {
        c.warning(
            "plan.objectives",
            ProblemKind::PriorityCount(advice.count()),
        );
    }
    let objective_ids: HashSet<ItemId> = plan.objectives.iter().map(|o| o.id).collect();
    for (i, k) in plan.custom_kpis.iter().enumerate() {
        c.id(format!("plan.custom_kpis[{i}]"), k.id);
        c.text(
            format!("plan.custom_kpis[{i}].name"),
            &k.name,
            limits::SHORT_TEXT,
        );
        c.text(
            format!("plan.custom_kpis[{i}].definition"),
            &k.definition,
            limits::LONG_TEXT,
        );
    }
    for (i, line) in plan.budget.lines.iter().enumerate() {
        let p = format!("plan.budget.lines[{i}]");
        c.id(p.clone(), line.id);
        c.channel(format!("{p}.channel"), &line.channel);
        if let Channel::Custom(name) = &line.channel {
            c.required(format!("{p}.channel"), name);
        }
        for (h, amount) in line.amounts.iter().enumerate() {
            c.money(format!("{p}.amounts[{h}]"), *amount);
        }
        c.nested(
            format!("{p}.objectives"),
            line.objectives.len(),
            limits::LINKS,
        );
        for (j, id) in line.objectives.iter().enumerate() {
            c.reference(format!("{p}.objectives[{j}]"), *id, &objective_ids);
        }
    }
    let allocated = plan.budget.allocated();
    if allocated > plan.budget.total {
        let excess = Money(allocated.0 - plan.budget.total.0);
        c.error("plan.budget.lines", ProblemKind::OverBudget { excess });
    }
    let line_ids: HashSet<ItemId> = plan.budget.lines.iter().map(|l| l.id).collect();
    for (i, a) in plan.actions.iter().enumerate() {
        let p = format!("plan.actions[{i}]");
        c.id(p.clone(), a.id);
        c.text(format!("{p}.title"), &a.title, limits::SHORT_TEXT);
        c.required(format!("{p}.title"), &a.title);
        let until = a.recurrence.and_then(|r| r.until);
        // Dates out of range are reported alone: nothing is computed from them.
        let dated = [
            c.date(format!("{p}.start"), a.start),
            c.date(format!("{p}.end"), a.end),
            until.is_none_or(|u| c.date(format!("{p}.recurrence.until"), u)),
        ] == [true; 3];
        if dated && (a.end < a.start || until.is_some_and(|u| u < a.start)) {
            c.error(format!("{p}.end"), ProblemKind::EndBeforeStart);
        } else if dated && crate::domain::timeline::outside_period(plan, a) {
            c.warning(format!("{p}.start"), ProblemKind::OutsidePeriod);
        }
        c.text(
            format!("{p}.description"),
            &a.description,
            limits::LONG_TEXT,
        );
        c.text(format!("{p}.owner"), &a.owner, limits::SHORT_TEXT);
        if let Some(channel) = &a.channel {
            c.channel(format!("{p}.channel"), channel);
        }
        c.money(format!("{p}.cost"), a.cost);
        c.money(format!("{p}.spent"), a.spent);
        c.nested(format!("{p}.objectives"), a.objectives.len(), limits::LINKS);
        for (j, id) in a.objectives.iter().enumerate() {
            c.reference(format!("{p}.objectives[{j}]"), *id, &objective_ids);
        }
        if let Some(id) = a.budget_line {
            c.reference(format!("{p}.budget_line"), id, &line_ids);
        }
    }
    for (i, m) in plan.measurements.iter().enumerate() {
        let p = format!("plan.measurements[{i}]");
        c.id(p.clone(), m.id);
        c.date(format!("{p}.date"), m.date);
        c.kpi(format!("{p}.kpi"), &m.kpi, &custom_kpi_ids);
        c.kpi_value(format!("{p}.value"), &m.kpi, Some(m.value));
        if let Some(id) = m.objective {
            c.reference(format!("{p}.objective"), id, &objective_ids);
        }
    }
    c.forecast(&plan.forecast);
    if plan.funnel.len() > 50 {
        c.error("plan.funnel", ProblemKind::TooManyItems { max: 50 });
    }
    for (i, r) in plan.funnel.iter().enumerate() {
        c.text(
            format!("plan.funnel[{i}].label"),
            &r.label,
            limits::SHORT_TEXT,
        );
        if r.counts
            .iter()
            .flatten()
            .any(|n| *n > crate::domain::funnel::MAX_COUNT)
        {
            c.error(
                format!("plan.funnel[{i}].counts"),
                ProblemKind::NumberOutOfRange,
            );
        }
    }
    quotes::problems(&mut c, plan);
    branding::problems(&mut c, plan);
    c.problems
}

/// Only the problems that block (errors).
pub fn errors(plan: &Plan) -> Vec<Problem> {
    validate(plan)
        .into_iter()
        .filter(|p| p.severity == Severity::Error)
        .collect()
}
