//! Texts of the strategy and SMART objectives pages, French and English.

use crate::domain::{
    number::NumberError,
    smart::{Letter, PRIORITY_RANGE},
};

/// The fewest and the most priority objectives the method advises.
const MIN: usize = *PRIORITY_RANGE.start();
const MAX: usize = *PRIORITY_RANGE.end();

/// Every text of the strategy pages, in one language.
pub struct StrategyTexts {
    /// Links from an empty state to the step that fills it.
    pub link_elements: &'static str,
    pub link_objectives: &'static str,
    pub link_kpis: &'static str,
    pub link_targets: &'static str,
    pub title: &'static str,
    pub intro: &'static str,
    pub steps_label: &'static str,
    pub step_context: &'static str,
    pub step_elements: &'static str,
    pub step_objectives: &'static str,
    pub step_smart: &'static str,
    pub step_summary: &'static str,
    pub step_of: fn(usize, usize) -> String,
    pub previous: &'static str,
    pub next: &'static str,
    pub context_intro: &'static str,

    pub elements_intro: &'static str,
    pub leads_to: &'static str,
    pub typical_objectives: &'static str,
    pub kpis: &'static str,
    pub choose: &'static str,
    pub chosen: &'static str,
    pub note_label: &'static str,
    pub custom_element_label: &'static str,
    pub custom_element_hint: &'static str,
    pub add: &'static str,
    pub remove: &'static str,
    pub custom_badge: &'static str,
    pub chosen_count: fn(usize) -> String,

    pub objectives_intro: fn() -> String,
    pub suggestions_title: &'static str,
    pub suggestions_hint: &'static str,
    pub suggestions_none: &'static str,
    pub added: &'static str,
    pub own_objective_label: &'static str,
    pub objectives_title: &'static str,
    pub objectives_empty: &'static str,
    pub rank_label: &'static str,
    pub rank_priority: &'static str,
    pub rank_secondary: &'static str,
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub make_smart: &'static str,
    pub delete_objective: &'static str,
    pub confirm_delete_objective: fn(&str) -> String,
    pub priority_too_few: fn(usize) -> String,
    pub priority_too_many: fn(usize) -> String,
    pub priority_ok: fn(usize) -> String,
    pub smart_score: fn(usize) -> String,
    pub objective_title_label: &'static str,
    pub list_page_title: &'static str,
    pub list_page_intro: &'static str,
    pub open_list: &'static str,

    pub summary_intro: &'static str,
    pub summary_empty: &'static str,
    pub summary_priority: &'static str,
    pub summary_secondary: &'static str,
    pub summary_unlinked: &'static str,
    pub summary_deadline: fn(&str) -> String,
    pub summary_owner: fn(&str) -> String,
    pub summary_to_define: &'static str,
    pub summary_no_kpi: &'static str,
    /// The strategy elements an objective serves, when it serves several.
    pub summary_serves: fn(&str) -> String,
    /// In a branch: an objective shown under another element (title, that element).
    pub summary_also: fn(&str, &str) -> String,
    pub print: &'static str,

    pub err_number: fn(&NumberError) -> String,
    pub out_of_range: fn(&str, Option<&str>) -> String,
}

