//! The deck's content from the open plan: the same slides as the
//! presentation (`domain::deck::slides`: hidden ones left out, long content
//! cut into continuation slides) with the same texts and figures, formatted
//! by the browser, in the plan's language.

use crate::{
    domain::{
        deck::{self, Slide, SlideKind},
        Lang, Plan,
    },
    i18n::texts,
    storage::pptx::content::{Body, Branch, DeckContent, Image, ObjectiveBlock, SlideContent},
    ui::{
        format,
        present::{budget, cover, production, sections},
    },
};
use chrono::NaiveDate;

/// The accent when the plan sets none: the app's brand colour.
const BRAND: &str = "0B4F6C";

/// The deck of `plan` on `today`, carrying `export` (the plan's export),
/// with the client's and the consultant's logos as PNG or JPEG bytes.
pub fn build(
    plan: &Plan,
    today: NaiveDate,
    export: String,
    logos: [Option<Vec<u8>>; 2],
) -> DeckContent {
    let lang = plan.language;
    let b = &plan.branding;
    let mut images = Vec::new();
    let [client_logo, consultant_logo] = logos.map(|bytes| {
        images.push(Image::from_bytes(bytes?)?);
        Some(images.len() - 1)
    });
    let who: Vec<&str> = [b.consultant.as_str(), b.firm.as_str()]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect();
    let accent = b
        .accent
        .as_deref()
        .and_then(|a| a.strip_prefix('#'))
        .filter(|a| a.len() == 6 && a.chars().all(|c| c.is_ascii_hexdigit()))
        .map(str::to_ascii_uppercase)
        .unwrap_or_else(|| BRAND.into());
    let tt = texts(lang).present();
    let slides = deck::slides(plan)
        .into_iter()
        .map(|s| {
            let body = body(plan, &s, lang, today, (client_logo, consultant_logo), &who);
            let notes = notes(plan, &s, lang, &body);
            let title = if s.kind == SlideKind::Cover {
                plan.name.clone()
            } else {
                (tt.slide_title)(s.kind).to_string()
            };
            SlideContent {
                title,
                mark: (s.pages > 1).then(|| (tt.continued)(s.page, s.pages)),
                body,
                notes,
            }
        })
        .collect();
    DeckContent {
        lang: match lang {
            Lang::Fr => "fr-FR",
            Lang::En => "en-GB",
        }
        .into(),
        accent,
        who: who.join(" · "),
        client: plan.client.clone(),
        footer_logo: consultant_logo,
        slides,
        images,
        title: plan.name.clone(),
        author: who.first().map(|s| s.to_string()).unwrap_or_default(),
        plan: export,
    }
}

/// The speaker notes of a slide: the consultant's comment on its first
/// page; on the forecast, where its rates come from (the lines under its
/// table, and the public figures it reads).
fn notes(plan: &Plan, s: &Slide, lang: Lang, body: &Body) -> String {
    let mut out = Vec::new();
    if s.page == 1 {
        out.extend(plan.slides.note(s.kind).map(str::to_string));
    }
    if s.kind == SlideKind::Forecast {
        if let Body::Table { after, .. } = body {
            out.push(texts(lang).pptx().sources.to_string());
            out.extend(after.iter().cloned());
            out.extend(
                crate::domain::forecast::sources_used(plan)
                    .into_iter()
                    .map(|(source, period)| format!("• {source}, {}", period.get(lang))),
            );
        }
    }
    out.join("\n")
}

