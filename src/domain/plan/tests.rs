//! Looking up a plan's items by id.
use super::*;

#[test]
fn finds_objectives_lines_and_actions_by_id() {
    let day = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap();
    let mut p = Plan::new("Lookups", day, Lang::Fr);
    p.objectives.push(Objective::new(
        ItemId(1),
        "Notoriété",
        crate::domain::Rank::Priority,
    ));
    p.budget
        .lines
        .push(BudgetLine::new(ItemId(2), Channel::Catalogue("seo".into())));
    p.actions.push(Action::new(ItemId(3), "Newsletter", day));
    p.actions.push(Action::new(ItemId(4), "Salon", day));

    assert_eq!(p.objective(ItemId(1)).map(|o| o.id), Some(ItemId(1)));
    assert_eq!(p.line(ItemId(2)).map(|l| l.id), Some(ItemId(2)));
    assert_eq!(p.action(ItemId(4)).map(|a| a.title.as_str()), Some("Salon"));
    // An id of another kind of item, or none at all, finds nothing.
    assert!(p.objective(ItemId(2)).is_none());
    assert!(p.line(ItemId(3)).is_none());
    assert!(p.action(ItemId(1)).is_none());
    assert!(p.action(ItemId(99)).is_none());

    p.action_mut(ItemId(3)).unwrap().title = "Lettre".into();
    p.line_mut(ItemId(2)).unwrap().amounts[0] = Money(100);
    p.objective_mut(ItemId(1)).unwrap().title = "Image".into();
    assert_eq!(p.actions[0].title, "Lettre");
    assert_eq!(p.budget.lines[0].amounts[0], Money(100));
    assert_eq!(p.objectives[0].title, "Image");
    assert!(p.action_mut(ItemId(99)).is_none());
}
