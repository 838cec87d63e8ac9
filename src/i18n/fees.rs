//! Texts of fees as time at a rate: the plan's rates, the consultant's rate
//! card, a line's or an action's fee, in-house hours and the workload.

use crate::storage::{rate_card::CardError, StorageError};

/// Every text of fees, rates, hours and workload, in one language.
pub struct FeesTexts {
    pub rates_title: &'static str,
    pub rates_intro: &'static str,
    pub rates_empty: &'static str,
    pub role: &'static str,
    pub unit: &'static str,
    pub price: &'static str,
    pub per_day: &'static str,
    pub per_hour: &'static str,
    /// After a price: "/ jour".
    pub slash_day: &'static str,
    pub slash_hour: &'static str,
    pub add: &'static str,
    /// The role a new rate starts with.
    pub new_role: &'static str,
    pub remove: &'static str,
    /// The remove button's accessible name: the role.
    pub remove_label: fn(&str) -> String,
    /// A quantity and its unit: "6 jours", "1,5 heure".
    pub days: fn(&str, bool) -> String,
    pub hours_of: fn(&str, bool) -> String,

    pub card_title: &'static str,
    pub card_hint: &'static str,
    pub card_open: &'static str,
    pub card_save: &'static str,
    /// The save button's accessible name: the role.
    pub card_save_label: fn(&str) -> String,
    /// Toast: the role is in the card.
    pub card_saved: fn(&str) -> String,
    /// The role and unit are in the card already: role, its price there.
    pub card_exists: fn(&str, &str) -> String,
    pub card_replace: &'static str,
    pub card_keep: &'static str,
    pub card_empty: &'static str,
    /// An entry in another currency: its code, the plan's.
    pub card_other_currency: fn(&str, &str) -> String,
    pub card_in_plan: &'static str,
    pub card_add: &'static str,
    /// Toast: rates added from the card.
    pub card_added: fn(usize) -> String,
    pub card_remove: &'static str,
    /// The remove button's accessible name: the role.
    pub card_remove_label: fn(&str) -> String,
    pub card_none_picked: &'static str,
    pub err_card: fn(&CardError) -> String,

    pub fee_title: &'static str,
    pub fee_intro: &'static str,
    pub fee_rate: &'static str,
    pub fee_none: &'static str,
    pub fee_new: &'static str,
    pub fee_quantity_days: &'static str,
    pub fee_quantity_hours: &'static str,
    pub fee_amount: &'static str,
    pub fee_remove: &'static str,
    pub fee_removed_hint: &'static str,
    pub fee_pick_first: &'static str,
    /// The days or hours emptied while the line still has its fee.
    pub fee_quantity_empty: &'static str,
    pub fee_create: &'static str,
    pub fee_new_title: &'static str,
    /// The line's amount follows: the fee, the line's total.
    pub fee_line_total: fn(&str) -> String,

    pub work_title: &'static str,
    pub hours: &'static str,
    pub hours_hint: &'static str,
    pub content: &'static str,
    pub content_none: &'static str,

    pub workload_title: &'static str,
    pub workload_intro: &'static str,
    pub workload_empty: &'static str,
    /// "Total : 12,5 h".
    pub workload_total: fn(&str) -> String,
    /// The busiest month and its hours.
    pub workload_peak: fn(&str, &str) -> String,
    /// Hours of actions outside the plan's months.
    pub workload_outside: fn(&str) -> String,
    pub month: &'static str,
    pub from_lines: &'static str,
    pub from_actions: &'static str,
    pub total: &'static str,
    pub chart_label: &'static str,

    pub action_fee_rate: &'static str,
    pub action_fee_quantity: &'static str,
    /// Under the cost, when a fee sets it: the calculation.
    pub action_cost_note: fn(&str) -> String,
}

fn fr_storage(e: &StorageError) -> String {
    match e {
        StorageError::QuotaExceeded => "Le stockage de ce navigateur est plein\u{202f}: votre grille n'a pas été enregistrée. Libérez de la place (plans à la corbeille, anciennes versions) puis réessayez.".into(),
        StorageError::Unavailable(_) | StorageError::Other(_) => "Le stockage de ce navigateur est indisponible (navigation privée ou bloquée)\u{202f}: votre grille ne peut pas être lue ni enregistrée.".into(),
    }
}

fn en_storage(e: &StorageError) -> String {
    match e {
        StorageError::QuotaExceeded => "This browser's storage is full: your rate card was not saved. Free some space (plans in the bin, old versions) and try again.".into(),
        StorageError::Unavailable(_) | StorageError::Other(_) => "This browser's storage is unavailable (private or blocked browsing): your rate card cannot be read or saved.".into(),
    }
}

