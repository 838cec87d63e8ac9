//! "Start from your sector": on a blank plan (no strategy element,
//! objective, budget line or action), six sectors as cards; choosing one
//! adds its starter as one undo step, and the panel goes once the plan has
//! content. Shown by the overview and the strategy's first step, which are
//! fetched on first use, so none of this is in the first visit's download.

use crate::{
    domain::{
        starters::{self, Basis, Sector},
        Money,
    },
    i18n::texts,
    ui::{format, state::Store, use_texts},
};
use leptos::prelude::*;

/// The panel, shown while the open plan is blank.
#[component]
pub fn StarterPanel() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let blank = store.select(starters::is_blank);
    // Per sector: whether its usual total would become the plan's, and the
    // amount it shares out.
    let bases = store.select(|p| {
        Sector::ALL
            .map(|s| match starters::budget_basis(p, s) {
                Basis::Default(m) => (true, m),
                Basis::PlanTotal(m) => (false, m),
            })
            .to_vec()
    });
    let currency = store.select(|p| p.currency.clone());
    let error = RwSignal::new(None::<String>);
    let start = move |sector: Sector| {
        let lang = store.lang.get_untracked();
        let Some(command) = store.with_plan(|p| starters::apply(p, sector, lang)) else {
            return;
        };
        match store.dispatch(command) {
            Ok(()) => {
                error.set(None);
                store.toast_undo((texts(lang).starters().added)(sector.name(lang)));
            }
            Err(e) => error.set(store.send_error(e)),
        }
    };
    let budget = move |i: usize| {
        let (default, amount) = bases
            .with(|b| b.get(i).copied())
            .unwrap_or((true, Money::ZERO));
        let (currency, lang, st) = (currency.get(), store.lang.get(), t().starters());
        // The usual total is a round amount; what a plan's total leaves
        // may have cents.
        if default {
            (st.budget_default)(&format::money_whole(amount, &currency, lang))
        } else {
            (st.budget_plan)(&format::money(amount, &currency, lang))
        }
    };
    view! {
        <Show when=move || blank.get()>
            <section class="card starters" data-testid="starters" aria-labelledby="starters-title">
                <h2 id="starters-title">{move || t().starters().title}</h2>
                <p class="muted">{move || t().starters().intro}</p>
                <ul class="starter-grid">
                    {Sector::ALL.into_iter().enumerate().map(|(i, s)| {
                        let (o, l, a) = s.counts();
                        let name_id = format!("starter-{}-name", s.key());
                        view! {
                            <li class="starter-card" data-testid=format!("starter-card-{}", s.key())>
                                <h3 id=name_id.clone()>{move || s.name(store.lang.get())}</h3>
                                <p>{move || s.description(store.lang.get())}</p>
                                <p class="starter-facts">
                                    <span>{move || (t().starters().counts)(o, l, a)}</span>
                                    <span data-testid="starter-budget">{move || budget(i)}</span>
                                </p>
                                <button type="button" class="btn primary small" aria-describedby=name_id
                                    data-testid=format!("starter-{}", s.key()) on:click=move |_| start(s)>
                                    {move || t().starters().choose}
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ul>
                <p class="error" role="alert">{move || error.get()}</p>
            </section>
        </Show>
    }
}
