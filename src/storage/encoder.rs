//! The autosave's encoder: the text [`envelope::encode`] writes, built
//! without serializing again what did not change since the last save.
//!
//! A plan's actions and measurements are nine tenths of a large plan's text
//! (1'000 actions and 5'000 measurements: 860 of 870 KB), and one edit
//! changes at most one of the two lists. The encoder keeps each list's JSON
//! with a copy of the list it came from; a save compares the list with the
//! copy and writes the kept JSON when they are equal. The text is byte for
//! byte what `envelope::encode(plan, saved_at, false)` writes (tested with
//! random plans and edits in tests/storage.rs).
//!
//! [`envelope::encode`]: crate::storage::envelope::encode

use crate::{
    domain::{
        forecast::Forecast, funnel::FunnelRow, Action, Budget, Currency, CustomKpi, Lang,
        Measurement, Objective, Period, Plan, StrategyElement,
    },
    storage::envelope::{self, EnvelopeOut},
};
use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::value::{to_raw_value, RawValue};

/// One list and the JSON it serializes to.
struct Kept<T> {
    list: Vec<T>,
    json: Box<RawValue>,
}

/// Encodes a plan's envelope, reusing the JSON of its big lists while they
/// are unchanged. One per open plan (the lists it keeps are that plan's).
#[derive(Default)]
pub struct Encoder {
    actions: Option<Kept<Action>>,
    measurements: Option<Kept<Measurement>>,
}

impl Encoder {
    /// The envelope of `plan`, as [`envelope::encode`] writes it (not pretty).
    ///
    /// [`envelope::encode`]: crate::storage::envelope::encode
    pub fn encode(&mut self, plan: &Plan, saved_at: DateTime<Utc>) -> String {
        let (Some(actions), Some(measurements)) = (
            kept(&mut self.actions, &plan.actions),
            kept(&mut self.measurements, &plan.measurements),
        ) else {
            // A list that does not serialize (it always does: plain data
            // with string keys) is written the plain way.
            return envelope::encode(plan, saved_at, false);
        };
        let out = EnvelopeOut {
            format: envelope::FORMAT,
            schema_version: envelope::SCHEMA_VERSION,
            saved_at,
            app_version: envelope::APP_VERSION,
            plan: PlanOut::new(plan, actions, measurements),
        };
        serde_json::to_string(&out).unwrap_or_else(|_| envelope::encode(plan, saved_at, false))
    }
}

/// The kept JSON of `list`, serialized again only when `list` changed.
fn kept<'a, T: Clone + PartialEq + Serialize>(
    slot: &'a mut Option<Kept<T>>,
    list: &[T],
) -> Option<&'a RawValue> {
    if slot.as_ref().is_none_or(|k| k.list != list) {
        *slot = Some(Kept {
            json: to_raw_value(list).ok()?,
            list: list.to_vec(),
        });
    }
    slot.as_ref().map(|k| &*k.json)
}

/// [`Plan`] as it serializes, field for field in its order, with the two
/// big lists given as JSON already written.
#[derive(Serialize)]
struct PlanOut<'a> {
    name: &'a str,
    client: &'a str,
    sector: &'a str,
    currency: &'a Currency,
    period: &'a Period,
    language: &'a Lang,
    context: &'a str,
    strategy: &'a str,
    strategy_elements: &'a [StrategyElement],
    objectives: &'a [Objective],
    custom_kpis: &'a [CustomKpi],
    budget: &'a Budget,
    actions: &'a RawValue,
    measurements: &'a RawValue,
    forecast: &'a Forecast,
    funnel: &'a [FunnelRow],
    next_id: u32,
}

impl<'a> PlanOut<'a> {
    fn new(plan: &'a Plan, actions: &'a RawValue, measurements: &'a RawValue) -> PlanOut<'a> {
        // Every field named, none skipped with `..`: a field added to `Plan`
        // stops this from compiling until it is written here too.
        let Plan {
            name,
            client,
            sector,
            currency,
            period,
            language,
            context,
            strategy,
            strategy_elements,
            objectives,
            custom_kpis,
            budget,
            actions: _,
            measurements: _,
            forecast,
            funnel,
            next_id,
        } = plan;
        PlanOut {
            name,
            client,
            sector,
            currency,
            period,
            language,
            context,
            strategy,
            strategy_elements,
            objectives,
            custom_kpis,
            budget,
            actions,
            measurements,
            forecast,
            funnel,
            next_id: *next_id,
        }
    }
}
