//! The keys of the forecast's choices: one word each, the same in every
//! language, for the values of a select, element ids and test ids. Where
//! the choice is stored in a plan file, its key is the name the file uses.

use super::{Cost, Industry, Media, Rate, TargetPeriod};

impl Media {
    /// Its key: `search`, `meta`, `linkedin`, `display`, `email`.
    pub fn key(self) -> &'static str {
        match self {
            Media::Search => "search",
            Media::Meta => "meta",
            Media::Linkedin => "linkedin",
            Media::Display => "display",
            Media::Email => "email",
        }
    }

    /// The media whose key is `key`.
    pub fn from_key(key: &str) -> Option<Media> {
        Media::ALL.into_iter().find(|m| m.key() == key)
    }
}

impl Cost {
    /// Its key: its media's for paid media, else `production` or `tools`.
    pub fn key(self) -> &'static str {
        match self {
            Cost::Media(m) => m.key(),
            Cost::Production => "production",
            Cost::Tools => "tools",
        }
    }

    /// The kind of spending whose key is `key`.
    pub fn from_key(key: &str) -> Option<Cost> {
        Cost::ALL.into_iter().find(|c| c.key() == key)
    }
}

impl Industry {
    /// Its key: `all`, `food`, `shops`, `b2b`, `health`, `trades`.
    pub fn key(self) -> &'static str {
        match self {
            Industry::All => "all",
            Industry::Food => "food",
            Industry::Shops => "shops",
            Industry::B2b => "b2b",
            Industry::Health => "health",
            Industry::Trades => "trades",
        }
    }

    /// The industry whose key is `key`.
    pub fn from_key(key: &str) -> Option<Industry> {
        Industry::ALL.into_iter().find(|i| i.key() == key)
    }
}

impl TargetPeriod {
    /// Its key: `month`, `year`, `plan`.
    pub fn key(self) -> &'static str {
        match self {
            TargetPeriod::Month => "month",
            TargetPeriod::Year => "year",
            TargetPeriod::Plan => "plan",
        }
    }

    /// The period whose key is `key`.
    pub fn from_key(key: &str) -> Option<TargetPeriod> {
        TargetPeriod::ALL.into_iter().find(|p| p.key() == key)
    }
}

impl Rate {
    /// Its key: `price`, `ctr`, `conversion`.
    pub fn key(self) -> &'static str {
        match self {
            Rate::Price => "price",
            Rate::Ctr => "ctr",
            Rate::Conversion => "conversion",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;
    use std::collections::HashSet;

    /// Every key is distinct, read back to its choice, and is the name a
    /// plan file stores the choice under.
    fn check<T: Copy + PartialEq + std::fmt::Debug>(
        all: &[T],
        key: fn(T) -> &'static str,
        from_key: fn(&str) -> Option<T>,
    ) {
        let keys: HashSet<_> = all.iter().map(|c| key(*c)).collect();
        assert_eq!(keys.len(), all.len(), "keys are distinct");
        for c in all {
            assert_eq!(from_key(key(*c)), Some(*c));
        }
        assert_eq!(from_key(""), None);
        assert_eq!(from_key("Search"), None, "keys are exact");
    }

    fn stored_as<T: Serialize>(choice: T, key: &str) {
        assert_eq!(serde_json::to_value(choice).ok(), Some(key.into()));
    }

    #[test]
    fn media_keys_read_back_and_are_the_file_names() {
        check(&Media::ALL, Media::key, Media::from_key);
        for m in Media::ALL {
            stored_as(m, m.key());
        }
        assert_eq!(Media::Search.key(), "search");
    }

    #[test]
    fn industry_keys_read_back_and_are_the_file_names() {
        check(&Industry::ALL, Industry::key, Industry::from_key);
        for i in Industry::ALL {
            stored_as(i, i.key());
        }
        assert_eq!(Industry::B2b.key(), "b2b");
    }

    #[test]
    fn period_keys_read_back_and_are_the_file_names() {
        check(
            &TargetPeriod::ALL,
            TargetPeriod::key,
            TargetPeriod::from_key,
        );
        for p in TargetPeriod::ALL {
            stored_as(p, p.key());
        }
    }

    #[test]
    fn cost_keys_read_back_paid_media_by_its_media() {
        check(&Cost::ALL, Cost::key, Cost::from_key);
        assert_eq!(
            Cost::from_key("meta"),
            Some(Cost::Media(Media::Meta)),
            "a paid media's key is its media's"
        );
        assert_eq!(Cost::from_key("tools"), Some(Cost::Tools));
        assert_eq!(Cost::from_key("production"), Some(Cost::Production));
    }

    #[test]
    fn rate_keys_are_distinct() {
        let keys: HashSet<_> = Rate::ALL.iter().map(|r| r.key()).collect();
        assert_eq!(keys, HashSet::from(["price", "ctr", "conversion"]));
    }
}
