//! Texts of the dashboard, French and English.

use super::typo::plural;
use crate::domain::{
    dashboard::{CsvLineError, AT_RISK_SLACK, ON_TRACK_SLACK},
    Every, Lang,
};

/// A share of the way as points of percentage (0.10 is 10 points).
fn points(share: f64) -> u32 {
    (share * 100.0).round() as u32
}

/// Every text of the dashboard, in one language.
pub struct DashboardTexts {
    pub title: &'static str,
    pub intro: &'static str,
    pub budget_title: &'static str,
    pub allocated: &'static str,
    pub committed: &'static str,
    pub spent: &'static str,
    /// The upcoming actions' title (the days the agenda looks ahead).
    pub upcoming: fn(i64) -> String,
    pub late: &'static str,
    /// No upcoming action (the days the agenda looks ahead).
    pub none_upcoming: fn(i64) -> String,
    pub none_late: &'static str,
    /// An occurrence of the agenda under way since a date.
    pub since: fn(&str) -> String,
    /// How often a repeating action of the agenda recurs.
    pub every: fn(Every) -> &'static str,
    /// A planned repeating action, late: its occurrences already over.
    pub missed: fn(usize) -> String,
    /// A repeating action in progress, late: all its occurrences are over.
    pub all_over: fn(usize) -> String,
    pub objectives_title: &'static str,
    pub no_objectives: &'static str,
    pub no_kpi: &'static str,
    pub on_track: &'static str,
    pub at_risk: &'static str,
    pub off_track: &'static str,
    pub no_data: &'static str,
    /// How an objective's status is read (its slack points, formatted in).
    pub rule: fn() -> String,
    pub progress: fn(&str) -> String,
    pub from_to: fn(&str, &str, &str) -> String,
    pub record: &'static str,
    pub date: &'static str,
    pub value: &'static str,
    pub add: &'static str,
    pub paste: &'static str,
    pub paste_hint: &'static str,
    pub import: &'static str,
    pub imported: fn(usize) -> String,
    pub csv_error: fn(usize, &CsvLineError) -> String,
    pub measurements: fn(usize) -> String,
    pub delete: &'static str,
    pub next_actions: &'static str,
    pub funnel_title: &'static str,
    /// A step of the funnel and its conversion: (from, to, rate).
    pub funnel_step: fn(&str, &str, &str) -> String,
    pub forecast_title: &'static str,
    pub forecast_intro: &'static str,
    pub forecast_objective: &'static str,
    pub forecast_kpi: &'static str,
    pub forecast_on: &'static str,
    pub forecast_expected: &'static str,
    pub forecast_actual: &'static str,
    pub forecast_gap: &'static str,
    pub forecast_deadline: fn(&str, &str) -> String,
    pub forecast_ahead: &'static str,
    pub forecast_behind: &'static str,
    /// A gap that rounds to zero.
    pub forecast_level: &'static str,
    pub present: &'static str,
    pub present_hint: &'static str,
    pub leave: &'static str,
    pub print: &'static str,
    pub slide_of: fn(usize, usize) -> String,
    pub slide_context: &'static str,
    pub slide_budget: &'static str,
    pub slide_timeline: &'static str,
    pub slide_status: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
}

