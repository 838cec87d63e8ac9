//! The forecast model: rates resolved per scenario, what a paid spend
//! brings (forward), what an objective's target costs (reverse), and the
//! "Achievable" verdict. Every view calls these functions.

use super::{
    benchmark, cost_of, digital_share, period_of, Benchmark, Forecast, Lean, Media, Rate,
    TargetPeriod,
};
use crate::domain::{
    smart::Achievability, Currency, Horizon, KpiRef, Money, Objective, ObjectiveKpi, Plan,
};
use chrono::{Datelike, Months, NaiveDate};

/// An input the forecast needs and does not have.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Input {
    /// A rate of a media in the scenario: typed nowhere and no benchmark.
    Rate(Media, Rate),
    /// The rate of the US dollar, to convert benchmark prices.
    UsdRate,
    /// The average order value, to turn orders into revenue.
    Basket,
    /// The margin rate, for the ROI.
    Margin,
    /// The baseline of the objective's KPI: the increment starts from it.
    Baseline(KpiRef),
    /// A share of visits from ads of zero: ads bring no visit.
    PaidShare,
}

/// A forecast figure, or the inputs it is missing (none when the figure
/// has no meaning, such as the cost of an order when none is bought).
pub type Figure = Result<f64, Vec<Input>>;

/// Where a rate used by a scenario comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Origin {
    /// Typed in this scenario.
    Typed,
    /// The central scenario's value, made prudent or ambitious.
    Derived,
    /// A benchmark of the plan's industry.
    Benchmark(Benchmark),
}

/// Index of the central scenario among `count` scenarios.
pub fn central_index(count: usize) -> usize {
    1.min(count.saturating_sub(1))
}

/// The value of `rate` for `media` in scenario `index`, in the plan's
/// currency for prices, with where it comes from.
pub fn rate(
    f: &Forecast,
    currency: &Currency,
    index: usize,
    media: Media,
    rate: Rate,
) -> Result<(f64, Origin), Input> {
    if let Some(v) = f
        .scenarios
        .get(index)
        .and_then(|s| s.rates(media).get(rate))
    {
        return Ok((v, Origin::Typed));
    }
    let central = central_index(f.scenarios.len());
    if index != central {
        let (v, _) = self::rate(f, currency, central, media, rate)?;
        return Ok((Lean::of(index).apply(rate, v), Origin::Derived));
    }
    let b = benchmark(f.industry, media, rate).ok_or(Input::Rate(media, rate))?;
    let v = if b.usd && currency.code() != "USD" {
        b.value * f.usd_rate.ok_or(Input::UsdRate)?.rate
    } else {
        b.value
    };
    Ok((v, Origin::Benchmark(b)))
}

/// Paid media spend per media, in major units.
pub type Mix = [f64; 5];

fn major(m: Money, currency: &Currency) -> f64 {
    m.0 as f64 / 10f64.powi(currency.minor_digits() as i32)
}

/// What a spend on paid media buys directly.
#[derive(Clone, Debug, PartialEq)]
pub struct Bought {
    /// Clicks.
    pub clicks: Figure,
    /// Impressions (or email sends).
    pub impressions: Figure,
    /// New customers: clicks that convert into a first order.
    pub customers: Figure,
}

fn missing(list: &mut Vec<Input>, i: Input) {
    if !list.contains(&i) {
        list.push(i);
    }
}

fn figure(v: f64, missing: &[Input]) -> Figure {
    if missing.is_empty() {
        Ok(v)
    } else {
        Err(missing.to_vec())
    }
}

/// The values of `inputs`, or every one of them that is missing, added
/// to `list`.
fn need<const N: usize>(
    list: &mut Vec<Input>,
    inputs: [&Result<f64, Input>; N],
) -> Option<[f64; N]> {
    let mut out = [0.0; N];
    let mut ok = true;
    for (o, i) in out.iter_mut().zip(inputs) {
        match i {
            Ok(v) => *o = *v,
            Err(e) => {
                missing(list, e.clone());
                ok = false;
            }
        }
    }
    ok.then_some(out)
}

/// What `mix` buys under scenario `index`: per click, the price gives the
/// clicks and the click rate the impressions; per thousand, the price gives
/// the impressions (or sends) and the click rate the clicks. Clicks convert
/// into new customers at the conversion rate.
pub fn buy(f: &Forecast, currency: &Currency, index: usize, mix: &Mix) -> Bought {
    let mut totals = [0.0; 3];
    let mut lacks: [Vec<Input>; 3] = Default::default();
    for media in Media::ALL {
        let spend = mix[media as usize];
        if spend <= 0.0 {
            continue;
        }
        let get = |r: Rate| -> Result<f64, Input> {
            let v = rate(f, currency, index, media, r)?.0;
            // A price or a click rate of zero buys nothing to divide by.
            if r != Rate::Conversion && v <= 0.0 {
                Err(Input::Rate(media, r))
            } else {
                Ok(v)
            }
        };
        let (p, t, c) = (get(Rate::Price), get(Rate::Ctr), get(Rate::Conversion));
        let [l_clicks, l_impressions, l_customers] = &mut lacks;
        let (clicks, impressions, customers) = if media.per_click() {
            (
                need(l_clicks, [&p]).map(|[p]| spend / p),
                need(l_impressions, [&p, &t]).map(|[p, t]| spend / p / t),
                need(l_customers, [&p, &c]).map(|[p, c]| spend / p * c),
            )
        } else {
            (
                need(l_clicks, [&p, &t]).map(|[p, t]| spend / p * 1000.0 * t),
                need(l_impressions, [&p]).map(|[p]| spend / p * 1000.0),
                need(l_customers, [&p, &t, &c]).map(|[p, t, c]| spend / p * 1000.0 * t * c),
            )
        };
        for (total, v) in totals.iter_mut().zip([clicks, impressions, customers]) {
            *total += v.unwrap_or(0.0);
        }
    }
    let [clicks, impressions, customers] = totals;
    let [l_clicks, l_impressions, l_customers] = lacks;
    Bought {
        clicks: figure(clicks, &l_clicks),
        impressions: figure(impressions, &l_impressions),
        customers: figure(customers, &l_customers),
    }
}

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

