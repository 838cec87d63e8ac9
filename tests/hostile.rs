//! Hostile input on the import path (files, stored text and share links all
//! go through `decode`): random JSON, random changes to valid plans and
//! files cut short never panic; a refusal of a well-formed Cap file always
//! names the field it is about; a valid plan always comes back exactly.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use cap::storage::{decode, encode, LoadError};
use chrono::{TimeZone, Utc};
use common::{arb_plan, arb_wild_plan};
use proptest::prelude::*;
use serde_json::{json, Value};

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap()
}

/// Any JSON value, nested a few levels.
fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        ".{0,20}".prop_map(Value::from),
        Just(json!("cap-plan")),
        Just(json!(2)),
    ];
    leaf.prop_recursive(4, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..8).prop_map(Value::Array),
            prop::collection::btree_map(
                prop_oneof![
                    Just("format".to_string()),
                    Just("schema_version".to_string()),
                    Just("plan".to_string()),
                    Just("name".to_string()),
                    Just("budget".to_string()),
                    "[a-z_]{1,10}",
                ],
                inner,
                0..8
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// JSON pointers of every value in `v`.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match v {
        Value::Object(m) => m.iter().for_each(|(k, x)| {
            pointers(
                x,
                format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                out,
            )
        }),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| pointers(x, format!("{at}/{i}"), out)),
        _ => {}
    }
}

/// The field a refusal names must exist in the envelope's vocabulary:
/// `format`, `schema_version`, or a path into `plan`.
fn names_a_field(e: &LoadError) -> bool {
    e.path().is_some_and(|p| {
        p == "format" || p == "schema_version" || p == "plan" || p.starts_with("plan.")
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn random_json_never_panics_and_a_refused_envelope_names_a_field(v in arb_json()) {
        let _ = decode(&v.to_string());
        // The same value as the plan of an envelope of this version.
        let text = json!({ "format": "cap-plan", "schema_version": 2, "plan": v }).to_string();
        if let Err(e) = decode(&text) {
            prop_assert!(names_a_field(&e), "{e:?}");
        }
    }

    #[test]
    fn a_changed_value_in_a_valid_plan_is_refused_with_its_field_or_valid(
        p in arb_plan(),
        pick in any::<prop::sample::Index>(),
        replacement in prop_oneof![
            Just(json!(null)), Just(json!(-1)), Just(json!(1e300)), Just(json!(-1e300)),
            Just(json!("")), Just(json!([])), Just(json!({})), Just(json!(true)),
            Just(json!("<img src=x onerror=alert(1)>")), Just(json!(9_007_199_254_740_993u64)),
            any::<i64>().prop_map(|n| json!(n)), ".{0,30}".prop_map(|s| json!(s)),
        ],
    ) {
        let mut v: Value = serde_json::from_str(&encode(&p, now(), false)).unwrap();
        let mut all = Vec::new();
        pointers(&v, String::new(), &mut all);
        // Leave the envelope's own metadata: saved_at and app_version are
        // informative, and changing them is not a refusal.
        all.retain(|ptr| ptr.starts_with("/plan") || ptr == "/format" || ptr == "/schema_version");
        let target = pick.get(&all).clone();
        if let Some(slot) = v.pointer_mut(&target) {
            *slot = replacement;
        }
        match decode(&v.to_string()) {
            Ok(loaded) => prop_assert!(cap::domain::validate::errors(&loaded.plan).is_empty()),
            Err(e) => prop_assert!(names_a_field(&e), "{target}: {e:?}"),
        }
    }

    #[test]
    fn a_file_cut_short_is_refused_at_a_line_and_column(p in arb_plan(), cut in 0.0f64..1.0) {
        let text = encode(&p, now(), true);
        let mut at = (text.len() as f64 * cut) as usize;
        while !text.is_char_boundary(at) { at -= 1; }
        match decode(&text[..at]) {
            Err(LoadError::Malformed { line, column, .. }) => prop_assert!(line >= 1 && column <= text.len()),
            other => prop_assert!(false, "{other:?}"),
        }
    }

    #[test]
    fn a_valid_plan_round_trips_exactly_through_its_file(p in arb_plan(), pretty in any::<bool>()) {
        let text = encode(&p, now(), pretty);
        let back = decode(&text).unwrap();
        prop_assert_eq!(&back.plan, &p);
        prop_assert_eq!(encode(&back.plan, now(), pretty), text);
    }
}

/// What every page computes from a plan: the timeline, the Gantt's
/// re-planning, the budget (phasing, CSV, advice), the forecast and its
/// checks, the SMART checklist and the dashboard's KPI progress.
fn every_page(plan: &cap::domain::Plan) {
    use cap::domain::{budget, dashboard, forecast, forecast_check, smart, timeline, Lang};
    for a in &plan.actions {
        let _ = timeline::occurrences(a, plan.period.end);
        let _ = timeline::outside_period(plan, a);
    }
    let _ = timeline::over_commitments(plan);
    for weeks in [-520, -1, 1, 520] {
        let _ = timeline::shift_after(plan, plan.period.start, weeks);
    }
    let summary = plan.budget.summary();
    let _ = budget::monthly(&plan.period, summary.by_horizon, &plan.budget.phasing);
    let _ = budget::advice(plan);
    for locale in ["fr-CH", "fr-FR", "en-US"] {
        let _ = budget::to_csv(plan, Lang::Fr, budget::CsvStyle::for_locale(locale));
    }
    let _ = forecast::paid_spend(plan);
    let _ = forecast_check::checks(plan);
    let _ = smart::priority_advice(plan);
    for s in 0..plan.forecast.scenarios.len() {
        let _ = forecast::forward_plan(plan, s);
        for o in &plan.objectives {
            let _ = forecast::reverse(plan, o, s);
            for k in &o.kpis {
                let _ = forecast::outlook(plan, o, k, s);
            }
        }
    }
    for o in &plan.objectives {
        let _ = forecast::achievability(plan, o);
        let _ = smart::check(o, plan);
        for k in &o.kpis {
            let _ = forecast_check::check(plan, o, k);
            let _ = dashboard::series(plan, o, &k.kpi);
            let _ = dashboard::kpi_progress(plan, o, k);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Dates anywhere in chrono's range and ids up to u32::MAX: a plan is
    /// refused with a field, or every page can be computed from it (and it
    /// can take one more item).
    #[test]
    fn a_plan_at_chronos_and_u32s_limits_is_refused_or_every_page_reads_it(p in arb_wild_plan()) {
        let text = encode(&p, now(), false);
        match decode(&text) {
            Ok(loaded) => {
                every_page(&loaded.plan);
                let mut next = loaded.plan.clone();
                let id = cap::domain::ItemId(next.next_id);
                let day = next.period.start;
                let added = cap::domain::apply(&mut next, cap::domain::Command::InsertAction {
                    index: 0,
                    action: Box::new(cap::domain::Action::new(id, "Une de plus", day)),
                });
                if added.is_ok() {
                    prop_assert!(decode(&encode(&next, now(), false)).is_ok(), "{:?}", next.next_id);
                }
            }
            Err(e) => prop_assert!(names_a_field(&e), "{e:?}"),
        }
    }
}
