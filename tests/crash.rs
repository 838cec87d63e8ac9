//! A panic never leaves a blank page: a panic forced inside an event
//! handler, as one in a component's handler would be, replaces the page
//! with the crash message and a reload button (headless Chromium).
//!
//! A test binary of its own: after a panic the module's panic state is
//! spent, so nothing else may run in this instance.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::{closure::Closure, JsCast};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn a_panic_in_a_handler_shows_the_crash_page_with_a_reload_button() {
    let document = web_sys::window().unwrap().document().unwrap();
    document
        .document_element()
        .unwrap()
        .set_attribute("lang", "fr")
        .unwrap();
    let body = document.body().unwrap();
    // The test runner reports through elements of the body, which the
    // crash page replaces: put back after the checks.
    let runner: Vec<web_sys::Node> = (0..body.child_nodes().length())
        .filter_map(|i| body.child_nodes().item(i))
        .collect();
    let app = document.create_element("div").unwrap();
    app.set_text_content(Some("the app"));
    body.append_child(&app).unwrap();

    cap::ui::crash::install_panic_hook();
    let target = document.create_element("button").unwrap();
    body.append_child(&target).unwrap();
    let handler = Closure::<dyn Fn()>::new(|| panic!("forced panic"));
    target
        .add_event_listener_with_callback("click", handler.as_ref().unchecked_ref())
        .unwrap();
    handler.forget();
    // The browser reports the handler's error and carries on, as it does
    // for a click in the app.
    target.unchecked_ref::<web_sys::HtmlElement>().click();

    let crash = document
        .query_selector("[data-testid=crash]")
        .unwrap()
        .expect("the crash page replaces the app");
    let text = crash.text_content().unwrap();
    assert!(text.contains("erreur inattendue"), "{text}");
    assert!(text.contains("enregistrés dans ce navigateur"), "{text}");
    assert!(
        !body.text_content().unwrap().contains("the app"),
        "the broken app is gone"
    );
    let reload = document
        .query_selector("[data-testid=crash-reload]")
        .unwrap()
        .expect("a reload button");
    assert_eq!(reload.text_content().unwrap(), "Recharger");
    let focused = document.active_element();
    body.set_text_content(None);
    for node in runner {
        body.append_child(&node).unwrap();
    }
    assert_eq!(
        focused.as_ref(),
        Some(&reload),
        "the focus is on the button"
    );
}
