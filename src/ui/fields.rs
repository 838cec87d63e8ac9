//! Labelled form fields. Text is parsed in the event handler; a refused
//! value stays visible in the input with the reason beside it, and the plan
//! is not changed.

use crate::domain::{parse_money, Currency, Money};
use crate::ui::{format, state::Store};
use chrono::NaiveDate;
use leptos::prelude::*;

/// Turns a typed value into a command; returns the error to show, if any.
pub type Commit = Callback<String, Option<String>>;

/// Label, hint and error around an input, wired for screen readers.
#[component]
fn FieldFrame(
    id: String,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] hint: Signal<Option<String>>,
    error: RwSignal<Option<String>>,
    children: Children,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    view! {
        <div class="field" class:invalid=move || error.with(Option::is_some)>
            <label for=id.clone()>{move || label.get()}</label>
            {children()}
            {
                let hint_id = hint_id.clone();
                move || hint.get().map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })
            }
            <p class="error" id=error_id role="alert" data-testid=format!("{id}-error")>
                {move || error.get()}
            </p>
        </div>
    }
}

fn described_by(id: &str) -> String {
    format!("{id}-hint {id}-error")
}

/// A one-line or multi-line text field bound to a plan value.
#[component]
pub fn TextField(
    /// DOM id, also the base of the `data-testid`s.
    #[prop(into)]
    id: String,
    /// Label text.
    #[prop(into)]
    label: Signal<String>,
    /// Help under the field.
    #[prop(optional, into)]
    hint: Signal<Option<String>>,
    /// Current value in the plan.
    #[prop(into)]
    value: Signal<String>,
    /// Sends the typed text; returns the refusal to show.
    commit: Commit,
    /// Multi-line.
    #[prop(optional)]
    multiline: bool,
    /// Browser-side length limit.
    #[prop(optional)]
    max_len: Option<usize>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let on_input = move |text: String| error.set(commit.run(text));
    let max = max_len.map(|m| m.to_string());
    let input = if multiline {
        view! {
            <textarea
                id=id.clone()
                data-testid=id.clone()
                rows="4"
                maxlength=max
                aria-describedby=described_by(&id)
                aria-invalid=move || error.with(Option::is_some).to_string()
                prop:value=move || value.get()
                on:input=move |e| on_input(event_target_value(&e))
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                type="text"
                id=id.clone()
                data-testid=id.clone()
                maxlength=max
                aria-describedby=described_by(&id)
                aria-invalid=move || error.with(Option::is_some).to_string()
                prop:value=move || value.get()
                on:input=move |e| on_input(event_target_value(&e))
            />
        }
        .into_any()
    };
    view! { <FieldFrame id=id label=label hint=hint error=error>{input}</FieldFrame> }
}

/// A date field (`<input type="date">`).
#[component]
pub fn DateField(
    /// DOM id and test id.
    #[prop(into)]
    id: String,
    /// Label text.
    #[prop(into)]
    label: Signal<String>,
    /// Current value in the plan.
    #[prop(into)]
    value: Signal<NaiveDate>,
    /// Sends the date; returns the refusal to show.
    commit: Callback<NaiveDate, Option<String>>,
    /// Shown when the text is not a date.
    #[prop(into)]
    invalid_text: Signal<String>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    view! {
        <FieldFrame id=id.clone() label=label hint=Signal::derive(|| None::<String>) error=error>
            <input
                type="date"
                id=id.clone()
                data-testid=id.clone()
                aria-describedby=described_by(&id)
                aria-invalid=move || error.with(Option::is_some).to_string()
                prop:value=move || value.get().format("%Y-%m-%d").to_string()
                on:change=move |e| {
                    let text = event_target_value(&e);
                    error.set(match NaiveDate::parse_from_str(&text, "%Y-%m-%d") {
                        Ok(d) => commit.run(d),
                        Err(_) => Some(invalid_text.get_untracked()),
                    });
                }
            />
        </FieldFrame>
    }
}

/// An amount field: accepts `12'500.50`, `12 500,50`…; letters, negative
/// numbers and absurd amounts are refused beside it. Shows the amount
/// formatted for the locale when not being edited.
#[component]
pub fn MoneyField(
    /// DOM id and test id.
    #[prop(into)]
    id: String,
    /// Label text.
    #[prop(into)]
    label: Signal<String>,
    /// Help under the field.
    #[prop(optional, into)]
    hint: Signal<Option<String>>,
    /// Current amount in the plan.
    #[prop(into)]
    value: Signal<Money>,
    /// Currency of the amount.
    #[prop(into)]
    currency: Signal<Currency>,
    /// Sends the amount; returns the refusal to show.
    commit: Callback<Money, Option<String>>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let shown =
        Signal::derive(move || format::money_plain(value.get(), &currency.get(), store.lang.get()));
    let parse = Callback::new(move |typed: String| {
        let t = crate::i18n::texts(store.lang.get_untracked());
        match parse_money(&typed, &currency.get_untracked()) {
            Ok(m) => commit.run(m),
            Err(err) => Some((t.plan().err_money)(&err)),
        }
    });
    view! {
        <EditedText id=id label=label hint=hint shown=shown parse=parse class="money-input"
            suffix=Signal::derive(move || currency.get().code().to_string()) placeholder=None/>
    }
}

