//! Values that follow an edit one frame late.
//!
//! An edit's own frame should show what the person is looking at: the cell
//! they typed in, its row and the totals. Views that summarise the whole
//! plan further down the page (the budget charts under the table, the list
//! of actions under the Gantt) are brought up to date right after that
//! frame is painted, in a task of their own, instead of holding it back.
//! `make bench` measures the difference (BENCHMARKS.md).

use leptos::prelude::*;
use std::time::Duration;

/// A signal that takes the value of `compute` once the frame after a change
/// of what `track` subscribes to has been painted. `compute` runs untracked
/// and returns `None` when what it reads is gone (the page was left before
/// the update ran); the signal then keeps its value.
pub fn deferred<T>(
    track: impl Fn() + 'static,
    compute: impl Fn() -> Option<T> + Clone + 'static,
) -> ReadSignal<T>
where
    T: Clone + Default + PartialEq + Send + Sync + 'static,
{
    let value = RwSignal::new(untrack(&compute).unwrap_or_default());
    // One update in flight at most: edits that come faster than frames are
    // folded into the next one.
    let pending = StoredValue::new(false);
    // The first run too: effects start asynchronously, so a change between
    // this call and that run would otherwise wait for the next one.
    Effect::new(move |_| {
        track();
        if pending.try_get_value() != Some(false) {
            return;
        }
        pending.set_value(true);
        let compute = compute.clone();
        request_animation_frame(move || {
            // A task queued from the frame's callback runs after its paint.
            set_timeout(
                move || {
                    if pending.try_set_value(false).is_some() {
                        return; // disposed with its page
                    }
                    if let Some(next) = untrack(&compute) {
                        if value.try_with_untracked(|v| *v != next) == Some(true) {
                            value.try_set(next);
                        }
                    }
                },
                Duration::ZERO,
            );
        });
    });
    value.read_only()
}
