//! The plan's rates (roles at a day or hour rate) and the consultant's rate card: placeholder until it is built.

use leptos::prelude::*;

/// The plan's rates (roles at a day or hour rate) and the consultant's rate card.
#[component]
pub fn RatesPanel() -> impl IntoView {}
