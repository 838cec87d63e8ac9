use super::{values::*, *};
use crate::domain::{budget::Channel, Delivery, Horizon, Importance, Lang, Objective, Plan};
use chrono::NaiveDate;

pub(super) fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

pub(super) fn plan() -> Plan {
    let mut p = Plan::new("Paste", d(2027, 1, 1), Lang::Fr);
    p.budget.total = Money(10_000_000);
    for key in ["seo", "emailing", "social_ads"] {
        let id = ItemId(p.next_id);
        p.next_id += 1;
        let mut line = crate::domain::BudgetLine::new(id, Channel::Catalogue(key.into()));
        line.amounts = [Money(100_000), Money(300_000), Money(0)];
        p.budget.lines.push(line);
    }
    p
}

fn cells(row: &[&str]) -> Vec<String> {
    row.iter().map(|c| c.to_string()).collect()
}

#[test]
fn tabs_csv_and_quotes_split_into_cells() {
    assert_eq!(
        split("a\tb\r\n\r\n  c \t\"d\te\"\"f\"\n"),
        vec![cells(&["a", "b"]), cells(&["c", "d\te\"f"])]
    );
    assert_eq!(
        split("Titre;Coût\n\"Pub; été\";1 200,50\n"),
        vec![cells(&["Titre", "Coût"]), cells(&["Pub; été", "1 200,50"])]
    );
    assert_eq!(
        split("Title,Cost\n\"Ads, \"\"spring\"\"\",\"1,200.50\""),
        vec![
            cells(&["Title", "Cost"]),
            cells(&["Ads, \"spring\"", "1,200.50"])
        ]
    );
    // A cell with a line break inside quotes stays one cell.
    assert_eq!(split("\"two\nlines\"\tx"), vec![cells(&["two lines", "x"])]);
    assert_eq!(
        split("just titles\nsecond"),
        vec![cells(&["just titles"]), cells(&["second"])]
    );
    assert!(split("\n \n\t\n").is_empty());
}

#[test]
fn dates_of_the_three_locales_and_iso_are_read() {
    let jan31 = Some(d(2027, 1, 31));
    assert_eq!(parse_date("31.01.2027", DayOrder::DayFirst), jan31);
    assert_eq!(
        parse_date("31.1.27", DayOrder::MonthFirst),
        jan31,
        "dots are day first"
    );
    assert_eq!(parse_date("31/01/2027", DayOrder::DayFirst), jan31);
    assert_eq!(parse_date("01/31/2027", DayOrder::MonthFirst), jan31);
    assert_eq!(parse_date("2027-01-31", DayOrder::MonthFirst), jan31);
    assert_eq!(parse_date("31.01.2027 00:00", DayOrder::DayFirst), jan31);
    for bad in [
        "31.13.2027",
        "32.01.2027",
        "2027-02-30",
        "15/03",
        "env.",
        "1.2.3.4",
        "31-01-2027",
        "",
    ] {
        assert_eq!(parse_date(bad, DayOrder::DayFirst), None, "{bad}");
    }
    assert_eq!(
        parse_date("01.01.1850", DayOrder::DayFirst),
        None,
        "outside 1900-2200"
    );
}

#[test]
fn a_slashed_column_is_day_first_when_a_value_says_so_else_by_language() {
    let fr_dates = ["01/02/2027", "25/03/2027"];
    assert_eq!(day_order(fr_dates, Lang::En), DayOrder::DayFirst);
    let us_dates = ["01/02/2027", "03/25/2027"];
    assert_eq!(day_order(us_dates, Lang::Fr), DayOrder::MonthFirst);
    let ambiguous = ["01/02/2027", "03/04/2027"];
    assert_eq!(day_order(ambiguous, Lang::Fr), DayOrder::DayFirst);
    assert_eq!(day_order(ambiguous, Lang::En), DayOrder::MonthFirst);
}

#[test]
fn amounts_of_the_three_locales_with_or_without_a_sign_are_read() {
    let chf = crate::domain::Currency::chf();
    for text in [
        "1'200.50",
        "1’200.50",
        "1 200,50",
        "1\u{a0}200,50",
        "1\u{202f}200,50",
        "1200,50",
        "1,200.50",
        "CHF 1'200.50",
        "1'200.50 CHF",
        "Fr. 1'200.50",
        "$1,200.50",
        "1 200,50 €",
    ] {
        assert_eq!(parse_amount(text, &chf), Ok(Money(120_050)), "{text}");
    }
    assert_eq!(parse_amount("", &chf), Ok(Money::ZERO));
    assert!(parse_amount("env. 300", &chf).is_err());
    assert!(parse_amount("12OO", &chf).is_err());
    let eur = crate::domain::Currency::new("EUR").unwrap();
    assert!(
        parse_amount("CHF 12", &eur).is_err(),
        "another currency's code"
    );
    let jpy = crate::domain::Currency::new("JPY").unwrap();
    assert_eq!(parse_amount("¥1,200", &jpy), Ok(Money(1_200)));
}

