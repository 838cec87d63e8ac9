//! Pages whose code is fetched the first time they open (release builds).
//!
//! A first visit lands on the library; the budget, the timeline, the
//! calculators, the dashboard, the strategy wizard and the presentation are
//! most of the app's code and are not needed to show it. Built with
//! `--cfg cap_split` (the Makefile's release builds), each page declared with
//! [`lazy_page!`] is a split point of a named module: `tools/cap-split` moves
//! the code of each module, and whatever only it uses, into a wasm chunk of
//! its own (code that several modules share goes to small shared chunks), and
//! the first page of a module to open fetches it. Once fetched, a module is
//! kept for the page's life, so every page of it then renders at once. The
//! service worker keeps every chunk for offline use.
//!
//! Without the cfg (debug builds, the browser tests) a page renders
//! directly.

#[cfg(cap_split)]
use crate::ui::use_texts;
#[cfg(cap_split)]
use leptos::prelude::*;

/// Declares a route view `fn $name()` showing `$page`, whose code goes to
/// the split module `$chunk` in split builds. Pages that share most of
/// their code share a module: one fetch instead of many small shared chunks.
macro_rules! lazy_page {
    ($(#[$meta:meta])* $vis:vis fn $name:ident($chunk:ident) => $page:expr) => {
        $(#[$meta])*
        #[allow(non_snake_case)]
        $vis fn $name() -> impl ::leptos::prelude::IntoView {
            #[cfg(cap_split)]
            {
                #[::leptos::wasm_split::wasm_split(
                    $chunk,
                    wasm_split_path = ::leptos::wasm_split,
                    fallible
                )]
                fn $name() -> ::std::result::Result<
                    ::leptos::prelude::AnyView,
                    ::leptos::wasm_split::SplitLoaderError,
                > {
                    Ok(::leptos::prelude::IntoAny::into_any($page))
                }
                $crate::ui::perf::lazy::show($name())
            }
            #[cfg(not(cap_split))]
            {
                ::leptos::prelude::IntoAny::into_any($page)
            }
        }
    };
}
pub(crate) use lazy_page;

/// The page once its chunk is there: at once when it already is (the first
/// poll of the load finds it done), else a quiet loading line for the few
/// milliseconds of the fetch. A chunk that cannot be fetched (offline before
/// the service worker kept it, or a host that has replaced this build) says
/// so with a reload button, instead of stopping the app; nothing stored is
/// touched.
#[cfg(cap_split)]
pub fn show(
    page: impl std::future::Future<Output = Result<AnyView, leptos::wasm_split::SplitLoaderError>>
        + 'static,
) -> AnyView {
    use leptos::__reexports::send_wrapper::SendWrapper;
    let t = use_texts();
    let page = SendWrapper::new(async move {
        match page.await {
            Ok(view) => view,
            Err(_) => load_failed().into_any(),
        }
    });
    view! {
        <Suspense fallback=move || view! {
            <p class="page-loading muted" role="status">{move || t().page_loading}</p>
        }>
            {Suspend::new(page)}
        </Suspense>
    }
    .into_any()
}

/// What a page that could not be fetched shows instead.
#[cfg(cap_split)]
pub fn load_failed() -> impl IntoView {
    let t = use_texts();
    view! {
        <section class="page narrow load-failed" data-testid="page-load-failed">
            <p class="error" role="alert">{move || t().page_load_failed}</p>
            <button type="button" class="btn primary" on:click=|_| {
                let _ = window().location().reload();
            }>{move || t().page_reload}</button>
        </section>
    }
}
