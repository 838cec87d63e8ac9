//! What paid media brings over a window (with repeat purchases and the
//! plan's other channels), per horizon and for the whole plan.

use super::{
    buy, cost_of, figure_missing as missing, major, Bought, Figure, Forecast, Input, Media, Mix,
};
use crate::domain::{BudgetLine, Horizon, Money, Objective, Plan};
use chrono::{Datelike, Months, NaiveDate};

/// Months from the plan start to `end` (included), counted in calendar
/// months: 1 January to 31 December is 12.
pub fn months_until(start: NaiveDate, end: NaiveDate) -> f64 {
    let Some(stop) = end.succ_opt().filter(|s| *s > start) else {
        return 0.0;
    };
    let whole = (stop.year() - start.year()) * 12 + stop.month() as i32 - start.month() as i32;
    let mut whole = whole.max(0) as u32;
    while whole > 0
        && start
            .checked_add_months(Months::new(whole))
            .is_none_or(|d| d > stop)
    {
        whole -= 1;
    }
    let from = start
        .checked_add_months(Months::new(whole))
        .unwrap_or(start);
    let next = from.checked_add_months(Months::new(1)).unwrap_or(from);
    let month_days = (next - from).num_days().max(1) as f64;
    whole as f64 + (stop - from).num_days() as f64 / month_days
}

/// Months from the plan start to the objective's deadline (or the plan
/// end), at least one.
pub fn months_to_deadline(plan: &Plan, o: &Objective) -> f64 {
    months_until(plan.period.start, o.deadline.unwrap_or(plan.period.end)).max(1.0)
}

/// Orders each new customer places over a window of `months`: one, or
/// with repeat purchases, `orders a year x months / 12`, never fewer than
/// one.
pub fn orders_per_customer(f: &Forecast, months: f64) -> f64 {
    f.orders_per_year
        .map_or(1.0, |r| (r * months / 12.0).max(1.0))
}

/// What paid media brings, counted the ways an objective counts.
#[derive(Clone, Debug, PartialEq)]
pub struct Brought {
    /// What the spend buys directly.
    pub bought: Bought,
    /// New customers the ads bring.
    pub customers_from_ads: Figure,
    /// Their orders (with repeat purchases) by the end of the window.
    pub orders_from_ads: Figure,
    /// New customers with the plan's other channels: the ads bring the
    /// paid share of the new visits, the other channels the rest.
    pub customers: Figure,
    /// Orders with the plan's other channels.
    pub orders: Figure,
    /// Revenue of those orders.
    pub revenue: Figure,
}

/// What `mix` brings over a window of `months`.
pub fn bring(plan: &Plan, index: usize, mix: &Mix, months: f64) -> Brought {
    let f = &plan.forecast;
    let bought = buy(f, &plan.currency, index, mix);
    let each = orders_per_customer(f, months);
    let share = f.paid_share.unwrap_or(1.0);
    let all = |v: &Figure| -> Figure {
        let v = v.clone()?;
        if share <= 0.0 {
            Err(vec![Input::PaidShare])
        } else {
            Ok(v / share)
        }
    };
    let customers_from_ads = bought.customers.clone();
    let orders_from_ads = customers_from_ads.clone().map(|c| c * each);
    let customers = all(&customers_from_ads);
    let orders = all(&orders_from_ads);
    let revenue = with_basket(f, &orders);
    Brought {
        bought,
        customers_from_ads,
        orders_from_ads,
        customers,
        orders,
        revenue,
    }
}

pub(super) fn with_basket(f: &Forecast, orders: &Figure) -> Figure {
    match (orders, f.aov) {
        (Ok(o), Some(a)) => Ok(o * a),
        (Ok(_), None) => Err(vec![Input::Basket]),
        (Err(e), a) => {
            let mut e = e.clone();
            if a.is_none() {
                missing(&mut e, Input::Basket);
            }
            Err(e)
        }
    }
}

/// The paid media spend of each line, per horizon and media.
pub(super) fn paid_lines(plan: &Plan) -> impl Iterator<Item = (&BudgetLine, Media)> {
    plan.budget
        .lines
        .iter()
        .filter_map(|l| cost_of(l).media().map(|m| (l, m)))
}

/// The budget's lines as the forecast lists them: paid media first, then
/// those whose money buys no clicks, each group in the budget's order.
pub fn lines_paid_first(plan: &Plan) -> Vec<&BudgetLine> {
    let (mut paid, other): (Vec<&BudgetLine>, Vec<&BudgetLine>) = plan
        .budget
        .lines
        .iter()
        .partition(|l| cost_of(l).media().is_some());
    paid.extend(other);
    paid
}

/// Paid media spend per horizon.
pub fn paid_spend(plan: &Plan) -> [Money; 3] {
    let mut out = [Money::ZERO; 3];
    for (line, _) in paid_lines(plan) {
        for (h, m) in line.amounts.iter().enumerate() {
            out[h] = out[h] + *m;
        }
    }
    out
}

