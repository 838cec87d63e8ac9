//! Texts of the budget page, French and English.

use crate::domain::{
    budget::{Tier, CONCENTRATION_BP, LONG_TERM_FIRST_BP},
    forecast::Media,
};

/// The 70/20/10 rule's shares in whole percents, proven, emerging, then
/// experimental ([`Tier::weight_bp`]).
fn tiers() -> [u64; 3] {
    Tier::ALL.map(|t| t.weight_bp() / 100)
}

/// The long-term-first preset's shares in whole percents, immediate,
/// medium term, then long term ([`LONG_TERM_FIRST_BP`]).
fn long_first() -> [u64; 3] {
    LONG_TERM_FIRST_BP.map(|bp| bp / 100)
}

/// Every text of the budget page, in one language.
pub struct BudgetTexts {
    pub title: &'static str,
    pub intro: &'static str,
    pub total: &'static str,
    pub total_hint: &'static str,
    pub allocated: &'static str,
    pub remaining: &'static str,
    pub in_house: &'static str,
    pub consultant: &'static str,
    pub presets: &'static str,
    pub preset_long_term: &'static str,
    pub preset_long_term_hint: fn() -> String,
    pub preset_702010: fn() -> String,
    pub preset_702010_hint: fn() -> String,
    pub preset_equal: &'static str,
    pub preset_equal_hint: &'static str,
    pub distribute_rest: fn(&str) -> String,
    pub show_as: &'static str,
    pub mode_amount: &'static str,
    pub mode_percent: &'static str,
    pub col_channel: &'static str,
    pub col_total: &'static str,
    pub col_share: &'static str,
    pub col_delivery: &'static str,
    pub table_caption: fn(&str) -> String,
    pub cell_label: fn(&str, &str) -> String,
    pub lock: fn(&str, &str) -> String,
    pub unlock: fn(&str, &str) -> String,
    pub locked_note: &'static str,
    pub keyboard_hint: &'static str,
    pub add_channel: &'static str,
    pub add_channel_placeholder: &'static str,
    pub add_usual: &'static str,
    pub custom_line: &'static str,
    pub custom_line_hint: &'static str,
    pub add: &'static str,
    pub remove_line: fn(&str) -> String,
    /// The details dialog's title: the line's name.
    pub details_title: fn(&str) -> String,
    pub details_close: &'static str,
    /// The page head's link to the quote.
    pub quote_link: &'static str,
    /// The row's button that opens its details, and its accessible name.
    pub details_button: &'static str,
    pub details_for: fn(&str) -> String,
    pub tier_label: fn() -> String,
    pub tier_proven: &'static str,
    pub tier_emerging: &'static str,
    pub tier_experimental: &'static str,
    /// Group of the kind-of-spending choices that buy clicks.
    pub cost_group_media: &'static str,
    /// Group of the other kinds of spending.
    pub cost_group_other: &'static str,
    /// A media's name short enough for a line's kind of spending (the
    /// select is as wide as the channel's cell).
    pub media_short: fn(Media) -> &'static str,
    pub objectives_label: fn(usize) -> String,
    pub empty_title: &'static str,
    pub empty_body: &'static str,
    pub no_total: &'static str,
    pub advice_title: &'static str,
    pub advice_long_term: fn(&str, &str) -> String,
    pub advice_concentrated: fn(&str, &str) -> String,
    pub advice_unfunded: fn(&str) -> String,
    pub advice_none: &'static str,
    pub chart_horizons: &'static str,
    pub chart_channels: &'static str,
    pub chart_delivery: &'static str,
    pub chart_empty: &'static str,
    pub scale_question: fn(&str, &str) -> String,
    pub scale_button: &'static str,
    pub export_csv: &'static str,
    pub over_budget: fn(&str) -> String,
    pub locked_above_total: fn(&str) -> String,
    pub percent_needs_total: &'static str,
    pub phasing_title: &'static str,
    pub phasing_intro: &'static str,
    pub phasing_from: &'static str,
    pub phasing_months: &'static str,
    pub phasing_usual: &'static str,
    pub phasing_month: &'static str,
}

