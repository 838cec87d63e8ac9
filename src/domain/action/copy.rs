//! Duplicating an action, as it is or a week or a month later.

use crate::domain::{dates, Action, ActionStatus, ItemId, Money};
use chrono::{Months, NaiveDate};

/// How far a copy moves from its original.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum CopyShift {
    /// Same days.
    #[default]
    None,
    /// One week later.
    Week,
    /// One month later, on the same day of the month (the month's last day
    /// when it has no such day: 31 January gives 28 or 29 February).
    Month,
}

impl CopyShift {
    /// The three choices, in the order they are offered.
    pub const ALL: [CopyShift; 3] = [CopyShift::None, CopyShift::Week, CopyShift::Month];

    /// `day` moved by this shift; `None` when it would leave the years a
    /// plan may hold.
    pub fn apply(self, day: NaiveDate) -> Option<NaiveDate> {
        match self {
            CopyShift::None => Some(day),
            CopyShift::Week => dates::shift_weeks(day, 1),
            CopyShift::Month => day
                .checked_add_months(Months::new(1))
                .filter(|d| dates::in_range(*d)),
        }
    }
}

impl Action {
    /// A copy of this action with id `id`, moved by `shift` (its first and
    /// last days, and the last day of its repeat): every other field is
    /// the same, except its progress, which starts over (planned, nothing
    /// spent). `None` when a day would leave the years a plan may hold.
    pub fn duplicate(&self, id: ItemId, shift: CopyShift) -> Option<Action> {
        let mut copy = self.clone();
        copy.id = id;
        copy.start = shift.apply(self.start)?;
        copy.end = shift.apply(self.end)?;
        if let Some(r) = copy.recurrence.as_mut() {
            if let Some(until) = r.until {
                r.until = Some(shift.apply(until)?);
            }
        }
        copy.status = ActionStatus::Planned;
        copy.spent = Money::ZERO;
        Some(copy)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{
        apply, budget::Channel, BudgetLine, Command, Every, Importance, Plan, Recurrence,
    };

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn action(start: NaiveDate, end: NaiveDate) -> Action {
        let mut a = Action::new(ItemId(7), "Newsletter", start);
        a.end = end;
        a
    }

    #[test]
    fn a_month_later_keeps_the_day_of_the_month_held_at_the_months_end() {
        let cases = [
            // (start, end) -> (start, end) a month later
            (
                (d(2027, 1, 15), d(2027, 1, 20)),
                (d(2027, 2, 15), d(2027, 2, 20)),
            ),
            (
                (d(2027, 1, 31), d(2027, 1, 31)),
                (d(2027, 2, 28), d(2027, 2, 28)),
            ),
            (
                (d(2028, 1, 31), d(2028, 2, 2)),
                (d(2028, 2, 29), d(2028, 3, 2)),
            ),
            (
                (d(2028, 1, 1), d(2028, 1, 31)),
                (d(2028, 2, 1), d(2028, 2, 29)),
            ),
            (
                (d(2027, 3, 31), d(2027, 4, 30)),
                (d(2027, 4, 30), d(2027, 5, 30)),
            ),
            (
                (d(2027, 12, 31), d(2027, 12, 31)),
                (d(2028, 1, 31), d(2028, 1, 31)),
            ),
            (
                (d(2100, 1, 29), d(2100, 1, 29)),
                (d(2100, 2, 28), d(2100, 2, 28)),
            ),
            (
                (d(2000, 1, 30), d(2000, 1, 30)),
                (d(2000, 2, 29), d(2000, 2, 29)),
            ),
        ];
        for ((s, e), want) in cases {
            let copy = action(s, e).duplicate(ItemId(9), CopyShift::Month);
            assert_eq!(copy.map(|c| (c.start, c.end)), Some(want), "from {s}");
        }
    }

    #[test]
    fn a_week_later_moves_both_days_by_seven() {
        let copy = action(d(2028, 2, 26), d(2028, 3, 1)).duplicate(ItemId(9), CopyShift::Week);
        assert_eq!(
            copy.map(|c| (c.start, c.end)),
            Some((d(2028, 3, 4), d(2028, 3, 8)))
        );
        let same = action(d(2028, 2, 26), d(2028, 3, 1)).duplicate(ItemId(9), CopyShift::None);
        assert_eq!(
            same.map(|c| (c.start, c.end)),
            Some((d(2028, 2, 26), d(2028, 3, 1)))
        );
    }

    #[test]
    fn the_copy_has_a_new_id_the_same_fields_and_its_progress_starts_over() {
        let mut a = action(d(2027, 1, 31), d(2027, 2, 3));
        a.importance = Importance::High;
        a.status = ActionStatus::Done;
        a.spent = Money(1_200);
        a.cost = Money(30_000);
        a.owner = "Léa".into();
        a.objectives = vec![ItemId(2)];
        a.recurrence = Some(Recurrence {
            every: Every::Week,
            until: Some(d(2027, 3, 31)),
        });
        let copy = a.duplicate(ItemId(9), CopyShift::Month).unwrap();
        assert_eq!(copy.id, ItemId(9));
        assert_eq!(
            copy.recurrence.and_then(|r| r.until),
            Some(d(2027, 4, 30)),
            "its repeat's last day moves too"
        );
        assert_eq!(
            (copy.status, copy.spent),
            (ActionStatus::Planned, Money::ZERO)
        );
        let mut same = copy.clone();
        (same.id, same.start, same.end, same.recurrence) = (a.id, a.start, a.end, a.recurrence);
        (same.status, same.spent) = (a.status, a.spent);
        assert_eq!(same, a, "nothing else differs");
    }

    #[test]
    fn a_copy_past_2200_is_not_made() {
        let a = action(d(2200, 12, 20), d(2200, 12, 31));
        assert_eq!(a.duplicate(ItemId(9), CopyShift::Week), None);
        assert_eq!(a.duplicate(ItemId(9), CopyShift::Month), None);
        assert!(a.duplicate(ItemId(9), CopyShift::None).is_some());
    }

    #[test]
    fn inserting_the_copy_is_one_step_that_undo_takes_back() {
        let mut plan = Plan::new("P", d(2027, 1, 1), crate::domain::Lang::Fr);
        plan.budget
            .lines
            .push(BudgetLine::new(ItemId(1), Channel::Catalogue("seo".into())));
        plan.next_id = 8;
        let mut a = Action::new(ItemId(7), "Audit", d(2027, 1, 31));
        a.budget_line = Some(ItemId(1));
        plan.actions.push(a.clone());
        let before = plan.clone();
        let copy = a.duplicate(ItemId(plan.next_id), CopyShift::Month).unwrap();
        let undo = apply(
            &mut plan,
            Command::InsertAction {
                index: usize::MAX,
                action: Box::new(copy),
            },
        )
        .unwrap();
        assert_eq!(plan.actions.len(), 2);
        assert_eq!(plan.actions[1].start, d(2027, 2, 28));
        apply(&mut plan, undo).unwrap();
        assert_eq!(plan, before);
    }
}
