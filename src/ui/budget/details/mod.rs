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
    let title = Signal::derive(move || {
        let name = chosen
            .get()
            .and_then(|id| {
                store.with_plan(|p| p.line(id).map(|l| l.channel.name(store.lang.get())))
            })
            .flatten()
            .unwrap_or_default();
        (t().budget().details_title)(&name)
    });
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
