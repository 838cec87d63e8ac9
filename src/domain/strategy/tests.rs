use super::*;
use crate::domain::{ItemId, Rank};
use chrono::NaiveDate;

fn element(id: u32, kind: StrategyKind) -> StrategyElement {
    StrategyElement {
        id: ItemId(id),
        kind,
        note: String::new(),
    }
}

fn objective(id: u32, rank: Rank, serves: &[u32]) -> Objective {
    let mut o = Objective::new(ItemId(id), &format!("O{id}"), rank);
    o.strategy_elements = serves.iter().map(|&e| ItemId(e)).collect();
    o
}

/// Elements 1 (awareness), 2 (custom), 3 (a key this catalogue lacks);
/// objectives 10 secondary serving 2 then 1, 11 priority serving 1,
/// 12 priority serving a removed element 9, 13 secondary serving nothing,
/// 14 priority serving 3 twice.
fn plan() -> Plan {
    let day = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap_or_default();
    let mut p = Plan::new("S", day, Lang::En);
    p.strategy_elements = vec![
        element(1, StrategyKind::Catalogue("awareness".into())),
        element(2, StrategyKind::Custom("Word of mouth".into())),
        element(3, StrategyKind::Catalogue("future_key".into())),
    ];
    p.objectives = vec![
        objective(10, Rank::Secondary, &[2, 1]),
        objective(11, Rank::Priority, &[1]),
        objective(12, Rank::Priority, &[9]),
        objective(13, Rank::Secondary, &[]),
        objective(14, Rank::Priority, &[3, 3]),
    ];
    p
}

#[test]
fn an_element_is_named_by_the_catalogue_its_key_or_its_author() {
    let p = plan();
    let names = |lang| {
        p.strategy_elements
            .iter()
            .map(|e| e.name(lang))
            .collect::<Vec<_>>()
    };
    let awareness = catalogue::strategy_element("awareness").map(|d| d.name);
    assert_eq!(
        names(Lang::En),
        [
            awareness.map_or("", |n| n.get(Lang::En)),
            "Word of mouth",
            "future_key"
        ]
    );
    assert_eq!(
        names(Lang::Fr)[0],
        awareness.map_or("", |n| n.get(Lang::Fr))
    );
    assert_ne!(names(Lang::Fr)[0], names(Lang::En)[0]);
}

#[test]
fn an_objective_serves_the_elements_it_names_that_exist_in_its_order_once() {
    let p = plan();
    let served = |i: usize| served(&p, &p.objectives[i]);
    assert_eq!(served(0), [1, 0], "its own order, not the plan's");
    assert_eq!(served(1), [0]);
    assert_eq!(served(2), Vec::<usize>::new(), "a removed element");
    assert_eq!(served(3), Vec::<usize>::new());
    assert_eq!(served(4), [2], "named twice, served once");
}

#[test]
fn columns_list_every_objective_under_each_element_it_serves() {
    let b = branches(&plan());
    let column = |element, objectives: &[usize]| Branch {
        element,
        objectives: objectives.to_vec(),
    };
    assert_eq!(
        b,
        [
            // Priority objectives first, then the plan's order.
            column(Some(0), &[1, 0]),
            column(Some(1), &[0]),
            column(Some(2), &[4]),
            column(None, &[2, 3]),
        ]
    );
    let mut linked = plan();
    linked.objectives.truncate(2);
    assert!(
        branches(&linked).iter().all(|b| b.element.is_some()),
        "no column for unlinked objectives when there are none"
    );
}

#[test]
fn the_tree_shows_each_objective_once_under_the_first_element_it_serves() {
    let t = tree(&plan());
    assert_eq!(t.len(), 4);
    // Objective 0 serves 2 then 1: shown under element 1 with both named,
    // pointed to from element 0.
    assert_eq!(t[1].objectives, [(0, vec![1, 0])]);
    assert_eq!(t[0].also, [(0, 1)]);
    // Objective 1 serves element 0 alone: no list of elements.
    assert_eq!(t[0].objectives, [(1, vec![])]);
    assert_eq!(t[2].objectives, [(4, vec![])]);
    assert_eq!(t[3].element, None);
    assert_eq!(t[3].objectives, [(2, vec![]), (3, vec![])]);
    let shown: usize = t.iter().map(|b| b.objectives.len()).sum();
    assert_eq!(shown, plan().objectives.len(), "each objective once");
}

#[test]
fn the_slides_weigh_the_columns_they_show() {
    // A heading and a note, then a line per objective of the column.
    assert_eq!(deck::strategy_weights(&plan()), [4, 3, 3, 4]);
}

