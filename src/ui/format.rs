//! Numbers, money and dates formatted for the person's locale by the
//! browser's `Intl`, never by hand (but for the Swiss business style of
//! money, a convention of its own: [`money_as`]).
//!
//! Numbers as a client reads them (issue 30): counts of things as whole
//! numbers ([`count`]), money rounded to the unit in tables, slides and
//! print ([`money_whole`]; [`money`] keeps the cents where the plan is
//! edited or where they matter, a cost per click), percentages with at
//! most one decimal ([`percent`], [`signed_percent`]), and never a
//! negative zero: every number is rounded to what it shows before `Intl`
//! sees it, so −0.004 is "0", not "−0".
//!
//! Building an `Intl` formatter costs far more than using one (on the
//! budget page, building them was the largest share of a keystroke: 120
//! cells, totals, bars and months each built their own), so each formatter
//! is built once per locale and options, and kept for the page's life.

use crate::{
    domain::{
        money::{format_swiss, MoneyStyle, Precision},
        number::{percent_decimals, round_shown, shown_percent, whole},
        Currency, Lang, Money,
    },
    i18n::typo::percent_suffix,
};
use chrono::{DateTime, NaiveDate, Utc};
use js_sys::{Array, Function, Intl, Object, Reflect};
use std::cell::RefCell;
use wasm_bindgen::JsValue;

thread_local! {
    /// The browser's region (`CH` of `fr-CH`), read once: it cannot change
    /// while the page is open.
    static REGION: Option<String> = crate::storage::browser::browser_language()
        .and_then(|tag| tag.split(['-', '_']).nth(1).map(str::to_ascii_uppercase))
        .filter(|r| r.len() == 2 && r.chars().all(|c| c.is_ascii_alphabetic()));
    /// Number formatters by locale and options (a few dozen at most, so a
    /// list: no hashing code in the bundle for it).
    static NUMBER: RefCell<Vec<(String, Intl::NumberFormat)>> = RefCell::default();
    /// The `format` functions of date formatters, by locale and options.
    static DATE: RefCell<Vec<(String, Function)>> = RefCell::default();
}

/// The value kept under `key`, made by `make` on first use.
fn kept<T: Clone>(cache: &RefCell<Vec<(String, T)>>, key: String, make: impl FnOnce() -> T) -> T {
    if let Some((_, v)) = cache.borrow().iter().find(|(k, _)| *k == key) {
        return v.clone();
    }
    let v = make();
    cache.borrow_mut().push((key, v.clone()));
    v
}

/// The locale for `lang`: the browser's region when it has one (fr-CH,
/// en-GB), Switzerland otherwise (the app counts in Swiss francs first).
pub fn locale(lang: Lang) -> String {
    REGION.with(|region| format!("{}-{}", lang.code(), region.as_deref().unwrap_or("CH")))
}

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

fn locales(lang: Lang) -> Array {
    Array::of1(&JsValue::from_str(&locale(lang)))
}

