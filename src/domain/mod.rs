//! The plan and its rules: plain data and pure functions.
//!
//! Nothing in here touches the browser or the UI framework, so every rule is
//! tested natively with `cargo test`. The UI only sends [`Command`]s.

pub mod action;
pub mod agenda;
pub mod branding;
pub mod budget;
pub mod catalogue;
pub mod command;
pub mod dashboard;
pub mod dates;
pub mod deck;
pub mod diff;
pub mod examples;
pub mod forecast;
pub mod forecast_check;
pub mod formula;
pub mod funnel;
pub mod history;
pub mod ids;
mod keys;
pub mod measurement;
pub mod merge;
pub mod money;
pub mod number;
pub mod objective;
pub mod paste;
pub mod plan;
pub mod production;
pub mod quote;
pub mod reschedule;
pub mod smart;
pub mod starters;
pub mod strategy;
pub mod templates;
pub mod timeline;
pub mod validate;
mod work;
pub mod workload;

pub use action::*;
pub use command::{apply, Command, CommandError, LineEdit, Links, ObjectiveEdit};
pub use history::History;
pub use ids::ItemId;
pub use measurement::Measurement;
pub use money::{parse_money, Currency, Money, MoneyError, COMMON_CURRENCIES};
pub use objective::*;
pub use plan::*;
pub use validate::{validate, Problem, ProblemKind, Severity};
