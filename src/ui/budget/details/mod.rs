//! A budget line's details, in a dialog opened from its row: who it goes
//! to (in-house, external, shared), its fee as time at a rate, its VAT
//! rate, the in-house hours it takes and the kind of content it produces.

mod fee;
mod split;
mod vat;
mod work;

use crate::{domain::ItemId, ui::dialog::Modal, ui::state::Store, ui::use_texts};
use leptos::prelude::*;

/// The line whose details are open, if any (one dialog for the table).
#[derive(Clone, Copy)]
pub struct LineDetailsOpen(pub RwSignal<Option<ItemId>>);

/// The dialog, shown while a line is chosen.
#[component]
pub fn LineDetailsDialog() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let LineDetailsOpen(chosen) = expect_context::<LineDetailsOpen>();
    let open = RwSignal::new(false);
    // Each side is set only on a change: a set notifies even when the value
    // is the same, and the two effects would chase each other for ever.
    Effect::new(move |_| {
        let want = chosen.with(Option::is_some);
        if open.get_untracked() != want {
            open.set(want);
        }
    });
    Effect::new(move |_| {
        if !open.get() && chosen.with_untracked(Option::is_some) {
            chosen.set(None);
        }
    });
    // The chosen line's name, following the plan (an undo renames it); a
    // line gone (undo of its insert) closes the dialog.
    let name = store.select(move |p| {
        chosen
            .get()
            .and_then(|id| p.line(id).map(|l| l.channel.name(store.lang.get())))
    });
    Effect::new(move |_| {
        if chosen.with(Option::is_some) && name.with(Option::is_none) && open.get_untracked() {
            open.set(false);
        }
    });
    let title =
        Signal::derive(move || (t().budget().details_title)(&name.get().unwrap_or_default()));
    view! {
        <Modal open=open title=title testid="line-details">
            {move || chosen.get().map(|id| view! {
                <div class="line-details">
                    <split::SplitSection id=id/>
                    <fee::FeeSection id=id/>
                    <vat::VatSection id=id/>
                    <work::WorkSection id=id/>
                </div>
                <div class="dialog-actions">
                    <button type="button" class="btn primary" data-testid="line-details-close"
                        on:click=move |_| open.set(false)>{move || t().budget().details_close}</button>
                </div>
            })}
        </Modal>
    }
}
