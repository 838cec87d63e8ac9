//! The presentation's settings on the plan's context page: who presents
//! (name, firm, logo), the client's logo, the accent colour, "my defaults"
//! for new plans, and which slides show with what comment.

use crate::{
    domain::{
        branding::{check_accent, AccentCheck, Branding, Logo, MAX_NAME},
        deck::{SlideKind, SlideSettings, MAX_NOTE},
        money::MoneyStyle,
        Command,
    },
    storage::browser,
    ui::{fields::TextField, state::Store, use_texts},
};
use leptos::prelude::*;

/// Which logo a picker sets.
#[derive(Clone, Copy, PartialEq)]
enum Which {
    Consultant,
    Client,
}

/// The card.
#[component]
pub fn BrandingForm() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let branding = store.select(|p| p.branding.clone());
    let message = RwSignal::new(None::<(String, bool)>);
    // Every change is the whole branding with one field changed.
    let set = move |change: &dyn Fn(&mut Branding)| {
        let mut b = branding.get_untracked();
        change(&mut b);
        store.send(Command::SetBranding(Box::new(b)))
    };
    let name_commit = move |field: fn(&mut Branding) -> &mut String| {
        Callback::new(move |text: String| set(&|b| *field(b) = text.clone()))
    };
    let label = move |f: fn(&crate::i18n::present::PresentTexts) -> &'static str| {
        Signal::derive(move || f(t().present()).to_string())
    };
    let accent_value = Signal::derive(move || {
        branding
            .get()
            .accent
            .unwrap_or_else(|| "#0b4f6c".to_string())
    });
    let on_accent = move |e: leptos::ev::Event| {
        let picked = event_target_value(&e);
        let lang = store.lang.get_untracked();
        let tt = crate::i18n::texts(lang).present();
        let Some(check) = check_accent(&picked) else {
            return;
        };
        let colour = check.colour().to_string();
        message.set(match &check {
            AccentCheck::Kept(_) => None,
            AccentCheck::Darkened { from, to, was } => Some((
                (tt.accent_darkened)(from, to, &crate::ui::format::number(*was, lang, 1)),
                false,
            )),
        });
        if let Some(err) = set(&|b| b.accent = Some(colour.clone())) {
            message.set(Some((err, true)));
        }
    };
    let save_defaults = move |_| {
        let tt = t().present();
        message.set(Some(
            match browser::save_branding_defaults(&branding.get_untracked()) {
                Ok(()) => (tt.defaults_saved.to_string(), false),
                Err(e) => ((t().err_storage)(&e), true),
            },
        ));
    };
    let apply_defaults = move |_| {
        let tt = t().present();
        message.set(Some(match browser::load_branding_defaults() {
            Some(d) => {
                let client_logo = branding.get_untracked().client_logo;
                match set(&|b| {
                    *b = Branding {
                        client_logo: client_logo.clone(),
                        ..d.clone()
                    }
                }) {
                    None => (tt.defaults_applied.to_string(), false),
                    Some(err) => (err, true),
                }
            }
            None => (tt.defaults_none.to_string(), true),
        }));
    };
    view! {
        <fieldset class="card branding-form" data-testid="branding-form">
            <legend>{move || t().present().form_title}</legend>
            <p class="hint">{move || t().present().form_intro}</p>
            <div class="grid-2">
                <TextField id="brand-consultant" label=label(|t| t.consultant)
                    value=Signal::derive(move || branding.get().consultant)
                    commit=name_commit(|b| &mut b.consultant) max_len=MAX_NAME/>
                <TextField id="brand-firm" label=label(|t| t.firm)
                    value=Signal::derive(move || branding.get().firm)
                    commit=name_commit(|b| &mut b.firm) max_len=MAX_NAME/>
                <LogoPicker which=Which::Consultant branding=branding.into()/>
                <LogoPicker which=Which::Client branding=branding.into()/>
                <div class="field">
                    <label for="brand-accent">{move || t().present().accent}</label>
                    <div class="accent-row">
                        <input id="brand-accent" data-testid="brand-accent" type="color"
                            aria-describedby="brand-accent-hint" prop:value=accent_value on:change=on_accent/>
                        <code data-testid="brand-accent-value">{accent_value}</code>
                        <button type="button" class="btn small" data-testid="brand-accent-reset"
                            on:click=move |_| { message.set(None); let _ = set(&|b| b.accent = None); }>
                            {move || t().present().accent_reset}
                        </button>
                    </div>
                    <p class="hint" id="brand-accent-hint">{move || t().present().accent_hint}</p>
                </div>
            </div>
            <p role="status" data-testid="brand-message"
                class=move || match message.get() { Some((_, true)) => "error", Some((_, false)) => "advice", None => "" }>
                {move || message.get().map(|(m, _)| m)}
            </p>
            <div class="form-actions">
                <button type="button" class="btn" data-testid="brand-defaults-save" on:click=save_defaults>{move || t().present().defaults_save}</button>
                <button type="button" class="btn" data-testid="brand-defaults-apply" on:click=apply_defaults>{move || t().present().defaults_apply}</button>
            </div>
            <SlideChoices/>
        </fieldset>
    }
}

