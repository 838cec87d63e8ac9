//! Presentation mode: the plan as a deck of 16:9 slides that always fit the
//! screen (a 1600x900 design box scaled to the window, long content cut into
//! continuation slides by `domain::deck`), with arrow keys, full screen (F),
//! an overview of every slide (O) and a progress mark; no editing controls.
//! Printed, the page is the report instead (see [`report`]): a cover, then
//! every section on A4, numbered.

pub(crate) mod budget;
pub(crate) mod cover;
pub(crate) mod production;
pub mod report;
pub(crate) mod sections;
mod slide;
mod stage;

pub use report::Report;

use crate::{
    domain::deck,
    ui::{state::Store, use_texts},
};
use leptos::{html, prelude::*};
use leptos_router::{hooks::use_navigate, NavigateOptions};
use slide::SlideView;

/// The presentation page: the deck on screen, the report on paper.
#[component]
pub fn PresentPage() -> impl IntoView {
    view! {
        <Deck/>
        <div class="print-only">
            <Report/>
        </div>
    }
}

/// The slides of the open plan, as a document (one below the other, for a
/// shared plan's read-only view) or as the deck.
#[component]
pub fn Slides(
    /// The report, with no presentation controls.
    document: bool,
) -> impl IntoView {
    if document {
        view! { <Report cover_first=true/> }.into_any()
    } else {
        view! { <PresentPage/> }.into_any()
    }
}

/// The deck: one slide at a time on a scaled stage.
#[component]
fn Deck() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let slides = store.select(deck::slides);
    let count = Memo::new(move |_| slides.with(Vec::len).max(1));
    let current = RwSignal::new(0usize);
    let overview = RwSignal::new(false);
    let full = RwSignal::new(false);
    let scale = RwSignal::new(1.0f64);
    let root = NodeRef::<html::Section>::new();
    let viewport = NodeRef::<html::Div>::new();
    let stage_ref = NodeRef::<html::Div>::new();
    let navigate = StoredValue::new_local(use_navigate());

    let go = move |i: usize| {
        current.set(i.min(count.get_untracked() - 1));
        overview.set(false);
    };
    let next = move || go(current.get_untracked() + 1);
    let prev = move || go(current.get_untracked().saturating_sub(1));
    let leave = move || {
        // Back to the page the presentation was opened from.
        if window()
            .history()
            .ok()
            .and_then(|h| h.length().ok())
            .unwrap_or(0)
            > 1
        {
            let _ = window().history().and_then(|h| h.back());
        } else if let Some(id) = store.current_id() {
            navigate.with_value(|n| n(&format!("/plan/{id}"), NavigateOptions::default()));
        }
    };
    let toggle_full = move || {
        if document().fullscreen_element().is_some() {
            document().exit_fullscreen();
        } else if let Some(el) = root.get_untracked() {
            let _ = el.request_fullscreen();
        }
    };
    let rescale = move || {
        if let Some(v) = viewport.get_untracked() {
            let (w, h) = (f64::from(v.client_width()), f64::from(v.client_height()));
            if w > 0.0 && h > 0.0 {
                scale.set(stage::scale_for(w, h));
            }
        }
    };
    let refit = move || {
        if let Some(s) = stage_ref.get_untracked() {
            stage::fit_later(s.into());
        }
    };

    let keys = window_event_listener(leptos::ev::keydown, move |e| {
        if e.ctrl_key() || e.meta_key() || e.alt_key() {
            return;
        }
        match e.key().as_str() {
            "ArrowRight" | "ArrowDown" | "PageDown" | " " => {
                e.prevent_default();
                next();
            }
            "ArrowLeft" | "ArrowUp" | "PageUp" => {
                e.prevent_default();
                prev();
            }
            "Home" => go(0),
            "End" => go(usize::MAX),
            "f" | "F" => toggle_full(),
            "o" | "O" => overview.update(|o| *o = !*o),
            "Escape" if overview.get_untracked() => overview.set(false),
            "Escape" if full.get_untracked() => {}
            "Escape" => leave(),
            _ => {}
        }
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| rescale());
    let fullscreen = window_event_listener(
        leptos::ev::Custom::<web_sys::Event>::new("fullscreenchange"),
        move |_| {
            full.set(document().fullscreen_element().is_some());
            request_animation_frame(rescale);
        },
    );
    on_cleanup(move || {
        keys.remove();
        resize.remove();
        fullscreen.remove();
    });
    if let Some(body) = document().body() {
        let _ = body.class_list().add_1("presenting");
    }
    on_cleanup(|| {
        if let Some(body) = document().body() {
            let _ = body.class_list().remove_1("presenting");
        }
    });
    // The stage's scale once laid out; each slide fitted when shown (a
    // hidden slide has no size to measure), every one in the overview.
    Effect::new(move |_| {
        viewport.track();
        request_animation_frame(rescale);
    });
    Effect::new(move |_| {
        current.track();
        overview.track();
        slides.track();
        refit();
    });
    let accent = store.select(|p| p.branding.accent.clone());

    view! {
        <section class="deck" class:overview=move || overview.get() node_ref=root
            data-testid="presentation" aria-roledescription="carousel"
            aria-label=move || t().present().deck_label
            style:--deck-accent=move || accent.get()>
            <div class="deck-bar">
                <span class="muted hint">{move || t().present().hint}</span>
                <span data-testid="slide-number" aria-live="polite">
                    {move || (t().dashboard().slide_of)(current.get() + 1, count.get())}
                </span>
                <button type="button" class="btn small" data-testid="slide-prev" on:click=move |_| prev()>{move || t().dashboard().previous}</button>
                <button type="button" class="btn small" data-testid="slide-next" on:click=move |_| next()>{move || t().dashboard().next}</button>
                <button type="button" class="btn small" data-testid="deck-overview" aria-pressed=move || overview.get().to_string()
                    on:click=move |_| overview.update(|o| *o = !*o)>
                    {move || if overview.get() { t().present().overview_close } else { t().present().overview }}
                </button>
                <button type="button" class="btn small" data-testid="deck-fullscreen" on:click=move |_| toggle_full()>
                    {move || if full.get() { t().present().exit_fullscreen } else { t().present().fullscreen }}
                </button>
                <button type="button" class="btn small" data-testid="present-print" on:click=move |_| { let _ = window().print(); }>{move || t().dashboard().print}</button>
                <crate::ui::pptx::PptxButton testid="pptx-present" class="small" compact=true/>
                <button type="button" class="btn small primary" data-testid="present-leave" on:click=move |_| leave()>{move || t().dashboard().leave}</button>
            </div>
            <div class="deck-viewport" node_ref=viewport data-testid="deck-viewport">
                <div class="deck-frame" style:width=move || format!("{}px", stage::WIDTH * scale.get())
                    style:height=move || format!("{}px", stage::HEIGHT * scale.get())>
                    <div class="deck-stage" node_ref=stage_ref data-testid="stage"
                        style:transform=move || format!("scale({})", scale.get())>
                        {move || {
                            let all = slides.get();
                            let n = all.len();
                            all.into_iter().enumerate().map(|(i, s)| view! {
                                <SlideView slide=s index=i count=n
                                    current=Signal::derive(move || current.get() == i)
                                    overview=overview.into() on_pick=Callback::new(go)/>
                            }).collect_view()
                        }}
                    </div>
                </div>
            </div>
        </section>
    }
}
