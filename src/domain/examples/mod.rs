//! Three ready-made plans, in French and in English, to start from or to
//! demo: an online shop, a B2B services firm and a local restaurant. Each
//! is complete: context, SMART objectives, budget split, actions, a few
//! measurements, a funnel and forecast figures. Its dates are relative to
//! the day it is loaded: the plan started two months ago, what ended is
//! done, nothing is measured after today. Loading one always creates a new
//! plan.

mod quoting;
mod restaurant;
mod services;
mod shop;

use crate::domain::{
    budget::Channel,
    catalogue::l,
    forecast::{self, Industry, Media, Rates, TargetPeriod},
    funnel::FunnelRow,
    timeline, Action, ActionStatus, BudgetLine, Delivery, Every, Horizon, Importance, ItemId,
    KpiRef, Lang, Measurement, Money, Objective, ObjectiveKpi, Period, Plan, Rank, Recurrence,
    StrategyElement, StrategyKind, Target,
};
use chrono::{Datelike, Duration, Months, NaiveDate};

/// Which example.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Example {
    /// An online shop of reconditioned bikes.
    Shop,
    /// A B2B accounting and advisory firm.
    Services,
    /// A local restaurant.
    Restaurant,
}

impl Example {
    /// The three examples.
    pub const ALL: [Example; 3] = [Example::Shop, Example::Services, Example::Restaurant];

    /// Name and one-line description.
    pub fn describe(self, lang: Lang) -> (&'static str, &'static str) {
        let (n, d) = match self {
            Example::Shop => (
                l("Boutique en ligne", "Online shop"),
                l("Vélos reconditionnés\u{202f}: plus de ventes en ligne, de nouveaux acheteurs, des avis positifs.",
                  "Reconditioned bikes: more online sales, new buyers, positive reviews."),
            ),
            Example::Services => (
                l("Services B2B", "B2B services"),
                l("Fiduciaire pour PME\u{202f}: de nouveaux mandats, plus d'honoraires et une image d'expert.",
                  "Accounting firm for SMEs: new mandates, more fees and an expert image."),
            ),
            Example::Restaurant => (
                l("Restaurant de quartier", "Local restaurant"),
                l("Bistrot\u{202f}: plus de réservations, de nouveaux clients, des habitués fidèles.",
                  "Bistro: more bookings, new guests, loyal regulars."),
            ),
        };
        (n.get(lang), d.get(lang))
    }
}

/// Builds plans item by item, handing out ids.
/// An action of an example: title (fr, en), (month, day) it starts,
/// length in days, importance, horizon, budget line, cost in major units,
/// the objective it serves, and how often it repeats.
pub(crate) type ActionRow<'a> = (
    (&'a str, &'a str),
    (u32, u32),
    i64,
    Importance,
    Horizon,
    ItemId,
    i64,
    ItemId,
    Option<Every>,
);

pub(crate) struct Builder {
    pub(crate) plan: Plan,
    lang: Lang,
    start: NaiveDate,
    today: NaiveDate,
}

/// Months the plan has already run when an example is loaded: two months
/// of measurements, actions done and under way.
const MONTHS_RUN: u32 = 2;

impl Builder {
    pub(crate) fn t(&self, fr: &str, en: &str) -> String {
        match self.lang {
            Lang::Fr => fr.to_string(),
            Lang::En => en.to_string(),
        }
    }

    pub(crate) fn id(&mut self) -> ItemId {
        let id = ItemId(self.plan.next_id);
        self.plan.next_id += 1;
        id
    }

    pub(crate) fn day(&self, months: u32, day: u32) -> NaiveDate {
        let m = self
            .start
            .checked_add_months(Months::new(months))
            .unwrap_or(self.start);
        m.with_day(day.min(28)).unwrap_or(m)
    }

