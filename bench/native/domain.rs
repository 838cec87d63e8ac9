//! `make bench`: the costs that sit on a person's keystroke, on a large plan
//! (1'000 actions, 5'000 measurements), each reported as a ratio against a
//! baseline measured in the same run, because these machines are shared and
//! absolute times mean little.
//!
//! - one edit (apply + its undo step) vs cloning the plan, the snapshot
//!   approach the inverse commands avoid;
//! - the autosave (envelope encode) vs plain `serde_json::to_string`;
//! - reading a plan back (decode: parse, migrate, type, validate) vs plain
//!   `serde_json::from_str` into a `Value`;
//! - the PowerPoint deck of the plan (63 timeline slides and the budget)
//!   written vs its export alone, and the plan read back out of it vs
//!   `from_str`.
//!
//! - the dashboard's reading of 1'000 and 5'000 KPIs (objectives of 20, the
//!   most an import accepts; 3 measurements each), and the per-KPI reading
//!   it replaced (each KPI panel found its objective and scanned every
//!   measurement: issue 29), vs one clone of the measurements, the floor of
//!   any pass over them.
//!
//! Median of 15 samples; each sample runs the operation enough times to last
//! about 20 ms.

#[path = "common/large_plan.rs"]
mod large_plan;

use cap::{
    domain::{
        dashboard, smart, Command, CustomKpi, History, ItemId, KpiRef, Lang, Measurement,
        Objective, ObjectiveKpi, Plan, Rank, Target, Unit,
    },
    storage::{decode, encode, pptx, Encoder},
};
use chrono::{DateTime, NaiveDate};
use std::{
    hint::black_box,
    time::{Duration, Instant},
};

/// Median time of one run of `f`.
fn measure(mut f: impl FnMut()) -> Duration {
    let mut per_sample = 1u32;
    loop {
        let t = Instant::now();
        for _ in 0..per_sample {
            f();
        }
        if t.elapsed() >= Duration::from_millis(20) || per_sample >= 1 << 20 {
            break;
        }
        per_sample *= 2;
    }
    let mut samples: Vec<Duration> = (0..15)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..per_sample {
                f();
            }
            t.elapsed() / per_sample
        })
        .collect();
    samples.sort();
    samples[samples.len() / 2]
}

fn report(name: &str, op: Duration, baseline_name: &str, baseline: Duration) {
    println!(
        "{name:<40} {:>10.2} µs = {:>8.4} x {baseline_name} ({:.1} µs)",
        op.as_secs_f64() * 1e6,
        op.as_secs_f64() / baseline.as_secs_f64(),
        baseline.as_secs_f64() * 1e6,
    );
}

fn main() {
    let plan = large_plan::large_plan();
    let now = DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default();
    let text = encode(&plan, now, false);
    println!(
        "plan: {} actions, {} measurements, {} KB stored",
        plan.actions.len(),
        plan.measurements.len(),
        text.len() / 1024
    );

    let clone = measure(|| {
        black_box(black_box(&plan).clone());
    });
    let mut editing = plan.clone();
    let mut history = History::new();
    let mut n = 0u64;
    let edit = measure(|| {
        n += 1;
        // Two seconds apart, so every edit is its own undo step.
        let _ = history.execute(
            &mut editing,
            Command::SetClient(format!("Client {n}")),
            n * 2_000,
        );
    });
    report("edit (apply + record undo step)", edit, "clone", clone);

    let plain_out = measure(|| {
        black_box(serde_json::to_string(black_box(&plan)).unwrap_or_default());
    });
    let autosave = measure(|| {
        black_box(encode(black_box(&plan), now, false));
    });
    report(
        "autosave (encode envelope)",
        autosave,
        "to_string",
        plain_out,
    );
    // What the app's autosave does after a budget edit: its encoder reuses
    // the JSON of the unchanged actions and measurements.
    let mut edited = plan.clone();
    edited.budget.total.0 += 1;
    let mut encoder = Encoder::default();
    let mut flip = false;
    let kept = measure(|| {
        flip = !flip;
        black_box(encoder.encode(black_box(if flip { &edited } else { &plan }), now));
    });
    report(
        "autosave after a budget edit (Encoder)",
        kept,
        "to_string",
        plain_out,
    );

    for n in [1_000, 5_000] {
        dashboard_reading(n);
    }

    let plain_in = measure(|| {
        black_box(serde_json::from_str::<serde_json::Value>(black_box(&text)).ok());
    });
    let read = measure(|| {
        black_box(decode(black_box(&text)).ok());
    });
    report(
        "read back (decode, migrate, validate)",
        read,
        "from_str",
        plain_in,
    );

    // The PowerPoint deck of the large plan: one timeline slide per 16
    // actions (63 slides) and the budget, carrying the plan's export, vs
    // that export alone.
    let export = encode(&plan, now, true);
    let content = deck_of(&plan, export.clone());
    let exporting = measure(|| {
        black_box(encode(black_box(&plan), now, true));
    });
    let deck = measure(|| {
        black_box(pptx::write(black_box(&content)));
    });
    report("PowerPoint deck (write .pptx)", deck, "export", exporting);
    let bytes = pptx::write(&content);
    let reading = measure(|| {
        black_box(pptx::read_plan(black_box(&bytes)).ok());
    });
    report(
        "plan out of the deck (read_plan)",
        reading,
        "from_str",
        plain_in,
    );
}

