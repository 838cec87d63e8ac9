//! One sync step at a time: a step waits for the one running to end.

use std::{cell::Cell, rc::Rc};

/// The gate: closed while a step runs. Clones share it.
#[derive(Clone, Default)]
pub struct Gate {
    busy: Rc<Cell<bool>>,
}

/// Opens the gate again when dropped.
pub struct Pass {
    busy: Rc<Cell<bool>>,
}

impl Drop for Pass {
    fn drop(&mut self) {
        self.busy.set(false);
    }
}

impl Gate {
    /// Waits until no step runs, then holds the gate.
    pub async fn enter(&self) -> Pass {
        while self.busy.get() {
            sleep(15).await;
        }
        self.busy.set(true);
        Pass {
            busy: self.busy.clone(),
        }
    }
}

/// Waits `ms` milliseconds (lets the page paint meanwhile).
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
