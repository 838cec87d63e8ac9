//! The consultant's rate card: their roles and prices, kept in this browser
//! (not in a plan) so that every plan can take rates from it.
//!
//! Stored under [`KEY`] as JSON with a format name and a version. It is
//! read defensively: a value that is not the card, is damaged, hostile or
//! written by a newer Cap gives a [`CardError`] to show, and [`save`]
//! never writes over a stored value it could not read.

use crate::{
    domain::{
        budget::{Rate, TimeUnit},
        validate::limits,
        Currency, ItemId, Money,
    },
    storage::kv::{KvStore, StorageError},
};
use serde::{Deserialize, Serialize};

/// The localStorage key of the card.
pub const KEY: &str = "cap.rate-card";
/// The format name written in the stored value.
pub const FORMAT: &str = "cap-rate-card";
/// The version this Cap writes and reads.
pub const VERSION: u32 = 1;
/// Most entries a card keeps.
pub const MAX_ENTRIES: usize = 200;
/// Largest stored value read, in bytes.
pub const MAX_BYTES: usize = 256 * 1024;

/// One role of the card at its price.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CardEntry {
    /// The role ("Consultant senior").
    pub role: String,
    /// Per day or per hour.
    pub unit: TimeUnit,
    /// The price of one day or hour, in the currency's minor units.
    pub price: Money,
    /// The currency of the price.
    pub currency: Currency,
}

impl CardEntry {
    /// The card's entry for a plan's rate in the plan's currency.
    pub fn from_rate(rate: &Rate, currency: &Currency) -> CardEntry {
        CardEntry {
            role: rate.role.trim().to_string(),
            unit: rate.unit,
            price: rate.price,
            currency: currency.clone(),
        }
    }

    /// Whether `self` names the same role and unit as `other` (case and
    /// surrounding spaces aside), in the same currency: a card keeps one
    /// price per role in each currency.
    pub fn same_role(&self, role: &str, unit: TimeUnit, currency: &Currency) -> bool {
        self.unit == unit
            && self.currency == *currency
            && self.role.trim().to_lowercase() == role.trim().to_lowercase()
    }

    /// The plan rate this entry gives, with `id`, when the plan counts in
    /// the same currency (`None` otherwise: no conversion is made).
    pub fn to_rate(&self, id: ItemId, plan_currency: &Currency) -> Option<Rate> {
        (self.currency == *plan_currency).then(|| Rate {
            id,
            role: self.role.clone(),
            unit: self.unit,
            price: self.price,
        })
    }
}

/// The card: entries in the order they were added.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RateCard {
    /// The roles and prices.
    pub entries: Vec<CardEntry>,
}

/// What the stored value looks like.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Stored {
    format: String,
    version: u32,
    entries: Vec<CardEntry>,
}

/// Why the card could not be read or kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CardError {
    /// The stored value is not a rate card Cap can read (damaged, another
    /// format, too large); it is left as it is.
    Unreadable,
    /// Written by a newer Cap (its version); left as it is.
    Newer(u32),
    /// An entry is not acceptable (empty or too long role, price out of
    /// range), or too many entries; nothing stored changes.
    Invalid,
    /// The browser's storage refused (full, unavailable).
    Storage(StorageError),
}

impl RateCard {
    /// The entry with this role and unit in `currency`, if any.
    pub fn find(&self, role: &str, unit: TimeUnit, currency: &Currency) -> Option<usize> {
        self.entries
            .iter()
            .position(|e| e.same_role(role, unit, currency))
    }

    /// Adds `entry`, or replaces the entry with the same role and unit when
    /// `replace` is true. Returns whether the card changed (`false`: the
    /// same role and unit is there and was not to be replaced).
    pub fn put(&mut self, entry: CardEntry, replace: bool) -> bool {
        match self.find(&entry.role, entry.unit, &entry.currency) {
            Some(i) if replace => {
                self.entries[i] = entry;
                true
            }
            Some(_) => false,
            None => {
                self.entries.push(entry);
                true
            }
        }
    }
}

/// Checks one entry: a role of 1 to 300 characters, a price within the
/// currency's range.
pub fn check_entry(e: &CardEntry) -> Result<(), CardError> {
    let role = e.role.trim();
    if role.is_empty()
        || role.chars().count() > limits::SHORT_TEXT
        || role.chars().any(char::is_control)
    {
        return Err(CardError::Invalid);
    }
    if !e.price.is_in_range(&e.currency) {
        return Err(CardError::Invalid);
    }
    Ok(())
}