#[test]
fn names_are_matched_in_french_and_english_without_case_or_accents() {
    let seo = Some(Channel::Catalogue("seo".into()));
    for text in [
        "Référencement naturel (SEO)",
        "referencement naturel",
        "SEO",
        "seo",
        "Search engine optimisation (SEO)",
    ] {
        assert_eq!(channel(text), seo, "{text}");
    }
    assert_eq!(
        channel("RESEAUX SOCIAUX ET COMMUNAUTE"),
        Some(Channel::Catalogue("social_organic".into()))
    );
    assert_eq!(channel("Salon"), Some(Channel::Custom("Salon".into())));
    assert_eq!(channel("  "), None);
    assert_eq!(horizon("Immédiat"), Some(Horizon::Immediate));
    assert_eq!(horizon("moyen terme"), Some(Horizon::MediumTerm));
    assert_eq!(horizon("Medium term (regular)"), Some(Horizon::MediumTerm));
    assert_eq!(horizon("LONG TERM"), Some(Horizon::LongTerm));
    assert_eq!(horizon("bientôt"), None);
    assert_eq!(importance("Élevée"), Some(Importance::High));
    assert_eq!(importance("critical"), Some(Importance::Critical));
    assert_eq!(importance("Basse"), Some(Importance::Low));
    assert_eq!(delivery("In-house"), Some(Delivery::InHouse));
    assert_eq!(delivery("Agence"), Some(Delivery::Consultant));
}

#[test]
fn a_header_row_names_the_columns_in_french_or_english() {
    let p = plan();
    let t = read("Titre\tDébut\tFin\tCoût (CHF)\tCanal\n", Target::Actions);
    assert!(t.header.is_some());
    let t = read(
        "Action\tStart\tEnd\tCost\tOwner\tIn-house/consultant\nA\t01.02.2027\t\t\t\t\n",
        Target::Actions,
    );
    let cols = columns::guess(t.header.as_deref(), &t.rows, Target::Actions, &p, Lang::En);
    assert_eq!(
        cols,
        vec![
            Column::Title,
            Column::Start,
            Column::End,
            Column::Cost,
            Column::Owner,
            Column::Delivery
        ]
    );
    let t = read(
        "Canal\tImmédiat\tMoyen terme\tLong terme\tTotal\n",
        Target::Budget,
    );
    let cols = columns::guess(t.header.as_deref(), &t.rows, Target::Budget, &p, Lang::Fr);
    assert_eq!(
        cols,
        vec![
            Column::Channel,
            Column::Immediate,
            Column::MediumTerm,
            Column::LongTerm,
            Column::Ignore
        ]
    );
    // A data row is not a header, even when a cell is a column's name.
    let t = read("Emailing\tInterne\t1'000\n", Target::Budget);
    assert!(t.header.is_none());
}

#[test]
fn without_a_header_the_columns_are_guessed_from_their_cells() {
    let p = plan();
    let t = read(
        "Audit\t15.03.2027\t29.03.2027\t1'250.00\tEmailing\tImmédiat\tHaute\n\
         Blog\t01.04.2027\t30.04.2027\t600\tSalon\tLong terme\tBasse\n",
        Target::Actions,
    );
    assert!(t.header.is_none());
    let cols = columns::guess(None, &t.rows, Target::Actions, &p, Lang::Fr);
    assert_eq!(
        cols,
        vec![
            Column::Title,
            Column::Start,
            Column::End,
            Column::Cost,
            Column::Channel,
            Column::Horizon,
            Column::Importance
        ]
    );
}

fn fixture_preview(p: &Plan) -> Preview<crate::domain::Action> {
    let text = include_str!("../../../tests/e2e/fixtures/actions-fr-ch.tsv");
    let t = read(text, Target::Actions);
    assert!(t.header.is_some(), "the fixture's header is recognised");
    let cols = columns::guess(t.header.as_deref(), &t.rows, Target::Actions, p, Lang::Fr);
    actions::preview(p, &t, &cols, Lang::Fr)
}

