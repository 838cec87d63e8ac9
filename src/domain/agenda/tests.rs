//! Tests of [`super`].

use super::*;
use crate::domain::{Lang, Recurrence};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// A 2027 plan with `actions`, ids from 1 in order.
fn plan(actions: Vec<Action>) -> Plan {
    let mut p = Plan::new("Agenda", d(2027, 1, 1), Lang::Fr);
    p.period.end = d(2027, 12, 31);
    for (i, mut a) in actions.into_iter().enumerate() {
        a.id = ItemId(i as u32 + 1);
        p.actions.push(a);
    }
    p
}

fn action(title: &str, start: NaiveDate, end: NaiveDate, status: ActionStatus) -> Action {
    let mut a = Action::new(ItemId(0), title, start);
    a.end = end;
    a.status = status;
    a
}

fn repeating(mut a: Action, every: Every, until: Option<NaiveDate>) -> Action {
    a.recurrence = Some(Recurrence { every, until });
    a
}

/// A weekly post on Mondays from 1 March 2027 (a Monday), one day each.
fn weekly_post(status: ActionStatus) -> Action {
    repeating(
        action("Publication", d(2027, 3, 1), d(2027, 3, 1), status),
        Every::Week,
        None,
    )
}

#[test]
fn a_weekly_action_in_progress_is_listed_each_week_and_is_not_late() {
    // Seen on Tuesday 15 June: the Mondays of 21 and 28 June and of 5
    // and 12 July fall in the next 30 days (to 15 July).
    let a = agenda(
        &plan(vec![weekly_post(ActionStatus::InProgress)]),
        d(2027, 6, 15),
        30,
    );
    assert_eq!(a.late, vec![]);
    let dates: Vec<NaiveDate> = a.upcoming.iter().map(|i| i.date).collect();
    assert_eq!(
        dates,
        vec![
            d(2027, 6, 21),
            d(2027, 6, 28),
            d(2027, 7, 5),
            d(2027, 7, 12)
        ]
    );
    // 1 March is the first; 21 June is 16 weeks later.
    assert_eq!(a.upcoming[0].timing, Timing::Starts { nth: 17 });
    assert_eq!(a.upcoming[0].every, Some(Every::Week));
    // Seen on a Monday, that day's post and four more: five.
    let a = agenda(
        &plan(vec![weekly_post(ActionStatus::InProgress)]),
        d(2027, 6, 14),
        30,
    );
    assert_eq!(a.upcoming.len(), 5);
    assert_eq!(a.upcoming[0].date, d(2027, 6, 14));
}

#[test]
fn a_planned_weekly_action_whose_first_weeks_passed_is_late_once_with_the_count() {
    // On 16 March, the posts of 1, 8 and 15 March have ended unstarted.
    let a = agenda(
        &plan(vec![weekly_post(ActionStatus::Planned)]),
        d(2027, 3, 16),
        30,
    );
    assert_eq!(a.late.len(), 1);
    assert_eq!(a.late[0].date, d(2027, 3, 1));
    assert_eq!(a.late[0].timing, Timing::NeverStarted { missed: 3 });
    // Its coming posts are still in the agenda: 22 and 29 March, 5 and
    // 12 April.
    assert_eq!(a.upcoming.len(), 4);
    // On its first day, nothing has ended yet: not late.
    let a = agenda(
        &plan(vec![weekly_post(ActionStatus::Planned)]),
        d(2027, 3, 1),
        30,
    );
    assert_eq!(a.late, vec![]);
    assert_eq!(a.upcoming[0].timing, Timing::Starts { nth: 1 });
}