/// The options of a number formatter.
#[derive(Clone, Copy)]
enum NumberStyle<'a> {
    /// A plain number with at most this many decimals.
    Plain(u32),
    /// An amount of this currency, with its minor digits.
    Money(&'a Currency),
    /// An amount of this currency rounded to the unit, without decimals.
    MoneyWhole(&'a Currency),
}

/// The formatter for `lang` and `style`, built on first use.
fn number_format(lang: Lang, style: NumberStyle) -> Intl::NumberFormat {
    let key = match style {
        NumberStyle::Plain(max) => format!("{}|n|{max}", lang.code()),
        NumberStyle::Money(c) => format!("{}|m|{}", lang.code(), c.code()),
        NumberStyle::MoneyWhole(c) => format!("{}|w|{}", lang.code(), c.code()),
    };
    NUMBER.with(|cache| {
        kept(cache, key, || {
            let opts = match style {
                NumberStyle::Plain(max) => {
                    options(&[("maximumFractionDigits", JsValue::from(max))])
                }
                NumberStyle::Money(c) | NumberStyle::MoneyWhole(c) => {
                    let digits = match style {
                        NumberStyle::MoneyWhole(_) => JsValue::from(0),
                        _ => JsValue::from(c.minor_digits()),
                    };
                    options(&[
                        ("style", "currency".into()),
                        ("currency", c.code().into()),
                        ("minimumFractionDigits", digits.clone()),
                        ("maximumFractionDigits", digits),
                    ])
                }
            };
            Intl::NumberFormat::new(&locales(lang), &opts)
        })
    })
}

/// `value` written by the formatter for `lang` and `style`, rounded first
/// to what it shows (so never "−0").
fn format_number(value: f64, lang: Lang, style: NumberStyle) -> Option<String> {
    let value = match style {
        NumberStyle::Plain(max) => round_shown(value, max),
        NumberStyle::MoneyWhole(_) => round_shown(value, 0),
        NumberStyle::Money(c) => round_shown(value, c.minor_digits()),
    };
    number_format(lang, style)
        .format()
        .call1(&JsValue::NULL, &JsValue::from_f64(value))
        .ok()?
        .as_string()
}

/// `CHF 12’500.00` (en-CH) or `12 500,00 CHF` (fr-FR), as `Intl` writes it.
pub fn money(amount: Money, currency: &Currency, lang: Lang) -> String {
    let value = amount.to_major_f64(currency);
    format_number(value, lang, NumberStyle::Money(currency))
        .unwrap_or_else(|| format!("{} {value}", currency.code()))
}

/// `CHF 40’000` (en-CH), `40 000 CHF` (fr-CH): an amount rounded to the
/// unit ([`Money::round_to_unit`]: half away from zero, on the integer
/// minor units), for tables, slides and print.
pub fn money_whole(amount: Money, currency: &Currency, lang: Lang) -> String {
    let value = amount.round_to_unit(currency).to_major_f64(currency);
    format_number(value, lang, NumberStyle::MoneyWhole(currency))
        .unwrap_or_else(|| format!("{} {value}", currency.code()))
}

/// An amount in a plan's chosen style, for slides and print: the locale's
/// ([`money_whole`] or [`money`]) or the Swiss business style, the same in
/// both languages (`CHF 40'000.–`, `CHF 1'234.50`, see
/// [`crate::domain::money::format_swiss`]). `precision` is
/// [`Precision::Unit`] for tables and totals, [`Precision::Exact`] where
/// cents matter.
pub fn money_as(
    amount: Money,
    currency: &Currency,
    lang: Lang,
    style: MoneyStyle,
    precision: Precision,
) -> String {
    match (style, precision) {
        (MoneyStyle::Swiss, _) => format_swiss(amount, currency, precision),
        (MoneyStyle::Locale, Precision::Unit) => money_whole(amount, currency, lang),
        (MoneyStyle::Locale, Precision::Exact) => money(amount, currency, lang),
    }
}

/// An amount without the currency sign, as people type it back
/// (`12’500.00`): the currency format's own digits, grouping and decimal
/// mark (which differ from plain numbers in some locales, fr-CH among them),
/// with the currency left out.
pub fn money_plain(amount: Money, currency: &Currency, lang: Lang) -> String {
    let fmt = number_format(lang, NumberStyle::Money(currency));
    let parts = fmt.format_to_parts(amount.to_major_f64(currency));
    let text: String = parts
        .iter()
        .filter_map(|part| {
            let kind = Reflect::get(&part, &JsValue::from_str("type"))
                .ok()?
                .as_string()?;
            let value = Reflect::get(&part, &JsValue::from_str("value"))
                .ok()?
                .as_string()?;
            (kind != "currency").then_some(value)
        })
        .collect();
    text.trim().to_string()
}

/// The options of a date formatter.
#[derive(Clone, Copy)]
enum DateStyle {
    /// `22 nov. 2026`.
    Day,
    /// `22 nov. 2026, 14:05`.
    DayTime,
    /// `nov. 2026`.
    Month,
    /// `22 novembre 2026`.
    Long,
}

fn format_date(ms: f64, lang: Lang, style: DateStyle) -> String {
    let key = format!("{}|{}", lang.code(), style as u8);
    let format = DATE.with(|cache| {
        kept(cache, key, || {
            let day = [
                ("day", JsValue::from("numeric")),
                ("month", "short".into()),
                ("year", "numeric".into()),
            ];
            let opts = match style {
                DateStyle::Day => options(&day),
                DateStyle::DayTime => {
                    let time = [("hour", "2-digit".into()), ("minute", "2-digit".into())];
                    options(&[&day[..], &time[..]].concat())
                }
                DateStyle::Month => {
                    options(&[("month", "short".into()), ("year", "numeric".into())])
                }
                DateStyle::Long => options(&[
                    ("day", JsValue::from("numeric")),
                    ("month", "long".into()),
                    ("year", "numeric".into()),
                ]),
            };
            Intl::DateTimeFormat::new(&locales(lang), &opts).format()
        })
    });
    let date = js_sys::Date::new(&JsValue::from_f64(ms));
    format
        .call1(&JsValue::NULL, &date)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_default()
}

/// `22 nov. 2026` / `22 Nov 2026`.
pub fn date(d: NaiveDate, lang: Lang) -> String {
    let ms = d
        .and_hms_opt(12, 0, 0)
        .map(|dt| dt.and_utc().timestamp_millis() as f64)
        .unwrap_or_default();
    format_date(ms, lang, DateStyle::Day)
}

/// The day of `dt` in the person's time zone, the month in words:
/// `5 décembre 2026` / `5 December 2026`.
pub fn day_long(dt: DateTime<Utc>, lang: Lang) -> String {
    format_date(dt.timestamp_millis() as f64, lang, DateStyle::Long)
}

/// Date and time in the person's time zone, for "last modified".
pub fn datetime(dt: DateTime<Utc>, lang: Lang) -> String {
    format_date(dt.timestamp_millis() as f64, lang, DateStyle::DayTime)
}

/// A plain number with at most `max_fraction` decimals (`12’500.5`).
pub fn number(value: f64, lang: Lang, max_fraction: u32) -> String {
    format_number(value, lang, NumberStyle::Plain(max_fraction))
        .unwrap_or_else(|| value.to_string())
}

/// A count of things (orders, clicks, visits, customers), as a whole
/// number: `28`, never `27.7`.
pub fn count(value: f64, lang: Lang) -> String {
    number(whole(value), lang, 0)
}

/// A fraction as a percentage with at most one decimal (two below 0.1 %,
/// see [`crate::domain::number::percent_decimals`]): `12,5 %` in French
/// (a no-break space), `12.5%` in English.
pub fn percent(fraction: f64, lang: Lang) -> String {
    let points = shown_percent(fraction);
    format!(
        "{}{}",
        number(points, lang, percent_decimals(points)),
        percent_suffix(lang)
    )
}

/// A fraction as a whole percentage (`45 %` / `45%`): a progress, where a
/// decimal would be noise.
pub fn percent_whole(fraction: f64, lang: Lang) -> String {
    format!(
        "{}{}",
        number(fraction * 100.0, lang, 0),
        percent_suffix(lang)
    )
}

/// A change as a signed percentage, signed as it shows: `+20 %`,
/// `−3,5 %`, and `0 %` (no sign) for what rounds to zero.
pub fn signed_percent(fraction: f64, lang: Lang) -> String {
    let points = shown_percent(fraction);
    signed(points, percent_decimals(points), lang)
}

/// [`signed_percent`] to the whole percent (`−20 %`): a gap against a
/// forecast, whose decimals would be false precision.
pub fn signed_percent_whole(fraction: f64, lang: Lang) -> String {
    signed(round_shown(fraction * 100.0, 0), 0, lang)
}

/// `points` (already rounded to `decimals`) with its sign and `%`.
fn signed(points: f64, decimals: u32, lang: Lang) -> String {
    let text = format!(
        "{}{}",
        number(points.abs(), lang, decimals),
        percent_suffix(lang)
    );
    if points > 0.0 {
        format!("+{text}")
    } else if points < 0.0 {
        format!("−{text}")
    } else {
        text
    }
}

/// A KPI value in its unit, for reading: `2,5 %` / `2.5%`, `CHF 85.00`,
/// `3 min`, `n° 4`; counts as whole numbers. Rates are stored as
/// fractions, durations in seconds. Money keeps its cents (a cost per
/// click); for a total of money use [`kpi_total`].
pub fn kpi_value(value: f64, unit: crate::domain::Unit, currency: &Currency, lang: Lang) -> String {
    use crate::domain::{number::to_typed, Unit};
    let typed = to_typed(unit, value);
    match unit {
        Unit::Percent => percent(value, lang),
        Unit::Money => format_number(typed, lang, NumberStyle::Money(currency))
            .unwrap_or_else(|| format!("{} {typed}", currency.code())),
        Unit::Duration => format!("{}\u{a0}min", number(typed, lang, 1)),
        Unit::Position => format!("n°\u{a0}{}", number(typed, lang, 1)),
        Unit::Count => count(typed, lang),
        Unit::Ratio => number(typed, lang, 2),
    }
}

/// A KPI value that is a total (a forecast or a target of revenue, orders
/// or customers): money rounded to the unit, counts whole, other units as
/// [`kpi_value`].
pub fn kpi_total(value: f64, unit: crate::domain::Unit, currency: &Currency, lang: Lang) -> String {
    match unit {
        crate::domain::Unit::Money => {
            money_whole(Money::from_major_f64(value, currency), currency, lang)
        }
        _ => kpi_value(value, unit, currency, lang),
    }
}

/// A change as a signed percentage: `+20 %`, `−10 %` (see
/// [`signed_percent`]).
pub fn change(fraction: f64, lang: Lang) -> String {
    signed_percent(fraction, lang)
}

/// `janv. 2027` / `Jan 2027`.
pub fn month(d: NaiveDate, lang: Lang) -> String {
    let ms = d
        .and_hms_opt(12, 0, 0)
        .map(|dt| dt.and_utc().timestamp_millis() as f64)
        .unwrap_or_default();
    format_date(ms, lang, DateStyle::Month)
}
