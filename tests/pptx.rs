//! A plan carried by a PowerPoint deck: every example, in French and
//! English, comes back out of its deck as the same plan through the import's
//! checks, whatever its texts hold.
#![cfg(not(target_arch = "wasm32"))]

use cap::{
    domain::{examples, Lang, Plan},
    storage::{
        decode, encode_export,
        pptx::{
            content::{Body, DeckContent, SlideContent},
            read_plan, write,
        },
    },
};
use chrono::{NaiveDate, TimeZone, Utc};
use proptest::prelude::*;

fn at() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 6, 9, 0, 0)
        .single()
        .unwrap_or_default()
}

/// A one-slide deck carrying `plan`'s export.
fn deck_of(plan: &Plan) -> Vec<u8> {
    write(&DeckContent {
        lang: "fr-FR".into(),
        accent: "0B4F6C".into(),
        who: String::new(),
        client: plan.client.clone(),
        footer_logo: None,
        slides: vec![SlideContent {
            title: plan.name.clone(),
            mark: None,
            body: Body::Empty(plan.context.clone()),
            notes: plan.strategy.clone(),
        }],
        images: vec![],
        title: plan.name.clone(),
        author: String::new(),
        plan: encode_export(plan, &[], at()),
    })
}

#[test]
fn every_example_in_both_languages_reopens_from_its_deck() {
    let today = NaiveDate::from_ymd_opt(2027, 3, 15).unwrap_or_default();
    for which in examples::Example::ALL {
        for lang in [Lang::Fr, Lang::En] {
            let plan = examples::build(which, lang, today);
            let text = read_plan(&deck_of(&plan));
            let back = text
                .as_deref()
                .map_err(|e| e.to_string())
                .and_then(|t| decode(t).map_err(|e| e.to_string()));
            assert_eq!(back.map(|l| l.plan), Ok(plan), "{which:?} {lang:?}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Any text in the plan (markup, entities, quotes, control and
    /// non-characters) survives the deck's XML.
    #[test]
    fn any_text_survives_the_deck(name in "\\PC{0,40}", client in any::<String>(), context in "[<>&\"'\\]\u{0}-\u{1f}\u{fffe}\u{ffff}a-z]{0,60}") {
        let mut plan = Plan::new("x", NaiveDate::from_ymd_opt(2027, 1, 1).unwrap_or_default(), Lang::Fr);
        plan.name = name.trim().chars().take(120).collect();
        if plan.name.is_empty() {
            plan.name = "x".into();
        }
        plan.client = client.chars().take(200).collect();
        plan.context = context;
        let text = read_plan(&deck_of(&plan));
        prop_assert!(text.is_ok(), "{:?}", text);
        let loaded = decode(&text.unwrap_or_default());
        match loaded {
            Ok(l) => prop_assert_eq!(l.plan, plan),
            // What the import refuses from a JSON file it refuses from a deck.
            Err(e) => prop_assert!(decode(&encode_export(&plan, &[], at())).is_err(), "{}", e),
        }
    }
}

#[test]
fn a_deck_saved_again_by_libreoffice_still_gives_its_plan() {
    let bytes =
        std::fs::read("tests/e2e/fixtures/saved-again-by-libreoffice.pptx").unwrap_or_default();
    let loaded = read_plan(&bytes).map(|t| decode(&t).map(|l| l.plan.name));
    assert_eq!(loaded, Ok(Ok("Plan des notes".to_string())));
}
