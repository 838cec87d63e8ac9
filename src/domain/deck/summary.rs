//! The executive summary's choices: which priority objectives and which
//! coming actions it lists.

use super::ordered_objectives;
use crate::domain::{Plan, Rank};
use chrono::{Months, NaiveDate};

/// How many priority objectives the summary lists.
pub const SUMMARY_OBJECTIVES: usize = 4;
/// How many coming actions it lists.
pub const SUMMARY_ACTIONS: usize = 5;
/// How far ahead it looks for actions, in months.
pub const SUMMARY_MONTHS: u32 = 3;

/// The priority objectives the summary lists, by index: the first
/// [`SUMMARY_OBJECTIVES`] in the slides' order.
pub fn summary_priorities(plan: &Plan) -> Vec<usize> {
    ordered_objectives(plan)
        .into_iter()
        .filter(|&i| plan.objectives[i].rank == Rank::Priority)
        .take(SUMMARY_OBJECTIVES)
        .collect()
}

/// The actions the summary lists on `today`, by index: of those under way
/// or starting within [`SUMMARY_MONTHS`], whatever their status, the
/// [`SUMMARY_ACTIONS`] most important (the earliest first among equals),
/// shown in date order.
pub fn summary_actions(plan: &Plan, today: NaiveDate) -> Vec<usize> {
    let horizon = today
        .checked_add_months(Months::new(SUMMARY_MONTHS))
        .unwrap_or(NaiveDate::MAX);
    let mut next: Vec<usize> = (0..plan.actions.len())
        .filter(|&i| plan.actions[i].end >= today && plan.actions[i].start <= horizon)
        .collect();
    next.sort_by_key(|&i| (plan.actions[i].importance, plan.actions[i].start));
    next.truncate(SUMMARY_ACTIONS);
    next.sort_by_key(|&i| plan.actions[i].start);
    next
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Action, ActionStatus, Importance, ItemId, Lang, Objective};

    fn day(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, m, d).unwrap_or_default()
    }

    fn action(id: u32, start: NaiveDate, end: NaiveDate, importance: Importance) -> Action {
        let mut a = Action::new(ItemId(id), &format!("A{id}"), start);
        a.end = end;
        a.importance = importance;
        a
    }

    #[test]
    fn the_summary_lists_the_first_priority_objectives() {
        let mut p = Plan::new("S", day(1, 1), Lang::En);
        for i in 0..7u32 {
            let rank = if i % 2 == 0 {
                Rank::Secondary
            } else {
                Rank::Priority
            };
            p.objectives.push(Objective::new(ItemId(i + 1), "O", rank));
        }
        assert_eq!(summary_priorities(&p), [1, 3, 5]);
        for i in 7..12u32 {
            p.objectives
                .push(Objective::new(ItemId(i + 1), "P", Rank::Priority));
        }
        assert_eq!(summary_priorities(&p), [1, 3, 5, 7]);
    }

    #[test]
    fn the_summary_lists_the_most_important_coming_actions_by_date() {
        let today = day(3, 1);
        let mut p = Plan::new("S", day(1, 1), Lang::En);
        p.actions = vec![
            // Ended before today, critical: out.
            action(1, day(1, 10), day(2, 28), Importance::Critical),
            // Under way today: in.
            action(2, day(2, 1), day(3, 5), Importance::Low),
            // Starts on the last day of the window: in.
            action(3, day(6, 1), day(6, 2), Importance::Critical),
            // Starts after the window: out.
            action(4, day(6, 2), day(6, 3), Importance::Critical),
            action(5, day(4, 1), day(4, 1), Importance::High),
            action(6, day(3, 20), day(3, 20), Importance::Normal),
            action(7, day(3, 10), day(3, 10), Importance::Normal),
            action(8, day(5, 1), day(5, 1), Importance::High),
        ];
        // A done action is listed too.
        p.actions[4].status = ActionStatus::Done;
        // Critical 3, high 5 and 8, normal 7 and 6: the five most important
        // (low 2 left out), then by date.
        assert_eq!(summary_actions(&p, today), [6, 5, 4, 7, 2]);
    }

    #[test]
    fn critical_and_high_actions_stand_out() {
        let out: Vec<bool> = [
            Importance::Critical,
            Importance::High,
            Importance::Normal,
            Importance::Low,
        ]
        .map(Importance::stands_out)
        .to_vec();
        assert_eq!(out, [true, true, false, false]);
    }
}
