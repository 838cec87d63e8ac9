use super::*;
use crate::domain::{apply, budget::Channel, timeline, Command, Lang, Money, Plan};

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn period(start: NaiveDate, months: u32) -> Period {
    let end = start
        .checked_add_months(Months::new(months))
        .and_then(|d| d.pred_opt())
        .unwrap();
    Period { start, end }
}

fn line(
    id: u32,
    key: &str,
    amounts: [i64; 3],
    delivery: Delivery,
    objectives: &[u32],
) -> BudgetLine {
    let mut l = BudgetLine::new(ItemId(id), Channel::Catalogue(key.into()));
    l.amounts = amounts.map(Money);
    l.delivery = delivery;
    l.objectives = objectives.iter().map(|o| ItemId(*o)).collect();
    l
}

#[test]
fn each_horizon_has_its_usual_months_in_a_year_plan() {
    let year = period(d(2027, 1, 1), 12);
    let today = d(2026, 12, 5);
    let at = |h| horizon_schedule(Some(h), &year, today);
    let immediate = at(Horizon::Immediate);
    assert_eq!(
        (immediate.start, immediate.end),
        (d(2027, 1, 1), d(2027, 1, 31))
    );
    assert_eq!(immediate.recurrence, None);
    let regular = at(Horizon::MediumTerm);
    assert_eq!((regular.start, regular.end), (d(2027, 1, 1), d(2027, 1, 1)));
    assert_eq!(
        regular.recurrence,
        Some(Recurrence {
            every: Every::Month,
            until: None
        }),
        "regular actions repeat each month to the plan's end"
    );
    let long = at(Horizon::LongTerm);
    assert_eq!((long.start, long.end), (d(2027, 4, 1), d(2027, 12, 31)));
    let none = horizon_schedule(None, &year, today);
    assert_eq!(
        (none.start, none.end),
        (d(2027, 1, 1), d(2027, 1, 1)),
        "today, held in the plan"
    );
    let none = horizon_schedule(None, &year, d(2027, 6, 3));
    assert_eq!((none.start, none.end), (d(2027, 6, 3), d(2027, 6, 3)));
}

#[test]
fn a_plan_starting_mid_month_keeps_every_default_inside_it() {
    let p = period(d(2027, 1, 15), 12);
    let today = d(2027, 1, 1);
    let immediate = horizon_schedule(Some(Horizon::Immediate), &p, today);
    assert_eq!(
        (immediate.start, immediate.end),
        (d(2027, 1, 15), d(2027, 2, 14))
    );
    let long = horizon_schedule(Some(Horizon::LongTerm), &p, today);
    assert_eq!((long.start, long.end), (d(2027, 4, 1), d(2028, 1, 14)));
}

#[test]
fn every_default_lies_inside_any_plan_of_1_to_36_months() {
    let starts = [
        d(2027, 1, 1),
        d(2027, 1, 31),
        d(2028, 2, 29),
        d(2027, 11, 15),
        d(2197, 1, 1),
    ];
    for start in starts {
        for months in 1..=36 {
            let p = period(start, months);
            let mut plan = Plan::new("P", start, Lang::Fr);
            plan.period = p;
            for h in [
                None,
                Some(Horizon::Immediate),
                Some(Horizon::MediumTerm),
                Some(Horizon::LongTerm),
            ] {
                for today in [d(2020, 1, 1), start, p.end, d(2200, 12, 31)] {
                    let mut a = Action::new(ItemId(1), "A", today);
                    horizon_schedule(h, &p, today).set_on(&mut a);
                    a.horizon = h;
                    assert!(a.start <= a.end, "{start} +{months} {h:?}");
                    assert!(
                        !timeline::outside_period(&plan, &a),
                        "{start} +{months} {h:?}: {} - {}",
                        a.start,
                        a.end
                    );
                }
            }
        }
    }
}

#[test]
fn a_line_gives_the_horizon_it_funds_most() {
    assert_eq!(
        line_horizon(&line(1, "seo", [0, 0, 0], Delivery::InHouse, &[])),
        None
    );
    assert_eq!(
        line_horizon(&line(1, "seo", [100, 500, 200], Delivery::InHouse, &[])),
        Some(Horizon::MediumTerm)
    );
    assert_eq!(
        line_horizon(&line(1, "seo", [300, 0, 300], Delivery::InHouse, &[])),
        Some(Horizon::Immediate),
        "a tie goes to the earliest"
    );
    assert_eq!(
        line_horizon(&line(1, "seo", [0, 0, 1], Delivery::InHouse, &[])),
        Some(Horizon::LongTerm)
    );
}

