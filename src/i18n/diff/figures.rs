//! How the figures of a change are written.

use crate::{
    domain::{
        money::{format_swiss, group_thousands, Precision},
        number::{percent_decimals, round_shown, shown_percent, to_typed, whole},
        Currency, Lang, Money, Unit,
    },
    i18n::typo::{percent_suffix, NBSP},
};
use chrono::NaiveDate;

/// Writes the figures of a change; in the app, `ui::format`'s functions
/// through the browser's `Intl`.
pub trait Figures {
    /// An amount in `currency`, to the minor unit (`ui::format::money`).
    fn money(&self, amount: Money, currency: &Currency) -> String;
    /// A KPI value stored in `unit` (a rate as a fraction, a duration in
    /// seconds), with its unit (`ui::format::kpi_value`).
    fn value(&self, value: f64, unit: Unit, currency: &Currency) -> String;
    /// A change from the baseline, 0.2 being +20% (`ui::format::change`).
    fn change(&self, fraction: f64) -> String;
    /// A day (`ui::format::date`).
    fn date(&self, day: NaiveDate) -> String;
}

/// Figures written the same on every machine, without a browser: amounts
/// in the Swiss business style ([`format_swiss`]: `CHF 1'200.50`), numbers
/// grouped by `'` with a decimal point, days as `12.03.2027`, and the
/// percent sign as `lang` spaces it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SwissFigures(pub Lang);

/// `value` rounded to at most `decimals` decimals, grouped by `'`, with no
/// trailing zero and a real minus sign.
fn decimal(value: f64, decimals: u32) -> String {
    let value = round_shown(value, decimals);
    let text = format!("{:.*}", decimals as usize, value.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    let frac = frac.trim_end_matches('0');
    let int = int
        .parse::<u64>()
        .map_or_else(|_| int.to_string(), |n| group_thousands(n, '\''));
    let sign = if value < 0.0 { "−" } else { "" };
    if frac.is_empty() {
        format!("{sign}{int}")
    } else {
        format!("{sign}{int}.{frac}")
    }
}

impl Figures for SwissFigures {
    fn money(&self, amount: Money, currency: &Currency) -> String {
        format_swiss(amount, currency, Precision::Exact)
    }

    fn value(&self, value: f64, unit: Unit, currency: &Currency) -> String {
        let typed = to_typed(unit, value);
        match unit {
            Unit::Percent => {
                let points = shown_percent(value);
                let text = decimal(points, percent_decimals(points));
                format!("{text}{}", percent_suffix(self.0))
            }
            Unit::Money => self.money(Money::from_major_f64(value, currency), currency),
            Unit::Duration => format!("{}{NBSP}min", decimal(typed, 1)),
            Unit::Position => format!("n°{NBSP}{}", decimal(typed, 1)),
            Unit::Count => decimal(whole(typed), 0),
            Unit::Ratio => decimal(typed, 2),
        }
    }

    fn change(&self, fraction: f64) -> String {
        let points = shown_percent(fraction);
        let text = format!(
            "{}{}",
            decimal(points.abs(), percent_decimals(points)),
            percent_suffix(self.0)
        );
        if points > 0.0 {
            format!("+{text}")
        } else if points < 0.0 {
            format!("−{text}")
        } else {
            text
        }
    }

    fn date(&self, day: NaiveDate) -> String {
        day.format("%d.%m.%Y").to_string()
    }
}
