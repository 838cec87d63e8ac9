//! Native tests of the file format, its migrations, hostile input, and the
//! library rules that keep plans from being lost.
#![cfg(not(target_arch = "wasm32"))]
// Amounts are written francs_centimes (12_500_00 is CHF 12'500.00).
#![allow(clippy::inconsistent_digit_grouping)]

mod common;

use cap::domain::production::ContentType;
use cap::{
    domain::*,
    storage::{envelope::MAX_BYTES, *},
};
use chrono::{TimeZone, Utc};
use common::*;
use proptest::prelude::*;
use serde_json::{json, Value};

fn now() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 10, 0, 0).unwrap()
}

fn sample() -> Plan {
    let mut p = Plan::new("Plan", day(2027, 1, 1), Lang::Fr);
    p.client = "Acme".into();
    p.budget.total = Money(50_000_00);
    p
}

/// Every fixture of every past schema version keeps loading, forever.
#[test]
fn every_schema_fixture_still_loads() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut seen = Vec::new();
    for version in 1..=envelope::SCHEMA_VERSION {
        let path = dir.join(format!("v{version}.json"));
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|_| panic!("missing fixture {}", path.display()));
        let loaded = decode(&text).unwrap_or_else(|e| panic!("v{version}: {e}"));
        assert_eq!(loaded.schema_version, version);
        seen.push(loaded.plan);
    }
    let v1 = &seen[0];
    assert_eq!(v1.name, "Boulangerie Martin — plan 2027");
    assert_eq!(v1.budget.total, Money(12_500_00));
    assert_eq!(v1.budget.allocated(), Money(7_500_00));
    assert_eq!(v1.objectives[1].rank, Rank::Secondary);
    assert_eq!(
        v1.objectives[1].kpis,
        vec![],
        "missing fields take their default"
    );
    assert_eq!(v1.measurements[0].kpi, KpiRef::Custom(ItemId(5)));
    assert_eq!(v1.next_id, 9);
    // v1 -> v2: the objective's one baseline and target go to its first KPI.
    assert_eq!(
        v1.objectives[0].kpis,
        vec![ObjectiveKpi {
            kpi: KpiRef::Catalogue("orders".into()),
            baseline: Some(120.0),
            target: Some(Target::Value(200.0)),
            // v3 -> v4: without the monthly switch, a total over the plan.
            period: Some(forecast::TargetPeriod::Plan),
        }]
    );

    let v2 = &seen[1];
    assert_eq!(v2.objectives[0].template.as_deref(), Some("more_sales"));
    assert_eq!(v2.objectives[0].kpis[1].target, Some(Target::Change(0.25)));
    assert_eq!(v2.custom_kpis[0].unit, Unit::Ratio);
    assert_eq!(
        v2.strategy_elements[2].kind,
        StrategyKind::Custom("Remplir l'atelier en hiver".into())
    );
    // v2 -> v3: a plan from before branding has none, and every slide.
    assert!(v2.branding.is_empty());
    assert!(v2.slides.is_empty());

    let v3 = &seen[2];
    assert_eq!(v3.branding.consultant, "Claire Dubois");
    assert_eq!(v3.branding.accent.as_deref(), Some("#8a3b12"));
    let logo = v3.branding.client_logo.as_ref().expect("client logo");
    assert_eq!(logo.image_type, branding::ImageType::Png);
    assert!(logo
        .data_url()
        .starts_with("data:image/png;base64,iVBORw0KGgo"));
    assert_eq!(
        v3.branding.consultant_logo.as_ref().map(|l| l.image_type),
        Some(branding::ImageType::Svg)
    );
    assert!(!v3.slides.shows(deck::SlideKind::Forecast));
    assert_eq!(
        v3.slides.note(deck::SlideKind::Budget),
        Some("Le long terme reçoit la plus grande part.")
    );
    // v3 -> v4: the switch was off (absent), so the orders target is read
    // as before, a total over the plan; the conversion rate has no period.
    assert_eq!(
        v3.objectives[0].kpis[0].period,
        Some(forecast::TargetPeriod::Plan)
    );
    assert_eq!(v3.objectives[0].kpis[1].period, None);

    let v4 = &seen[3];
    assert_eq!(v4.objectives[0].digital_share, Some(0.8));
    assert_eq!(
        v4.objectives[0].kpis[0].period,
        Some(forecast::TargetPeriod::Month)
    );
    assert_eq!(
        v4.budget.lines[0].cost,
        Some(forecast::Cost::Media(forecast::Media::Linkedin))
    );
    let f = &v4.forecast;
    assert_eq!(f.industry, forecast::Industry::Shops);
    assert_eq!(f.usd_rate.map(|u| u.rate), Some(0.8));
    assert_eq!(f.orders_per_year, Some(1.5));
    assert_eq!(
        f.scenarios[1].rates(forecast::Media::Display).price,
        Some(4.5)
    );
    // v4 -> v5: no VAT, shares by delivery, no fees: every figure as before,
    // and the plan writes none of the new fields back.
    assert_eq!(v4.budget.tax, budget::Tax::default());
    assert!(v4.budget.rates.is_empty() && v4.production == Default::default());
    let t = v4.budget.tax_summary();
    assert_eq!(
        (t.allocated.excl, t.allocated.incl),
        (Money(15_000_00), Money(15_000_00))
    );
    assert_eq!(t.external, t.allocated, "a consultant line is all external");
    let written = serde_json::to_value(v4).unwrap();
    for key in ["split", "fee", "hours", "vat_bp", "content"] {
        assert!(written["budget"]["lines"][0].get(key).is_none(), "{key}");
    }
    for key in ["production", "quote"] {
        assert!(written.get(key).is_none(), "{key}");
    }
    assert!(written["budget"].get("tax").is_none() && written["budget"].get("rates").is_none());

    let v5 = &seen[4];
    assert_eq!(v5.budget.rates[0].price, Money(1_200_00));
    let fee_line = &v5.budget.lines[1];
    assert_eq!(
        v5.budget.parts(fee_line),
        budget::Parts {
            in_house: Money(7_200_00),
            external: Money(7_200_00)
        }
    );
    let shared = v5.budget.parts(&v5.budget.lines[0]);
    assert_eq!(
        (shared.external, shared.in_house),
        (Money(3_750_00), Money(11_250_00))
    );
    let tax = v5.budget.tax_summary();
    assert_eq!(tax.allocated.excl, Money(29_400_00));
    // 8.1 % of 15'000 and of 14'400, each rounded: 1'215 + 1'166.40.
    assert_eq!(tax.allocated.tax, Money(2_381_40));
    assert_eq!(
        tax.cost,
        Money(31_781_40),
        "VAT not recoverable: paid in full"
    );
    assert_eq!(tax.cost_over_total, Money(1_781_40));
    assert_eq!(v5.actions[0].hours, Some(budget::Qty(12_00)));
    assert_eq!(v5.quote.number, "2027-014");
    assert_eq!(
        v5.production.makers(ContentType::Custom(ItemId(12)))[0].label(Lang::Fr),
        "Claire Dubois"
    );
}

