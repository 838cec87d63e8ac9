//! The report: the plan as a document, every section in full, one below the
//! other. It is what the presentation prints (A4, a cover page, numbered
//! pages, see `style/present.css`) and what a shared plan's read-only view
//! shows. Slides the consultant hid are left out here too.

use super::{
    budget::{BudgetTable, ForecastTable},
    cover::{Cover, Summary},
    production::ProductionGrid,
    sections::{ObjectivesList, StatusList, StrategyColumns},
    slide::timeline,
};
use crate::{
    domain::deck::{self, SlideKind},
    ui::{budget::Charts, perf::mark::mark_next_frame, state::Store, use_texts},
};
use leptos::prelude::*;

/// The whole plan as a document.
#[component]
pub fn Report(
    /// The cover painted alone first, the sections a task after that
    /// frame: a shared link shows its plan before the whole report is laid
    /// out. Not for the printed report, which must be whole at once.
    #[prop(optional)]
    cover_first: bool,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let sections_now = RwSignal::new(!cover_first);
    if cover_first {
        // `cap-first-view`: what `make bench` measures a share link to.
        mark_next_frame("cap-first-view", move || {
            // A task queued from the frame's callback runs after its paint.
            set_timeout(
                move || {
                    sections_now.try_set(true);
                },
                std::time::Duration::ZERO,
            );
        });
    }
    let shown = store.select(deck::shown_kinds);
    let accent = store.select(|p| p.branding.accent.clone());
    let foot = store.select(|p| {
        let b = &p.branding;
        let who: Vec<&str> = [b.consultant.as_str(), b.firm.as_str(), p.client.as_str()]
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .collect();
        (
            b.consultant_logo.as_ref().map(|l| l.data_url()),
            who.join(" · "),
        )
    });
    // Every printed page's margin: who presents and the consultant's logo,
    // in `@page` margin boxes (the only place Chromium repeats on every
    // page without covering the content), from a constructed stylesheet,
    // which the Content-Security-Policy allows where an inline one is not.
    let sheet = web_sys::CssStyleSheet::new().ok();
    if let Some(sheet) = &sheet {
        let adopted = document().adopted_style_sheets();
        adopted.push(sheet);
        document().set_adopted_style_sheets(&adopted);
        let sheet = sheet.clone();
        Effect::new(move |_| {
            let (logo, who) = foot.get();
            let _ = sheet.replace_sync(&print_margins(logo.as_deref(), &who));
        });
    }
    let sheet = StoredValue::new_local(sheet);
    on_cleanup(move || {
        if let Some(sheet) = sheet.get_value() {
            let adopted = document().adopted_style_sheets();
            let mine: &wasm_bindgen::JsValue = sheet.as_ref();
            let kept = adopted.filter(&mut |s, _, _| s != *mine);
            document().set_adopted_style_sheets(&kept);
        }
    });
    view! {
        <div class="report" data-testid="report" style:--deck-accent=move || accent.get()>
            <section class="report-cover" data-testid="report-cover">
                <Cover/>
            </section>
            {move || sections_now.get().then(|| shown.get().into_iter().filter(|k| *k != SlideKind::Cover).map(|k| view! { <ReportSection kind=k/> }).collect_view())}
        </div>
    }
}

/// One section of the report, titled, with the consultant's comment.
#[component]
fn ReportSection(kind: SlideKind) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let note = store.select(move |p| p.slides.note(kind).map(str::to_string));
    // By start date, then title, as the timeline's slides list them.
    let actions = store.select(|p| {
        deck::ordered_actions(p)
            .into_iter()
            .map(|i| p.actions[i].clone())
            .collect::<Vec<_>>()
    });
    let body = match kind {
        SlideKind::Cover => ().into_any(),
        SlideKind::Summary => view! { <Summary/> }.into_any(),
        SlideKind::Strategy => view! { <StrategyColumns items=None/> }.into_any(),
        SlideKind::Objectives => view! { <ObjectivesList items=None/> }.into_any(),
        SlideKind::Budget => view! { <BudgetTable items=None/> }.into_any(),
        SlideKind::BudgetCharts => view! { <Charts/> }.into_any(),
        SlideKind::Timeline => timeline(Signal::derive(move || actions.get())),
        SlideKind::Forecast => view! { <ForecastTable/> }.into_any(),
        SlideKind::Status => view! { <StatusList items=None/> }.into_any(),
        SlideKind::Production => view! { <ProductionGrid/> }.into_any(),
    };
    view! {
        <section class="report-section" data-kind=kind.key() data-testid=format!("report-{}", kind.key())>
            <h2>{move || (t().present().slide_title)(kind)}</h2>
            {move || note.get().map(|n| view! { <aside class="slide-note">{n}</aside> })}
            {body}
        </section>
    }
}

/// A CSS string literal of `text`.
fn css_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The printed pages' margin boxes: `who` at the bottom left, the logo
/// (drawn inside a fixed-size SVG, so any image prints 32 x 9 mm at most)
/// at the top right.
fn print_margins(logo: Option<&str>, who: &str) -> String {
    use base64::{engine::general_purpose::STANDARD, Engine as _};
    let logo = logo
        .map(|src| {
            let svg = format!(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"32mm\" height=\"9mm\" viewBox=\"0 0 320 90\"><image width=\"320\" height=\"90\" preserveAspectRatio=\"xMaxYMid meet\" xlink:href=\"{src}\"/></svg>"
            );
            format!(
                "@top-right {{ content: url(\"data:image/svg+xml;base64,{}\"); vertical-align: bottom; }}",
                STANDARD.encode(svg)
            )
        })
        .unwrap_or_default();
    let who = format!(
        "@bottom-left {{ content: {}; font: 8.5pt system-ui, sans-serif; color: #4a5a66; }}",
        css_string(who)
    );
    format!("@page {{ {who} {logo} }} @page report-wide {{ {who} {logo} }}")
}
