use super::*;
use crate::domain::{apply, validate, BudgetLine, Command, Delivery, Money, Rank, Severity};
use chrono::{Months, NaiveDate};
use std::collections::HashSet;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn plan_of(start: NaiveDate, months: u32) -> Plan {
    let mut plan = Plan::new("P", start, Lang::Fr);
    plan.period.end = start
        .checked_add_months(Months::new(months))
        .and_then(|d| d.pred_opt())
        .unwrap();
    plan
}

#[test]
fn the_library_has_the_actions_a_consultant_expects_in_known_channels() {
    assert!(TEMPLATES.len() >= 15);
    let keys: HashSet<_> = TEMPLATES.iter().map(|t| t.key).collect();
    assert_eq!(keys.len(), TEMPLATES.len(), "keys are unique");
    for key in [
        "social_weekly_posts",
        "newsletter_monthly",
        "kpi_review_quarterly",
        "seasonal_campaign",
        "google_business_profile",
        "review_follow_up",
        "blog_article_monthly",
        "search_ads_launch",
        "retargeting_setup",
        "website_audit",
    ] {
        assert!(template(key).is_some(), "{key}");
    }
    for t in TEMPLATES {
        assert!(t.channel_known(), "{}: channel {}", t.key, t.channel);
        assert!(t.days >= 1, "{}", t.key);
        for lang in Lang::ALL {
            assert!(!t.title.get(lang).trim().is_empty(), "{} {lang:?}", t.key);
            assert!(
                !t.description.get(lang).trim().is_empty(),
                "{} {lang:?}",
                t.key
            );
        }
        assert_ne!(t.title.fr, t.title.en, "{} is translated", t.key);
    }
    assert_eq!(
        template("newsletter_monthly").map(|t| t.every),
        Some(Some(Every::Month))
    );
    assert_eq!(
        template("social_weekly_posts").map(|t| t.every),
        Some(Some(Every::Week))
    );
    assert_eq!(
        template("kpi_review_quarterly").map(|t| t.every),
        Some(Some(Every::Quarter))
    );
    let grouped = by_channel();
    assert_eq!(
        grouped.iter().map(|(_, list)| list.len()).sum::<usize>(),
        TEMPLATES.len(),
        "every template is in one group"
    );
    assert!(grouped
        .iter()
        .all(|(c, list)| list.iter().all(|t| t.channel == c.key)));
}

#[test]
fn every_template_in_both_languages_is_accepted_inside_any_plan_of_1_to_36_months() {
    let starts = [
        d(2027, 1, 1),
        d(2027, 1, 31),
        d(2028, 2, 29),
        d(2027, 10, 15),
        d(2197, 3, 1),
    ];
    for start in starts {
        for months in 1..=36 {
            for t in TEMPLATES {
                for lang in Lang::ALL {
                    let mut plan = plan_of(start, months);
                    let id = ItemId(plan.next_id);
                    let action = t.action(id, &plan, lang);
                    let label = format!("{} {lang:?} {start} +{months}", t.key);
                    assert!(
                        !timeline::outside_period(&plan, &action),
                        "{label}: {} - {} {:?}",
                        action.start,
                        action.end,
                        action.recurrence
                    );
                    assert!(
                        !timeline::occurrences(&action, plan.period.end).is_empty(),
                        "{label}: happens at least once"
                    );
                    let insert = Command::InsertAction {
                        index: usize::MAX,
                        action: Box::new(action),
                    };
                    assert!(apply(&mut plan, insert).is_ok(), "{label}");
                    let errors: Vec<_> = validate(&plan)
                        .into_iter()
                        .filter(|p| p.severity == Severity::Error)
                        .collect();
                    assert!(errors.is_empty(), "{label}: {errors:?}");
                }
            }
        }
    }
}

#[test]
fn a_template_repeats_with_its_length_and_stops_where_the_plan_ends() {
    let year = plan_of(d(2027, 1, 1), 12);
    let campaign = template("seasonal_campaign")
        .unwrap()
        .action(ItemId(1), &year, Lang::Fr);
    assert_eq!(
        (campaign.start, campaign.end),
        (d(2027, 1, 1), d(2027, 1, 14))
    );
    assert_eq!(
        timeline::occurrences(&campaign, year.period.end).len(),
        4,
        "a season each"
    );
    let audit = template("website_audit")
        .unwrap()
        .action(ItemId(1), &year, Lang::En);
    assert_eq!(audit.title, "Annual website audit");
    assert_eq!(
        (audit.start, audit.end, audit.recurrence),
        (d(2027, 1, 1), d(2027, 1, 10), None)
    );
    let tests = template("ab_tests")
        .unwrap()
        .action(ItemId(1), &year, Lang::Fr);
    assert_eq!(
        tests.start,
        d(2027, 4, 1),
        "long term: after the first quarter"
    );
    // A blog article of five days each month, in a plan ending on 3 March:
    // the last month's article would end after it, so the repeat stops before.
    let mut short = plan_of(d(2027, 1, 1), 3);
    short.period.end = d(2027, 3, 3);
    let blog = template("blog_article_monthly")
        .unwrap()
        .action(ItemId(1), &short, Lang::Fr);
    let all = timeline::occurrences(&blog, short.period.end);
    assert_eq!(all.len(), 2);
    assert!(all.iter().all(|o| o.1 <= short.period.end));
}

#[test]
fn a_template_spends_from_the_only_line_of_its_channel() {
    let mut plan = plan_of(d(2027, 1, 1), 12);
    plan.objectives.push(crate::domain::Objective::new(
        ItemId(9),
        "Fidéliser",
        Rank::Priority,
    ));
    let mut email = BudgetLine::new(ItemId(1), Channel::Catalogue("emailing".into()));
    email.delivery = Delivery::Consultant;
    email.objectives = vec![ItemId(9)];
    email.amounts = [Money(0), Money(100), Money(0)];
    plan.budget.lines.push(email.clone());
    let newsletter = template("newsletter_monthly").unwrap();
    let a = newsletter.action(ItemId(10), &plan, Lang::Fr);
    assert_eq!(a.budget_line, Some(ItemId(1)));
    assert_eq!(a.channel, None, "the line's channel");
    assert_eq!(timeline::channel_of(&plan, &a), Some(&newsletter.channel()));
    assert_eq!(
        (a.delivery, a.objectives.clone()),
        (Delivery::Consultant, vec![ItemId(9)])
    );
    // Two lines of that channel: the person chooses, the action keeps its channel.
    let mut other = email.clone();
    other.id = ItemId(2);
    plan.budget.lines.push(other);
    let a = newsletter.action(ItemId(10), &plan, Lang::Fr);
    assert_eq!(
        (a.budget_line, a.channel.clone()),
        (None, Some(newsletter.channel()))
    );
    assert_eq!(a.delivery, Delivery::InHouse);
}