#[test]
fn the_chosen_catalogue_entries_and_the_persons_own_are_told_apart() {
    let p = plan();
    assert_eq!(chosen(&p, "awareness").map(|e| e.id), Some(ItemId(1)));
    assert_eq!(chosen(&p, "revenue"), None, "not chosen");
    assert_eq!(chosen(&p, "Word of mouth"), None, "a custom name is no key");
    let keys: Vec<_> = chosen_catalogue(&p)
        .into_iter()
        .map(|(id, d)| (id, d.key))
        .collect();
    assert_eq!(
        keys,
        [(ItemId(1), "awareness")],
        "an unknown key suggests nothing"
    );
    assert_eq!(
        custom_elements(&p),
        [(ItemId(2), "Word of mouth".to_string())]
    );
    assert_eq!(
        p.strategy_element(ItemId(2)).map(|e| e.name(Lang::Fr)),
        Some("Word of mouth".into())
    );
    assert_eq!(p.strategy_element(ItemId(9)), None);
}

#[test]
fn a_suggested_objective_takes_its_templates_title_kpis_and_element() {
    let mut p = plan();
    p.language = Lang::Fr;
    let Some(template) = catalogue::strategy_element("awareness").map(|d| &d.objectives[0]) else {
        panic!("awareness is in the catalogue");
    };
    assert!(!has_template(&p, template.key));
    // The person keeps one of the template's KPIs, with its figures.
    let position = KpiRef::Catalogue(template.kpis[0].to_string());
    let kept = ObjectiveKpi {
        baseline: Some(12.0),
        target: Some(crate::domain::Target::Value(5.0)),
        ..ObjectiveKpi::new(position.clone())
    };
    let o = from_template(&p, template, ItemId(1), ItemId(50), vec![kept.clone()]);
    assert_eq!(o.id, ItemId(50));
    assert_eq!(o.title, template.title.get(Lang::Fr), "the plan's language");
    assert_eq!(o.template.as_deref(), Some(template.key));
    assert_eq!(o.strategy_elements, [ItemId(1)]);
    assert_eq!(o.kpis, [kept], "only the KPI kept, with its figures");
    // The others stay suggestions for the objective.
    let offered = kpi_choices(&p, &o, Lang::Fr);
    let suggested: Vec<&str> = offered.suggested.iter().map(|k| k.key).collect();
    assert_eq!(suggested, template.kpis[1..]);
    // Three priorities: a fourth is one; with four, the next is secondary.
    assert_eq!(o.rank, Rank::Priority);
    p.objectives.push(o);
    assert!(has_template(&p, template.key));
    let o = from_template(&p, template, ItemId(1), ItemId(51), Vec::new());
    assert_eq!(o.rank, Rank::Secondary);
    assert!(o.kpis.is_empty(), "no KPI kept, none attached");
}

fn custom_kpi(id: u32, name: &str) -> crate::domain::CustomKpi {
    crate::domain::CustomKpi {
        id: ItemId(id),
        name: name.into(),
        unit: Default::default(),
        direction: Default::default(),
        definition: String::new(),
    }
}

#[test]
fn an_objective_is_offered_its_templates_then_its_elements_kpis_then_the_rest() {
    let day = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap_or_default();
    let mut p = Plan::new("K", day, Lang::En);
    p.strategy_elements = vec![
        element(1, StrategyKind::Catalogue("awareness".into())),
        element(2, StrategyKind::Catalogue("revenue".into())),
        element(3, StrategyKind::Custom("Own".into())),
    ];
    p.custom_kpis = vec![
        custom_kpi(20, "Calls"),
        custom_kpi(21, "Visits to the shop"),
    ];
    // Serves revenue then awareness; measures impressions and Calls already.
    let mut o = objective(10, Rank::Priority, &[2, 1, 3]);
    o.template = Some("more_sales".into());
    o.kpis = vec![
        ObjectiveKpi::new(KpiRef::Catalogue("impressions".into())),
        ObjectiveKpi::new(KpiRef::Custom(ItemId(20))),
    ];
    let c = kpi_choices(&p, &o, Lang::En);
    let keys = |l: &[&KpiDef]| l.iter().map(|k| k.key).collect::<Vec<_>>();
    // The template's (orders, aov), then awareness's and revenue's in the
    // plan's order, each once, impressions left out.
    assert_eq!(
        keys(&c.suggested),
        ["orders", "aov", "search_position", "conversion_rate"]
    );
    assert_eq!(c.custom, [(ItemId(21), "Visits to the shop".to_string())]);
    let names: Vec<String> = c
        .others
        .iter()
        .map(|k| k.name.get(Lang::En).to_lowercase())
        .collect();
    assert!(names.windows(2).all(|w| w[0] <= w[1]), "by name");
    // Every catalogue KPI is offered once, but the one it measures.
    let mut offered = keys(&c.suggested);
    offered.extend(keys(&c.others));
    assert_eq!(offered.len(), catalogue::KPIS.len() - 1);
    assert!(!offered.contains(&"impressions"));
    let unique: std::collections::HashSet<_> = offered.iter().collect();
    assert_eq!(unique.len(), offered.len());
    // Without template or catalogue element, nothing is suggested.
    let plain = objective(11, Rank::Priority, &[3]);
    assert!(kpi_choices(&p, &plain, Lang::En).suggested.is_empty());
    assert_eq!(
        template("more_sales").map(|t| t.kpis),
        Some(&["orders", "aov"][..])
    );
    assert_eq!(template("awareness"), None, "an element is no template");
}
