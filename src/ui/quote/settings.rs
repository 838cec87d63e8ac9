//! The quote's number, dates and terms, edited on screen (each change one
//! `Command::SetQuote`, typing merged into one undo step) and printed as
//! plain text on the sheet.

use crate::{
    domain::{quote::QuoteSettings, validate::limits, Command},
    ui::{
        fields::{Commit, TextField},
        state::Store,
        use_texts,
    },
};
use chrono::NaiveDate;
use leptos::prelude::*;

/// Sends the settings as `change` makes them from the current ones.
fn send(store: Store, change: impl FnOnce(&mut QuoteSettings)) -> Option<String> {
    let mut next = store.with_plan(|p| p.quote.clone())?;
    change(&mut next);
    store.send(Command::SetQuote(next))
}

/// The form above the sheet (not printed).
#[component]
pub fn QuoteSettingsForm() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let settings = store.select(|p| p.quote.clone());
    let number: Commit = Callback::new(move |text: String| send(store, |q| q.number = text));
    let terms: Commit = Callback::new(move |text: String| send(store, |q| q.terms = text));
    view! {
        <section class="card quote-settings" data-testid="quote-settings" aria-labelledby="quote-settings-title">
            <h2 id="quote-settings-title">{move || t().quote().settings_title}</h2>
            <div class="quote-settings-grid">
                <TextField id="quote-number" label=Signal::derive(move || t().quote().number.to_string())
                    hint=Signal::derive(move || Some(t().quote().number_hint.to_string()))
                    value=Signal::derive(move || settings.get().number) commit=number max_len=limits::SHORT_TEXT/>
                <OptionalDate id="quote-issued" label=Signal::derive(move || t().quote().issued.to_string())
                    hint=Signal::derive(move || t().quote().issued_hint.to_string())
                    value=Signal::derive(move || settings.get().issued)
                    commit=Callback::new(move |d| send(store, |q| q.issued = d))/>
                <OptionalDate id="quote-valid-until" label=Signal::derive(move || t().quote().valid_until.to_string())
                    hint=Signal::derive(move || t().quote().valid_hint.to_string())
                    value=Signal::derive(move || settings.get().valid_until)
                    commit=Callback::new(move |d| send(store, |q| q.valid_until = d))/>
            </div>
            <TextField id="quote-terms" label=Signal::derive(move || t().quote().terms.to_string())
                hint=Signal::derive(move || Some(t().quote().terms_hint.to_string()))
                value=Signal::derive(move || settings.get().terms) commit=terms multiline=true
                max_len=limits::LONG_TEXT/>
        </section>
    }
}

/// A date that may be left empty: cleared, it is `None`.
#[component]
fn OptionalDate(
    id: &'static str,
    label: Signal<String>,
    hint: Signal<String>,
    value: Signal<Option<NaiveDate>>,
    commit: Callback<Option<NaiveDate>, Option<String>>,
) -> impl IntoView {
    let t = use_texts();
    let error = RwSignal::new(None::<String>);
    let on_change = move |e: leptos::ev::Event| {
        let text = event_target_value(&e);
        let text = text.trim();
        error.set(if text.is_empty() {
            commit.run(None)
        } else {
            match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
                Ok(d) => commit.run(Some(d)),
                Err(_) => Some(t().quote().bad_date.to_string()),
            }
        });
    };
    view! {
        <div class="field" class:invalid=move || error.with(Option::is_some)>
            <label for=id>{move || label.get()}</label>
            <input type="date" id=id data-testid=id
                aria-describedby=format!("{id}-hint {id}-error")
                aria-invalid=move || error.with(Option::is_some).to_string()
                prop:value=move || value.get().map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()
                on:change=on_change/>
            <p class="hint" id=format!("{id}-hint")>{move || hint.get()}</p>
            <p class="error" id=format!("{id}-error") role="alert" data-testid=format!("{id}-error")>{move || error.get()}</p>
        </div>
    }
}
