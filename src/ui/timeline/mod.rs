//! The timeline page: the Gantt chart, what the selected action serves,
//! over-committed budget lines, re-planning, and the filtered list.

pub(crate) mod form;
mod form_work;
mod gantt;
mod list;
mod quick;
mod templates;

pub use gantt::Gantt;

use crate::{
    domain::{
        smart::kpi_name,
        timeline::{self, ActionFilter},
        Action, ActionStatus, Command, Importance, ItemId,
    },
    ui::{format, perf::deferred, state::Store, use_texts},
};
use form::{importance_name, status_name, ActionDialog};
use leptos::prelude::*;

/// Time unit of the chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    /// A column per week.
    Weeks,
    /// A column per month.
    Months,
    /// A column per quarter.
    Quarters,
}

/// How the chart groups its rows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Group {
    /// By horizon.
    Horizon,
    /// By channel.
    Channel,
    /// By objective: an action serving two is shown under each.
    Objective,
}

/// An action as a key of a keyed list: hashed by what places it (id and
/// dates), compared whole, so its row is redrawn when anything of it
/// changed and kept (with its DOM and focus) otherwise.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Keyed(pub Action);

impl std::hash::Hash for Keyed {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        (self.0.id, self.0.start, self.0.end).hash(h);
    }
}