#[test]
fn the_fixture_adds_27_actions_in_one_step_and_refuses_3_with_reasons() {
    let mut p = plan();
    let preview = fixture_preview(&p);
    assert_eq!((preview.accepted(), preview.refused()), (27, 3));
    let refused: Vec<(&str, &Vec<Problem>)> = preview
        .rows
        .iter()
        .filter_map(|r| r.outcome.as_ref().err().map(|e| (r.cells[0].as_str(), e)))
        .collect();
    assert_eq!(
        refused,
        vec![
            (
                "Webinaire clients",
                &vec![Problem::BadDate("31.13.2027".into())]
            ),
            ("Campagne soldes", &vec![Problem::EndBeforeStart]),
            (
                "Flyers QR code",
                &vec![Problem::BadAmount(
                    "env. 300".into(),
                    MoneyError::NotANumber
                )]
            ),
        ]
    );
    let first = preview.rows[0].outcome.as_ref().unwrap();
    assert_eq!(
        (first.start, first.end, first.cost),
        (d(2027, 3, 15), d(2027, 3, 29), Money(125_000))
    );
    assert_eq!(first.importance, Importance::Critical);
    assert_eq!(first.budget_line, Some(ItemId(1)));
    assert_eq!(first.owner, "Marie");
    let short = preview
        .rows
        .iter()
        .find(|r| r.cells[0] == "Test A/B formulaire")
        .unwrap();
    assert_eq!(
        short.outcome.as_ref().unwrap().start,
        d(2027, 5, 3),
        "3.5.27"
    );
    let custom = preview
        .rows
        .iter()
        .find(|r| r.cells[0] == "Salon régional")
        .unwrap();
    assert_eq!(
        custom.outcome.as_ref().unwrap().channel,
        Some(Channel::Custom("Salon professionnel".into()))
    );

    let before = p.clone();
    let mut history = crate::domain::History::default();
    history
        .execute(&mut p, preview.command.clone().unwrap(), 0)
        .unwrap();
    assert_eq!(p.actions.len(), 27);
    assert!(crate::domain::validate::errors(&p).is_empty());
    history.undo(&mut p);
    assert_eq!(p, before, "one undo takes all 27 back");
}

#[test]
fn an_action_on_a_line_takes_its_horizon_delivery_and_objectives_when_left_empty() {
    let mut p = plan();
    let obj = ItemId(p.next_id);
    p.next_id += 1;
    p.objectives.push(Objective::new(
        obj,
        "Notoriété",
        crate::domain::Rank::Priority,
    ));
    p.budget.lines[1].objectives = vec![obj];
    p.budget.lines[1].delivery = Delivery::Consultant;
    let t = read("Titre\tDébut\tLigne\tHorizon\nA\t01.02.2027\tEmailing\t\nB\t01.02.2027\tEmailing\tLong terme\n", Target::Actions);
    let cols = columns::guess(t.header.as_deref(), &t.rows, Target::Actions, &p, Lang::Fr);
    let preview = actions::preview(&p, &t, &cols, Lang::Fr);
    let a = preview.rows[0].outcome.as_ref().unwrap();
    assert_eq!(
        (a.horizon, a.delivery, a.objectives.clone()),
        (Some(Horizon::MediumTerm), Delivery::Consultant, vec![obj])
    );
    assert_eq!(a.end, a.start, "one date: a one-day action");
    let b = preview.rows[1].outcome.as_ref().unwrap();
    assert_eq!(b.horizon, Some(Horizon::LongTerm), "its own cell wins");
}

#[test]
fn rows_outside_the_plan_years_or_on_unknown_lines_are_refused() {
    let p = plan();
    let t = read("Titre\tDébut\tLigne\tImportance\nA\t01.02.2031\t\t\nB\t01.02.2027\tRadio\t\nC\t01.02.2027\t\tTrès\n\t01.02.2027\t\t\n", Target::Actions);
    let cols = columns::guess(t.header.as_deref(), &t.rows, Target::Actions, &p, Lang::Fr);
    let preview = actions::preview(&p, &t, &cols, Lang::Fr);
    let problems: Vec<_> = preview
        .rows
        .iter()
        .map(|r| r.outcome.clone().unwrap_err())
        .collect();
    assert_eq!(
        problems,
        vec![
            vec![Problem::OutsidePeriod(p.period)],
            vec![Problem::UnknownLine("Radio".into())],
            vec![Problem::UnknownImportance("Très".into())],
            vec![Problem::NoTitle],
        ]
    );
    assert_eq!(preview.command, None);
}

#[test]
fn a_row_outside_the_plan_period_is_refused_as_the_form_refuses_it() {
    let mut p = plan();
    p.period = crate::domain::Period {
        start: d(2027, 3, 1),
        end: d(2027, 8, 31),
    };
    let t = read(
        "Titre\tDébut\tFin\nAvant\t15.02.2027\t10.03.2027\nDedans\t01.03.2027\t31.08.2027\nAprès\t20.08.2027\t02.09.2027\n",
        Target::Actions,
    );
    let cols = columns::guess(t.header.as_deref(), &t.rows, Target::Actions, &p, Lang::Fr);
    let preview = actions::preview(&p, &t, &cols, Lang::Fr);
    let outcomes: Vec<_> = preview
        .rows
        .iter()
        .map(|r| r.outcome.clone().err())
        .collect();
    assert_eq!(
        outcomes,
        vec![
            Some(vec![Problem::OutsidePeriod(p.period)]),
            None,
            Some(vec![Problem::OutsidePeriod(p.period)]),
        ]
    );
}
