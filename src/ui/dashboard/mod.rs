//! The dashboard: budget allocated, committed and spent; upcoming and late
//! actions; and per objective (priority first) each KPI's progress from
//! baseline to target, its status against the time elapsed, a sparkline,
//! and measurements typed or pasted.

use crate::{
    domain::{
        agenda::{self, AgendaItem, Timing},
        dashboard::{self, Board, KpiProgress, Status},
        forecast::Measured,
        measurement,
        number::parse_decimal,
        timeline, Command, Currency, ItemId, KpiRef, Unit,
    },
    ui::{
        format,
        state::Store,
        strategy::{Step, StepLink},
        use_texts,
    },
};
use chrono::NaiveDate;
use leptos::prelude::*;

mod forecast;

/// The dashboard page. The objectives' cards and their KPI panels read
/// one [`Board`], computed once per change of the plan in a single pass
/// over it; each card and panel takes its own part by key, so the page's
/// work grows with the plan, not with KPIs times measurements (issue 29).
#[component]
pub fn DashboardPage() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let today = crate::storage::browser::now().date_naive();
    let board = store.select(move |p| dashboard::board(p, store.lang.get(), today));
    let currency = store.select(|p| p.currency.clone());
    let objectives = Memo::new(move |_| board.with(|b| b.order.clone()));
    view! {
        <section class="page dashboard-page" data-testid="dashboard">
            <div class="page-head">
                <div>
                    <h1>{move || t().dashboard().title}</h1>
                    <p class="lead">{move || t().dashboard().intro}</p>
                </div>
            </div>
            <div class="dash-top">
                <BudgetCard/>
                <ActionsCard/>
            </div>
            <FunnelCard/>
            <forecast::ForecastCard/>
            <h2>{move || t().dashboard().objectives_title}</h2>
            <Show when=move || !objectives.with(Vec::is_empty)
                fallback=move || view! {
                    <p class="empty small" data-testid="dash-no-objectives">{move || t().dashboard().no_objectives}" "
                        <StepLink step=Step::Objectives label=|s| s.link_objectives testid="link-objectives"/></p>
                }>
                <For each=move || objectives.get() key=|id| *id let:id>
                    <ObjectiveCard id=id board=board currency=currency/>
                </For>
            </Show>
        </section>
    }
}

#[component]
fn BudgetCard() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let figures = store.select(|p| {
        (
            p.budget.allocated(),
            timeline::committed_total(p),
            timeline::spent(p),
            p.currency.clone(),
        )
    });
    view! {
        <section class="card" data-testid="dash-budget">
            <h2>{move || t().dashboard().budget_title}</h2>
            <dl class="figures">
                {move || {
                    let (allocated, committed, spent, currency) = figures.get();
                    let d = t().dashboard();
                    [(d.allocated, allocated, "dash-allocated"), (d.committed, committed, "dash-committed"), (d.spent, spent, "dash-spent")]
                        .into_iter()
                        .map(|(label, m, id)| view! {
                            <div><dt>{label}</dt><dd data-testid=id>{format::money_whole(m, &currency, store.lang.get())}</dd></div>
                        })
                        .collect_view()
                }}
            </dl>
        </section>
    }
}

