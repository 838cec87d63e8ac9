//! The consultant's rate card in the rates panel: rates taken from it into
//! the plan (fresh ids, the plan's currency only), and a plan's rate saved
//! to it (an entry with the same role and unit is replaced only once the
//! person says so). The card lives in this browser
//! ([`crate::storage::rate_card`]).

use super::{price_text, send_rates};
use crate::{
    domain::{budget::Rate, ItemId},
    storage::{
        browser::BrowserStore,
        rate_card::{self, CardEntry, CardError, RateCard},
    },
    ui::{dialog::Modal, state::Store, use_texts},
};
use leptos::prelude::*;

fn card_error(store: &Store, e: &CardError) -> String {
    (crate::i18n::texts(store.lang.get_untracked())
        .fees()
        .err_card)(e)
}

/// "Add from my rate card": a dialog to tick entries and add them.
#[component]
pub fn AddFromCard() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let open = RwSignal::new(false);
    let card = RwSignal::new(Ok::<RateCard, CardError>(RateCard::default()));
    let picked = RwSignal::new(Vec::<usize>::new());
    let error = RwSignal::new(None::<String>);
    let currency = store.select(|p| p.currency.clone());
    let show = move |_| {
        card.set(rate_card::load(&BrowserStore::open()));
        picked.set(Vec::new());
        error.set(None);
        open.set(true);
    };
    let usable = move |e: &CardEntry| {
        e.currency == currency.get_untracked()
            // Read when asked, not followed: the page's edits never run it.
            && !store
                .with_plan(|p| {
                    p.budget
                        .rates
                        .iter()
                        .any(|r| e.same_role(&r.role, r.unit, &p.currency) && r.price == e.price)
                })
                .unwrap_or(false)
    };
    let add = move |_| {
        let Ok(c) = card.get_untracked() else {
            return;
        };
        let plan_currency = currency.get_untracked();
        let base = store.next_item_id().0;
        let new: Vec<Rate> = picked
            .get_untracked()
            .iter()
            .filter_map(|i| c.entries.get(*i))
            .filter(|e| usable(e))
            .enumerate()
            .filter_map(|(k, e)| e.to_rate(ItemId(base + k as u32), &plan_currency))
            .collect();
        if new.is_empty() {
            error.set(Some(t().fees().card_none_picked.to_string()));
            return;
        }
        let n = new.len();
        error.set(send_rates(&store, |rates| rates.extend(new)));
        if error.with_untracked(Option::is_none) {
            open.set(false);
            store.toast_undo((t().fees().card_added)(n));
        }
    };
    let entries_at = move |i: usize| {
        card.with_untracked(|c| c.as_ref().ok().and_then(|c| c.entries.get(i).cloned()))
    };
    // Removes the entry shown at `i` as it was shown: another tab may have
    // changed the card since, and then nothing else goes with it.
    let remove = move |i: usize| {
        let shown = entries_at(i);
        let result = rate_card::update(&BrowserStore::open(), |c| {
            match c.entries.iter().position(|e| Some(e) == shown.as_ref()) {
                Some(k) => {
                    c.entries.remove(k);
                    true
                }
                None => false,
            }
        });
        match result {
            Ok(c) => {
                picked.set(Vec::new());
                card.set(Ok(c));
            }
            Err(e) => error.set(Some(card_error(&store, &e))),
        }
    };
    let entries = move || card.with(|c| c.as_ref().map(|c| c.entries.clone()).unwrap_or_default());
    view! {
        <button type="button" class="btn small" data-testid="card-open" on:click=show>
            {move || t().fees().card_open}
        </button>
        <Modal open=open title=Signal::derive(move || t().fees().card_title.to_string()) testid="card-dialog">
            <p class="muted">{move || t().fees().card_hint}</p>
            {move || card.with(|c| c.as_ref().err().map(|e| card_error(&store, e))).map(|m| view! {
                <p class="error" role="alert" data-testid="card-load-error">{m}</p>
            })}
            <Show when=move || card.with(|c| c.as_ref().is_ok_and(|c| c.entries.is_empty()))>
                <p class="hint" data-testid="card-empty">{move || t().fees().card_empty}</p>
            </Show>
            <ul class="card-list">
                {move || entries().into_iter().enumerate().map(|(i, e)| {
                    let box_id = format!("card-entry-{i}");
                    let lang = store.lang.get();
                    let price = price_text(e.price, e.unit, &e.currency, lang);
                    let other = e.currency != currency.get();
                    let note = if other {
                        Some((t().fees().card_other_currency)(e.currency.code(), currency.get().code()))
                    } else if !usable(&e) {
                        Some(t().fees().card_in_plan.to_string())
                    } else {
                        None
                    };
                    let disabled = note.is_some();
                    let role = e.role.clone();
                    view! {
                        <li class="card-entry" class:other=other data-testid="card-entry">
                            <label class="check" for=box_id.clone()>
                                <input type="checkbox" id=box_id.clone() disabled=disabled
                                    prop:checked=move || picked.with(|p| p.contains(&i))
                                    on:change=move |_| picked.update(|p| if let Some(k) = p.iter().position(|x| *x == i) { p.remove(k); } else { p.push(i); })/>
                                <span class="card-role">{e.role.clone()}</span>
                                <span class="num">{price}</span>
                            </label>
                            {note.map(|n| view! { <span class="hint card-note" data-testid="card-entry-note">{n}</span> })}
                            <button type="button" class="btn small ghost" data-testid="card-entry-remove"
                                aria-label=move || (t().fees().card_remove_label)(&role)
                                on:click=move |_| remove(i)>{move || t().fees().card_remove}</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <p class="error" role="alert" data-testid="card-error">{move || error.get()}</p>
            <div class="dialog-actions">
                <button type="button" class="btn" on:click=move |_| open.set(false)>{move || t().cancel}</button>
                <button type="button" class="btn primary" data-testid="card-add" on:click=add
                    disabled=move || card.with(|c| c.is_err())>{move || t().fees().card_add}</button>
            </div>
        </Modal>
    }
}

/// What saving a rate to the card left to show: an entry with the same
/// role and unit waiting for the person's choice, or a refusal.
#[derive(Clone, Copy)]
pub struct SaveState {
    /// The card's entry with the same role and unit, waiting for a choice.
    pub pending: RwSignal<Option<CardEntry>>,
    /// Why the card could not be read or kept.
    pub error: RwSignal<Option<String>>,
}

impl SaveState {
    /// Nothing pending, no error.
    pub fn new() -> SaveState {
        SaveState {
            pending: RwSignal::new(None),
            error: RwSignal::new(None),
        }
    }
}

/// `rate` as a card entry, in the plan's currency.
fn entry_of(store: &Store, rate: Memo<Option<Rate>>) -> Option<CardEntry> {
    let currency = store.with_plan(|p| p.currency.clone()).unwrap_or_default();
    rate.get_untracked()
        .map(|r| CardEntry::from_rate(&r, &currency))
}

/// Puts `rate` in the card (replacing the same role and unit if `replace`).
fn put(store: &Store, rate: Memo<Option<Rate>>, state: SaveState, replace: bool) {
    let Some(e) = entry_of(store, rate) else {
        return;
    };
    let role = e.role.clone();
    let result = rate_card::update(&BrowserStore::open(), |c| c.put(e, replace));
    state.pending.set(None);
    match result {
        Ok(_) => {
            state.error.set(None);
            let t = crate::i18n::texts(store.lang.get_untracked()).fees();
            store.toast((t.card_saved)(&role), None, false);
        }
        Err(err) => state.error.set(Some(card_error(store, &err))),
    }
}

/// "Save to my rate card" for one rate of the plan.
#[component]
pub fn SaveToCard(rate: Memo<Option<Rate>>, state: SaveState) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let save = move |_| {
        let Some(e) = entry_of(&store, rate) else {
            return;
        };
        match rate_card::load(&BrowserStore::open()) {
            Err(err) => state.error.set(Some(card_error(&store, &err))),
            Ok(card) => match card
                .find(&e.role, e.unit, &e.currency)
                .map(|i| card.entries[i].clone())
            {
                Some(old) if old != e => state.pending.set(Some(old)),
                _ => put(&store, rate, state, false),
            },
        }
    };
    let role = move || rate.with(|r| r.as_ref().map(|r| r.role.clone()).unwrap_or_default());
    view! {
        <button type="button" class="btn small ghost" data-testid="rate-save-card"
            aria-label=move || (t().fees().card_save_label)(&role())
            on:click=save>{move || t().fees().card_save}</button>
    }
}

/// The question when the card has the same role and unit, and the card's
/// refusals, under a rate's row.
#[component]
pub fn SaveOutcome(rate: Memo<Option<Rate>>, state: SaveState) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    view! {
        {move || state.pending.get().map(|old| {
            let price = price_text(old.price, old.unit, &old.currency, store.lang.get());
            view! {
                <div class="card-confirm" role="alert" data-testid="card-confirm">
                    <p>{(t().fees().card_exists)(&old.role, &price)}</p>
                    <div class="row-buttons">
                        <button type="button" class="btn small primary" data-testid="card-replace"
                            on:click=move |_| put(&store, rate, state, true)>{move || t().fees().card_replace}</button>
                        <button type="button" class="btn small" data-testid="card-keep"
                            on:click=move |_| state.pending.set(None)>{move || t().fees().card_keep}</button>
                    </div>
                </div>
            }
        })}
        <p class="error rate-row-error" role="alert" data-testid="card-save-error">{move || state.error.get()}</p>
    }
}