fn body(
    p: &Plan,
    s: &Slide,
    lang: Lang,
    today: NaiveDate,
    logos: (Option<usize>, Option<usize>),
    who: &[&str],
) -> Body {
    let t = texts(lang);
    let tt = t.present();
    let items = Some(s.items.clone());
    let ranks = (tt.priority.to_string(), tt.secondary.to_string());
    let empty = |why: &str| Body::Empty(why.to_string());
    match s.kind {
        SlideKind::Cover => Body::Cover {
            client: p.client.clone(),
            period: (tt.period)(
                &format::date(p.period.start, lang),
                &format::date(p.period.end, lang),
            ),
            by: (!who.is_empty()).then(|| (tt.presented_by)(&who.join(", "))),
            date: (tt.presented_on)(&format::date(today, lang)),
            client_logo: logos.0,
            consultant_logo: logos.1,
        },
        SlideKind::Summary => {
            let d = cover::digest(p, lang, today);
            let goal = if d.goal.trim().is_empty() {
                tt.no_goal.to_string()
            } else {
                d.goal
            };
            Body::Summary {
                goal: (tt.summary_goal.into(), goal),
                priorities: (tt.summary_priorities.into(), d.priorities),
                budget: (tt.summary_budget.into(), d.budget),
                next: (
                    tt.summary_next.into(),
                    d.next
                        .into_iter()
                        .map(|(title, date, key)| (date, title, key))
                        .collect(),
                ),
                empty: (tt.no_priority.into(), tt.no_next_actions.into()),
            }
        }
        SlideKind::Strategy => {
            let all = sections::branches(p, lang);
            let r = s.items.start.min(all.len())..s.items.end.min(all.len());
            if all.is_empty() && p.strategy.trim().is_empty() {
                return empty(tt.no_strategy);
            }
            Body::Strategy {
                empty: tt.no_strategy.into(),
                statement: (s.page == 1 && !p.strategy.trim().is_empty())
                    .then(|| p.strategy.clone()),
                branches: all[r]
                    .iter()
                    .map(|b| Branch {
                        name: b.name.clone().unwrap_or_else(|| tt.unlinked.to_string()),
                        note: b.note.clone(),
                        objectives: b.objectives.clone(),
                    })
                    .collect(),
                ranks,
            }
        }
        SlideKind::Objectives => {
            let rows = sections::objective_rows(p, lang, &items);
            if rows.is_empty() {
                return empty(tt.no_objectives);
            }
            Body::Objectives {
                blocks: rows
                    .into_iter()
                    .map(|o| {
                        let meta: Vec<String> = o
                            .deadline
                            .as_deref()
                            .map(tt.deadline_on)
                            .into_iter()
                            .chain((!o.owner.is_empty()).then(|| (tt.owned_by)(&o.owner)))
                            .collect();
                        ObjectiveBlock {
                            title: o.title,
                            priority: o.priority,
                            meta: meta.join(" · "),
                            kpis: o.kpis,
                        }
                    })
                    .collect(),
                heads: [tt.col_kpi.into(), tt.col_from.into(), tt.col_target.into()],
                ranks,
                no_kpi: tt.no_kpi.into(),
            }
        }
        SlideKind::Budget => {
            let rows = budget::budget_rows(p, lang, &items);
            if rows.lines.is_empty() {
                return empty(tt.no_budget);
            }
            let bt = t.budget();
            let mut head = vec![bt.col_channel.to_string()];
            head.extend(crate::domain::Horizon::ALL.iter().map(|h| {
                crate::domain::budget::horizon_name(*h)
                    .get(lang)
                    .to_string()
            }));
            head.push(bt.col_total.into());
            let last = rows.totals.is_some();
            Body::Table {
                name: "Budget".into(),
                text_columns: 1,
                center: false,
                intro: None,
                head,
                rows: rows
                    .lines
                    .into_iter()
                    .map(|(name, cells)| std::iter::once(name).chain(cells).collect())
                    .collect(),
                total: rows
                    .totals
                    .map(|c| std::iter::once(bt.col_total.to_string()).chain(c).collect()),
                after: if last { vec![rows.allocated] } else { vec![] },
            }
        }
        SlideKind::BudgetCharts => super::figures::charts(p, lang),
        SlideKind::Production => {
            let g = production::grid(p, lang);
            let mut head = vec![tt.col_content.to_string()];
            head.extend(g.producers.iter().map(|(name, _)| name.clone()));
            let made = t.pptx().made;
            Body::Table {
                name: "Production".into(),
                text_columns: 1,
                center: true,
                intro: None,
                head,
                rows: g
                    .rows
                    .into_iter()
                    .map(|(kind, ticks)| {
                        std::iter::once(kind)
                            .chain(ticks.into_iter().map(|on| {
                                if on {
                                    made.into()
                                } else {
                                    String::new()
                                }
                            }))
                            .collect()
                    })
                    .collect(),
                total: None,
                after: vec![],
            }
        }
        SlideKind::Timeline => super::figures::timeline(p, s, lang),
        SlideKind::Forecast => match budget::forecast_table(p, lang) {
            None => empty(tt.forecast_none),
            Some((names, rows, after)) => Body::Table {
                name: "Forecast".into(),
                text_columns: 1,
                center: false,
                intro: Some(tt.forecast_intro.into()),
                head: std::iter::once(String::new()).chain(names).collect(),
                rows: rows
                    .into_iter()
                    .map(|(label, cells)| std::iter::once(label.to_string()).chain(cells).collect())
                    .collect(),
                total: None,
                after,
            },
        },
        SlideKind::Status => super::figures::status(p, lang, &items),
    }
}