/// The late actions and the next 30 days, occurrence by occurrence, as
/// [`agenda::agenda`] lists them.
#[component]
fn ActionsCard() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let today = crate::storage::browser::now().date_naive();
    let lists = store.select(move |p| agenda::agenda(p, today, agenda::DAYS_AHEAD));
    let line = move |item: AgendaItem| {
        let lang = store.lang.get();
        let d = t().dashboard();
        let date = format::date(item.date, lang);
        let when = match item.timing {
            Timing::UnderWay { .. } => (d.since)(&date),
            _ => date,
        };
        let note = match (item.timing, item.every) {
            (Timing::NeverStarted { missed }, _) => Some((d.missed)(missed)),
            (Timing::AllEnded { count }, _) => Some((d.all_over)(count)),
            (_, Some(every)) => Some((d.every)(every).to_string()),
            (_, None) => None,
        };
        view! {
            <li>
                <span class="muted">{when}</span>" "{item.title}
                {note.map(|n| view! { <span class="muted">" · "{n}</span> })}
            </li>
        }
    };
    let list = move |items: Vec<AgendaItem>, empty: String, testid: &'static str| {
        if items.is_empty() {
            view! { <p class="muted">{empty}</p> }.into_any()
        } else {
            view! {
                <ul class="dash-actions" data-testid=testid>
                    {items.into_iter().map(line).collect_view()}
                </ul>
            }
            .into_any()
        }
    };
    view! {
        <section class="card">
            <h2>{move || t().dashboard().late}</h2>
            {move || list(lists.get().late, t().dashboard().none_late.to_string(), "dash-late")}
            <h2>{move || (t().dashboard().upcoming)(agenda::DAYS_AHEAD)}</h2>
            {move || list(lists.get().upcoming, (t().dashboard().none_upcoming)(agenda::DAYS_AHEAD), "dash-upcoming")}
        </section>
    }
}

#[component]
fn ObjectiveCard(id: ItemId, board: Memo<Board>, currency: Memo<Currency>) -> impl IntoView {
    let t = use_texts();
    let head = Memo::new(move |_| {
        board.with(|b| b.objectives.get(&id).map(|o| (o.title.clone(), o.priority)))
    });
    let kpis = Memo::new(move |_| {
        board.with(|b| {
            b.objectives
                .get(&id)
                .map(|o| o.kpis.clone())
                .unwrap_or_default()
        })
    });
    view! {
        <article class="card objective-card" data-testid="dash-objective">
            <h3>
                <span class="rank-badge" class:priority=move || head.get().is_some_and(|h| h.1)>
                    {move || if head.get().is_some_and(|h| h.1) { t().strategy().summary_priority } else { t().strategy().summary_secondary }}
                </span>
                " "{move || head.get().map(|h| h.0)}
            </h3>
            <NextActions id=id board=board/>
            <Show when=move || !kpis.with(Vec::is_empty) fallback=move || view! {
                <p class="muted" data-testid="dash-no-kpi">{move || t().dashboard().no_kpi}" "
                    <StepLink step=Step::Smart objective=id label=|s| s.link_kpis testid="link-kpis"/></p>
            }>
                <For each=move || kpis.get() key=|k| k.clone() let:kpi>
                    <KpiPanel objective=id kpi=kpi board=board currency=currency/>
                </For>
            </Show>
        </article>
    }
}

