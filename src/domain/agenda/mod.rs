//! The dashboard's agenda: what the open actions have to do in the coming
//! days, occurrence by occurrence, and which actions are late.

use crate::domain::{timeline, Action, ActionStatus, Every, ItemId, Plan};
use chrono::{Duration, NaiveDate};

// Each item visited counts, in tests (see `domain::work`).
#[cfg(test)]
use crate::domain::work;
use crate::domain::work::step;

/// Why an item is in the agenda, and what its date means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Timing {
    /// Upcoming: occurrence number `nth` (from 1; 1 for a single action)
    /// starts on the item's date.
    Starts {
        /// Which occurrence.
        nth: usize,
    },
    /// Upcoming: occurrence number `nth` started on the item's date, before
    /// today, and has not ended yet.
    UnderWay {
        /// Which occurrence.
        nth: usize,
    },
    /// Late: a single action that should have ended on the item's date.
    Overdue,
    /// Late: a repeating action still planned (never started) while
    /// `missed` of its occurrences have ended, the first on the item's date.
    NeverStarted {
        /// Occurrences ended so far.
        missed: usize,
    },
    /// Late: a repeating action under way whose occurrences (`count` of
    /// them) have all ended, the last on the item's date, and which is not
    /// marked done.
    AllEnded {
        /// Occurrences it had.
        count: usize,
    },
}

/// One line of the agenda.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AgendaItem {
    /// The action.
    pub action: ItemId,
    /// Its title.
    pub title: String,
    /// The day the item is dated by (see [`Timing`]).
    pub date: NaiveDate,
    /// How often the action repeats; `None` for a single action.
    pub every: Option<Every>,
    /// Why it is listed.
    pub timing: Timing,
}

/// The dashboard's two lists of actions.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Agenda {
    /// Occurrences under way today or starting in the window, by date,
    /// then title.
    pub upcoming: Vec<AgendaItem>,
    /// Late actions, by date, then title.
    pub late: Vec<AgendaItem>,
}

/// How many days ahead the dashboard's agenda looks.
pub const DAYS_AHEAD: i64 = 30;

/// The agenda of `plan` on `today`, looking `days_ahead` days ahead.
///
/// The rules:
/// - Only open actions (planned or in progress) are read: done and
///   cancelled ones are in neither list.
/// - Upcoming, occurrence by occurrence (a single action has one; a
///   repeating one has those of [`timeline::occurrences`]): each whose
///   start falls in `[today, today + days_ahead]`, dated by its start; and
///   each already under way today (started before, ends today or later),
///   dated by its start, so a long action in progress stays in sight. A
///   weekly action is listed once per week of the window.
/// - Late, once per action: a single action whose end is before today
///   ([`Timing::Overdue`]). A repeating action has no status per
///   occurrence, so while it is in progress its past occurrences are taken
///   as done: it is late only once its last occurrence has ended
///   ([`Timing::AllEnded`], dated by that end). While it is still planned,
///   every occurrence that has ended was missed: it is late as soon as the
///   first one has ended ([`Timing::NeverStarted`], dated by that end, with
///   the count of ended occurrences). A late planned action keeps its
///   upcoming occurrences in the other list.
///
/// Each action's occurrences are walked in order until the first that
/// starts after the window (at most [`timeline::MAX_OCCURRENCES`]), so the
/// work is linear in the plan's size.
pub fn agenda(plan: &Plan, today: NaiveDate, days_ahead: i64) -> Agenda {
    let horizon = today
        .checked_add_signed(Duration::days(days_ahead.max(0)))
        .unwrap_or(NaiveDate::MAX);
    let mut out = Agenda::default();
    for action in &plan.actions {
        if matches!(
            action.status,
            ActionStatus::Planned | ActionStatus::InProgress
        ) {
            read(action, plan.period.end, today, horizon, &mut out);
        }
    }
    let order = |i: &AgendaItem| (i.date, i.title.clone(), i.action);
    out.upcoming.sort_by_cached_key(order);
    out.late.sort_by_cached_key(order);
    out
}

/// Adds the items of one open action to `out`.
fn read(
    action: &Action,
    plan_end: NaiveDate,
    today: NaiveDate,
    horizon: NaiveDate,
    out: &mut Agenda,
) {
    let every = action.recurrence.map(|r| r.every);
    let item = |date, timing| AgendaItem {
        action: action.id,
        title: action.title.clone(),
        date,
        every,
        timing,
    };
    // Occurrences are in order and equally long, so those ended before
    // today come first.
    let mut ended = 0;
    let mut first_end = None;
    let mut last_end = None;
    let mut still_to_end = false;
    for (i, (start, end)) in timeline::each_occurrence(action, plan_end).enumerate() {
        step();
        if end < today {
            ended += 1;
            first_end.get_or_insert(end);
            last_end = Some(end);
            continue;
        }
        still_to_end = true;
        if start > horizon {
            break;
        }
        let nth = i + 1;
        out.upcoming.push(if start < today {
            item(start, Timing::UnderWay { nth })
        } else {
            item(start, Timing::Starts { nth })
        });
    }
    let late = match (every, first_end, last_end) {
        (None, _, Some(end)) => Some(item(end, Timing::Overdue)),
        (Some(_), Some(first), _) if action.status == ActionStatus::Planned => {
            Some(item(first, Timing::NeverStarted { missed: ended }))
        }
        (Some(_), _, Some(last)) if !still_to_end => {
            Some(item(last, Timing::AllEnded { count: ended }))
        }
        _ => None,
    };
    out.late.extend(late);
}

#[cfg(test)]
mod tests;
