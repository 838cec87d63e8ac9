//! The in-house workload, month by month: placeholder until it is built.

use leptos::prelude::*;

/// The in-house workload, month by month.
#[component]
pub fn WorkloadPanel() -> impl IntoView {}
