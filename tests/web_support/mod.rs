//! What the browser tests share: a clean storage and URL, waiting for the
//! view, finding, typing and mounting the app.
#![allow(dead_code)]

use cap::ui::App;
use leptos::{mount::mount_to, prelude::*, task::tick};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlElement, HtmlInputElement};

pub fn local() -> web_sys::Storage {
    window().local_storage().unwrap().unwrap()
}

/// Empty storage and the root URL, as a first visit.
pub fn reset() {
    local().clear().unwrap();
    window()
        .history()
        .unwrap()
        .replace_state_with_url(&JsValue::NULL, "", Some("/"))
        .unwrap();
}

pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Lets effects and the view catch up after a click or a keystroke.
pub async fn settle() {
    for _ in 0..3 {
        tick().await;
    }
    sleep(30).await;
}

/// Waits until `done` holds, for up to 3 s (what an observer reports comes a
/// frame or more later, later still on a loaded machine); says whether it did.
pub async fn until(done: impl Fn() -> bool) -> bool {
    for _ in 0..150 {
        if done() {
            return true;
        }
        sleep(20).await;
    }
    done()
}

pub fn by_testid(root: &HtmlElement, id: &str) -> HtmlElement {
    root.query_selector(&format!("[data-testid=\"{id}\"]"))
        .unwrap()
        .unwrap_or_else(|| panic!("no element with data-testid={id}"))
        .unchecked_into()
}

pub fn text_of(root: &HtmlElement, id: &str) -> String {
    by_testid(root, id).text_content().unwrap_or_default()
}

/// Types `text` into an input as a person would: the value changes and a
/// bubbling `input` event fires (Leptos delegates events to the document).
pub fn type_into(input: &HtmlElement, text: &str) {
    let input: &HtmlInputElement = input.unchecked_ref();
    input.set_value(text);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let event = web_sys::Event::new_with_event_init_dict("input", &init).unwrap();
    input.dispatch_event(&event).unwrap();
}

pub fn mount_app() -> (HtmlElement, impl Drop) {
    let root: HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = mount_to(root.clone(), App);
    let guard = Unmount(Some(handle), root.clone());
    (root, guard)
}

/// Unmounts the app and removes its wrapper, so the next test starts clean.
pub struct Unmount<T>(Option<T>, HtmlElement);
impl<T> Drop for Unmount<T> {
    fn drop(&mut self) {
        drop(self.0.take());
        self.1.remove();
    }
}

/// Goes to `path` in the mounted app, as a link or the back button does.
pub fn navigate(path: &str) {
    window()
        .history()
        .unwrap()
        .push_state_with_url(&JsValue::NULL, "", Some(path))
        .unwrap();
    window()
        .dispatch_event(&web_sys::Event::new("popstate").unwrap())
        .unwrap();
}

/// The stored plans, key -> raw text.
pub fn stored_plans() -> Vec<(String, String)> {
    let s = local();
    (0..s.length().unwrap())
        .filter_map(|i| s.key(i).unwrap())
        .filter(|k| k.starts_with("cap.plan."))
        .map(|k| {
            let v = s.get_item(&k).unwrap().unwrap();
            (k, v)
        })
        .collect()
}