/// What paid media brings under a scenario, in a table's terms.
#[derive(Clone, Debug, PartialEq)]
pub struct Forward {
    /// Paid media spend.
    pub spend: Money,
    /// What it brings.
    pub brought: Brought,
    /// Cost of an order the ads bring.
    pub cpa: Figure,
    /// Revenue of the ads' own orders per unit spent.
    pub roas: Figure,
    /// Return on investment of the ads' own orders.
    pub roi: Figure,
}

fn forward_of(plan: &Plan, index: usize, spend: Money, mix: &Mix, months: f64) -> Forward {
    let f = &plan.forecast;
    let brought = bring(plan, index, mix, months);
    let euros = major(spend, &plan.currency);
    let ads_revenue = with_basket(f, &brought.orders_from_ads);
    let cpa =
        brought
            .orders_from_ads
            .clone()
            .and_then(|o| if o > 0.0 { Ok(euros / o) } else { Err(vec![]) });
    // Nothing spent, nothing to divide by: no return to show.
    let spent = |v: Figure| v.and_then(|v| if euros > 0.0 { Ok(v) } else { Err(vec![]) });
    let roas = spent(ads_revenue.clone()).map(|r| r / euros);
    let roi = spent(ads_revenue).and_then(|r| {
        f.margin
            .map(|m| (r * m - euros) / euros)
            .ok_or_else(|| vec![Input::Margin])
    });
    Forward {
        spend,
        brought,
        cpa,
        roas,
        roi,
    }
}

/// Forward forecast of the plan's paid media per horizon, then for the
/// whole plan (`None`), under scenario `index`.
pub fn forward_plan(plan: &Plan, index: usize) -> Vec<(Option<Horizon>, Forward)> {
    let months = months_until(plan.period.start, plan.period.end).max(1.0);
    let mut mixes = [[0.0; 5]; 3];
    for (line, media) in paid_lines(plan) {
        for (h, m) in line.amounts.iter().enumerate() {
            mixes[h][media as usize] += major(*m, &plan.currency);
        }
    }
    let spend = paid_spend(plan);
    let mut whole = [0.0; 5];
    for mix in &mixes {
        for (w, m) in whole.iter_mut().zip(mix) {
            *w += m;
        }
    }
    let mut out: Vec<(Option<Horizon>, Forward)> = Horizon::ALL
        .iter()
        .enumerate()
        .map(|(h, hz)| {
            (
                Some(*hz),
                forward_of(plan, index, spend[h], &mixes[h], months),
            )
        })
        .collect();
    out.push((
        None,
        forward_of(plan, index, spend.iter().copied().sum(), &whole, months),
    ));
    out
}

/// The plan's whole forward forecast under scenario `index`.
pub fn forward_whole(plan: &Plan, index: usize) -> Forward {
    let mut all = forward_plan(plan, index);
    all.pop()
        .map(|(_, f)| f)
        .unwrap_or_else(|| forward_of(plan, index, Money::ZERO, &[0.0; 5], 1.0))
}

/// Paid media the lines linked to `o` allocate to it (a line serving
/// several objectives is shared equally), and its mix. Production and
/// tools lines buy no clicks: they add nothing.
pub fn allocated_to(plan: &Plan, o: &Objective) -> (Money, Mix) {
    let mut total = Money::ZERO;
    let mut mix = [0.0; 5];
    for (line, media) in paid_lines(plan).filter(|(l, _)| l.objectives.contains(&o.id)) {
        let share = Money(line.total().0 / line.objectives.len().max(1) as i64);
        total = total + share;
        mix[media as usize] += major(share, &plan.currency);
    }
    (total, mix)
}

/// The funnel the plan's paid media on `media` is forecast to fill under
/// scenario `index`, with the rates every other view uses: impressions
/// (attraction), clicks (interaction), new customers (conversion); loyalty
/// and referral are not forecast. `None` when nothing is spent on `media`
/// or a rate is missing.
pub fn funnel_of(plan: &Plan, index: usize, media: Media) -> Option<[Option<u64>; 5]> {
    let mut mix = [0.0; 5];
    for (line, m) in paid_lines(plan).filter(|(_, m)| *m == media) {
        mix[m as usize] += major(line.total(), &plan.currency);
    }
    if mix[media as usize] <= 0.0 {
        return None;
    }
    let b = buy(&plan.forecast, &plan.currency, index, &mix);
    let count = |v: Figure| v.ok().map(|v| v.round().clamp(0.0, 1e12) as u64);
    let counts = [count(b.impressions), count(b.clicks), count(b.customers)];
    counts
        .iter()
        .all(Option::is_some)
        .then(|| [counts[0], counts[1], counts[2], None, None])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{budget::Channel, ItemId, Lang};

    #[test]
    fn the_forecast_lists_paid_lines_first_in_the_budgets_order() {
        let day = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap_or_default();
        let mut p = Plan::new("F", day, Lang::En);
        for (id, key) in [
            (1, "seo"),
            (2, "search_ads"),
            (3, "website"),
            (4, "social_ads"),
        ] {
            p.budget
                .lines
                .push(BudgetLine::new(ItemId(id), Channel::Catalogue(key.into())));
        }
        let ids: Vec<u32> = lines_paid_first(&p).iter().map(|l| l.id.0).collect();
        assert_eq!(ids, [2, 4, 1, 3]);
    }
}