pub const FR: DashboardTexts = DashboardTexts {
    title: "Tableau de bord",
    intro: "Les indicateurs regroupés autour des objectifs\u{202f}: où en est chacun, par rapport au temps écoulé.",
    budget_title: "Budget",
    allocated: "Alloué",
    committed: "Engagé par les actions",
    spent: "Dépensé",
    upcoming: |days| format!("Actions des {days} prochains jours"),
    late: "Actions en retard",
    none_upcoming: |days| format!("Aucune action prévue dans les {days} jours."),
    none_late: "Aucune action en retard.",
    since: |date| format!("depuis le {date}"),
    every: |every| match every {
        Every::Week => "chaque semaine",
        Every::Month => "chaque mois",
        Every::Quarter => "chaque trimestre",
    },
    missed: |n| format!("{n} {}", plural(Lang::Fr, n, "occurrence manquée", "occurrences manquées")),
    all_over: |n| match n {
        1 => "son occurrence est passée".to_string(),
        n => format!("ses {n} occurrences sont passées"),
    },
    objectives_title: "Objectifs",
    no_objectives: "Aucun objectif pour l'instant.",
    no_kpi: "Aucun indicateur pour cet objectif.",
    on_track: "Dans les temps",
    at_risk: "À surveiller",
    off_track: "En retard",
    no_data: "Pas encore de mesure",
    rule: || format!("Règle\u{202f}: dans les temps si la progression n'a pas plus de {n} points de retard sur le temps écoulé jusqu'à l'échéance, à surveiller jusqu'à {max} points, en retard au-delà.", n = points(ON_TRACK_SLACK), max = points(AT_RISK_SLACK)),
    progress: |p| format!("{p} du chemin"),
    from_to: |from, last, to| format!("Départ {from} · dernière mesure {last} · cible {to}"),
    record: "Nouvelle mesure",
    date: "Date",
    value: "Valeur",
    add: "Ajouter",
    paste: "Coller des mesures (date,valeur)",
    paste_hint: "Une ligne par mesure, copiée d'un tableur\u{202f}: 2027-03-31,2.5 ou 31.03.2027;2,5",
    import: "Importer les lignes",
    imported: |n| format!("{n} {}.", plural(Lang::Fr, n, "mesure ajoutée", "mesures ajoutées")),
    csv_error: |line, e| match e {
        CsvLineError::Columns => format!("Ligne {line}\u{202f}: il faut deux colonnes, date et valeur."),
        CsvLineError::Date => format!("Ligne {line}\u{202f}: la date n'est pas lisible (2027-03-31 ou 31.03.2027)."),
        CsvLineError::Value => format!("Ligne {line}\u{202f}: la valeur n'est pas un nombre."),
    },
    measurements: |n| format!("{n} {}", plural(Lang::Fr, n, "mesure", "mesures")),
    delete: "Supprimer",
    next_actions: "Prochaines actions",
    funnel_title: "Tunnel de conversion",
    funnel_step: |from, to, rate| format!("{from} → {to}\u{202f}: {rate}"),
    forecast_title: "Prévision et réel",
    forecast_intro: "Ce que le budget alloué à chaque objectif devait apporter à la date de la dernière mesure (scénario retenu, progression régulière jusqu'à l'échéance), face à ce qui a été mesuré.",
    forecast_objective: "Objectif",
    forecast_kpi: "Indicateur",
    forecast_on: "Mesuré le",
    forecast_expected: "Prévu",
    forecast_actual: "Réel",
    forecast_gap: "Écart",
    forecast_deadline: |at, target| format!("À l'échéance\u{202f}: {at} prévus, cible {target}"),
    forecast_ahead: "en avance sur la prévision",
    forecast_behind: "en retard sur la prévision",
    forecast_level: "conforme à la prévision",
    present: "Présenter",
    present_hint: "← → pour changer de page, Échap pour quitter.",
    leave: "Quitter la présentation",
    print: "Imprimer / PDF",
    slide_of: |n, total| format!("{n} / {total}"),
    slide_context: "Ce que veut l'entreprise",
    slide_budget: "Le budget",
    slide_timeline: "L'échéancier",
    slide_status: "Où en sont les objectifs",
    previous: "Précédente",
    next: "Suivante",
};