/// Orders each new customer places by the end of a window of `months`:
/// one, or with repeat purchases, `orders a year x months / 24` (customers
/// won evenly over the window order for half of it on average), never
/// fewer than one.
pub fn orders_per_customer(f: &Forecast, months: f64) -> f64 {
    f.orders_per_year
        .map_or(1.0, |r| (r * months / 24.0).max(1.0))
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

fn with_basket(f: &Forecast, orders: &Figure) -> Figure {
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
fn paid_lines(plan: &Plan) -> impl Iterator<Item = (&crate::domain::BudgetLine, Media)> {
    plan.budget
        .lines
        .iter()
        .filter_map(|l| cost_of(l).media().map(|m| (l, m)))
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
    let roas = ads_revenue.clone().map(|r| r / euros);
    let roi = ads_revenue.and_then(|r| {
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

/// KPIs whose target the forecast reads.
pub const REVERSIBLE: [&str; 4] = ["revenue", "orders", "new_customers", "converted_users"];

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
/// A target per month or per year is a level to reach by the deadline:
/// the KPI grows evenly from its baseline at the plan start, so what is
/// added over the window is half the increment times the periods. A target
/// over the plan is a total: what is added is the increment itself.
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
}

impl Outlook {
    /// Periods from the plan start to the deadline.
    pub fn periods(&self) -> f64 {
        self.period.count_in(self.months)
    }

    /// Whether the target is a level reached by a ramp (per month or year).
    fn ramps(&self) -> bool {
        self.period != TargetPeriod::Plan
    }

    /// The KPI at the deadline, per period (or the total over the plan):
    /// what is compared with the target.
    pub fn at_deadline(&self) -> f64 {
        let extra = if self.ramps() {
            2.0 * self.brought / self.periods().max(f64::MIN_POSITIVE)
        } else {
            self.brought
        };
        self.baseline + self.other + extra
    }

    /// The month's figure expected when a share `elapsed` of the window
    /// has run: the ramp from the baseline to the figure at the deadline.
    pub fn level_at(&self, elapsed: f64) -> f64 {
        self.baseline + (self.at_deadline() - self.baseline) * elapsed.clamp(0.0, 1.0)
    }

    /// The running total from the plan start expected when a share
    /// `elapsed` of the window has run: the baseline accrues evenly, what
    /// the plan adds along its ramp.
    pub fn total_at(&self, elapsed: f64) -> f64 {
        let e = elapsed.clamp(0.0, 1.0);
        let (base, extra) = if self.ramps() {
            let n = self.periods();
            (self.baseline * n, self.other * n / 2.0 + self.brought)
        } else {
            (self.baseline, self.other + self.brought)
        };
        base * e + extra * e * e
    }
}

/// What the volume of KPI `key` is, among what a spend brings.
fn in_kpi(key: &str, b: &Brought) -> Figure {
    match key {
        "revenue" => b.revenue.clone(),
        "orders" => b.orders.clone(),
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
    let KpiRef::Catalogue(key) = &k.kpi else {
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
    let brought = in_kpi(key, &b);
    if let Err(e) = &brought {
        for i in e {
            missing(&mut lacks, i.clone());
        }
    }
    let (Some(baseline), Ok(brought), Ok(orders)) = (baseline, brought, b.orders.clone()) else {
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
    /// What the plan's digital actions must bring to the deadline: what the
    /// ramp to the target adds (or the increment of a total), times the
    /// digital share.
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
    let KpiRef::Catalogue(key) = &k.kpi else {
        return Err(vec![]);
    };
    let outlook = outlook(plan, o, k, index)?;
    let target = k
        .target
        .and_then(|t| t.resolve(k.baseline))
        .ok_or_else(|| vec![Input::Baseline(k.kpi.clone())])?;
    let increment = (target - outlook.baseline).max(0.0);
    let added = if outlook.ramps() {
        increment * outlook.periods() / 2.0
    } else {
        increment
    };
    let volume = added * digital_share(o);
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
    let orders = match key.as_str() {
        "revenue" => match f.aov {
            Some(a) if a > 0.0 => volume / a,
            _ => return Err(vec![Input::Basket]),
        },
        "orders" => volume,
        _ => volume * each,
    };
    let customers = if key == "orders" || key == "revenue" {
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