    pub(crate) fn element(&mut self, key: &str, note: (&str, &str)) -> ItemId {
        let id = self.id();
        let note = self.t(note.0, note.1);
        self.plan.strategy_elements.push(StrategyElement {
            id,
            kind: StrategyKind::Catalogue(key.into()),
            note,
        });
        id
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn objective(
        &mut self,
        title: (&str, &str),
        rank: Rank,
        elements: &[ItemId],
        statement: (&str, &str),
        kpis: &[(&str, f64, f64)],
        months: u32,
        owner: &str,
        why: (&str, &str),
    ) -> ItemId {
        let id = self.id();
        let mut o = Objective::new(id, &self.t(title.0, title.1), rank);
        o.strategy_elements = elements.to_vec();
        o.statement = self.t(statement.0, statement.1);
        o.kpis = kpis
            .iter()
            .map(|(k, b, t)| ObjectiveKpi {
                kpi: KpiRef::Catalogue(k.to_string()),
                baseline: Some(*b),
                target: Some(Target::Value(*t)),
                period: None,
            })
            .collect();
        o.deadline = Some(self.day(months, 28));
        o.owner = owner.into();
        o.rationale = self.t(why.0, why.1);
        self.plan.objectives.push(o);
        id
    }

    pub(crate) fn line(
        &mut self,
        key: &str,
        amounts: [i64; 3],
        delivery: Delivery,
        objectives: &[ItemId],
    ) -> ItemId {
        let id = self.id();
        let mut line = BudgetLine::new(id, Channel::Catalogue(key.into()));
        line.amounts = amounts.map(|a| Money(a * 100));
        line.delivery = delivery;
        line.objectives = objectives.to_vec();
        self.plan.budget.lines.push(line);
        id
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn action(
        &mut self,
        title: (&str, &str),
        from: (u32, u32),
        days: i64,
        importance: Importance,
        horizon: Horizon,
        line: Option<ItemId>,
        cost: i64,
        objectives: &[ItemId],
        every: Option<Every>,
    ) {
        let id = self.id();
        let start = self.day(from.0, from.1);
        let mut a = Action::new(id, &self.t(title.0, title.1), start);
        a.end = start + Duration::days(days);
        a.importance = importance;
        a.horizon = Some(horizon);
        a.budget_line = line;
        a.cost = Money(cost * 100);
        a.objectives = objectives.to_vec();
        a.recurrence = every.map(|every| Recurrence { every, until: None });
        a.owner = self
            .plan
            .objectives
            .first()
            .map(|o| o.owner.clone())
            .unwrap_or_default();
        (a.status, a.spent) = self.progress(&a);
        self.plan.actions.push(a);
    }

    /// Where `a` stands today: done once it has ended (a repeating action
    /// once its first occurrence has, so that the dashboard does not list
    /// it as late), under way once started, with what it has cost so far
    /// in whole units.
    fn progress(&self, a: &Action) -> (ActionStatus, Money) {
        let today = self.today;
        if a.start > today {
            return (ActionStatus::Planned, Money::ZERO);
        }
        let share = if a.recurrence.is_some() {
            let all = timeline::occurrences(a, self.plan.period.end);
            let started = all.iter().filter(|(s, _)| *s <= today).count();
            started as f64 / all.len().max(1) as f64
        } else {
            let days = (a.end - a.start).num_days().max(1) as f64;
            ((today - a.start).num_days() as f64 / days).min(1.0)
        };
        let units = a.cost.0 / 100;
        let spent = Money((units as f64 * share).round() as i64 * 100);
        if a.end < today {
            let spent = if a.recurrence.is_some() {
                spent
            } else {
                a.cost
            };
            (ActionStatus::Done, spent)
        } else {
            (ActionStatus::InProgress, spent)
        }
    }

    /// The forecast's business figures (average order value, margin, share
    /// of the visits paid ads bring), the industry of its benchmarks, the
    /// period of the revenue, orders and customers targets, and this
    /// business's own central rates (price, click rate, conversion) for
    /// search and Meta ads: prudent and ambitious derive from them.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn forecast(
        &mut self,
        aov: f64,
        margin: f64,
        paid_share: f64,
        industry: Industry,
        period: TargetPeriod,
        search: (f64, f64, f64),
        meta: (f64, f64, f64),
    ) {
        let f = &mut self.plan.forecast;
        f.aov = Some(aov);
        f.margin = Some(margin);
        f.paid_share = Some(paid_share);
        f.industry = industry;
        let central = &mut f.scenarios[1];
        for (media, (price, ctr, conversion)) in [(Media::Search, search), (Media::Meta, meta)] {
            *central.rates_mut(media) = Rates {
                price: Some(price),
                ctr: Some(ctr),
                conversion: Some(conversion),
            };
        }
        f.active = 1;
        for k in self
            .plan
            .objectives
            .iter_mut()
            .flat_map(|o| o.kpis.iter_mut())
        {
            if forecast::REVERSIBLE
                .iter()
                .any(|r| k.kpi == KpiRef::Catalogue(r.to_string()))
            {
                k.period = Some(period);
            }
        }
    }

    /// The share of objective `id`'s increment its digital actions bring.
    pub(crate) fn digital_share(&mut self, id: ItemId, share: f64) {
        if let Some(o) = self.plan.objective_mut(id) {
            o.digital_share = Some(share);
        }
    }

    /// A month of the funnel, all channels.
    pub(crate) fn funnel(&mut self, counts: [u64; 5]) {
        self.plan.funnel = vec![FunnelRow {
            label: String::new(),
            counts: counts.map(Some),
        }];
    }

    /// A measurement at the end of `month` (0 or 1: the months already run).
    pub(crate) fn measure(&mut self, objective: ItemId, kpi: &str, month: u32, value: f64) {
        let id = self.id();
        let date = self.day(month.min(MONTHS_RUN - 1), 28);
        self.plan.measurements.push(Measurement {
            id,
            kpi: KpiRef::Catalogue(kpi.into()),
            objective: Some(objective),
            date,
            value,
        });
    }
}

/// The example plan `which` in `lang`, starting at the beginning of the
/// month two months before `today` (so two months already have results).
pub fn build(which: Example, lang: Lang, today: NaiveDate) -> Plan {
    let start = today
        .with_day(1)
        .and_then(|d| d.checked_sub_months(Months::new(MONTHS_RUN)))
        .unwrap_or(today);
    let (name, _) = which.describe(lang);
    let mut b = Builder {
        plan: Plan::new(name, start, lang),
        lang,
        start,
        today,
    };
    b.plan.period = Period::one_year_from(start);
    match which {
        Example::Shop => shop::build(&mut b),
        Example::Services => services::build(&mut b),
        Example::Restaurant => restaurant::build(&mut b),
    }
    b.plan
}

#[cfg(test)]
mod tests;
