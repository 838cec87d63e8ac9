//! The quote: the consultant's part of the plan as a printable A4 page,
//! built from `domain::quote::quote` (its figures are the budget's own, so
//! the quote, the budget page and the CSV agree to the minor unit). On
//! screen, the quote's number, dates and terms are edited above the sheet;
//! printed, only the sheet remains, the app's chrome and inputs hidden.

mod settings;
mod sheet;

use crate::{
    storage::browser,
    ui::{href, state::Store, use_texts},
};
use leptos::prelude::*;

/// The quote page.
#[component]
pub fn QuotePage() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    // The day on the person's calendar, not UTC's: a quote printed just
    // after midnight in Switzerland is dated that day.
    let local = js_sys::Date::new_0();
    let today = chrono::NaiveDate::from_ymd_opt(
        local.get_full_year() as i32,
        local.get_month() + 1,
        local.get_date(),
    )
    .unwrap_or_else(|| browser::now().date_naive());
    let data = store.select(move |p| sheet::build(p, store.lang.get(), today));
    let empty = Memo::new(move |_| data.with(|d| d.rows.is_empty()));
    let budget = move || {
        store
            .open_id
            .get()
            .map(|id| href(&format!("/plan/{id}/budget")))
            .unwrap_or_default()
    };
    view! {
        <section class="page quote-page" data-testid="quote">
            <div class="page-head quote-page-head">
                <div>
                    <h1>{move || t().quote().title}</h1>
                    <p class="lead">{move || t().quote().intro}</p>
                </div>
                <div class="page-actions">
                    <a class="btn" data-testid="quote-back" href=budget>{move || t().quote().back}</a>
                    <button type="button" class="btn primary" data-testid="quote-print"
                        disabled=move || empty.get()
                        on:click=move |_| { let _ = window().print(); }>
                        {move || t().quote().print}
                    </button>
                </div>
            </div>
            <Show when=move || empty.get()>
                <div class="card quote-empty" data-testid="quote-empty">
                    <h2>{move || t().quote().empty_title}</h2>
                    <p>{move || t().quote().empty_body}</p>
                    <a class="btn primary" href=budget>{move || t().quote().empty_link}</a>
                </div>
            </Show>
            <settings::QuoteSettingsForm/>
            <Show when=move || !empty.get()>
                <sheet::Sheet data=data/>
            </Show>
        </section>
    }
}
