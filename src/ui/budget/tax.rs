//! The plan's tax settings and the totals on both bases, by producer: placeholder until it is built.

use leptos::prelude::*;

/// The plan's tax settings and the totals on both bases, by producer.
#[component]
pub fn TaxPanel() -> impl IntoView {}
