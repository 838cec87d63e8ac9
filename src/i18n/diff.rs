//! What changed between two versions of a plan ([`crate::domain::diff`]),
//! one sentence per change with its figures, French and English.
//!
//! The figures are written by a [`Figures`]: the browser's `Intl` in the
//! app, [`SwissFigures`] where there is no browser. Channels, horizons,
//! ranks, importances, statuses and KPIs keep the names the other pages
//! give them.

mod figures;
#[cfg(test)]
mod tests;
mod words;

pub use figures::{Figures, SwissFigures};

use super::typo::plural;
use crate::domain::{diff::Section, Lang};

/// Every text of a comparison of two versions, in one language.
pub struct DiffTexts {
    /// The language of these texts.
    pub lang: Lang,
    /// The heading of a section.
    pub heading: fn(Section) -> &'static str,
    /// Where a section's changes are, after their count ("in the budget").
    pub in_section: fn(Section) -> &'static str,
    /// No change at all.
    pub none: &'static str,
    /// A number of changes.
    pub changes: fn(usize) -> String,
    /// A name or a title, quoted.
    pub quoted: fn(&str) -> String,
    /// In place of a client left empty.
    pub no_client: &'static str,
    /// In place of a deadline not set.
    pub no_deadline: &'static str,
    /// In place of a target not set.
    pub no_target: &'static str,
    /// A one-day action's day.
    pub day: fn(&str) -> String,
    /// Days from the first to the last (an action's, the plan's period).
    pub span: fn(&str, &str) -> String,
    // One sentence per kind of change, with its names and figures written:
    // the name or title first, then what it was and what it is.
    pub name: fn(&str, &str) -> String,
    pub client: fn(&str, &str) -> String,
    pub period: fn(&str, &str) -> String,
    pub currency: fn(&str, &str) -> String,
    pub objective_added: fn(&str, &str) -> String,
    pub objective_removed: fn(&str) -> String,
    pub objective_renamed: fn(&str, &str) -> String,
    pub objective_rank: fn(&str, &str, &str) -> String,
    pub objective_deadline: fn(&str, &str, &str) -> String,
    /// An objective's target on one KPI (title, KPI, from, to).
    pub objective_target: fn(&str, &str, &str, &str) -> String,
    pub kpi_added: fn(&str, &str) -> String,
    pub kpi_removed: fn(&str, &str) -> String,
    pub budget_total: fn(&str, &str) -> String,
    pub line_added: fn(&str, &str) -> String,
    pub line_removed: fn(&str, &str) -> String,
    pub line_channel: fn(&str, &str) -> String,
    /// One cell of the budget (channel, horizon, from, to).
    pub cell: fn(&str, &str, &str, &str) -> String,
    pub line_delivery: fn(&str, &str, &str) -> String,
    pub allocated: fn(&str, &str) -> String,
    pub action_added: fn(&str, &str) -> String,
    pub action_removed: fn(&str) -> String,
    pub action_renamed: fn(&str, &str) -> String,
    pub action_moved: fn(&str, &str, &str) -> String,
    pub action_importance: fn(&str, &str, &str) -> String,
    pub action_status: fn(&str, &str, &str) -> String,
    pub element_added: fn(&str) -> String,
    pub element_removed: fn(&str) -> String,
    pub measurements_added: fn(usize) -> String,
    pub measurements_removed: fn(usize) -> String,
}

pub const FR: DiffTexts = DiffTexts {
    lang: Lang::Fr,
    heading: |s| match s {
        Section::Plan => "Plan",
        Section::Objectives => "Objectifs",
        Section::Budget => "Budget",
        Section::Actions => "Actions",
        Section::Strategy => "Stratégie",
        Section::Measurements => "Mesures",
    },
    in_section: |s| match s {
        Section::Plan => "dans le plan",
        Section::Objectives => "dans les objectifs",
        Section::Budget => "dans le budget",
        Section::Actions => "dans les actions",
        Section::Strategy => "dans la stratégie",
        Section::Measurements => "dans les mesures",
    },
    none: "Aucun changement depuis cette version",
    changes: |n| format!("{n} {}", plural(Lang::Fr, n, "changement", "changements")),
    quoted: |text| format!("«\u{202f}{text}\u{202f}»"),
    no_client: "aucun",
    no_deadline: "aucune",
    no_target: "aucune",
    day: |date| format!("le {date}"),
    span: |start, end| format!("du {start} au {end}"),
    name: |from, to| format!("Nom du plan\u{202f}: {from} → {to}"),
    client: |from, to| format!("Client\u{202f}: {from} → {to}"),
    period: |from, to| format!("Période\u{202f}: {from} → {to}"),
    currency: |from, to| format!("Devise\u{202f}: {from} → {to}"),
    objective_added: |title, rank| format!("Objectif ajouté\u{202f}: {title} ({rank})"),
    objective_removed: |title| format!("Objectif retiré\u{202f}: {title}"),
    objective_renamed: |from, to| format!("Objectif renommé\u{202f}: {from} → {to}"),
    objective_rank: |title, from, to| format!("Objectif {title}\u{202f}: {from} → {to}"),
    objective_deadline: |title, from, to| {
        format!("Objectif {title}\u{202f}: échéance {from} → {to}")
    },
    objective_target: |title, kpi, from, to| {
        format!("Objectif {title}, {kpi}\u{202f}: cible {from} → {to}")
    },
    kpi_added: |title, kpi| format!("Objectif {title}\u{202f}: indicateur {kpi} ajouté"),
    kpi_removed: |title, kpi| format!("Objectif {title}\u{202f}: indicateur {kpi} retiré"),
    budget_total: |from, to| format!("Budget total\u{202f}: {from} → {to}"),
    line_added: |channel, total| format!("Ligne ajoutée\u{202f}: {channel}, {total}"),
    line_removed: |channel, total| format!("Ligne retirée\u{202f}: {channel}, {total}"),
    line_channel: |from, to| format!("Ligne de budget\u{202f}: {from} → {to}"),
    cell: |channel, horizon, from, to| format!("{channel} · {horizon}\u{202f}: {from} → {to}"),
    line_delivery: |channel, from, to| format!("{channel}, réalisation\u{202f}: {from} → {to}"),
    allocated: |from, to| format!("Total alloué\u{202f}: {from} → {to}"),
    action_added: |title, days| format!("Action ajoutée\u{202f}: {title}, {days}"),
    action_removed: |title| format!("Action retirée\u{202f}: {title}"),
    action_renamed: |from, to| format!("Action renommée\u{202f}: {from} → {to}"),
    action_moved: |title, from, to| format!("Action {title} déplacée\u{202f}: {from} → {to}"),
    action_importance: |title, from, to| {
        format!("Action {title}\u{202f}: importance {from} → {to}")
    },
    action_status: |title, from, to| format!("Action {title}\u{202f}: statut {from} → {to}"),
    element_added: |name| format!("Élément de stratégie ajouté\u{202f}: {name}"),
    element_removed: |name| format!("Élément de stratégie retiré\u{202f}: {name}"),
    measurements_added: |n| {
        format!(
            "{n} {}",
            plural(Lang::Fr, n, "mesure ajoutée", "mesures ajoutées")
        )
    },
    measurements_removed: |n| {
        format!(
            "{n} {}",
            plural(Lang::Fr, n, "mesure supprimée", "mesures supprimées")
        )
    },
};

