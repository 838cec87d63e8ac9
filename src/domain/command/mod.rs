//! Every change to a plan is a [`Command`], applied by [`apply`].
//!
//! `apply` returns the inverse command, which is what undo runs. Storing
//! inverses instead of snapshots keeps 100 undo steps cheap even on a plan
//! with thousands of actions.

mod branding;
mod budget;
mod currency;
mod error;
mod fees;
mod ids;
mod kpis;
mod measurements;
mod merge;
mod objective_edit;
mod objectives;
mod settings;
mod timeline;

pub use budget::LineEdit;
pub use error::CommandError;
pub(crate) use error::{check_date, check_len, check_links};
pub use fees::{line_with_fee, line_with_parts, MAX_RATES};
pub use merge::MergeKey;
pub use objective_edit::{ObjectiveEdit, ObjectiveField};
pub use objectives::Links;
use settings::{check_forecast, check_funnel};

use crate::domain::{
    validate::limits, BudgetLine, Currency, CustomKpi, Horizon, ItemId, Lang, Money, Objective,
    Period, Plan, StrategyElement,
};

/// A change to a plan. The UI builds these; only [`apply`] changes a plan.
#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Renames the plan.
    SetName(String),
    /// Sets the client or company.
    SetClient(String),
    /// Sets the business sector.
    SetSector(String),
    /// Changes the currency; amounts keep their written value (12'500 CHF
    /// becomes 12'500 EUR), rescaled when the currencies have different decimals.
    SetCurrency(Currency),
    /// Sets the plan period.
    SetPeriod(Period),
    /// Sets the language the plan is presented in.
    SetLanguage(Lang),
    /// Sets what the business wants.
    SetContext(String),
    /// Sets the overall strategy statement.
    SetStrategy(String),
    /// Sets the fixed budget total.
    SetBudgetTotal(Money),
    /// Replaces the whole plan (an import that replaces the current plan).
    ReplacePlan(Box<Plan>),
    /// Adds a strategy element at `index` (with an unused id); `links` puts
    /// back the references a removal took away (empty for a new element).
    InsertStrategyElement {
        /// Position in the list.
        index: usize,
        /// The element.
        element: StrategyElement,
        /// References to restore.
        links: Links,
    },
    /// Removes a strategy element and the objectives' references to it.
    RemoveStrategyElement(ItemId),
    /// Sets the note of a strategy element.
    SetStrategyNote(ItemId, String),
    /// Adds an objective at `index` (with an unused id).
    InsertObjective {
        /// Position in the list.
        index: usize,
        /// The objective.
        objective: Objective,
        /// References to restore.
        links: Links,
    },
    /// Removes an objective; budget lines, actions and measurements lose
    /// their reference to it.
    RemoveObjective(ItemId),
    /// Changes one field of an objective.
    EditObjective(ItemId, ObjectiveEdit),
    /// Moves an objective to position `to` in the list.
    MoveObjective {
        /// Which objective.
        id: ItemId,
        /// New position.
        to: usize,
    },
    /// Adds a KPI of the person's own at `index`.
    InsertCustomKpi {
        /// Position in the list.
        index: usize,
        /// The KPI.
        kpi: CustomKpi,
    },
    /// Replaces a custom KPI (same id) with new name, unit or definition.
    UpdateCustomKpi(CustomKpi),
    /// Removes a custom KPI that nothing uses.
    RemoveCustomKpi(ItemId),
    /// Adds a budget line at `index` (its amounts must fit in the total).
    InsertBudgetLine {
        /// Position in the table.
        index: usize,
        /// The line.
        line: BudgetLine,
        /// References to restore.
        links: Links,
    },
    /// Removes a budget line; actions that spent from it lose the link.
    RemoveBudgetLine(ItemId),
    /// Changes a budget line's channel, delivery, objectives or tier.
    EditBudgetLine(ItemId, LineEdit),
    /// Sets one cell of the table; refused above the total or when locked.
    SetCell {
        /// The line.
        line: ItemId,
        /// The column.
        horizon: Horizon,
        /// The amount.
        amount: Money,
    },
    /// Locks or unlocks one cell.
    SetCellLocked {
        /// The line.
        line: ItemId,
        /// The column.
        horizon: Horizon,
        /// Locked or not.
        locked: bool,
    },
    /// Replaces the amounts of several lines at once (presets, "distribute
    /// the rest", scaling); locked cells must keep their amount.
    SetAllocation(Vec<(ItemId, [Money; 3])>),
    /// Sets the months a horizon is spent over (`None`: the usual span).
    SetPhasing {
        /// The column.
        horizon: Horizon,
        /// The months.
        span: Option<crate::domain::budget::MonthSpan>,
    },
    /// Adds an action at `index` (with an unused id).
    InsertAction {
        /// Position in the list.
        index: usize,
        /// The action.
        action: Box<crate::domain::Action>,
    },
    /// Removes an action.
    RemoveAction(ItemId),
    /// Replaces an action (same id) with its edited version.
    UpdateAction(Box<crate::domain::Action>),
    /// Records a measurement at `index` (with an unused id); its value must
    /// fit its KPI (a rate between 0 and 100%).
    InsertMeasurement {
        /// Position in the list.
        index: usize,
        /// The measurement.
        measurement: crate::domain::Measurement,
    },
    /// Removes a measurement.
    RemoveMeasurement(ItemId),
    /// Replaces the forecast's assumptions and scenarios.
    SetForecast(Box<crate::domain::forecast::Forecast>),
    /// Replaces the funnel's counts.
    SetFunnel(Vec<crate::domain::funnel::FunnelRow>),
    /// Several commands as one step; all apply or none.
    Batch(Vec<Command>),
    /// Gives back ids on undo of an insert (never below an id in use).
    SetNextId(u32),
    /// Replaces who presents the plan and how it looks (names, logos,
    /// accent colour).
    SetBranding(Box<crate::domain::branding::Branding>),
    /// Replaces the slides hidden and the comments on slides.
    SetSlides(crate::domain::deck::SlideSettings),
    /// Sets or removes a line's fee; its total moves with it
    /// ([`line_with_fee`]).
    SetLineFee {
        /// The line.
        line: ItemId,
        /// Time at a rate, or none.
        fee: Option<crate::domain::budget::Fee>,
    },
    /// Replaces lines (same ids) whole and at once (fees, parts, undo).
    ReplaceBudgetLines(Vec<BudgetLine>),
    /// Replaces the plan's rates; lines and actions on them follow.
    SetRates(Vec<crate::domain::budget::Rate>),
    /// Sets whether amounts include VAT, the rates and recovery.
    SetTax(crate::domain::budget::Tax),
    /// Replaces who produces what.
    SetProduction(Box<crate::domain::production::Production>),
    /// Sets the quote's number, dates and terms.
    SetQuote(crate::domain::quote::QuoteSettings),
}

