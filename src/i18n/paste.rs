//! Texts of pasting rows from a spreadsheet, French and English.

use crate::domain::paste::Column;

/// Every text of the paste dialog, in one language.
pub struct PasteTexts {
    /// The button that opens the dialog.
    pub button: &'static str,
    pub title_actions: &'static str,
    pub title_budget: &'static str,
    pub intro_actions: &'static str,
    pub intro_budget: &'static str,
    pub text_label: &'static str,
    pub text_hint: &'static str,
    pub header_found: &'static str,
    pub no_header: &'static str,
    /// The label of a column's select: its number, its header (may be empty).
    pub column_label: fn(usize, &str) -> String,
    pub column_name: fn(Column) -> &'static str,
    pub result: &'static str,
    pub preview_caption: &'static str,
    /// Actions added, rows refused.
    pub count_actions: fn(usize, usize) -> String,
    /// Budget lines added, rows refused.
    pub count_lines: fn(usize, usize) -> String,
    /// What the budget allocates after the paste, of its total.
    pub budget_after: fn(&str, &str) -> String,
    pub add: &'static str,
    pub clear: &'static str,
    pub accepted: &'static str,
    /// Toast: actions added.
    pub added_actions: fn(usize) -> String,
    /// Toast: budget lines added.
    pub added_lines: fn(usize) -> String,
    pub no_title: &'static str,
    pub no_channel: &'static str,
    pub no_date: &'static str,
    pub bad_date: fn(&str) -> String,
    pub end_before_start: &'static str,
    /// An amount not read: the cell, why.
    pub bad_amount: fn(&str, &str) -> String,
    pub unknown_line: fn(&str) -> String,
    pub unknown_horizon: fn(&str) -> String,
    pub unknown_importance: fn(&str) -> String,
    pub unknown_delivery: fn(&str) -> String,
    pub unknown_objective: fn(&str) -> String,
    pub totals_row: &'static str,
    pub line_exists: fn(&str) -> String,
    /// A line over the total: its amounts, what is left.
    pub over_total: fn(&str, &str) -> String,
}

/// `n` and its noun: in French 0 and 1 take the singular, in English only 1.
fn plural(n: usize, one: &str, many: &str, zero_is_one: bool) -> String {
    let single = n == 1 || (n == 0 && zero_is_one);
    format!("{n} {}", if single { one } else { many })
}

fn fr(n: usize, one: &str, many: &str) -> String {
    plural(n, one, many, true)
}

fn en(n: usize, one: &str, many: &str) -> String {
    plural(n, one, many, false)
}

pub const FR: PasteTexts = PasteTexts {
    button: "Coller depuis un tableur",
    title_actions: "Coller des actions depuis un tableur",
    title_budget: "Coller des lignes de budget depuis un tableur",
    intro_actions: "Copiez des lignes dans Excel, LibreOffice ou Google Sheets, avec ou sans ligne d'en-tête (Titre, Début, Fin, Coût, Canal, Horizon, Importance, Ligne, Responsable…), puis collez-les ici. Les dates et montants suisses, français et américains sont reconnus.",
    intro_budget: "Une ligne par canal ou outil\u{202f}: son nom, puis les montants immédiat, moyen terme et long terme, et si vous voulez «\u{202f}Interne\u{202f}» ou «\u{202f}Consultant\u{202f}». Le total fixé n'est jamais dépassé.",
    text_label: "Lignes copiées",
    text_hint: "Collez ici (Ctrl+V ou ⌘V), ou n'importe où dans cette fenêtre.",
    header_found: "La première ligne est lue comme en-tête.",
    no_header: "Pas d'en-tête reconnu\u{202f}: les colonnes sont devinées d'après leur contenu.",
    column_label: |i, header| {
        if header.is_empty() {
            format!("Contenu de la colonne {i}")
        } else {
            format!("Contenu de la colonne {i} («\u{202f}{header}\u{202f}»)")
        }
    },
    column_name: |c| match c {
        Column::Ignore => "— ignorer —",
        Column::Title => "Titre",
        Column::Start => "Début",
        Column::End => "Fin",
        Column::Cost => "Coût",
        Column::Channel => "Canal ou outil",
        Column::Horizon => "Horizon",
        Column::Importance => "Importance",
        Column::Line => "Ligne budgétaire",
        Column::Objective => "Objectifs",
        Column::Owner => "Responsable",
        Column::Delivery => "Interne ou consultant",
        Column::Description => "Description",
        Column::Immediate => "Immédiat",
        Column::MediumTerm => "Moyen terme",
        Column::LongTerm => "Long terme",
        Column::External => "Part externe",
    },
    result: "Résultat",
    preview_caption: "Aperçu des lignes collées",
    count_actions: |ok, refused| {
        format!(
            "{} à ajouter, {}",
            fr(ok, "action", "actions"),
            fr(refused, "ligne refusée", "lignes refusées")
        )
    },
    count_lines: |ok, refused| {
        format!(
            "{} à ajouter, {}",
            fr(ok, "ligne de budget", "lignes de budget"),
            fr(refused, "ligne refusée", "lignes refusées")
        )
    },
    budget_after: |allocated, total| format!("Après l'ajout\u{202f}: {allocated} alloués sur {total}."),
    add: "Ajouter",
    clear: "Effacer",
    accepted: "À ajouter",
    added_actions: |n| format!("{} depuis le tableur.", fr(n, "action ajoutée", "actions ajoutées")),
    added_lines: |n| format!("{} depuis le tableur.", fr(n, "ligne de budget ajoutée", "lignes de budget ajoutées")),
    no_title: "Pas de titre.",
    no_channel: "Pas de nom de canal ou d'outil.",
    no_date: "Pas de date.",
    bad_date: |cell| format!("Date illisible\u{202f}: «\u{202f}{cell}\u{202f}»."),
    end_before_start: "La fin est avant le début.",
    bad_amount: |cell, why| format!("Montant illisible «\u{202f}{cell}\u{202f}»\u{202f}: {why}"),
    unknown_line: |cell| format!("Aucune ligne budgétaire «\u{202f}{cell}\u{202f}»."),
    unknown_horizon: |cell| format!("Horizon inconnu «\u{202f}{cell}\u{202f}» (immédiat, moyen terme ou long terme)."),
    unknown_importance: |cell| format!("Importance inconnue «\u{202f}{cell}\u{202f}» (critique, haute, normale ou basse)."),
    unknown_delivery: |cell| format!("«\u{202f}{cell}\u{202f}»\u{202f}: ni interne ni consultant."),
    unknown_objective: |cell| format!("Aucun objectif «\u{202f}{cell}\u{202f}»."),
    totals_row: "Ligne de totaux\u{202f}: pas une ligne de budget.",
    line_exists: |cell| format!("Le budget a déjà une ligne «\u{202f}{cell}\u{202f}»."),
    over_total: |asked, left| format!("Dépasse le total fixé\u{202f}: {asked} demandés, il reste {left}."),
};