/// A v3 plan's "targets are monthly" switch becomes the period of its
/// revenue, orders and customers targets, and its scenarios' rates become
/// their search ads rates; off, those targets are totals over the plan,
/// as v3 read them.
#[test]
fn the_v3_monthly_switch_becomes_each_forecast_targets_period() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v3.json"),
    )
    .unwrap();
    for (switch, period) in [
        (true, forecast::TargetPeriod::Month),
        (false, forecast::TargetPeriod::Plan),
    ] {
        let mut v: Value = serde_json::from_str(&text).unwrap();
        v["plan"]["forecast"] = json!({
            "aov": 1850.0,
            "paid_share": 0.5,
            "monthly_targets": switch,
            "scenarios": [
                { "name": "", "cpc": 3.0, "ctr": 0.04, "conversion_rate": 0.01 },
                { "name": "Central", "cpc": 2.5, "ctr": null, "conversion_rate": 0.012 },
            ],
            "active": 1,
        });
        let plan = decode(&v.to_string()).unwrap().plan;
        let kpis = &plan.objectives[0].kpis;
        assert_eq!(kpis[0].period, Some(period), "orders, switch {switch}");
        assert_eq!(kpis[1].period, None, "a conversion rate has no period");
        let search = plan.forecast.scenarios[1].rates(forecast::Media::Search);
        assert_eq!(
            (search.price, search.ctr, search.conversion),
            (Some(2.5), None, Some(0.012))
        );
        assert_eq!(plan.forecast.scenarios[1].name, "Central");
        assert_eq!(
            plan.forecast.scenarios[0]
                .rates(forecast::Media::Search)
                .price,
            Some(3.0)
        );
        assert_eq!(plan.forecast.aov, Some(1850.0));
        // Written back, the file is current and has no switch left.
        let again = encode(&plan, now(), false);
        assert!(!again.contains("monthly_targets"));
        assert_eq!(
            decode(&again).unwrap().schema_version,
            envelope::SCHEMA_VERSION
        );
    }
}

/// Branding and slide settings survive the round trip through a file, and
/// the file says schema 3, which an app that reads only 2 refuses (its
/// `NewerVersion`) instead of dropping them.
#[test]
fn branding_travels_in_the_file_under_schema_3() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v3.json"),
    )
    .unwrap();
    let plan = decode(&text).unwrap().plan;
    let again = decode(&encode(&plan, now(), false)).unwrap();
    assert_eq!(again.schema_version, envelope::SCHEMA_VERSION);
    assert_eq!(again.plan.branding, plan.branding);
    assert_eq!(again.plan.slides, plan.slides);
    let mut encoder = Encoder::default();
    assert_eq!(
        encoder.encode(&plan, now()),
        encode(&plan, now(), false),
        "the autosave writes the branding too"
    );
    const { assert!(envelope::SCHEMA_VERSION >= 3) };
}