pub const FR: BudgetTexts = BudgetTexts {
    title: "Budget",
    intro: "Un montant fixe, jamais dépassé, réparti entre les horizons et les canaux, en interne ou avec un consultant.",
    total: "Budget total",
    total_hint: "Le plafond du plan\u{202f}: aucune répartition ne peut le dépasser.",
    allocated: "Alloué",
    remaining: "Reste à allouer",
    in_house: "Interne",
    consultant: "Consultant",
    presets: "Répartitions types",
    preset_long_term: "Long terme d'abord",
    preset_long_term_hint: || { let [s, m, l] = long_first(); format!("{s}\u{a0}% immédiat, {m}\u{a0}% moyen terme, {l}\u{a0}% long terme\u{202f}: le long terme rapporte le plus.") },
    preset_702010: || { let [p, e, x] = tiers(); format!("{p} / {e} / {x}") },
    preset_702010_hint: || { let [p, e, x] = tiers(); format!("{p}\u{a0}% aux canaux éprouvés, {e}\u{a0}% aux canaux émergents, {x}\u{a0}% aux tests.") },
    preset_equal: "Parts égales",
    preset_equal_hint: "Le même montant dans chaque case.",
    distribute_rest: |amount| format!("Répartir le reste ({amount})"),
    show_as: "Afficher en",
    mode_amount: "Montants",
    mode_percent: "% du total",
    col_channel: "Canal ou outil",
    col_total: "Total",
    col_share: "Part",
    col_delivery: "Réalisation",
    table_caption: |currency| format!("Répartition du budget par canal et par horizon, en {currency}"),
    cell_label: |channel, horizon| format!("{channel}, {horizon}"),
    lock: |channel, horizon| format!("Verrouiller {channel}, {horizon}"),
    unlock: |channel, horizon| format!("Déverrouiller {channel}, {horizon}"),
    locked_note: "Les cases verrouillées gardent leur montant lors des répartitions.",
    keyboard_hint: "Flèches haut et bas, ou Entrée, pour passer d'une case à l'autre.",
    add_channel: "Ajouter un canal",
    add_channel_placeholder: "Choisir un canal…",
    add_usual: "Ajouter les canaux usuels",
    custom_line: "Votre propre canal ou outil",
    custom_line_hint: "Par exemple\u{202f}: salon professionnel.",
    add: "Ajouter",
    remove_line: |name| format!("Retirer la ligne «\u{202f}{name}\u{202f}»"),
    details_title: |name| format!("{name}\u{202f}: qui, combien, TVA"),
    details_close: "Fermer",
    quote_link: "Devis",
    details_button: "Détails",
    details_for: |name| format!("Détails de la ligne «\u{202f}{name}\u{202f}»\u{202f}: partage, honoraires, TVA, heures"),
    tier_label: || { let [p, e, x] = tiers(); format!("Type (règle {p}/{e}/{x})") },
    tier_proven: "Éprouvé",
    tier_emerging: "Émergent",
    tier_experimental: "Test",
    cost_group_media: "Média payant",
    cost_group_other: "Autres dépenses",
    media_short: |m| match m {
        Media::Search => "Publicité sur les moteurs",
        Media::Meta => "Publicité Meta",
        Media::Linkedin => "Publicité LinkedIn",
        Media::Display => "Publicité display",
        Media::Email => "Envois d'emails",
    },
    objectives_label: |n| match n { 0 => "Objectifs servis\u{202f}: aucun".into(), n => format!("Objectifs servis\u{202f}: {n}") },
    empty_title: "Aucune ligne de budget",
    empty_body: "Ajoutez les canaux usuels d'un coup, ou vos propres canaux et outils.",
    no_total: "Fixez d'abord le budget total\u{202f}: c'est le plafond de toute la répartition.",
    advice_title: "Conseils",
    advice_long_term: |long, short| format!("Le long terme reçoit {long} contre {short} pour l'immédiat\u{202f}: la méthode conseille de privilégier le long terme, le plus rentable."),
    advice_concentrated: |channel, share| format!("«\u{202f}{channel}\u{202f}» reçoit {share} du budget alloué\u{202f}: au-delà de {max}\u{a0}%, le plan dépend d'un seul canal.", max = CONCENTRATION_BP / 100),
    advice_unfunded: |objective| format!("L'objectif prioritaire «\u{202f}{objective}\u{202f}» n'est financé par aucune ligne\u{202f}: liez-le à un canal."),
    advice_none: "La répartition suit les conseils de la méthode.",
    chart_horizons: "Par horizon",
    chart_channels: "Par canal",
    chart_delivery: "Interne ou externe",
    chart_empty: "Rien d'alloué pour l'instant.",
    scale_question: |allocated, total| format!("{allocated} sont déjà répartis, plus que le nouveau total de {total}. Réduire les cases non verrouillées en proportion\u{202f}?"),
    scale_button: "Réduire en proportion",
    export_csv: "Exporter le tableau (.csv)",
    over_budget: |amount| format!("Refusé\u{202f}: le budget total serait dépassé de {amount}."),
    locked_above_total: |amount| format!("Impossible\u{202f}: les cases verrouillées totalisent déjà {amount}."),
    percent_needs_total: "Fixez un budget total pour saisir des pourcentages.",
    phasing_title: "Phasage mensuel",
    phasing_intro: "Chaque horizon est réparti à parts égales sur ses mois\u{202f}: l'immédiat sur le premier trimestre, le régulier sur toute la période, le long terme ensuite. Ajustez si besoin.",
    phasing_from: "À partir de",
    phasing_months: "Nombre de mois",
    phasing_usual: "Période usuelle",
    phasing_month: "Mois",
};