pub const EN: DiffTexts = DiffTexts {
    lang: Lang::En,
    heading: |s| match s {
        Section::Plan => "Plan",
        Section::Objectives => "Objectives",
        Section::Budget => "Budget",
        Section::Actions => "Actions",
        Section::Strategy => "Strategy",
        Section::Measurements => "Measurements",
    },
    in_section: |s| match s {
        Section::Plan => "in the plan",
        Section::Objectives => "in the objectives",
        Section::Budget => "in the budget",
        Section::Actions => "in the actions",
        Section::Strategy => "in the strategy",
        Section::Measurements => "in the measurements",
    },
    none: "No change since this version",
    changes: |n| format!("{n} {}", plural(Lang::En, n, "change", "changes")),
    quoted: |text| format!("“{text}”"),
    no_client: "none",
    no_deadline: "none",
    no_target: "none",
    day: |date| format!("on {date}"),
    span: |start, end| format!("{start} to {end}"),
    name: |from, to| format!("Plan name: {from} → {to}"),
    client: |from, to| format!("Client: {from} → {to}"),
    period: |from, to| format!("Period: {from} → {to}"),
    currency: |from, to| format!("Currency: {from} → {to}"),
    objective_added: |title, rank| format!("Objective added: {title} ({rank})"),
    objective_removed: |title| format!("Objective removed: {title}"),
    objective_renamed: |from, to| format!("Objective renamed: {from} → {to}"),
    objective_rank: |title, from, to| format!("Objective {title}: {from} → {to}"),
    objective_deadline: |title, from, to| format!("Objective {title}: deadline {from} → {to}"),
    objective_target: |title, kpi, from, to| {
        format!("Objective {title}, {kpi}: target {from} → {to}")
    },
    kpi_added: |title, kpi| format!("Objective {title}: KPI {kpi} added"),
    kpi_removed: |title, kpi| format!("Objective {title}: KPI {kpi} removed"),
    budget_total: |from, to| format!("Total budget: {from} → {to}"),
    line_added: |channel, total| format!("Line added: {channel}, {total}"),
    line_removed: |channel, total| format!("Line removed: {channel}, {total}"),
    line_channel: |from, to| format!("Budget line: {from} → {to}"),
    cell: |channel, horizon, from, to| format!("{channel} · {horizon}: {from} → {to}"),
    line_delivery: |channel, from, to| format!("{channel}, delivery: {from} → {to}"),
    allocated: |from, to| format!("Allocated in all: {from} → {to}"),
    action_added: |title, days| format!("Action added: {title}, {days}"),
    action_removed: |title| format!("Action removed: {title}"),
    action_renamed: |from, to| format!("Action renamed: {from} → {to}"),
    action_moved: |title, from, to| format!("Action {title} moved: {from} → {to}"),
    action_importance: |title, from, to| format!("Action {title}: importance {from} → {to}"),
    action_status: |title, from, to| format!("Action {title}: status {from} → {to}"),
    element_added: |name| format!("Strategy element added: {name}"),
    element_removed: |name| format!("Strategy element removed: {name}"),
    measurements_added: |n| {
        format!(
            "{n} {}",
            plural(Lang::En, n, "measurement added", "measurements added")
        )
    },
    measurements_removed: |n| {
        format!(
            "{n} {}",
            plural(Lang::En, n, "measurement deleted", "measurements deleted")
        )
    },
};
