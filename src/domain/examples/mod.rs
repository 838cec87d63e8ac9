//! Three ready-made plans, in French and in English, to start from or to
//! demo: an online shop, a B2B services firm and a local restaurant. Each
//! is complete: context, SMART objectives, budget split, actions and a few
//! measurements. Loading one always creates a new plan.

mod restaurant;
mod services;
mod shop;

use crate::domain::{
    budget::Channel, catalogue::l, Action, ActionStatus, BudgetLine, Delivery, Every, Horizon,
    Importance, ItemId, KpiRef, Lang, Measurement, Money, Objective, ObjectiveKpi, Period, Plan,
    Rank, Recurrence, StrategyElement, StrategyKind, Target,
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
                l("Vélos reconditionnés : plus de ventes en ligne, un meilleur panier, des avis positifs.",
                  "Reconditioned bikes: more online sales, a better basket, positive reviews."),
            ),
            Example::Services => (
                l("Services B2B", "B2B services"),
                l("Fiduciaire pour PME : des prospects qualifiés et une image d'expert.",
                  "Accounting firm for SMEs: qualified leads and an expert image."),
            ),
            Example::Restaurant => (
                l("Restaurant de quartier", "Local restaurant"),
                l("Bistrot : plus de réservations, une clientèle fidèle, une bonne réputation.",
                  "Bistro: more bookings, loyal regulars, a good reputation."),
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
}

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

    pub(crate) fn element(&mut self, key: &str) -> ItemId {
        let id = self.id();
        self.plan.strategy_elements.push(StrategyElement {
            id,
            kind: StrategyKind::Catalogue(key.into()),
            note: String::new(),
        });
        id
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn objective(
        &mut self,
        title: (&str, &str),
        rank: Rank,
        element: ItemId,
        statement: (&str, &str),
        kpis: &[(&str, f64, f64)],
        months: u32,
        owner: &str,
        why: (&str, &str),
    ) -> ItemId {
        let id = self.id();
        let mut o = Objective::new(id, &self.t(title.0, title.1), rank);
        o.strategy_elements = vec![element];
        o.statement = self.t(statement.0, statement.1);
        o.kpis = kpis
            .iter()
            .map(|(k, b, t)| ObjectiveKpi {
                kpi: KpiRef::Catalogue(k.to_string()),
                baseline: Some(*b),
                target: Some(Target::Value(*t)),
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
        let today_months = 1;
        if from.0 < today_months {
            a.status = ActionStatus::Done;
            a.spent = a.cost;
        }
        self.plan.actions.push(a);
    }

    pub(crate) fn measure(&mut self, objective: ItemId, kpi: &str, month: u32, value: f64) {
        let id = self.id();
        let date = self.day(month, 28);
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
/// month before `today` (so the first month already has results).
pub fn build(which: Example, lang: Lang, today: NaiveDate) -> Plan {
    let start = today
        .with_day(1)
        .and_then(|d| d.checked_sub_months(Months::new(1)))
        .unwrap_or(today);
    let (name, _) = which.describe(lang);
    let mut b = Builder {
        plan: Plan::new(name, start, lang),
        lang,
        start,
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
mod tests {
    use super::*;
    use crate::domain::{smart, timeline, validate::errors};

    #[test]
    fn every_example_is_valid_complete_and_adds_up_in_both_languages() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        for which in Example::ALL {
            for lang in Lang::ALL {
                let p = build(which, lang, today);
                assert_eq!(errors(&p), vec![], "{which:?} {lang:?}");
                assert!(
                    p.actions.len() >= 15,
                    "{which:?}: {} actions",
                    p.actions.len()
                );
                assert!(!p.measurements.is_empty() && !p.context.is_empty());
                assert_eq!(
                    p.budget.allocated(),
                    p.budget.total,
                    "{which:?} splits its whole budget"
                );
                assert!(
                    timeline::over_commitments(&p).is_empty(),
                    "{which:?} commits no line beyond its amount"
                );
                assert!(smart::priority_advice(&p).is_none());
                for o in p.objectives.iter().filter(|o| o.rank == Rank::Priority) {
                    let missing: Vec<_> = smart::check(o, &p)
                        .into_iter()
                        .filter(|c| !c.met())
                        .collect();
                    assert!(
                        missing.is_empty(),
                        "{which:?} {lang:?} {}: {missing:?}",
                        o.title
                    );
                }
            }
        }
    }
}
