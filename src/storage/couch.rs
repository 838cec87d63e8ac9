//! Requests to a CouchDB server with `fetch`: the only module of the sync
//! that speaks HTTP. Basic auth on each request, never cookies.

use crate::storage::sync::{Endpoint, Reason};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    AbortSignal, Headers, Request, RequestCache, RequestCredentials, RequestInit, RequestMode,
    Response,
};

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
    let timeout = AbortSignal::timeout_with_u32(TIMEOUT_MS + wait_ms);
    let both = match signal {
        Some(s) => AbortSignal::any(&js_sys::Array::of2(s, &timeout)),
        None => timeout,
    };
    let init = RequestInit::new();
    init.set_method(method);
    init.set_mode(RequestMode::Cors);
    init.set_credentials(RequestCredentials::Omit);
    init.set_cache(RequestCache::NoStore);
    let headers = Headers::new().map_err(|_| Failure::Offline)?;
    let _ = headers.set("Accept", "application/json");
    if let Some(auth) = endpoint.authorization() {
        let _ = headers.set("Authorization", auth);
    }
    if let Some(body) = body {
        let _ = headers.set("Content-Type", "application/json");
        init.set_body(&wasm_bindgen::JsValue::from_str(body));
    }
    init.set_headers(&headers);
    init.set_signal(Some(&both));
    let window = web_sys::window().ok_or(Failure::Offline)?;
    let request = Request::new_with_str_and_init(url, &init)
        .map_err(|_| Failure::Refused(Reason::Server("bad address".into())))?;
    let response = match JsFuture::from(window.fetch_with_request(&request)).await {
        Ok(response) => response,
        Err(_) if signal.is_some_and(AbortSignal::aborted) => return Err(Failure::Aborted),
        // Timed out: a server that stalls counts as one that is not there.
        Err(_) if both.aborted() => return Err(Failure::Offline),
        Err(_) => return Err(why_no_answer(endpoint).await),
    };
    let response: Response = response.dyn_into().map_err(|_| Failure::Offline)?;
    let status = response.status();
    let text = match response.text() {
        Ok(p) => JsFuture::from(p).await.ok().and_then(|t| t.as_string()),
        Err(_) => None,
    };
    match text {
        Some(text) => Ok(Answer { status, text }),
        None if signal.is_some_and(AbortSignal::aborted) => Err(Failure::Aborted),
        None => Err(Failure::Offline),
    }
}

/// A request failed without an answer: offline, the server down, or a
/// server that answers but does not allow this site (CORS), told apart by
/// a request whose answer the page may not read.
async fn why_no_answer(endpoint: &Endpoint) -> Failure {
    let Some(window) = web_sys::window() else {
        return Failure::Offline;
    };
    if !window.navigator().on_line() {
        return Failure::Offline;
    }
    let init = RequestInit::new();
    init.set_mode(RequestMode::NoCors);
    init.set_credentials(RequestCredentials::Omit);
    init.set_signal(Some(&AbortSignal::timeout_with_u32(5_000)));
    init.set_cache(RequestCache::NoStore);
    let probe = format!("{}/", endpoint.server());
    let Ok(request) = Request::new_with_str_and_init(&probe, &init) else {
        return Failure::Offline;
    };
    match JsFuture::from(window.fetch_with_request(&request)).await {
        Ok(_) => Failure::Refused(Reason::Cors),
        Err(_) => Failure::Offline,
    }
}

/// Whether the browser says it is online.
pub fn online() -> bool {
    web_sys::window().is_none_or(|w| w.navigator().on_line())
}
