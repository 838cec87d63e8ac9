//! Texts of building actions quickly (from a budget line, by duplicating,
//! from a template) and of linking budget lines to objectives, French and
//! English.

use crate::domain::Every;

/// Every text of quick actions and of the lines × objectives matrix, in one language.
pub struct ActionTexts {
    /// The button on a budget line that opens a new action on it.
    pub new_action: &'static str,
    /// Its accessible name: the line.
    pub new_action_for: fn(&str) -> String,
    /// Under the form's title when an action comes from a line: what it took.
    pub from_line_hint: &'static str,
    /// A new action saved from the budget page: its title.
    pub added: fn(&str) -> String,
    /// The channel field of the action form.
    pub f_channel: &'static str,
    /// The channel choice that follows the budget line: its channel.
    pub channel_of_line: fn(&str) -> String,
    /// The channel choice "none" when the action has no line.
    pub channel_none: &'static str,
    /// The group of duplicate buttons.
    pub duplicate: &'static str,
    /// Duplicate with the same dates.
    pub same_dates: &'static str,
    /// Duplicate a week later.
    pub week_later: &'static str,
    /// Duplicate a month later.
    pub month_later: &'static str,
    /// The list's duplicate menu, for one action: its title.
    pub duplicate_of: fn(&str) -> String,
    /// A copy added from the list: its title and first day.
    pub copy_added: fn(&str, &str) -> String,
    /// A copy that would leave the years a plan may hold.
    pub copy_refused: &'static str,
    /// The dialog's title when it holds a copy.
    pub copy_title: &'static str,
    /// The button that opens the templates.
    pub from_template: &'static str,
    /// The templates dialog's title.
    pub templates_title: &'static str,
    /// What picking a template does.
    pub templates_intro: &'static str,
    /// How a template repeats and how long one occurrence lasts.
    pub template_meta: fn(Option<Every>, u32) -> String,
    /// The matrix's heading.
    pub matrix_title: &'static str,
    /// What the matrix is for.
    pub matrix_intro: &'static str,
    /// Draws a large matrix, which a budget page opens without.
    pub matrix_show: &'static str,
    /// The matrix's caption.
    pub matrix_caption: &'static str,
    /// A cell's accessible name: line, objective.
    pub serves: fn(&str, &str) -> String,
    /// The matrix when the plan has no objective.
    pub matrix_no_objectives: &'static str,
    /// A collapsed line that serves no objective.
    pub no_objective: &'static str,
    /// Before a line's objectives, for screen readers.
    pub serves_label: &'static str,
}

fn days_fr(n: u32) -> String {
    match n {
        1 => "1\u{a0}jour".into(),
        n => format!("{n}\u{a0}jours"),
    }
}

fn days_en(n: u32) -> String {
    match n {
        1 => "1\u{a0}day".into(),
        n => format!("{n}\u{a0}days"),
    }
}

pub const FR: ActionTexts = ActionTexts {
    new_action: "Nouvelle action",
    new_action_for: |line| format!("Nouvelle action pour «\u{202f}{line}\u{202f}»"),
    from_line_hint: "Canal, horizon, réalisation, objectifs et dates viennent de la ligne du budget\u{202f}; chacun reste modifiable.",
    added: |title| format!("Action «\u{202f}{title}\u{202f}» ajoutée à l'échéancier."),
    f_channel: "Canal ou outil",
    channel_of_line: |name| format!("Celui de la ligne ({name})"),
    channel_none: "Aucun",
    duplicate: "Dupliquer",
    same_dates: "Mêmes dates",
    week_later: "Une semaine plus tard",
    month_later: "Un mois plus tard",
    duplicate_of: |title| format!("Dupliquer «\u{202f}{title}\u{202f}»"),
    copy_added: |title, day| format!("Copie de «\u{202f}{title}\u{202f}» ajoutée, à partir du {day}."),
    copy_refused: "La copie tomberait hors des années qu'un plan peut contenir (1900 à 2200).",
    copy_title: "Copie de l'action",
    from_template: "Depuis un modèle",
    templates_title: "Actions types",
    templates_intro: "Choisissez une action type\u{202f}: elle s'ouvre datée dans la période du plan, avec son canal, pour que vous la confirmiez.",
    template_meta: |every, days| {
        let repeat = match every {
            None => "une fois",
            Some(Every::Week) => "chaque semaine",
            Some(Every::Month) => "chaque mois",
            Some(Every::Quarter) => "chaque trimestre",
        };
        format!("{repeat} · {}", days_fr(days))
    },
    matrix_title: "Lignes et objectifs",
    matrix_intro: "Cochez les objectifs que sert chaque ligne du budget. Les actions créées depuis une ligne les reprennent.",
    matrix_show: "Afficher la matrice",
    matrix_caption: "Objectifs servis par chaque ligne du budget",
    serves: |line, objective| format!("{line} sert {objective}"),
    matrix_no_objectives: "Aucun objectif pour l'instant\u{202f}: définissez-les dans Stratégie et objectifs pour les relier aux lignes.",
    no_objective: "aucun objectif",
    serves_label: "Objectifs servis\u{202f}:",
};

pub const EN: ActionTexts = ActionTexts {
    new_action: "New action",
    new_action_for: |line| format!("New action for “{line}”"),
    from_line_hint: "Channel, horizon, delivery, objectives and dates come from the budget line; each stays editable.",
    added: |title| format!("Action “{title}” added to the timeline."),
    f_channel: "Channel or tool",
    channel_of_line: |name| format!("The line's ({name})"),
    channel_none: "None",
    duplicate: "Duplicate",
    same_dates: "Same dates",
    week_later: "A week later",
    month_later: "A month later",
    duplicate_of: |title| format!("Duplicate “{title}”"),
    copy_added: |title, day| format!("Copy of “{title}” added, from {day}."),
    copy_refused: "The copy would fall outside the years a plan can hold (1900 to 2200).",
    copy_title: "Copy of the action",
    from_template: "From a template",
    templates_title: "Typical actions",
    templates_intro: "Pick a typical action: it opens dated inside the plan period, with its channel, for you to confirm.",
    template_meta: |every, days| {
        let repeat = match every {
            None => "once",
            Some(Every::Week) => "every week",
            Some(Every::Month) => "every month",
            Some(Every::Quarter) => "every quarter",
        };
        format!("{repeat} · {}", days_en(days))
    },
    matrix_title: "Lines and objectives",
    matrix_intro: "Tick the objectives each budget line serves. Actions created from a line take them.",
    matrix_show: "Show the matrix",
    matrix_caption: "Objectives served by each budget line",
    serves: |line, objective| format!("{line} serves {objective}"),
    matrix_no_objectives: "No objectives yet: set them in Strategy & objectives to link them to the lines.",
    no_objective: "no objective",
    serves_label: "Objectives served:",
};
