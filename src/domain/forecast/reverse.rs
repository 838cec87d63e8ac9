//! What a target costs (reverse), what an objective's paid media brings to
//! its KPIs in the target's terms, and the "Achievable" verdict.

use super::{
    allocated_to, bring, buy, digital_share, figure_missing as missing, major, months_to_deadline,
    orders_per_customer, paid_lines, period_of, Brought, Figure, Input, Media, Mix, Rate,
    TargetPeriod,
};
use crate::domain::{smart::Achievability, KpiRef, Money, Objective, ObjectiveKpi, Plan};

/// KPIs whose target the forecast reads.
pub const REVERSIBLE: [&str; 4] = ["revenue", "orders", "new_customers", "converted_users"];

/// What the target of a KPI the forecast reads counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counted {
    /// An amount of revenue: orders times the basket.
    Revenue,
    /// Orders.
    Orders,
    /// New customers (new customers, converted users).
    Customers,
}

impl Counted {
    /// What `kpi` counts, for a KPI the forecast reads ([`REVERSIBLE`]).
    pub fn of(kpi: &KpiRef) -> Option<Counted> {
        let KpiRef::Catalogue(key) = kpi else {
            return None;
        };
        match key.as_str() {
            "revenue" => Some(Counted::Revenue),
            "orders" => Some(Counted::Orders),
            "new_customers" | "converted_users" => Some(Counted::Customers),
            _ => None,
        }
    }

    /// Whether it is counted in orders (revenue and orders), else in new
    /// customers.
    pub fn in_orders(self) -> bool {
        self != Counted::Customers
    }
}

fn reversible(k: &ObjectiveKpi) -> bool {
    matches!(&k.kpi, KpiRef::Catalogue(key) if REVERSIBLE.contains(&key.as_str()))
}

/// The KPI of `o` the forecast reads: its first revenue, orders or new
/// customers KPI with a target.
pub fn forecast_kpi(o: &Objective) -> Option<&ObjectiveKpi> {
    o.kpis.iter().find(|k| reversible(k) && k.target.is_some())
}

/// What `o`'s paid media brings to one of its KPIs, in the target's terms.
///
/// The plan adds its increment in every period from the start to the
/// deadline (a target per month or per year counts every month or year of
/// the window; a target over the plan, once), spread evenly: what the
/// budget buys arrives at a steady pace.
#[derive(Clone, Debug, PartialEq)]
pub struct Outlook {
    /// The period of the KPI's target.
    pub period: TargetPeriod,
    /// Months from the plan start to the deadline.
    pub months: f64,
    /// The KPI before the plan, per period.
    pub baseline: f64,
    /// The part of the increment left to other than digital actions, per
    /// period (none when the digital share is 100%).
    pub other: f64,
    /// What the paid media brings over the whole window, with the plan's
    /// other channels, in the KPI's unit.
    pub brought: f64,
    /// Orders in it.
    pub orders: f64,
    /// New customers in it.
    pub customers: f64,
}

impl Outlook {
    /// Periods from the plan start to the deadline.
    pub fn periods(&self) -> f64 {
        self.period.count_in(self.months)
    }

    /// The KPI per period (or the total over the plan) with what the paid
    /// media brings: what is compared with the target.
    pub fn at_deadline(&self) -> f64 {
        self.baseline + self.other + self.brought / self.periods().max(f64::MIN_POSITIVE)
    }

    /// The running total from the plan start expected when a share
    /// `elapsed` of the window has run: everything accrues evenly.
    pub fn total_at(&self, elapsed: f64) -> f64 {
        let window = (self.baseline + self.other) * self.periods() + self.brought;
        window * elapsed.clamp(0.0, 1.0)
    }
}

/// What the volume of `kpi` is, among what a spend brings.
fn in_kpi(kpi: &KpiRef, b: &Brought) -> Figure {
    match Counted::of(kpi) {
        Some(Counted::Revenue) => b.revenue.clone(),
        Some(Counted::Orders) => b.orders.clone(),
        _ => b.customers.clone(),
    }
}

