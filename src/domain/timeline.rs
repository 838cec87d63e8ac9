//! The timeline (échéancier): occurrences of repeating actions, actions
//! outside the plan period, an action's channel, which actions a filter
//! keeps, budget lines over-committed by their actions, and re-planning by
//! shifting actions.

use crate::domain::{
    budget::Channel, dates, Action, ActionStatus, Command, CommandError, Every, Importance, ItemId,
    Lang, Money, Plan,
};
use chrono::{Duration, Months, NaiveDate};

/// Most occurrences drawn for one action (a weekly action over years).
pub const MAX_OCCURRENCES: usize = 520;

/// The (start, end) days of each occurrence of `action`: one for a single
/// action; for a repeating one, every week, month or quarter from its start
/// until its last day or `plan_end`, each as long as the first.
pub fn occurrences(action: &Action, plan_end: NaiveDate) -> Vec<(NaiveDate, NaiveDate)> {
    each_occurrence(action, plan_end).collect()
}

/// The occurrences of [`occurrences`], one at a time and in order, for a
/// reader that stops early (the dashboard's agenda stops at its window).
pub fn each_occurrence(
    action: &Action,
    plan_end: NaiveDate,
) -> impl Iterator<Item = (NaiveDate, NaiveDate)> {
    let (first, last, recurrence) = (action.start, action.end, action.recurrence);
    let length = last - first;
    (0..MAX_OCCURRENCES as u32).map_while(move |k| {
        let Some(r) = recurrence else {
            return (k == 0).then_some((first, last));
        };
        let start = match r.every {
            Every::Week => first.checked_add_signed(Duration::weeks(i64::from(k))),
            Every::Month => first.checked_add_months(Months::new(k)),
            Every::Quarter => first.checked_add_months(Months::new(3 * k)),
        }?;
        // An end past chrono's last day stops the list (only a plan that
        // failed validation comes near it).
        let end = start.checked_add_signed(length)?;
        (start <= r.until.unwrap_or(plan_end)).then_some((start, end))
    })
}

/// Whether any day of `action` falls outside the plan period.
pub fn outside_period(plan: &Plan, action: &Action) -> bool {
    occurrences(action, plan.period.end)
        .iter()
        .any(|(s, e)| *s < plan.period.start || *e > plan.period.end)
}

/// The channel of `action`: its own, or else its budget line's; `None`
/// when it has neither (or its line is gone).
pub fn channel_of<'a>(plan: &'a Plan, action: &'a Action) -> Option<&'a Channel> {
    action.channel.as_ref().or_else(|| {
        action
            .budget_line
            .and_then(|id| plan.line(id))
            .map(|l| &l.channel)
    })
}

/// The names in `lang` of the actions' channels ([`channel_of`]), sorted,
/// each once: the choices of [`ActionFilter::channel`].
pub fn channel_names(plan: &Plan, lang: Lang) -> Vec<String> {
    let mut names: Vec<String> = plan
        .actions
        .iter()
        .filter_map(|a| channel_of(plan, a))
        .map(|c| c.name(lang))
        .collect();
    names.sort();
    names.dedup();
    names
}

/// Which actions the timeline shows. Every criterion that is set must hold;
/// the default filter keeps every action.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ActionFilter {
    /// Only actions with this status.
    pub status: Option<ActionStatus>,
    /// Only actions of this importance.
    pub importance: Option<Importance>,
    /// Only actions that serve this objective (among others).
    pub objective: Option<ItemId>,
    /// Only actions whose channel ([`channel_of`]) is called this in the
    /// language given to [`ActionFilter::matches`]. Channels are chosen by
    /// name ([`channel_names`]), so two channels of one name are one choice.
    pub channel: Option<String>,
}

impl ActionFilter {
    /// Whether `action` of `plan` passes every criterion, channel names
    /// read in `lang`.
    pub fn matches(&self, plan: &Plan, action: &Action, lang: Lang) -> bool {
        self.status.is_none_or(|s| action.status == s)
            && self.importance.is_none_or(|i| action.importance == i)
            && self
                .objective
                .is_none_or(|o| action.objectives.contains(&o))
            && self
                .channel
                .as_ref()
                .is_none_or(|name| channel_of(plan, action).is_some_and(|c| c.name(lang) == *name))
    }

    /// The actions of `plan` that pass, in the plan's order.
    pub fn apply<'a>(&'a self, plan: &'a Plan, lang: Lang) -> impl Iterator<Item = &'a Action> {
        plan.actions
            .iter()
            .filter(move |a| self.matches(plan, a, lang))
    }
}

/// How the timeline's list orders its actions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ActionOrder {
    /// By first day.
    #[default]
    Start,
    /// Most important first, then by first day.
    Importance,
    /// By title, letter case aside.
    Title,
}

impl ActionOrder {
    /// The orders, as the list offers them.
    pub const ALL: [ActionOrder; 3] = [
        ActionOrder::Start,
        ActionOrder::Importance,
        ActionOrder::Title,
    ];

    /// Sorts `actions` in this order; actions that tie keep theirs.
    pub fn sort(self, actions: &mut [Action]) {
        match self {
            ActionOrder::Start => actions.sort_by_key(|a| a.start),
            ActionOrder::Importance => actions.sort_by_key(|a| (a.importance, a.start)),
            ActionOrder::Title => actions.sort_by_cached_key(|a| a.title.to_lowercase()),
        }
    }
}

