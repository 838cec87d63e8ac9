//! Signals set only when their value changes.

use leptos::prelude::*;

/// A signal that follows `read`, set only when its value changes: what
/// [`Store::watch`](crate::ui::state::Store::watch) does for a slice of the
/// plan, for a value derived from other memos. Below a memo, every memo and effect is checked each time one
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
