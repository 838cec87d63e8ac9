//! The actions of the timeline: what is done, when, at what cost.

mod copy;
mod defaults;

pub use copy::CopyShift;
pub use defaults::{
    action_for_line, clamp_to, follow_line, horizon_schedule, line_horizon, set_horizon, span_days,
    FromLine, Schedule,
};

use crate::domain::{
    budget::{Channel, Fee, Qty},
    dates, parse_money,
    production::ContentType,
    Currency, Delivery, Horizon, ItemId, Money, MoneyError,
};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// How important an action is (the timeline's colour code).
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Importance {
    /// Must happen.
    Critical,
    /// Important.
    High,
    /// Normal.
    #[default]
    Normal,
    /// Nice to have.
    Low,
}

/// Where an action stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActionStatus {
    /// Not started.
    #[default]
    Planned,
    /// Under way.
    InProgress,
    /// Finished.
    Done,
    /// Dropped.
    Cancelled,
}

/// An action on the timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    /// Stable id.
    pub id: ItemId,
    /// Short title.
    pub title: String,
    /// First day.
    pub start: NaiveDate,
    /// Last day (equal to `start` for a one-day action).
    pub end: NaiveDate,
    /// Colour code.
    #[serde(default)]
    pub importance: Importance,
    /// Progress.
    #[serde(default)]
    pub status: ActionStatus,
    /// Objectives it serves.
    #[serde(default)]
    pub objectives: Vec<ItemId>,
    /// Budget line it spends from.
    #[serde(default)]
    pub budget_line: Option<ItemId>,
    /// Planned cost, all occurrences together.
    #[serde(default)]
    pub cost: Money,
    /// What it involves.
    #[serde(default)]
    pub description: String,
    /// Channel or tool it uses, when it is not its budget line's.
    #[serde(default)]
    pub channel: Option<Channel>,
    /// Horizon it belongs to.
    #[serde(default)]
    pub horizon: Option<Horizon>,
    /// Who carries it out.
    #[serde(default)]
    pub owner: String,
    /// In-house or consultant.
    #[serde(default)]
    pub delivery: Delivery,
    /// Repeats (the regular medium-term actions).
    #[serde(default)]
    pub recurrence: Option<Recurrence>,
    /// What it has cost so far.
    #[serde(default)]
    pub spent: Money,
    /// Time at one of the plan's rates: the cost follows it (schema 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee: Option<Fee>,
    /// In-house hours it takes, which cost no cash (schema 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours: Option<Qty>,
    /// The kind of content it produces (schema 5).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub content: Option<ContentType>,
}

/// How often an action repeats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Every {
    /// Each week.
    Week,
    /// Each month.
    Month,
    /// Each quarter.
    Quarter,
}

/// A repeating action: occurrences from its start, every period, until a
/// last day (or the end of the plan).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recurrence {
    /// How often.
    pub every: Every,
    /// No occurrence starts after this day; `None`: the end of the plan.
    #[serde(default)]
    pub until: Option<NaiveDate>,
}

/// An action's cost or spending as typed in `currency`: an amount
/// ([`parse_money`]), or zero when left empty.
pub fn parse_action_amount(text: &str, currency: &Currency) -> Result<Money, MoneyError> {
    match parse_money(text, currency) {
        Err(MoneyError::Empty) => Ok(Money::ZERO),
        other => other,
    }
}

impl Importance {
    /// Whether it stands out in a summary: critical or high.
    pub fn stands_out(self) -> bool {
        matches!(self, Importance::Critical | Importance::High)
    }
}

impl Action {
    /// A one-day action with only a title.
    pub fn new(id: ItemId, title: &str, day: NaiveDate) -> Action {
        Action {
            id,
            title: title.to_string(),
            start: day,
            end: day,
            importance: Importance::Normal,
            status: ActionStatus::Planned,
            objectives: Vec::new(),
            budget_line: None,
            cost: Money::ZERO,
            description: String::new(),
            channel: None,
            horizon: None,
            owner: String::new(),
            delivery: Delivery::InHouse,
            recurrence: None,
            spent: Money::ZERO,
            fee: None,
            hours: None,
            content: None,
        }
    }

    /// The action moved by `weeks` (negative: earlier), its first and last
    /// days together; `None` when a day would leave the years a plan may
    /// hold (the command would refuse it).
    pub fn shifted(&self, weeks: i64) -> Option<Action> {
        let mut moved = self.clone();
        moved.start = dates::shift_weeks(self.start, weeks)?;
        moved.end = dates::shift_weeks(self.end, weeks)?;
        Some(moved)
    }

    /// Moves its first day to `day`; when that passes its last day, the
    /// last day moves too, keeping the action's length.
    pub fn move_start(&mut self, day: NaiveDate) {
        let length = self.end - self.start;
        self.start = day;
        if self.end < day {
            self.end = day.checked_add_signed(length).unwrap_or(day);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, m, day).unwrap_or_default()
    }

    #[test]
    fn an_amount_left_empty_is_zero_and_a_wrong_one_is_refused() {
        let chf = Currency::default();
        assert_eq!(parse_action_amount("", &chf), Ok(Money::ZERO));
        assert_eq!(parse_action_amount("  ", &chf), Ok(Money::ZERO));
        assert_eq!(parse_action_amount("1'200.50", &chf), Ok(Money(120_050)));
        assert_eq!(parse_action_amount("-5", &chf), Err(MoneyError::Negative));
    }

    #[test]
    fn moving_the_start_past_the_end_keeps_the_length() {
        let mut a = Action::new(ItemId(1), "Fair", d(3, 1));
        a.end = d(3, 4);
        a.move_start(d(3, 2));
        assert_eq!(
            (a.start, a.end),
            (d(3, 2), d(3, 4)),
            "within: the end stays"
        );
        a.move_start(d(2, 20));
        assert_eq!((a.start, a.end), (d(2, 20), d(3, 4)), "earlier: longer");
        a.end = d(2, 23);
        a.move_start(d(4, 10));
        assert_eq!(
            (a.start, a.end),
            (d(4, 10), d(4, 13)),
            "past the end: moved"
        );
    }

    #[test]
    fn an_action_shifts_by_weeks_within_the_years_a_plan_holds() {
        let mut a = Action::new(ItemId(1), "Fair", d(3, 1));
        a.end = d(3, 4);
        let later = a.shifted(2);
        assert_eq!(later.map(|m| (m.start, m.end)), Some((d(3, 15), d(3, 18))));
        let earlier = a.shifted(-1);
        assert_eq!(
            earlier.map(|m| (m.start, m.end)),
            Some((d(2, 22), d(2, 25)))
        );
        assert_eq!(a.shifted(52 * 200), None, "past 2200");
        a.end = dates::latest();
        assert_eq!(a.shifted(1), None, "its last day would leave the range");
    }
}
