//! Sector starters: a blank plan starts from a sector (restaurant, shop
//! with click & collect, online shop, B2B services, health practice,
//! trades) with the strategy elements, objectives, budget split and typical
//! actions such a business usually has, in French or English. All of it
//! arrives as ordinary items the person edits or removes, in one undo step.
//!
//! Each sector is a data table (one file each); [`apply`] turns a table
//! into one [`Command::Batch`] for the open plan.

mod apply;
mod b2b;
mod health;
mod local_shop;
mod online_shop;
mod restaurant;
mod trades;

pub use apply::{apply, budget_basis, is_blank, Basis};

use crate::domain::{
    budget::Tier, catalogue::L10n, forecast::Cost, Delivery, Every, Horizon, Importance, Lang, Rank,
};

/// A sector a plan can start from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Sector {
    /// Restaurant or café.
    Restaurant,
    /// Shop with click & collect.
    LocalShop,
    /// Online shop.
    OnlineShop,
    /// Services to businesses.
    B2bServices,
    /// Health practice.
    Health,
    /// Trades and home services.
    Trades,
}

impl Sector {
    /// Every sector, in the order they are offered.
    pub const ALL: [Sector; 6] = [
        Sector::Restaurant,
        Sector::LocalShop,
        Sector::OnlineShop,
        Sector::B2bServices,
        Sector::Health,
        Sector::Trades,
    ];

    /// A stable key (test ids, logs).
    pub fn key(self) -> &'static str {
        match self {
            Sector::Restaurant => "restaurant",
            Sector::LocalShop => "local-shop",
            Sector::OnlineShop => "online-shop",
            Sector::B2bServices => "b2b",
            Sector::Health => "health",
            Sector::Trades => "trades",
        }
    }

    pub(crate) fn table(self) -> &'static Starter {
        match self {
            Sector::Restaurant => &restaurant::STARTER,
            Sector::LocalShop => &local_shop::STARTER,
            Sector::OnlineShop => &online_shop::STARTER,
            Sector::B2bServices => &b2b::STARTER,
            Sector::Health => &health::STARTER,
            Sector::Trades => &trades::STARTER,
        }
    }

    /// Its name in `lang`.
    pub fn name(self, lang: Lang) -> &'static str {
        self.table().name.get(lang)
    }

    /// One line on what comes with it, in `lang`.
    pub fn description(self, lang: Lang) -> &'static str {
        self.table().blurb.get(lang)
    }

    /// The total it splits when the plan has none, in major units of the
    /// plan's currency.
    pub fn default_total(self) -> i64 {
        self.table().total
    }

    /// How many objectives, budget lines and actions it adds.
    pub fn counts(self) -> (usize, usize, usize) {
        let t = self.table();
        (t.objectives.len(), t.lines.len(), t.actions.len())
    }
}

/// What a sector brings, in both languages.
pub(crate) struct Starter {
    /// The sector's name.
    pub name: L10n,
    /// One line on what comes with it.
    pub blurb: L10n,
    /// The plan's sector field, when the plan has none.
    pub sector: L10n,
    /// The total split when the plan has none, in major units.
    pub total: i64,
    /// Strategy elements of the catalogue, with a note for this sector.
    pub elements: &'static [El],
    /// Suggested objectives.
    pub objectives: &'static [Obj],
    /// The budget's lines.
    pub lines: &'static [Line],
    /// Typical actions.
    pub actions: &'static [Act],
}

/// A strategy element: the catalogue's key and a note.
pub(crate) struct El {
    pub key: &'static str,
    pub note: L10n,
}

/// A suggested objective. KPIs come without baseline or target: those are
/// the person's figures.
pub(crate) struct Obj {
    pub title: L10n,
    pub rank: Rank,
    /// The catalogue's objective it matches, if one does.
    pub template: Option<&'static str>,
    /// Indexes into the starter's elements.
    pub elements: &'static [usize],
    /// The specific statement.
    pub statement: L10n,
    /// Catalogue KPI keys.
    pub kpis: &'static [&'static str],
    /// Deadline: the end of this month of the plan (12: the plan's end).
    pub months: u32,
    /// Why it is realistic.
    pub why: L10n,
}

/// What a budget line pays for.
pub(crate) enum Chan {
    /// A channel of the catalogue, by key.
    Key(&'static str),
    /// A channel the catalogue does not have, named in both languages.
    Own(L10n),
}

/// A budget line: its channel and its share of the total per horizon, in
/// percent (the whole table adds up to 100).
pub(crate) struct Line {
    pub channel: Chan,
    pub pct: [u64; 3],
    pub delivery: Delivery,
    /// Indexes into the starter's objectives.
    pub objectives: &'static [usize],
    /// Its tier for the 70/20/10 rule, when not the channel's usual one.
    pub tier: Option<Tier>,
    /// What the money buys, when not the channel's usual cost.
    pub cost: Option<Cost>,
}

/// A typical action.
pub(crate) struct Act {
    pub title: L10n,
    pub note: L10n,
    /// (month of the plan from 0, day 1-28) it starts, in a twelve-month
    /// plan; a shorter plan has its dates drawn closer.
    pub at: (u32, u32),
    /// Length in days (of each occurrence for a repeating action).
    pub days: i64,
    pub importance: Importance,
    pub horizon: Horizon,
    pub every: Option<Every>,
    /// Index into the starter's lines, if it spends from one.
    pub line: Option<usize>,
    /// Its cost, in percent of its line's amount (all occurrences).
    pub cost_pct: u64,
    /// Indexes into the starter's objectives.
    pub objectives: &'static [usize],
}

/// An objective, in the tables' order of fields.
#[allow(clippy::too_many_arguments)]
pub(crate) const fn obj(
    title: L10n,
    rank: Rank,
    template: Option<&'static str>,
    elements: &'static [usize],
    statement: L10n,
    kpis: &'static [&'static str],
    months: u32,
    why: L10n,
) -> Obj {
    Obj {
        title,
        rank,
        template,
        elements,
        statement,
        kpis,
        months,
        why,
    }
}

/// A budget line, in the tables' order of fields.
pub(crate) const fn line(
    channel: Chan,
    pct: [u64; 3],
    delivery: Delivery,
    objectives: &'static [usize],
) -> Line {
    Line {
        channel,
        pct,
        delivery,
        objectives,
        tier: None,
        cost: None,
    }
}

/// A budget line whose tier or cost differs from its channel's usual ones
/// (a Google profile is a proven channel; LinkedIn ads buy LinkedIn clicks).
pub(crate) const fn line_as(
    channel: Chan,
    pct: [u64; 3],
    delivery: Delivery,
    objectives: &'static [usize],
    tier: Option<Tier>,
    cost: Option<Cost>,
) -> Line {
    Line {
        tier,
        cost,
        ..line(channel, pct, delivery, objectives)
    }
}

/// An action, in the tables' order of fields.
#[allow(clippy::too_many_arguments)]
pub(crate) const fn act(
    title: L10n,
    note: L10n,
    at: (u32, u32),
    days: i64,
    importance: Importance,
    horizon: Horizon,
    every: Option<Every>,
    line: Option<usize>,
    cost_pct: u64,
    objectives: &'static [usize],
) -> Act {
    Act {
        title,
        note,
        at,
        days,
        importance,
        horizon,
        every,
        line,
        cost_pct,
        objectives,
    }
}

#[cfg(test)]
mod tests;