/// What the paid media allocated to `o` brings to `k` under scenario `index`.
pub fn outlook(
    plan: &Plan,
    o: &Objective,
    k: &ObjectiveKpi,
    index: usize,
) -> Result<Outlook, Vec<Input>> {
    let KpiRef::Catalogue(_) = &k.kpi else {
        return Err(vec![]);
    };
    let period = period_of(k).unwrap_or(TargetPeriod::Plan);
    let months = months_to_deadline(plan, o);
    let (_, mix) = allocated_to(plan, o);
    let b = bring(plan, index, &mix, months);
    let mut lacks = Vec::new();
    let baseline = k.baseline;
    if baseline.is_none() {
        missing(&mut lacks, Input::Baseline(k.kpi.clone()));
    }
    let brought = in_kpi(&k.kpi, &b);
    if let Err(e) = &brought {
        for i in e {
            missing(&mut lacks, i.clone());
        }
    }
    let (Some(baseline), Ok(brought), Ok(orders), Ok(customers)) =
        (baseline, brought, b.orders.clone(), b.customers.clone())
    else {
        return Err(lacks);
    };
    let target = k.target.and_then(|t| t.resolve(Some(baseline)));
    let other = target.map_or(0.0, |t| (t - baseline).max(0.0) * (1.0 - digital_share(o)));
    Ok(Outlook {
        period,
        months,
        baseline,
        other,
        brought,
        orders,
        customers,
    })
}

/// What an objective's target needs, step by step.
#[derive(Clone, Debug, PartialEq)]
pub struct Reverse {
    /// The KPI the target is read from.
    pub kpi: KpiRef,
    /// The period of its target.
    pub period: TargetPeriod,
    /// Target minus baseline, per period.
    pub increment: f64,
    /// What the plan's digital actions must bring to the deadline: the
    /// increment per period, times the periods, times the digital share.
    pub volume: f64,
    /// Orders needed.
    pub orders: f64,
    /// New customers needed.
    pub customers: f64,
    /// Visits needed, all channels.
    pub sessions: f64,
    /// Paid clicks needed: the paid share of the visits.
    pub clicks: f64,
    /// Paid media needed.
    pub needed: Money,
    /// Paid media the lines linked to the objective allocate to it.
    pub allocated: Money,
    /// What that allocation brings.
    pub outlook: Outlook,
}

/// The reverse forecast of `o` under scenario `index`: `None` when it has
/// no revenue, orders or new-customers KPI with a target; the missing
/// inputs when one is needed.
pub fn reverse(plan: &Plan, o: &Objective, index: usize) -> Option<Result<Reverse, Vec<Input>>> {
    let k = forecast_kpi(o)?;
    Some(reverse_of(plan, o, k, index))
}

