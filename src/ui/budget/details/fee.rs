//! A line's details: placeholder until this section is built.

use crate::domain::ItemId;
use leptos::prelude::*;

/// This section of a line's details.
#[component]
pub fn FeeSection(id: ItemId) -> impl IntoView {
    let _ = id;
}
