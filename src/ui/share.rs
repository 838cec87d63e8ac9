//! Share links: the button and dialog that make one, and the `/share` page
//! that opens one read-only with "save a copy to my plans".

use crate::{
    storage::{
        share::{self, Share, MAX_LINK_CHARS},
        PlanId,
    },
    ui::{dialog::Modal, format, href, present::Slides, state::Store, use_texts, Base},
};
use leptos::{html, prelude::*};
use leptos_router::{hooks::use_navigate, NavigateOptions};

/// What the share dialog shows: the link, or why there is none.
#[derive(Clone, Debug, PartialEq)]
pub enum Made {
    /// The whole link, to copy.
    Link(String),
    /// The payload would be this many characters, too many for a link.
    TooLong(usize),
    /// Why no link could be made.
    Failed(String),
}

impl Made {
    /// What the dialog shows for `share`: its link under the app's `base` path.
    pub fn of(share: Share, base: &str) -> Made {
        match share {
            Share::Link(payload) => {
                let origin = window().location().origin().unwrap_or_default();
                Made::Link(format!("{origin}{base}/share#{payload}"))
            }
            Share::TooLong(n) => Made::TooLong(n),
        }
    }
}

/// "Share link" for the plan `id`: a dialog with the link to copy, or, for
/// a plan too large for a link, its size and the `.json` file instead.
#[component]
pub fn ShareButton(
    /// The plan to share.
    id: PlanId,
    /// `data-testid` of the button.
    #[prop(into)]
    testid: String,
    /// A small button (in a plan card's row of actions).
    #[prop(optional)]
    small: bool,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let open = RwSignal::new(false);
    let made = RwSignal::new(None::<Made>);
    let base = use_context::<Base>().map(|b| b.0).unwrap_or_default();
    let id = StoredValue::new(id);
    let base = StoredValue::new(base);
    let make = move |_| {
        store.plan_code_or(
            move |code| {
                made.set(Some(match (code.share)(&store, &id.get_value()) {
                    Ok(share) => Made::of(share, &base.get_value()),
                    Err(e) => Made::Failed(e),
                }));
                open.set(true);
            },
            move |why| {
                made.set(Some(Made::Failed(why)));
                open.set(true);
            },
        );
    };
    let download = Callback::new(move |()| {
        store.plan_code_then(move |code| (code.export_plan)(&store, &id.get_value()));
    });
    view! {
        <button type="button" class="btn" class:small=small data-testid=testid on:click=make>
            {move || t().share.button}
        </button>
        <ShareDialog open=open made=made title=Signal::derive(move || t().share.title.to_string())
            testid="share-dialog" download=download/>
    }
}

/// The dialog of a share link: the link to copy, or, for a plan too large
/// for a link, its size and `download` (its `.json` file) instead.
#[component]
pub fn ShareDialog(
    /// Shows the dialog while true.
    open: RwSignal<bool>,
    /// What it shows.
    made: RwSignal<Option<Made>>,
    /// Heading.
    #[prop(into)]
    title: Signal<String>,
    /// `data-testid` of the dialog.
    #[prop(into)]
    testid: String,
    /// Downloads the plan's `.json` file, offered when the link is too long.
    download: Callback<()>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    view! {
        <Modal open=open title=title testid=testid>
            {move || {
                let t = t();
                let lang = store.lang.get();
                match made.get() {
                    Some(Made::Link(link)) => {
                        // Made afresh with each link: "copied" is about this one.
                        let copied = RwSignal::new(None::<bool>);
                        let area = NodeRef::<html::Textarea>::new();
                        let text = link.clone();
                        let copy = move |_| {
                            if let Some(a) = area.get_untracked() {
                                a.select();
                            }
                            let promise = window().navigator().clipboard().write_text(&text);
                            wasm_bindgen_futures::spawn_local(async move {
                                let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                                copied.set(Some(ok));
                            });
                        };
                        view! {
                            <p>{t.share.intro}</p>
                            <div class="field">
                                <label for="share-link">{t.share.link_label}</label>
                                <textarea id="share-link" node_ref=area data-testid="share-link" readonly rows="4"
                                    class="share-link" on:focus=move |e| {
                                        use wasm_bindgen::JsCast;
                                        if let Some(a) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
                                            a.select();
                                        }
                                    }>{link.clone()}</textarea>
                                <p class="hint" data-testid="share-length">{(t.share.length)(&format::number(link.len() as f64, lang, 0))}</p>
                            </div>
                            <p role="status" data-testid="share-copied" class=move || match copied.get() { Some(true) => "advice ok", Some(false) => "error", None => "" }>
                                {move || copied.get().map(|ok| if ok { t.share.copied } else { t.share.copy_failed })}
                            </p>
                            <div class="dialog-actions">
                                <button type="button" class="btn" on:click=move |_| open.set(false)>{t.close}</button>
                                <button type="button" class="btn primary" data-testid="share-copy" on:click=copy>{t.share.copy}</button>
                            </div>
                        }.into_any()
                    }
                    Some(Made::TooLong(n)) => view! {
                        <p class="error" data-testid="share-too-long">
                            {(t.share.too_long)(&format::number(n as f64, lang, 0), &format::number(MAX_LINK_CHARS as f64, lang, 0))}
                        </p>
                        <div class="dialog-actions">
                            <button type="button" class="btn" on:click=move |_| open.set(false)>{t.close}</button>
                            <button type="button" class="btn primary" data-testid="share-download" on:click=move |_| {
                                download.run(());
                                open.set(false);
                            }>{t.export_json}</button>
                        </div>
                    }.into_any(),
                    Some(Made::Failed(e)) => view! {
                        <p class="error">{e}</p>
                        <div class="dialog-actions">
                            <button type="button" class="btn" on:click=move |_| open.set(false)>{t.close}</button>
                        </div>
                    }.into_any(),
                    None => ().into_any(),
                }
            }}
        </Modal>
    }
}

