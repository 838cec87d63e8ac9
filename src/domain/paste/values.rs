//! Cells read as dates, amounts and names, in the ways French-speaking
//! Switzerland, France and the US write them.

use crate::domain::{
    budget::{horizon_name, Channel, CHANNELS},
    dates, parse_money, Currency, Delivery, Horizon, Importance, Lang, Money, MoneyError,
};
use chrono::NaiveDate;

/// A name as compared: lower case, accents dropped, apostrophes made
/// straight, punctuation and runs of spaces as one space.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let plain: &str = match c {
            'à' | 'â' | 'ä' | 'á' | 'ã' | 'å' => "a",
            'ç' => "c",
            'é' | 'è' | 'ê' | 'ë' => "e",
            'î' | 'ï' | 'í' | 'ì' => "i",
            'ô' | 'ö' | 'ó' | 'ò' | 'õ' => "o",
            'ù' | 'û' | 'ü' | 'ú' => "u",
            'ÿ' => "y",
            'ñ' => "n",
            'œ' => "oe",
            'æ' => "ae",
            'ß' => "ss",
            c if c.is_alphanumeric() => {
                out.push(c);
                continue;
            }
            _ => " ",
        };
        out.push_str(plain);
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Which of day and month comes first in a date written with slashes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayOrder {
    /// 31/01/2027 (France, Switzerland, UK).
    DayFirst,
    /// 01/31/2027 (US).
    MonthFirst,
}

/// The order of the slashed dates among `cells`: day first as soon as one
/// has a first part above 12, month first as soon as one has a second part
/// above 12. When every date could be read both ways (all parts 12 or less),
/// the app's language decides: day first in French, month first in English
/// (the US way, the one English spreadsheets write with slashes).
pub fn day_order<'a>(cells: impl IntoIterator<Item = &'a str>, lang: Lang) -> DayOrder {
    let mut month_first = false;
    for cell in cells {
        let parts: Vec<&str> = cell.trim().split('/').collect();
        if parts.len() != 3 {
            continue;
        }
        let first: u32 = parts[0].trim().parse().unwrap_or(0);
        let second: u32 = parts[1].trim().parse().unwrap_or(0);
        if first > 12 && first <= 31 {
            return DayOrder::DayFirst;
        }
        if second > 12 && second <= 31 {
            month_first = true;
        }
    }
    if month_first || lang == Lang::En {
        DayOrder::MonthFirst
    } else {
        DayOrder::DayFirst
    }
}

fn year(text: &str) -> Option<i32> {
    let y: i32 = number(text, 4)?.try_into().ok()?;
    match text.len() {
        2 => Some(2000 + y),
        4 => Some(y),
        _ => None,
    }
}