/// A file whose logo is not what it says, too large, or whose accent is
/// unreadable under white text is refused with the field named.
#[test]
fn a_file_with_a_bad_logo_or_accent_is_refused() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v3.json"),
    )
    .unwrap();
    let base: Value = serde_json::from_str(&text).unwrap();
    let gif = "R0lGODlhAQABAAAAACw=";
    let big = base64_of(&vec![0u8; branding::MAX_LOGO_BYTES + 1]);
    for (pointer, value, field) in [
        (
            "/plan/branding/client_logo/base64",
            json!(gif),
            "plan.branding.client_logo",
        ),
        (
            "/plan/branding/client_logo/base64",
            json!(big),
            "plan.branding.client_logo",
        ),
        (
            "/plan/branding/consultant_logo/type",
            json!("image/png"),
            "plan.branding.consultant_logo",
        ),
        (
            "/plan/branding/accent",
            json!("#ffee00"),
            "plan.branding.accent",
        ),
        (
            "/plan/branding/accent",
            json!("red"),
            "plan.branding.accent",
        ),
    ] {
        let mut v = base.clone();
        *v.pointer_mut(pointer).unwrap() = value;
        match decode(&v.to_string()) {
            Err(LoadError::Invalid(problems)) => {
                assert_eq!(problems[0].path, field, "{pointer}")
            }
            other => panic!("{pointer}: {other:?}"),
        }
    }
}

