//! The pages' stylesheets, shipped with the pages' code.
//!
//! A first visit shows the library, styled by `style/main.css` (and
//! `style/print.css`), the only stylesheets `index.html` links. The
//! stylesheets of the plan's pages, the presentation and the share page are
//! compiled in here instead: only the code of those pages calls [`install`],
//! so in a split build (see `ui::perf::lazy`) the text comes with their chunk,
//! from the same cache, never out of step with the code it styles, and it
//! is there before their first render (no unstyled flash).
//!
//! They are adopted as a constructed stylesheet, after the linked ones as
//! they were linked before, so the cascade is unchanged; `print.css` is
//! repeated last so its print rules still come after the pages'. A
//! constructed stylesheet is not an inline `<style>`: the release build's
//! Content-Security-Policy (`style-src 'self'`) stays as strict as it is.

use leptos::prelude::document;
use std::sync::atomic::{AtomicBool, Ordering};

/// The pages' rules, in the order `index.html` linked them.
const CSS: &str = concat!(
    include_str!("../../../style/strategy.css"),
    include_str!("../../../style/budget.css"),
    include_str!("../../../style/kpis.css"),
    include_str!("../../../style/timeline.css"),
    include_str!("../../../style/actions.css"),
    include_str!("../../../style/gantt-drag.css"),
    include_str!("../../../style/dashboard.css"),
    include_str!("../../../style/present.css"),
    include_str!("../../../style/versions.css"),
    include_str!("../../../style/starters.css"),
    include_str!("../../../style/paste.css"),
    include_str!("../../../style/tax.css"),
    include_str!("../../../style/fees.css"),
    include_str!("../../../style/quote.css"),
    include_str!("../../../style/print.css"),
);

static INSTALLED: AtomicBool = AtomicBool::new(false);

/// Adds the pages' rules to the document, once.
pub fn install() {
    adopt_once(&INSTALLED, CSS);
}

/// Adopts a lazily loaded module's own rules once (`done` remembers it):
/// they come with the module's code, like the pages' rules above.
pub fn adopt_once(done: &AtomicBool, css: &str) {
    if done.swap(true, Ordering::Relaxed) {
        return;
    }
    let Ok(sheet) = web_sys::CssStyleSheet::new() else {
        return;
    };
    // Parsed by the browser, which skips a rule it does not know, as in a
    // linked file.
    let _ = sheet.replace_sync(css);
    let document = document();
    let adopted = document.adopted_style_sheets();
    adopted.push(&sheet);
    document.set_adopted_style_sheets(&adopted);
}