pub const EN: PasteTexts = PasteTexts {
    button: "Paste from a spreadsheet",
    title_actions: "Paste actions from a spreadsheet",
    title_budget: "Paste budget lines from a spreadsheet",
    intro_actions: "Copy rows in Excel, LibreOffice or Google Sheets, with or without a header row (Title, Start, End, Cost, Channel, Horizon, Importance, Line, Owner…), then paste them here. Swiss, French and US dates and amounts are read.",
    intro_budget: "One row per channel or tool: its name, then the immediate, medium-term and long-term amounts, and optionally “In-house” or “Consultant”. The fixed total is never exceeded.",
    text_label: "Copied rows",
    text_hint: "Paste here (Ctrl+V or ⌘V), or anywhere in this window.",
    header_found: "The first row is read as the header.",
    no_header: "No header recognised: the columns are guessed from what they hold.",
    column_label: |i, header| {
        if header.is_empty() {
            format!("Content of column {i}")
        } else {
            format!("Content of column {i} (“{header}”)")
        }
    },
    column_name: |c| match c {
        Column::Ignore => "— ignore —",
        Column::Title => "Title",
        Column::Start => "Start",
        Column::End => "End",
        Column::Cost => "Cost",
        Column::Channel => "Channel or tool",
        Column::Horizon => "Horizon",
        Column::Importance => "Importance",
        Column::Line => "Budget line",
        Column::Objective => "Objectives",
        Column::Owner => "Owner",
        Column::Delivery => "In-house or consultant",
        Column::Description => "Description",
        Column::Immediate => "Immediate",
        Column::MediumTerm => "Medium term",
        Column::LongTerm => "Long term",
        Column::External => "External part",
    },
    result: "Result",
    preview_caption: "Preview of the pasted rows",
    count_actions: |ok, refused| {
        format!(
            "{} to add, {}",
            en(ok, "action", "actions"),
            en(refused, "row refused", "rows refused")
        )
    },
    count_lines: |ok, refused| {
        format!(
            "{} to add, {}",
            en(ok, "budget line", "budget lines"),
            en(refused, "row refused", "rows refused")
        )
    },
    budget_after: |allocated, total| format!("After adding: {allocated} allocated of {total}."),
    add: "Add",
    clear: "Clear",
    accepted: "To add",
    added_actions: |n| format!("{} from the spreadsheet.", en(n, "action added", "actions added")),
    added_lines: |n| format!("{} from the spreadsheet.", en(n, "budget line added", "budget lines added")),
    no_title: "No title.",
    no_channel: "No channel or tool name.",
    no_date: "No date.",
    bad_date: |cell| format!("Unreadable date: “{cell}”."),
    end_before_start: "The end is before the start.",
    bad_amount: |cell, why| format!("Unreadable amount “{cell}”: {why}"),
    unknown_line: |cell| format!("No budget line “{cell}”."),
    unknown_horizon: |cell| format!("Unknown horizon “{cell}” (immediate, medium term or long term)."),
    unknown_importance: |cell| format!("Unknown importance “{cell}” (critical, high, normal or low)."),
    unknown_delivery: |cell| format!("“{cell}”: neither in-house nor consultant."),
    unknown_objective: |cell| format!("No objective “{cell}”."),
    totals_row: "Totals row: not a budget line.",
    line_exists: |cell| format!("The budget already has a line “{cell}”."),
    over_total: |asked, left| format!("Goes past the fixed total: {asked} asked, {left} left."),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_agree_with_their_number_in_each_language() {
        assert_eq!(
            (FR.count_actions)(27, 3),
            "27 actions à ajouter, 3 lignes refusées"
        );
        assert_eq!(
            (FR.count_lines)(0, 1),
            "0 ligne de budget à ajouter, 1 ligne refusée"
        );
        assert_eq!((EN.count_actions)(1, 0), "1 action to add, 0 rows refused");
    }
}