pub const FR: StrategyTexts = StrategyTexts {
    link_elements: "Choisir les éléments de stratégie",
    link_objectives: "Définir les objectifs dans «\u{202f}Stratégie & objectifs\u{202f}»",
    link_kpis: "Choisir ses indicateurs",
    link_targets: "Donner des cibles aux objectifs",
    title: "Stratégie & objectifs",
    intro: "De ce que veut l'entreprise à quelques objectifs prioritaires, SMART et mesurés par des indicateurs.",
    steps_label: "Étapes",
    step_context: "Contexte",
    step_elements: "Éléments de stratégie",
    step_objectives: "Objectifs",
    step_smart: "SMART",
    step_summary: "Synthèse",
    step_of: |n, total| format!("Étape {n} sur {total}"),
    previous: "Précédent",
    next: "Suivant",
    context_intro: "Le plan part de ce que veut l'entreprise, aligné sur sa stratégie globale.",

    elements_intro: "Retenez un ou plusieurs éléments de stratégie\u{202f}: chacun mène à des objectifs et des indicateurs typiques.",
    leads_to: "Mène à",
    typical_objectives: "Objectifs typiques",
    kpis: "Indicateurs",
    choose: "Retenir",
    chosen: "Retenu",
    note_label: "Comment cet élément s'applique à l'entreprise",
    custom_element_label: "Votre propre élément de stratégie",
    custom_element_hint: "Par exemple\u{202f}: fidéliser les clients habitués.",
    add: "Ajouter",
    remove: "Retirer",
    custom_badge: "Personnalisé",
    chosen_count: |n| match n { 0 => "Aucun élément retenu".into(), 1 => "1 élément retenu".into(), n => format!("{n} éléments retenus") },

    objectives_intro: || format!("Ajoutez les objectifs suggérés ou les vôtres, puis classez-les\u{202f}: {min} à {max} prioritaires qui pilotent le plan, les autres secondaires.", min = MIN, max = MAX),
    suggestions_title: "Suggestions",
    suggestions_hint: "Tirées des éléments de stratégie retenus.",
    suggestions_none: "Retenez d'abord un élément de stratégie pour voir des suggestions.",
    added: "Ajouté",
    own_objective_label: "Votre propre objectif",
    objectives_title: "Objectifs du plan",
    objectives_empty: "Aucun objectif pour l'instant.",
    rank_label: "Rang",
    rank_priority: "Prioritaire",
    rank_secondary: "Secondaire",
    move_up: "Monter",
    move_down: "Descendre",
    make_smart: "Rendre SMART",
    delete_objective: "Supprimer",
    confirm_delete_objective: |t| format!("Supprimer l'objectif «\u{202f}{t}\u{202f}»\u{202f}? Les actions et lignes de budget liées perdent ce lien. Ctrl+Z annule."),
    priority_too_few: |n| format!("{n} objectif prioritaire\u{202f}: la méthode en demande {min} à {max}, pour que le plan ait une direction claire.", min = MIN, max = MAX),
    priority_too_many: |n| format!("{n} objectifs prioritaires\u{202f}: au-delà de {max}, plus rien n'est vraiment prioritaire. Passez-en en secondaire.", max = MAX),
    priority_ok: |n| format!("{n} objectifs prioritaires\u{202f}: dans la fourchette de {min} à {max} de la méthode.", min = MIN, max = MAX),
    smart_score: |n| format!("SMART {n}/{}", Letter::ALL.len()),
    objective_title_label: "Titre de l'objectif",
    list_page_title: "Objectifs",
    list_page_intro: "Réordonnez, modifiez ou supprimez les objectifs. Ctrl+Z annule.",
    open_list: "Liste des objectifs",

    summary_intro: "La stratégie, ses objectifs et leurs indicateurs, à présenter au client.",
    summary_empty: "Rien à présenter encore\u{202f}: retenez des éléments de stratégie et ajoutez des objectifs.",
    summary_priority: "Prioritaire",
    summary_secondary: "Secondaire",
    summary_unlinked: "Objectifs sans élément de stratégie",
    summary_deadline: |d| format!("d'ici le {d}"),
    summary_owner: |o| format!("responsable\u{202f}: {o}"),
    summary_to_define: "à définir",
    summary_no_kpi: "Aucun indicateur choisi.",
    summary_serves: |list| format!("Au service de\u{202f}: {list}"),
    summary_also: |title, home| format!("Sert aussi cet élément\u{202f}: «\u{202f}{title}\u{202f}», présenté sous «\u{202f}{home}\u{202f}»."),
    print: "Imprimer",

    err_number: |e| match e {
        NumberError::Empty => "Saisissez un nombre.".into(),
        NumberError::NotANumber => "Ce n'est pas un nombre\u{202f}: chiffres uniquement, ex. 2,5".into(),
        NumberError::TooLarge => "Nombre trop grand.".into(),
    },
    out_of_range: |min, max| match max {
        Some(max) => format!("Hors limites\u{202f}: entre {min} et {max}."),
        None => format!("Hors limites\u{202f}: au moins {min}."),
    },
};

