//! "Freeze this version": a name, offered as "As presented on <today>",
//! and the button that stores the open plan under it.

use super::{Listed, Versions};
use crate::{
    storage::{browser, VersionError},
    ui::{format, use_texts},
};
use leptos::prelude::*;

/// The name field and the freeze button.
#[component]
pub(super) fn FreezeForm(
    /// The plan's versions.
    versions: Versions,
) -> impl IntoView {
    let store = versions.store;
    let t = use_texts();
    // `None` until the person types: the offered name then follows the
    // interface language.
    let typed = RwSignal::new(None::<String>);
    let offered =
        move || (t().versions().default_name)(&format::day_long(browser::now(), store.lang.get()));
    let name = move || typed.get().unwrap_or_else(offered);
    let name_error = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<String>);
    let unreadable = move || versions.listed.with(|l| !matches!(l, Listed::Read(_)));

    let submit = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let vt = t().versions();
        name_error.set(None);
        error.set(None);
        let name = typed.get_untracked().unwrap_or_else(|| untrack(offered));
        match versions.freeze(&name) {
            Some(Ok(version)) => {
                typed.set(None);
                store.toast((vt.frozen)(&version.name), None, false);
            }
            Some(Err(e @ VersionError::Name(_))) => name_error.set(Some(versions.describe(&e))),
            // The list says it cannot be read, and why.
            Some(Err(VersionError::Unreadable { .. })) | None => {}
            Some(Err(e)) => error.set(Some(versions.describe(&e))),
        }
    };

    view! {
        <form class="version-freeze" on:submit=submit novalidate>
            <div class="field" class:invalid=move || name_error.with(Option::is_some)>
                <label for="version-name">{move || t().versions().name_label}</label>
                <div class="version-freeze-row">
                    <input id="version-name" type="text" data-testid="version-name-input" autocomplete="off"
                        aria-describedby="version-name-hint version-name-error"
                        aria-invalid=move || name_error.with(Option::is_some).to_string()
                        prop:value=name
                        on:input=move |e| {
                            typed.set(Some(event_target_value(&e)));
                            name_error.set(None);
                        }/>
                    <button type="submit" class="btn primary" data-testid="version-freeze" disabled=unreadable>
                        {move || t().versions().freeze}
                    </button>
                </div>
                <p class="hint" id="version-name-hint">{move || t().versions().name_hint}</p>
                <p class="error" id="version-name-error" role="alert" data-testid="version-name-error">
                    {move || name_error.get()}
                </p>
            </div>
            <p class="error" role="alert" data-testid="version-freeze-error">{move || error.get()}</p>
        </form>
    }
}
