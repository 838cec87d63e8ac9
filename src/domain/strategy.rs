//! The plan's strategy elements: their names, the ones chosen from the
//! catalogue and the objectives and KPIs it suggests for them, the ones an
//! objective serves, and how the strategy reads as branches of objectives
//! (the slides' columns and the summary's tree).

use crate::domain::{
    catalogue::{self, KpiDef, ObjectiveTemplate, StrategyDef},
    deck, smart, ItemId, KpiRef, Lang, Objective, ObjectiveKpi, Plan, StrategyElement,
    StrategyKind,
};
use std::collections::HashSet;

#[cfg(test)]
mod tests;

impl StrategyElement {
    /// Its name: the catalogue's in `lang` (its key when this version's
    /// catalogue does not have it), or the one the person wrote.
    pub fn name(&self, lang: Lang) -> String {
        match &self.kind {
            StrategyKind::Catalogue(k) => catalogue::strategy_element(k)
                .map(|d| d.name.get(lang).to_string())
                .unwrap_or_else(|| k.clone()),
            StrategyKind::Custom(n) => n.clone(),
        }
    }
}

/// The element chosen from the catalogue's entry `key`, if it is chosen.
pub fn chosen<'a>(plan: &'a Plan, key: &str) -> Option<&'a StrategyElement> {
    plan.strategy_elements
        .iter()
        .find(|e| matches!(&e.kind, StrategyKind::Catalogue(k) if k == key))
}

/// The catalogue's entries the plan has chosen, each with its element's
/// id, in the plan's order; an entry this version does not know is left
/// out. Their typical objectives are the ones suggested.
pub fn chosen_catalogue(plan: &Plan) -> Vec<(ItemId, &'static StrategyDef)> {
    plan.strategy_elements
        .iter()
        .filter_map(|e| match &e.kind {
            StrategyKind::Catalogue(key) => catalogue::strategy_element(key).map(|d| (e.id, d)),
            StrategyKind::Custom(_) => None,
        })
        .collect()
}

/// The elements the person wrote: id and name, in the plan's order.
pub fn custom_elements(plan: &Plan) -> Vec<(ItemId, String)> {
    plan.strategy_elements
        .iter()
        .filter_map(|e| match &e.kind {
            StrategyKind::Custom(name) => Some((e.id, name.clone())),
            StrategyKind::Catalogue(_) => None,
        })
        .collect()
}

/// The catalogue's objective template `key`.
pub fn template(key: &str) -> Option<&'static ObjectiveTemplate> {
    catalogue::STRATEGY_ELEMENTS
        .iter()
        .flat_map(|s| s.objectives)
        .find(|t| t.key == key)
}

/// Whether the plan has an objective made from the template `key`.
pub fn has_template(plan: &Plan, key: &str) -> bool {
    plan.objectives
        .iter()
        .any(|o| o.template.as_deref() == Some(key))
}

/// The objective `id` made from `template` for `element`: the template's
/// title in the plan's language, the rank of an objective the person adds
/// ([`smart::rank_for_new`]), and only the KPIs the person kept, with the
/// baseline and target they gave. The template's other KPIs stay
/// suggestions ([`kpi_choices`]): an empty KPI attached unasked would keep
/// "Measurable" unmet until removed.
pub fn from_template(
    plan: &Plan,
    template: &ObjectiveTemplate,
    element: ItemId,
    id: ItemId,
    kept: Vec<ObjectiveKpi>,
) -> Objective {
    let rank = smart::rank_for_new(plan);
    let mut objective = Objective::new(id, template.title.get(plan.language), rank);
    objective.template = Some(template.key.to_string());
    objective.strategy_elements = vec![element];
    let mut seen = HashSet::new();
    objective.kpis = kept
        .into_iter()
        .filter(|k| seen.insert(k.kpi.clone()))
        .collect();
    objective
}

/// The KPIs a template suggests, from the catalogue, in its order.
pub fn template_kpis(template: &ObjectiveTemplate) -> Vec<&'static KpiDef> {
    template
        .kpis
        .iter()
        .filter_map(|k| catalogue::kpi(k))
        .collect()
}

/// The KPIs an objective can add: none it already measures.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct KpiChoices {
    /// Its template's KPIs, then those of the catalogue elements it serves
    /// (in the plan's order), each once.
    pub suggested: Vec<&'static KpiDef>,
    /// The rest of the catalogue, by name (letter case aside).
    pub others: Vec<&'static KpiDef>,
    /// The plan's own KPIs: id and name.
    pub custom: Vec<(ItemId, String)>,
}