fn reverse_of(
    plan: &Plan,
    o: &Objective,
    k: &ObjectiveKpi,
    index: usize,
) -> Result<Reverse, Vec<Input>> {
    let f = &plan.forecast;
    let KpiRef::Catalogue(_) = &k.kpi else {
        return Err(vec![]);
    };
    let counted = Counted::of(&k.kpi);
    let outlook = outlook(plan, o, k, index)?;
    let target = k
        .target
        .and_then(|t| t.resolve(k.baseline))
        .ok_or_else(|| vec![Input::Baseline(k.kpi.clone())])?;
    let increment = (target - outlook.baseline).max(0.0);
    let volume = increment * outlook.periods() * digital_share(o);
    let (allocated, own) = allocated_to(plan, o);
    // The mix of the objective's own paid lines prices the need (their
    // media, equally, while they have no amount yet); without any, the
    // plan's paid mix; without any, search ads.
    let mix = [
        own,
        linked_media(plan, Some(o)),
        forward_mix(plan),
        linked_media(plan, None),
    ]
    .into_iter()
    .find(|m| m.iter().any(|v| *v > 0.0))
    .unwrap_or_else(|| {
        let mut m = [0.0; 5];
        m[Media::Search as usize] = 1.0;
        m
    });
    let spent: f64 = mix.iter().sum();
    let per_unit = buy(f, &plan.currency, index, &mix);
    let (Ok(clicks_per), Ok(customers_per)) = (per_unit.clicks.clone(), per_unit.customers.clone())
    else {
        let mut lacks = Vec::new();
        for e in [per_unit.clicks, per_unit.customers]
            .into_iter()
            .filter_map(Result::err)
        {
            for i in e {
                missing(&mut lacks, i);
            }
        }
        return Err(lacks);
    };
    let each = orders_per_customer(f, outlook.months);
    let orders = match counted {
        Some(Counted::Revenue) => match f.aov {
            Some(a) if a > 0.0 => volume / a,
            _ => return Err(vec![Input::Basket]),
        },
        Some(Counted::Orders) => volume,
        _ => volume * each,
    };
    let customers = if counted.is_some_and(Counted::in_orders) {
        orders / each
    } else {
        volume
    };
    let share = f.paid_share.unwrap_or(1.0);
    if share <= 0.0 {
        return Err(vec![Input::PaidShare]);
    }
    if customers_per <= 0.0 {
        return Err(Media::ALL
            .iter()
            .filter(|m| mix[**m as usize] > 0.0)
            .map(|m| Input::Rate(*m, Rate::Conversion))
            .collect());
    }
    // Spend for the paid share of the customers, at the mix's yield.
    let spend = customers * share / (customers_per / spent);
    let clicks = spend * clicks_per / spent;
    let minor = spend * 10f64.powi(plan.currency.minor_digits() as i32);
    if !minor.is_finite() || minor > 1e17 {
        return Err(vec![]);
    }
    Ok(Reverse {
        kpi: k.kpi.clone(),
        period: outlook.period,
        increment,
        volume,
        orders,
        customers,
        sessions: clicks / share,
        clicks,
        needed: Money(minor.ceil() as i64),
        allocated,
        outlook,
    })
}

/// One unit for each paid line serving `o` (or any paid line), by media.
fn linked_media(plan: &Plan, o: Option<&Objective>) -> Mix {
    let mut mix = [0.0; 5];
    for (_, media) in
        paid_lines(plan).filter(|(l, _)| o.is_none_or(|o| l.objectives.contains(&o.id)))
    {
        mix[media as usize] += 1.0;
    }
    mix
}

/// The plan's paid media mix over all horizons.
fn forward_mix(plan: &Plan) -> Mix {
    let mut mix = [0.0; 5];
    for (line, media) in paid_lines(plan) {
        mix[media as usize] += major(line.total(), &plan.currency);
    }
    mix
}

/// Up to this share short of the need, the target is a stretch, not out of reach.
pub const STRETCH: f64 = 0.75;

/// The verdict of the active scenario for `o`; `None` when the forecast
/// does not read its target.
pub fn achievability(plan: &Plan, o: &Objective) -> Option<Achievability> {
    Some(match reverse(plan, o, plan.forecast.active)? {
        Err(missing) => Achievability::Unknown(missing),
        Ok(r) => {
            let (needed, allocated) = (r.needed, r.allocated);
            if allocated >= needed {
                Achievability::Met { needed, allocated }
            } else if allocated.0 as f64 >= needed.0 as f64 * STRETCH {
                Achievability::Stretched { needed, allocated }
            } else {
                Achievability::OutOfReach { needed, allocated }
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{catalogue, ItemId};

    #[test]
    fn the_kpis_the_forecast_reads_count_revenue_orders_or_customers() {
        let of = |key: &str| Counted::of(&KpiRef::Catalogue(key.into()));
        assert_eq!(of("revenue"), Some(Counted::Revenue));
        assert_eq!(of("orders"), Some(Counted::Orders));
        assert_eq!(of("new_customers"), Some(Counted::Customers));
        assert_eq!(of("converted_users"), Some(Counted::Customers));
        assert_eq!(Counted::of(&KpiRef::Custom(ItemId(1))), None);
        // Exactly the KPIs the forecast reads.
        for k in catalogue::KPIS {
            assert_eq!(
                of(k.key).is_some(),
                REVERSIBLE.contains(&k.key),
                "{}",
                k.key
            );
        }
        assert!(Counted::Revenue.in_orders() && Counted::Orders.in_orders());
        assert!(!Counted::Customers.in_orders());
    }
}