fn number(text: &str, max_len: usize) -> Option<u32> {
    if text.is_empty() || text.len() > max_len || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// A date written `2027-01-31` (ISO), `31.01.2027` or `31.1.27` (Swiss),
/// `31/01/2027` or `01/31/2027` (slashes, in `order`). A time after the
/// date (`31.01.2027 00:00`) is ignored. `None` for anything else, a day
/// that does not exist, or a year outside what a plan may hold.
pub fn parse_date(text: &str, order: DayOrder) -> Option<NaiveDate> {
    let text = text.trim();
    let date = text.split([' ', 'T']).next().unwrap_or(text);
    let (sep, parts) = ['-', '.', '/'].into_iter().find_map(|sep| {
        let parts: Vec<&str> = date.split(sep).collect();
        (parts.len() == 3).then_some((sep, parts))
    })?;
    let (y, m, d) = if parts[0].len() == 4 {
        (year(parts[0])?, number(parts[1], 2)?, number(parts[2], 2)?)
    } else if sep == '-' {
        return None;
    } else {
        let (a, b) = (number(parts[0], 2)?, number(parts[1], 2)?);
        let y = year(parts[2])?;
        match (sep, order) {
            ('/', DayOrder::MonthFirst) => (y, a, b),
            _ => (y, b, a),
        }
    };
    NaiveDate::from_ymd_opt(y, m, d).filter(|d| dates::in_range(*d))
}

/// Signs written around an amount, stripped before reading it.
const SIGNS: [&str; 8] = ["CHF", "Fr.", "fr.", "SFr.", "€", "$", "£", "¥"];

/// An amount in `currency`: every form [`parse_money`] reads, with a
/// currency sign or the plan's code before or after it (`1'250.00 CHF`,
/// `€ 1 200,50`, `$1,200.50`) when the sign is the plan's currency's or a
/// symbol; an empty cell is zero.
pub fn parse_amount(text: &str, currency: &Currency) -> Result<Money, MoneyError> {
    let mut s = text.trim();
    for sign in SIGNS {
        if sign == "CHF" && currency.code() != "CHF" {
            continue;
        }
        s = s.strip_prefix(sign).unwrap_or(s).trim();
        s = s.strip_suffix(sign).unwrap_or(s).trim();
    }
    match parse_money(s, currency) {
        Err(MoneyError::Empty) => Ok(Money::ZERO),
        other => other,
    }
}

/// The catalogue channel called `text` (its French or English name, the
/// name without its bracketed abbreviation, the abbreviation, or its key),
/// else a channel of the person's own; `None` for an empty cell.
pub fn channel(text: &str) -> Option<Channel> {
    let folded = fold(text);
    if folded.is_empty() {
        return None;
    }
    let found = CHANNELS.iter().find(|c| {
        [c.name.fr, c.name.en].into_iter().any(|name| {
            let (before, inside) = match name.split_once('(') {
                Some((b, i)) => (fold(b), fold(i)),
                None => (fold(name), String::new()),
            };
            folded == fold(name) || folded == before || (!inside.is_empty() && folded == inside)
        }) || folded == fold(c.key)
    });
    Some(match found {
        Some(c) => Channel::Catalogue(c.key.to_string()),
        None => Channel::Custom(text.trim().to_string()),
    })
}

/// Whether `text` names a channel of the catalogue.
pub fn is_catalogue_channel(text: &str) -> bool {
    matches!(channel(text), Some(Channel::Catalogue(_)))
}

/// The horizon called `text` in French or English, with or without
/// "(regular)"; also "short term".
pub fn horizon(text: &str) -> Option<Horizon> {
    let f = fold(text);
    Horizon::ALL.into_iter().find(|h| {
        let name = horizon_name(*h);
        [name.fr, name.en].iter().any(|n| {
            let n = fold(n);
            f == n || (n.starts_with(&format!("{f} ")) && f.contains(' '))
        }) || match h {
            Horizon::Immediate => [
                "court terme",
                "tres court terme",
                "short term",
                "very short term",
                "now",
            ]
            .contains(&f.as_str()),
            Horizon::MediumTerm => {
                ["moyen", "medium", "mid term", "regulier", "regular"].contains(&f.as_str())
            }
            Horizon::LongTerm => ["long"].contains(&f.as_str()),
        }
    })
}

/// The importance called `text` in French or English.
pub fn importance(text: &str) -> Option<Importance> {
    let f = fold(text);
    let names: [(Importance, &[&str]); 4] = [
        (
            Importance::Critical,
            &["critique", "critical", "essentielle", "essential", "vitale"],
        ),
        (
            Importance::High,
            &[
                "haute",
                "elevee",
                "high",
                "importante",
                "important",
                "forte",
            ],
        ),
        (
            Importance::Normal,
            &["normale", "normal", "moyenne", "medium", "standard"],
        ),
        (
            Importance::Low,
            &[
                "basse",
                "faible",
                "low",
                "secondaire",
                "optionnelle",
                "optional",
            ],
        ),
    ];
    names
        .into_iter()
        .find(|(_, words)| words.contains(&f.as_str()))
        .map(|(i, _)| i)
}

/// In-house or consultant, as written in French or English.
pub fn delivery(text: &str) -> Option<Delivery> {
    let f = fold(text);
    if [
        "interne",
        "en interne",
        "in house",
        "inhouse",
        "internal",
        "maison",
    ]
    .contains(&f.as_str())
    {
        Some(Delivery::InHouse)
    } else if [
        "consultant",
        "consultante",
        "externe",
        "external",
        "agence",
        "agency",
        "prestataire",
        "freelance",
    ]
    .contains(&f.as_str())
    {
        Some(Delivery::Consultant)
    } else {
        None
    }
}

/// Header words of columns left out: totals and shares, a status, and
/// the budget CSV's producer, VAT and fee columns.
pub(super) const IGNORED: &[&str] = &[
    "total",
    "part",
    "share",
    "%",
    "statut",
    "status",
    "etat",
    "part interne",
    "in house part",
    "taux de tva",
    "vat rate",
    "montant ht",
    "amount excl tax",
    "tva",
    "vat",
    "montant ttc",
    "amount incl tax",
    "quantite",
    "quantity",
    "unite",
    "unit",
    "role",
    "tarif",
    "rate",
];
