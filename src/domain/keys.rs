//! The keys of the plan's choices: one word each, the same in every
//! language and the name a plan file stores the choice under, for the
//! values of a select, CSS classes and test ids. `ALL` lists each type's
//! choices in the order a select shows them. The forecast's choices have
//! theirs in `forecast` (keys.rs).

use crate::domain::{budget::Tier, ActionStatus, Delivery, Every, Importance, Unit};

impl Importance {
    /// Every level, most important first.
    pub const ALL: [Importance; 4] = [
        Importance::Critical,
        Importance::High,
        Importance::Normal,
        Importance::Low,
    ];

    /// Its key: `critical`, `high`, `normal`, `low`.
    pub fn key(self) -> &'static str {
        match self {
            Importance::Critical => "critical",
            Importance::High => "high",
            Importance::Normal => "normal",
            Importance::Low => "low",
        }
    }

    /// The level whose key is `key`.
    pub fn from_key(key: &str) -> Option<Importance> {
        Importance::ALL.into_iter().find(|i| i.key() == key)
    }
}

impl ActionStatus {
    /// Every status, from planned to cancelled.
    pub const ALL: [ActionStatus; 4] = [
        ActionStatus::Planned,
        ActionStatus::InProgress,
        ActionStatus::Done,
        ActionStatus::Cancelled,
    ];

    /// Its key: `planned`, `in_progress`, `done`, `cancelled`.
    pub fn key(self) -> &'static str {
        match self {
            ActionStatus::Planned => "planned",
            ActionStatus::InProgress => "in_progress",
            ActionStatus::Done => "done",
            ActionStatus::Cancelled => "cancelled",
        }
    }

    /// The status whose key is `key`.
    pub fn from_key(key: &str) -> Option<ActionStatus> {
        ActionStatus::ALL.into_iter().find(|s| s.key() == key)
    }
}

impl Every {
    /// Every period of a repeat, shortest first.
    pub const ALL: [Every; 3] = [Every::Week, Every::Month, Every::Quarter];

    /// Its key: `week`, `month`, `quarter`.
    pub fn key(self) -> &'static str {
        match self {
            Every::Week => "week",
            Every::Month => "month",
            Every::Quarter => "quarter",
        }
    }

    /// The period whose key is `key`.
    pub fn from_key(key: &str) -> Option<Every> {
        Every::ALL.into_iter().find(|e| e.key() == key)
    }
}

impl Delivery {
    /// Both ways of doing the work.
    pub const ALL: [Delivery; 2] = [Delivery::InHouse, Delivery::Consultant];

    /// Its key: `in_house`, `consultant`.
    pub fn key(self) -> &'static str {
        match self {
            Delivery::InHouse => "in_house",
            Delivery::Consultant => "consultant",
        }
    }

    /// The way whose key is `key`.
    pub fn from_key(key: &str) -> Option<Delivery> {
        Delivery::ALL.into_iter().find(|d| d.key() == key)
    }
}

impl Tier {
    /// Its key: `proven`, `emerging`, `experimental`.
    pub fn key(self) -> &'static str {
        match self {
            Tier::Proven => "proven",
            Tier::Emerging => "emerging",
            Tier::Experimental => "experimental",
        }
    }

    /// The tier whose key is `key`.
    pub fn from_key(key: &str) -> Option<Tier> {
        Tier::ALL.into_iter().find(|t| t.key() == key)
    }
}

impl Unit {
    /// Every unit, in the order a KPI's form offers them.
    pub const ALL: [Unit; 6] = [
        Unit::Count,
        Unit::Percent,
        Unit::Money,
        Unit::Duration,
        Unit::Position,
        Unit::Ratio,
    ];

    /// Its key: `count`, `percent`, `money`, `duration`, `position`,
    /// `ratio`.
    pub fn key(self) -> &'static str {
        match self {
            Unit::Count => "count",
            Unit::Percent => "percent",
            Unit::Money => "money",
            Unit::Duration => "duration",
            Unit::Position => "position",
            Unit::Ratio => "ratio",
        }
    }

    /// The unit whose key is `key`.
    pub fn from_key(key: &str) -> Option<Unit> {
        Unit::ALL.into_iter().find(|u| u.key() == key)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use serde::Serialize;
    use std::{collections::HashSet, fmt::Debug};

    /// Every key is distinct, reads back to its choice, is exact, and is
    /// the name a plan file stores the choice under.
    pub(crate) fn check<T: Copy + PartialEq + Debug + Serialize>(
        all: &[T],
        key: fn(T) -> &'static str,
        from_key: fn(&str) -> Option<T>,
    ) {
        let keys: HashSet<_> = all.iter().map(|c| key(*c)).collect();
        assert_eq!(keys.len(), all.len(), "keys are distinct");
        for c in all {
            assert_eq!(from_key(key(*c)), Some(*c));
            assert_eq!(serde_json::to_value(c).ok(), Some(key(*c).into()));
            assert_eq!(from_key(&key(*c).to_uppercase()), None, "exact");
        }
        assert_eq!(from_key(""), None);
    }

    #[test]
    fn every_choice_has_one_key_the_files_own_name() {
        check(&Importance::ALL, Importance::key, Importance::from_key);
        check(
            &ActionStatus::ALL,
            ActionStatus::key,
            ActionStatus::from_key,
        );
        check(&Every::ALL, Every::key, Every::from_key);
        check(&Delivery::ALL, Delivery::key, Delivery::from_key);
        check(&Tier::ALL, Tier::key, Tier::from_key);
        check(&Unit::ALL, Unit::key, Unit::from_key);
    }
}
