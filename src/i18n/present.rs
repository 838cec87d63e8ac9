//! Texts of the presentation (the deck and the printed report) and of the
//! branding form, French and English. French texts use a narrow no-break
//! space (U+202F) before ; : ! ? and inside « », and a no-break space
//! (U+00A0) between a number and its unit.

use crate::domain::{branding::LogoError, deck::SlideKind};

/// Every text of the deck, the report and the branding form, in one language.
pub struct PresentTexts {
    /// A slide's title.
    pub slide_title: fn(SlideKind) -> &'static str,
    /// A continuation mark: "2/3".
    pub continued: fn(usize, usize) -> String,
    /// Keyboard help of the deck.
    pub hint: &'static str,
    pub fullscreen: &'static str,
    pub exit_fullscreen: &'static str,
    pub overview: &'static str,
    pub overview_close: &'static str,
    /// The deck's label for screen readers.
    pub deck_label: &'static str,
    /// "Slide 3 of 12", for the progress bar.
    pub progress: fn(usize, usize) -> String,
    /// On the cover: who presents.
    pub presented_by: fn(&str) -> String,
    /// On the cover: the date of the presentation.
    pub presented_on: fn(&str) -> String,
    pub period: fn(&str, &str) -> String,
    pub summary_goal: &'static str,
    pub summary_priorities: &'static str,
    pub summary_budget: &'static str,
    pub summary_next: &'static str,
    /// "CHF 40'000 over 12 months: 30 % immediate, …"
    pub budget_line: fn(&str, usize, &str) -> String,
    pub no_next_actions: &'static str,
    pub no_priority: &'static str,
    pub no_goal: &'static str,
    pub col_kpi: &'static str,
    pub col_from: &'static str,
    pub col_target: &'static str,
    pub col_deadline: &'static str,
    pub col_owner: &'static str,
    pub deadline_on: fn(&str) -> String,
    pub owned_by: fn(&str) -> String,
    pub to_define: &'static str,
    pub no_objectives: &'static str,
    pub no_kpi: &'static str,
    pub no_budget: &'static str,
    pub no_actions: &'static str,
    pub no_strategy: &'static str,
    pub unlinked: &'static str,
    pub priority: &'static str,
    pub secondary: &'static str,
    pub budget_of_total: fn(&str, &str) -> String,
    pub forecast_intro: &'static str,
    pub forecast_none: &'static str,
    pub f_spend: &'static str,
    pub f_clicks: &'static str,
    pub f_orders: &'static str,
    pub f_revenue: &'static str,
    pub f_cpa: &'static str,
    pub f_roas: &'static str,
    /// Orders include the plan's other channels: the ads' share of new visits.
    pub f_with_channels: fn(&str) -> String,
    /// Where the rates come from: the industry, and the dollar's rate when
    /// a benchmark price was converted.
    pub f_sources: fn(&str, Option<&str>) -> String,
    pub not_computable: &'static str,
    pub report_contents: &'static str,
    /// The comment box's label, for screen readers.
    pub note_label: &'static str,

    pub form_title: &'static str,
    pub form_intro: &'static str,
    pub consultant: &'static str,
    pub firm: &'static str,
    pub consultant_logo: &'static str,
    pub client_logo: &'static str,
    pub logo_hint: &'static str,
    pub logo_remove: &'static str,
    pub logo_error: fn(&LogoError) -> String,
    pub logo_unreadable: &'static str,
    pub accent: &'static str,
    pub accent_hint: &'static str,
    pub accent_reset: &'static str,
    /// The picked colour was darkened: picked, used, its contrast before.
    pub accent_darkened: fn(&str, &str, &str) -> String,
    pub defaults_save: &'static str,
    pub defaults_apply: &'static str,
    pub defaults_saved: &'static str,
    pub defaults_applied: &'static str,
    pub defaults_none: &'static str,
    pub slides_title: &'static str,
    pub slides_intro: &'static str,
    pub slide_shown: &'static str,
    pub slide_note: &'static str,
    /// The longest comment on a slide (its characters).
    pub slide_note_hint: fn(usize) -> String,
    /// How amounts are written on slides and print: label, the two styles.
    pub money_style: &'static str,
    pub money_style_locale: &'static str,
    pub money_style_swiss: &'static str,
    /// The who-produces-what slide: its first column's header.
    pub col_content: &'static str,
    /// A tick of that slide, for screen readers: the kind, the producer.
    pub made_by: fn(&str, &str) -> String,
    /// The budget's totals by producer: their label, in-house, external.
    pub by_producer: &'static str,
    pub in_house: &'static str,
    pub external: &'static str,
    /// Excluding and including tax, after an amount.
    pub excl: &'static str,
    pub incl: &'static str,
}