pub const EN: DashboardTexts = DashboardTexts {
    title: "Dashboard",
    intro: "The KPIs grouped around the objectives: where each stands, against the time elapsed.",
    budget_title: "Budget",
    allocated: "Allocated",
    committed: "Committed by actions",
    spent: "Spent",
    upcoming: |days| format!("Actions in the next {days} days"),
    late: "Late actions",
    none_upcoming: |days| format!("No action planned in the next {days} days."),
    none_late: "No late action.",
    since: |date| format!("since {date}"),
    every: |every| match every {
        Every::Week => "every week",
        Every::Month => "every month",
        Every::Quarter => "every quarter",
    },
    missed: |n| format!("{n} {} missed", plural(Lang::En, n, "occurrence", "occurrences")),
    all_over: |n| match n {
        1 => "its occurrence is over".to_string(),
        n => format!("all {n} occurrences are over"),
    },
    objectives_title: "Objectives",
    no_objectives: "No objective yet.",
    no_kpi: "No KPI for this objective.",
    on_track: "On track",
    at_risk: "At risk",
    off_track: "Off track",
    no_data: "No measurement yet",
    rule: || format!("Rule: on track when progress is at most {n} points behind the time elapsed to the deadline, at risk up to {max} points, off track beyond.", n = points(ON_TRACK_SLACK), max = points(AT_RISK_SLACK)),
    progress: |p| format!("{p} of the way"),
    from_to: |from, last, to| format!("Baseline {from} · last measurement {last} · target {to}"),
    record: "New measurement",
    date: "Date",
    value: "Value",
    add: "Add",
    paste: "Paste measurements (date,value)",
    paste_hint: "One line per measurement, copied from a spreadsheet: 2027-03-31,2.5",
    import: "Import the lines",
    imported: |n| format!("{n} {} added.", plural(Lang::En, n, "measurement", "measurements")),
    csv_error: |line, e| match e {
        CsvLineError::Columns => format!("Line {line}: two columns are needed, date and value."),
        CsvLineError::Date => format!("Line {line}: the date cannot be read (2027-03-31)."),
        CsvLineError::Value => format!("Line {line}: the value is not a number."),
    },
    measurements: |n| format!("{n} {}", plural(Lang::En, n, "measurement", "measurements")),
    delete: "Delete",
    next_actions: "Next actions",
    funnel_title: "Conversion funnel",
    funnel_step: |from, to, rate| format!("{from} → {to}: {rate}"),
    forecast_title: "Forecast and actual",
    forecast_intro: "What the budget allocated to each objective was forecast to bring by the date of the latest measurement (chosen scenario, steady progress to the deadline), beside what was measured.",
    forecast_objective: "Objective",
    forecast_kpi: "KPI",
    forecast_on: "Measured on",
    forecast_expected: "Forecast",
    forecast_actual: "Actual",
    forecast_gap: "Gap",
    forecast_deadline: |at, target| format!("At the deadline: {at} forecast, target {target}"),
    forecast_ahead: "ahead of the forecast",
    forecast_behind: "behind the forecast",
    forecast_level: "in line with the forecast",
    present: "Present",
    present_hint: "← → to change page, Esc to leave.",
    leave: "Leave the presentation",
    print: "Print / PDF",
    slide_of: |n, total| format!("{n} / {total}"),
    slide_context: "What the business wants",
    slide_budget: "The budget",
    slide_timeline: "The timeline",
    slide_status: "Where the objectives stand",
    previous: "Previous",
    next: "Next",
};

#[cfg(test)]
mod tests {
    use super::{EN, FR};
    use crate::domain::agenda::DAYS_AHEAD;

    #[test]
    fn the_upcoming_texts_say_how_far_the_agenda_looks() {
        let days = DAYS_AHEAD.to_string();
        for t in [&FR, &EN] {
            assert!((t.upcoming)(DAYS_AHEAD).contains(&days));
            assert!((t.none_upcoming)(DAYS_AHEAD).contains(&days));
        }
        assert_eq!((EN.upcoming)(30), "Actions in the next 30 days");
        assert_eq!(
            (FR.none_upcoming)(30),
            "Aucune action prévue dans les 30 jours."
        );
    }

    #[test]
    fn the_status_rule_states_the_dashboards_slack() {
        use crate::domain::dashboard::{AT_RISK_SLACK, ON_TRACK_SLACK};
        let (on, risk) = (ON_TRACK_SLACK * 100.0, AT_RISK_SLACK * 100.0);
        for t in [&FR, &EN] {
            let rule = (t.rule)();
            assert!(rule.contains(&format!(" {on:.0} points")), "{rule}");
            assert!(rule.contains(&format!(" {risk:.0} points")), "{rule}");
        }
        assert!((EN.rule)().contains("at most 10 points behind"));
    }
}