/// The deck's content for `plan`: its actions on timeline slides of 16,
/// its budget lines in a table, texts written plainly.
fn deck_of(plan: &Plan, export: String) -> pptx::content::DeckContent {
    use pptx::content::{Body, DeckContent, GanttRow, SlideContent};
    let mut slides: Vec<SlideContent> = plan
        .actions
        .chunks(16)
        .map(|chunk| SlideContent {
            title: "Calendrier".into(),
            mark: None,
            body: Body::Timeline {
                months: (1..=12).map(|m| format!("{m}/2027")).collect(),
                rows: chunk
                    .iter()
                    .map(|a| GanttRow {
                        title: a.title.clone(),
                        dates: a.start.to_string(),
                        from: 0.1,
                        to: 0.4,
                        importance: 2,
                    })
                    .collect(),
                legend: ["a", "b", "c", "d"].map(String::from),
            },
            notes: String::new(),
        })
        .collect();
    slides.push(SlideContent {
        title: "Budget".into(),
        mark: None,
        body: Body::Table {
            name: "Budget".into(),
            text_columns: 1,
            center: false,
            intro: None,
            head: vec!["Canal".into(), "Total".into()],
            rows: plan
                .budget
                .lines
                .iter()
                .map(|l| vec![l.channel.name(Lang::Fr), l.total().0.to_string()])
                .collect(),
            total: None,
            after: vec![],
        },
        notes: "Sources".into(),
    });
    DeckContent {
        lang: "fr-FR".into(),
        accent: "0B4F6C".into(),
        who: "Claire Dubois".into(),
        client: plan.client.clone(),
        footer_logo: None,
        slides,
        images: vec![],
        title: plan.name.clone(),
        author: String::new(),
        plan: export,
    }
}

/// `n` custom KPIs on objectives of 20, three measurements each (one of
/// them for no objective).
fn wide_plan(n: u32) -> Plan {
    let start = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap_or_default();
    let mut plan = Plan::new("Large", start, Lang::Fr);
    let mut id = 1;
    let mut o = Objective::new(ItemId(id), "Objective", Rank::Priority);
    for i in 0..n {
        if i > 0 && i.is_multiple_of(20) {
            id += 1;
            let full = std::mem::replace(
                &mut o,
                Objective::new(ItemId(id), "Objective", Rank::Priority),
            );
            plan.objectives.push(full);
        }
        id += 1;
        let kpi = KpiRef::Custom(ItemId(id));
        plan.custom_kpis.push(CustomKpi {
            id: ItemId(id),
            name: format!("KPI {i}"),
            unit: Unit::Count,
            direction: Default::default(),
            definition: String::new(),
        });
        o.kpis.push(ObjectiveKpi {
            kpi: kpi.clone(),
            baseline: Some(10.0),
            target: Some(Target::Value(20.0)),
            period: None,
        });
        for (j, objective) in [Some(o.id), Some(o.id), None].into_iter().enumerate() {
            id += 1;
            plan.measurements.push(Measurement {
                id: ItemId(id),
                kpi: kpi.clone(),
                objective,
                date: start + chrono::Duration::days(30 * j as i64 + 30),
                value: 11.0 + j as f64,
            });
        }
    }
    plan.objectives.push(o);
    plan.next_id = id + 1;
    plan
}

/// The dashboard of a plan with one objective of `n` KPIs: the board (one
/// pass) and the reading each KPI panel did before it, against a clone of
/// the measurements.
fn dashboard_reading(n: u32) {
    let plan = wide_plan(n);
    let today = NaiveDate::from_ymd_opt(2027, 6, 1).unwrap_or_default();
    let floor = measure(|| {
        black_box(black_box(&plan).measurements.clone());
    });
    let board = measure(|| {
        black_box(dashboard::board(black_box(&plan), Lang::Fr, today));
    });
    report(
        &format!("dashboard, {n} KPIs (board, one pass)"),
        board,
        "clone measurements",
        floor,
    );
    let per_kpi = measure(|| {
        let p = black_box(&plan);
        for panel in &p.objectives {
            for k in &panel.kpis {
                let Some(o) = p.objectives.iter().find(|o| o.id == panel.id) else {
                    continue;
                };
                let ids: Vec<_> = p
                    .measurements
                    .iter()
                    .filter(|m| m.kpi == k.kpi && m.objective.is_none_or(|x| x == o.id))
                    .map(|m| (m.id, m.date, m.value))
                    .collect();
                black_box((
                    smart::kpi_name(p, &k.kpi, Lang::Fr),
                    smart::kpi_meta(p, &k.kpi),
                    dashboard::kpi_progress(p, o, k),
                    ids,
                ));
            }
        }
    });
    report(
        &format!("dashboard, {n} KPIs (per-KPI scans, before)"),
        per_kpi,
        "clone measurements",
        floor,
    );
}
