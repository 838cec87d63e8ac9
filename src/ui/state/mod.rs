//! The app-wide store, provided by context at the root. Components read its
//! signals and call its methods; only [`Store::dispatch`] changes a plan.

use crate::{
    domain::{Command, CommandError, History, Lang, Plan},
    storage::{
        browser::{self, BrowserStore, Settings},
        Entry, Library, OpenError, PlanId, StorageError,
    },
    ui::perf::set_changed,
};
use leptos::prelude::*;
use std::time::Duration;

mod autosave;
mod backups;
mod conflict;
mod library_ops;
mod listing;
mod open_plan;
mod plan_code;
mod shared;

pub use library_ops::Exported;
pub use plan_code::{ImportPreview, PlanCode, PlanFile};

/// The plan being edited, with its library id.
#[derive(Clone, Debug, PartialEq)]
pub struct OpenPlan {
    /// Library id.
    pub id: PlanId,
    /// The plan.
    pub plan: Plan,
}

/// What the save indicator shows.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    /// Nothing open, or nothing changed yet.
    Idle,
    /// Everything is stored.
    Saved,
    /// A save is scheduled.
    Pending,
    /// The last save failed; the plan stays in memory.
    Failed(StorageError),
    /// Waiting for the person to resolve a conflict with another tab.
    Conflict,
    /// Stored in the browser, but the plans folder refused the copy: why.
    NotInFolder(String),
}

/// Another tab changed the open plan.
#[derive(Clone, Debug, PartialEq)]
pub enum Conflict {
    /// It saved another version, this raw text.
    Changed(String),
    /// It deleted the plan.
    Deleted,
}

/// A short message at the bottom of the screen, maybe with an undo.
#[derive(Clone, Debug, PartialEq)]
pub struct Toast {
    /// Identity, to dismiss it.
    pub id: u32,
    /// Text shown.
    pub text: String,
    /// Restores a deleted plan when clicked.
    pub restore: Option<(PlanId, String)>,
    /// Shown as an error (red) rather than information.
    pub is_error: bool,
    /// Offers Undo of the open plan's last change; it goes as soon as the
    /// plan changes again, so its Undo always undoes that change.
    pub undo: bool,
}

/// A plan in the trash: id, name, raw text.
pub type TrashEntry = (PlanId, String, String);

/// The store. `Copy`: every field is an arena handle.
#[derive(Clone, Copy)]
pub struct Store {
    /// Interface language.
    pub lang: RwSignal<Lang>,
    pub(crate) library: StoredValue<Library<BrowserStore>, LocalStorage>,
    /// Whether plans survive a reload (false in private mode).
    pub persistent: bool,
    /// The library listing.
    pub entries: RwSignal<Vec<Entry>>,
    /// Recently deleted plans.
    pub trash: RwSignal<Vec<TrashEntry>>,
    /// Why the library could not be listed, if it could not.
    pub listing_error: RwSignal<Option<StorageError>>,
    /// How many stored plans are being read before they are listed.
    pub listing_pending: RwSignal<usize>,
    /// The open plan.
    pub current: RwSignal<Option<OpenPlan>>,
    /// Id of the open plan; changes only when another plan is opened, so
    /// views that depend on it do not re-render on every edit.
    pub open_id: Memo<Option<PlanId>>,
    /// Why the plan of the URL could not be opened.
    pub open_error: RwSignal<Option<(PlanId, OpenError)>>,
    /// A plan the person asked to open while the open one could not be
    /// saved (storage full, or a conflict with another tab): the open one
    /// stays open until they choose.
    pub leave_blocked: RwSignal<Option<PlanId>>,
    history: StoredValue<History>,
    /// Whether undo has something to undo.
    pub can_undo: RwSignal<bool>,
    /// Whether redo has something to redo.
    pub can_redo: RwSignal<bool>,
    /// The text stored for the open plan when this tab last read or wrote it.
    pub(crate) stored_raw: StoredValue<Option<String>>,
    dirty: StoredValue<bool>,
    timer: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    /// The save indicator.
    pub status: RwSignal<SaveStatus>,
    /// The open plan came from a share link: shown read-only, never saved
    /// (its id is a placeholder, not a key of the library).
    pub shared: RwSignal<bool>,
    /// A pending conflict with another tab.
    pub conflict: RwSignal<Option<Conflict>>,
    /// Messages at the bottom of the screen.
    pub toasts: RwSignal<Vec<Toast>>,
    next_toast: StoredValue<u32>,
    /// The plan code, once installed or fetched (see [`PlanCode`]).
    plan_code: StoredValue<Option<&'static PlanCode>>,
    /// The sync code, once fetched (see `ui::sync`).
    pub sync: RwSignal<Option<&'static crate::ui::sync::SyncCode>>,
}

