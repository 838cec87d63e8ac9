//! Tests of [`super`].

use super::*;
use crate::domain::{Every, ItemId, Lang, Recurrence};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

/// A 2027 plan.
fn plan() -> Plan {
    let mut p = Plan::new("Dates", d(2027, 1, 1), Lang::Fr);
    p.period.end = d(2027, 12, 31);
    p
}

fn action(start: NaiveDate, end: NaiveDate) -> Action {
    let mut a = Action::new(ItemId(1), "Salon", start);
    a.end = end;
    a
}

#[test]
fn a_pointer_travel_rounds_to_the_nearest_step() {
    assert_eq!(steps(2.4, Snap::Day), 2);
    assert_eq!(steps(2.6, Snap::Day), 3);
    assert_eq!(steps(-2.6, Snap::Day), -3);
    assert_eq!(steps(3.4, Snap::Week), 0, "under half a week stays");
    assert_eq!(steps(3.6, Snap::Week), 1);
    assert_eq!(steps(-11.0, Snap::Week), -2);
    assert_eq!(steps(14.0, Snap::Month), 0);
    assert_eq!(steps(16.0, Snap::Month), 1);
    assert_eq!(steps(-75.0, Snap::Month), -2);
    assert_eq!(steps(f64::NAN, Snap::Day), 0);
    assert_eq!(steps(f64::INFINITY, Snap::Week), 0);
}

#[test]
fn a_step_keeps_the_weekday_or_the_day_of_the_month() {
    assert_eq!(step(d(2027, 3, 1), 2, Snap::Day), Some(d(2027, 3, 3)));
    assert_eq!(step(d(2027, 3, 1), -1, Snap::Week), Some(d(2027, 2, 22)));
    assert_eq!(step(d(2027, 1, 31), 1, Snap::Month), Some(d(2027, 2, 28)));
    assert_eq!(step(d(2027, 3, 15), -3, Snap::Month), Some(d(2026, 12, 15)));
    assert_eq!(step(d(2200, 12, 1), 1, Snap::Month), None, "past 2200");
    assert_eq!(step(d(1900, 1, 3), -1, Snap::Week), None, "before 1900");
    assert_eq!(step(d(2027, 1, 1), i64::MAX, Snap::Day), None);
    assert_eq!(step(d(2027, 1, 1), i64::MIN, Snap::Month), None);
}

#[test]
fn a_bar_moves_whole_or_by_one_end_held_at_the_other() {
    let a = action(d(2027, 3, 1), d(2027, 3, 5));
    let moved = dragged(&a, Grip::Whole, 1, Snap::Week).unwrap();
    assert_eq!((moved.start, moved.end), (d(2027, 3, 8), d(2027, 3, 12)));
    let longer = dragged(&a, Grip::End, 3, Snap::Day).unwrap();
    assert_eq!((longer.start, longer.end), (d(2027, 3, 1), d(2027, 3, 8)));
    let earlier = dragged(&a, Grip::Start, -1, Snap::Month).unwrap();
    assert_eq!((earlier.start, earlier.end), (d(2027, 2, 1), d(2027, 3, 5)));
    // An end dragged past the other stops there: a one-day action.
    let one_day = dragged(&a, Grip::End, -2, Snap::Week).unwrap();
    assert_eq!((one_day.start, one_day.end), (d(2027, 3, 1), d(2027, 3, 1)));
    let one_day = dragged(&a, Grip::Start, 9, Snap::Day).unwrap();
    assert_eq!((one_day.start, one_day.end), (d(2027, 3, 5), d(2027, 3, 5)));
    assert_eq!(dragged(&a, Grip::Whole, 5_000, Snap::Month), None);
    // Everything else is kept.
    assert_eq!(moved.title, a.title);
}

