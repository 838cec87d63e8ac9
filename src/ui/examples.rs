//! The example plans offered in the library: each one, loaded, becomes a
//! new plan of the library. Their content is fetched on first use in split
//! builds (see `ui::perf::lazy`).

use crate::{
    i18n::texts,
    ui::{state::Store, use_texts},
};
use leptos::prelude::*;
use leptos_router::{hooks::use_navigate, NavigateOptions};

/// The example plans: each one, loaded, becomes a new plan of the library.
#[component]
pub fn Examples(open: bool) -> impl IntoView {
    use crate::domain::examples::Example;
    let store = expect_context::<Store>();
    let t = use_texts();
    let navigate = StoredValue::new_local(use_navigate());
    let error = RwSignal::new(None::<String>);
    let load = move |which: Example| {
        let lang = store.lang.get_untracked();
        let today = crate::storage::browser::now().date_naive();
        error.set(None);
        leptos::task::spawn_local(async move {
            let plan = match build_example(which, lang, today).await {
                Ok(plan) => plan,
                Err(_) => return error.set(Some(texts(lang).example_load_failed.to_string())),
            };
            store.plan_code_or(
                move |code| match (code.add_plan)(&store, &plan) {
                    Ok(id) => {
                        store.toast((texts(lang).example_loaded)(&plan.name), None, false);
                        navigate.with_value(|n| {
                            n(&format!("/plan/{id}/dashboard"), NavigateOptions::default())
                        });
                    }
                    Err(e) => error.set(Some(e)),
                },
                move |why| error.set(Some(why)),
            );
        });
    };
    view! {
        <details class="examples" open=open data-testid="examples">
            <summary><h2>{move || t().examples_title}</h2></summary>
            <p class="muted">{move || t().examples_intro}</p>
            <ul class="example-grid">
                {Example::ALL.into_iter().enumerate().map(|(i, which)| view! {
                    <li class="example-card">
                        <h3>{move || which.describe(store.lang.get()).0}</h3>
                        <p>{move || which.describe(store.lang.get()).1}</p>
                        <button type="button" class="btn primary small" data-testid=format!("example-{i}") on:click=move |_| load(which)>
                            {move || t().start_example}
                        </button>
                    </li>
                }).collect_view()}
            </ul>
            <p class="error" role="alert">{move || error.get()}</p>
        </details>
    }
}

/// An example plan. Its texts and figures are only needed when one is
/// picked, so split builds fetch them then (see `ui::perf::lazy`); a failed
/// fetch is reported beside the examples.
#[cfg(cap_split)]
#[leptos::wasm_split::wasm_split(examples, wasm_split_path = ::leptos::wasm_split, fallible)]
fn build_example(
    which: crate::domain::examples::Example,
    lang: crate::domain::Lang,
    today: chrono::NaiveDate,
) -> Result<crate::domain::Plan, leptos::wasm_split::SplitLoaderError> {
    Ok(crate::domain::examples::build(which, lang, today))
}

#[cfg(not(cap_split))]
async fn build_example(
    which: crate::domain::examples::Example,
    lang: crate::domain::Lang,
    today: chrono::NaiveDate,
) -> Result<crate::domain::Plan, std::convert::Infallible> {
    Ok(crate::domain::examples::build(which, lang, today))
}
