//! What views do with the open plan: read slices of it (memos, or signals
//! set only on change), and send it commands, a refusal coming back written
//! for the person.

use super::Store;
use crate::{
    domain::{Command, CommandError, Plan},
    ui::perf::settle,
};
use leptos::prelude::*;

impl Store {
    /// A memo of one slice of the open plan (the default when none is
    /// open). Views read slices, so an edit re-renders only what it changed.
    pub fn select<T>(&self, f: impl Fn(&Plan) -> T + Send + Sync + 'static) -> Memo<T>
    where
        T: PartialEq + Default + Clone + Send + Sync + 'static,
    {
        let current = self.current;
        Memo::new(move |_| current.with(|c| c.as_ref().map(|o| f(&o.plan)).unwrap_or_default()))
    }

    /// A slice of the open plan for a view that many others read (a row of
    /// a table, and its cells): a signal set when the slice changes, not a
    /// memo. On every edit each memo over the plan is rerun, and every
    /// memo and effect below it is checked, each of them running to find
    /// that nothing changed; below this signal nothing runs until it is set.
    pub fn watch<T>(&self, f: impl Fn(&Plan) -> T + Send + Sync + 'static) -> Signal<T>
    where
        T: PartialEq + Default + Clone + Send + Sync + 'static,
    {
        let current = self.current;
        settle(move || current.with(|c| c.as_ref().map(|o| f(&o.plan)).unwrap_or_default()))
    }

    /// Reads the open plan without subscribing (event handlers).
    pub fn with_plan<T>(&self, f: impl FnOnce(&Plan) -> T) -> Option<T> {
        self.current
            .with_untracked(|c| c.as_ref().map(|o| f(&o.plan)))
    }

    /// Sends a command; a refusal comes back as the sentence to show beside
    /// the field that sent it.
    pub fn send(&self, command: Command) -> Option<String> {
        let error = self.dispatch(command).err()?;
        self.send_error(error)
    }

    /// The sentence for a refused command, with amounts in the plan's
    /// currency where the refusal has one.
    pub fn send_error(&self, error: CommandError) -> Option<String> {
        let lang = self.lang.get_untracked();
        let t = crate::i18n::texts(lang);
        let mut message = (t.plan().err_command)(&error);
        let currency = self.with_plan(|p| p.currency.clone()).unwrap_or_default();
        let money = |m| crate::ui::format::money(m, &currency, lang);
        match error {
            CommandError::TotalBelowAllocated { allocated } => {
                message = format!("{message} ({})", money(allocated));
            }
            CommandError::OverBudget { excess } => {
                message = (t.budget().over_budget)(&money(excess))
            }
            CommandError::LockedAboveTotal { locked } => {
                message = (t.budget().locked_above_total)(&money(locked))
            }
            _ => {}
        }
        Some(message)
    }

    /// The next free item id of the open plan.
    pub fn next_item_id(&self) -> crate::domain::ItemId {
        crate::domain::ItemId(self.with_plan(|p| p.next_id).unwrap_or(1))
    }
}
