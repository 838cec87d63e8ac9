//! The floor: the smallest interactive Leptos 0.8 CSR app, a counter, with
//! the same `cap-interactive` performance mark as Cap (src/ui/mod.rs
//! `mark_interactive`) so a cold load is timed to the same point.

use leptos::prelude::*;

#[component]
fn App() -> impl IntoView {
    let count = RwSignal::new(0);
    mark_interactive();
    view! {
        <main>
            <h1>"Hello, world"</h1>
            <button type="button" on:click=move |_| count.update(|n| *n += 1)>
                "Clicked " {move || count.get()} " times"
            </button>
        </main>
    }
}

/// The same mark as Cap's, set on the frame after the first render.
fn mark_interactive() {
    request_animation_frame(|| {
        if let Some(perf) = window().performance() {
            let _ = perf.mark("cap-interactive");
        }
    });
}

fn main() {
    mount_to_body(App);
}
