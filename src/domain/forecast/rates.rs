//! Rates per scenario and what a paid spend buys directly: clicks,
//! impressions (or sends) and new customers, or the inputs missing.

use super::{benchmark, cost_of, Benchmark, Forecast, Lean, Media, Rate};
use crate::domain::{Currency, KpiRef, Money, Plan};

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
    let v = if b.converted_for(currency) {
        b.value * f.usd_rate.ok_or(Input::UsdRate)?.rate
    } else {
        b.value
    };
    Ok((v, Origin::Benchmark(b)))
}

/// Whether scenario `index` reads a benchmark figure converted from US
/// dollars ([`Benchmark::converted_for`]) for any media and rate.
pub fn reads_converted(f: &Forecast, currency: &Currency, index: usize) -> bool {
    Media::ALL.iter().any(|m| {
        Rate::ALL.iter().any(|r| {
            matches!(
                self::rate(f, currency, index, *m, *r),
                Ok((_, Origin::Benchmark(b))) if b.converted_for(currency)
            )
        })
    })
}

/// The media the plan's paid lines buy, in [`Media::ALL`] order (search
/// ads when no line is paid media), and the other media: the rates that
/// matter first, then the rest.
pub fn media_in_use(plan: &Plan) -> (Vec<Media>, Vec<Media>) {
    let paid: Vec<Media> = plan
        .budget
        .lines
        .iter()
        .filter_map(|l| cost_of(l).media())
        .collect();
    let (mut used, other): (Vec<Media>, Vec<Media>) =
        Media::ALL.into_iter().partition(|m| paid.contains(m));
    if used.is_empty() {
        used.push(Media::Search);
        return (
            used,
            other.into_iter().filter(|m| *m != Media::Search).collect(),
        );
    }
    (used, other)
}

/// Paid media spend per media, in major units.
pub type Mix = [f64; 5];

pub(super) fn major(m: Money, currency: &Currency) -> f64 {
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

pub(super) fn figure_missing(list: &mut Vec<Input>, i: Input) {
    if !list.contains(&i) {
        list.push(i);
    }
}

pub(super) fn figure(v: f64, missing: &[Input]) -> Figure {
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
                figure_missing(list, e.clone());
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::forecast::{central_index, UsdRate};
    use chrono::NaiveDate;

    #[test]
    fn the_media_in_use_are_the_paid_lines_or_search_ads() {
        use crate::domain::forecast::Cost;
        use crate::domain::{budget::Channel, BudgetLine, ItemId, Lang};
        let day = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap_or_default();
        let mut p = Plan::new("M", day, Lang::En);
        let line = |id, key: &str| BudgetLine::new(ItemId(id), Channel::Catalogue(key.into()));
        p.budget.lines.push(line(1, "website"));
        let (used, other) = media_in_use(&p);
        assert_eq!(used, [Media::Search], "no paid line: search ads");
        assert_eq!(other.len(), Media::ALL.len() - 1);
        assert!(!other.contains(&Media::Search));
        p.budget.lines.push(line(2, "social_ads"));
        let mut email = line(3, "website");
        email.cost = Some(Cost::Media(Media::Email));
        p.budget.lines.push(email);
        let (used, other) = media_in_use(&p);
        assert_eq!(used, [Media::Meta, Media::Email], "in Media::ALL order");
        assert_eq!(other, [Media::Search, Media::Linkedin, Media::Display]);
    }

    #[test]
    fn a_scenario_reads_converted_figures_while_a_dollar_price_fills_it() {
        let chf = Currency::new("CHF").unwrap_or_default();
        let usd = Currency::new("USD").unwrap_or_default();
        let mut f = Forecast::default();
        let central = central_index(f.scenarios.len());
        // No dollar rate: the prices cannot be read, so nothing is converted.
        assert!(!reads_converted(&f, &chf, central));
        f.usd_rate = Some(UsdRate {
            rate: 0.8,
            date: NaiveDate::from_ymd_opt(2027, 1, 1).unwrap_or_default(),
        });
        assert!(reads_converted(&f, &chf, central));
        // A derived scenario reads the central one's values, not the figures.
        assert!(!reads_converted(&f, &chf, 0));
        assert!(!reads_converted(&f, &usd, central), "a plan in dollars");
        // Every price typed: the benchmarks left are click and conversion rates.
        for m in Media::ALL {
            f.scenarios[central]
                .rates_mut(m)
                .set(Rate::Price, Some(1.0));
        }
        assert!(!reads_converted(&f, &chf, central));
    }
}
