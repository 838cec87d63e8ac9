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
    use crate::domain::keys::tests::check;
    use std::collections::HashSet;

    #[test]
    fn media_keys_read_back_and_are_the_file_names() {
        check(&Media::ALL, Media::key, Media::from_key);
        assert_eq!(Media::Search.key(), "search");
    }

    #[test]
    fn industry_keys_read_back_and_are_the_file_names() {
        check(&Industry::ALL, Industry::key, Industry::from_key);
        assert_eq!(Industry::B2b.key(), "b2b");
    }

    #[test]
    fn period_keys_read_back_and_are_the_file_names() {
        check(
            &TargetPeriod::ALL,
            TargetPeriod::key,
            TargetPeriod::from_key,
        );
    }

    #[test]
    fn cost_keys_read_back_paid_media_by_its_media() {
        // Not `check`: a cost is stored in the plan by its own shape, not its key.
        let keys: HashSet<_> = Cost::ALL.iter().map(|c| c.key()).collect();
        assert_eq!(keys.len(), Cost::ALL.len(), "keys are distinct");
        for c in Cost::ALL {
            assert_eq!(Cost::from_key(c.key()), Some(c));
        }
        assert_eq!(Cost::from_key(""), None);
        assert_eq!(Cost::from_key("Search"), None, "keys are exact");
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