pub const EN: BudgetTexts = BudgetTexts {
    title: "Budget",
    intro: "One fixed amount, never exceeded, split over time horizons and channels, in-house or with a consultant.",
    total: "Total budget",
    total_hint: "The plan's ceiling: no split can go above it.",
    allocated: "Allocated",
    remaining: "Not allocated yet",
    in_house: "In-house",
    consultant: "Consultant",
    presets: "Ready-made splits",
    preset_long_term: "Long term first",
    preset_long_term_hint: || { let [s, m, l] = long_first(); format!("{s}% immediate, {m}% medium term, {l}% long term: the long term pays most.") },
    preset_702010: || { let [p, e, x] = tiers(); format!("{p} / {e} / {x}") },
    preset_702010_hint: || { let [p, e, x] = tiers(); format!("{p}% to proven channels, {e}% to emerging ones, {x}% to experiments.") },
    preset_equal: "Equal split",
    preset_equal_hint: "The same amount in every cell.",
    distribute_rest: |amount| format!("Distribute the rest ({amount})"),
    show_as: "Show as",
    mode_amount: "Amounts",
    mode_percent: "% of total",
    col_channel: "Channel or tool",
    col_total: "Total",
    col_share: "Share",
    col_delivery: "Delivery",
    table_caption: |currency| format!("Budget split by channel and horizon, in {currency}"),
    cell_label: |channel, horizon| format!("{channel}, {horizon}"),
    lock: |channel, horizon| format!("Lock {channel}, {horizon}"),
    unlock: |channel, horizon| format!("Unlock {channel}, {horizon}"),
    locked_note: "Locked cells keep their amount when the budget is split again.",
    keyboard_hint: "Up and down arrows, or Enter, move between cells.",
    add_channel: "Add a channel",
    add_channel_placeholder: "Choose a channel…",
    add_usual: "Add the usual channels",
    custom_line: "Your own channel or tool",
    custom_line_hint: "For example: trade fair.",
    add: "Add",
    remove_line: |name| format!("Remove the line \"{name}\""),
    details_title: |name| format!("{name}: who, how much, VAT"),
    details_close: "Close",
    quote_link: "Quote",
    details_button: "Details",
    details_for: |name| format!("Details of the line \"{name}\": sharing, fees, VAT, hours"),
    tier_label: || { let [p, e, x] = tiers(); format!("Kind ({p}/{e}/{x} rule)") },
    tier_proven: "Proven",
    tier_emerging: "Emerging",
    tier_experimental: "Experiment",
    cost_group_media: "Paid media",
    cost_group_other: "Other spending",
    media_short: |m| match m {
        Media::Search => "Search ads",
        Media::Meta => "Meta ads",
        Media::Linkedin => "LinkedIn ads",
        Media::Display => "Display ads",
        Media::Email => "Email sends",
    },
    objectives_label: |n| match n { 0 => "Objectives served: none".into(), n => format!("Objectives served: {n}") },
    empty_title: "No budget line yet",
    empty_body: "Add the usual channels at once, or your own channels and tools.",
    no_total: "Set the total budget first: it is the ceiling of the whole split.",
    advice_title: "Advice",
    advice_long_term: |long, short| format!("The long term gets {long} against {short} for immediate actions: the method advises favouring the long term, which pays most."),
    advice_concentrated: |channel, share| format!("\"{channel}\" gets {share} of what is allocated: above {max}%, the plan depends on one channel.", max = CONCENTRATION_BP / 100),
    advice_unfunded: |objective| format!("The priority objective \"{objective}\" is funded by no line: link it to a channel."),
    advice_none: "The split follows the method's advice.",
    chart_horizons: "By horizon",
    chart_channels: "By channel",
    chart_delivery: "In-house or external",
    chart_empty: "Nothing allocated yet.",
    scale_question: |allocated, total| format!("{allocated} is already allocated, more than the new total of {total}. Scale the unlocked cells down in proportion?"),
    scale_button: "Scale down",
    export_csv: "Export the table (.csv)",
    over_budget: |amount| format!("Refused: the total budget would be exceeded by {amount}."),
    locked_above_total: |amount| format!("Not possible: the locked cells already add up to {amount}."),
    percent_needs_total: "Set a total budget to type percentages.",
    phasing_title: "Monthly phasing",
    phasing_intro: "Each horizon is spread evenly over its months: immediate actions over the first quarter, regular ones over the whole period, the long term after that. Adjust if needed.",
    phasing_from: "From",
    phasing_months: "Number of months",
    phasing_usual: "Usual span",
    phasing_month: "Month",
};