pub const FR: PresentTexts = PresentTexts {
    slide_title: |k| match k {
        SlideKind::Cover => "Couverture",
        SlideKind::Summary => "Synthèse",
        SlideKind::Strategy => "La stratégie",
        SlideKind::Objectives => "Objectifs et cibles",
        SlideKind::Budget => "Le budget",
        SlideKind::BudgetCharts => "Le budget en un coup d'œil",
        SlideKind::Timeline => "L'échéancier",
        SlideKind::Forecast => "Ce que le budget peut rapporter",
        SlideKind::Status => "Où en sont les objectifs",
        SlideKind::Production => "Qui produit quoi",
    },
    continued: |n, of| format!("{n}/{of}"),
    hint: "← → pour changer de diapositive, F\u{202f}: plein écran, Échap\u{202f}: quitter.",
    fullscreen: "Plein écran",
    exit_fullscreen: "Quitter le plein écran",
    overview: "Vue d'ensemble",
    overview_close: "Revenir à la diapositive",
    deck_label: "Présentation du plan",
    progress: |n, of| format!("Diapositive {n} sur {of}"),
    presented_by: |who| format!("Présenté par {who}"),
    presented_on: |d| format!("Le {d}"),
    period: |a, b| format!("Plan du {a} au {b}"),
    summary_goal: "Ce que veut l'entreprise",
    summary_priorities: "Les objectifs prioritaires",
    summary_budget: "Le budget",
    summary_next: "Les actions clés du prochain trimestre",
    budget_line: |total, months, split| match split {
        "" => format!("{total} sur {months}\u{a0}mois, rien de réparti pour l'instant."),
        _ => format!("{total} sur {months}\u{a0}mois\u{202f}: {split}"),
    },
    no_next_actions: "Aucune action prévue dans les trois prochains mois.",
    no_priority: "Aucun objectif prioritaire n'est encore défini.",
    no_goal: "À préciser avec le client.",
    col_kpi: "Indicateur",
    col_from: "Aujourd'hui",
    col_target: "Cible",
    col_deadline: "Échéance",
    col_owner: "Responsable",
    deadline_on: |d| format!("Échéance\u{202f}: {d}"),
    owned_by: |o| format!("Responsable\u{202f}: {o}"),
    to_define: "à définir",
    no_objectives: "Aucun objectif n'est encore défini.",
    no_kpi: "Indicateurs à définir",
    no_budget: "Aucune ligne de budget pour l'instant.",
    no_actions: "Aucune action planifiée pour l'instant.",
    no_strategy: "Aucun élément de stratégie n'est encore choisi.",
    unlinked: "Autres objectifs",
    priority: "Prioritaire",
    secondary: "Secondaire",
    budget_of_total: |allocated, total| format!("Réparti\u{202f}: {allocated} sur {total}"),
    forecast_intro: "Ce que le budget publicitaire (annonces payantes) achète selon chaque scénario, d'après des taux de référence.",
    forecast_none: "Aucune ligne publicitaire payante dans le budget\u{202f}: pas de prévision à montrer.",
    f_spend: "Budget publicitaire",
    f_clicks: "Clics",
    f_orders: "Commandes",
    f_revenue: "Chiffre d'affaires",
    f_cpa: "Coût par commande",
    f_roas: "Retour sur dépenses publicitaires",
    f_with_channels: |share| format!("Commandes avec les autres canaux du plan\u{202f}: la publicité apporte {share} des nouvelles visites."),
    f_sources: |industry, usd| match usd {
        Some(rate) => format!("Taux saisis ou de référence («\u{202f}{industry}\u{202f}», données du marché américain converties à 1\u{a0}USD = {rate})\u{202f}; prudent et ambitieux en découlent sauf saisie."),
        None => format!("Taux saisis ou de référence («\u{202f}{industry}\u{202f}»)\u{202f}; prudent et ambitieux en découlent sauf saisie."),
    },
    not_computable: "—",
    report_contents: "Sommaire",
    note_label: "Commentaire",

    form_title: "Présentation\u{202f}: identité et diapositives",
    form_intro: "Votre nom, vos logos et une couleur d'accent, sur la couverture, au pied de chaque diapositive et sur les pages imprimées. Ils voyagent avec le plan (export, lien de partage).",
    consultant: "Consultant ou consultante",
    firm: "Cabinet ou agence",
    consultant_logo: "Votre logo",
    client_logo: "Logo du client",
    logo_hint: "PNG, JPEG ou SVG, 200\u{a0}Ko au plus. Un logo de moins de 20\u{a0}Ko garde le lien de partage court.",
    logo_remove: "Retirer",
    logo_error: |e| match e {
        LogoError::TooLarge { bytes } => format!(
            "Image trop lourde\u{202f}: {}\u{a0}Ko, 200\u{a0}Ko au plus. Réduisez-la ou exportez-la en PNG plus petit.",
            bytes.div_ceil(1024)
        ),
        LogoError::NotAnImage => "Ce fichier n'est pas une image PNG, JPEG ou SVG.".into(),
    },
    logo_unreadable: "Le navigateur n'a pas pu lire ce fichier.",
    accent: "Couleur d'accent",
    accent_hint: "Fond des bandeaux et couleur des titres\u{202f}: elle doit rester lisible sous un texte blanc.",
    accent_reset: "Couleur de Cap",
    accent_darkened: |from, to, ratio| format!(
        "{from} est trop claire sous un texte blanc (contraste {ratio}:1, il faut 4,5:1)\u{202f}: elle est assombrie en {to}."
    ),
    defaults_save: "Garder comme mes réglages par défaut",
    defaults_apply: "Reprendre mes réglages par défaut",
    defaults_saved: "Réglages gardés dans ce navigateur\u{202f}: les nouveaux plans les reprendront.",
    defaults_applied: "Vos réglages par défaut sont repris.",
    defaults_none: "Aucun réglage par défaut n'est encore gardé dans ce navigateur.",
    slides_title: "Diapositives",
    slides_intro: "Masquez une diapositive ou ajoutez un court commentaire, affiché sur la diapositive et dans le rapport imprimé.",
    slide_shown: "Montrer",
    slide_note: "Commentaire",
    slide_note_hint: |n| format!("{n}\u{a0}caractères au plus."),
    money_style: "Montants sur les diapositives et le rapport",
    money_style_locale: "Format du navigateur (40\u{202f}000\u{a0}CHF)",
    money_style_swiss: "Style suisse (CHF\u{a0}40'000.–)",
    col_content: "Type de contenu",
    made_by: |kind, who| format!("{kind} par {who}"),
    by_producer: "Par producteur",
    in_house: "Équipe interne",
    external: "Prestataires externes",
    excl: "HT",
    incl: "TTC",
};

