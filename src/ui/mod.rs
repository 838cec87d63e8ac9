//! Leptos components. They read the [`state::Store`] and send it commands.

pub mod branding;
pub mod budget;
pub mod crash;
pub mod dashboard;
pub mod dialog;
pub mod examples;
pub mod fields;
pub mod format;
pub mod import;
pub mod import_preview;
pub mod keep;
pub mod kpis;
pub mod library;
pub mod overview;
pub mod paste;
pub mod perf;
pub mod plan_layout;
pub mod pptx;
pub mod present;
pub mod quote;
pub mod share;
pub mod shell;
pub mod starters;
pub mod state;
pub mod strategy;
pub mod sync;
pub mod timeline;
pub mod versions;

use crate::i18n::Texts;
use leptos::prelude::*;
use leptos_router::{
    components::{ParentRoute, Route, Router, Routes},
    path,
};
use perf::lazy::lazy_page;
use state::Store;
use wasm_bindgen::{closure::Closure, JsCast};

/// The path the app is served under ("" at the root, "/cap" under a
/// sub-path), read from `<base href>` which Trunk's `--public-url` writes.
#[derive(Clone, Debug)]
pub struct Base(pub String);

fn base_path() -> String {
    let uri = document().base_uri().ok().flatten().unwrap_or_default();
    let path = web_sys::Url::new(&uri)
        .map(|u| u.pathname())
        .unwrap_or_default();
    path.trim_end_matches('/').to_string()
}

/// A link inside the app, with the base path in front.
pub fn href(path: &str) -> String {
    let base = use_context::<Base>().map(|b| b.0).unwrap_or_default();
    format!("{base}{path}")
}

/// The texts of the current language, reactively.
pub fn use_texts() -> impl Fn() -> &'static Texts + Copy {
    let store = expect_context::<Store>();
    move || crate::i18n::texts(store.lang.get())
}

/// The whole app: store, router, shell and pages.
#[component]
pub fn App() -> impl IntoView {
    let store = Store::open_storage();
    provide_context(store);
    let base = base_path();
    provide_context(Base(base.clone()));
    install_listeners(store);
    // The service worker once the first screen is up: its install fetches
    // every file of the site, which would compete with the first render. A
    // tab opened in the background registers it when first shown, as
    // animation frames wait until then.
    let worker_base = base.clone();
    // What `make bench` measures a cold load to: the first screen painted
    // and its handlers attached.
    // The sync, when a server is set, starts then too.
    perf::mark::mark_next_frame("cap-interactive", move || {
        register_service_worker(&worker_base);
        store.start_sync();
    });

    // Keep <html lang> and the title in the interface language.
    Effect::new(move |_| {
        let lang = store.lang.get();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", lang.code());
        }
        document().set_title(&format!("Cap · {}", crate::i18n::texts(lang).app_tagline));
    });

    view! {
        <Router base=base>
            <shell::Header/>
            <shell::Banners/>
            <main id="main" class="main" tabindex="-1">
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/") view=library::LibraryPage/>
                    <Route path=path!("/share") view=ShareRoute/>
                    <ParentRoute path=path!("/plan/:id") view=PlanRoute>
                        <Route path=path!("") view=OverviewRoute/>
                        <ParentRoute path=path!("strategy") view=StrategyRoute>
                            <Route path=path!("") view=ContextRoute/>
                            <Route path=path!("elements") view=ElementsRoute/>
                            <Route path=path!("objectives") view=ObjectivesStepRoute/>
                            <Route path=path!("smart") view=SmartRoute/>
                            <Route path=path!("summary") view=SummaryRoute/>
                        </ParentRoute>
                        <Route path=path!("objectives") view=ObjectivesRoute/>
                        <Route path=path!("budget") view=BudgetRoute/>
                        <Route path=path!("timeline") view=TimelineRoute/>
                        <Route path=path!("kpis") view=KpisRoute/>
                        <Route path=path!("dashboard") view=DashboardRoute/>
                        <Route path=path!("present") view=PresentRoute/>
                        <Route path=path!("quote") view=QuoteRoute/>
                    </ParentRoute>
                </Routes>
            </main>
            <shell::Toasts/>
        </Router>
    }
}

