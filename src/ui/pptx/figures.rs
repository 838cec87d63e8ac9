//! The deck's figures from the open plan: the budget's stacked bars, the
//! timeline's bars across the plan's months, and where the objectives stand.

use crate::{
    domain::{
        dashboard::Status,
        deck::{self, Slide},
        Action, Importance, Lang, Plan,
    },
    i18n::texts,
    storage::pptx::content::{Body, GanttRow, Segment},
    ui::{budget::charts::chart_data, format, present::sections},
};
use chrono::NaiveDate;

/// The budget's three stacked bars.
pub(super) fn charts(p: &Plan, lang: Lang) -> Body {
    let (horizons, channels, delivery, allocated) = chart_data(p, lang);
    let bt = texts(lang).budget();
    if allocated.0 == 0 {
        return Body::Empty(bt.chart_empty.into());
    }
    let group = |title: &str, list: Vec<crate::ui::budget::charts::Segment>| {
        let whole: crate::domain::Money = list.iter().map(|s| s.amount).sum();
        let segments = list
            .into_iter()
            .map(|s| {
                let bp = crate::domain::budget::share_bp(s.amount, whole);
                Segment {
                    label: s.label,
                    amount: format::money_as(
                        s.amount,
                        &p.currency,
                        lang,
                        p.slides.money_style,
                        crate::domain::money::Precision::Unit,
                    ),
                    share: format::percent(f64::from(bp) / 10_000.0, lang),
                    share_bp: bp,
                }
            })
            .collect();
        (title.to_string(), segments)
    };
    Body::Bars(vec![
        group(bt.chart_horizons, horizons),
        group(bt.chart_channels, channels),
        group(bt.chart_delivery, delivery),
    ])
}

/// The actions of a timeline slide across the plan's months.
pub(super) fn timeline(p: &Plan, s: &Slide, lang: Lang) -> Body {
    let tl = texts(lang).timeline();
    let order = deck::ordered_actions(p);
    let picked: Vec<&Action> = order[s.items.start.min(order.len())..s.items.end.min(order.len())]
        .iter()
        .map(|&i| &p.actions[i])
        .collect();
    if picked.is_empty() {
        return Body::Empty(texts(lang).present().no_actions.into());
    }
    let start = p.period.start;
    let months: Vec<NaiveDate> = (0..deck::period_months(&p.period) as u32)
        .filter_map(|m| start.checked_add_months(chrono::Months::new(m)))
        .collect();
    let end = start
        .checked_add_months(chrono::Months::new(months.len() as u32))
        .unwrap_or(p.period.end);
    let days = (end - start).num_days().max(1) as f64;
    let at = |d: NaiveDate| (d - start).num_days() as f64 / days;
    Body::Timeline {
        months: months.iter().map(|m| format::month(*m, lang)).collect(),
        rows: picked
            .into_iter()
            .map(|a| GanttRow {
                title: a.title.clone(),
                dates: format!(
                    "{} – {}",
                    format::date(a.start, lang),
                    format::date(a.end, lang)
                ),
                from: at(a.start),
                to: at(a.end.succ_opt().unwrap_or(a.end)),
                importance: match a.importance {
                    Importance::Critical => 0,
                    Importance::High => 1,
                    Importance::Normal => 2,
                    Importance::Low => 3,
                },
            })
            .collect(),
        legend: [tl.critical, tl.high, tl.normal, tl.low].map(str::to_string),
    }
}

/// Where each objective's KPIs stand, as a table.
pub(super) fn status(p: &Plan, lang: Lang, items: &Option<std::ops::Range<usize>>) -> Body {
    let d = texts(lang).dashboard();
    let heads = texts(lang).pptx().status_heads;
    let mut rows = Vec::new();
    for (title, kpis) in sections::status_rows(p, lang, items) {
        for (i, (name, status, progress)) in kpis.into_iter().enumerate() {
            let state = match status {
                Status::OnTrack => d.on_track,
                Status::AtRisk => d.at_risk,
                Status::OffTrack => d.off_track,
                Status::NoData => d.no_data,
            };
            let pct = progress
                .map(|v| {
                    format::kpi_value(
                        v.clamp(-9.99, 9.99),
                        crate::domain::Unit::Percent,
                        &p.currency,
                        lang,
                    )
                })
                .unwrap_or_default();
            let first = if i == 0 { title.clone() } else { String::new() };
            rows.push(vec![first, name, state.to_string(), pct]);
        }
    }
    Body::Table {
        name: "Status".into(),
        text_columns: 3,
        center: false,
        intro: None,
        head: heads.map(str::to_string).to_vec(),
        rows,
        total: None,
        after: vec![],
    }
}