#[cfg(test)]
mod tests {
    use super::{EN, FR};
    use crate::domain::budget::{Tier, LONG_TERM_FIRST_BP};

    #[test]
    fn the_presets_and_the_tiers_state_the_shares_they_apply() {
        let [p, e, x] = Tier::ALL.map(|t| t.weight_bp() / 100);
        let [s, m, l] = LONG_TERM_FIRST_BP.map(|bp| bp / 100);
        assert_eq!((EN.preset_702010)(), format!("{p} / {e} / {x}"));
        assert_eq!((FR.preset_702010)(), format!("{p} / {e} / {x}"));
        assert_eq!((EN.tier_label)(), format!("Kind ({p}/{e}/{x} rule)"));
        assert!((FR.tier_label)().contains(&format!("{p}/{e}/{x}")));
        let hint = (EN.preset_long_term_hint)();
        assert!(hint.starts_with(&format!("{s}% immediate, {m}% medium term, {l}% long")));
        for t in [&FR, &EN] {
            let tiers = (t.preset_702010_hint)();
            assert!(tiers.starts_with(&p.to_string()), "{tiers}");
        }
        let most = crate::domain::budget::CONCENTRATION_BP / 100;
        let advice = (EN.advice_concentrated)("SEO", "75%");
        assert!(advice.contains(&format!("above {most}%")), "{advice}");
        let fr = (FR.advice_concentrated)("SEO", "");
        assert!(fr.contains(&format!(
            " {most}{}",
            crate::i18n::typo::percent_suffix(crate::domain::Lang::Fr)
        )));
        // As they read with the method's figures.
        assert_eq!((EN.tier_label)(), "Kind (70/20/10 rule)");
        assert_eq!(
            (EN.preset_702010_hint)(),
            "70% to proven channels, 20% to emerging ones, 10% to experiments."
        );
    }
}
