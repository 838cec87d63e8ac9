//! What a budget line's money pays for, and whether it feeds the forecast.

use crate::{
    domain::{
        forecast::{self, Cost},
        BudgetLine, Command, ItemId, LineEdit,
    },
    ui::{state::Store, use_texts},
};
use leptos::prelude::*;

/// The kind of spending of line `id` (its channel's usual one unless
/// chosen), with a mark saying whether it buys clicks for the forecast.
#[component]
pub fn LineCost(
    id: ItemId,
    /// The row's line, as its row reads it.
    line: Signal<Option<BudgetLine>>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let cost = Memo::new(move |_| line.with(|l| l.as_ref().map(forecast::cost_of)));
    let paid = move || cost.get().is_some_and(|c| c.media().is_some());
    let error = RwSignal::new(None::<String>);
    let select_id = format!("cost-{id}");
    let note_id = format!("cost-{id}-note");
    let choose = move |e: leptos::ev::Event| {
        let typed = event_target_value(&e);
        let Some(chosen) = Cost::from_key(&typed) else {
            return;
        };
        // The channel's usual kind is kept as no choice, so the line follows it.
        let usual = line.with_untracked(|l| l.as_ref().map(|l| Cost::of_channel(&l.channel)));
        let stored = (usual != Some(chosen)).then_some(chosen);
        error.set(store.send(Command::EditBudgetLine(id, LineEdit::Cost(stored))));
    };
    let option = move |c: Cost| {
        let name = move || match c {
            Cost::Media(m) => (t().budget().media_short)(m).to_string(),
            other => t().forecast().cost(other, store.lang.get()),
        };
        // The full name on hover, where the short one leaves some out.
        let full = move || t().forecast().cost(c, store.lang.get());
        view! { <option value=c.key() title=full prop:selected=move || cost.get() == Some(c)>{name}</option> }
    };
    let (media, other): (Vec<Cost>, Vec<Cost>) =
        Cost::ALL.into_iter().partition(|c| c.media().is_some());
    view! {
        <div class="line-cost">
            <label class="sr-only" for=select_id.clone()>{move || t().forecast().cost_label}</label>
            <select id=select_id class="cost" data-testid="row-cost" title=move || t().forecast().cost_label
                aria-describedby=note_id.clone() on:change=choose>
                <optgroup label=move || t().budget().cost_group_media>
                    {media.into_iter().map(option).collect_view()}
                </optgroup>
                <optgroup label=move || t().budget().cost_group_other>
                    {other.into_iter().map(option).collect_view()}
                </optgroup>
            </select>
            <span id=note_id class="cost-note" class:paid=paid data-testid="row-forecast" data-paid=move || paid().to_string()>
                {move || if paid() { t().forecast().feeds_forecast } else { t().forecast().not_in_forecast }}
            </span>
            <p class="error" role="alert">{move || error.get()}</p>
        </div>
    }
}