impl Store {
    /// Opens storage, reads the settings and the library.
    pub fn open_storage() -> Store {
        let store = BrowserStore::open();
        let persistent = store.is_persistent();
        let settings = browser::load_settings();
        let lang = settings
            .lang
            .or_else(|| browser::browser_language().map(|t| Lang::from_tag(&t)))
            .unwrap_or_default();
        let current = RwSignal::new(None::<OpenPlan>);
        let s = Store {
            lang: RwSignal::new(lang),
            library: StoredValue::new_local(Library::new(store)),
            persistent,
            entries: RwSignal::new(Vec::new()),
            trash: RwSignal::new(Vec::new()),
            listing_error: RwSignal::new(None),
            listing_pending: RwSignal::new(0),
            current,
            open_id: Memo::new(move |_| current.with(|c| c.as_ref().map(|o| o.id.clone()))),
            open_error: RwSignal::new(None),
            leave_blocked: RwSignal::new(None),
            history: StoredValue::new(History::new()),
            can_undo: RwSignal::new(false),
            can_redo: RwSignal::new(false),
            stored_raw: StoredValue::new(None),
            dirty: StoredValue::new(false),
            timer: StoredValue::new_local(None),
            status: RwSignal::new(SaveStatus::Idle),
            shared: RwSignal::new(false),
            conflict: RwSignal::new(None),
            toasts: RwSignal::new(Vec::new()),
            next_toast: StoredValue::new(0),
            plan_code: StoredValue::new(None),
            sync: RwSignal::new(None),
        };
        s.refresh();
        s
    }

