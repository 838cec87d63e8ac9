//! The chain of schema migrations, `v1 -> v2 -> ...`, on raw JSON values.
//!
//! Each step is a pure function from the plan object of version `n` to that
//! of version `n + 1`. A fixture file per version in `tests/fixtures/` must
//! keep loading forever.

use crate::storage::envelope::{LoadError, SCHEMA_VERSION};
use serde_json::Value;

/// One migration step: plan object of version `n` to version `n + 1`.
type Step = fn(Value) -> Result<Value, String>;

/// `STEPS[i]` migrates from version `i + 1` to `i + 2`.
const STEPS: &[Step] = &[v1_to_v2, v2_to_v3, v3_to_v4, v4_to_v5];

/// v2 gives each KPI of an objective its own baseline and target (v1 had one
/// baseline and one target per objective, next to a list of KPIs). The v1
/// figures go to the objective's first KPI, as a target value. A v1 objective
/// with figures but no KPI cannot carry them: the figures are kept in its
/// rationale, in words, rather than dropped.
fn v1_to_v2(mut plan: Value) -> Result<Value, String> {
    // v2 also names a budget line's channel as a catalogue key or the
    // person's own words, instead of a bare string.
    if let Some(lines) = plan
        .pointer_mut("/budget/lines")
        .and_then(Value::as_array_mut)
    {
        for (i, line) in lines.iter_mut().enumerate() {
            let Some(l) = line.as_object_mut() else {
                return Err(format!("budget.lines[{i}] is not an object"));
            };
            if let Some(Value::String(name)) = l.get("channel").cloned() {
                let kind = if crate::domain::budget::channel(&name).is_some() {
                    "catalogue"
                } else {
                    "custom"
                };
                l.insert(
                    "channel".into(),
                    serde_json::json!({ "kind": kind, "value": name }),
                );
            }
        }
    }
    let Some(objectives) = plan.get_mut("objectives").and_then(Value::as_array_mut) else {
        return Ok(plan);
    };
    for (i, objective) in objectives.iter_mut().enumerate() {
        let Some(o) = objective.as_object_mut() else {
            return Err(format!("objectives[{i}] is not an object"));
        };
        let baseline = o.remove("baseline").filter(|v| !v.is_null());
        let target = o.remove("target").filter(|v| !v.is_null());
        let kpis = match o.remove("kpis") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(kpis)) => kpis,
            Some(_) => return Err(format!("objectives[{i}].kpis is not a list")),
        };
        if kpis.is_empty() && (baseline.is_some() || target.is_some()) {
            let note = format!(
                "[v1] baseline: {}, target: {}",
                baseline.as_ref().map_or("-".into(), Value::to_string),
                target.as_ref().map_or("-".into(), Value::to_string)
            );
            let rationale = o.get("rationale").and_then(Value::as_str).unwrap_or("");
            let joined = if rationale.is_empty() {
                note
            } else {
                format!("{rationale}\n{note}")
            };
            o.insert("rationale".into(), Value::String(joined));
        }
        let kpis: Vec<Value> = kpis
            .into_iter()
            .enumerate()
            .map(|(j, kpi)| {
                let first = j == 0;
                serde_json::json!({
                    "kpi": kpi,
                    "baseline": if first { baseline.clone() } else { None },
                    "target": if first {
                        target.clone().map(|t| serde_json::json!({ "kind": "value", "value": t }))
                    } else {
                        None
                    },
                })
            })
            .collect();
        o.insert("kpis".into(), Value::Array(kpis));
    }
    Ok(plan)
}

/// v3 adds `branding` (consultant, firm, logos, accent colour) and
/// `slides` (slides hidden, comments on slides): a v2 plan has none, which
/// their defaults say. Nothing else changed, so the plan passes as it is;
/// the version exists so that an app that knows only v2 refuses a v3 file
/// instead of reading it and saving it back without its branding. A value
/// that is not a plan is left for the reading that follows to refuse, with
/// its field path, as the v1 step does.
fn v2_to_v3(plan: Value) -> Result<Value, String> {
    Ok(plan)
}

/// v4 gives each KPI target its own period (per month, per year, over the
/// plan) instead of one plan-wide "targets are monthly" switch, which v4
/// drops. The switch only ever changed what the forecast read from revenue,
/// orders and new-customers targets: those KPIs get `month` when it was on,
/// `plan` (a total over the plan, as it was read) when it was off; other
/// KPIs take their usual period. The forecast's scenarios change shape
/// (rates per media): a v3 scenario's cost per click, click and conversion
/// rates become its search ads rates.
fn v3_to_v4(mut plan: Value) -> Result<Value, String> {
    let monthly = match plan.pointer_mut("/forecast").and_then(Value::as_object_mut) {
        Some(f) => {
            let on = f.remove("monthly_targets").and_then(|v| v.as_bool()) == Some(true);
            if let Some(Value::Array(scenarios)) = f.get_mut("scenarios") {
                for s in scenarios.iter_mut().filter_map(Value::as_object_mut) {
                    let take = |s: &mut serde_json::Map<String, Value>, k: &str| {
                        s.remove(k).filter(|v| !v.is_null())
                    };
                    let search = serde_json::json!({
                        "price": take(s, "cpc"),
                        "ctr": take(s, "ctr"),
                        "conversion": take(s, "conversion_rate"),
                    });
                    let empty = serde_json::json!({});
                    s.insert(
                        "rates".into(),
                        serde_json::json!([search, empty, empty, empty, empty]),
                    );
                }
            }
            on
        }
        None => false,
    };
    let Some(objectives) = plan.get_mut("objectives").and_then(Value::as_array_mut) else {
        return Ok(plan);
    };
    let period = if monthly { "month" } else { "plan" };
    for o in objectives.iter_mut() {
        let Some(kpis) = o.get_mut("kpis").and_then(Value::as_array_mut) else {
            continue;
        };
        for k in kpis.iter_mut().filter_map(Value::as_object_mut) {
            let read = k
                .get("kpi")
                .filter(|r| r.get("kind").and_then(Value::as_str) == Some("catalogue"))
                .and_then(|r| r.get("value"))
                .and_then(Value::as_str)
                .is_some_and(|key| crate::domain::forecast::REVERSIBLE.contains(&key));
            if read {
                k.insert("period".into(), Value::String(period.into()));
            }
        }
    }
    Ok(plan)
}

/// v5 adds the budget as a consultant quotes it: shares, fees at the plan's
/// rates, in-house hours, VAT, who produces what and the quote's terms.
/// Every new field has a default that changes no figure (no VAT, shares by
/// delivery as before), so a v4 plan passes as it is; the version makes an
/// app that knows only v4 refuse a v5 file instead of dropping those fields.
fn v4_to_v5(plan: Value) -> Result<Value, String> {
    Ok(plan)
}

/// Migrates a plan object written with schema `from` to the current schema.
pub fn to_current(mut plan: Value, from: u32) -> Result<Value, LoadError> {
    debug_assert_eq!(STEPS.len() as u32 + 1, SCHEMA_VERSION);
    for version in from..SCHEMA_VERSION {
        let step = STEPS
            .get(version as usize - 1)
            .ok_or(LoadError::Migration {
                from: version,
                message: "no migration step".into(),
            })?;
        plan = step(plan).map_err(|message| LoadError::Migration {
            from: version,
            message,
        })?;
    }
    Ok(plan)
}