/// Reads a stored value.
pub fn parse(raw: &str) -> Result<RateCard, CardError> {
    if raw.len() > MAX_BYTES {
        return Err(CardError::Unreadable);
    }
    let value: serde_json::Value = serde_json::from_str(raw).map_err(|_| CardError::Unreadable)?;
    if value.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
        return Err(CardError::Unreadable);
    }
    match value.get("version").and_then(|v| v.as_u64()) {
        Some(v) if v > u64::from(VERSION) => {
            return Err(CardError::Newer(u32::try_from(v).unwrap_or(u32::MAX)))
        }
        Some(v) if v == u64::from(VERSION) => {}
        _ => return Err(CardError::Unreadable),
    }
    let stored: Stored = serde_json::from_value(value).map_err(|_| CardError::Unreadable)?;
    if stored.entries.len() > MAX_ENTRIES {
        return Err(CardError::Unreadable);
    }
    for e in &stored.entries {
        check_entry(e).map_err(|_| CardError::Unreadable)?;
    }
    Ok(RateCard {
        entries: stored.entries,
    })
}

/// The stored value of `card`, checked first.
pub fn encode(card: &RateCard) -> Result<String, CardError> {
    if card.entries.len() > MAX_ENTRIES {
        return Err(CardError::Invalid);
    }
    for e in &card.entries {
        check_entry(e)?;
    }
    let stored = Stored {
        format: FORMAT.into(),
        version: VERSION,
        entries: card.entries.clone(),
    };
    serde_json::to_string(&stored).map_err(|_| CardError::Invalid)
}

/// The card kept in `kv` (an empty one when there is none).
pub fn load(kv: &impl KvStore) -> Result<RateCard, CardError> {
    match kv.get(KEY).map_err(CardError::Storage)? {
        None => Ok(RateCard::default()),
        Some(raw) => parse(&raw),
    }
}

/// Keeps `card` in `kv`, unless what is stored there cannot be read (it is
/// then left untouched, and the reason returned).
pub fn save(kv: &impl KvStore, card: &RateCard) -> Result<(), CardError> {
    let raw = encode(card)?;
    load(kv)?;
    kv.set(KEY, &raw).map_err(CardError::Storage)
}

