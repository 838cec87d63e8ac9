//! Which commands merge into one undo step when sent in quick succession.

use super::{Command, ObjectiveField};
use crate::domain::{Horizon, ItemId, KpiRef};

/// Which text field a command edits, so that typing in one field makes one
/// undo step instead of one per key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MergeKey {
    /// The plan name.
    Name,
    /// The client.
    Client,
    /// The sector.
    Sector,
    /// The business context.
    Context,
    /// The strategy statement.
    Strategy,
    /// The budget total.
    BudgetTotal,
    /// The note of a strategy element.
    StrategyNote(ItemId),
    /// One typed field of an objective (and, for figures, of one of its KPIs).
    Objective(ItemId, ObjectiveField, Option<KpiRef>),
    /// A custom KPI.
    CustomKpi(ItemId),
    /// One cell of the budget table.
    Cell(ItemId, Horizon),
    /// The forecast's figures.
    Forecast,
    /// One action.
    Action(ItemId),
    /// The funnel's counts.
    Funnel,
    /// The branding's names.
    Branding,
    /// The comments on slides.
    Slides,
    /// The quote's terms.
    Quote,
    /// A line's parts, typed in its details.
    LineParts(ItemId),
    /// The tax settings (another rate typed).
    Tax,
    /// The plan's rates (a role or a price typed).
    Rates,
}

impl Command {
    /// Commands with the same key, sent in quick succession, merge into one
    /// undo step.
    pub fn merge_key(&self) -> Option<MergeKey> {
        match self {
            Command::SetName(_) => Some(MergeKey::Name),
            Command::SetClient(_) => Some(MergeKey::Client),
            Command::SetSector(_) => Some(MergeKey::Sector),
            Command::SetContext(_) => Some(MergeKey::Context),
            Command::SetStrategy(_) => Some(MergeKey::Strategy),
            Command::SetBudgetTotal(_) => Some(MergeKey::BudgetTotal),
            Command::SetStrategyNote(id, _) => Some(MergeKey::StrategyNote(*id)),
            Command::EditObjective(id, edit) => edit.is_typed().then(|| {
                let (field, kpi) = edit.field();
                MergeKey::Objective(*id, field, kpi.cloned())
            }),
            Command::UpdateCustomKpi(k) => Some(MergeKey::CustomKpi(k.id)),
            Command::SetCell { line, horizon, .. } => Some(MergeKey::Cell(*line, *horizon)),
            Command::SetForecast(_) => Some(MergeKey::Forecast),
            Command::UpdateAction(a) => Some(MergeKey::Action(a.id)),
            Command::SetFunnel(_) => Some(MergeKey::Funnel),
            Command::SetBranding(_) => Some(MergeKey::Branding),
            Command::SetSlides(_) => Some(MergeKey::Slides),
            Command::SetQuote(_) => Some(MergeKey::Quote),
            Command::ReplaceBudgetLines(lines) if lines.len() == 1 => {
                lines.first().map(|l| MergeKey::LineParts(l.id))
            }
            Command::SetTax(_) => Some(MergeKey::Tax),
            Command::SetRates(_) => Some(MergeKey::Rates),
            _ => None,
        }
    }
}
