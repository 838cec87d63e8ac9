//! The plan's tax settings (regime, basis the amounts are typed in, VAT
//! recovery), and the figures on both bases and by producer that the
//! budget's totals show.

pub mod figures;

use crate::{
    domain::{
        budget::{Basis, Regime, Tax, MAX_VAT_BP},
        number::parse_decimal,
        Command, Lang,
    },
    i18n::typo::percent_suffix,
    ui::{format, state::Store, use_texts},
};
use leptos::prelude::*;

/// A rate in basis points as a person reads it: `8,1 %` / `8.1%`.
pub fn rate_text(bp: u32, lang: Lang) -> String {
    format::percent(f64::from(bp) / 10_000.0, lang)
}

/// A percentage typed as a person writes it (`8.1`, `8,1`, `8,1 %`), in
/// basis points, refused outside `0..=max_bp`; `None` when it is not one.
pub fn parse_bp(typed: &str, max_bp: u32) -> Option<u32> {
    let value = parse_decimal(typed.trim().trim_end_matches('%').trim()).ok()?;
    let bp = (value * 100.0).round();
    (bp >= 0.0 && bp <= f64::from(max_bp)).then_some(bp as u32)
}

fn regime_key(r: Regime) -> &'static str {
    match r {
        Regime::None => "none",
        Regime::Switzerland => "switzerland",
        Regime::France => "france",
        Regime::Other(_) => "other",
    }
}

