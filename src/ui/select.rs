//! Reading slices of the open plan, and sending commands with the refusal
//! written for the person.

use crate::{
    domain::{Command, CommandError, Plan},
    ui::state::Store,
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

/// A signal that follows `read`, set only when its value changes: what
/// [`Store::watch`] does for a slice of the plan, for a value derived from
/// other memos. Below a memo, every memo and effect is checked each time one
/// of the memo's sources changes; below this signal nothing runs until the
/// value itself changes. It follows one effect run later than a memo would,
/// within the same update, before the frame is painted.
pub fn settle<T>(read: impl Fn() -> T + Send + Sync + 'static) -> Signal<T>
where
    T: PartialEq + Clone + Send + Sync + 'static,
{
    let value = RwSignal::new(untrack(&read));
    Effect::new(move |_| set_changed(value, read()));
    value.into()
}

/// Sets `signal` only when `value` differs: a signal that is set notifies
/// what reads it even with the same value (the store sets the undo and redo
/// buttons' signals and the save status on every keystroke).
pub fn set_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    signal.maybe_update(|v| {
        let changed = *v != value;
        if changed {
            *v = value;
        }
        changed
    });
}

/// A list built anew from borrowed items, taking each from the previous
/// list when it is equal there, at the same place, and cloning it
/// otherwise; `finish` tells whether anything differs.
pub struct Reuse<T> {
    old: std::vec::IntoIter<T>,
    out: Vec<T>,
    changed: bool,
}

impl<T: PartialEq + Clone> Reuse<T> {
    /// Starts from the previous list (`None` on the first run).
    pub fn new(old: Option<Vec<T>>) -> Self {
        let old = old.unwrap_or_default();
        Reuse {
            out: Vec::with_capacity(old.len()),
            old: old.into_iter(),
            changed: false,
        }
    }

    /// The next item of the new list.
    pub fn push(&mut self, item: &T) {
        match self.old.next() {
            Some(kept) if kept == *item => self.out.push(kept),
            _ => {
                self.changed = true;
                self.out.push(item.clone());
            }
        }
    }

    /// The new list, and whether it differs from the previous one.
    pub fn finish(mut self) -> (Vec<T>, bool) {
        let shorter = self.old.next().is_some();
        (self.out, self.changed || shorter)
    }
}

/// [`Reuse`] over a whole iterator.
pub fn reuse<'a, T: PartialEq + Clone + 'a>(
    old: Option<Vec<T>>,
    new: impl IntoIterator<Item = &'a T>,
) -> (Vec<T>, bool) {
    let mut next = Reuse::new(old);
    for item in new {
        next.push(item);
    }
    next.finish()
}
