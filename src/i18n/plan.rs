//! Texts of the plan's frame (`ui::plan_layout`: a plan that is not
//! found, cannot be read, or cannot be left because it is not saved) and of
//! its context page (`ui::overview`, and the strategy wizard's first step).
//! Also why a change or a typed amount was refused. Only the plan code
//! reads them, so they stay out of the first visit.

use crate::domain::{
    budget::MAX_MONTHS,
    dates::{FIRST_YEAR, LAST_YEAR},
    money::MAX_MONEY_MAJOR,
    validate::limits::KPIS_PER_OBJECTIVE,
    CommandError, MoneyError,
};

/// `n` with its thousands parted by `sep` (1'000'000 or 1,000,000).
fn grouped(n: i64, sep: char) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    if n < 0 {
        out.insert(0, '-');
    }
    out
}

/// The frame's texts, in one language.
pub struct PlanTexts {
    pub plan_not_found_title: &'static str,
    pub plan_not_found_body: &'static str,
    pub plan_unreadable_title: &'static str,
    /// Another plan was asked for while the open one, named here, has changes that could not be stored.
    pub leave_blocked_title: fn(&str) -> String,
    /// Why: storage is full.
    pub leave_blocked_quota: &'static str,
    /// Why: another tab changed it too.
    pub leave_blocked_conflict: &'static str,
    /// Back to the open plan.
    pub leave_blocked_back: &'static str,
    /// Download the open plan with its unsaved changes.
    pub leave_blocked_download: &'static str,
    /// Drop the unsaved changes and open the plan asked for.
    pub leave_blocked_discard: &'static str,
    /// The same, in one line, where a new plan was to be created.
    pub leave_blocked_short: &'static str,
    pub overview_title: &'static str,
    pub overview_intro: &'static str,
    pub section_identity: &'static str,
    pub section_context: &'static str,
    pub section_budget: &'static str,
    pub field_sector: &'static str,
    pub field_currency: &'static str,
    pub field_currency_hint: &'static str,
    pub field_period_start: &'static str,
    pub field_period_end: &'static str,
    pub field_plan_language: &'static str,
    pub field_context: &'static str,
    pub field_context_hint: &'static str,
    pub field_strategy: &'static str,
    pub field_strategy_hint: &'static str,
    pub field_budget_total: &'static str,
    pub field_budget_total_hint: &'static str,
    pub budget_total_is: fn(&str) -> String,
    pub lang_name_fr: &'static str,
    pub lang_name_en: &'static str,
    /// Why a change to the plan was refused.
    pub err_command: fn(&CommandError) -> String,
    /// Why a typed amount was refused.
    pub err_money: fn(&MoneyError) -> String,
    /// What a plan file holds, singular and plural: strategy elements,
    /// objectives, budget lines, actions, measurements, named versions.
    pub file_counts: [(&'static str, &'static str); 6],
}

