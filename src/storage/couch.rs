//! Requests to a CouchDB server with `fetch`: the only module of the sync
//! that speaks HTTP. Basic auth on each request, never cookies.

use crate::storage::sync::{Endpoint, Reason};
use js_sys::{Function, Object, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::AbortSignal;

/// What a server answered.
#[derive(Clone, Debug)]
pub struct Answer {
    /// The HTTP status.
    pub status: u16,
    /// The body.
    pub text: String,
}

impl Answer {
    /// Whether the status is a success.
    pub fn ok(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// Why no answer came.
#[derive(Clone, Debug, PartialEq)]
pub enum Failure {
    /// The browser is offline, or the server does not answer any more.
    Offline,
    /// The request was stopped (the sync was stopped or forgotten).
    Aborted,
    /// The server cannot be used: why.
    Refused(Reason),
}

/// How long a request may take before it counts as no answer (a stalled
/// server, a connection cut without a word), in milliseconds. A long poll
/// gets its own wait on top.
pub const TIMEOUT_MS: u32 = 30_000;

/// Sends a request to `url` (an address of `endpoint`), with a JSON body.
/// `signal` stops it early (the long poll); every request also gives up
/// after [`TIMEOUT_MS`] more than `wait_ms`.
pub async fn send(
    endpoint: &Endpoint,
    method: &str,
    url: &str,
    body: Option<&str>,
    signal: Option<&AbortSignal>,
) -> Result<Answer, Failure> {
    send_waiting(endpoint, method, url, body, signal, 0).await
}

/// [`send`] for a request the server holds up to `wait_ms` (a long poll).
pub async fn send_waiting(
    endpoint: &Endpoint,
    method: &str,
    url: &str,
    body: Option<&str>,
    signal: Option<&AbortSignal>,
    wait_ms: u32,
) -> Result<Answer, Failure> {
    let timeout = abort_signal("timeout", &JsValue::from(TIMEOUT_MS + wait_ms));
    let both = match signal {
        Some(s) => abort_signal("any", &js_sys::Array::of2(s, &timeout)),
        None => timeout,
    };
    let headers = Object::new();
    set(&headers, "Accept", "application/json");
    if let Some(auth) = endpoint.authorization() {
        set(&headers, "Authorization", auth);
    }
    let init = request_init(method, "cors", &both);
    if let Some(body) = body {
        set(&headers, "Content-Type", "application/json");
        set(&init, "body", body);
    }
    let _ = Reflect::set(&init, &"headers".into(), &headers);
    let response = match JsFuture::from(fetch(url, &init)).await {
        Ok(response) => response,
        Err(_) if signal.is_some_and(aborted) => return Err(Failure::Aborted),
        // Timed out: a server that stalls counts as one that is not there.
        Err(_) if aborted(&both) => return Err(Failure::Offline),
        Err(_) => return Err(why_no_answer(endpoint).await),
    };
    let status = get(&response, "status").as_f64().unwrap_or(0.0) as u16;
    let text = JsFuture::from(call(&response, "text"))
        .await
        .ok()
        .and_then(|t| t.as_string());
    match text {
        Some(text) => Ok(Answer { status, text }),
        None if signal.is_some_and(aborted) => Err(Failure::Aborted),
        None => Err(Failure::Offline),
    }
}

/// A request failed without an answer: offline, the server down, or a
/// server that answers but does not allow this site (CORS), told apart by
/// a request whose answer the page may not read.
async fn why_no_answer(endpoint: &Endpoint) -> Failure {
    if !online() {
        return Failure::Offline;
    }
    let init = request_init(
        "GET",
        "no-cors",
        &abort_signal("timeout", &JsValue::from(5_000)),
    );
    let probe = format!("{}/", endpoint.server());
    match JsFuture::from(fetch(&probe, &init)).await {
        Ok(_) => Failure::Refused(Reason::Cors),
        Err(_) => Failure::Offline,
    }
}

/// Whether the browser says it is online.
pub fn online() -> bool {
    web_sys::window().is_none_or(|w| get(&w.navigator(), "onLine").as_bool() != Some(false))
}

// The fetch API through `Reflect`, not web-sys's typed bindings: each of
// those is one more function in the first visit's JavaScript glue.

fn get(target: &JsValue, key: &str) -> JsValue {
    Reflect::get(target, &key.into()).unwrap_or(JsValue::UNDEFINED)
}

fn set(target: &Object, key: &str, value: &str) {
    let _ = Reflect::set(target, &key.into(), &value.into());
}

/// Calls `target.name()`: a promise (a rejected one when it is no function).
fn call(target: &JsValue, name: &str) -> Promise {
    let f = get(target, name);
    match f.is_function() {
        true => f
            .unchecked_into::<Function>()
            .call0(target)
            .map(JsCast::unchecked_into)
            .unwrap_or_else(|e| Promise::reject(&e)),
        false => Promise::reject(&JsValue::UNDEFINED),
    }
}

/// `window.fetch(url, init)`.
fn fetch(url: &str, init: &Object) -> Promise {
    let Some(window) = web_sys::window() else {
        return Promise::reject(&JsValue::UNDEFINED);
    };
    let f = get(&window, "fetch");
    if !f.is_function() {
        return Promise::reject(&JsValue::UNDEFINED);
    }
    f.unchecked_into::<Function>()
        .call2(&window, &url.into(), init)
        .map(JsCast::unchecked_into)
        .unwrap_or_else(|e| Promise::reject(&e))
}

/// The options of a request: never cookies, never the HTTP cache.
fn request_init(method: &str, mode: &str, signal: &AbortSignal) -> Object {
    let init = Object::new();
    set(&init, "method", method);
    set(&init, "mode", mode);
    set(&init, "credentials", "omit");
    set(&init, "cache", "no-store");
    let _ = Reflect::set(&init, &"signal".into(), signal);
    init
}

/// `AbortSignal.timeout(ms)` or `AbortSignal.any(signals)`.
fn abort_signal(name: &str, arg: &JsValue) -> AbortSignal {
    let class = web_sys::window()
        .map(|w| get(&w, "AbortSignal"))
        .unwrap_or(JsValue::UNDEFINED);
    let f = get(&class, name);
    match f.is_function() {
        true => f
            .unchecked_into::<Function>()
            .call1(&class, arg)
            .unwrap_or(JsValue::UNDEFINED),
        false => JsValue::UNDEFINED,
    }
    .unchecked_into()
}

/// Whether a signal has stopped its request.
fn aborted(signal: &AbortSignal) -> bool {
    get(signal, "aborted").as_bool() == Some(true)
}