/// The KPIs `objective` can add, names read in `lang`.
pub fn kpi_choices(plan: &Plan, objective: &Objective, lang: Lang) -> KpiChoices {
    let taken: HashSet<&KpiRef> = objective.kpis.iter().map(|k| &k.kpi).collect();
    let taken_key = |key: &str| taken.contains(&KpiRef::Catalogue(key.to_string()));
    let mut keys: Vec<&'static str> = Vec::new();
    if let Some(t) = objective.template.as_deref().and_then(template) {
        keys.extend(t.kpis);
    }
    for e in plan
        .strategy_elements
        .iter()
        .filter(|e| objective.strategy_elements.contains(&e.id))
    {
        if let StrategyKind::Catalogue(k) = &e.kind {
            keys.extend(catalogue::strategy_element(k).map_or(&[][..], |d| d.kpis));
        }
    }
    let mut seen = HashSet::new();
    keys.retain(|k| seen.insert(*k) && !taken_key(k));
    let suggested = keys.iter().filter_map(|k| catalogue::kpi(k)).collect();
    let mut others: Vec<&'static KpiDef> = catalogue::KPIS
        .iter()
        .filter(|k| !taken_key(k.key) && !keys.contains(&k.key))
        .collect();
    others.sort_by_key(|k| k.name.get(lang).to_lowercase());
    let custom = plan
        .custom_kpis
        .iter()
        .filter(|k| !taken.contains(&KpiRef::Custom(k.id)))
        .map(|k| (k.id, k.name.clone()))
        .collect();
    KpiChoices {
        suggested,
        others,
        custom,
    }
}

/// The elements `objective` serves, as indices in the plan's list, in the
/// objective's order (its first is its main one), each once; an id that no
/// element has any more is left out.
pub fn served(plan: &Plan, objective: &Objective) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    for id in &objective.strategy_elements {
        if let Some(i) = plan.strategy_elements.iter().position(|e| e.id == *id) {
            if !out.contains(&i) {
                out.push(i);
            }
        }
    }
    out
}

/// A column of the strategy: an element with every objective that serves
/// it, or the objectives that serve none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Branch {
    /// The element's index in the plan's list; `None` for the objectives
    /// that serve no element.
    pub element: Option<usize>,
    /// Its objectives' indices, priority ones first
    /// ([`deck::ordered_objectives`]).
    pub objectives: Vec<usize>,
}

/// The strategy as columns: one per element, in the plan's order, each with
/// every objective that serves it (an objective serving two is in both),
/// then one for the objectives that serve none, when there are some.
pub fn branches(plan: &Plan) -> Vec<Branch> {
    let ordered = deck::ordered_objectives(plan);
    let serving = |f: &dyn Fn(&Objective) -> bool| -> Vec<usize> {
        ordered
            .iter()
            .copied()
            .filter(|&i| f(&plan.objectives[i]))
            .collect()
    };
    let mut out: Vec<Branch> = plan
        .strategy_elements
        .iter()
        .enumerate()
        .map(|(i, e)| Branch {
            element: Some(i),
            objectives: serving(&|o| o.strategy_elements.contains(&e.id)),
        })
        .collect();
    let unlinked = serving(&|o| served(plan, o).is_empty());
    if !unlinked.is_empty() {
        out.push(Branch {
            element: None,
            objectives: unlinked,
        });
    }
    out
}

/// A branch of the strategy as a tree: each objective appears once.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TreeBranch {
    /// The element's index in the plan's list; `None` for the objectives
    /// that serve no element.
    pub element: Option<usize>,
    /// The objectives shown here, priority ones first: each objective's
    /// index with the elements it serves when it serves several (else none).
    pub objectives: Vec<(usize, Vec<usize>)>,
    /// Objectives shown under another element that also serve this one:
    /// (objective, the element it is shown under).
    pub also: Vec<(usize, usize)>,
}

/// The strategy as a tree: each objective once, under the first element it
/// serves, the other elements it serves pointing to it; then, when some
/// serve none, a branch for those.
pub fn tree(plan: &Plan) -> Vec<TreeBranch> {
    let mut branches: Vec<TreeBranch> = (0..plan.strategy_elements.len())
        .map(|i| TreeBranch {
            element: Some(i),
            ..TreeBranch::default()
        })
        .collect();
    let mut unlinked = Vec::new();
    for o in deck::ordered_objectives(plan) {
        let elements = served(plan, &plan.objectives[o]);
        let Some((&home, others)) = elements.split_first() else {
            unlinked.push((o, Vec::new()));
            continue;
        };
        for &i in others {
            branches[i].also.push((o, home));
        }
        let serves = if others.is_empty() {
            Vec::new()
        } else {
            elements
        };
        branches[home].objectives.push((o, serves));
    }
    if !unlinked.is_empty() {
        branches.push(TreeBranch {
            element: None,
            objectives: unlinked,
            also: Vec::new(),
        });
    }
    branches
}
