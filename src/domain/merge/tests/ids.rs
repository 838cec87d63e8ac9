//! Ids taken on both devices offline.

use super::*;

#[test]
fn ids_taken_on_both_devices_are_renumbered_with_their_references() {
    let b = base();
    let (mut m, mut t) = (b.clone(), b.clone());
    // Both take id 5 for an objective and 6 for what links to it.
    let mine_obj = add_objective(&mut m, "Fidélité");
    let mut line = BudgetLine::new(ItemId(m.next_id), Channel::Custom("Newsletter".into()));
    line.objectives = vec![mine_obj];
    m.budget.lines.push(line);
    m.next_id += 1;
    let their_obj = add_objective(&mut t, "Recrutement");
    let mut action = Action::new(ItemId(t.next_id), "Salon", day(5, 1));
    action.objectives = vec![their_obj];
    t.actions.push(action);
    t.next_id += 1;
    assert_eq!((mine_obj, their_obj), (ItemId(5), ItemId(5)));

    let merged = merge(Some(&b), &m, &t);
    assert!(merged.is_clean(), "{:?}", merged.conflicts);
    let p = &merged.plan;
    assert!(validate::errors(p).is_empty(), "{:?}", validate::errors(p));
    let id_of = |title: &str| p.objectives.iter().find(|o| o.title == title).map(|o| o.id);
    let newsletter = p.budget.lines.iter().find(|l| l.id != ItemId(3));
    assert_eq!(
        newsletter.map(|l| l.objectives.clone()),
        id_of("Fidélité").map(|id| vec![id])
    );
    let salon = p.actions.iter().find(|a| a.title == "Salon");
    assert_eq!(
        salon.map(|a| a.objectives.clone()),
        id_of("Recrutement").map(|id| vec![id])
    );
    assert_ne!(id_of("Fidélité"), id_of("Recrutement"));
    assert_eq!(merge(Some(&b), &t, &m).plan, merged.plan);
}

#[test]
fn a_custom_kpi_taken_twice_keeps_its_objectives_link_when_renumbered() {
    use crate::domain::{CustomKpi, KpiRef, ObjectiveKpi};
    let b = base();
    let (mut m, mut t) = (b.clone(), b.clone());
    for (p, name) in [(&mut m, "Devis signés"), (&mut t, "Rendez-vous")] {
        p.custom_kpis.push(CustomKpi {
            id: ItemId(p.next_id),
            name: name.into(),
            unit: Default::default(),
            direction: Default::default(),
            definition: String::new(),
        });
        p.next_id += 1;
    }
    let theirs_kpi = t.custom_kpis[0].id;
    t.objectives[0]
        .kpis
        .push(ObjectiveKpi::new(KpiRef::Custom(theirs_kpi)));
    assert_eq!(m.custom_kpis[0].id, theirs_kpi);

    let merged = merge(Some(&b), &m, &t);
    assert!(merged.is_clean(), "{:?}", merged.conflicts);
    let p = &merged.plan;
    assert!(validate::errors(p).is_empty(), "{:?}", validate::errors(p));
    let id_of = |name: &str| p.custom_kpis.iter().find(|k| k.name == name).map(|k| k.id);
    assert_ne!(id_of("Devis signés"), id_of("Rendez-vous"));
    assert_eq!(
        p.objectives[0].kpis.last().map(|k| k.kpi.clone()),
        id_of("Rendez-vous").map(KpiRef::Custom)
    );
}

#[test]
fn the_same_item_added_on_both_devices_is_kept_once() {
    let b = base();
    let mut m = b.clone();
    add_objective(&mut m, "Fidélité");
    let merged = merge(Some(&b), &m, &m.clone());
    assert!(merged.is_clean());
    assert_eq!(merged.plan, m);
}

#[test]
fn an_id_taken_for_items_of_two_sections_is_renumbered_on_one_side() {
    let b = base();
    let (mut m, mut t) = (b.clone(), b.clone());
    add_objective(&mut m, "Fidélité");
    let mut action = Action::new(ItemId(t.next_id), "Salon", day(5, 1));
    action.objectives = vec![ItemId(2)];
    t.actions.push(action);
    t.next_id += 1;
    for base in [Some(&b), None] {
        let merged = merge(base, &m, &t);
        assert!(merged.is_clean(), "{:?}", merged.conflicts);
        let p = &merged.plan;
        assert!(validate::errors(p).is_empty(), "{:?}", validate::errors(p));
        assert_eq!(titles(p), ["Notoriété", "Ventes", "Fidélité"]);
        let salon = p.actions.iter().find(|a| a.title == "Salon");
        assert_eq!(salon.map(|a| a.objectives.clone()), Some(vec![ItemId(2)]));
        assert!(p.next_id >= 7);
    }
}

#[test]
fn without_a_base_an_id_on_both_sides_in_one_section_is_one_item() {
    let b = base();
    let (mut m, mut t) = (b.clone(), b.clone());
    m.actions[0].title = "Campagne de printemps".into();
    t.actions[0].title = "Campagne d'été".into();
    let merged = merge(None, &m, &t);
    assert_eq!(merged.conflicts.len(), 1);
    let c = &merged.conflicts[0];
    assert_eq!(
        (c.place.section, c.place.item.as_deref(), &c.place.field),
        (
            Section::Actions,
            Some("Campagne de printemps"),
            &Field::Title
        )
    );
    assert_eq!(merged.plan.actions.len(), 1);
}