pub const FR: PlanTexts = PlanTexts {
    plan_not_found_title: "Plan introuvable",
    plan_not_found_body: "Aucun plan de ce navigateur ne correspond à ce lien. Il a peut-être été supprimé, ou créé dans un autre navigateur.",
    plan_unreadable_title: "Ce plan ne peut pas être ouvert",
    leave_blocked_title: |name| format!("«\u{202f}{name}\u{202f}» n'est pas enregistré"),
    leave_blocked_quota: "Le stockage du navigateur est plein\u{202f}: ses dernières modifications ne sont gardées que dans cet onglet. Pour ne pas les perdre, téléchargez-le ou libérez de la place (en vidant la corbeille) avant d'ouvrir un autre plan.",
    leave_blocked_conflict: "Il a été modifié dans un autre onglet, et vous l'avez modifié ici aussi. Revenez-y pour choisir la version à garder avant d'ouvrir un autre plan.",
    leave_blocked_back: "Revenir à ce plan",
    leave_blocked_download: "Télécharger ce plan avec ses modifications",
    leave_blocked_discard: "Abandonner ses modifications et ouvrir l'autre plan",
    leave_blocked_short: "Le plan ouvert n'a pas pu être enregistré\u{202f}: revenez-y, téléchargez-le ou libérez de la place avant d'en créer un autre.",
    overview_intro: "Tout part de ce que veut l'entreprise, en accord avec sa stratégie globale.",
    field_context_hint: "Ce que l'entreprise veut obtenir grâce au digital, avec ses mots.",
    field_budget_total_hint: "Un montant fixe, à ne jamais dépasser. Ex. 50'000 ou 50 000,00",
    field_strategy_hint: "La stratégie d'ensemble que le plan digital doit servir.",
    budget_total_is: |amount| format!("Budget enregistré\u{202f}: {amount}"),
    field_currency_hint: "Code ISO à trois lettres (CHF, EUR, USD…)",
    field_plan_language: "Langue de présentation du plan",
    section_context: "Ce que veut l'entreprise",
    field_context: "Objectif de l'entreprise",
    field_sector: "Secteur d'activité",
    field_strategy: "Stratégie globale",
    overview_title: "Contexte du plan",
    field_period_start: "Début du plan",
    field_budget_total: "Budget total",
    field_period_end: "Fin du plan",
    lang_name_en: "English",
    lang_name_fr: "Français",
    section_identity: "Identité",
    section_budget: "Budget",
    field_currency: "Devise",
    err_command: |e| match e {
        CommandError::EmptyName => "Le nom ne peut pas être vide.".into(),
        CommandError::TooLong { max, .. } => format!("Texte trop long\u{202f}: {max} caractères au maximum."),
        CommandError::PeriodReversed => "La fin doit être après le début.".into(),
        CommandError::AmountOutOfRange => format!("Montant hors limites\u{202f}: entre 0 et {max}.", max = grouped(MAX_MONEY_MAJOR, '\'')),
        CommandError::TotalBelowAllocated { .. } => "Le total ne peut pas être inférieur au montant déjà réparti.".into(),
        CommandError::CurrencyWouldRound => "Cette devise n'a pas assez de décimales pour les montants du plan.".into(),
        CommandError::EmptyTitle => "Le titre ne peut pas être vide.".into(),
        CommandError::UnknownItem(_) => "Cet élément n'existe plus (annulé ou supprimé ailleurs).".into(),
        CommandError::DuplicateId(id) => format!("Identifiant {id} déjà utilisé."),
        CommandError::IdsExhausted => "Ce plan a épuisé ses identifiants\u{202f}: aucun élément ne peut plus y être ajouté.".into(),
        CommandError::UnknownKpi => "Indicateur inconnu pour cet objectif.".into(),
        CommandError::KpiTwice => "Cet indicateur est déjà choisi pour cet objectif.".into(),
        CommandError::TooManyLinks { max } => format!("Trop de liens\u{202f}: {max} au maximum."),
        CommandError::TooManyKpis => format!("Trop d'indicateurs pour un seul objectif ({max} au maximum).", max = KPIS_PER_OBJECTIVE),
        CommandError::KpiInUse => "Cet indicateur est encore utilisé par un objectif ou une mesure.".into(),
        CommandError::ValueOutOfRange { min, max: Some(max) } => format!("Valeur hors limites\u{202f}: entre {min} et {max}."),
        CommandError::ValueOutOfRange { min, max: None } => format!("Valeur hors limites\u{202f}: au moins {min}."),
        CommandError::DeadlineBeforeStart => "L'échéance est avant le début du plan.".into(),
        CommandError::DeadlineAfterEnd => "L'échéance est après la fin du plan.".into(),
        CommandError::OverBudget { .. } => "Refusé\u{202f}: le budget total serait dépassé.".into(),
        CommandError::CellLocked => "Cette case est verrouillée\u{202f}: déverrouillez-la pour la modifier.".into(),
        CommandError::NothingToDistribute => "Rien à répartir\u{202f}: tout est déjà alloué, ou toutes les cases sont verrouillées.".into(),
        CommandError::LockedAboveTotal { .. } => "Les cases verrouillées dépassent à elles seules le nouveau total.".into(),
        CommandError::BelowFee { .. } => "Cette ligne ne peut pas descendre sous ses honoraires (jours × tarif)\u{202f}: changez d'abord le nombre de jours.".into(),
        CommandError::RateInUse(_) => "Ce tarif est encore utilisé par une ligne ou une action.".into(),
        CommandError::FeesExcludeTax => "Les honoraires (jours × tarif) se comptent hors taxes\u{202f}: saisissez les montants du plan HT pour les utiliser.".into(),
        CommandError::ContentInUse(_) => "Ce type de contenu est encore choisi par une ligne ou une action.".into(),
        CommandError::BadSpan => format!("Une période de phasage compte de 1 à {max} mois.", max = MAX_MONTHS),
        CommandError::EndBeforeStart => "La fin ne peut pas être avant le début.".into(),
        CommandError::DateOutOfRange => format!("Les dates vont de {min} à {max}.", min = FIRST_YEAR, max = LAST_YEAR),
    },
    err_money: |e| match e {
        MoneyError::Empty => "Saisissez un montant.".into(),
        MoneyError::NotANumber => "Ce n'est pas un montant\u{202f}: chiffres uniquement, ex. 12'500.50".into(),
        MoneyError::Negative => "Un montant ne peut pas être négatif.".into(),
        MoneyError::TooManyDecimals(0) => "Cette devise n'a pas de décimales.".into(),
        MoneyError::TooManyDecimals(n) => format!("Au plus {n} décimales."),
        MoneyError::TooLarge => format!("Montant trop élevé (maximum {max}).", max = grouped(MAX_MONEY_MAJOR, '\'')),
        MoneyError::BadCurrency(_) => "Code de devise invalide\u{202f}: trois lettres, ex. CHF.".into(),
    },
    file_counts: [
        ("élément de stratégie", "éléments de stratégie"),
        ("objectif", "objectifs"),
        ("ligne de budget", "lignes de budget"),
        ("action", "actions"),
        ("mesure", "mesures"),
        ("version nommée", "versions nommées"),
    ],
};

