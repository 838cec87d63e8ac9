//! Texts of the budget's tax settings, its totals on both bases and by
//! producer, and a line's split and VAT rate, French and English.

/// Every text of tax and producers on the budget page, in one language.
pub struct TaxTexts {
    pub title: &'static str,
    /// What the panel says while the plan has no VAT.
    pub offer: &'static str,
    pub setup: &'static str,
    pub regime_label: &'static str,
    pub regime_none: &'static str,
    pub regime_ch: &'static str,
    pub regime_fr: &'static str,
    pub regime_other: &'static str,
    pub other_rate_label: &'static str,
    pub basis_label: &'static str,
    pub basis_excl: &'static str,
    pub basis_incl: &'static str,
    pub recoverable: &'static str,
    pub recoverable_hint: &'static str,
    /// The rounding rule, and the basis the fixed total is checked on
    /// (true: excluding tax).
    pub rule: fn(bool) -> String,
    pub rate_out_of_range: &'static str,
    /// Short tags of the bases and the tax.
    pub excl: &'static str,
    pub incl: &'static str,
    pub vat: &'static str,
    /// A figure's label on the plan's basis: the label, the tag.
    pub on_basis: fn(&str, &str) -> String,
    pub in_house: &'static str,
    pub external: &'static str,
    pub business_cost: &'static str,
    /// Why the cost is on that basis (true: VAT recoverable).
    pub business_cost_hint: fn(bool) -> String,
    pub both_caption: &'static str,
    pub row_label: &'static str,
    pub allocated: &'static str,
    /// The remaining amount on the other basis at the standard rate.
    pub remaining_other: fn(&str, &str) -> String,
    /// Amounts typed excluding tax, VAT not recoverable: the cost, the excess.
    pub over_total: fn(&str, &str) -> String,
    // The line's split.
    pub split_title: &'static str,
    pub split_mode: &'static str,
    pub mode_in_house: &'static str,
    pub mode_external: &'static str,
    pub mode_share: &'static str,
    pub mode_amounts: &'static str,
    pub share_label: &'static str,
    pub in_house_amount: &'static str,
    pub external_amount: &'static str,
    pub amounts_hint: &'static str,
    pub fee_external: &'static str,
    pub fee_hint: &'static str,
    pub share_out_of_range: &'static str,
    pub share_zero_with_fee: &'static str,
    pub parts_caption: &'static str,
    pub line_total: &'static str,
    /// The table's delivery of a shared line: the external share, short
    /// (the column is narrow), then in full (its title).
    pub shared: fn(&str) -> String,
    pub shared_full: fn(&str) -> String,
    /// The delivery column of a line with a fee: why it cannot be chosen there.
    pub fee_delivery: &'static str,
    // The line's VAT.
    pub vat_title: &'static str,
    pub vat_label: &'static str,
    /// The regime's standard rate, as the default choice.
    pub vat_standard: fn(&str) -> String,
    /// What the line's rate applies to.
    pub vat_scope: &'static str,
    /// The line on both bases: excluding, tax, including.
    pub vat_amounts: fn(&str, &str, &str) -> String,
}

