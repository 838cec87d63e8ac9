//! Numbers, money and dates formatted for the person's locale by the
//! browser's `Intl`, never by hand.
//!
//! Building an `Intl` formatter costs far more than using one (on the
//! budget page, building them was the largest share of a keystroke: 120
//! cells, totals, bars and months each built their own), so each formatter
//! is built once per locale and options, and kept for the page's life.

use crate::domain::{Currency, Lang, Money};
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
}

/// The formatter for `lang` and `style`, built on first use.
fn number_format(lang: Lang, style: NumberStyle) -> Intl::NumberFormat {
    let key = match style {
        NumberStyle::Plain(max) => format!("{}|n|{max}", lang.code()),
        NumberStyle::Money(c) => format!("{}|m|{}", lang.code(), c.code()),
    };
    NUMBER.with(|cache| {
        kept(cache, key, || {
            let opts = match style {
                NumberStyle::Plain(max) => {
                    options(&[("maximumFractionDigits", JsValue::from(max))])
                }
                NumberStyle::Money(c) => {
                    let digits = JsValue::from(c.minor_digits());
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

/// `value` written by the formatter for `lang` and `style`.
fn format_number(value: f64, lang: Lang, style: NumberStyle) -> Option<String> {
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

/// Date and time in the person's time zone, for "last modified".
pub fn datetime(dt: DateTime<Utc>, lang: Lang) -> String {
    format_date(dt.timestamp_millis() as f64, lang, DateStyle::DayTime)
}

/// A plain number with at most `max_fraction` decimals (`12’500.5`).
pub fn number(value: f64, lang: Lang, max_fraction: u32) -> String {
    format_number(value, lang, NumberStyle::Plain(max_fraction))
        .unwrap_or_else(|| value.to_string())
}

/// A KPI value in its unit, for reading: `2.5 %`, `CHF 85.00`, `3 min`,
/// `n° 4`. Rates are stored as fractions, durations in seconds.
pub fn kpi_value(value: f64, unit: crate::domain::Unit, currency: &Currency, lang: Lang) -> String {
    use crate::domain::{number::to_typed, Unit};
    let typed = to_typed(unit, value);
    match unit {
        Unit::Percent => format!("{}\u{a0}%", number(typed, lang, 2)),
        Unit::Money => format_number(typed, lang, NumberStyle::Money(currency))
            .unwrap_or_else(|| format!("{} {typed}", currency.code())),
        Unit::Duration => format!("{}\u{a0}min", number(typed, lang, 1)),
        Unit::Position => format!("n°\u{a0}{}", number(typed, lang, 1)),
        Unit::Count | Unit::Ratio => number(typed, lang, 2),
    }
}

/// A change as a signed percentage: `+20 %`, `−10 %`.
pub fn change(fraction: f64, lang: Lang) -> String {
    let text = number(fraction * 100.0, lang, 2);
    if fraction > 0.0 {
        format!("+{text}\u{a0}%")
    } else {
        format!("{text}\u{a0}%")
    }
}

/// `janv. 2027` / `Jan 2027`.
pub fn month(d: NaiveDate, lang: Lang) -> String {
    let ms = d
        .and_hms_opt(12, 0, 0)
        .map(|dt| dt.and_utc().timestamp_millis() as f64)
        .unwrap_or_default();
    format_date(ms, lang, DateStyle::Month)
}