#[test]
fn an_action_may_not_leave_the_period_nor_go_further_out() {
    let p = plan();
    let inside = action(d(2027, 12, 20), d(2027, 12, 31));
    assert_eq!(check_dates(&p, None, &inside), Ok(()));
    let out = dragged(&inside, Grip::Whole, 1, Snap::Day).unwrap();
    assert_eq!(days_outside(&out, &p.period), 1);
    assert_eq!(
        check_dates(&p, Some(&inside), &out),
        Err(DateRefusal::LeavesPeriod(p.period))
    );
    assert_eq!(
        check_dates(&p, None, &out),
        Err(DateRefusal::LeavesPeriod(p.period)),
        "a new action outside the period"
    );
    let early = action(d(2026, 12, 30), d(2027, 1, 2));
    assert_eq!(days_outside(&early, &p.period), 2);
    // Already out: editing it otherwise, or bringing it back in, is fine;
    // taking it further out is not.
    let mut renamed = early.clone();
    renamed.title = "Autre".into();
    assert_eq!(check_dates(&p, Some(&early), &renamed), Ok(()));
    let back = dragged(&early, Grip::Start, 1, Snap::Day).unwrap();
    assert_eq!(check_dates(&p, Some(&early), &back), Ok(()));
    let further = dragged(&early, Grip::Whole, -1, Snap::Day).unwrap();
    assert!(check_dates(&p, Some(&early), &further).is_err());
    // An end before the start is left to the command, which refuses it.
    let backwards = action(d(2027, 5, 10), d(2027, 5, 1));
    assert_eq!(days_outside(&backwards, &p.period), 0);
    assert_eq!(check_dates(&p, None, &backwards), Ok(()));
    // Wholly out: it counts all its days.
    let gone = action(d(2028, 2, 1), d(2028, 2, 10));
    assert_eq!(days_outside(&gone, &p.period), 10);
}

#[test]
fn a_repeating_action_counts_every_occurrence() {
    let p = plan();
    let mut a = action(d(2027, 12, 1), d(2027, 12, 3));
    a.recurrence = Some(Recurrence {
        every: Every::Week,
        until: None,
    });
    // Its occurrences stop at the plan's end: none is out.
    assert_eq!(days_outside(&a, &p.period), 0);
    let longer = dragged(&a, Grip::End, 1, Snap::Week).unwrap();
    // The 29 December one now ends on 7 January.
    assert!(days_outside(&longer, &p.period) > 0);
    assert!(check_dates(&p, Some(&a), &longer).is_err());
    a.recurrence = Some(Recurrence {
        every: Every::Month,
        until: Some(d(2028, 3, 1)),
    });
    assert_eq!(days_outside(&a, &p.period), 9, "January to March 2028");
}

// proptest is a native dev-dependency only.
#[cfg(not(target_arch = "wasm32"))]
proptest::proptest! {
    /// A drag never puts the end before the start, a whole move keeps the
    /// length at the day and week scales, and moving back undoes it.
    #[test]
    fn a_drag_keeps_an_action_whole(
        start in 0i64..3_000, length in 0i64..120, n in -60i64..60,
        grip in 0usize..3, snap in 0usize..3,
    ) {
        let grip = [Grip::Whole, Grip::Start, Grip::End][grip];
        let snap = [Snap::Day, Snap::Week, Snap::Month][snap];
        let first = d(2020, 1, 1) + Duration::days(start);
        let a = action(first, first + Duration::days(length));
        let b = dragged(&a, grip, n, snap).unwrap();
        proptest::prop_assert!(b.start <= b.end);
        match grip {
            Grip::Whole => {
                if snap != Snap::Month {
                    proptest::prop_assert_eq!(b.end - b.start, a.end - a.start);
                    let back = dragged(&b, grip, -n, snap).unwrap();
                    proptest::prop_assert_eq!((back.start, back.end), (a.start, a.end));
                }
            }
            Grip::Start => proptest::prop_assert_eq!(b.end, a.end),
            Grip::End => proptest::prop_assert_eq!(b.start, a.start),
        }
    }

    /// The rule refuses a change exactly when it adds days out of the
    /// period, and never panics, even on an end before the start.
    #[test]
    fn the_rule_refuses_only_what_goes_further_out(
        s1 in -60i64..420, l1 in -5i64..60, s2 in -60i64..420, l2 in -5i64..60,
    ) {
        let p = plan();
        let at = |s: i64, l: i64| action(d(2027, 1, 1) + Duration::days(s), d(2027, 1, 1) + Duration::days(s + l));
        let (a, b) = (at(s1, l1), at(s2, l2));
        let refused = check_dates(&p, Some(&a), &b).is_err();
        proptest::prop_assert_eq!(refused, days_outside(&b, &p.period) > days_outside(&a, &p.period));
        let inside = |x: &Action| x.start >= p.period.start && x.end <= p.period.end;
        if inside(&b) {
            proptest::prop_assert!(!refused);
        }
        // (A backwards action is the command's to refuse.)
        if inside(&a) && !inside(&b) && l2 >= 0 {
            proptest::prop_assert!(refused);
        }
    }
}