#[component]
fn KpiPanel(
    objective: ItemId,
    kpi: KpiRef,
    board: Memo<Board>,
    currency: Memo<Currency>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let k2 = kpi.clone();
    // Its own reading, by key: no scan of the plan per panel.
    let data = Memo::new(move |_| {
        let r = board.with(|b| b.objectives.get(&objective)?.readings.get(&k2).cloned())?;
        Some((
            r.name,
            r.unit,
            r.progress,
            r.measurements,
            currency.get(),
            r.measured,
        ))
    });
    let slug = match &kpi {
        KpiRef::Catalogue(k) => k.clone(),
        KpiRef::Custom(n) => format!("custom-{n}"),
    };
    let date = RwSignal::new(crate::storage::browser::now().date_naive().to_string());
    let value = RwSignal::new(String::new());
    let paste = RwSignal::new(String::new());
    let message = RwSignal::new(None::<(bool, String)>);
    let record = move |rows: Vec<(NaiveDate, f64)>| -> Option<String> {
        let (_, unit, ..) = data.get_untracked()?;
        let first = store.next_item_id();
        store.send(measurement::record(&kpi, objective, unit, rows, first))
    };
    let record = StoredValue::new(record);
    let add = move |e: leptos::ev::SubmitEvent| {
        e.prevent_default();
        let d = NaiveDate::parse_from_str(&date.get_untracked(), "%Y-%m-%d");
        let v = parse_decimal(&value.get_untracked());
        message.set(Some(match (d, v) {
            (Err(_), _) => (false, t().bad_date.to_string()),
            (_, Err(e)) => (false, (t().strategy().err_number)(&e)),
            (Ok(d), Ok(v)) => match record.with_value(|r| r(vec![(d, v)])) {
                None => {
                    value.set(String::new());
                    (true, (t().dashboard().imported)(1))
                }
                Some(e) => (false, e),
            },
        }));
    };
    let import = move |_| {
        message.set(Some(match dashboard::parse_csv(&paste.get_untracked()) {
            Err((line, e)) => (false, (t().dashboard().csv_error)(line, &e)),
            Ok(rows) => {
                let n = rows.len();
                match record.with_value(|r| r(rows)) {
                    None => {
                        paste.set(String::new());
                        (true, (t().dashboard().imported)(n))
                    }
                    Some(e) => (false, e),
                }
            }
        }));
    };
    let panel_id = format!("dash-kpi-{slug}");
    view! {
        {move || data.get().map(|(name, unit, pr, ids, currency, _)| {
            let lang = store.lang.get();
            let d = t().dashboard();
            let show = |v: Option<f64>| v.map(|v| format::kpi_value(v, unit, &currency, lang)).unwrap_or_else(|| "—".into());
            let (status_text, status_class) = match pr.status {
                Status::OnTrack => (d.on_track, "on"),
                Status::AtRisk => (d.at_risk, "risk"),
                Status::OffTrack => (d.off_track, "off"),
                Status::NoData => (d.no_data, "none"),
            };
            let pct = pr.progress.map(|p| (p * 100.0).clamp(0.0, 100.0)).unwrap_or(0.0);
            view! {
                <div class="kpi-panel" data-testid=panel_id.clone()>
                    <div class="kpi-panel-head">
                        <strong>{name}</strong>
                        <span class=format!("status status-{status_class}") title=(d.rule)() data-testid="dash-status">{status_text}</span>
                    </div>
                    <p class="muted">{(d.from_to)(&show(pr.baseline), &show(pr.series.last().map(|x| x.1)), &show(pr.target))}</p>
                    <div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow=format!("{pct:.0}")
                        aria-label=(d.progress)(&format::percent_whole(pct / 100.0, lang))>
                        <div class="progress-fill" style=format!("width:{pct:.1}%")></div>
                        {pr.elapsed.map(|e| view! { <div class="progress-time" style=format!("left:{:.1}%", e * 100.0)></div> })}
                    </div>
                    <p class="muted" data-testid="dash-progress">{pr.progress.map(|p| (d.progress)(&format::percent_whole(p, lang)))}</p>
                    <Sparkline pr=pr.clone()/>
                    <details class="measurements">
                        <summary>{(d.measurements)(ids.len())}</summary>
                        <ul>
                            {ids.into_iter().map(|(mid, date, v)| view! {
                                <li>{format::date(date, lang)}" · "{format::kpi_value(v, unit, &currency, lang)}
                                    <button type="button" class="btn small ghost danger-text" on:click=move |_| { let _ = store.send(Command::RemoveMeasurement(mid)); }>{d.delete}</button>
                                </li>
                            }).collect_view()}
                        </ul>
                    </details>
                </div>
            }
        })}
        <form class="inline-form record" on:submit=add>
            <div class="field">
                <label for=format!("m-date-{objective}-{slug}")>{move || t().dashboard().date}</label>
                <input type="date" id=format!("m-date-{objective}-{slug}") data-testid="m-date" prop:value=move || date.get() on:change=move |e| date.set(event_target_value(&e))/>
            </div>
            <div class="field">
                <label for=format!("m-value-{objective}-{slug}")>{move || t().dashboard().value}{move || data.get().map(|d| match d.1 { Unit::Percent => " (%)", Unit::Duration => " (min)", _ => "" })}
                    // What to type: this month's figure, or the total since the plan start.
                    {move || data.get().filter(|d| d.5 != Measured::Level).map(|d| view! {
                        " " <span class="muted small" data-testid="m-measured">"("{t().forecast().measured(d.5)}")"</span>
                    })}
                </label>
                <input type="text" inputmode="decimal" id=format!("m-value-{objective}-{slug}") data-testid="m-value" prop:value=move || value.get() on:input=move |e| value.set(event_target_value(&e))/>
            </div>
            <button type="submit" class="btn" data-testid="m-add">{move || t().dashboard().add}</button>
        </form>
        <details class="paste">
            <summary>{move || t().dashboard().paste}</summary>
            <label class="sr-only" for=format!("m-paste-{objective}-{slug}")>{move || t().dashboard().paste}</label>
            <textarea id=format!("m-paste-{objective}-{slug}") data-testid="m-paste" rows="4" placeholder=move || t().dashboard().paste_hint
                prop:value=move || paste.get() on:input=move |e| paste.set(event_target_value(&e))></textarea>
            <button type="button" class="btn small" data-testid="m-import" on:click=import>{move || t().dashboard().import}</button>
        </details>
        {move || message.get().map(|(ok, m)| view! { <p class=if ok { "advice ok" } else { "error" } role="status" data-testid="m-message">{m}</p> })}
    }
}