pub const EN: PlanTexts = PlanTexts {
    plan_not_found_title: "Plan not found",
    plan_not_found_body: "No plan in this browser matches this link. It may have been deleted, or created in another browser.",
    plan_unreadable_title: "This plan cannot be opened",
    leave_blocked_title: |name| format!("“{name}” is not saved"),
    leave_blocked_quota: "Browser storage is full: its latest changes are kept in this tab only. So as not to lose them, download it or free some space (empty the trash) before opening another plan.",
    leave_blocked_conflict: "It was changed in another tab, and you changed it here too. Go back to it and choose which version to keep before opening another plan.",
    leave_blocked_back: "Back to this plan",
    leave_blocked_download: "Download this plan with its changes",
    leave_blocked_discard: "Discard its changes and open the other plan",
    leave_blocked_short: "The open plan could not be saved: go back to it, download it or free some space before creating another one.",
    overview_intro: "Everything starts from what the business wants, in line with its overall strategy.",
    field_context_hint: "What the business wants to achieve through digital, in its own words.",
    field_budget_total_hint: "One fixed amount, never to be exceeded. E.g. 50,000 or 50'000.00",
    field_strategy_hint: "The overall strategy the digital plan must serve.",
    budget_total_is: |amount| format!("Saved budget: {amount}"),
    field_currency_hint: "Three-letter ISO code (CHF, EUR, USD…)",
    field_plan_language: "Language the plan is presented in",
    section_context: "What the business wants",
    field_context: "What the business wants",
    field_sector: "Business sector",
    field_strategy: "Overall strategy",
    overview_title: "Plan context",
    field_period_start: "Plan start",
    field_budget_total: "Total budget",
    field_period_end: "Plan end",
    lang_name_en: "English",
    lang_name_fr: "Français",
    section_identity: "Identity",
    section_budget: "Budget",
    field_currency: "Currency",
    err_command: |e| match e {
        CommandError::EmptyName => "The name cannot be empty.".into(),
        CommandError::TooLong { max, .. } => format!("Text too long: {max} characters at most."),
        CommandError::PeriodReversed => "The end must be after the start.".into(),
        CommandError::AmountOutOfRange => format!("Amount out of range: between 0 and {max}.", max = grouped(MAX_MONEY_MAJOR, ',')),
        CommandError::TotalBelowAllocated { .. } => "The total cannot be below what is already allocated.".into(),
        CommandError::CurrencyWouldRound => "This currency has too few decimals for the plan's amounts.".into(),
        CommandError::EmptyTitle => "The title cannot be empty.".into(),
        CommandError::UnknownItem(_) => "This item no longer exists (undone or deleted elsewhere).".into(),
        CommandError::DuplicateId(id) => format!("Id {id} is already used."),
        CommandError::IdsExhausted => "This plan has used up its ids: no item can be added to it any more.".into(),
        CommandError::UnknownKpi => "Unknown KPI for this objective.".into(),
        CommandError::KpiTwice => "This KPI is already chosen for this objective.".into(),
        CommandError::TooManyLinks { max } => format!("Too many links: {max} at most."),
        CommandError::TooManyKpis => format!("Too many KPIs for one objective ({max} at most).", max = KPIS_PER_OBJECTIVE),
        CommandError::KpiInUse => "This KPI is still used by an objective or a measurement.".into(),
        CommandError::ValueOutOfRange { min, max: Some(max) } => format!("Out of range: between {min} and {max}."),
        CommandError::ValueOutOfRange { min, max: None } => format!("Out of range: at least {min}."),
        CommandError::DeadlineBeforeStart => "The deadline is before the plan starts.".into(),
        CommandError::DeadlineAfterEnd => "The deadline is after the plan ends.".into(),
        CommandError::OverBudget { .. } => "Refused: the total budget would be exceeded.".into(),
        CommandError::CellLocked => "This cell is locked: unlock it to change it.".into(),
        CommandError::NothingToDistribute => "Nothing to distribute: everything is allocated, or every cell is locked.".into(),
        CommandError::LockedAboveTotal { .. } => "The locked cells alone are above the new total.".into(),
        CommandError::BelowFee { .. } => "This line cannot go below its fees (days × rate): change the number of days first.".into(),
        CommandError::RateInUse(_) => "This rate is still used by a line or an action.".into(),
        CommandError::FeesExcludeTax => "Fees (days × rate) are counted excluding tax: type the plan's amounts excluding tax to use them.".into(),
        CommandError::ContentInUse(_) => "This kind of content is still chosen by a line or an action.".into(),
        CommandError::BadSpan => format!("A phasing span has 1 to {max} months.", max = MAX_MONTHS),
        CommandError::EndBeforeStart => "The end cannot be before the start.".into(),
        CommandError::DateOutOfRange => format!("Dates go from {min} to {max}.", min = FIRST_YEAR, max = LAST_YEAR),
    },
    err_money: |e| match e {
        MoneyError::Empty => "Enter an amount.".into(),
        MoneyError::NotANumber => "Not an amount: digits only, e.g. 12,500.50".into(),
        MoneyError::Negative => "An amount cannot be negative.".into(),
        MoneyError::TooManyDecimals(0) => "This currency has no decimals.".into(),
        MoneyError::TooManyDecimals(n) => format!("At most {n} decimals."),
        MoneyError::TooLarge => format!("Amount too large (at most {max}).", max = grouped(MAX_MONEY_MAJOR, ',')),
        MoneyError::BadCurrency(_) => "Invalid currency code: three letters, e.g. CHF.".into(),
    },
    file_counts: [
        ("strategy element", "strategy elements"),
        ("objective", "objectives"),
        ("budget line", "budget lines"),
        ("action", "actions"),
        ("measurement", "measurements"),
        ("named version", "named versions"),
    ],
};