    /// Switches the interface language and remembers it.
    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        browser::save_settings(&Settings { lang: Some(lang) });
    }

    /// Id of the open plan, read without subscribing (for event handlers
    /// and store methods; views use [`Store::open_id`]).
    pub fn current_id(&self) -> Option<PlanId> {
        self.current
            .with_untracked(|c| c.as_ref().map(|o| o.id.clone()))
    }

    /// Opens the plan `id` (from the URL), saving the previous one first.
    /// When the previous one cannot be saved it stays open, untouched, and
    /// [`Store::leave_blocked`] names `id` until the person chooses.
    pub fn open(&self, id: &PlanId) {
        self.install_plan_code();
        if self.current_id().as_ref() == Some(id) && !self.shared.get_untracked() {
            set_changed(self.leave_blocked, None);
            return;
        }
        self.close();
        if self.dirty.get_value() {
            self.leave_blocked.set(Some(id.clone()));
            return;
        }
        set_changed(self.leave_blocked, None);
        match self.library.with_value(|l| l.open(id)) {
            Ok((loaded, raw)) => {
                self.stored_raw.set_value(Some(raw));
                self.current.set(Some(OpenPlan {
                    id: id.clone(),
                    plan: loaded.plan,
                }));
                self.open_error.set(None);
                self.status.set(SaveStatus::Saved);
            }
            Err(e) => {
                self.open_error.set(Some((id.clone(), e)));
                // The library lists it as unreadable (with its backup) from
                // now on, whatever it said before.
                self.refresh();
            }
        }
    }

    /// Drops the open plan's unsaved changes, at the person's explicit
    /// choice, and opens `id`: what is stored is kept as it was.
    pub fn discard_and_open(&self, id: &PlanId) {
        if let Some(handle) = self.timer.get_value() {
            handle.clear();
            self.timer.set_value(None);
        }
        self.dirty.set_value(false);
        self.conflict.set(None);
        self.open(id);
    }

    /// Opens `plan` under `id` in memory only, unsaved, after a new plan
    /// could not be stored: it is kept like any edit that cannot be
    /// stored, and written by the next save once there is room.
    pub(crate) fn open_unsaved(&self, id: PlanId, plan: Plan, why: StorageError) -> bool {
        self.install_plan_code();
        self.close();
        if self.dirty.get_value() {
            return false;
        }
        self.stored_raw.set_value(None);
        self.current.set(Some(OpenPlan { id, plan }));
        self.open_error.set(None);
        set_changed(self.leave_blocked, None);
        self.dirty.set_value(true);
        self.status.set(SaveStatus::Failed(why));
        true
    }

    /// Saves and closes the open plan.
    pub fn close(&self) {
        if self.shared.get_untracked() {
            self.shared.set(false);
            self.current.set(None);
            self.status.set(SaveStatus::Idle);
            return;
        }
        self.save_now();
        if self.dirty.get_value() {
            // Unsaved (storage full): keep it open rather than lose it.
            return;
        }
        self.current.set(None);
        self.stored_raw.set_value(None);
        self.conflict.set(None);
        self.history.update_value(History::clear);
        self.sync_history();
        self.status.set(SaveStatus::Idle);
    }

    /// Applies a command to the open plan, records it for undo, and
    /// schedules the autosave. On error nothing changes.
    pub fn dispatch(&self, command: Command) -> Result<(), CommandError> {
        if self.shared.get_untracked() {
            // Read-only: the views offer no editing, and nothing may change
            // a plan that is not in the library.
            return Ok(());
        }
        let at = browser::now_ms();
        // Update the history in place: cloning it would copy up to 200
        // inverse commands on every keystroke.
        let result = self
            .history
            .try_update_value(|history| {
                self.current.try_update(|c| match c {
                    Some(open) => history.execute(&mut open.plan, command, at),
                    None => Ok(()),
                })
            })
            .flatten()
            .unwrap_or(Ok(()));
        if result.is_ok() {
            self.changed();
        }
        result
    }

    /// Undoes the last change of the open plan.
    pub fn undo(&self) {
        if let Some(code) = self.plan_code_now() {
            (code.undo)(self);
        }
    }

    /// Redoes the last undone change.
    pub fn redo(&self) {
        if let Some(code) = self.plan_code_now() {
            (code.redo)(self);
        }
    }

    fn step(&self, f: fn(&mut History, &mut Plan) -> bool) {
        let moved = self
            .history
            .try_update_value(|history| {
                self.current
                    .try_update(|c| c.as_mut().is_some_and(|o| f(history, &mut o.plan)))
            })
            .flatten()
            .unwrap_or(false);
        if moved {
            self.changed();
        } else {
            self.sync_history();
        }
    }

    fn sync_history(&self) {
        self.history.with_value(|h| {
            set_changed(self.can_undo, h.can_undo());
            set_changed(self.can_redo, h.can_redo());
        });
    }

    /// Shows a message for a few seconds.
    pub fn toast(&self, text: String, restore: Option<(PlanId, String)>, is_error: bool) {
        self.push_toast(text, restore, is_error, false);
    }

    /// Shows a message with Undo for the change just made to the open plan.
    pub fn toast_undo(&self, text: String) {
        self.push_toast(text, None, false, true);
    }

    fn push_toast(
        &self,
        text: String,
        restore: Option<(PlanId, String)>,
        is_error: bool,
        undo: bool,
    ) {
        let id = self.next_toast.get_value();
        self.next_toast.set_value(id + 1);
        self.toasts.update(|t| {
            t.push(Toast {
                id,
                text,
                restore,
                is_error,
                undo,
            })
        });
        let toasts = self.toasts;
        set_timeout(
            move || toasts.update(|t| t.retain(|x| x.id != id)),
            Duration::from_secs(10),
        );
    }
}