/// A budget line whose actions cost more than it allocates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OverCommitment {
    /// The line.
    pub line: ItemId,
    /// What its actions cost.
    pub committed: Money,
    /// What the line allocates.
    pub allocated: Money,
}

impl OverCommitment {
    /// By how much the actions exceed the line.
    pub fn excess(&self) -> Money {
        Money(self.committed.0 - self.allocated.0)
    }
}

/// What the actions of each budget line cost, in the lines' order.
pub fn committed(plan: &Plan) -> Vec<(ItemId, Money)> {
    plan.budget
        .lines
        .iter()
        .map(|l| {
            let sum = plan
                .actions
                .iter()
                .filter(|a| {
                    a.budget_line == Some(l.id)
                        && a.status != crate::domain::ActionStatus::Cancelled
                })
                .map(|a| a.cost)
                .sum();
            (l.id, sum)
        })
        .collect()
}

/// What the actions commit across the budget's lines ([`committed`]): the
/// dashboard's committed figure.
pub fn committed_total(plan: &Plan) -> Money {
    committed(plan).into_iter().map(|(_, m)| m).sum()
}

/// What every action has spent so far, whatever its line or status.
pub fn spent(plan: &Plan) -> Money {
    plan.actions.iter().map(|a| a.spent).sum()
}

/// The budget lines whose actions cost more than they allocate.
pub fn over_commitments(plan: &Plan) -> Vec<OverCommitment> {
    committed(plan)
        .into_iter()
        .filter_map(|(id, c)| {
            let allocated = plan.line(id)?.total();
            (c > allocated).then_some(OverCommitment {
                line: id,
                committed: c,
                allocated,
            })
        })
        .collect()
}

/// The most weeks [`shift_after`] moves actions by, either way: ten years.
pub const MAX_SHIFT_WEEKS: i64 = 520;

/// Moves every action that starts on or after `from` by `weeks` (negative:
/// earlier; held to [`MAX_SHIFT_WEEKS`] either way), as one undo step.
/// `Ok(None)` when no action starts that late; refused when a date would
/// leave the years a plan may hold.
pub fn shift_after(
    plan: &Plan,
    from: NaiveDate,
    weeks: i64,
) -> Result<Option<Command>, CommandError> {
    let weeks = weeks.clamp(-MAX_SHIFT_WEEKS, MAX_SHIFT_WEEKS);
    let shift = |d: NaiveDate| dates::shift_weeks(d, weeks).ok_or(CommandError::DateOutOfRange);
    let commands = plan
        .actions
        .iter()
        .filter(|a| a.start >= from)
        .map(|a| {
            let mut moved = a.clone();
            moved.start = shift(a.start)?;
            moved.end = shift(a.end)?;
            if let Some(r) = moved.recurrence.as_mut() {
                r.until = r.until.map(shift).transpose()?;
            }
            Ok(Command::UpdateAction(Box::new(moved)))
        })
        .collect::<Result<Vec<Command>, CommandError>>()?;
    Ok((!commands.is_empty()).then_some(Command::Batch(commands)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Recurrence;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn repeating_actions_expand_to_their_occurrences() {
        let mut a = Action::new(ItemId(1), "Newsletter", d(2027, 1, 31));
        a.end = d(2027, 2, 1);
        a.recurrence = Some(Recurrence {
            every: Every::Month,
            until: Some(d(2027, 4, 30)),
        });
        let o = occurrences(&a, d(2027, 12, 31));
        assert_eq!(
            o,
            vec![
                (d(2027, 1, 31), d(2027, 2, 1)),
                (d(2027, 2, 28), d(2027, 3, 1)),
                (d(2027, 3, 31), d(2027, 4, 1)),
                (d(2027, 4, 30), d(2027, 5, 1))
            ]
        );
        a.recurrence = Some(Recurrence {
            every: Every::Quarter,
            until: None,
        });
        assert_eq!(occurrences(&a, d(2027, 12, 31)).len(), 4);
        a.recurrence = Some(Recurrence {
            every: Every::Week,
            until: None,
        });
        assert_eq!(occurrences(&a, d(2027, 3, 1)).len(), 5);
        a.recurrence = Some(Recurrence {
            every: Every::Week,
            until: Some(d(2100, 1, 1)),
        });
        assert_eq!(occurrences(&a, d(2027, 3, 1)).len(), MAX_OCCURRENCES);
    }

    #[test]
    fn the_list_orders_by_start_importance_or_title() {
        let action = |id: u32, title: &str, day: u32, importance: Importance| {
            let mut a = Action::new(ItemId(id), title, d(2027, 3, day));
            a.importance = importance;
            a
        };
        let list = vec![
            action(1, "b", 5, Importance::Low),
            action(2, "C", 1, Importance::High),
            action(3, "a", 3, Importance::High),
            action(4, "B", 2, Importance::Critical),
        ];
        let order = |o: ActionOrder| {
            let mut l = list.clone();
            o.sort(&mut l);
            l.iter().map(|a| a.id.0).collect::<Vec<_>>()
        };
        assert_eq!(order(ActionOrder::Start), [2, 4, 3, 1]);
        assert_eq!(order(ActionOrder::Importance), [4, 2, 3, 1]);
        // Letter case aside; "b" and "B" tie and keep their order.
        assert_eq!(order(ActionOrder::Title), [3, 1, 4, 2]);
        assert_eq!(ActionOrder::default(), ActionOrder::ALL[0]);
    }
}
