//! Each change worded as one sentence of [`DiffTexts`]: its figures
//! written by a [`Figures`], its channels, horizons, ranks, importances,
//! statuses and KPIs named as the other pages name them.

use super::{DiffTexts, Figures};
use crate::{
    domain::{
        budget::{delivery_name, horizon_name},
        catalogue,
        diff::{Aim, Change, Days, DiffSummary, KpiName},
        ActionStatus, Currency, Importance, ItemId, Lang, Period, Rank, StrategyElement,
        StrategyKind, Target, Unit,
    },
    i18n::texts,
};
use chrono::NaiveDate;

impl DiffTexts {
    /// `change` as one sentence with its figures: what it was in the
    /// `before` version's currency, what it is in the `after` one's.
    pub fn sentence(
        &self,
        change: &Change,
        before: &Currency,
        after: &Currency,
        figures: &dyn Figures,
    ) -> String {
        let lang = self.lang;
        let q = self.quoted;
        let money = |m, c| figures.money(m, c);
        let lower = |s: &str| s.to_lowercase();
        match change {
            Change::Name { from, to } => (self.name)(&q(from), &q(to)),
            Change::Client { from, to } => {
                (self.client)(&self.client_of(from), &self.client_of(to))
            }
            Change::Period { from, to } => (self.period)(
                &self.period_of(*from, figures),
                &self.period_of(*to, figures),
            ),
            Change::Currency { from, to } => (self.currency)(from.code(), to.code()),
            Change::ObjectiveAdded { title, rank, .. } => {
                (self.objective_added)(&q(title), &lower(rank_name(*rank, lang)))
            }
            Change::ObjectiveRemoved { title, .. } => (self.objective_removed)(&q(title)),
            Change::ObjectiveRenamed { from, to, .. } => (self.objective_renamed)(&q(from), &q(to)),
            Change::ObjectiveRank {
                title, from, to, ..
            } => (self.objective_rank)(
                &q(title),
                &lower(rank_name(*from, lang)),
                &lower(rank_name(*to, lang)),
            ),
            Change::ObjectiveDeadline {
                title, from, to, ..
            } => (self.objective_deadline)(
                &q(title),
                &self.deadline_of(*from, figures),
                &self.deadline_of(*to, figures),
            ),
            Change::ObjectiveTarget {
                title,
                kpi,
                unit,
                from,
                to,
                ..
            } => {
                // The period once, after the new target, when it did not change.
                let both = from.period != to.period;
                let was = self.aim(from, *unit, before, figures, both);
                let is = self.aim(to, *unit, after, figures, true);
                (self.objective_target)(&q(title), &kpi_name(kpi, lang), &was, &is)
            }
            Change::KpiAdded { title, kpi, .. } => {
                (self.kpi_added)(&q(title), &q(&kpi_name(kpi, lang)))
            }
            Change::KpiRemoved { title, kpi, .. } => {
                (self.kpi_removed)(&q(title), &q(&kpi_name(kpi, lang)))
            }
            Change::BudgetTotal { from, to } => {
                (self.budget_total)(&money(*from, before), &money(*to, after))
            }
            Change::LineAdded { channel, total, .. } => {
                (self.line_added)(&channel.name(lang), &money(*total, after))
            }
            Change::LineRemoved { channel, total, .. } => {
                (self.line_removed)(&channel.name(lang), &money(*total, before))
            }
            Change::LineChannel { from, to, .. } => {
                (self.line_channel)(&from.name(lang), &to.name(lang))
            }
            Change::Cell {
                channel,
                horizon,
                from,
                to,
                ..
            } => (self.cell)(
                &channel.name(lang),
                &lower(horizon_name(*horizon).get(lang)),
                &money(*from, before),
                &money(*to, after),
            ),
            Change::LineDelivery {
                channel, from, to, ..
            } => (self.line_delivery)(
                &channel.name(lang),
                &lower(delivery_name(*from).get(lang)),
                &lower(delivery_name(*to).get(lang)),
            ),
            Change::Allocated { from, to } => {
                (self.allocated)(&money(*from, before), &money(*to, after))
            }
            Change::ActionAdded { title, days, .. } => {
                (self.action_added)(&q(title), &self.days_of(*days, figures))
            }
            Change::ActionRemoved { title, .. } => (self.action_removed)(&q(title)),
            Change::ActionRenamed { from, to, .. } => (self.action_renamed)(&q(from), &q(to)),
            Change::ActionMoved {
                title, from, to, ..
            } => (self.action_moved)(
                &q(title),
                &self.days_of(*from, figures),
                &self.days_of(*to, figures),
            ),
            Change::ActionImportance {
                title, from, to, ..
            } => (self.action_importance)(
                &q(title),
                &lower(importance_name(*from, lang)),
                &lower(importance_name(*to, lang)),
            ),
            Change::ActionStatus {
                title, from, to, ..
            } => (self.action_status)(
                &q(title),
                &lower(status_name(*from, lang)),
                &lower(status_name(*to, lang)),
            ),
            Change::ElementAdded { kind, .. } => {
                (self.element_added)(&q(&element_name(kind, lang)))
            }
            Change::ElementRemoved { kind, .. } => {
                (self.element_removed)(&q(&element_name(kind, lang)))
            }
            Change::MeasurementsAdded(n) => (self.measurements_added)(*n),
            Change::MeasurementsRemoved(n) => (self.measurements_removed)(*n),
        }
    }

