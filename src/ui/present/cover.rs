//! The cover (client, plan title, dates, who presents, logos) and the
//! executive summary (the business goal, the priority objectives with their
//! targets, the budget in one line, the next quarter's key actions).

use super::sections::kpi_lines;
use crate::{
    domain::{budget::horizon_name, deck},
    storage::browser,
    ui::{format, state::Store, use_texts},
};
use leptos::prelude::*;

/// The cover, on the first slide and the report's first page.
#[component]
pub fn Cover() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let today = browser::now().date_naive();
    let head = store.select(move |p| {
        let lang = store.lang.get();
        let b = &p.branding;
        let who: Vec<&str> = [b.consultant.as_str(), b.firm.as_str()]
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .collect();
        (
            p.name.clone(),
            p.client.clone(),
            (
                format::date(p.period.start, lang),
                format::date(p.period.end, lang),
            ),
            who.join(", "),
            format::date(today, lang),
            (
                b.client_logo.as_ref().map(|l| l.data_url()),
                b.consultant_logo.as_ref().map(|l| l.data_url()),
            ),
        )
    });
    view! {
        <div class="cover" data-testid="cover">
            <div class="cover-logos">
                {move || head.get().5 .0.map(|src| view! { <img class="cover-client-logo" src=src alt="" data-testid="cover-client-logo"/> })}
                <span class="spacer"></span>
                {move || head.get().5 .1.map(|src| view! { <img class="cover-consultant-logo" src=src alt="" data-testid="cover-consultant-logo"/> })}
            </div>
            <div class="cover-title">
                <p class="client" data-testid="cover-client">{move || head.get().1}</p>
                <h1>{move || head.get().0}</h1>
                <p class="period">{move || { let (a, b) = head.get().2; (t().present().period)(&a, &b) }}</p>
            </div>
            <div class="cover-by">
                {move || { let who = head.get().3; (!who.is_empty()).then(|| view! {
                    <p class="presented-by" data-testid="cover-consultant">{(t().present().presented_by)(&who)}</p>
                }) }}
                <p class="muted">{move || (t().present().presented_on)(&head.get().4)}</p>
            </div>
        </div>
    }
}

/// A KPI line: name, baseline, target.
type KpiLine = (String, String, String);

/// The summary's content, formatted.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Digest {
    pub goal: String,
    pub priorities: Vec<(String, Vec<KpiLine>)>,
    pub budget: String,
    pub next: Vec<(String, String, bool)>,
}

/// The summary's content on `today`, formatted in `lang`.
pub(crate) fn digest(
    p: &crate::domain::Plan,
    lang: crate::domain::Lang,
    today: chrono::NaiveDate,
) -> Digest {
    let tt = crate::i18n::texts(lang).present();
    let priorities = deck::summary_priorities(p)
        .into_iter()
        .map(|i| &p.objectives[i])
        .map(|o| {
            (
                o.title.clone(),
                kpi_lines(p, o, lang).into_iter().take(2).collect(),
            )
        })
        .collect();
    let s = p.budget.summary();
    let split = crate::domain::Horizon::ALL
        .iter()
        .zip(s.by_horizon)
        .filter(|(_, m)| m.0 > 0)
        .map(|(h, m)| {
            let share = crate::domain::budget::share_bp(m, s.allocated) as f64 / 100.0;
            let pct = crate::i18n::typo::percent_suffix(lang);
            format!(
                "{}{pct}\u{a0}{}",
                format::number(share.round(), lang, 0),
                horizon_name(*h).get(lang).to_lowercase()
            )
        })
        .collect::<Vec<_>>()
        .join(" · ");
    let months = deck::period_months(&p.period);
    let budget = (tt.budget_line)(
        &format::money_as(
            s.total,
            &p.currency,
            lang,
            p.slides.money_style,
            crate::domain::money::Precision::Unit,
        ),
        months,
        &split,
    );
    let next = deck::summary_actions(p, today)
        .into_iter()
        .map(|i| &p.actions[i])
        .map(|a| {
            (
                a.title.clone(),
                format::date(a.start, lang),
                a.importance.stands_out(),
            )
        })
        .collect();
    Digest {
        goal: p.context.clone(),
        priorities,
        budget,
        next,
    }
}

/// The executive summary, one slide (and the report's first section).
#[component]
pub fn Summary() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let today = browser::now().date_naive();
    let digest = store.select(move |p| digest(p, store.lang.get(), today));
    view! {
        <div class="summary" data-testid="summary">
            <section class="summary-goal">
                <h3>{move || t().present().summary_goal}</h3>
                <p class="goal">{move || { let g = digest.get().goal; if g.trim().is_empty() { t().present().no_goal.to_string() } else { g } }}</p>
            </section>
            <section class="summary-priorities">
                <h3>{move || t().present().summary_priorities}</h3>
                {move || { let list = digest.get().priorities; if list.is_empty() {
                    view! { <p class="empty">{t().present().no_priority}</p> }.into_any()
                } else { view! {
                    <ol class="priority-list">
                        {list.into_iter().map(|(title, kpis)| view! {
                            <li data-testid="summary-priority">
                                <strong>{title}</strong>
                                {kpis.into_iter().map(|(name, from, to)| view! {
                                    <span class="kpi-target">{name}" "<span class="nowrap">{from}" → "<strong>{to}</strong></span></span>
                                }).collect_view()}
                            </li>
                        }).collect_view()}
                    </ol>
                }.into_any() } }}
            </section>
            <section class="summary-budget">
                <h3>{move || t().present().summary_budget}</h3>
                <p class="budget-line" data-testid="summary-budget">{move || digest.get().budget}</p>
            </section>
            <section class="summary-next">
                <h3>{move || t().present().summary_next}</h3>
                {move || { let list = digest.get().next; if list.is_empty() {
                    view! { <p class="empty">{t().present().no_next_actions}</p> }.into_any()
                } else { view! {
                    <ul class="next-list">
                        {list.into_iter().map(|(title, date, key)| view! {
                            <li class:key=key><span class="date">{date}</span>" "{title}</li>
                        }).collect_view()}
                    </ul>
                }.into_any() } }}
            </section>
        </div>
    }
}