// Every page but the library (the first screen) is fetched on first use in
// release builds (see `perf::lazy`), in two modules: the plan's frame (which
// opens the plan of the URL) and pages together, with the plan code the
// library reaches through `state::PlanCode` and the pages' stylesheets
// (`perf::page_styles`); and the presentation with the shared view (what a
// client opening a share link needs). Two modules, not one per page: finer ones make tens of files
// to fetch and instantiate for one page (docs/performance.md).
lazy_page!(fn PlanRoute(plan) => view! { <plan_layout::PlanLayout/> });
lazy_page!(fn OverviewRoute(plan) => view! { <overview::OverviewPage/> });
lazy_page!(fn StrategyRoute(plan) => view! { <strategy::StrategyLayout/> });
lazy_page!(fn ContextRoute(plan) => view! { <strategy::ContextStep/> });
lazy_page!(fn ElementsRoute(plan) => view! { <strategy::ElementsStep/> });
lazy_page!(fn ObjectivesStepRoute(plan) => view! { <strategy::ObjectivesStep/> });
lazy_page!(fn SmartRoute(plan) => view! { <strategy::SmartStep/> });
lazy_page!(fn SummaryRoute(plan) => view! { <strategy::SummaryStep/> });
lazy_page!(fn ObjectivesRoute(plan) => view! { <strategy::ObjectivesPage/> });
lazy_page!(fn BudgetRoute(plan) => view! { <budget::BudgetPage/> });
lazy_page!(fn TimelineRoute(plan) => view! { <timeline::TimelinePage/> });
lazy_page!(fn KpisRoute(plan) => view! { <kpis::KpisPage/> });
lazy_page!(fn DashboardRoute(plan) => view! { <dashboard::DashboardPage/> });
lazy_page!(fn PresentRoute(present) => view! { <present::PresentPage/> });
lazy_page!(fn QuoteRoute(quote) => view! { <quote::QuotePage/> });
lazy_page!(fn ShareRoute(present) => view! { <share::SharePage/> });

#[component]
fn NotFound() -> impl IntoView {
    let t = use_texts();
    view! {
        <section class="page narrow">
            <h1>{move || t().page_not_found}</h1>
            <p><a href=href("/")>{move || t().back_to_library}</a></p>
        </section>
    }
}

/// Registers the service worker that keeps the app for offline use. Release
/// builds only: in development it would serve stale builds. A browser
/// without service workers (some private modes) simply works online.
fn register_service_worker(base: &str) {
    if cfg!(debug_assertions) {
        return;
    }
    let navigator = window().navigator();
    let supported = js_sys::Reflect::get(&navigator, &"serviceWorker".into())
        .is_ok_and(|v| !v.is_undefined() && !v.is_null());
    if supported {
        // The promise rejects on an insecure origin or a missing file; the
        // app works without it, so the rejection is left alone.
        let _ = navigator
            .service_worker()
            .register(&format!("{base}/sw.js"));
    }
}

/// Window-level listeners that live as long as the app: undo/redo keys,
/// other tabs' writes, and the save flush when the page is hidden or left.
fn install_listeners(store: Store) {
    let keys = window_event_listener(leptos::ev::keydown, move |e| {
        let ctrl = e.ctrl_key() || e.meta_key();
        if !ctrl || e.alt_key() {
            return;
        }
        match e.key().to_ascii_lowercase().as_str() {
            "z" if e.shift_key() => {
                e.prevent_default();
                store.redo();
            }
            "z" => {
                e.prevent_default();
                store.undo();
            }
            "y" => {
                e.prevent_default();
                store.redo();
            }
            _ => {}
        }
    });
    let storage = window_event_listener(leptos::ev::storage, move |e| {
        store.on_storage_event(e.key(), e.new_value());
    });
    let pagehide = window_event_listener(leptos::ev::pagehide, move |_| store.save_now());
    // `visibilitychange` fires on the document, not the window.
    let on_hidden = Closure::<dyn Fn()>::new(move || {
        if document().visibility_state() == web_sys::VisibilityState::Hidden {
            store.save_now();
        }
    });
    let _ = document()
        .add_event_listener_with_callback("visibilitychange", on_hidden.as_ref().unchecked_ref());
    // These listeners are meant to live for the whole page.
    on_hidden.forget();
    std::mem::forget((keys, storage, pagehide));
}
