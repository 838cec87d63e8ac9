//! What each target costs: the verdict, the steps from the increment to
//! the paid media it needs, what the increment counts, and what the paid
//! media linked to the objective brings by its deadline (the outlook the
//! dashboard and the slides read too).

use crate::{
    domain::{
        forecast::{self, Counted, Reverse},
        smart::{kpi_name, Achievability},
        KpiRef, Lang, Money, Objective, Plan, Unit,
    },
    ui::{format, state::Store, use_texts},
};
use leptos::prelude::*;

/// An objective's entry, as text.
#[derive(Clone, Debug, Default, PartialEq)]
struct Item {
    title: String,
    kpi: String,
    /// Class and text of the verdict badge.
    verdict: (&'static str, String),
    /// Test id and text of each line under it.
    lines: Vec<(&'static str, String)>,
}

/// What a volume of KPI `kpi` reads as: an amount, orders or new customers.
fn volume(plan: &Plan, kpi: &KpiRef, v: f64, lang: Lang) -> String {
    let k = crate::i18n::texts(lang).kpis();
    let n = format::count(v, lang);
    match Counted::of(kpi) {
        Some(Counted::Revenue) => format::kpi_total(v, Unit::Money, &plan.currency, lang),
        Some(Counted::Orders) => (k.count_orders)(&n, v.round()),
        Some(Counted::Customers) => (k.count_customers)(&n, v.round()),
        None => n,
    }
}

/// The steps, the basis and the outlook of a computed reverse forecast.
fn explain(plan: &Plan, o: &Objective, r: &Reverse, lang: Lang) -> Vec<(&'static str, String)> {
    let t = crate::i18n::texts(lang);
    let k = t.kpis();
    let c = &plan.currency;
    let money = |m: Money| format::money_whole(m, c, lang);
    let n = |v: f64| format::count(v, lang);
    let share = plan.forecast.paid_share.unwrap_or(1.0);
    let period = t.forecast().period(r.period);
    let in_orders = Counted::of(&r.kpi).is_some_and(Counted::in_orders);

    let orders = (k.count_orders)(&n(r.orders), r.orders.round());
    let customers = (k.count_customers)(&n(r.customers), r.customers.round());
    let bought = if in_orders {
        if n(r.orders) == n(r.customers) {
            orders
        } else {
            (k.orders_of)(&orders, &customers)
        }
    } else {
        customers
    };
    let steps = [
        (k.increment)(&volume(plan, &r.kpi, r.increment, lang), period),
        bought,
        (k.count_visits)(&n(r.sessions), r.sessions.round()),
        (k.count_clicks)(
            &n(r.clicks),
            r.clicks.round(),
            &format::percent(share, lang),
        ),
        (k.paid_media)(&money(r.needed)),
    ]
    .join(" → ");

    let baseline = r.outlook.baseline;
    let target = baseline + r.increment;
    let deadline = o.deadline.unwrap_or(plan.period.end);
    let mut basis = (k.basis)(
        &n(baseline),
        &volume(plan, &r.kpi, target, lang),
        period,
        &format::percent(forecast::digital_share(o), lang),
    );
    basis.push(' ');
    basis.push_str(&(k.bring)(
        &volume(plan, &r.kpi, r.volume, lang),
        &format::date(deadline, lang),
    ));

    let outlook = if r.allocated == Money::ZERO {
        k.outlook_none.to_string()
    } else {
        // A customers target reads the new customers, the others the orders.
        let brought = if Counted::of(&r.kpi) == Some(Counted::Customers) {
            (k.count_customers)(&n(r.outlook.customers), r.outlook.customers.round())
        } else {
            (k.count_orders)(&n(r.outlook.orders), r.outlook.orders.round())
        };
        let at = format!(
            "{} {period}",
            volume(plan, &r.kpi, r.outlook.at_deadline(), lang)
        );
        let aim = format!("{} {period}", volume(plan, &r.kpi, target, lang));
        format!(
            "{} {}",
            (k.outlook)(&money(r.allocated), &brought),
            (k.outlook_level)(&at, &aim)
        )
    };
    vec![
        ("reverse-steps", steps),
        ("reverse-basis", basis),
        ("reverse-outlook", outlook),
        (
            "reverse-money",
            (k.money_line)(&money(r.needed), &money(r.allocated)),
        ),
    ]
}

/// The entries of every objective whose target the forecast reads.
fn items(plan: &Plan, lang: Lang) -> Vec<Item> {
    let t = crate::i18n::texts(lang);
    let k = t.kpis();
    let money = |m: Money| format::money_whole(m, &plan.currency, lang);
    plan.objectives
        .iter()
        .filter_map(|o| {
            let r = forecast::reverse(plan, o, plan.forecast.active)?;
            let kpi = forecast::forecast_kpi(o)
                .map_or_else(String::new, |fk| kpi_name(plan, &fk.kpi, lang));
            let achievability = forecast::achievability(plan, o);
            let short = achievability
                .as_ref()
                .and_then(Achievability::shortfall)
                .map(money)
                .unwrap_or_default();
            let verdict = match achievability {
                Some(Achievability::Met { .. }) => ("met", format!("✓ {}", k.verdict_met)),
                Some(Achievability::Stretched { .. }) => {
                    ("stretched", format!("≈ {}", (k.verdict_stretched)(&short)))
                }
                Some(Achievability::OutOfReach { .. }) => {
                    ("out", format!("✗ {}", (k.verdict_out)(&short)))
                }
                Some(Achievability::Unknown(_)) | None => {
                    ("unknown", format!("? {}", t.forecast().unknown_badge))
                }
            };
            let lines = match r {
                Ok(r) => explain(plan, o, &r, lang),
                Err(missing) if missing.is_empty() => {
                    vec![("reverse-unknown", k.unknown_generic.to_string())]
                }
                Err(missing) => vec![(
                    "reverse-unknown",
                    t.forecast()
                        .unknown_of(&missing, lang, |kpi| kpi_name(plan, kpi, lang)),
                )],
            };
            Some(Item {
                title: o.title.clone(),
                kpi,
                verdict,
                lines,
            })
        })
        .collect()
}

/// What each objective's target costs, and the verdict.
#[component]
pub fn ReverseList() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let data = store.select(move |p| items(p, store.lang.get()));
    view! {
        <h3>{move || t().kpis().reverse_title}</h3>
        <p class="muted">{move || t().kpis().reverse_intro}</p>
        {move || {
            let list = data.get();
            if list.is_empty() {
                return view! {
                    <p class="empty small" data-testid="reverse-none">{t().kpis().reverse_none}" "
                        <crate::ui::strategy::StepLink step=crate::ui::strategy::Step::Smart label=|s| s.link_targets testid="link-targets"/></p>
                }.into_any();
            }
            view! {
                <ul class="reverse-list">
                    {list.into_iter().map(|item| view! {
                        <li data-testid="reverse-item">
                            <div class="reverse-head">
                                <strong>{item.title}</strong>
                                <span class="reverse-kpi">{item.kpi}</span>
                                <span class=format!("verdict {}", item.verdict.0) data-testid="reverse-verdict">{item.verdict.1}</span>
                            </div>
                            {item.lines.into_iter().map(|(id, text)| view! {
                                <p class=id data-testid=id>{text}</p>
                            }).collect_view()}
                        </li>
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
    }
}
