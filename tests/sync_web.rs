//! The sync panel mounted in headless Chromium (wasm-bindgen-test): an
//! address refused before any request, a server that does not answer said
//! in words beside the form, and nothing of a failed connection stored.
//! Syncing with a real server: tests/e2e/specs/sync.spec.ts.
//!
//! Run by `make test-wasm`. Each test starts from an empty localStorage.
#![cfg(target_arch = "wasm32")]

mod web_support;

use wasm_bindgen_test::*;
use web_support::*;

wasm_bindgen_test_configure!(run_in_browser);

const CONNECTION: &str = "cap.sync.connection";

/// Opens the sync panel from the library, as a person does.
async fn open_panel(root: &web_sys::HtmlElement) {
    let setup = || {
        root.query_selector("[data-testid=\"sync-setup-open\"]")
            .ok()
            .flatten()
    };
    assert!(until(|| setup().is_some()).await, "no way to set up sync");
    by_testid(root, "sync-setup-open").click();
    assert!(
        until(|| root
            .query_selector("[data-testid=\"sync-url\"]")
            .ok()
            .flatten()
            .is_some())
        .await
    );
}

/// Fills the panel's form and submits it.
fn fill(root: &web_sys::HtmlElement, url: &str, db: &str) {
    type_into(&by_testid(root, "sync-url"), url);
    type_into(&by_testid(root, "sync-db"), db);
    type_into(&by_testid(root, "sync-user"), "ana");
    type_into(&by_testid(root, "sync-password"), "secret");
    by_testid(root, "sync-connect").click();
}

fn error(root: &web_sys::HtmlElement) -> Option<(String, String)> {
    let el = root.query_selector("[data-testid=\"sync-error\"]").ok()??;
    Some((el.get_attribute("data-reason")?, el.text_content()?))
}

#[wasm_bindgen_test]
async fn plain_http_to_another_machine_is_refused_before_any_request() {
    reset();
    let (root, _app) = mount_app();
    open_panel(&root).await;
    assert_eq!(
        by_testid(&root, "sync-state")
            .get_attribute("data-state")
            .as_deref(),
        Some("off")
    );
    fill(&root, "http://couch.agency.ch", "team");
    assert!(until(|| error(&root).is_some()).await);
    let (reason, words) = error(&root).unwrap();
    assert_eq!(reason, "insecure");
    assert!(words.contains("https"), "{words}");
    assert_eq!(local().get_item(CONNECTION).unwrap(), None);
}

#[wasm_bindgen_test]
async fn a_bad_database_name_is_said_beside_its_field() {
    reset();
    let (root, _app) = mount_app();
    open_panel(&root).await;
    fill(&root, "https://couch.agency.ch", "Team Plans");
    let said = || {
        root.query_selector("#sync-db-error")
            .ok()
            .flatten()
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    };
    assert!(until(|| !said().is_empty()).await);
    // In the browser's language: French or English.
    assert!(
        said().contains("minuscule") || said().contains("lower-case"),
        "{}",
        said()
    );
    assert_eq!(
        by_testid(&root, "sync-db")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("true")
    );
    assert_eq!(
        by_testid(&root, "sync-url")
            .get_attribute("aria-invalid")
            .as_deref(),
        Some("false")
    );
    assert_eq!(local().get_item(CONNECTION).unwrap(), None);
}

#[wasm_bindgen_test]
async fn a_server_that_does_not_answer_is_said_and_the_connection_not_kept() {
    reset();
    let (root, _app) = mount_app();
    open_panel(&root).await;
    // Port 9 of this machine: nothing listens there.
    fill(&root, "http://127.0.0.1:9", "team");
    for _ in 0..5 {
        if until(|| error(&root).is_some()).await {
            break;
        }
    }
    let (reason, _) = error(&root).expect("no error shown");
    assert_eq!(reason, "unreachable");
    assert_eq!(
        by_testid(&root, "sync-state")
            .get_attribute("data-state")
            .as_deref(),
        Some("error")
    );
    assert_eq!(local().get_item(CONNECTION).unwrap(), None);
}
