//! Cap: build and present a digital marketing plan, entirely in the browser.
//!
//! - [`domain`]: the plan and its rules, pure and tested natively;
//! - [`storage`]: the file format, migrations and the plan library;
//! - `i18n` and `ui` (browser only): texts and Leptos components.

pub mod domain;
pub mod storage;