/// `/share#cap1.…`: the plan of the link, read-only, with "save a copy".
/// Nothing is written until the person asks; a link that cannot be read
/// says why and leaves every saved plan as it was.
#[component]
pub fn SharePage() -> impl IntoView {
    crate::ui::perf::page_styles::install();
    let store = expect_context::<Store>();
    let t = use_texts();
    let navigate = use_navigate();
    let hash = window().location().hash().unwrap_or_default();
    let error = match share::decode(&hash) {
        Ok(loaded) => (!store.open_shared(loaded.plan)).then_some(Err(())),
        Err(e) => Some(Ok(e)),
    };
    // Another link pasted into the address bar only changes the fragment:
    // read it afresh. (The skip link moves the focus without a fragment.)
    let reload = window_event_listener(leptos::ev::hashchange, move |_| {
        if window().location().hash().unwrap_or_default() != hash {
            let _ = window().location().reload();
        }
    });
    on_cleanup(move || {
        reload.remove();
        if store.shared.get_untracked() {
            store.close();
        }
    });
    if let Some(e) = error {
        let message = move || {
            let t = t();
            match &e {
                // The open plan could not be saved: it stays open.
                Err(()) => t.banner_quota.to_string(),
                Ok(e) => (t.share.error)(e)
                    .map(str::to_string)
                    .unwrap_or_else(|| match e {
                        share::ShareError::Load(l) => (t.load().err_load)(l),
                        other => other.to_string(),
                    }),
            }
        };
        return view! {
            <section class="page narrow" data-testid="share-error">
                <h1>{move || t().share.error_title}</h1>
                <p class="error" role="alert" data-testid="share-error-message">{message}</p>
                <p class="muted">{move || t().share.error_hint}</p>
                <p><a href=href("/")>{move || t().back_to_library}</a></p>
            </section>
        }
        .into_any();
    }
    let save_error = RwSignal::new(None::<String>);
    let save = move |_| {
        let name = store
            .current
            .with_untracked(|c| c.as_ref().map(|o| o.plan.name.clone()))
            .unwrap_or_default();
        match store.save_shared_copy() {
            Ok(id) => {
                store.toast((t().share.saved)(&name), None, false);
                navigate(&format!("/plan/{id}"), NavigateOptions::default());
            }
            Err(e) => save_error.set(Some(e)),
        }
    };
    view! {
        <section class="share-page" data-testid="share-page">
            <div class="banner info share-banner" role="region" aria-labelledby="share-banner-title" data-testid="share-banner">
                <div>
                    <strong id="share-banner-title">{move || t().share.banner_title}</strong>
                    <p>{move || t().share.banner_body}</p>
                    <p class="error" role="alert" data-testid="share-save-error">{move || save_error.get()}</p>
                </div>
                <button type="button" class="btn primary" data-testid="share-save-copy" on:click=save>
                    {move || t().share.save_copy}
                </button>
            </div>
            <Slides document=true/>
        </section>
    }
    .into_any()
}
