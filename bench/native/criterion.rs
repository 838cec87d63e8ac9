//! `make bench`, native part two: criterion benchmarks of the budget
//! allocator, the forecast and the storage chain (decode, migration,
//! encode) on a large plan: 50 objectives, 40 budget lines x 3 horizons,
//! 1'000 actions, 5'000 measurements, the same sizes as the plan the web
//! benchmark (bench/web.mjs) opens in the browser.
//!
//! Every operation has a baseline measured in the same run over the same
//! data (these machines are shared and noisy, so figures are read as
//! ratios): the allocator and the forward forecast against a plain sum of
//! the same 120 cells, the reverse forecast against a plain pass over the
//! same objectives, decode against `serde_json::from_str` into a `Value`,
//! the migration step against a deep copy of the same JSON tree, encode
//! against plain `serde_json::to_string`. bench/report.mjs reads the
//! medians from criterion's `estimates.json` files into BENCHMARKS.md.

// Native only: criterion is a native dev-dependency, and the wasm clippy
// pass (`--all-targets`) compiles benches too.
#[cfg(not(target_arch = "wasm32"))]
#[path = "common/large_plan.rs"]
mod large_plan;

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use super::large_plan::{large_plan, ACTIONS};
    use cap::{
        domain::{
            budget::{self, Preset},
            forecast, Money, Plan,
        },
        storage::{decode, encode, migrate, Encoder},
    };
    use chrono::DateTime;
    use criterion::{BatchSize, Criterion};
    use serde_json::{json, Value};
    use std::{hint::black_box, time::Duration};

    /// The same plan as schema version 1 wrote it: channels as bare strings,
    /// one baseline and target per objective beside a list of KPI references.
    fn to_v1(v2_text: &str) -> String {
        let mut envelope: Value = serde_json::from_str(v2_text).unwrap_or_default();
        envelope["schema_version"] = json!(1);
        let plan = &mut envelope["plan"];
        if let Some(lines) = plan["budget"]["lines"].as_array_mut() {
            for line in lines {
                let name = line["channel"]["value"].clone();
                line["channel"] = name;
                if let Some(l) = line.as_object_mut() {
                    l.remove("locked");
                    l.remove("tier");
                }
            }
        }
        if let Some(objectives) = plan["objectives"].as_array_mut() {
            for o in objectives {
                let kpis = o["kpis"].as_array().cloned().unwrap_or_default();
                let first = kpis.first().cloned().unwrap_or(Value::Null);
                o["baseline"] = first["baseline"].clone();
                o["target"] = first["target"]["value"].clone();
                o["kpis"] = Value::Array(kpis.into_iter().map(|k| k["kpi"].clone()).collect());
            }
        }
        envelope.to_string()
    }

    fn plain_sum(plan: &Plan) -> i64 {
        plan.budget
            .lines
            .iter()
            .flat_map(|l| l.amounts)
            .map(|m| m.0)
            .sum()
    }

    fn config() -> Criterion {
        Criterion::default()
            .without_plots()
            .warm_up_time(Duration::from_millis(500))
            .measurement_time(Duration::from_secs(2))
            .sample_size(30)
    }

    fn allocate(c: &mut Criterion) {
        let plan = large_plan();
        // "Distribute the rest" needs money left: the same plan at half its cells.
        let mut partial = plan.clone();
        for line in &mut partial.budget.lines {
            for a in &mut line.amounts {
                a.0 /= 2;
            }
        }
        let mut g = c.benchmark_group("allocate");
        g.bench_function("baseline_plain_sum", |b| {
            b.iter(|| plain_sum(black_box(&plan)))
        });
        for (name, preset) in [
            ("preset_long_term_first", Preset::LongTermFirst),
            ("preset_70_20_10", Preset::SeventyTwentyTen),
            ("preset_equal", Preset::Equal),
        ] {
            g.bench_function(name, |b| {
                b.iter(|| budget::apply_preset(black_box(&plan), preset))
            });
        }
        g.bench_function("distribute_rest", |b| {
            b.iter(|| budget::distribute_rest(black_box(&partial)))
        });
        g.bench_function("scale_to_total", |b| {
            b.iter(|| budget::scale_to_total(black_box(&plan), Money(50_000_000)))
        });
        g.finish();
    }

    fn forecasts(c: &mut Criterion) {
        let plan = large_plan();
        let scenario = plan.forecast.active;
        assert!(plan
            .objectives
            .iter()
            .all(|o| forecast::reverse(&plan, o, scenario).is_some_and(|r| r.is_ok())));
        let mut g = c.benchmark_group("forecast");
        g.bench_function("baseline_plain_sum", |b| {
            b.iter(|| plain_sum(black_box(&plan)))
        });
        g.bench_function("forward_plan", |b| {
            b.iter(|| forecast::forward_plan(black_box(&plan), scenario))
        });
        g.bench_function("baseline_objectives_pass", |b| {
            b.iter(|| {
                black_box(&plan)
                    .objectives
                    .iter()
                    .filter_map(|o| o.kpis.first()?.target?.resolve(o.kpis[0].baseline))
                    .sum::<f64>()
            })
        });
        g.bench_function("reverse_all_objectives", |b| {
            b.iter(|| {
                let plan = black_box(&plan);
                plan.objectives
                    .iter()
                    .filter_map(|o| forecast::reverse(plan, o, scenario))
                    .count()
            })
        });
        g.finish();
    }

    fn storage(c: &mut Criterion) {
        let plan = large_plan();
        let now = DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default();
        let v2 = encode(&plan, now, false);
        let v1 = to_v1(&v2);
        // Both texts must read back to the same plan, or the figures mean nothing.
        let from_v2 = decode(&v2).map(|l| l.plan);
        let from_v1 = decode(&v1).map(|l| (l.schema_version, l.plan.actions.len()));
        assert!(from_v2.as_ref().is_ok_and(|p| *p == plan), "{from_v2:?}");
        assert_eq!(from_v1.ok(), Some((1, ACTIONS)));
        println!(
            "large plan: {} objectives, {} lines, {} actions, {} measurements; v2 {} KB, v1 {} KB",
            plan.objectives.len(),
            plan.budget.lines.len(),
            plan.actions.len(),
            plan.measurements.len(),
            v2.len() / 1024,
            v1.len() / 1024
        );
        let v1_plan: Value = serde_json::from_str::<Value>(&v1)
            .map(|mut e| e["plan"].take())
            .unwrap_or_default();

        let mut g = c.benchmark_group("storage");
        g.sample_size(20);
        g.bench_function("baseline_from_str_value_v2", |b| {
            b.iter(|| serde_json::from_str::<Value>(black_box(&v2)).ok())
        });
        g.bench_function("decode_v2", |b| b.iter(|| decode(black_box(&v2)).ok()));
        g.bench_function("baseline_from_str_value_v1", |b| {
            b.iter(|| serde_json::from_str::<Value>(black_box(&v1)).ok())
        });
        g.bench_function("decode_v1_migrated", |b| {
            b.iter(|| decode(black_box(&v1)).ok())
        });
        g.bench_function("baseline_value_clone_v1", |b| {
            b.iter(|| black_box(&v1_plan).clone())
        });
        g.bench_function("migrate_v1_to_v2", |b| {
            b.iter_batched(
                || v1_plan.clone(),
                |p| migrate::to_current(p, 1).ok(),
                BatchSize::LargeInput,
            )
        });
        g.bench_function("baseline_to_string", |b| {
            b.iter(|| serde_json::to_string(black_box(&plan)).ok())
        });
        g.bench_function("encode", |b| {
            b.iter(|| encode(black_box(&plan), now, false))
        });
        // The autosave's own encoder, between saves that differ by one
        // budget cell (its kept lists are reused) or by one action's dates
        // (the actions are written again, the measurements reused).
        let mut budget_edit = plan.clone();
        budget_edit.budget.lines[0].amounts[0].0 += 1;
        let mut action_moved = plan.clone();
        action_moved.actions[0].start += chrono::Duration::weeks(1);
        action_moved.actions[0].end += chrono::Duration::weeks(1);
        for (name, other) in [
            ("encoder_budget_edit", &budget_edit),
            ("encoder_action_moved", &action_moved),
        ] {
            let mut encoder = Encoder::default();
            let mut flip = false;
            g.bench_function(name, |b| {
                b.iter(|| {
                    flip = !flip;
                    encoder.encode(black_box(if flip { other } else { &plan }), now)
                })
            });
        }
        g.finish();
    }

    /// Runs every group, as `criterion_main!` would, reading criterion's
    /// command-line options (`cargo bench --bench criterion -- <filter>`).
    pub fn main() {
        let mut c = config().configure_from_args();
        allocate(&mut c);
        forecasts(&mut c);
        storage(&mut c);
        c.final_summary();
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    native::main();
}
