//! `make bench`: the costs that sit on a person's keystroke, on a large plan
//! (1'000 actions, 5'000 measurements), each reported as a ratio against a
//! baseline measured in the same run, because these machines are shared and
//! absolute times mean little.
//!
//! - one edit (apply + its undo step) vs cloning the plan, the snapshot
//!   approach the inverse commands avoid;
//! - the autosave (envelope encode) vs plain `serde_json::to_string`;
//! - reading a plan back (decode: parse, migrate, type, validate) vs plain
//!   `serde_json::from_str` into a `Value`.
//!
//! Median of 15 samples; each sample runs the operation enough times to last
//! about 20 ms.

#[path = "common/large_plan.rs"]
mod large_plan;

use cap::{
    domain::{Command, History},
    storage::{decode, encode, Encoder},
};
use chrono::DateTime;
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
}