pub const FR: FeesTexts = FeesTexts {
    rates_title: "Tarifs du plan",
    rates_intro: "Les rôles facturés au jour ou à l'heure, dans la devise du plan. Changer un prix met à jour chaque ligne et chaque action qui l'utilise.",
    rates_empty: "Aucun tarif pour l'instant. Ajoutez un rôle, ou reprenez-le de votre grille.",
    role: "Rôle",
    unit: "Unité",
    price: "Prix",
    per_day: "par jour",
    per_hour: "par heure",
    slash_day: "/\u{a0}jour",
    slash_hour: "/\u{a0}heure",
    add: "Ajouter un tarif",
    new_role: "Nouveau rôle",
    remove: "Retirer",
    remove_label: |role| format!("Retirer le tarif «\u{202f}{role}\u{202f}»"),
    days: |n, one| format!("{n}\u{a0}{}", if one { "jour" } else { "jours" }),
    hours_of: |n, one| format!("{n}\u{a0}{}", if one { "heure" } else { "heures" }),

    card_title: "Ma grille de tarifs",
    card_hint: "Vos rôles et vos prix, gardés dans ce navigateur pour tous vos plans.",
    card_open: "Ajouter depuis ma grille",
    card_save: "Enregistrer dans ma grille",
    card_save_label: |role| format!("Enregistrer dans ma grille\u{202f}: «\u{202f}{role}\u{202f}»"),
    card_saved: |role| format!("«\u{202f}{role}\u{202f}» est enregistré dans votre grille."),
    card_exists: |role, price| format!("Votre grille a déjà «\u{202f}{role}\u{202f}» à {price}. Le remplacer par le prix de ce plan\u{202f}?"),
    card_replace: "Remplacer",
    card_keep: "Garder celui de ma grille",
    card_empty: "Votre grille est vide. Enregistrez-y un tarif du plan avec «\u{202f}Enregistrer dans ma grille\u{202f}».",
    card_other_currency: |code, plan| format!("En {code}\u{202f}: pas ajouté à ce plan en {plan} (aucune conversion)."),
    card_in_plan: "déjà dans le plan",
    card_add: "Ajouter la sélection",
    card_added: |n| if n <= 1 { format!("{n} tarif ajouté depuis votre grille.") } else { format!("{n} tarifs ajoutés depuis votre grille.") },
    card_remove: "Retirer de ma grille",
    card_remove_label: |role| format!("Retirer de ma grille\u{202f}: «\u{202f}{role}\u{202f}»"),
    card_none_picked: "Cochez au moins un tarif.",
    err_card: |e| match e {
        CardError::Unreadable => "Votre grille de tarifs, dans ce navigateur, est illisible (endommagée ou modifiée à la main)\u{202f}: elle est conservée telle quelle et rien ne l'écrase.".into(),
        CardError::Newer(v) => format!("Votre grille de tarifs a été enregistrée par une version plus récente de Cap (format {v})\u{202f}: elle est conservée telle quelle. Mettez Cap à jour pour la modifier."),
        CardError::Invalid => "Ce tarif ne peut pas entrer dans la grille\u{202f}: rôle vide ou trop long, prix hors limites, ou déjà 200 tarifs.".into(),
        CardError::Storage(s) => fr_storage(s),
    },

    fee_title: "Honoraires\u{202f}: temps × tarif",
    fee_intro: "Des jours ou des heures à un tarif du plan. Le montant externe de la ligne suit les honoraires, la part interne reste.",
    fee_rate: "Tarif",
    fee_none: "Aucun (montant saisi)",
    fee_new: "Nouveau tarif…",
    fee_quantity_days: "Jours",
    fee_quantity_hours: "Heures",
    fee_amount: "Honoraires",
    fee_remove: "Retirer les honoraires",
    fee_removed_hint: "Les montants de la ligne restent tels quels.",
    fee_pick_first: "Choisissez d'abord un tarif.",
    fee_quantity_empty: "Indiquez un nombre, ou retirez les honoraires\u{202f}: la ligne garde le précédent.",
    fee_create: "Créer le tarif",
    fee_new_title: "Nouveau tarif du plan",
    fee_line_total: |total| format!("Total de la ligne\u{202f}: {total}"),

    work_title: "Travail interne et contenu",
    hours: "Heures internes",
    hours_hint: "Le temps de votre équipe, sans coût\u{202f}: il compte dans la charge interne par mois. Vide pour aucune.",
    content: "Contenu produit",
    content_none: "Aucun",

    workload_title: "Charge interne par mois",
    workload_intro: "Les heures de votre équipe\u{202f}: lignes réparties sur leurs mois, actions sur leurs jours.",
    workload_empty: "Aucune heure interne saisie. Indiquez-les dans les détails d'une ligne (bouton «\u{202f}Détails\u{202f}») ou dans le formulaire d'une action.",
    workload_total: |h| format!("Total\u{202f}: {h}"),
    workload_peak: |month, h| format!("Mois le plus chargé\u{202f}: {month}, {h}"),
    workload_outside: |h| format!("{h} d'actions hors de la période du plan ne sont comptées dans aucun mois."),
    month: "Mois",
    from_lines: "Lignes",
    from_actions: "Actions",
    total: "Total",
    chart_label: "Heures internes par mois",

    action_fee_rate: "Honoraires\u{202f}: tarif",
    action_fee_quantity: "Jours ou heures",
    action_cost_note: |formula| format!("Le coût suit les honoraires\u{202f}: {formula}."),
};