/// Applies `command` to `plan` and returns the command that undoes it.
///
/// On error the plan is left exactly as it was.
pub fn apply(plan: &mut Plan, command: Command) -> Result<Command, CommandError> {
    Ok(match command {
        Command::SetName(name) => {
            if name.trim().is_empty() {
                return Err(CommandError::EmptyName);
            }
            check_len("name", &name, limits::NAME)?;
            Command::SetName(std::mem::replace(&mut plan.name, name))
        }
        Command::SetClient(text) => {
            check_len("client", &text, limits::SHORT_TEXT)?;
            Command::SetClient(std::mem::replace(&mut plan.client, text))
        }
        Command::SetSector(text) => {
            check_len("sector", &text, limits::SHORT_TEXT)?;
            Command::SetSector(std::mem::replace(&mut plan.sector, text))
        }
        Command::SetContext(text) => {
            check_len("context", &text, limits::LONG_TEXT)?;
            Command::SetContext(std::mem::replace(&mut plan.context, text))
        }
        Command::SetStrategy(text) => {
            check_len("strategy", &text, limits::LONG_TEXT)?;
            Command::SetStrategy(std::mem::replace(&mut plan.strategy, text))
        }
        Command::SetPeriod(period) => {
            check_date(period.start)?;
            check_date(period.end)?;
            if period.end < period.start {
                return Err(CommandError::PeriodReversed);
            }
            Command::SetPeriod(std::mem::replace(&mut plan.period, period))
        }
        Command::SetLanguage(lang) => {
            Command::SetLanguage(std::mem::replace(&mut plan.language, lang))
        }
        Command::SetBudgetTotal(total) => {
            if !total.is_in_range(&plan.currency) {
                return Err(CommandError::AmountOutOfRange);
            }
            let allocated = plan.budget.allocated();
            if total < allocated {
                return Err(CommandError::TotalBelowAllocated { allocated });
            }
            Command::SetBudgetTotal(std::mem::replace(&mut plan.budget.total, total))
        }
        Command::SetCurrency(currency) => {
            currency::rescale_money(plan, &currency)?;
            Command::SetCurrency(std::mem::replace(&mut plan.currency, currency))
        }
        Command::ReplacePlan(new_plan) => {
            Command::ReplacePlan(Box::new(std::mem::replace(plan, *new_plan)))
        }
        Command::InsertStrategyElement {
            index,
            element,
            links,
        } => objectives::insert_element(plan, index, element, links)?,
        Command::RemoveStrategyElement(id) => objectives::remove_element(plan, id)?,
        Command::SetStrategyNote(id, note) => objectives::set_element_note(plan, id, note)?,
        Command::InsertObjective {
            index,
            objective,
            links,
        } => objectives::insert_objective(plan, index, objective, links)?,
        Command::RemoveObjective(id) => objectives::remove_objective(plan, id)?,
        Command::EditObjective(id, edit) => objectives::edit_objective(plan, id, edit)?,
        Command::MoveObjective { id, to } => objectives::move_objective(plan, id, to)?,
        Command::InsertCustomKpi { index, kpi } => kpis::insert_custom_kpi(plan, index, kpi)?,
        Command::UpdateCustomKpi(kpi) => kpis::update_custom_kpi(plan, kpi)?,
        Command::RemoveCustomKpi(id) => kpis::remove_custom_kpi(plan, id)?,
        Command::InsertBudgetLine { index, line, links } => {
            budget::insert_line(plan, index, line, links)?
        }
        Command::RemoveBudgetLine(id) => budget::remove_line(plan, id)?,
        Command::EditBudgetLine(id, edit) => budget::edit_line(plan, id, edit)?,
        Command::SetCell {
            line,
            horizon,
            amount,
        } => budget::set_cell(plan, line, horizon, amount)?,
        Command::SetCellLocked {
            line,
            horizon,
            locked,
        } => budget::set_locked(plan, line, horizon, locked)?,
        Command::SetAllocation(amounts) => budget::set_allocation(plan, amounts)?,
        Command::SetPhasing { horizon, span } => budget::set_phasing(plan, horizon, span)?,
        Command::InsertAction { index, action } => timeline::insert(plan, index, *action)?,
        Command::RemoveAction(id) => timeline::remove(plan, id)?,
        Command::UpdateAction(action) => timeline::update(plan, *action)?,
        Command::InsertMeasurement { index, measurement } => {
            measurements::insert(plan, index, measurement)?
        }
        Command::RemoveMeasurement(id) => measurements::remove(plan, id)?,
        Command::SetForecast(f) => {
            check_forecast(&f)?;
            Command::SetForecast(Box::new(std::mem::replace(&mut plan.forecast, *f)))
        }
        Command::SetFunnel(rows) => {
            check_funnel(&rows)?;
            Command::SetFunnel(std::mem::replace(&mut plan.funnel, rows))
        }
        Command::Batch(commands) => apply_batch(plan, commands)?,
        Command::SetNextId(next) => ids::set_next_id(plan, next)?,
        Command::SetBranding(b) => branding::set_branding(plan, *b)?,
        Command::SetSlides(s) => branding::set_slides(plan, s)?,
        Command::SetLineFee { line, fee } => fees::set_line_fee(plan, line, fee)?,
        Command::ReplaceBudgetLines(lines) => fees::replace_lines(plan, lines)?,
        Command::SetRates(rates) => fees::set_rates(plan, rates)?,
        Command::SetTax(tax) => fees::set_tax(plan, tax)?,
        Command::SetProduction(p) => fees::set_production(plan, *p)?,
        Command::SetQuote(q) => fees::set_quote(plan, q)?,
    })
}

/// Applies every command in order; if one is refused, the ones already
/// applied are undone and the plan is as before.
fn apply_batch(plan: &mut Plan, commands: Vec<Command>) -> Result<Command, CommandError> {
    let mut inverses = Vec::with_capacity(commands.len());
    for command in commands {
        match apply(plan, command) {
            Ok(inverse) => inverses.push(inverse),
            Err(e) => {
                for inverse in inverses.into_iter().rev() {
                    // Each inverse applies to the state its command left.
                    let _ = apply(plan, inverse);
                }
                return Err(e);
            }
        }
    }
    inverses.reverse();
    Ok(Command::Batch(inverses))
}
