//! One version in the list: its name, when it was made, and what can be
//! done with it.

use super::changes::Changes;
use crate::{
    storage::Version,
    ui::{format, href, state::Store, use_texts},
};
use leptos::prelude::*;

/// A version with its actions; "Compare" opens what changed since, below it.
#[component]
pub(super) fn VersionItem(
    /// The version.
    version: Version,
    /// Asks to restore it (the card confirms first).
    on_restore: Callback<Version>,
    /// Asks for its share link.
    on_share: Callback<Version>,
    /// Asks to delete it (the card confirms first).
    on_delete: Callback<Version>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let vt = move || t().versions();
    let expanded = RwSignal::new(false);
    let made_at = version.made_at;
    let open_link = href(&format!("/share#{}", version.payload));
    // Each version's ids stay unique on the page.
    let diff_id = format!("version-diff-{}", made_at.timestamp_millis());
    let name = version.name.clone();
    let version = StoredValue::new(version);
    let with = move |f: Callback<Version>| move |_| f.run(version.get_value());

    view! {
        <li class="version-item" data-testid="version-item">
            <div class="version-row">
                <div class="version-main">
                    <span class="version-name" data-testid="version-name">{name}</span>
                    <span class="version-made" data-testid="version-made">
                        {move || (vt().made)(&format::datetime(made_at, store.lang.get()))}
                    </span>
                </div>
                <div class="version-actions">
                    <button type="button" class="btn small"
                        data-testid="version-compare" aria-expanded=move || expanded.get().to_string()
                        aria-controls=diff_id.clone() on:click=move |_| expanded.update(|e| *e = !*e)>
                        {move || vt().compare}
                    </button>
                    <a class="btn small" href=open_link target="_blank" rel="noopener" data-testid="version-open">
                        {move || vt().open}<span class="sr-only">" "{move || vt().new_tab}</span>
                    </a>
                    <button type="button" class="btn small" data-testid="version-share" on:click=with(on_share)>
                        {move || t().share.button}
                    </button>
                    <button type="button" class="btn small" data-testid="version-restore" on:click=with(on_restore)>
                        {move || vt().restore}
                    </button>
                    <button type="button" class="btn small danger-text" data-testid="version-delete" on:click=with(on_delete)>
                        {move || t().delete}
                    </button>
                </div>
            </div>
            <div id=diff_id>
                <Show when=move || expanded.get()>
                    <Changes version=version.get_value()/>
                </Show>
            </div>
        </li>
    }
}
