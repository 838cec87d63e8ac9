//! Performance marks that `make bench` measures to (bench/web.mjs).

use leptos::prelude::*;

/// Sets the performance mark `name` in the next frame's callback, as that
/// frame paints what was just rendered, then runs `then`.
pub fn mark_next_frame(name: &'static str, then: impl FnOnce() + 'static) {
    request_animation_frame(move || {
        if let Some(perf) = window().performance() {
            let _ = perf.mark(name);
        }
        then();
    });
}