#[test]
fn a_repeating_action_whose_last_occurrence_ended_is_late_unless_done() {
    // Monthly newsletter, 5 to 6 January to 5 to 6 April.
    let newsletter = |status| {
        repeating(
            action("Newsletter", d(2027, 1, 5), d(2027, 1, 6), status),
            Every::Month,
            Some(d(2027, 4, 30)),
        )
    };
    let today = d(2027, 6, 15);
    let a = agenda(&plan(vec![newsletter(ActionStatus::InProgress)]), today, 30);
    assert_eq!(a.late.len(), 1);
    assert_eq!(a.late[0].date, d(2027, 4, 6));
    assert_eq!(a.late[0].timing, Timing::AllEnded { count: 4 });
    assert_eq!(a.upcoming, vec![]);
    // Never started: dated by its first occurrence, all four missed.
    let a = agenda(&plan(vec![newsletter(ActionStatus::Planned)]), today, 30);
    assert_eq!(a.late[0].date, d(2027, 1, 6));
    assert_eq!(a.late[0].timing, Timing::NeverStarted { missed: 4 });
    // While an occurrence is still to come, an action in progress is not late.
    let a = agenda(
        &plan(vec![newsletter(ActionStatus::InProgress)]),
        d(2027, 4, 6),
        30,
    );
    assert_eq!(a.late, vec![]);
    assert_eq!(a.upcoming[0].timing, Timing::UnderWay { nth: 4 });
}

#[test]
fn done_and_cancelled_actions_are_in_neither_list() {
    let today = d(2027, 6, 15);
    for status in [ActionStatus::Done, ActionStatus::Cancelled] {
        let p = plan(vec![
            weekly_post(status),
            action("Ancienne", d(2027, 2, 1), d(2027, 2, 5), status),
            action("Prochaine", d(2027, 6, 20), d(2027, 6, 20), status),
        ]);
        assert_eq!(agenda(&p, today, 30), Agenda::default());
    }
}

#[test]
fn single_actions_late_under_way_and_upcoming() {
    let today = d(2027, 6, 15);
    let p = plan(vec![
        action(
            "Salon",
            d(2027, 7, 15),
            d(2027, 7, 16),
            ActionStatus::Planned,
        ),
        action(
            "Trop loin",
            d(2027, 7, 16),
            d(2027, 7, 16),
            ActionStatus::Planned,
        ),
        action(
            "Refonte",
            d(2027, 5, 1),
            d(2027, 6, 15),
            ActionStatus::InProgress,
        ),
        action(
            "Audit",
            d(2027, 6, 1),
            d(2027, 6, 14),
            ActionStatus::InProgress,
        ),
        action(
            "Atelier",
            d(2027, 6, 15),
            d(2027, 6, 15),
            ActionStatus::Planned,
        ),
        action(
            "Annonce",
            d(2027, 6, 15),
            d(2027, 6, 15),
            ActionStatus::Planned,
        ),
    ]);
    let a = agenda(&p, today, 30);
    let listed = |l: &[AgendaItem]| -> Vec<(String, NaiveDate, Timing)> {
        l.iter()
            .map(|i| (i.title.clone(), i.date, i.timing))
            .collect()
    };
    assert_eq!(
        listed(&a.upcoming),
        vec![
            ("Refonte".into(), d(2027, 5, 1), Timing::UnderWay { nth: 1 }),
            ("Annonce".into(), today, Timing::Starts { nth: 1 }),
            ("Atelier".into(), today, Timing::Starts { nth: 1 }),
            ("Salon".into(), d(2027, 7, 15), Timing::Starts { nth: 1 }),
        ]
    );
    assert_eq!(
        listed(&a.late),
        vec![("Audit".into(), d(2027, 6, 14), Timing::Overdue)]
    );
}

/// Occurrences the agenda of `p` visits on 15 June 2027.
fn steps(p: &Plan) -> usize {
    work::STEPS.with(|s| s.set(0));
    agenda(p, d(2027, 6, 15), 30);
    work::STEPS.with(|s| s.get())
}

