//! The rate card against the real localStorage, in headless Chromium
//! (wasm-bindgen-test): a card goes round the browser's storage, and a
//! corrupt or newer stored value is reported and never overwritten.
//!
//! Run by `make test-wasm`. Each test starts from an empty localStorage.
#![cfg(target_arch = "wasm32")]

use cap::{
    domain::{budget::TimeUnit, Currency, Money},
    storage::{
        browser::BrowserStore,
        rate_card::{self, CardEntry, CardError, RateCard, KEY},
    },
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn entry(role: &str, price: i64, code: &str) -> CardEntry {
    CardEntry {
        role: role.into(),
        unit: TimeUnit::Day,
        price: Money(price),
        currency: Currency::new(code).unwrap(),
    }
}

#[wasm_bindgen_test]
fn a_card_goes_round_local_storage() {
    local().clear().unwrap();
    let store = BrowserStore::open();
    assert!(store.is_persistent());
    assert_eq!(rate_card::load(&store), Ok(RateCard::default()));
    let card = RateCard {
        entries: vec![
            entry("Consultant senior", 120_000, "CHF"),
            entry("Rédactrice", 80_000, "EUR"),
        ],
    };
    rate_card::save(&store, &card).unwrap();
    // Another store opened later (a reload, another plan) reads the same.
    assert_eq!(rate_card::load(&BrowserStore::open()), Ok(card.clone()));
    let raw = local().get_item(KEY).unwrap().unwrap();
    assert!(raw.contains("\"format\":\"cap-rate-card\""), "{raw}");
    assert!(raw.contains("Rédactrice"), "{raw}");
    // Replacing an entry with the same role and unit, once asked.
    let updated = rate_card::update(&store, |c| {
        c.put(entry("consultant senior", 125_000, "CHF"), true)
    })
    .unwrap();
    assert_eq!(updated.entries.len(), 2);
    assert_eq!(
        rate_card::load(&store).unwrap().entries[0].price,
        Money(125_000)
    );
    local().clear().unwrap();
}

#[wasm_bindgen_test]
fn a_corrupt_or_newer_card_is_reported_and_kept() {
    for (raw, want) in [
        (
            "{\"format\":\"cap-rate-card\",\"version\":1,\"entries\":[",
            CardError::Unreadable,
        ),
        ("<script>alert(1)</script>", CardError::Unreadable),
        (
            "{\"format\":\"cap-rate-card\",\"version\":9,\"entries\":[]}",
            CardError::Newer(9),
        ),
    ] {
        local().clear().unwrap();
        local().set_item(KEY, raw).unwrap();
        let store = BrowserStore::open();
        assert_eq!(rate_card::load(&store), Err(want.clone()), "{raw}");
        let card = RateCard {
            entries: vec![entry("Consultant senior", 120_000, "CHF")],
        };
        assert_eq!(rate_card::save(&store, &card), Err(want.clone()), "{raw}");
        assert_eq!(
            rate_card::update(&store, |c| c.put(entry("A", 1, "CHF"), false)),
            Err(want),
            "{raw}"
        );
        assert_eq!(local().get_item(KEY).unwrap().as_deref(), Some(raw), "kept");
    }
    local().clear().unwrap();
}