    /// How many changes each section has, in one line ("3 changes in the
    /// objectives, 5 in the budget"), or [`DiffTexts::none`].
    pub fn overview(&self, summary: &DiffSummary) -> String {
        let parts: Vec<String> = summary
            .sections()
            .enumerate()
            .map(|(i, (section, n))| {
                let count = if i == 0 {
                    (self.changes)(n)
                } else {
                    n.to_string()
                };
                format!("{count} {}", (self.in_section)(section))
            })
            .collect();
        if parts.is_empty() {
            self.none.to_string()
        } else {
            parts.join(", ")
        }
    }

    fn client_of(&self, client: &str) -> String {
        if client.trim().is_empty() {
            self.no_client.to_string()
        } else {
            (self.quoted)(client)
        }
    }

    fn period_of(&self, p: Period, figures: &dyn Figures) -> String {
        (self.span)(&figures.date(p.start), &figures.date(p.end))
    }

    fn deadline_of(&self, day: Option<NaiveDate>, figures: &dyn Figures) -> String {
        day.map_or_else(|| self.no_deadline.to_string(), |d| figures.date(d))
    }

    fn days_of(&self, d: Days, figures: &dyn Figures) -> String {
        if d.start == d.end {
            (self.day)(&figures.date(d.start))
        } else {
            (self.span)(&figures.date(d.start), &figures.date(d.end))
        }
    }

    /// A target with what it counts when `with_period`.
    fn aim(
        &self,
        aim: &Aim,
        unit: Unit,
        c: &Currency,
        f: &dyn Figures,
        with_period: bool,
    ) -> String {
        let value = match aim.target {
            None => return self.no_target.to_string(),
            Some(Target::Value(v)) => f.value(v, unit, c),
            Some(Target::Change(x)) => f.change(x),
        };
        match aim.period.filter(|_| with_period) {
            Some(p) => format!("{value} {}", texts(self.lang).forecast().period(p)),
            None => value,
        }
    }
}

/// The name of a rank, as the objectives page gives it.
fn rank_name(rank: Rank, lang: Lang) -> &'static str {
    let t = texts(lang).strategy();
    match rank {
        Rank::Priority => t.rank_priority,
        Rank::Secondary => t.rank_secondary,
    }
}

/// The name of an importance, as the timeline gives it.
fn importance_name(i: Importance, lang: Lang) -> &'static str {
    let t = texts(lang).timeline();
    match i {
        Importance::Critical => t.critical,
        Importance::High => t.high,
        Importance::Normal => t.normal,
        Importance::Low => t.low,
    }
}

/// The name of a status, as the timeline gives it.
fn status_name(s: ActionStatus, lang: Lang) -> &'static str {
    let t = texts(lang).timeline();
    match s {
        ActionStatus::Planned => t.planned,
        ActionStatus::InProgress => t.in_progress,
        ActionStatus::Done => t.done,
        ActionStatus::Cancelled => t.cancelled,
    }
}

/// A KPI's name: the catalogue's in `lang` (its key when unknown), or the plan's own.
fn kpi_name(kpi: &KpiName, lang: Lang) -> String {
    match kpi {
        KpiName::Catalogue(key) => {
            catalogue::kpi(key).map_or_else(|| key.clone(), |k| k.name.get(lang).to_string())
        }
        KpiName::Custom(name) => name.clone(),
    }
}

/// A strategy element's name, as [`StrategyElement::name`] gives it.
fn element_name(kind: &StrategyKind, lang: Lang) -> String {
    StrategyElement {
        id: ItemId(0),
        kind: kind.clone(),
        note: String::new(),
    }
    .name(lang)
}
