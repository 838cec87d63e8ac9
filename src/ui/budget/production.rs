//! Who produces which kind of content: placeholder until it is built.

use leptos::prelude::*;

/// Who produces which kind of content.
#[component]
pub fn ProductionPanel() -> impl IntoView {}
