//! The open plan as an editable PowerPoint deck, made in the browser, and a
//! deck's plan read back on import. The deck's code (its content from the
//! plan, and `storage::pptx`) is the split module `pptx`, fetched the first
//! time a deck is made or read (see `ui::perf::lazy`).

mod content;
mod figures;

use crate::{
    domain::{
        branding::{ImageType, Logo},
        Plan,
    },
    storage::{browser, envelope, pptx::DeckError},
    ui::{state::Store, use_texts},
};
use base64::{engine::general_purpose::STANDARD, Engine as _};
use leptos::{prelude::*, task::spawn_local};
use wasm_bindgen::JsCast;

/// The media type of a `.pptx`.
pub const PPTX_MIME: &str =
    "application/vnd.openxmlformats-officedocument.presentationml.presentation";

/// "Download as PowerPoint (.pptx)": the open plan's deck, carrying the
/// plan without its versions. A click while one is made is ignored; what
/// happens is said in a status line beside it (read out by screen readers).
#[component]
pub fn PptxButton(
    /// The button's test id.
    testid: &'static str,
    /// Extra classes of the button.
    #[prop(optional)]
    class: &'static str,
    /// In the presentation's bar: the short label (the full one is its
    /// accessible name), the status read out only but for a failure.
    #[prop(optional)]
    compact: bool,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let busy = RwSignal::new(false);
    let said = RwSignal::new(None::<(String, bool)>);
    let make = move |_| {
        if busy.get_untracked() {
            return;
        }
        let Some(plan) = store.with_plan(Plan::clone) else {
            return;
        };
        let tt = crate::i18n::texts(store.lang.get_untracked()).pptx();
        busy.set(true);
        said.set(Some((tt.making.to_string(), false)));
        let now = browser::now();
        spawn_local(async move {
            let name = envelope::file_name(&plan.name, now, "pptx");
            let text = envelope::encode(&plan, now, true);
            let b = &plan.branding;
            let logos = [
                logo_bytes(&b.client_logo).await,
                logo_bytes(&b.consultant_logo).await,
            ];
            let result = match make_deck(plan, now.date_naive(), text, logos).await {
                Ok(bytes) => browser::download_bytes(&name, &bytes, PPTX_MIME),
                Err(_) => Err(crate::i18n::texts(store.lang.get_untracked())
                    .code_load_failed
                    .to_string()),
            };
            busy.set(false);
            let (text, failed) = match result {
                Ok(()) => ((tt.done)(&name), false),
                Err(why) => ((tt.failed)(&why), true),
            };
            said.set(Some((text, failed)));
        });
    };
    let hint = format!("{testid}-hint");
    view! {
        <span class="pptx-action">
            <button type="button" class=format!("btn {class}") data-testid=testid
                aria-disabled=move || busy.get().to_string() aria-describedby=hint.clone()
                aria-label=move || compact.then(|| t().pptx().download)
                on:click=make>
                {move || if compact { t().pptx().short } else { t().pptx().download }}
            </button>
            <span id=hint class="sr-only">{move || t().pptx().hint}</span>
            <span role="status" class="pptx-status"
                class:sr-only=move || compact && !said.with(|s| s.as_ref().is_some_and(|s| s.1))
                class:error=move || said.with(|s| s.as_ref().is_some_and(|s| s.1))
                data-testid=format!("{testid}-status")>
                {move || said.get().map(|s| s.0)}
            </span>
        </span>
    }
}

/// A logo as the deck takes it: PNG and JPEG as they are, an SVG drawn to
/// a PNG by the browser (a slide shows a picture; an SVG alone is not one
/// for every Office). `None` when there is none or it cannot be drawn.
async fn logo_bytes(logo: &Option<Logo>) -> Option<Vec<u8>> {
    let logo = logo.as_ref()?;
    let bytes = STANDARD.decode(&logo.base64).ok()?;
    if logo.image_type != ImageType::Svg {
        return Some(bytes);
    }
    let img = web_sys::HtmlImageElement::new().ok()?;
    img.set_src(&logo.data_url());
    wasm_bindgen_futures::JsFuture::from(img.decode())
        .await
        .ok()?;
    // Drawn 800 pixels on its long side: sharp on a projector.
    let (w, h) = match (img.natural_width(), img.natural_height()) {
        (0, _) | (_, 0) => (800.0, 400.0),
        (w, h) => {
            let k = 800.0 / f64::from(w.max(h));
            (f64::from(w) * k, f64::from(h) * k)
        }
    };
    let canvas: web_sys::HtmlCanvasElement =
        document().create_element("canvas").ok()?.unchecked_into();
    canvas.set_width(w.round() as u32);
    canvas.set_height(h.round() as u32);
    let ctx: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").ok()??.unchecked_into();
    ctx.draw_image_with_html_image_element_and_dw_and_dh(&img, 0.0, 0.0, w, h)
        .ok()?;
    let url = canvas.to_data_url_with_type("image/png").ok()?;
    STANDARD.decode(url.split_once(',')?.1).ok()
}

/// Why a picked deck gives no plan, worded.
pub fn describe(e: &DeckError, lang: crate::domain::Lang) -> String {
    let t = crate::i18n::texts(lang).pptx();
    match e {
        DeckError::NotDeck => t.not_deck,
        DeckError::NoPlan => t.no_plan,
        DeckError::TooLarge => t.too_large,
    }
    .to_string()
}

/// The plan's export text inside a deck's bytes; `Err` when the deck's code
/// could not be fetched.
pub async fn deck_plan(bytes: Vec<u8>) -> Result<Result<String, DeckError>, ()> {
    read_deck(bytes).await.map_err(|_| ())
}

#[cfg(cap_split)]
#[leptos::wasm_split::wasm_split(pptx, wasm_split_path = ::leptos::wasm_split, fallible)]
fn make_deck(
    plan: Plan,
    today: chrono::NaiveDate,
    export: String,
    logos: [Option<Vec<u8>>; 2],
) -> Result<Vec<u8>, leptos::wasm_split::SplitLoaderError> {
    Ok(crate::storage::pptx::write(&content::build(
        &plan, today, export, logos,
    )))
}

#[cfg(not(cap_split))]
async fn make_deck(
    plan: Plan,
    today: chrono::NaiveDate,
    export: String,
    logos: [Option<Vec<u8>>; 2],
) -> Result<Vec<u8>, std::convert::Infallible> {
    Ok(crate::storage::pptx::write(&content::build(
        &plan, today, export, logos,
    )))
}

#[cfg(cap_split)]
#[leptos::wasm_split::wasm_split(pptx, wasm_split_path = ::leptos::wasm_split, fallible)]
fn read_deck(
    bytes: Vec<u8>,
) -> Result<Result<String, DeckError>, leptos::wasm_split::SplitLoaderError> {
    Ok(crate::storage::pptx::read_plan(&bytes))
}

#[cfg(not(cap_split))]
async fn read_deck(bytes: Vec<u8>) -> Result<Result<String, DeckError>, std::convert::Infallible> {
    Ok(crate::storage::pptx::read_plan(&bytes))
}