pub const FR: TaxTexts = TaxTexts {
    title: "TVA",
    offer: "Aucune TVA n'est indiquée\u{202f}: chaque montant est pris tel quel.",
    setup: "Indiquer la TVA",
    regime_label: "TVA applicable",
    regime_none: "Aucune TVA",
    regime_ch: "Suisse",
    regime_fr: "France",
    regime_other: "Autre taux",
    other_rate_label: "Taux normal",
    basis_label: "Montants saisis",
    basis_excl: "Hors taxes (HT)",
    basis_incl: "Toutes taxes comprises (TTC)",
    recoverable: "TVA récupérable",
    recoverable_hint: "L'entreprise déduit la TVA qu'elle paie\u{202f}: son coût est le montant HT.",
    rule: |excl| {
        format!(
            "La TVA est calculée ligne par ligne, arrondie au centime (une moitié s'arrondit en s'éloignant de zéro)\u{202f}; le total fixé est vérifié sur les montants {}.",
            if excl { "hors taxes" } else { "toutes taxes comprises" }
        )
    },
    rate_out_of_range: "Saisissez un taux entre 0 et 30.",
    excl: "HT",
    incl: "TTC",
    vat: "TVA",
    on_basis: |label, tag| format!("{label} ({tag})"),
    in_house: "Interne",
    external: "Externe",
    business_cost: "Coût pour l'entreprise",
    business_cost_hint: |rec| {
        if rec {
            "HT, la TVA étant récupérable".to_string()
        } else {
            "TTC, la TVA n'étant pas récupérable".to_string()
        }
    },
    both_caption: "Hors taxes, TVA et toutes taxes comprises",
    row_label: "Montant",
    allocated: "Alloué",
    remaining_other: |amount, tag| format!("soit environ {amount} {tag} au taux normal"),
    over_total: |cost, over| {
        format!("Montants saisis HT et TVA non récupérable\u{202f}: le coût réel, {cost} TTC, dépasse le total fixé {}.", super::typo::de(over))
    },
    split_title: "Qui reçoit ce montant",
    split_mode: "Répartition",
    mode_in_house: "Tout en interne",
    mode_external: "Tout en externe",
    mode_share: "Partagé, en part externe",
    mode_amounts: "Partagé, en deux montants",
    share_label: "Part externe",
    in_house_amount: "Montant interne",
    external_amount: "Montant externe",
    amounts_hint: "Le total de la ligne devient la somme des deux montants.",
    fee_external: "Montant externe (honoraires)",
    fee_hint: "La part externe est celle des honoraires, fixée par le temps et le taux\u{202f}; saisissez la part interne en montant ou la part externe en pourcentage.",
    share_out_of_range: "Saisissez une part entre 0 et 100.",
    share_zero_with_fee: "Avec des honoraires, la part externe est au-dessus de zéro.",
    parts_caption: "Répartition de la ligne",
    line_total: "Ligne",
    shared: |pct| format!("Partagé · {pct} ext."),
    shared_full: |pct| format!("Partagé\u{202f}: {pct} externe, le reste en interne"),
    fee_delivery: "Honoraires (jours × tarif)\u{202f}: la part externe suit le nombre de jours, à changer dans les détails de la ligne.",
    vat_title: "TVA de la ligne",
    vat_label: "Taux de TVA",
    vat_standard: |rate| format!("Taux normal ({rate})"),
    vat_scope: "Le taux s'applique à toute la ligne, part interne comprise (ce que l'entreprise achète elle-même\u{202f}: médias, outils)\u{202f}; le temps de l'équipe se compte en heures, sans TVA.",
    vat_amounts: |excl, tax, incl| format!("{excl} HT + {tax} de TVA = {incl} TTC"),
};

pub const EN: TaxTexts = TaxTexts {
    title: "VAT",
    offer: "No VAT is set: every amount is taken as it is.",
    setup: "Set up VAT",
    regime_label: "VAT regime",
    regime_none: "No VAT",
    regime_ch: "Switzerland",
    regime_fr: "France",
    regime_other: "Another rate",
    other_rate_label: "Standard rate",
    basis_label: "Amounts typed",
    basis_excl: "Excluding tax",
    basis_incl: "Including tax",
    recoverable: "VAT recoverable",
    recoverable_hint: "The business deducts the VAT it pays: its cost is the amount excluding tax.",
    rule: |excl| {
        format!(
            "VAT is worked out line by line, rounded to the cent (halves away from zero); the fixed total is checked on the amounts {} tax.",
            if excl { "excluding" } else { "including" }
        )
    },
    rate_out_of_range: "Type a rate between 0 and 30.",
    excl: "excl. tax",
    incl: "incl. tax",
    vat: "VAT",
    on_basis: |label, tag| format!("{label} ({tag})"),
    in_house: "In-house",
    external: "External",
    business_cost: "Cost to the business",
    business_cost_hint: |rec| {
        if rec {
            "excluding tax, as VAT is recoverable".to_string()
        } else {
            "including tax, as VAT is not recoverable".to_string()
        }
    },
    both_caption: "Excluding tax, VAT and including tax",
    row_label: "Amount",
    allocated: "Allocated",
    remaining_other: |amount, tag| format!("about {amount} {tag} at the standard rate"),
    over_total: |cost, over| {
        format!("Amounts typed excluding tax and VAT not recoverable: the real cost, {cost} including tax, goes beyond the fixed total by {over}.")
    },
    split_title: "Who this money goes to",
    split_mode: "Split",
    mode_in_house: "All in-house",
    mode_external: "All external",
    mode_share: "Shared, as an external share",
    mode_amounts: "Shared, as two amounts",
    share_label: "External share",
    in_house_amount: "In-house amount",
    external_amount: "External amount",
    amounts_hint: "The line's total becomes the sum of both amounts.",
    fee_external: "External amount (fee)",
    fee_hint: "The external part is the fee, set by time and rate; type the in-house part as an amount or the external part as a share.",
    share_out_of_range: "Type a share between 0 and 100.",
    share_zero_with_fee: "With a fee, the external share is above zero.",
    parts_caption: "How the line splits",
    line_total: "Line",
    shared: |pct| format!("Shared · {pct} ext."),
    shared_full: |pct| format!("Shared: {pct} external, the rest in-house"),
    fee_delivery: "Fees (days × rate): the external part follows the number of days, changed in the line's details.",
    vat_title: "The line's VAT",
    vat_label: "VAT rate",
    vat_standard: |rate| format!("Standard rate ({rate})"),
    vat_scope: "The rate applies to the whole line, in-house part included (what the business buys itself: media, tools); the team's time counts in hours, without VAT.",
    vat_amounts: |excl, tax, incl| format!("{excl} excl. tax + {tax} VAT = {incl} incl. tax"),
};
