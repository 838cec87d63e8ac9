//! The Gantt's time axis: how wide a day is at each scale, where the ticks
//! fall, and what their labels say.

use super::super::Scale;
use crate::{
    domain::{dates, Lang},
    i18n::texts,
    ui::format,
};
use chrono::{Datelike, Duration, Months, NaiveDate};

/// Width of the time span, in the chart's own units, at the scales that fit
/// it to the width available: the bars are drawn in these units and the
/// browser stretches them to the chart's width.
pub(super) const FIT_UNITS: f64 = 1000.0;

/// How the time span is laid out at a scale: `ppd` units per day, and the
/// narrowest the bars' column may be, in CSS pixels, before it scrolls.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Layout {
    pub(super) ppd: f64,
    pub(super) min_px: f64,
    /// Fitted to the width available (months, quarters) rather than a
    /// fixed width per day (weeks, which scroll).
    pub(super) fit: bool,
}

/// The layout of `days` days at `scale`. Weeks keep 36 px a week and scroll;
/// months and quarters fill the width, down to a column wide enough for
/// its label (a month's short name, `T1`).
pub(super) fn layout(scale: Scale, days: i64) -> Layout {
    let days = days.max(1) as f64;
    match scale {
        Scale::Weeks => Layout {
            ppd: 36.0 / 7.0,
            min_px: days * 36.0 / 7.0,
            fit: false,
        },
        Scale::Months => Layout {
            ppd: FIT_UNITS / days,
            min_px: days * 38.0 / 30.44,
            fit: true,
        },
        Scale::Quarters => Layout {
            ppd: FIT_UNITS / days,
            min_px: days * 48.0 / 91.3,
            fit: true,
        },
    }
}

/// The tick dates of the time axis between `from` and `to`.
pub(super) fn ticks(scale: Scale, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
    let mut d = match scale {
        Scale::Weeks => dates::add_saturating(
            from,
            -Duration::days(i64::from(from.weekday().num_days_from_monday())),
        ),
        Scale::Months => from.with_day(1).unwrap_or(from),
        Scale::Quarters => {
            NaiveDate::from_ymd_opt(from.year(), (from.month0() / 3) * 3 + 1, 1).unwrap_or(from)
        }
    };
    let mut out = Vec::new();
    while d <= to && out.len() < 600 {
        out.push(d);
        let next = match scale {
            Scale::Weeks => d.checked_add_signed(Duration::weeks(1)),
            Scale::Months => d.checked_add_months(Months::new(1)),
            Scale::Quarters => d.checked_add_months(Months::new(3)),
        };
        // Past chrono's last day: no more ticks.
        let Some(next) = next else { break };
        d = next;
    }
    out
}

/// A label of the axis: where its column starts (in units from the first
/// day), the larger unit when it starts here (`2027`, `janv. 2027`), and
/// the column's own name (`févr.`, `T2`, `15`).
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Label {
    pub(super) x: f64,
    pub(super) major: Option<String>,
    pub(super) minor: String,
}

/// The labels of the axis from `from` to `to`, `ppd` units a day. A column
/// that starts before `from` is labelled at the left edge when at least half
/// of it is shown, and left out otherwise (its label would sit on the next).
pub(super) fn labels(
    scale: Scale,
    from: NaiveDate,
    to: NaiveDate,
    ppd: f64,
    lang: Lang,
) -> Vec<Label> {
    let all = ticks(scale, from, to);
    let column = match scale {
        Scale::Weeks => 7,
        Scale::Months => 30,
        Scale::Quarters => 91,
    };
    let mut out = Vec::with_capacity(all.len());
    let mut shown_major = None;
    for (i, d) in all.iter().enumerate() {
        if *d < from {
            let next = all.get(i + 1).copied().unwrap_or(to);
            if (next - from).num_days() * 2 < column {
                continue;
            }
        }
        let day = (*d).max(from);
        let major_key = match scale {
            Scale::Weeks => (day.year(), day.month()),
            Scale::Months | Scale::Quarters => (day.year(), 0),
        };
        // Weeks: each month by its name, with its year at the first label
        // and in January.
        let major = (shown_major != Some(major_key)).then(|| match scale {
            Scale::Weeks if shown_major.is_none() || day.month() == 1 => format::month(day, lang),
            Scale::Weeks => month_name(day, lang),
            Scale::Months | Scale::Quarters => day.year().to_string(),
        });
        shown_major = Some(major_key);
        let minor = match scale {
            Scale::Weeks => day.day().to_string(),
            Scale::Months => month_name(day, lang),
            Scale::Quarters => (texts(lang).timeline().quarter)(day.month0() / 3 + 1),
        };
        out.push(Label {
            x: (day - from).num_days() as f64 * ppd,
            major,
            minor,
        });
    }
    out
}

/// A month's short name without its year (`févr.`, `Feb`): the locale's
/// `month year` with the year taken off, the year being on the row above.
fn month_name(d: NaiveDate, lang: Lang) -> String {
    let full = format::month(d, lang);
    let year = d.year().to_string();
    full.replace(&year, "").trim().to_string()
}
