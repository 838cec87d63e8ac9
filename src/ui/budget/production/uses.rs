//! Under the production table: for each kind of content, the budget lines
//! and the actions that name it (read-only: a line's details and an
//! action's form choose it).

use crate::{
    domain::{production::ContentType, Lang, Plan},
    ui::{state::Store, use_texts},
};
use leptos::prelude::*;

/// A kind of content, who makes it, and what names it: (is a line, name).
type Use = (String, Vec<String>, Vec<(bool, String)>);

/// Every kind some line or action names, in the table's order.
fn uses(p: &Plan, lang: Lang) -> Vec<Use> {
    let named = |c: ContentType| {
        let lines = p
            .budget
            .lines
            .iter()
            .filter(move |l| l.content == Some(c))
            .map(move |l| (true, l.channel.name(lang)));
        let actions = p
            .actions
            .iter()
            .filter(move |a| a.content == Some(c))
            .map(|a| (false, a.title.clone()));
        lines.chain(actions).collect::<Vec<_>>()
    };
    p.production
        .kinds()
        .into_iter()
        .map(|c| {
            let makers = p
                .production
                .makers(c)
                .iter()
                .map(|x| x.label(lang))
                .collect();
            (p.production.name(c, lang), makers, named(c))
        })
        .filter(|(_, _, items)| !items.is_empty())
        .collect()
}

/// The lines and actions of each kind of content.
#[component]
pub fn Uses() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let list = store.select(move |p| uses(p, store.lang.get()));
    view! {
        <div class="production-uses" data-testid="production-uses">
            <h3>{move || t().quote().prod_uses_title}</h3>
            <Show when=move || !list.with(Vec::is_empty)
                fallback=move || view! { <p class="muted">{move || t().quote().prod_uses_none}</p> }>
                <dl>
                    {move || list.get().into_iter().map(|(kind, makers, items)| {
                        let makers = if makers.is_empty() { t().quote().prod_nobody.to_string() } else { makers.join(", ") };
                        view! {
                            <div class="production-use" data-testid="production-use">
                                <dt><strong>{kind}</strong>" · "<span class="muted">{makers}</span></dt>
                                <dd>
                                    {items.into_iter().map(|(line, name)| view! {
                                        <span class="chip">
                                            <span class="chip-kind">{if line { t().quote().prod_line } else { t().quote().prod_action }}</span>
                                            " "{name}
                                        </span>
                                    }).collect_view()}
                                </dd>
                            </div>
                        }
                    }).collect_view()}
                </dl>
            </Show>
        </div>
    }
}
