//! Texts of the sector starters offered on a blank plan, French and English.

/// Every text of the "start from your sector" panel, in one language.
pub struct StarterTexts {
    pub title: &'static str,
    pub intro: &'static str,
    /// What a sector adds: objectives, budget lines, actions (each kept
    /// on one line).
    pub counts: fn(usize, usize, usize) -> String,
    /// The plan has no total: the sector's usual one, formatted.
    pub budget_default: fn(&str) -> String,
    /// The plan has a total: what it leaves to share out, formatted.
    pub budget_plan: fn(&str) -> String,
    pub choose: &'static str,
    /// The starter was added: the sector.
    pub added: fn(&str) -> String,
}

pub const FR: StarterTexts = StarterTexts {
    title: "Partir de votre secteur",
    intro: "Un point de départ pour ce plan vide\u{202f}: axes stratégiques, objectifs avec leurs indicateurs, budget réparti par canal et par horizon, actions types datées. Tout arrive comme suggestion, à modifier ou à supprimer.",
    counts: |o, l, a| {
        format!(
            "{o}\u{a0}{} · {l}\u{a0}{} · {a}\u{a0}{}",
            if o > 1 { "objectifs" } else { "objectif" },
            if l > 1 { "lignes\u{a0}de\u{a0}budget" } else { "ligne\u{a0}de\u{a0}budget" },
            if a > 1 { "actions" } else { "action" },
        )
    },
    budget_default: |amount| format!("Budget proposé\u{202f}: {amount}, à ajuster"),
    budget_plan: |amount| format!("Répartit {amount} de votre budget"),
    choose: "Partir de ce secteur",
    added: |name| format!("Secteur «\u{202f}{name}\u{202f}» ajouté\u{202f}: tout est modifiable."),
};

pub const EN: StarterTexts = StarterTexts {
    title: "Start from your sector",
    intro: "A starting point for this blank plan: strategy elements, objectives with their KPIs, a budget split by channel and horizon, typical actions with dates. Everything arrives as a suggestion, to edit or remove.",
    counts: |o, l, a| {
        format!(
            "{o}\u{a0}{} · {l}\u{a0}{} · {a}\u{a0}{}",
            if o == 1 { "objective" } else { "objectives" },
            if l == 1 { "budget\u{a0}line" } else { "budget\u{a0}lines" },
            if a == 1 { "action" } else { "actions" },
        )
    },
    budget_default: |amount| format!("Suggested budget: {amount}, to adjust"),
    budget_plan: |amount| format!("Shares out {amount} of your budget"),
    choose: "Start from this sector",
    added: |name| format!("“{name}” sector added: everything can be edited."),
};
