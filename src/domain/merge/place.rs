//! How a conflict is worded: where it is in the plan and the two values.

use super::{
    tree::{Raw, Seg},
    Field, Place, Shown,
};
use crate::domain::{budget::Channel, diff::Section, Horizon, Lang, Money, StrategyKind};
use chrono::NaiveDate;
use serde_json::Value;

/// Longest compact JSON shown for a value with no better wording.
const SHOWN_CHARS: usize = 80;

/// The section a top-level key of the plan belongs to.
fn section(key: &str) -> Section {
    match key {
        "strategy_elements" => Section::Strategy,
        "objectives" | "custom_kpis" => Section::Objectives,
        "budget" | "production" => Section::Budget,
        "actions" => Section::Actions,
        "measurements" => Section::Measurements,
        _ => Section::Plan,
    }
}

/// The name of an item as the plan has it: its title, name, role, channel,
/// strategy element or day; `#id` when it has none of them.
pub(super) fn label(item: &Value, lang: Lang) -> String {
    let text = |k: &str| {
        item.get(k)
            .and_then(Value::as_str)
            .filter(|s| !s.trim().is_empty())
    };
    if let Some(t) = text("title")
        .or_else(|| text("name"))
        .or_else(|| text("role"))
    {
        return t.to_string();
    }
    if let Some(c) = item.get("channel") {
        if let Ok(channel) = serde_json::from_value::<Channel>(c.clone()) {
            return channel.name(lang);
        }
    }
    if let Some(Ok(kind)) = item
        .get("kind")
        .map(|k| serde_json::from_value::<StrategyKind>(k.clone()))
    {
        return match kind {
            StrategyKind::Catalogue(key) => crate::domain::catalogue::strategy_element(&key)
                .map_or(key, |d| d.name.get(lang).to_string()),
            StrategyKind::Custom(name) => name,
        };
    }
    if let Some(day) = text("date") {
        return day.to_string();
    }
    item.get("id")
        .map_or_else(String::new, |id| format!("#{id}"))
}

/// Where `raw` is: its section, the item it is in (named as in `plan`, the
/// merged plan's JSON, or in either side's) and its field.
pub(super) fn place(raw: &Raw, sides: [&Value; 2], lang: Lang) -> Place {
    let path = &raw.path;
    let top = match path.first() {
        Some(Seg::Key(k)) => k.as_str(),
        _ => "",
    };
    let at = path.iter().position(|s| matches!(s, Seg::Item(..)));
    let item = at.and_then(|i| {
        sides
            .iter()
            .find_map(|v| super::tree::lookup(v, &path[..=i]))
            .map(|v| label(v, lang))
    });
    let rest = at.map_or(&path[1.min(path.len())..], |i| &path[i + 1..]);
    let field = if path.as_slice() == [Seg::Key("budget".into())] {
        Field::Budget
    } else if at.is_some() && rest.is_empty() {
        Field::Whole
    } else {
        field(top, rest)
    };
    Place {
        section: section(top),
        item,
        field,
    }
}

fn field(top: &str, rest: &[Seg]) -> Field {
    let keys: Vec<String> = rest
        .iter()
        .map(|s| match s {
            Seg::Key(k) => k.clone(),
            Seg::Index(i) => i.to_string(),
            Seg::Item(_, key) => match key.get("value").unwrap_or(key) {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            },
        })
        .collect();
    let last = keys.last().map(String::as_str).unwrap_or(top);
    match (rest, last) {
        ([.., Seg::Key(k), Seg::Index(i)], _) if k == "amounts" => Horizon::ALL
            .get(*i)
            .map_or_else(|| Field::Other(keys.join(".")), |h| Field::Cell(*h)),
        ([], _) if top == "name" => Field::Name,
        ([], _) if top == "client" => Field::Client,
        ([Seg::Key(k)], _) if top == "budget" && k == "total" => Field::Total,
        (_, "title") => Field::Title,
        (_, "name") => Field::Name,
        (_, "start") => Field::Start,
        (_, "end") => Field::End,
        (_, "target") => Field::Target,
        ([], _) => Field::Other(top.to_string()),
        _ => Field::Other(keys.join(".")),
    }
}

/// One side's value of `raw`, worded.
pub(super) fn shown(raw: &Raw, value: Option<&Value>, field: &Field, lang: Lang) -> Shown {
    let Some(v) = value else {
        return Shown::Absent;
    };
    let money_key = matches!(
        raw.path.last(),
        Some(Seg::Key(k)) if ["total", "cost", "spent", "price"].contains(&k.as_str())
    );
    match (field, v) {
        (Field::Budget, _) => allocated(v).map_or_else(|| compact(v), Shown::Money),
        (Field::Whole, _) => Shown::Item(label(v, lang)),
        (_, Value::Null) => Shown::Absent,
        (Field::Cell(_), Value::Number(n)) | (_, Value::Number(n)) if money_key => n
            .as_i64()
            .map_or_else(|| compact(v), |m| Shown::Money(Money(m))),
        (Field::Cell(_), Value::Number(n)) => n
            .as_i64()
            .map_or_else(|| compact(v), |m| Shown::Money(Money(m))),
        (_, Value::Number(n)) => Shown::Number(n.to_string()),
        (_, Value::Bool(b)) => Shown::Bool(*b),
        (_, Value::String(s)) => NaiveDate::parse_from_str(s, "%Y-%m-%d")
            .map_or_else(|_| Shown::Text(s.clone()), Shown::Date),
        _ => compact(v),
    }
}

/// Compact JSON, cut to [`SHOWN_CHARS`] characters.
fn compact(v: &Value) -> Shown {
    let text = v.to_string();
    if text.chars().count() > SHOWN_CHARS {
        let cut: String = text.chars().take(SHOWN_CHARS - 1).collect();
        Shown::Other(format!("{cut}…"))
    } else {
        Shown::Other(text)
    }
}

/// What a budget's JSON allocates: the sum of its lines' cells (as
/// `Budget::allocated`, read without the budget's deserializer).
fn allocated(budget: &Value) -> Option<Money> {
    let mut sum = Money::ZERO;
    for line in budget.get("lines")?.as_array()? {
        for cell in line.get("amounts")?.as_array()? {
            sum = sum + Money(cell.as_i64()?);
        }
    }
    Some(sum)
}
