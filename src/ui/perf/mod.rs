//! What keeps the app fast, and when to use each:
//!
//! - [`lazy`]: `lazy_page!` declares a route whose code is fetched the first
//!   time it opens (split release builds). For a page the first screen does
//!   not show; pages that share most of their code share a module.
//! - [`page_styles`]: the plan pages' stylesheets, compiled into their code.
//!   A page of a lazy module calls `install` before it renders, so its rules
//!   come with its chunk.
//! - [`dormant`]: a long table (more than `LONG` rows) stops drawing the
//!   cells of rows off screen. For a table edited row by row, not for a
//!   short one (find-in-page sees every drawn row).
//! - [`deferred`]: a value brought up to date right after the edit's frame
//!   is painted. For what summarises the plan away from where the person
//!   types (charts under a table, the list under the Gantt).
//! - [`settle`]: a signal set only when its value changes; nothing below it
//!   runs until then. For a value many views read (a table's rows and
//!   cells); `Store::watch` is the same for a slice of the plan. A memo
//!   (`Store::select`) is the default: one effect run sooner.
//! - [`set_changed`]: sets a signal only when the value differs, for a
//!   signal set on every keystroke with mostly the same value.
//! - [`mark`]: a performance mark on the frame that paints a first view,
//!   for `make bench` (`cap-interactive`, `cap-first-view`).
//! - [`reuse`]: a list rebuilt from borrowed items, keeping the previous
//!   list's equal ones, so a memo over a list clones only what changed.

pub mod deferred;
pub mod dormant;
pub mod lazy;
pub mod mark;
pub mod page_styles;
mod reuse;
mod settle;

pub use deferred::deferred;
pub use reuse::{reuse, Reuse};
pub use settle::{set_changed, settle};
