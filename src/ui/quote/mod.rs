//! The quote: the consultant's part of the plan as a printable page.
//! Placeholder until it is built.

use leptos::prelude::*;

/// The quote page.
#[component]
pub fn QuotePage() -> impl IntoView {}