/// The plan's tax settings. Without a regime, only the offer to set one up
/// (a plan without VAT looks as it always did).
#[component]
pub fn TaxPanel() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let tax = store.select(|p| p.budget.tax);
    let currency = store.select(|p| p.currency.code().to_string());
    // Open once the person asked, even while the regime is still none.
    let asked = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let set = move |next: Tax| error.set(store.send(Command::SetTax(next)));
    let setup = move |_| {
        asked.set(true);
        let regime = Regime::for_currency(&currency.get_untracked());
        if regime != Regime::None {
            set(Tax {
                regime,
                ..tax.get_untracked()
            });
        }
    };
    let pick_regime = move |e: leptos::ev::Event| {
        let current = tax.get_untracked();
        let regime = match event_target_value(&e).as_str() {
            "switzerland" => Regime::Switzerland,
            "france" => Regime::France,
            "other" => Regime::Other(current.regime.standard_bp()),
            _ => Regime::None,
        };
        set(Tax { regime, ..current });
    };
    let pick_basis = move |e: leptos::ev::Event| {
        let basis = if event_target_value(&e) == "including" {
            Basis::Including
        } else {
            Basis::Excluding
        };
        set(Tax {
            basis,
            ..tax.get_untracked()
        });
    };
    let other_bp = Signal::derive(move || match tax.get().regime {
        Regime::Other(bp) => bp,
        _ => 0,
    });
    let commit_rate = Callback::new(move |bp: u32| {
        store.send(Command::SetTax(Tax {
            regime: Regime::Other(bp),
            ..tax.get_untracked()
        }))
    });
    let open = move || asked.get() || tax.get().applies();
    view! {
        <section class="card tax-panel" data-testid="tax-panel" aria-labelledby="tax-title">
            <h2 id="tax-title">{move || t().tax().title}</h2>
            <Show when=open fallback=move || view! {
                <div class="tax-offer">
                    <p class="muted">{move || t().tax().offer}</p>
                    <button type="button" class="btn small" data-testid="tax-setup" on:click=setup>{move || t().tax().setup}</button>
                </div>
            }>
                <div class="tax-fields">
                    <div class="field">
                        <label for="tax-regime">{move || t().tax().regime_label}</label>
                        <select id="tax-regime" data-testid="tax-regime" on:change=pick_regime>
                            {[Regime::None, Regime::Switzerland, Regime::France, Regime::Other(0)].into_iter().map(|r| {
                                let name = move || match r {
                                    Regime::None => t().tax().regime_none,
                                    Regime::Switzerland => t().tax().regime_ch,
                                    Regime::France => t().tax().regime_fr,
                                    Regime::Other(_) => t().tax().regime_other,
                                };
                                view! { <option value=regime_key(r) prop:selected=move || regime_key(tax.get().regime) == regime_key(r)>{name}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <Show when=move || matches!(tax.get().regime, Regime::Other(_))>
                        <PercentField id="tax-other-rate" label=Signal::derive(move || t().tax().other_rate_label.to_string())
                            value=other_bp max_bp=MAX_VAT_BP
                            out_of_range=Signal::derive(move || t().tax().rate_out_of_range.to_string())
                            commit=commit_rate/>
                    </Show>
                    <Show when=move || tax.get().applies()>
                        <div class="field">
                            <label for="tax-basis">{move || t().tax().basis_label}</label>
                            <select id="tax-basis" data-testid="tax-basis" on:change=pick_basis>
                                <option value="excluding" prop:selected=move || tax.get().basis == Basis::Excluding>{move || t().tax().basis_excl}</option>
                                <option value="including" prop:selected=move || tax.get().basis == Basis::Including>{move || t().tax().basis_incl}</option>
                            </select>
                        </div>
                        <div class="field tax-recoverable">
                            <label class="check" for="tax-recoverable">
                                <input type="checkbox" id="tax-recoverable" data-testid="tax-recoverable"
                                    aria-describedby="tax-recoverable-hint"
                                    prop:checked=move || tax.get().recoverable
                                    on:change=move |e| set(Tax { recoverable: event_target_checked(&e), ..tax.get_untracked() })/>
                                {move || t().tax().recoverable}
                            </label>
                            <p class="hint" id="tax-recoverable-hint">{move || t().tax().recoverable_hint}</p>
                        </div>
                    </Show>
                </div>
                <Show when=move || tax.get().applies()>
                    <p class="hint tax-rule" data-testid="tax-rule">{move || (t().tax().rule)(tax.get().basis == Basis::Excluding)}</p>
                </Show>
                <p class="error" role="alert">{move || error.get()}</p>
            </Show>
        </section>
    }
}

/// A percentage field (a VAT rate, a share): shows the value for the
/// locale, keeps what the person types while they type, refuses what is
/// not a percentage in `0..=max_bp` beside the field and sends nothing then.
#[component]
pub fn PercentField(
    /// DOM id and test id.
    id: &'static str,
    #[prop(into)] label: Signal<String>,
    /// The plan's value, in basis points.
    #[prop(into)]
    value: Signal<u32>,
    max_bp: u32,
    /// What the error says for a value that is not one.
    #[prop(into)]
    out_of_range: Signal<String>,
    /// Sends the value; returns the refusal to show.
    commit: Callback<u32, Option<String>>,
    #[prop(optional, into)] hint: Signal<Option<String>>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let error = RwSignal::new(None::<String>);
    let typed = RwSignal::new(None::<String>);
    let shown = move || {
        typed
            .get()
            .unwrap_or_else(|| format::number(f64::from(value.get()) / 100.0, store.lang.get(), 2))
    };
    let on_input = move |text: String| {
        typed.set(Some(text.clone()));
        let refused = match parse_bp(&text, max_bp) {
            Some(bp) => commit.run(bp),
            None => Some(out_of_range.get_untracked()),
        };
        // A change may take the field away (another mode): then it is gone.
        error.try_set(refused);
    };
    let error_id = format!("{id}-error");
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field" class:invalid=move || error.with(Option::is_some)>
            <label for=id>{move || label.get()}</label>
            <div class="money-input number-input">
                <input type="text" inputmode="decimal" autocomplete="off" id=id data-testid=id
                    aria-describedby={
                        let (hint_id, error_id) = (hint_id.clone(), error_id.clone());
                        move || if hint.with(Option::is_some) { format!("{hint_id} {error_id}") } else { error_id.clone() }
                    }
                    aria-invalid=move || error.with(Option::is_some).to_string()
                    prop:value=shown
                    on:input=move |e| on_input(event_target_value(&e))
                    on:blur=move |_| if error.try_with_untracked(Option::is_none) == Some(true) { typed.try_set(None); }/>
                <span class="unit" aria-hidden="true">{move || percent_suffix(store.lang.get()).trim()}</span>
            </div>
            {
                let hint_id = hint_id.clone();
                move || hint.get().map(|h| view! { <p class="hint" id=hint_id.clone()>{h}</p> })
            }
            <p class="error" id=error_id.clone() role="alert" data-testid=error_id.clone()>{move || error.get()}</p>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rates_are_read_as_people_type_them() {
        assert_eq!(parse_bp("8.1", MAX_VAT_BP), Some(810));
        assert_eq!(parse_bp("8,1 %", MAX_VAT_BP), Some(810));
        assert_eq!(parse_bp("5,5", MAX_VAT_BP), Some(550));
        assert_eq!(parse_bp("31", MAX_VAT_BP), None);
        assert_eq!(parse_bp("abc", MAX_VAT_BP), None);
        assert_eq!(parse_bp("-1", 10_000), None);
    }
}
