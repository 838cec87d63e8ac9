//! A line's in-house hours (no cash; they count in the workload by month)
//! and the kind of content it produces.

use crate::{
    domain::{budget::Qty, production::ContentType, Command, ItemId, LineEdit},
    ui::{state::Store, use_texts},
};
use leptos::prelude::*;

/// The select's value of a kind of content: its place in `kinds()`.
pub(crate) fn content_options(store: &Store) -> Memo<Vec<(ContentType, String)>> {
    let lang = store.lang;
    store.select(move |p| {
        p.production
            .kinds()
            .into_iter()
            .map(|k| (k, p.production.name(k, lang.get())))
            .collect()
    })
}

/// The work part of a line's details.
#[component]
pub fn WorkSection(id: ItemId) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let hours = store.select(move |p| p.line(id).and_then(|l| l.hours));
    let content = store.select(move |p| p.line(id).and_then(|l| l.content));
    let kinds = content_options(&store);
    let text = RwSignal::new(String::new());
    let editing = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let content_error = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let h = hours.get();
        if !editing.get_untracked() {
            text.set(h.map(Qty::plain).unwrap_or_default());
        }
    });
    let on_hours = move |e| {
        let typed = event_target_value(&e);
        text.set(typed.clone());
        let lang = store.lang.get_untracked();
        let h = if typed.trim().is_empty() {
            Ok(None)
        } else {
            Qty::parse(&typed).map(Some)
        };
        error.set(match h {
            Ok(h) => store.send(Command::EditBudgetLine(id, LineEdit::Hours(h))),
            Err(err) => Some((crate::i18n::texts(lang).plan().err_money)(&err)),
        });
    };
    let on_content = move |e| {
        let v = event_target_value(&e);
        let c = v
            .parse::<usize>()
            .ok()
            .and_then(|i| kinds.with_untracked(|k| k.get(i).map(|k| k.0)));
        content_error.set(store.send(Command::EditBudgetLine(id, LineEdit::Content(c))));
    };
    view! {
        <section class="details-section work-section" data-testid="work-section" aria-labelledby="work-title">
            <h3 id="work-title">{move || t().fees().work_title}</h3>
            <div class="fee-grid">
                <div class="field" class:invalid=move || error.with(Option::is_some)>
                    <label for="line-hours">{move || t().fees().hours}</label>
                    <div class="money-input">
                        <input type="text" id="line-hours" data-testid="line-hours" inputmode="decimal"
                            autocomplete="off" aria-describedby="line-hours-hint line-hours-error"
                            aria-invalid=move || error.with(Option::is_some).to_string()
                            prop:value=move || text.get()
                            on:focus=move |_| editing.set(true)
                            on:blur=move |_| { let _ = editing.try_set(false); }
                            on:input=on_hours/>
                        <span class="unit" aria-hidden="true">"h"</span>
                    </div>
                    <p class="hint" id="line-hours-hint">{move || t().fees().hours_hint}</p>
                    <p class="error" id="line-hours-error" role="alert" data-testid="line-hours-error">{move || error.get()}</p>
                </div>
                <div class="field" class:invalid=move || content_error.with(Option::is_some)>
                    <label for="line-content">{move || t().fees().content}</label>
                    <select id="line-content" data-testid="line-content" on:change=on_content
                        aria-describedby="line-content-error">
                        <option value="" prop:selected=move || content.get().is_none()>{move || t().fees().content_none}</option>
                        {move || kinds.get().into_iter().enumerate().map(|(i, (k, name))| view! {
                            <option value=i.to_string() prop:selected=move || content.get() == Some(k)>{name}</option>
                        }).collect_view()}
                    </select>
                    <p class="error" id="line-content-error" role="alert">{move || content_error.get()}</p>
                </div>
            </div>
        </section>
    }
}