pub const EN: StrategyTexts = StrategyTexts {
    link_elements: "Pick strategy elements",
    link_objectives: "Set the objectives in “Strategy & objectives”",
    link_kpis: "Choose its KPIs",
    link_targets: "Give the objectives targets",
    title: "Strategy & objectives",
    intro: "From what the business wants to a few priority objectives, SMART and measured by KPIs.",
    steps_label: "Steps",
    step_context: "Context",
    step_elements: "Strategy elements",
    step_objectives: "Objectives",
    step_smart: "SMART",
    step_summary: "Summary",
    step_of: |n, total| format!("Step {n} of {total}"),
    previous: "Previous",
    next: "Next",
    context_intro:
        "The plan starts from what the business wants, in line with its overall strategy.",

    elements_intro:
        "Pick one or more strategy elements: each leads to typical objectives and KPIs.",
    leads_to: "Leads to",
    typical_objectives: "Typical objectives",
    kpis: "KPIs",
    choose: "Pick",
    chosen: "Picked",
    note_label: "How this element applies to the business",
    custom_element_label: "Your own strategy element",
    custom_element_hint: "For example: keep regular customers loyal.",
    add: "Add",
    remove: "Remove",
    custom_badge: "Custom",
    chosen_count: |n| match n {
        0 => "No element picked".into(),
        1 => "1 element picked".into(),
        n => format!("{n} elements picked"),
    },

    objectives_intro: || {
        format!("Add the suggested objectives or your own, then rank them: {min} to {max} priority ones that steer the plan, the rest secondary.", min = MIN, max = MAX)
    },
    suggestions_title: "Suggestions",
    suggestions_hint: "From the strategy elements you picked.",
    suggestions_none: "Pick a strategy element first to see suggestions.",
    added: "Added",
    own_objective_label: "Your own objective",
    objectives_title: "The plan's objectives",
    objectives_empty: "No objective yet.",
    rank_label: "Rank",
    rank_priority: "Priority",
    rank_secondary: "Secondary",
    move_up: "Move up",
    move_down: "Move down",
    make_smart: "Make it SMART",
    delete_objective: "Delete",
    confirm_delete_objective: |t| {
        format!("Delete the objective \"{t}\"? Linked actions and budget lines lose the link. Ctrl+Z undoes it.")
    },
    priority_too_few: |n| {
        format!("{n} priority objective: the method asks for {min} to {max}, so the plan has a clear direction.", min = MIN, max = MAX)
    },
    priority_too_many: |n| {
        format!("{n} priority objectives: beyond {max}, nothing is really a priority. Make some secondary.", max = MAX)
    },
    priority_ok: |n| {
        format!(
            "{n} priority objectives: within the method's {min} to {max}.",
            min = MIN,
            max = MAX
        )
    },
    smart_score: |n| format!("SMART {n}/{}", Letter::ALL.len()),
    objective_title_label: "Objective title",
    list_page_title: "Objectives",
    list_page_intro: "Reorder, edit or delete objectives. Ctrl+Z undoes.",
    open_list: "List of objectives",

    summary_intro: "The strategy, its objectives and their KPIs, ready to present to the client.",
    summary_empty: "Nothing to present yet: pick strategy elements and add objectives.",
    summary_priority: "Priority",
    summary_secondary: "Secondary",
    summary_unlinked: "Objectives with no strategy element",
    summary_deadline: |d| format!("by {d}"),
    summary_owner: |o| format!("owner: {o}"),
    summary_to_define: "to define",
    summary_no_kpi: "No KPI chosen.",
    summary_serves: |list| format!("Serves: {list}"),
    summary_also: |title, home| {
        format!("Also serves this element: \"{title}\", shown under \"{home}\".")
    },
    print: "Print",

    err_number: |e| match e {
        NumberError::Empty => "Type a number.".into(),
        NumberError::NotANumber => "Not a number: digits only, e.g. 2.5".into(),
        NumberError::TooLarge => "Number too large.".into(),
    },
    out_of_range: |min, max| match max {
        Some(max) => format!("Out of range: between {min} and {max}."),
        None => format!("Out of range: at least {min}."),
    },
};