#[test]
fn an_action_made_from_a_line_takes_its_channel_horizon_delivery_and_objectives() {
    let mut plan = Plan::new("P", d(2027, 1, 1), Lang::Fr);
    for (id, title) in [(2, "Notoriété"), (3, "Ventes")] {
        plan.objectives.push(crate::domain::Objective::new(
            ItemId(id),
            title,
            crate::domain::Rank::Priority,
        ));
    }
    let l = line(
        1,
        "search_ads",
        [0, 0, 400_000],
        Delivery::Consultant,
        &[2, 3],
    );
    plan.budget.total = Money(1_000_000);
    plan.budget.lines.push(l.clone());
    plan.next_id = 4;
    let mut a = action_for_line(ItemId(4), &l, &plan.period, d(2026, 12, 1));
    assert_eq!(a.budget_line, Some(ItemId(1)));
    assert_eq!(
        timeline::channel_of(&plan, &a),
        Some(&Channel::Catalogue("search_ads".into()))
    );
    assert_eq!(a.horizon, Some(Horizon::LongTerm));
    assert_eq!(a.delivery, Delivery::Consultant);
    assert_eq!(a.objectives, vec![ItemId(2), ItemId(3)]);
    assert_eq!((a.start, a.end), (d(2027, 4, 1), d(2027, 12, 31)));
    a.title = "Campagne".into();
    let undo = apply(
        &mut plan,
        Command::InsertAction {
            index: usize::MAX,
            action: Box::new(a),
        },
    );
    assert!(undo.is_ok(), "the command accepts it: {undo:?}");
}

#[test]
fn choosing_a_line_never_overwrites_what_the_person_chose() {
    let p = period(d(2027, 1, 1), 12);
    let today = d(2027, 1, 1);
    let a_line = line(1, "seo", [5, 0, 0], Delivery::Consultant, &[2]);
    let b_line = line(5, "emailing", [0, 9, 0], Delivery::InHouse, &[3]);
    // Untouched: everything follows the first line, then the second.
    let mut a = Action::new(ItemId(9), "", today);
    follow_line(&mut a, None, Some(&a_line), &p, today);
    assert_eq!(
        (a.horizon, a.delivery, a.objectives.clone()),
        (
            Some(Horizon::Immediate),
            Delivery::Consultant,
            vec![ItemId(2)]
        )
    );
    assert_eq!((a.start, a.end), (d(2027, 1, 1), d(2027, 1, 31)));
    follow_line(&mut a, Some(&a_line), Some(&b_line), &p, today);
    assert_eq!(
        (a.horizon, a.delivery, a.objectives.clone()),
        (
            Some(Horizon::MediumTerm),
            Delivery::InHouse,
            vec![ItemId(3)]
        ),
        "what the first line gave follows the second"
    );
    assert!(a.recurrence.is_some(), "the dates follow the new horizon");
    // No line: back to the defaults.
    follow_line(&mut a, Some(&b_line), None, &p, today);
    assert_eq!(
        (a.horizon, a.objectives.clone(), a.budget_line),
        (None, vec![], None)
    );
    assert_eq!((a.start, a.end, a.recurrence), (today, today, None));

    // Chosen before the line: horizon, delivery, objectives and dates stay.
    let mut a = Action::new(ItemId(9), "", today);
    set_horizon(&mut a, Some(Horizon::LongTerm), &p, today);
    a.end = d(2027, 5, 31);
    a.delivery = Delivery::Consultant;
    a.objectives = vec![ItemId(7)];
    follow_line(&mut a, None, Some(&b_line), &p, today);
    assert_eq!(a.horizon, Some(Horizon::LongTerm));
    assert_eq!((a.start, a.end), (d(2027, 4, 1), d(2027, 5, 31)));
    assert_eq!(a.delivery, Delivery::Consultant);
    assert_eq!(a.objectives, vec![ItemId(7)]);
    assert_eq!(a.budget_line, Some(ItemId(5)));
}

#[test]
fn a_horizon_moves_the_dates_only_while_they_are_its_defaults() {
    let p = period(d(2027, 1, 1), 12);
    let today = d(2027, 1, 1);
    let mut a = Action::new(ItemId(9), "", today);
    set_horizon(&mut a, Some(Horizon::LongTerm), &p, today);
    assert_eq!(a.start, d(2027, 4, 1));
    set_horizon(&mut a, Some(Horizon::Immediate), &p, today);
    assert_eq!((a.start, a.end), (d(2027, 1, 1), d(2027, 1, 31)));
    a.start = d(2027, 1, 10);
    set_horizon(&mut a, Some(Horizon::LongTerm), &p, today);
    assert_eq!(
        (a.start, a.end),
        (d(2027, 1, 10), d(2027, 1, 31)),
        "typed dates stay"
    );
    assert_eq!(a.horizon, Some(Horizon::LongTerm));
}

#[test]
fn the_lines_own_channel_is_kept_as_the_lines() {
    let p = period(d(2027, 1, 1), 12);
    let l = line(1, "seo", [5, 0, 0], Delivery::InHouse, &[]);
    let mut a = Action::new(ItemId(9), "", p.start);
    a.channel = Some(Channel::Catalogue("seo".into()));
    follow_line(&mut a, None, Some(&l), &p, p.start);
    assert_eq!(a.channel, None, "it follows the line");
    a.channel = Some(Channel::Catalogue("emailing".into()));
    follow_line(&mut a, Some(&l), Some(&l), &p, p.start);
    assert_eq!(
        a.channel,
        Some(Channel::Catalogue("emailing".into())),
        "another channel stays"
    );
}
