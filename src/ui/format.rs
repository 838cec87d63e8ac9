//! Numbers, money and dates formatted for the person's locale by the
//! browser's `Intl`, never by hand.

use crate::domain::{Currency, Lang, Money};
use chrono::{DateTime, NaiveDate, Utc};
use js_sys::{Array, Intl, Object, Reflect};
use wasm_bindgen::JsValue;

/// The locale for `lang`: the browser's region when it has one (fr-CH,
/// en-GB), Switzerland otherwise (the app counts in Swiss francs first).
pub fn locale(lang: Lang) -> String {
    let region = crate::storage::browser::browser_language()
        .and_then(|tag| tag.split(['-', '_']).nth(1).map(str::to_ascii_uppercase))
        .filter(|r| r.len() == 2 && r.chars().all(|c| c.is_ascii_alphabetic()));
    format!("{}-{}", lang.code(), region.as_deref().unwrap_or("CH"))
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

/// `CHF 12’500.00` (en-CH) or `12 500,00 CHF` (fr-FR), as `Intl` writes it.
pub fn money(amount: Money, currency: &Currency, lang: Lang) -> String {
    let digits = JsValue::from(currency.minor_digits());
    let fmt = Intl::NumberFormat::new(
        &locales(lang),
        &options(&[
            ("style", "currency".into()),
            ("currency", currency.code().into()),
            ("minimumFractionDigits", digits.clone()),
            ("maximumFractionDigits", digits),
        ]),
    );
    let value = JsValue::from_f64(amount.to_major_f64(currency));
    fmt.format()
        .call1(&JsValue::NULL, &value)
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| format!("{} {}", currency.code(), amount.to_major_f64(currency)))
}

/// An amount without the currency sign, as people type it back
/// (`12’500.00`): the currency format's own digits, grouping and decimal
/// mark (which differ from plain numbers in some locales, fr-CH among them),
/// with the currency left out.
pub fn money_plain(amount: Money, currency: &Currency, lang: Lang) -> String {
    let digits = JsValue::from(currency.minor_digits());
    let fmt = Intl::NumberFormat::new(
        &locales(lang),
        &options(&[
            ("style", "currency".into()),
            ("currency", currency.code().into()),
            ("minimumFractionDigits", digits.clone()),
            ("maximumFractionDigits", digits),
        ]),
    );
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

fn format_date(ms: f64, lang: Lang, opts: &[(&str, JsValue)]) -> String {
    let date = js_sys::Date::new(&JsValue::from_f64(ms));
    Intl::DateTimeFormat::new(&locales(lang), &options(opts))
        .format()
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
    format_date(
        ms,
        lang,
        &[
            ("day", "numeric".into()),
            ("month", "short".into()),
            ("year", "numeric".into()),
        ],
    )
}

/// Date and time in the person's time zone, for "last modified".
pub fn datetime(dt: DateTime<Utc>, lang: Lang) -> String {
    format_date(
        dt.timestamp_millis() as f64,
        lang,
        &[
            ("day", "numeric".into()),
            ("month", "short".into()),
            ("year", "numeric".into()),
            ("hour", "2-digit".into()),
            ("minute", "2-digit".into()),
        ],
    )
}

/// A plain number with at most `max_fraction` decimals (`12’500.5`).
pub fn number(value: f64, lang: Lang, max_fraction: u32) -> String {
    let fmt = Intl::NumberFormat::new(
        &locales(lang),
        &options(&[("maximumFractionDigits", JsValue::from(max_fraction))]),
    );
    fmt.format()
        .call1(&JsValue::NULL, &JsValue::from_f64(value))
        .ok()
        .and_then(|s| s.as_string())
        .unwrap_or_else(|| value.to_string())
}

/// A KPI value in its unit, for reading: `2.5 %`, `CHF 85.00`, `3 min`,
/// `n° 4`. Rates are stored as fractions, durations in seconds.
pub fn kpi_value(value: f64, unit: crate::domain::Unit, currency: &Currency, lang: Lang) -> String {
    use crate::domain::{number::to_typed, Unit};
    let typed = to_typed(unit, value);
    match unit {
        Unit::Percent => format!("{}\u{a0}%", number(typed, lang, 2)),
        Unit::Money => {
            let digits = JsValue::from(currency.minor_digits());
            Intl::NumberFormat::new(
                &locales(lang),
                &options(&[
                    ("style", "currency".into()),
                    ("currency", currency.code().into()),
                    ("maximumFractionDigits", digits),
                ]),
            )
            .format()
            .call1(&JsValue::NULL, &JsValue::from_f64(typed))
            .ok()
            .and_then(|s| s.as_string())
            .unwrap_or_else(|| format!("{} {typed}", currency.code()))
        }
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
    format_date(
        ms,
        lang,
        &[("month", "short".into()), ("year", "numeric".into())],
    )
}