pub const EN: FeesTexts = FeesTexts {
    rates_title: "The plan's rates",
    rates_intro: "Roles charged by the day or the hour, in the plan's currency. Changing a price updates every line and action that uses it.",
    rates_empty: "No rates yet. Add a role, or take it from your rate card.",
    role: "Role",
    unit: "Unit",
    price: "Price",
    per_day: "per day",
    per_hour: "per hour",
    slash_day: "/ day",
    slash_hour: "/ hour",
    add: "Add a rate",
    new_role: "New role",
    remove: "Remove",
    remove_label: |role| format!("Remove the rate \"{role}\""),
    days: |n, one| format!("{n} {}", if one { "day" } else { "days" }),
    hours_of: |n, one| format!("{n} {}", if one { "hour" } else { "hours" }),

    card_title: "My rate card",
    card_hint: "Your roles and prices, kept in this browser for all your plans.",
    card_open: "Add from my rate card",
    card_save: "Save to my rate card",
    card_save_label: |role| format!("Save to my rate card: \"{role}\""),
    card_saved: |role| format!("\"{role}\" is saved in your rate card."),
    card_exists: |role, price| format!("Your rate card already has \"{role}\" at {price}. Replace it with this plan's price?"),
    card_replace: "Replace",
    card_keep: "Keep my card's",
    card_empty: "Your rate card is empty. Save a plan's rate to it with \"Save to my rate card\".",
    card_other_currency: |code, plan| format!("In {code}: not added to this plan in {plan} (no conversion)."),
    card_in_plan: "already in the plan",
    card_add: "Add the selection",
    card_added: |n| if n == 1 { format!("{n} rate added from your rate card.") } else { format!("{n} rates added from your rate card.") },
    card_remove: "Remove from my card",
    card_remove_label: |role| format!("Remove from my card: \"{role}\""),
    card_none_picked: "Tick at least one rate.",
    err_card: |e| match e {
        CardError::Unreadable => "Your rate card in this browser cannot be read (damaged or edited by hand): it is kept as it is and nothing overwrites it.".into(),
        CardError::Newer(v) => format!("Your rate card was saved by a newer version of Cap (format {v}): it is kept as it is. Update Cap to change it."),
        CardError::Invalid => "This rate cannot go into the card: empty or too long role, price out of range, or 200 rates already.".into(),
        CardError::Storage(s) => en_storage(s),
    },

    fee_title: "Fee: time at a rate",
    fee_intro: "Days or hours at one of the plan's rates. The line's external amount follows the fee; the in-house part stays.",
    fee_rate: "Rate",
    fee_none: "None (amount typed)",
    fee_new: "New rate…",
    fee_quantity_days: "Days",
    fee_quantity_hours: "Hours",
    fee_amount: "Fee",
    fee_remove: "Remove the fee",
    fee_removed_hint: "The line's amounts stay as they are.",
    fee_pick_first: "Pick a rate first.",
    fee_quantity_empty: "Type a number, or remove the fees: the line keeps the previous one.",
    fee_create: "Create the rate",
    fee_new_title: "New rate of the plan",
    fee_line_total: |total| format!("Line total: {total}"),

    work_title: "In-house work and content",
    hours: "In-house hours",
    hours_hint: "Your team's time, at no cost: it counts in the in-house workload by month. Empty for none.",
    content: "Content produced",
    content_none: "None",

    workload_title: "In-house workload by month",
    workload_intro: "Your team's hours: lines spread over their months, actions over their days.",
    workload_empty: "No in-house hours yet. Enter them in a line's details (\"Details\" button) or in an action's form.",
    workload_total: |h| format!("Total: {h}"),
    workload_peak: |month, h| format!("Busiest month: {month}, {h}"),
    workload_outside: |h| format!("{h} of actions outside the plan's period count in no month."),
    month: "Month",
    from_lines: "Lines",
    from_actions: "Actions",
    total: "Total",
    chart_label: "In-house hours by month",

    action_fee_rate: "Fee: rate",
    action_fee_quantity: "Days or hours",
    action_cost_note: |formula| format!("The cost follows the fee: {formula}."),
};
