//! French and English texts with typed keys.
//!
//! Every text is a field of [`Texts`]; each language is one `const` value of
//! it, so a text missing in one language does not compile. Texts with values
//! in them are plain `fn` fields.

pub mod actions;
pub mod budget;
pub mod dashboard;
pub mod diff;
mod en;
pub mod fees;
pub mod forecast;
mod fr;
pub mod gantt;
pub mod keep;
pub mod kpis;
pub mod load;
pub mod paste;
pub mod plan;
pub mod pptx;
pub mod present;
pub mod quote;
pub mod share;
pub mod smart;
pub mod starters;
pub mod strategy;
pub mod sync;
pub mod tax;
pub mod timeline;
pub mod typo;
pub mod versions;

use crate::domain::Lang;
use crate::storage::StorageError;

/// Every text of the interface, in one language.
pub struct Texts {
    /// The language of these texts.
    pub lang: Lang,
    pub app_tagline: &'static str,
    pub skip_to_content: &'static str,
    pub nav_label: &'static str,
    pub nav_plans: &'static str,
    pub nav_overview: &'static str,
    pub nav_strategy: &'static str,
    pub nav_budget: &'static str,
    pub nav_timeline: &'static str,
    pub nav_kpis: &'static str,
    pub nav_dashboard: &'static str,
    pub language: &'static str,
    pub undo: &'static str,
    pub redo: &'static str,
    pub undo_hint: &'static str,
    pub redo_hint: &'static str,
    pub close: &'static str,
    pub cancel: &'static str,

    pub status_saved: &'static str,
    pub status_saving: &'static str,
    pub status_not_saved: fn(&str) -> String,
    pub status_memory_only: &'static str,
    pub status_conflict: &'static str,

    pub library_title: &'static str,
    pub library_intro: &'static str,
    pub library_empty_title: &'static str,
    pub library_empty_body: &'static str,
    pub examples_title: &'static str,
    pub examples_intro: &'static str,
    pub start_example: &'static str,
    pub start_blank: &'static str,
    pub example_loaded: fn(&str) -> String,
    pub example_load_failed: &'static str,
    pub new_plan: &'static str,
    pub import_file: &'static str,
    pub import_file_hint: &'static str,
    pub open: &'static str,
    pub rename: &'static str,
    pub rename_label: fn(&str) -> String,
    pub save: &'static str,
    pub duplicate: &'static str,
    pub export_json: &'static str,
    pub delete: &'static str,
    pub copy_of: fn(&str) -> String,
    pub default_plan_name: &'static str,
    pub no_client: &'static str,
    pub never_saved: &'static str,
    pub confirm_delete_title: &'static str,
    pub confirm_delete_body: fn(&str) -> String,
    pub deleted_toast: fn(&str) -> String,
    pub unreadable_title: &'static str,
    pub unreadable_body: fn(&str, usize) -> String,
    pub unreadable_no_backup: &'static str,
    pub download_backup: &'static str,
    pub discard_unreadable: &'static str,
    pub confirm_discard_body: &'static str,
    pub trash_title: &'static str,
    pub trash_hint: &'static str,
    pub restore: &'static str,
    pub purge: &'static str,
    pub confirm_purge_body: fn(&str) -> String,
    pub new_plan_title: &'static str,
    pub field_name: &'static str,
    pub field_client: &'static str,
    pub create: &'static str,

    pub import_preview_title: &'static str,
    pub import_preview_body: fn(&str, &str) -> String,
    pub import_as_new: &'static str,
    pub import_replace: fn(&str) -> String,
    pub import_replace_confirm: fn(&str) -> String,
    pub import_replace_confirm_button: &'static str,
    pub import_done_new: fn(&str) -> String,
    pub import_done_replaced: &'static str,
    pub import_failed: fn(&str) -> String,
    /// Why a picked file is refused when its bytes are not text (an image, a PDF).
    pub import_not_text: &'static str,

    pub bad_date: &'static str,