/// Reads the card, changes it with `f` and keeps it; nothing is written
/// when the stored card cannot be read or `f` leaves it unchanged.
pub fn update(
    kv: &impl KvStore,
    f: impl FnOnce(&mut RateCard) -> bool,
) -> Result<RateCard, CardError> {
    let mut card = load(kv)?;
    if f(&mut card) {
        save(kv, &card)?;
    }
    Ok(card)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::kv::MemoryStore;

    fn entry(role: &str, unit: TimeUnit, price: i64, code: &str) -> CardEntry {
        CardEntry {
            role: role.into(),
            unit,
            price: Money(price),
            currency: Currency::new(code).unwrap(),
        }
    }

    #[test]
    fn a_card_goes_round_the_store() {
        let kv = MemoryStore::new();
        assert_eq!(load(&kv), Ok(RateCard::default()));
        let card = RateCard {
            entries: vec![
                entry("Consultant senior", TimeUnit::Day, 120_000, "CHF"),
                entry("Graphiste", TimeUnit::Hour, 9_500, "EUR"),
            ],
        };
        save(&kv, &card).unwrap();
        assert_eq!(load(&kv), Ok(card));
        let raw = kv.get(KEY).unwrap().unwrap();
        assert!(raw.contains("\"format\":\"cap-rate-card\""), "{raw}");
        assert!(raw.contains("\"version\":1"), "{raw}");
    }

    #[test]
    fn broken_hostile_or_newer_values_are_refused_and_kept() {
        let cases = [
            ("not json", CardError::Unreadable),
            ("[]", CardError::Unreadable),
            (
                r#"{"format":"cap-plan","version":1,"entries":[]}"#,
                CardError::Unreadable,
            ),
            (
                r#"{"format":"cap-rate-card","version":2,"entries":[]}"#,
                CardError::Newer(2),
            ),
            (
                r#"{"format":"cap-rate-card","version":0,"entries":[]}"#,
                CardError::Unreadable,
            ),
            (
                r#"{"format":"cap-rate-card","version":"1","entries":[]}"#,
                CardError::Unreadable,
            ),
            (
                r#"{"format":"cap-rate-card","version":1,"entries":[{"role":"","unit":"day","price":1,"currency":"CHF"}]}"#,
                CardError::Unreadable,
            ),
            (
                r#"{"format":"cap-rate-card","version":1,"entries":[{"role":"A","unit":"day","price":-5,"currency":"CHF"}]}"#,
                CardError::Unreadable,
            ),
            (
                r#"{"format":"cap-rate-card","version":1,"entries":[{"role":"A","unit":"week","price":5,"currency":"CHF"}]}"#,
                CardError::Unreadable,
            ),
            (
                r#"{"format":"cap-rate-card","version":1,"entries":[{"role":"A","unit":"day","price":5,"currency":"<b>"}]}"#,
                CardError::Unreadable,
            ),
        ];
        for (raw, want) in cases {
            let kv = MemoryStore::new();
            kv.set(KEY, raw).unwrap();
            assert_eq!(load(&kv), Err(want.clone()), "{raw}");
            let card = RateCard {
                entries: vec![entry("X", TimeUnit::Day, 1, "CHF")],
            };
            assert_eq!(save(&kv, &card), Err(want), "{raw}");
            assert_eq!(kv.get(KEY).unwrap().as_deref(), Some(raw), "kept as it was");
        }
        let huge = format!(
            r#"{{"format":"cap-rate-card","version":1,"entries":[{{"role":"{}","unit":"day","price":1,"currency":"CHF"}}]}}"#,
            "a".repeat(MAX_BYTES)
        );
        assert_eq!(parse(&huge), Err(CardError::Unreadable));
        let long_role = format!(
            r#"{{"format":"cap-rate-card","version":1,"entries":[{{"role":"{}","unit":"day","price":1,"currency":"CHF"}}]}}"#,
            "a".repeat(limits::SHORT_TEXT + 1)
        );
        assert_eq!(parse(&long_role), Err(CardError::Unreadable));
    }

    #[test]
    fn a_full_storage_is_reported_and_invalid_entries_not_written() {
        let kv = MemoryStore::with_quota(40);
        let card = RateCard {
            entries: vec![entry("Consultant senior", TimeUnit::Day, 120_000, "CHF")],
        };
        assert_eq!(
            save(&kv, &card),
            Err(CardError::Storage(StorageError::QuotaExceeded))
        );
        let kv = MemoryStore::new();
        let bad = RateCard {
            entries: vec![entry("  ", TimeUnit::Day, 1, "CHF")],
        };
        assert_eq!(save(&kv, &bad), Err(CardError::Invalid));
        assert_eq!(kv.get(KEY).unwrap(), None);
        let too_many = RateCard {
            entries: vec![entry("A", TimeUnit::Day, 1, "CHF"); MAX_ENTRIES + 1],
        };
        assert_eq!(encode(&too_many), Err(CardError::Invalid));
    }

    #[test]
    fn same_role_and_unit_is_replaced_only_when_asked() {
        let mut card = RateCard::default();
        assert!(card.put(
            entry("Consultant senior", TimeUnit::Day, 120_000, "CHF"),
            false
        ));
        // Another unit is another entry.
        assert!(card.put(
            entry("Consultant senior", TimeUnit::Hour, 16_000, "CHF"),
            false
        ));
        let dearer = entry(" consultant SENIOR ", TimeUnit::Day, 125_000, "CHF");
        assert!(!card.put(dearer.clone(), false));
        assert_eq!(card.entries[0].price, Money(120_000));
        assert!(card.put(dearer, true));
        assert_eq!(card.entries[0].price, Money(125_000));
        assert_eq!(card.entries.len(), 2);
        // The same role in another currency is another entry: saving it
        // from a euro plan never touches the franc price.
        assert!(card.put(
            entry("Consultant senior", TimeUnit::Day, 100_000, "EUR"),
            false
        ));
        assert_eq!(card.entries.len(), 3);
        assert_eq!(card.entries[0].price, Money(125_000));
        let kv = MemoryStore::new();
        let kept = update(&kv, |c| c.put(entry("A", TimeUnit::Day, 1, "CHF"), false)).unwrap();
        assert_eq!(load(&kv), Ok(kept));
    }

    #[test]
    fn an_entry_in_another_currency_gives_no_rate() {
        let e = entry("Graphiste", TimeUnit::Hour, 9_500, "EUR");
        assert_eq!(e.to_rate(ItemId(7), &Currency::chf()), None);
        let rate = e
            .to_rate(ItemId(7), &Currency::new("EUR").unwrap())
            .unwrap();
        assert_eq!(
            (rate.id, rate.price, rate.unit),
            (ItemId(7), Money(9_500), TimeUnit::Hour)
        );
        let back = CardEntry::from_rate(&rate, &Currency::new("EUR").unwrap());
        assert_eq!(back, e);
    }
}