/// The measurements as a small line, with the target as a dashed line.
#[component]
fn Sparkline(pr: KpiProgress) -> impl IntoView {
    let values: Vec<f64> = pr
        .series
        .iter()
        .map(|(_, v)| *v)
        .chain(pr.baseline)
        .chain(pr.target)
        .collect();
    if pr.series.len() < 2 {
        return view! { <span></span> }.into_any();
    }
    let (min, max) = values
        .iter()
        .fold((f64::MAX, f64::MIN), |(a, b), v| (a.min(*v), b.max(*v)));
    let span = (max - min).max(f64::EPSILON);
    let y = |v: f64| 28.0 - (v - min) / span * 24.0;
    let n = pr.series.len() as f64 - 1.0;
    let points: String = pr
        .series
        .iter()
        .enumerate()
        .map(|(i, (_, v))| format!("{:.1},{:.1} ", 2.0 + i as f64 / n * 116.0, y(*v)))
        .collect();
    view! {
        <svg class="sparkline" viewBox="0 0 120 30" width="120" height="30" aria-hidden="true" data-testid="sparkline">
            {pr.target.map(|t| view! { <line x1="0" x2="120" y1=y(t) y2=y(t) class="target"/> })}
            <polyline points=points class="line"/>
        </svg>
    }.into_any()
}

/// The next two open actions serving objective `id`.
#[component]
fn NextActions(id: ItemId, board: Memo<Board>) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let next = Memo::new(move |_| {
        board.with(|b| {
            b.objectives
                .get(&id)
                .map(|o| o.next_actions.clone())
                .unwrap_or_default()
        })
    });
    view! {
        <Show when=move || !next.with(Vec::is_empty)>
            <p class="next-actions" data-testid="dash-next-actions">
                <span class="small-label">{move || t().dashboard().next_actions}</span>" "
                {move || next.get().into_iter().map(|(d, title)| format!("{} ({})", title, format::date(d, store.lang.get()))).collect::<Vec<_>>().join(" · ")}
            </p>
        </Show>
    }
}

/// The first funnel row at a glance: each step's conversion, the weakest
/// highlighted.
#[component]
fn FunnelCard() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let row = store.select(|p| p.funnel.first().cloned());
    view! {
        {move || row.get().filter(|r| r.counts.iter().any(Option::is_some)).map(|r| {
            let report = crate::domain::funnel::report(&r);
            let lang = store.lang.get();
            let stage = |i: usize| crate::domain::catalogue::FunnelStage::ALL[i].name().get(lang);
            view! {
                <section class="card" data-testid="dash-funnel">
                    <h2>{t().dashboard().funnel_title}</h2>
                    <ol class="funnel-snapshot">
                        {(0..4).map(|i| {
                            let c = report.conversion[i].map(|c| format::percent(c, lang)).unwrap_or_else(|| "—".into());
                            view! { <li class:weakest=report.weakest == Some(i)>{(t().dashboard().funnel_step)(stage(i), stage(i + 1), &c)}</li> }
                        }).collect_view()}
                    </ol>
                </section>
            }
        })}
    }
}
