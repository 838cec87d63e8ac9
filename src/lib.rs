//! Cap: build and present a digital marketing plan, entirely in the browser.
//!
//! - [`domain`]: the plan and its rules, pure and tested natively;
//! - [`storage`]: the file format, migrations and the plan library;
//! - [`i18n`]: French and English texts with typed keys;
//! - `ui` (browser only): Leptos components.

pub mod domain;
pub mod i18n;
pub mod storage;

#[cfg(target_arch = "wasm32")]
pub mod ui;
