//! The autosave's encoder: the text [`envelope::encode`] writes, built
//! without serializing again what did not change since the last save.
//!
//! A plan's actions and measurements are nine tenths of a large plan's text
//! (1'000 actions and 5'000 measurements: 860 of 870 KB), and one edit
//! changes at most one of the two lists. The encoder keeps each list's JSON
//! with a copy of the list it came from; a save compares the list with the
//! copy and writes the kept JSON when they are equal, between the rest of
//! the plan's fields serialized as usual. The text is byte for
//! byte what `envelope::encode(plan, saved_at, false)` writes (tested with
//! random plans and edits in tests/storage.rs).
//!
//! [`envelope::encode`]: crate::storage::envelope::encode

use crate::{
    domain::{
        branding::Branding, deck::SlideSettings, forecast::Forecast, funnel::FunnelRow,
        production::Production, quote::QuoteSettings, Action, Budget, Currency, CustomKpi, Lang,
        Measurement, Objective, Period, Plan, StrategyElement,
    },
    storage::envelope::{self, EnvelopeOut},
};
use chrono::{DateTime, Utc};
use serde::Serialize;

/// One list and the JSON it serializes to.
struct Kept<T> {
    list: Vec<T>,
    json: String,
}

/// Encodes a plan's envelope, reusing the JSON of its big lists while they
/// are unchanged. One per library: it keeps the lists of the plan it saved
/// last, and any other plan simply misses them.
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
        let parts = (
            kept(&mut self.actions, &plan.actions, |a, b| a == b),
            // Equal, and the same bits: 0.0 == -0.0, but they are written
            // differently.
            kept(&mut self.measurements, &plan.measurements, |a, b| {
                a == b && a.value.to_bits() == b.value.to_bits()
            }),
        );
        let (Some(actions), Some(measurements)) = parts else {
            // Plain data with string keys always serializes; were it ever
            // not to, the plain way says so the same way.
            return envelope::encode(plan, saved_at, false);
        };
        let (head, tail) = halves(plan);
        let envelope = EnvelopeOut {
            format: envelope::FORMAT,
            schema_version: envelope::SCHEMA_VERSION,
            saved_at,
            app_version: envelope::APP_VERSION,
            plan: (),
        };
        // Each piece is a JSON object; the envelope is spliced from their
        // insides, in `Plan`'s field order:
        // {<envelope>,"plan":{<head>,"actions":[..],"measurements":[..],<tail>}}
        let (Ok(envelope), Ok(head), Ok(tail)) = (
            serde_json::to_string(&envelope),
            serde_json::to_string(&head),
            serde_json::to_string(&tail),
        ) else {
            return envelope::encode(plan, saved_at, false);
        };
        // `"plan":null}` ends the envelope's own text: the plan goes there.
        let Some(envelope) = envelope.strip_suffix("null}") else {
            return envelope::encode(plan, saved_at, false);
        };
        let mut out = String::with_capacity(
            envelope.len() + head.len() + actions.len() + measurements.len() + tail.len() + 40,
        );
        out.push_str(envelope);
        out.push('{');
        out.push_str(inside(&head));
        out.push_str(",\"actions\":");
        out.push_str(actions);
        out.push_str(",\"measurements\":");
        out.push_str(measurements);
        out.push(',');
        out.push_str(inside(&tail));
        out.push_str("}}");
        out
    }
}

/// What is between the braces of a JSON object's text.
fn inside(object: &str) -> &str {
    object
        .strip_prefix('{')
        .and_then(|o| o.strip_suffix('}'))
        .unwrap_or(object)
}

/// The kept JSON of `list`, serialized again unless every item is `same`
/// as the kept one (`same` must hold only for items written identically).
fn kept<'a, T: Clone + Serialize>(
    slot: &'a mut Option<Kept<T>>,
    list: &[T],
    same: fn(&T, &T) -> bool,
) -> Option<&'a str> {
    let unchanged = |k: &Kept<T>| {
        k.list.len() == list.len() && k.list.iter().zip(list).all(|(a, b)| same(a, b))
    };
    if !slot.as_ref().is_some_and(unchanged) {
        *slot = Some(Kept {
            json: serde_json::to_string(list).ok()?,
            list: list.to_vec(),
        });
    }
    slot.as_ref().map(|k| k.json.as_str())
}

/// [`Plan`]'s fields before its actions, as they serialize.
#[derive(Serialize)]
struct Head<'a> {
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
}

/// [`Plan`]'s fields after its measurements, as they serialize.
#[derive(Serialize)]
struct Tail<'a> {
    forecast: &'a Forecast,
    funnel: &'a [FunnelRow],
    next_id: u32,
    branding: &'a Branding,
    slides: &'a SlideSettings,
    #[serde(skip_serializing_if = "unset")]
    production: &'a Production,
    #[serde(skip_serializing_if = "unset")]
    quote: &'a QuoteSettings,
}

/// Whether a section is at its default, which [`Plan`] does not write.
fn unset<T: Default + PartialEq>(value: &&T) -> bool {
    **value == T::default()
}

/// The plan around its two big lists.
fn halves(plan: &Plan) -> (Head<'_>, Tail<'_>) {
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
        branding,
        slides,
        production,
        quote,
    } = plan;
    let head = Head {
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
    };
    let tail = Tail {
        forecast,
        funnel,
        next_id: *next_id,
        branding,
        slides,
        production,
        quote,
    };
    (head, tail)
}