/// A KPI value field: takes what a person types in the unit they think in
/// (2.5 for 2.5%, minutes for a duration) and sends the stored value.
/// Empty clears the value. Letters and out-of-range values are refused
/// beside the field; the plan keeps its value.
#[component]
pub fn NumberField(
    /// DOM id and test id.
    #[prop(into)]
    id: String,
    /// Label text.
    #[prop(into)]
    label: Signal<String>,
    /// Current stored value.
    #[prop(into)]
    value: Signal<Option<f64>>,
    /// Unit of the value (how typed text converts).
    #[prop(into)]
    unit: Signal<crate::domain::Unit>,
    /// Shown after the input (`%`, `min`, `CHF`).
    #[prop(into)]
    suffix: Signal<String>,
    /// Sends the value; returns the refusal to show.
    commit: Callback<Option<f64>, Option<String>>,
    /// Help under the field.
    #[prop(optional, into)]
    hint: Signal<Option<String>>,
    /// What the empty field shows: the value empty stands for.
    #[prop(optional, into)]
    placeholder: Option<String>,
) -> impl IntoView {
    use crate::domain::number::{from_typed, parse_decimal, to_typed, NumberError};
    let store = expect_context::<Store>();
    let shown = Signal::derive(move || {
        value
            .get()
            .map(|v| format::number(to_typed(unit.get(), v), store.lang.get(), 4))
            .unwrap_or_default()
    });
    let parse = Callback::new(move |typed: String| {
        let st = crate::i18n::texts(store.lang.get_untracked()).strategy();
        match parse_decimal(&typed) {
            Err(NumberError::Empty) => commit.run(None),
            Ok(v) => commit.run(Some(from_typed(unit.get_untracked(), v))),
            Err(err) => Some((st.err_number)(&err)),
        }
    });
    view! {
        <EditedText id=id label=label hint=hint shown=shown parse=parse
            class="money-input number-input" suffix=suffix placeholder=placeholder/>
    }
}

/// A text input for a value of the plan: shows the value formatted for the
/// locale, keeps what the person types while they type (a refused text stays
/// visible beside its reason), and follows the plan again (undo, currency
/// change) once they leave the field.
#[component]
fn EditedText(
    id: String,
    label: Signal<String>,
    hint: Signal<Option<String>>,
    /// The plan's value, formatted.
    shown: Signal<String>,
    /// Turns typed text into a command; returns the refusal to show.
    parse: Callback<String, Option<String>>,
    /// What follows the input (`CHF`, `%`).
    suffix: Signal<String>,
    /// Class of the box around the input.
    class: &'static str,
    /// What the empty input shows.
    placeholder: Option<String>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let editing = RwSignal::new(false);
    let text = RwSignal::new(String::new());
    Effect::new(move |_| {
        let formatted = shown.get();
        if !editing.get_untracked() {
            text.set(formatted);
        }
    });
    view! {
        <FieldFrame id=id.clone() label=label hint=hint error=error>
            <div class=class>
                <input
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    placeholder=placeholder
                    id=id.clone()
                    data-testid=id.clone()
                    aria-describedby=described_by(&id)
                    aria-invalid=move || error.with(Option::is_some).to_string()
                    prop:value=move || text.get()
                    on:focus=move |_| editing.set(true)
                    // The browser blurs a focused field as it is removed
                    // (undo of the row, another indicator picked), after
                    // its signals are gone: then there is nothing to do.
                    on:blur=move |_| {
                        if editing.try_set(false).is_some() {
                            return;
                        }
                        if error.try_with_untracked(Option::is_none) == Some(true) {
                            if let Some(s) = shown.try_get_untracked() {
                                text.try_set(s);
                            }
                        }
                    }
                    on:input=move |e| {
                        let typed = event_target_value(&e);
                        text.set(typed.clone());
                        error.set(parse.run(typed));
                    }
                />
                <span class="unit" aria-hidden="true">{move || suffix.get()}</span>
            </div>
        </FieldFrame>
    }
}