/// A logo's preview, file picker and "remove", with the refusal beside it.
#[component]
fn LogoPicker(which: Which, branding: Signal<Branding>) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let error = RwSignal::new(None::<String>);
    let key = match which {
        Which::Consultant => "consultant",
        Which::Client => "client",
    };
    let id = format!("brand-{key}-logo");
    let current = Signal::derive(move || match which {
        Which::Consultant => branding.get().consultant_logo,
        Which::Client => branding.get().client_logo,
    });
    let put = move |logo: Option<Logo>| {
        let mut b = branding.get_untracked();
        match which {
            Which::Consultant => b.consultant_logo = logo,
            Which::Client => b.client_logo = logo,
        }
        error.set(store.send(Command::SetBranding(Box::new(b))));
    };
    let on_pick = move |e: leptos::ev::Event| {
        let Some(file) = browser::take_picked_file(&e) else {
            return;
        };
        let tt = t().present();
        // Refused by its size before it is read.
        if file.size() > (crate::domain::branding::MAX_LOGO_BYTES + 1) as f64 {
            let bytes = file.size() as usize;
            error.set(Some((tt.logo_error)(
                &crate::domain::branding::LogoError::TooLarge { bytes },
            )));
            return;
        }
        wasm_bindgen_futures::spawn_local(async move {
            let read = wasm_bindgen_futures::JsFuture::from(file.array_buffer()).await;
            match read {
                Ok(buffer) => match Logo::from_file(&js_sys::Uint8Array::new(&buffer).to_vec()) {
                    Ok(logo) => put(Some(logo)),
                    Err(e) => error.set(Some((tt.logo_error)(&e))),
                },
                Err(_) => error.set(Some(tt.logo_unreadable.to_string())),
            }
        });
    };
    let label = move || match which {
        Which::Consultant => t().present().consultant_logo,
        Which::Client => t().present().client_logo,
    };
    view! {
        <div class="field logo-field" class:invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>{label}</label>
            <div class="logo-row">
                {move || current.get().map(|logo| view! {
                    <img class="logo-preview" src=logo.data_url() alt="" data-testid=format!("brand-{key}-logo-preview")/>
                    <button type="button" class="btn small" data-testid=format!("brand-{key}-logo-remove")
                        on:click=move |_| put(None)>{move || t().present().logo_remove}</button>
                })}
                <input id=id.clone() data-testid=id.clone() type="file" accept="image/png,image/jpeg,image/svg+xml,.png,.jpg,.jpeg,.svg"
                    aria-describedby=format!("{id}-hint {id}-error") on:change=on_pick/>
            </div>
            <p class="hint" id=format!("{id}-hint")>{move || t().present().logo_hint}</p>
            <p class="error" id=format!("{id}-error") role="alert" data-testid=format!("{id}-error")>{move || error.get()}</p>
        </div>
    }
}

/// Which slides show, and a comment per slide.
#[component]
fn SlideChoices() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let settings = store.select(|p| p.slides.clone());
    let error = RwSignal::new(None::<String>);
    let send = move |s: SlideSettings| error.set(store.send(Command::SetSlides(s)));
    view! {
        <details class="slide-choices" data-testid="slide-choices">
            <summary>{move || t().present().slides_title}</summary>
            <p class="hint">{move || t().present().slides_intro}</p>
            <table class="slide-table">
                <thead><tr>
                    <th scope="col">{move || t().present().slide_shown}</th>
                    <th scope="col">{move || t().present().slide_note}</th>
                </tr></thead>
                <tbody>
                    {SlideKind::ALL.into_iter().map(|kind| {
                        let id = format!("slide-note-{}", kind.key());
                        view! {
                            <tr>
                                <td><label class="check">
                                    <input type="checkbox" data-testid=format!("slide-show-{}", kind.key())
                                        prop:checked=move || settings.get().shows(kind)
                                        on:change=move |e| send(settings.get_untracked().with_hidden(kind, !event_target_checked(&e)))/>
                                    " "{move || (t().present().slide_title)(kind)}
                                </label></td>
                                <td><input type="text" id=id.clone() data-testid=id.clone() maxlength=MAX_NOTE.to_string()
                                    aria-label=move || format!("{} · {}", t().present().slide_note, (t().present().slide_title)(kind))
                                    prop:value=move || settings.get().note(kind).unwrap_or_default().to_string()
                                    on:input=move |e| send(settings.get_untracked().with_note(kind, &event_target_value(&e)))/></td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            <p class="hint">{move || (t().present().slide_note_hint)(MAX_NOTE)}</p>
            <div class="field">
                <label for="money-style">{move || t().present().money_style}</label>
                <select id="money-style" data-testid="money-style" on:change=move |e| {
                    let style = if event_target_value(&e) == "swiss" { MoneyStyle::Swiss } else { MoneyStyle::Locale };
                    send(SlideSettings { money_style: style, ..settings.get_untracked() });
                }>
                    <option value="locale" selected=move || settings.get().money_style == MoneyStyle::Locale>{move || t().present().money_style_locale}</option>
                    <option value="swiss" selected=move || settings.get().money_style == MoneyStyle::Swiss>{move || t().present().money_style_swiss}</option>
                </select>
            </div>
            <p class="error" role="alert">{move || error.get()}</p>
        </details>
    }
}