pub const EN: PresentTexts = PresentTexts {
    slide_title: |k| match k {
        SlideKind::Cover => "Cover",
        SlideKind::Summary => "Executive summary",
        SlideKind::Strategy => "The strategy",
        SlideKind::Objectives => "Objectives and targets",
        SlideKind::Budget => "The budget",
        SlideKind::BudgetCharts => "The budget at a glance",
        SlideKind::Timeline => "The timeline",
        SlideKind::Forecast => "What the budget can bring",
        SlideKind::Status => "Where the objectives stand",
        SlideKind::Production => "Who produces what",
    },
    continued: |n, of| format!("{n}/{of}"),
    hint: "← → to change slides, F: full screen, Esc: leave.",
    fullscreen: "Full screen",
    exit_fullscreen: "Exit full screen",
    overview: "Overview",
    overview_close: "Back to the slide",
    deck_label: "Presentation of the plan",
    progress: |n, of| format!("Slide {n} of {of}"),
    presented_by: |who| format!("Presented by {who}"),
    presented_on: |d| d.to_string(),
    period: |a, b| format!("Plan from {a} to {b}"),
    summary_goal: "What the business wants",
    summary_priorities: "Priority objectives",
    summary_budget: "The budget",
    summary_next: "Key actions, next quarter",
    budget_line: |total, months, split| {
        let m = if months == 1 { "month" } else { "months" };
        match split {
            "" => format!("{total} over {months} {m}, nothing allocated yet."),
            _ => format!("{total} over {months} {m}: {split}"),
        }
    },
    no_next_actions: "No action planned in the next three months.",
    no_priority: "No priority objective is defined yet.",
    no_goal: "To be set with the client.",
    col_kpi: "Indicator",
    col_from: "Today",
    col_target: "Target",
    col_deadline: "Deadline",
    col_owner: "Owner",
    deadline_on: |d| format!("Deadline: {d}"),
    owned_by: |o| format!("Owner: {o}"),
    to_define: "to be set",
    no_objectives: "No objective is defined yet.",
    no_kpi: "Indicators to be set",
    no_budget: "No budget line yet.",
    no_actions: "No action planned yet.",
    no_strategy: "No strategy element is chosen yet.",
    unlinked: "Other objectives",
    priority: "Priority",
    secondary: "Secondary",
    budget_of_total: |allocated, total| format!("Allocated: {allocated} of {total}"),
    forecast_intro: "What the paid advertising budget buys under each scenario, from benchmark rates.",
    forecast_none: "No paid advertising line in the budget: no forecast to show.",
    f_spend: "Advertising budget",
    f_clicks: "Clicks",
    f_orders: "Orders",
    f_revenue: "Revenue",
    f_cpa: "Cost per order",
    f_roas: "Return on ad spend",
    f_with_channels: |share| format!("Orders with the plan's other channels: ads bring {share} of the new visits."),
    f_sources: |industry, usd| match usd {
        Some(rate) => format!("Rates typed or from benchmarks (\u{201c}{industry}\u{201d}, US market data converted at 1\u{a0}USD = {rate}); prudent and ambitious derive from them unless typed."),
        None => format!("Rates typed or from benchmarks (\u{201c}{industry}\u{201d}); prudent and ambitious derive from them unless typed."),
    },
    not_computable: "—",
    report_contents: "Contents",
    note_label: "Comment",

    form_title: "Presentation: identity and slides",
    form_intro: "Your name, your logos and an accent colour, on the cover, at the foot of every slide and on the printed pages. They travel with the plan (export, share link).",
    consultant: "Consultant",
    firm: "Firm or agency",
    consultant_logo: "Your logo",
    client_logo: "Client's logo",
    logo_hint: "PNG, JPEG or SVG, 200\u{a0}KB at most. A logo under 20\u{a0}KB keeps the share link short.",
    logo_remove: "Remove",
    logo_error: |e| match e {
        LogoError::TooLarge { bytes } => format!(
            "Image too large: {}\u{a0}KB, 200\u{a0}KB at most. Shrink it or export a smaller PNG.",
            bytes.div_ceil(1024)
        ),
        LogoError::NotAnImage => "This file is not a PNG, JPEG or SVG image.".into(),
    },
    logo_unreadable: "The browser could not read this file.",
    accent: "Accent colour",
    accent_hint: "Background of the bands and colour of the titles: it must stay readable under white text.",
    accent_reset: "Cap's colour",
    accent_darkened: |from, to, ratio| format!(
        "{from} is too light under white text (contrast {ratio}:1, 4.5:1 is needed): it was darkened to {to}."
    ),
    defaults_save: "Keep as my defaults",
    defaults_apply: "Use my defaults",
    defaults_saved: "Kept in this browser: new plans will start with them.",
    defaults_applied: "Your defaults are applied.",
    defaults_none: "No defaults are kept in this browser yet.",
    slides_title: "Slides",
    slides_intro: "Hide a slide or add a short comment, shown on the slide and in the printed report.",
    slide_shown: "Show",
    slide_note: "Comment",
    slide_note_hint: |n| format!("{n} characters at most."),
    money_style: "Amounts on the slides and the report",
    money_style_locale: "The browser's format (CHF\u{a0}40,000)",
    money_style_swiss: "Swiss style (CHF\u{a0}40'000.–)",
    col_content: "Kind of content",
    made_by: |kind, who| format!("{kind} by {who}"),
    by_producer: "By producer",
    in_house: "In-house team",
    external: "External providers",
    excl: "excl. tax",
    incl: "incl. tax",
};

#[cfg(test)]
mod tests {
    use super::{EN, FR};
    use crate::domain::deck::MAX_NOTE;

    #[test]
    fn the_note_hint_states_the_longest_note() {
        for t in [&FR, &EN] {
            let hint = (t.slide_note_hint)(MAX_NOTE);
            assert!(hint.starts_with(&MAX_NOTE.to_string()), "{hint}");
        }
        assert_eq!((EN.slide_note_hint)(280), "280 characters at most.");
    }
}
