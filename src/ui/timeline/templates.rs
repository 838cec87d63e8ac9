//! "From a template": the library of typical actions, grouped by channel.
//! Picking one opens the action form with it, dated inside the plan
//! period, to be confirmed (nothing is added until it is saved).

use crate::{
    domain::{templates, Action},
    ui::{dialog::Modal, state::Store, use_texts},
};
use leptos::prelude::*;

/// The button and the picker.
#[component]
pub fn FromTemplate(editing: RwSignal<Option<Action>>) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let open = RwSignal::new(false);
    let pick = move |template: &'static templates::ActionTemplate| {
        let id = store.next_item_id();
        // Its title in the plan's language: what the client reads.
        let action = store.with_plan(|p| template.action(id, p, p.language));
        open.set(false);
        editing.set(action);
    };
    let groups = move || {
        let lang = store.lang.get();
        templates::by_channel()
            .into_iter()
            .map(|(channel, list)| {
                view! {
                    <section class="template-group">
                        <h3>{channel.name.get(lang)}</h3>
                        <ul>
                            {list.into_iter().map(|tpl| view! {
                                <li>
                                    <button type="button" class="template-pick" data-testid=format!("template-{}", tpl.key)
                                        on:click=move |_| pick(tpl)>
                                        <span class="template-title">{tpl.title.get(lang)}</span>
                                        <span class="template-meta">{(t().actions().template_meta)(tpl.every, tpl.days)}</span>
                                    </button>
                                </li>
                            }).collect_view()}
                        </ul>
                    </section>
                }
            })
            .collect_view()
    };
    view! {
        <button type="button" class="btn" data-testid="from-template" aria-haspopup="dialog"
            on:click=move |_| open.set(true)>{move || t().actions().from_template}</button>
        <Modal open=open title=Signal::derive(move || t().actions().templates_title.to_string()) testid="template-dialog">
            <p class="hint">{move || t().actions().templates_intro}</p>
            <div class="template-groups">{groups}</div>
            <div class="dialog-actions">
                <button type="button" class="btn" on:click=move |_| open.set(false)>{move || t().cancel}</button>
            </div>
        </Modal>
    }
}