    pub back_to_library: &'static str,
    pub page_not_found: &'static str,
    pub page_loading: &'static str,
    pub page_load_failed: &'static str,
    /// An action whose code (the plan code, see `ui::state::PlanCode`) could not be fetched.
    pub code_load_failed: &'static str,
    /// Stored plans still being read before the library lists them: their number.
    pub library_reading: fn(usize) -> String,
    pub page_reload: &'static str,

    pub banner_storage_unavailable: &'static str,
    pub banner_quota: &'static str,
    pub conflict_title: &'static str,
    pub conflict_body: &'static str,
    pub conflict_deleted_body: &'static str,
    pub conflict_load_theirs: &'static str,
    pub conflict_keep_mine: &'static str,

    pub err_storage: fn(&StorageError) -> String,
    /// A file over the size the app reads: its bytes, the limit.
    pub file_too_large: fn(usize, usize) -> String,

    /// Texts of share links.
    pub share: &'static share::ShareTexts,
}

// The pages' own texts are reached through these methods, not fields of
// `Texts`: a field would make the `FR`/`EN` statics point at every page's
// strings, keeping them all in the first visit's wasm; a method keeps each
// page's strings with the only code that reads them, in that page's chunk
// of a split build (see `ui::perf::lazy`).
macro_rules! page_texts {
    ($($(#[$doc:meta])* $name:ident: $module:ident::$ty:ident,)*) => {
        impl Texts {
            $(
                $(#[$doc])*
                pub fn $name(&self) -> &'static $module::$ty {
                    match self.lang {
                        Lang::Fr => &$module::FR,
                        Lang::En => &$module::EN,
                    }
                }
            )*
        }
    };
}
page_texts! {
    /// Texts of the strategy and objectives pages.
    strategy: strategy::StrategyTexts,
    /// Texts of an objective's SMART sheet.
    smart: smart::SmartTexts,
    /// Texts of the budget page.
    budget: budget::BudgetTexts,
    /// Texts of the KPIs page.
    kpis: kpis::KpiTexts,
    /// Texts of the forecast shared by the pages that show it.
    forecast: forecast::ForecastTexts,
    /// Texts of the timeline page.
    timeline: timeline::TimelineTexts,
    /// Texts of quick actions (from a line, duplicates, templates) and of the lines × objectives matrix.
    actions: actions::ActionTexts,
    /// Texts of changing an action's dates on the Gantt and in its form.
    gantt: gantt::GanttTexts,
    /// Texts of the dashboard.
    dashboard: dashboard::DashboardTexts,
    /// Why a plan could not be read (see the module's docs for who calls it).
    load: load::LoadTexts,
    /// Texts of the plan's frame: a plan not found, unreadable, or left unsaved.
    plan: plan::PlanTexts,
    /// Texts of the presentation, the printed report and the branding form.
    present: present::PresentTexts,
    /// What changed between two versions of a plan, one sentence per change.
    diff: diff::DiffTexts,
    /// Texts of keeping plans safe: the browser's promise, the plans folder, full backups.
    keep: keep::KeepTexts,
    /// Texts of a plan's named versions.
    versions: versions::VersionTexts,
    /// Texts of the sector starters offered on a blank plan.
    starters: starters::StarterTexts,
    /// Texts of pasting rows from a spreadsheet into the actions or the budget.
    paste: paste::PasteTexts,
    /// Texts of the budget's VAT, its totals by producer and a line's split.
    tax: tax::TaxTexts,
    /// Texts of fees as time at a rate, the rate card, in-house hours and the workload.
    fees: fees::FeesTexts,
    /// Texts of who produces what and of the quote page.
    quote: quote::QuoteTexts,
    /// Texts of syncing through a CouchDB server.
    sync: sync::SyncTexts,
    /// Texts of the PowerPoint deck.
    pptx: pptx::PptxTexts,
}

/// The texts of `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Fr => &fr::FR,
        Lang::En => &en::EN,
    }
}