#[cfg(test)]
mod tests {
    use crate::domain::{
        dates::{FIRST_YEAR, LAST_YEAR},
        CommandError, Lang, ProblemKind,
    };
    use crate::i18n::texts;

    #[test]
    fn the_refusals_state_the_limits_they_enforce() {
        use crate::domain::{
            budget::MAX_MONTHS, money::MAX_MONEY_MAJOR, validate::limits::KPIS_PER_OBJECTIVE,
            MoneyError,
        };
        for lang in [Lang::Fr, Lang::En] {
            let p = texts(lang).plan();
            let kpis = (p.err_command)(&CommandError::TooManyKpis);
            assert!(kpis.contains(&format!("({KPIS_PER_OBJECTIVE} ")), "{kpis}");
            let span = (p.err_command)(&CommandError::BadSpan);
            assert!(span.contains(&format!(" {MAX_MONTHS} ")), "{span}");
        }
        let (fr, en) = (texts(Lang::Fr).plan(), texts(Lang::En).plan());
        assert_eq!(MAX_MONEY_MAJOR, 1_000_000_000_000);
        assert!((fr.err_money)(&MoneyError::TooLarge).contains("1'000'000'000'000"));
        assert!((en.err_money)(&MoneyError::TooLarge).contains("1,000,000,000,000"));
        let range = (en.err_command)(&CommandError::AmountOutOfRange);
        assert!(
            range.ends_with("between 0 and 1,000,000,000,000."),
            "{range}"
        );
        assert_eq!(super::grouped(1_234_567, ','), "1,234,567");
        assert_eq!(super::grouped(999, '\''), "999");
        assert_eq!(super::grouped(-1_000, ','), "-1,000");
    }

    #[test]
    fn the_refusals_state_the_years_a_plan_holds() {
        for lang in [Lang::Fr, Lang::En] {
            let t = texts(lang);
            for text in [
                (t.plan().err_command)(&CommandError::DateOutOfRange),
                (t.load().err_problem)(&ProblemKind::DateOutOfRange),
            ] {
                assert!(text.contains(&FIRST_YEAR.to_string()), "{text}");
                assert!(text.contains(&LAST_YEAR.to_string()), "{text}");
            }
        }
    }
}