/// The timeline page.
#[component]
pub fn TimelinePage() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    // The page is not width-capped: the Gantt fits the plan period to the
    // window. A class on <body> rather than `.main:has(.timeline-page)`, a
    // rule the browser re-checked on every change inside the page.
    if let Some(body) = document().body() {
        let _ = body.class_list().add_1("wide-page");
    }
    on_cleanup(|| {
        if let Some(body) = document().body() {
            let _ = body.class_list().remove_1("wide-page");
        }
    });
    let scale = RwSignal::new(Scale::Months);
    let group = RwSignal::new(Group::Horizon);
    let selected = RwSignal::new(None::<ItemId>);
    let editing = RwSignal::new(None::<Action>);
    let filter = RwSignal::new(ActionFilter::default());
    let count = store.select(|p| p.actions.len());
    let channel_names = store.select(move |p| timeline::channel_names(p, store.lang.get()));
    // A memo, not a derived signal: the chart, the list and the count read
    // it, and each read of a derived signal would filter and clone every
    // action again. It keeps the actions that did not change
    // (`perf::reuse`): an edit clones one action, not all of them.
    let shown = Memo::new_owning(move |old: Option<Vec<Action>>| {
        filter.with(|f| {
            // Channels are matched by name: the language matters only then.
            let lang = if f.channel.is_some() {
                store.lang.get()
            } else {
                store.lang.get_untracked()
            };
            store.current.with(|c| {
                let plan = c.as_ref().map(|o| &o.plan);
                crate::ui::perf::reuse(old, plan.into_iter().flat_map(|p| f.apply(p, lang)))
            })
        })
    });
    // The list sits under the chart: it follows an edit right after the
    // frame that shows it on the chart (see `ui::perf::deferred`).
    let listed = Signal::from(deferred(
        move || shown.track(),
        move || shown.try_get_untracked(),
    ));
    let shown = Signal::from(shown);
    let period = store.select(|p| Some(p.period));
    let new_action = move |_| {
        let day = crate::storage::browser::now().date_naive();
        // Today, held inside the plan period (the form refuses dates out of it).
        let start = period
            .get_untracked()
            .map_or(day, |p| day.max(p.start).min(p.end.max(p.start)));
        editing.set(Some(form::new_action(&store, start)));
    };
    let objectives = store.select(|p| {
        p.objectives
            .iter()
            .map(|o| (o.id, o.title.clone()))
            .collect::<Vec<_>>()
    });
    let toggle = move |label: Signal<String>,
                       testid: &'static str,
                       on: Signal<bool>,
                       set: Callback<()>| {
        view! {
            <button type="button" class="btn small" data-testid=testid aria-pressed=move || on.get().to_string() on:click=move |_| set.run(())>{move || label.get()}</button>
        }
    };
    view! {
        <section class="page timeline-page" data-testid="timeline">
            <div class="page-head">
                <div>
                    <h1>{move || t().timeline().title}</h1>
                    <p class="lead">{move || t().timeline().intro}</p>
                </div>
                <div class="page-actions">
                    <templates::FromTemplate editing=editing/>
                    <button type="button" class="btn primary" data-testid="new-action" on:click=new_action>{move || t().timeline().new_action}</button>
                </div>
            </div>
            <OverCommitments/>
            <div class="budget-toolbar">
                <div class="toolbar-group" role="group" aria-label=move || t().timeline().scale>
                    <span class="small-label">{move || t().timeline().scale}</span>
                    {[(Scale::Weeks, "scale-weeks"), (Scale::Months, "scale-months"), (Scale::Quarters, "scale-quarters")].into_iter().map(|(s, id)| {
                        toggle(Signal::derive(move || { let tl = t().timeline(); match s { Scale::Weeks => tl.weeks, Scale::Months => tl.months, Scale::Quarters => tl.quarters }.to_string() }),
                            id, Signal::derive(move || scale.get() == s), Callback::new(move |_| scale.set(s)))
                    }).collect_view()}
                </div>
                <div class="toolbar-group" role="group" aria-label=move || t().timeline().group_by>
                    <span class="small-label">{move || t().timeline().group_by}</span>
                    {[(Group::Horizon, "group-horizon"), (Group::Channel, "group-channel"), (Group::Objective, "group-objective")].into_iter().map(|(g, id)| {
                        toggle(Signal::derive(move || { let tl = t().timeline(); match g { Group::Horizon => tl.by_horizon, Group::Channel => tl.by_channel, Group::Objective => tl.by_objective }.to_string() }),
                            id, Signal::derive(move || group.get() == g), Callback::new(move |_| group.set(g)))
                    }).collect_view()}
                </div>
            </div>
            <Legend/>
            <Show when=move || count.get() != 0 fallback=move || view! { <p class="empty" data-testid="timeline-empty">{move || t().timeline().empty}</p> }>
                <gantt::Gantt actions=shown scale=scale group=group selected=selected readonly=false/>
            </Show>
            <Detail selected=selected editing=editing/>
            <Shift/>
            <h2>{move || t().timeline().list_title}</h2>
            <div class="list-filters">
                <div class="field">
                    <label for="filter-status">{move || t().timeline().status}</label>
                    <select id="filter-status" data-testid="filter-status" on:change=move |e| {
                        let status = ActionStatus::from_key(&event_target_value(&e));
                        filter.update(|f| f.status = status);
                    }>
                        <option value="">{move || t().timeline().filter_all}</option>
                        {ActionStatus::ALL.into_iter().map(|s| view! { <option value=s.key()>{move || status_name(s, t().timeline())}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="filter-importance">{move || t().timeline().importance}</label>
                    <select id="filter-importance" data-testid="filter-importance" on:change=move |e| {
                        let importance = Importance::from_key(&event_target_value(&e));
                        filter.update(|f| f.importance = importance);
                    }>
                        <option value="">{move || t().timeline().filter_all}</option>
                        {Importance::ALL.into_iter().map(|i| view! { <option value=i.key()>{move || importance_name(i, t().timeline())}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="filter-channel">{move || t().timeline().by_channel}</label>
                    <select id="filter-channel" data-testid="filter-channel" on:change=move |e| {
                        let v = event_target_value(&e);
                        filter.update(|f| f.channel = (!v.is_empty()).then_some(v));
                    }>
                        <option value="">{move || t().timeline().filter_all}</option>
                        {move || channel_names.get().into_iter().map(|n| view! { <option value=n.clone()>{n.clone()}</option> }).collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="filter-objective">{move || t().timeline().by_objective}</label>
                    <select id="filter-objective" data-testid="filter-objective" on:change=move |e| {
                        let o = event_target_value(&e).parse().ok().map(ItemId);
                        filter.update(|f| f.objective = o);
                    }>
                        <option value="">{move || t().timeline().filter_all}</option>
                        {move || objectives.get().into_iter().map(|(id, title)| view! { <option value=id.to_string()>{title}</option> }).collect_view()}
                    </select>
                </div>
            </div>
            <list::ActionList shown=listed total=Signal::derive(move || count.get()) editing=editing/>
            <ActionDialog editing=editing/>
        </section>
    }
}

#[component]
fn Legend() -> impl IntoView {
    let t = use_texts();
    view! {
        <ul class="gantt-legend" aria-label=move || t().timeline().legend>
            {Importance::ALL.into_iter().map(|i| view! {
                <li><svg width="28" height="14" aria-hidden="true"><rect width="28" height="14" rx="3" class=format!("bar imp-{}", if i == Importance::Critical { "critical-bar" } else { i.key() })/></svg>
                {move || importance_name(i, t().timeline())}</li>
            }).collect_view()}
        </ul>
    }
}

/// Budget lines whose actions cost more than they allocate.
#[component]
fn OverCommitments() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let items = store.select(move |p| {
        let lang = store.lang.get();
        let money = |m| format::money(m, &p.currency, lang);
        timeline::over_commitments(p)
            .into_iter()
            .map(|o| {
                let name = p
                    .line(o.line)
                    .map(|l| l.channel.name(lang))
                    .unwrap_or_default();
                (crate::i18n::texts(lang).timeline().over_committed)(
                    &name,
                    &money(o.committed),
                    &money(o.allocated),
                    &money(o.excess()),
                )
            })
            .collect::<Vec<_>>()
    });
    let _ = t;
    view! {
        {move || items.get().into_iter().map(|text| view! { <p class="advice warn" data-testid="over-committed">"⚠ "{text}</p> }).collect_view()}
    }
}

/// What the selected action serves, and quick re-scheduling.
#[component]
fn Detail(selected: RwSignal<Option<ItemId>>, editing: RwSignal<Option<Action>>) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let info = store.select(move |p| {
        let id = selected.get()?;
        let a = p.action(id)?.clone();
        let lang = store.lang.get();
        let objectives: Vec<String> = a
            .objectives
            .iter()
            .filter_map(|oid| p.objective(*oid))
            .map(|o| {
                let kpis: Vec<String> = o.kpis.iter().map(|k| kpi_name(p, &k.kpi, lang)).collect();
                if kpis.is_empty() {
                    o.title.clone()
                } else {
                    format!("{} ({})", o.title, kpis.join(", "))
                }
            })
            .collect();
        let line = a.budget_line.and_then(|l| p.line(l)).map(|l| {
            format!(
                "{} · {}",
                l.channel.name(lang),
                format::money(a.cost, &p.currency, lang)
            )
        });
        let outside = timeline::outside_period(p, &a);
        let n = timeline::occurrences(&a, p.period.end).len();
        Some((a, objectives, line, outside, n))
    });
    // A move the date rule refuses (as the form and the chart do), said here.
    let refused = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        selected.track();
        refused.set(None);
    });
    let shift = move |weeks: i64| {
        let Some((a, ..)) = info.get_untracked() else {
            return;
        };
        // A move past 1900-2200 is not sent: the command would refuse it.
        if let Some(moved) = a.shifted(weeks) {
            let lang = store.lang.get_untracked();
            let why = store
                .with_plan(|p| gantt::refusal(p, Some(&a), &moved, lang))
                .flatten();
            refused.set(why.or_else(|| store.send(Command::UpdateAction(Box::new(moved)))));
        }
    };
    view! {
        {move || info.get().map(|(a, objectives, line, outside, n)| {
            let lang = store.lang.get();
            let tl = t().timeline();
            let edit_copy = a.clone();
            view! {
                <aside class="card action-detail" data-testid="action-detail">
                    <h2>{a.title.clone()}</h2>
                    <p class="muted">
                        {format!("{} → {}", format::date(a.start, lang), format::date(a.end, lang))}
                        " · "{importance_name(a.importance, tl)}" · "{status_name(a.status, tl)}
                        {(n > 1).then(|| format!(" · {}", (tl.repeats)(n)))}
                        {outside.then(|| view! { " · "<strong class="error-inline">{tl.outside}</strong> })}
                    </p>
                    {if objectives.is_empty() && line.is_none() {
                        view! { <p>{tl.serves_nothing}</p> }.into_any()
                    } else {
                        view! {
                            <p class="small-label">{tl.serves}</p>
                            <ul data-testid="action-serves">
                                {objectives.into_iter().map(|o| view! { <li>{o}</li> }).collect_view()}
                                {line.map(|l| view! { <li>{l}</li> })}
                            </ul>
                        }.into_any()
                    }}
                    <div class="dialog-actions">
                        <button type="button" class="btn small" data-testid="action-earlier" on:click=move |_| shift(-1)>{tl.earlier}</button>
                        <button type="button" class="btn small" data-testid="action-later" on:click=move |_| shift(1)>{tl.later}</button>
                        <button type="button" class="btn small primary" data-testid="action-edit" on:click=move |_| editing.set(Some(edit_copy.clone()))>{tl.edit_action}</button>
                    </div>
                    <p class="error" role="alert" data-testid="action-refused">{move || refused.get()}</p>
                </aside>
            }
        })}
    }
}

/// "Shift every action after a date by N weeks".
#[component]
fn Shift() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let from = RwSignal::new(String::new());
    let weeks = RwSignal::new("1".to_string());
    let message = RwSignal::new(None::<String>);
    let apply = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let Ok(day) = chrono::NaiveDate::parse_from_str(&from.get_untracked(), "%Y-%m-%d") else {
            message.set(Some(t().bad_date.to_string()));
            return;
        };
        let Ok(n) = weeks.get_untracked().trim().parse::<i64>() else {
            message.set(Some((t().strategy().err_number)(
                &crate::domain::number::NumberError::NotANumber,
            )));
            return;
        };
        let command = store.with_plan(|p| timeline::shift_after(p, day, n));
        message.set(match command {
            Some(Ok(Some(c))) => store.send(c),
            Some(Err(e)) => Some((t().plan().err_command)(&e)),
            Some(Ok(None)) | None => Some(t().timeline().shift_none.to_string()),
        });
    };
    view! {
        <details class="card shift">
            <summary>{move || t().timeline().shift_title}</summary>
            <form class="inline-form" on:submit=apply>
                <div class="field">
                    <label for="shift-from">{move || t().timeline().shift_from}</label>
                    <input id="shift-from" data-testid="shift-from" type="date" prop:value=move || from.get() on:change=move |e| from.set(event_target_value(&e))/>
                </div>
                <div class="field">
                    <label for="shift-weeks">{move || t().timeline().shift_weeks}</label>
                    <input id="shift-weeks" data-testid="shift-weeks" type="text" inputmode="numeric" prop:value=move || weeks.get() on:input=move |e| weeks.set(event_target_value(&e))/>
                </div>
                <button type="submit" class="btn" data-testid="shift-apply">{move || t().timeline().shift_apply}</button>
            </form>
            <p class="error" role="alert" data-testid="shift-message">{move || message.get()}</p>
        </details>
    }
}
