//! The choice asked when a plan changed here and on the server in the same
//! place: each such field with both values, one choice each; the budget
//! may never end above its total.

use super::{engine, losers, merging, sync, Pending};
use crate::{
    domain::{
        merge::{Conflict, MergeStop, Shown, Side},
        Currency, Lang,
    },
    i18n::sync::SyncTexts,
    ui::{dialog::Modal, format, state::Store},
};
use leptos::{prelude::*, task::spawn_local};

/// Opens the dialog again (the panel's button).
pub fn reopen() {
    sync(|s| s.asking.set(true));
}

/// The dialog, shown while a plan waits for choices and the person did not
/// put it off.
#[component]
pub fn ConflictDialog() -> impl IntoView {
    let store = expect_context::<Store>();
    super::install_styles();
    let t = move || crate::i18n::texts(store.lang.get()).sync();
    let (pending, asking) = sync(|s| (s.pending.clone(), s.asking.clone()));
    let open = RwSignal::new(false);
    // Shown when a plan starts waiting, or asked again; "later" puts it off.
    Effect::new({
        let (pending, asking) = (pending.clone(), asking.clone());
        move |_| {
            let shown = asking.get() && pending.with(|p| !p.is_empty());
            if open.get_untracked() != shown {
                open.set(shown);
            }
        }
    });
    Effect::new({
        let asking = asking.clone();
        move |_| {
            // Set only when it changes: each set wakes the effect above.
            if !open.get() && asking.get_untracked() {
                asking.set(false);
            }
        }
    });
    let first = {
        let pending = pending.clone();
        Memo::new(move |_| pending.with(|p| p.first().map(|p| (p.id.clone(), p.asked))))
    };
    let title = {
        let pending = pending.clone();
        Signal::derive(move || {
            pending
                .with(|p| p.first().map(|p| (t().conflict_title)(&p.name)))
                .unwrap_or_default()
        })
    };
    // The same signal as an arena handle, for the view's closures.
    let shown = RwSignal::from(pending.clone());
    // In the page only while a plan waits.
    let waiting = Memo::new(move |_| first.get().is_some());
    view! {
        <Show when=move || waiting.get()>
            <Modal open=open title=title testid="sync-conflict">
                {move || first.get().and_then(|_| shown.with(|p| p.first().cloned())).map(|p| view! { <Choices pending=p open=open/> })}
            </Modal>
        </Show>
    }
}

/// The fields to choose, and applying the choices.
#[component]
fn Choices(pending: Pending, open: RwSignal<bool>) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = move || crate::i18n::texts(store.lang.get()).sync();
    let lang = move || store.lang.get();
    let count = pending.merge.conflicts.len();
    let choices = RwSignal::new(vec![None::<Side>; count]);
    let currency = pending.merge.plan.currency.clone();
    let merge = StoredValue::new(pending.merge.clone());
    let chosen = move || choices.with(|c| c.iter().copied().collect::<Option<Vec<Side>>>());
    let outcome = move || chosen().map(|c| merge.with_value(|m| m.resolve(&c)));
    let over = {
        let currency = currency.clone();
        move || match outcome() {
            Some(Err(MergeStop::OverTotal { total, allocated })) => Some((t().over_total)(
                &format::money(allocated, &currency, lang()),
                &format::money(total, &currency, lang()),
            )),
            Some(Err(_)) => Some(t().invalid_choices.to_string()),
            _ => None,
        }
    };
    let ready = move || matches!(outcome(), Some(Ok(_)));
    let apply = {
        let pending = pending.clone();
        move |_| {
            let Some(Ok(plan)) = outcome() else { return };
            // The next plan waiting, if any, is asked at once.
            let pending = pending.clone();
            spawn_local(async move { applied(store, pending, plan).await });
        }
    };
    let items = pending
        .merge
        .conflicts
        .iter()
        .enumerate()
        .map(|(i, c)| item(store, i, c, &currency, choices))
        .collect_view();
    view! {
        <p>{move || t().conflict_intro}</p>
        <ul class="sync-conflicts">{items}</ul>
        {move || over().map(|o| view! { <p class="error" role="alert" data-testid="sync-conflict-budget">{o}</p> })}
        <Show when=move || chosen().is_none()>
            <p class="muted">{move || t().choose_all}</p>
        </Show>
        <div class="dialog-actions">
            <button type="button" class="btn" on:click=move |_| open.set(false)>{move || t().later}</button>
            <button type="button" class="btn primary" data-testid="sync-conflict-apply" disabled=move || !ready() on:click=apply>
                {move || t().apply}
            </button>
        </div>
    }
}

/// One field changed on both sides, with its two values.
fn item(
    store: Store,
    i: usize,
    c: &Conflict,
    currency: &Currency,
    choices: RwSignal<Vec<Option<Side>>>,
) -> impl IntoView {
    let t = move || crate::i18n::texts(store.lang.get()).sync();
    let lang = move || store.lang.get();
    let place = c.place.clone();
    let heading = move || super::place::words(&place, lang());
    let side = |side: Side, shown: Shown, testid: &'static str| {
        let currency = currency.clone();
        let label = move || match side {
            Side::Mine => t().mine,
            Side::Theirs => t().theirs,
        };
        view! {
            <label class="sync-side">
                <input type="radio" name=format!("sync-choice-{i}") data-side=testid
                    prop:checked=move || choices.with(|c| c.get(i).copied().flatten() == Some(side))
                    on:change=move |_| choices.update(|c| if let Some(x) = c.get_mut(i) { *x = Some(side) })/>
                <span class="muted">{label}</span>
                <strong>{move || value(t(), lang(), &shown, &currency)}</strong>
            </label>
        }
    };
    view! {
        <li class="sync-conflict" data-testid="sync-conflict-item">
            <fieldset>
                <legend>{heading}</legend>
                {side(Side::Mine, c.mine.clone(), "mine")}
                {side(Side::Theirs, c.theirs.clone(), "theirs")}
            </fieldset>
        </li>
    }
}

/// A value as the dialog shows it.
fn value(t: &SyncTexts, lang: Lang, shown: &Shown, currency: &Currency) -> String {
    match shown {
        Shown::Absent => t.absent.into(),
        Shown::Money(m) => format::money(*m, currency, lang),
        Shown::Text(s) | Shown::Number(s) | Shown::Item(s) | Shown::Other(s) => s.clone(),
        Shown::Bool(b) => if *b { t.yes } else { t.no }.into(),
        Shown::Date(d) => format::date(*d, lang),
    }
}

/// Stores and writes the plan the person chose.
async fn applied(store: Store, pending: Pending, plan: crate::domain::Plan) {
    sync(|s| s.pending.update(|list| list.retain(|p| p.id != pending.id)));
    let Some(ep) = engine::endpoint(store) else {
        return;
    };
    let generation = sync(|s| s.generation.get());
    let gate = sync(|s| s.gate.clone());
    let _pass = gate.enter().await;
    if !engine::current(generation) {
        return;
    }
    let mut st = engine::load_state(store, &ep);
    let result = merging::write_merged(
        store,
        &ep,
        &mut st,
        &pending.id,
        &plan,
        &pending.local,
        &pending.rev,
        merging::TRIES,
    )
    .await;
    // The server's conflicting revisions this choice took in go.
    let result = match result {
        Ok(()) if st.revs.get(&pending.id) != Some(&pending.rev) => {
            losers::delete(&ep, &pending.id, &pending.losers).await
        }
        other => other,
    };
    store.refresh();
    engine::settle(store, &st, generation, result);
}