fn base64_of(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// A v1 objective with figures but no KPI keeps them, in words, in its
/// rationale: a migration never drops what a person typed.
#[test]
fn migrating_v1_figures_without_a_kpi_keeps_them_in_words() {
    let text = json!({"format": "cap-plan", "schema_version": 1, "plan": {
        "name": "x", "period": {"start": "2027-01-01", "end": "2027-12-31"},
        "objectives": [{"id": 1, "title": "t", "baseline": 3, "target": 5, "rationale": "r"}],
        "next_id": 2
    }})
    .to_string();
    let plan = decode(&text).unwrap().plan;
    assert_eq!(plan.objectives[0].kpis, vec![]);
    assert_eq!(
        plan.objectives[0].rationale,
        "r\n[v1] baseline: 3, target: 5"
    );
}

#[test]
fn an_envelope_carries_format_version_and_time() {
    let text = encode(&sample(), now(), true);
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["format"], "cap-plan");
    assert_eq!(v["schema_version"], envelope::SCHEMA_VERSION);
    assert_eq!(v["saved_at"], "2026-11-22T10:00:00Z");
    assert_eq!(v["app_version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(v["plan"]["budget"]["total"], 5_000_000);
    assert!(text.contains("\n  "), "exported files are pretty-printed");
}

fn envelope_with(plan: Value) -> String {
    json!({"format": "cap-plan", "schema_version": envelope::SCHEMA_VERSION, "saved_at": "2026-01-01T00:00:00Z", "plan": plan})
        .to_string()
}

fn valid_plan_value() -> Value {
    serde_json::to_value(sample()).unwrap()
}

#[test]
fn hostile_files_are_refused_with_a_reason_naming_the_field() {
    let mut negative = valid_plan_value();
    negative["budget"]["total"] = json!(-100);
    let mut huge = valid_plan_value();
    huge["budget"]["total"] = json!(1e308);
    let mut wrong_type = valid_plan_value();
    wrong_type["objectives"] = json!("lots");
    let mut bad_date = valid_plan_value();
    bad_date["period"]["start"] = json!("31/12/2027");
    let mut nan_value = valid_plan_value();
    nan_value["measurements"] = json!([{"id": 1, "kpi": {"kind":"catalogue","value":"ctr"}, "date": "2027-01-01", "value": 1e300}]);
    nan_value["next_id"] = json!(2);
    let mut bad_currency = valid_plan_value();
    bad_currency["currency"] = json!("<img src=x onerror=alert(1)>");

    let cases: Vec<(String, &str)> = vec![
        (envelope_with(negative), "plan.budget.total"),
        (envelope_with(huge), "plan.budget.total"),
        (envelope_with(wrong_type), "plan.objectives"),
        (envelope_with(bad_date), "plan.period.start"),
        (envelope_with(nan_value), "plan.measurements[0].value"),
        (envelope_with(bad_currency), "plan.currency"),
        (
            json!({"format": "cap-plan", "schema_version": 1}).to_string(),
            "plan",
        ),
        (
            json!({"format": "cap-plan", "plan": {}}).to_string(),
            "schema_version",
        ),
        (
            json!({"format": "cap-plan", "schema_version": "1", "plan": {}}).to_string(),
            "schema_version",
        ),
        (
            json!({"format": "cap-plan", "schema_version": 99, "plan": {}}).to_string(),
            "schema_version",
        ),
        (
            json!({"format": "other", "schema_version": 1, "plan": {}}).to_string(),
            "format",
        ),
        (json!([1, 2, 3]).to_string(), "format"),
    ];
    for (text, path) in cases {
        let err = decode(&text).expect_err(&text);
        assert_eq!(err.path(), Some(path), "{err} for {text}");
    }
}

#[test]
fn newer_versions_are_refused_not_guessed() {
    let newer = envelope::SCHEMA_VERSION + 1;
    let text = json!({"format": "cap-plan", "schema_version": newer, "plan": valid_plan_value()})
        .to_string();
    assert_eq!(
        decode(&text),
        Err(LoadError::NewerVersion {
            found: u64::from(newer),
            supported: envelope::SCHEMA_VERSION
        })
    );
}

#[test]
fn malformed_deep_and_huge_texts_are_refused_without_crashing() {
    assert!(matches!(
        decode("{\"format\": \"cap-plan\", "),
        Err(LoadError::Malformed { .. })
    ));
    assert!(matches!(decode(""), Err(LoadError::Malformed { .. })));
    assert!(matches!(decode("NaN"), Err(LoadError::Malformed { .. })));
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert_eq!(decode(&deep), Err(LoadError::TooDeep));
    let mut nested = json!(1);
    for _ in 0..60 {
        nested = json!([nested]);
    }
    let mut p = valid_plan_value();
    p["context"] = nested;
    assert_eq!(decode(&envelope_with(p)), Err(LoadError::TooDeep));
    let big = " ".repeat(MAX_BYTES + 1);
    assert!(matches!(decode(&big), Err(LoadError::TooLarge { .. })));
    let twenty_mb = format!("{{\"x\": \"{}\"}}", "a".repeat(20 * 1024 * 1024));
    assert!(matches!(
        decode(&twenty_mb),
        Err(LoadError::TooLarge { .. })
    ));
}

#[test]
fn markup_in_text_fields_survives_as_text() {
    let mut p = sample();
    p.name = "<script>alert('x')</script>".into();
    p.context = "<img src=x onerror=alert(1)> & \"quotes\"".into();
    let back = decode(&encode(&p, now(), true)).unwrap().plan;
    assert_eq!(back, p);
}

/// The autosave's encoder writes what `encode` writes, for every example
/// plan (every field of a plan filled in), in both languages, one plan after
/// the other through the same encoder.
#[test]
fn the_autosave_encoder_writes_what_encode_writes_for_every_example() {
    let mut encoder = Encoder::default();
    for which in cap::domain::examples::Example::ALL {
        for lang in Lang::ALL {
            let p = cap::domain::examples::build(which, lang, day(2027, 1, 1));
            assert!(!p.actions.is_empty() && !p.measurements.is_empty());
            // Twice: once filling the kept lists, once reusing them.
            for _ in 0..2 {
                assert_eq!(encoder.encode(&p, now()), encode(&p, now(), false));
            }
        }
    }
}

/// A measured 0 that becomes -0 is the same number to `==` but not the same
/// text: the encoder writes it again.
#[test]
fn the_autosave_encoder_writes_a_negative_zero_anew() {
    let mut p = cap::domain::examples::build(
        cap::domain::examples::Example::Shop,
        Lang::Fr,
        day(2027, 1, 1),
    );
    let mut encoder = Encoder::default();
    p.measurements[0].value = 0.0;
    assert_eq!(encoder.encode(&p, now()), encode(&p, now(), false));
    p.measurements[0].value = -0.0;
    assert_eq!(encoder.encode(&p, now()), encode(&p, now(), false));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Whatever a person does between two autosaves (any commands, undo,
    /// redo), the encoder that reuses the last save's JSON writes exactly
    /// the text a fresh encode writes, and it reads back as the plan.
    #[test]
    fn the_autosave_encoder_agrees_with_encode_after_any_edits(
        start in arb_plan(),
        steps in prop::collection::vec((arb_command(), 0u8..4), 0..25),
    ) {
        let mut p = start;
        let mut history = History::new();
        let mut encoder = Encoder::default();
        prop_assert_eq!(encoder.encode(&p, now()), encode(&p, now(), false));
        for (i, (command, then)) in steps.into_iter().enumerate() {
            let _ = history.execute(&mut p, command, i as u64 * 10_000);
            match then {
                0 => { history.undo(&mut p); }
                1 => { history.redo(&mut p); }
                _ => {}
            }
            let text = encoder.encode(&p, now());
            prop_assert_eq!(&text, &encode(&p, now(), false));
            prop_assert_eq!(&decode(&text).expect("a saved plan loads").plan, &p);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// A valid plan always comes back exactly, compact or pretty.
    #[test]
    fn valid_plans_round_trip_exactly(p in arb_plan(), pretty in prop::bool::ANY) {
        let loaded = decode(&encode(&p, now(), pretty)).expect("valid plan loads");
        prop_assert_eq!(loaded.plan, p);
        prop_assert_eq!(loaded.saved_at, Some(now()));
    }

    /// Cutting a file anywhere never panics and never yields a plan.
    #[test]
    fn truncated_files_are_refused(p in arb_plan(), cut in 0.0f64..1.0) {
        let text = encode(&p, now(), false);
        let mut at = (text.len() as f64 * cut) as usize;
        while !text.is_char_boundary(at) { at -= 1; }
        prop_assert!(decode(&text[..at]).is_err());
    }

    /// Changing one value of a valid file to something random never panics;
    /// a refusal always says why, and anything accepted is valid.
    #[test]
    fn mutated_files_never_panic(
        p in arb_plan(),
        pick in 0usize..1000,
        replacement in prop_oneof![
            Just(json!(null)), Just(json!(-1)), Just(json!(1e300)), Just(json!("")),
            Just(json!([])), Just(json!({})), Just(json!(true)), Just(json!("<script>")),
            any::<i64>().prop_map(|n| json!(n)),
        ],
    ) {
        let mut v: Value = serde_json::from_str(&encode(&p, now(), false)).unwrap();
        let mut leaves = Vec::new();
        collect_pointers(&v, String::new(), &mut leaves);
        let target = &leaves[pick % leaves.len()];
        if let Some(slot) = v.pointer_mut(target) { *slot = replacement; }
        match decode(&v.to_string()) {
            Ok(loaded) => prop_assert!(validate::errors(&loaded.plan).is_empty()),
            Err(e) => prop_assert!(!e.to_string().is_empty()),
        }
    }
}

fn collect_pointers(v: &Value, at: String, out: &mut Vec<String>) {
    out.push(at.clone());
    match v {
        Value::Object(m) => m
            .iter()
            .for_each(|(k, v)| collect_pointers(v, format!("{at}/{k}"), out)),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, v)| collect_pointers(v, format!("{at}/{i}"), out)),
        _ => {}
    }
}

// ----- library -----

fn id(s: &str) -> PlanId {
    PlanId::parse(s).unwrap()
}

#[test]
fn plans_are_saved_listed_opened_and_deleted_with_undo() {
    let lib = Library::new(MemoryStore::new());
    let a = id("a");
    let raw = lib.save(&a, &sample(), now(), None).unwrap();
    let mut other = sample();
    other.name = "Second".into();
    lib.save(&id("b"), &other, now() + chrono::Duration::hours(1), None)
        .unwrap();

    let list = lib.list().unwrap();
    assert_eq!(list.len(), 2);
    assert!(
        matches!(&list[0], Entry::Readable { name, .. } if name == "Second"),
        "newest first"
    );

    let (loaded, read_raw) = lib.open(&a).unwrap();
    assert_eq!(loaded.plan, sample());
    assert_eq!(read_raw, raw);

    let deleted = lib.delete(&a).unwrap().unwrap();
    assert_eq!(lib.list().unwrap().len(), 1);
    assert_eq!(lib.open(&a), Err(OpenError::NotFound));
    assert_eq!(lib.trash().unwrap().len(), 1);
    lib.restore(&a, &deleted).unwrap();
    assert_eq!(lib.open(&a).unwrap().0.plan, sample());
    assert!(lib.trash().unwrap().is_empty());
}

#[test]
fn a_save_never_overwrites_what_another_tab_wrote() {
    let lib = Library::new(MemoryStore::new());
    let a = id("a");
    let mine = lib.save(&a, &sample(), now(), None).unwrap();
    // Another tab saves its version.
    let mut theirs = sample();
    theirs.client = "Other tab".into();
    let theirs_raw = lib.save(&a, &theirs, now(), Some(&mine)).unwrap();
    // This tab still thinks `mine` is stored.
    let mut edited = sample();
    edited.client = "This tab".into();
    assert_eq!(
        lib.save(&a, &edited, now(), Some(&mine)),
        Err(SaveError::Conflict)
    );
    assert_eq!(
        lib.raw(&a.key()).unwrap().as_deref(),
        Some(theirs_raw.as_str())
    );
    // Creating over an existing plan is a conflict too.
    assert_eq!(lib.save(&a, &edited, now(), None), Err(SaveError::Conflict));
    // Only the explicit choice overwrites.
    lib.overwrite(&a, &edited, now()).unwrap();
    assert_eq!(lib.open(&a).unwrap().0.plan.client, "This tab");
}

#[test]
fn corrupt_plans_are_listed_backed_up_and_left_untouched() {
    let store = MemoryStore::new();
    store
        .set("cap.plan.bad", "{\"format\": \"cap-plan\", trunc")
        .unwrap();
    store
        .set(
            "cap.plan.newer",
            &json!({"format": "cap-plan", "schema_version": 7, "plan": {"name": "Future"}})
                .to_string(),
        )
        .unwrap();
    store.set("cap.plan.Not-An-Id", "ignored").unwrap();
    let lib = Library::new(store);
    lib.save(&id("good"), &sample(), now(), None).unwrap();

    let list = lib.list().unwrap();
    assert_eq!(list.len(), 3);
    let unreadable: Vec<_> = list
        .iter()
        .filter_map(|e| match e {
            Entry::Unreadable {
                id,
                error,
                backup_key,
                ..
            } => Some((id.clone(), error.clone(), backup_key.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(unreadable.len(), 2);
    for (pid, error, backup) in &unreadable {
        let backup = backup.as_ref().expect("backup written");
        assert_eq!(
            lib.raw(backup).unwrap(),
            lib.raw(&pid.key()).unwrap(),
            "backup holds the raw text"
        );
        if pid.as_str() == "newer" {
            assert!(matches!(error, LoadError::NewerVersion { found: 7, .. }));
        }
    }
    // Listing again reuses the same backup instead of piling up copies.
    lib.list().unwrap();
    let backups = lib
        .store()
        .keys()
        .unwrap()
        .into_iter()
        .filter(|k| k.starts_with("cap.backup."))
        .count();
    assert_eq!(backups, 2);
    // Saving over an unreadable plan without the person's choice is refused.
    let raw_bad = lib.raw("cap.plan.bad").unwrap();
    assert_eq!(
        lib.save(&id("bad"), &sample(), now(), None),
        Err(SaveError::Conflict)
    );
    assert_eq!(lib.raw("cap.plan.bad").unwrap(), raw_bad);
}

#[test]
fn a_full_storage_refuses_the_save_and_keeps_the_old_version() {
    let lib = Library::new(MemoryStore::with_quota(3_000));
    let a = id("a");
    let first = lib.save(&a, &sample(), now(), None).unwrap();
    let mut big = sample();
    big.context = "x".repeat(5_000);
    assert_eq!(
        lib.save(&a, &big, now(), Some(&first)),
        Err(SaveError::Storage(StorageError::QuotaExceeded))
    );
    assert_eq!(lib.open(&a).unwrap().0.plan, sample());
}

#[test]
fn plan_ids_are_safe_for_keys_and_urls() {
    let generated = PlanId::generate(1_790_000_000_000, 123_456);
    assert!(PlanId::parse(generated.as_str()).is_some());
    assert_ne!(generated, PlanId::generate(1_790_000_000_000, 123_457));
    for bad in ["", "A", "a/b", "../x", "a b", "<x>", &"a".repeat(41)] {
        assert!(PlanId::parse(bad).is_none(), "{bad}");
    }
}

#[test]
fn export_file_names_are_safe_slugs() {
    assert_eq!(
        envelope::file_name("Boulangerie Martin — plan 2027", now(), "json"),
        "boulangerie-martin-plan-2027-2026-11-22.json"
    );
    assert_eq!(
        envelope::file_name("../<script>", now(), "json"),
        "script-2026-11-22.json"
    );
    assert_eq!(
        envelope::file_name("", now(), "json"),
        "plan-2026-11-22.json"
    );
}

// ----- the listing's index -----

/// A copy of `store` without the listing's index: what a first listing sees.
fn without_index(store: &MemoryStore) -> MemoryStore {
    let copy = MemoryStore::new();
    for key in store.keys().unwrap() {
        if key != index::INDEX_KEY {
            copy.set(&key, &store.get(&key).unwrap().unwrap()).unwrap();
        }
    }
    copy
}

#[test]
fn the_listing_reuses_what_it_decoded_while_the_text_is_the_same() {
    let lib = Library::new(MemoryStore::new());
    let a = id("a");
    let raw = lib.save(&a, &sample(), now(), None).unwrap();
    let stored = lib
        .raw(index::INDEX_KEY)
        .unwrap()
        .expect("the save wrote the index");
    let mut idx = index::Index::read(Some(&stored));
    let listed = idx.get(&a, &index::fingerprint(&raw)).cloned().unwrap();
    assert_eq!(
        (listed.name.as_str(), listed.client.as_str()),
        ("Plan", "Acme")
    );
    // Proof that the listing reads the index rather than decoding: a name
    // changed in the index alone shows.
    idx.put(
        a.clone(),
        index::Listed {
            name: "From the index".into(),
            ..listed
        },
    );
    lib.store().set(index::INDEX_KEY, &idx.to_text()).unwrap();
    assert!(
        matches!(&lib.list_known().unwrap().0[0], Entry::Readable { name, .. } if name == "From the index")
    );
    assert!(
        matches!(&lib.list().unwrap()[0], Entry::Readable { name, .. } if name == "From the index")
    );
    // Another text under the same key (another tab, damage) is decoded again.
    let mut theirs = sample();
    theirs.name = "Their save".into();
    lib.store()
        .set(&a.key(), &encode(&theirs, now(), false))
        .unwrap();
    assert_eq!(
        lib.list_known().unwrap(),
        (vec![], 1),
        "a text the index does not know is not listed from the index"
    );
    assert!(
        matches!(&lib.list().unwrap()[0], Entry::Readable { name, .. } if name == "Their save")
    );
    lib.store()
        .set(&a.key(), "{\"format\": \"cap-plan\", trunc")
        .unwrap();
    assert!(matches!(&lib.list().unwrap()[0], Entry::Unreadable { .. }));
}

#[test]
fn a_full_storage_gives_the_index_room_before_refusing_a_plan() {
    let a = id("a");
    let text_len = encode(&sample(), now(), false).len();
    // Room for the plan and its key, not for the index as well.
    let lib = Library::new(MemoryStore::with_quota(a.key().len() + text_len + 40));
    lib.save(&a, &sample(), now(), None).unwrap();
    assert_eq!(lib.open(&a).unwrap().0.plan, sample());
    let b = Library::new(MemoryStore::with_quota(a.key().len() + text_len + 40));
    b.store().set(index::INDEX_KEY, &"x".repeat(30)).unwrap();
    b.save(&a, &sample(), now(), None).unwrap();
    assert_eq!(b.open(&a).unwrap().0.plan, sample());
}

#[test]
fn a_plan_the_index_calls_readable_but_that_fails_to_open_is_listed_unreadable_again() {
    let lib = Library::new(MemoryStore::new());
    let a = id("a");
    lib.save(&a, &sample(), now(), None).unwrap();
    // The text is damaged and the index (of this very build) claims the
    // damaged text reads: the listing trusts it, opening does not.
    let damaged = "{\"format\": \"cap-plan\", trunc";
    lib.store().set(&a.key(), damaged).unwrap();
    let mut idx = index::Index::read(lib.raw(index::INDEX_KEY).unwrap().as_deref());
    let listed = idx
        .get(&a, &index::fingerprint(&encode(&sample(), now(), false)))
        .cloned()
        .unwrap();
    idx.put(
        a.clone(),
        index::Listed {
            fingerprint: index::fingerprint(damaged),
            ..listed
        },
    );
    lib.store().set(index::INDEX_KEY, &idx.to_text()).unwrap();
    assert!(matches!(&lib.list().unwrap()[0], Entry::Readable { .. }));
    assert!(matches!(lib.open(&a), Err(OpenError::Load(_))));
    match &lib.list().unwrap()[0] {
        Entry::Unreadable {
            backup_key: Some(key),
            ..
        } => {
            assert_eq!(lib.raw(key).unwrap().as_deref(), Some(damaged));
        }
        other => panic!("listed as {other:?}"),
    }
}

#[test]
fn backups_and_trash_copies_also_take_the_index_room_on_a_full_storage() {
    let a = id("a");
    let damaged = "{\"format\": \"cap-plan\", trunc".to_string();
    let room = a.key().len() + damaged.len() + "cap.backup.a".len() + damaged.len();
    let lib = Library::new(MemoryStore::with_quota(room + 10));
    lib.store().set(&a.key(), &damaged).unwrap();
    lib.store()
        .set(
            index::INDEX_KEY,
            &"x".repeat(room - a.key().len() - damaged.len() - index::INDEX_KEY.len()),
        )
        .unwrap();
    match &lib.list().unwrap()[0] {
        Entry::Unreadable {
            backup_key: Some(key),
            ..
        } => {
            assert_eq!(lib.raw(key).unwrap(), Some(damaged.clone()));
        }
        other => panic!("listed as {other:?}"),
    }
}

#[derive(Clone, Debug)]
enum Op {
    Save(u8, String),
    SaveOver(u8, String),
    ForeignIndex,
    OtherTabWrites(u8, String),
    Corrupt(u8),
    Delete(u8),
    DamageIndex,
    List,
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0..3u8, "[A-Za-z ]{0,8}").prop_map(|(k, n)| Op::Save(k, n)),
        (0..3u8, "[A-Za-z ]{0,8}").prop_map(|(k, n)| Op::OtherTabWrites(k, n)),
        (0..3u8, "[A-Za-z ]{0,8}").prop_map(|(k, n)| Op::SaveOver(k, n)),
        Just(Op::ForeignIndex),
        (0..3u8).prop_map(Op::Corrupt),
        (0..3u8).prop_map(Op::Delete),
        Just(Op::DamageIndex),
        Just(Op::List),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// Whatever happened to the stored texts and to the index, the listing
    /// is exactly what decoding every plan from scratch gives.
    #[test]
    fn the_index_never_changes_what_the_listing_says(ops in prop::collection::vec(op(), 1..25)) {
        let lib = Library::new(MemoryStore::new());
        let mut t = now();
        for op in ops {
            // Sub-second times too: the index must give back the exact instant.
            t += chrono::Duration::minutes(1) + chrono::Duration::nanoseconds(123_456_789);
            let key = |k: u8| id(&format!("p{k}"));
            match op {
                Op::Save(k, name) => {
                    let mut p = sample();
                    p.name = name;
                    lib.overwrite(&key(k), &p, t).unwrap();
                }
                Op::SaveOver(k, name) => {
                    // The app's own save, from the text it last read.
                    let mut p = sample();
                    p.context = name;
                    let current = lib.raw(&key(k).key()).unwrap();
                    lib.save(&key(k), &p, t, current.as_deref()).unwrap();
                }
                Op::ForeignIndex => {
                    // Another build's index, claiming every stored text reads
                    // under another name: never trusted.
                    let mut plans = serde_json::Map::new();
                    for k in 0..3u8 {
                        if let Some(raw) = lib.raw(&key(k).key()).unwrap() {
                            plans.insert(
                                key(k).to_string(),
                                json!({"fingerprint": index::fingerprint(&raw), "name": "Forged", "client": ""}),
                            );
                        }
                    }
                    let text = json!({"version": "0.1.0/2/another-build", "plans": plans}).to_string();
                    lib.store().set(index::INDEX_KEY, &text).unwrap();
                }
                Op::OtherTabWrites(k, name) => {
                    let mut p = sample();
                    p.client = name;
                    lib.store().set(&key(k).key(), &encode(&p, t, true)).unwrap();
                }
                Op::Corrupt(k) => {
                    if let Some(raw) = lib.raw(&key(k).key()).unwrap() {
                        lib.store().set(&key(k).key(), &raw[..raw.len() / 2]).unwrap();
                    }
                }
                Op::Delete(k) => {
                    lib.delete(&key(k)).unwrap();
                }
                Op::DamageIndex => lib.store().set(index::INDEX_KEY, "{\"version\":").unwrap(),
                Op::List => {
                    lib.list().unwrap();
                }
            }
            let fresh = Library::new(without_index(lib.store()));
            // The first screen's listing (from the index alone) either gives
            // up or says exactly what decoding everything says.
            let (known, unknown) = lib.list_known().unwrap();
            let all = fresh.list().unwrap();
            if unknown == 0 {
                prop_assert_eq!(known, all.clone());
            } else {
                // What it lists is listed the same way by the full listing.
                prop_assert_eq!(known.len() + unknown, all.len());
                for entry in &known {
                    prop_assert!(all.contains(entry), "{:?} is not in the full listing", entry);
                }
            }
            prop_assert_eq!(lib.list().unwrap(), fresh.list().unwrap());
        }
    }
}

/// A refusal read by a French person is in French, field path included:
/// serde's own English (`invalid type: null, expected a string`) stays out.
#[test]
fn a_refused_field_is_explained_in_french_with_its_path() {
    let cases: [(&str, Value, &str); 8] = [
        ("/plan/name", json!(null), "texte"),
        ("/plan/next_id", json!("douze"), "nombre entier"),
        ("/plan/next_id", json!(-1), "nombre entier"),
        ("/plan/language", json!("de"), "«\u{202f}de\u{202f}»"),
        ("/plan/period/start", json!("2027-13-45"), "date"),
        ("/plan/budget/lines", json!({}), "liste"),
        ("/plan/currency", json!("<b>"), "devise"),
        (
            "/plan/objectives",
            json!([{ "id": 1 }]),
            "«\u{202f}title\u{202f}»",
        ),
    ];
    for (pointer, value, word) in cases {
        let mut v: Value = serde_json::from_str(&encode(&sample(), now(), false)).unwrap();
        *v.pointer_mut(pointer).unwrap() = value;
        let err = decode(&v.to_string()).unwrap_err();
        let fr = (cap::i18n::texts(Lang::Fr).load().err_load)(&err);
        let path = pointer.trim_start_matches('/').replace('/', ".");
        assert!(fr.contains(&format!("«\u{202f}{path}")), "{pointer}: {fr}");
        assert!(fr.contains(word), "{pointer}: {fr}");
        for english in [
            "invalid type",
            "invalid value",
            "expected",
            "missing field",
            "unknown variant",
            "a string",
            "input",
            "sequence",
            "currency code",
        ] {
            assert!(!fr.contains(english), "{pointer}: {fr}");
        }
        // The English text keeps serde's words.
        let en = (cap::i18n::texts(Lang::En).load().err_load)(&err);
        assert!(en.contains(&path), "{en}");
    }
}