#[test]
fn the_walk_stops_after_the_window() {
    // A weekly action from 14 June until years later: the posts of 14
    // June to 12 July, and 19 July which ends the walk, not the 520
    // the timeline may draw.
    let mut a = weekly_post(ActionStatus::InProgress);
    a.start = d(2027, 6, 14);
    a.end = a.start;
    a.recurrence = Some(Recurrence {
        every: Every::Week,
        until: Some(d(2040, 1, 1)),
    });
    assert_eq!(steps(&plan(vec![a.clone()])), 6);
    assert_eq!(steps(&plan(vec![a; 1_000])), 6_000);
}

/// Properties, natively only (proptest is not built for wasm).
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn any_action() -> impl Strategy<Value = Action> {
        let status = prop_oneof![
            Just(ActionStatus::Planned),
            Just(ActionStatus::InProgress),
            Just(ActionStatus::Done),
            Just(ActionStatus::Cancelled),
        ];
        let every = prop_oneof![
            Just(None),
            Just(Some(Every::Week)),
            Just(Some(Every::Month)),
            Just(Some(Every::Quarter)),
        ];
        (
            0..365i64,
            0..20i64,
            status,
            every,
            proptest::option::of(0..400i64),
            "[A-C]",
        )
            .prop_map(|(from, days, status, every, until, title)| {
                let start = d(2027, 1, 1) + Duration::days(from);
                let mut a = action(&title, start, start + Duration::days(days), status);
                a.recurrence = every.map(|every| Recurrence {
                    every,
                    until: until.map(|u| start + Duration::days(u)),
                });
                a
            })
    }

    proptest! {
        /// Every item belongs to an open action and matches one of its
        /// occurrences; the upcoming list holds exactly the occurrences
        /// starting in the window or under way today; an action is late
        /// exactly as the rules say.
        #[test]
        fn the_agenda_lists_the_occurrences_of_open_actions_in_its_window(
            actions in proptest::collection::vec(any_action(), 0..12),
            today in 0..400i64,
            days_ahead in 0..60i64,
        ) {
            let p = plan(actions);
            let today = d(2027, 1, 1) + Duration::days(today);
            let horizon = today + Duration::days(days_ahead);
            let a = agenda(&p, today, days_ahead);
            let open = |s| matches!(s, ActionStatus::Planned | ActionStatus::InProgress);
            let mut expected_upcoming = 0;
            for action in &p.actions {
                let o = timeline::occurrences(action, p.period.end);
                let mine = |l: &[AgendaItem]| l.iter().filter(|i| i.action == action.id).count();
                if !open(action.status) {
                    prop_assert_eq!(mine(&a.upcoming) + mine(&a.late), 0);
                    continue;
                }
                expected_upcoming += o.iter().filter(|(s, e)| *s <= horizon && *e >= today).count();
                let planned_repeating = action.recurrence.is_some() && action.status == ActionStatus::Planned;
                let late = o.last().is_some_and(|(_, e)| *e < today)
                    || (planned_repeating && o.first().is_some_and(|(_, e)| *e < today));
                prop_assert_eq!(mine(&a.late), usize::from(late));
            }
            prop_assert_eq!(a.upcoming.len(), expected_upcoming);
            for item in &a.upcoming {
                let action = p.actions.iter().find(|x| x.id == item.action).unwrap();
                prop_assert_eq!(&item.title, &action.title);
                let o = timeline::occurrences(action, p.period.end);
                match item.timing {
                    Timing::Starts { nth } => {
                        prop_assert!(today <= item.date && item.date <= horizon);
                        prop_assert_eq!(o[nth - 1].0, item.date);
                    }
                    Timing::UnderWay { nth } => {
                        prop_assert!(item.date < today && o[nth - 1].1 >= today);
                        prop_assert_eq!(o[nth - 1].0, item.date);
                    }
                    other => prop_assert!(false, "{other:?} in the upcoming list"),
                }
            }
            for item in &a.late {
                prop_assert!(item.date < today);
            }
            for list in [&a.upcoming, &a.late] {
                prop_assert!(list.windows(2).all(|w| (w[0].date, &w[0].title) <= (w[1].date, &w[1].title)));
            }
        }
    }
}
