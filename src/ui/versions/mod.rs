//! The plan's named versions, on its overview page: freeze the plan as it
//! is under a name, then compare, open read-only, share, restore or delete
//! each version. Versions are stored apart from the plan
//! (`storage::versions`); nothing here edits one.

mod changes;
mod freeze;
mod item;

use crate::{
    domain::Lang,
    i18n::versions::VersionTexts,
    storage::{
        browser, envelope,
        share::{self, ShareError},
        versions::NameError,
        LoadError, PlanId, StorageError, Version, VersionError,
    },
    ui::{
        dialog::ConfirmDialog,
        share::{Made, ShareDialog},
        state::Store,
        use_texts, Base,
    },
};
use leptos::prelude::*;

/// The versions of the open plan, as this page last read them.
#[derive(Clone, Debug, PartialEq)]
enum Listed {
    /// Read, newest first.
    Read(Vec<Version>),
    /// Stored, but cannot be read: why, and where its text was copied; no
    /// version is written over it.
    Unreadable {
        error: Box<LoadError>,
        backup_key: Option<String>,
    },
    /// Storage itself could not be read.
    Failed(StorageError),
}

/// The card's handle on the plan's versions (`Copy`: arena handles only).
#[derive(Clone, Copy)]
struct Versions {
    store: Store,
    id: StoredValue<PlanId>,
    listed: RwSignal<Listed>,
}

impl Versions {
    /// Reads the plan's versions from storage again.
    fn reload(self) {
        let id = self.id.get_value();
        let listed = match self.store.library.with_value(|l| l.versions(&id)) {
            Ok(mut versions) => {
                versions.reverse();
                Listed::Read(versions)
            }
            Err(VersionError::Unreadable { error, backup_key }) => {
                Listed::Unreadable { error, backup_key }
            }
            Err(VersionError::Storage(e)) => Listed::Failed(e),
            // Reading never judges a name.
            Err(VersionError::Name(_)) => Listed::Read(Vec::new()),
        };
        self.listed.set(listed);
    }

    /// Saves the open plan and freezes it, as it is in memory, under `name`
    /// (`None`: the plan is no longer open).
    fn freeze(self, name: &str) -> Option<Result<Version, VersionError>> {
        self.store.save_now();
        let id = self.id.get_value();
        let now = browser::now();
        let result = self.store.current.with_untracked(|c| {
            c.as_ref().filter(|open| open.id == id).map(|open| {
                self.store
                    .library
                    .with_value(|l| l.add_version(&id, &open.plan, name, now))
            })
        })?;
        if !matches!(result, Err(VersionError::Name(_))) {
            self.reload();
        }
        Some(result)
    }

    /// Deletes `version`, after the person confirmed.
    fn delete(self, version: &Version) {
        let id = self.id.get_value();
        let t = self.texts();
        match self
            .store
            .library
            .with_value(|l| l.delete_version(&id, version))
        {
            Ok(_) => self.store.toast((t.deleted)(&version.name), None, false),
            Err(e) => self.store.toast(self.describe(&e), None, true),
        }
        self.reload();
    }

    /// Makes `version`'s plan the open plan, in one undoable step.
    fn restore(self, version: &Version) {
        let t = self.texts();
        let result = version
            .open()
            .map_err(|e| cannot_open(self.store.lang.get_untracked(), &e))
            .and_then(|loaded| self.store.replace_current(loaded.plan));
        match result {
            Ok(()) => self.store.toast((t.restored)(&version.name), None, false),
            Err(e) => self.store.toast(e, None, true),
        }
    }

    /// Downloads `version`'s plan as a `.json` file, dated when it was made.
    fn download(self, version: &Version) {
        let result = version
            .open()
            .map_err(|e| cannot_open(self.store.lang.get_untracked(), &e))
            .and_then(|loaded| {
                browser::download(
                    &envelope::file_name(&loaded.plan.name, version.made_at, "json"),
                    &envelope::encode(&loaded.plan, version.made_at, true),
                    "application/json",
                )
            });
        if let Err(e) = result {
            self.store.toast(e, None, true);
        }
    }

    fn texts(self) -> &'static VersionTexts {
        crate::i18n::texts(self.store.lang.get_untracked()).versions()
    }

    /// Why a version could not be stored or removed, in words.
    fn describe(self, e: &VersionError) -> String {
        let lang = self.store.lang.get_untracked();
        let t = crate::i18n::texts(lang);
        match e {
            VersionError::Name(NameError::Empty) => t.versions().err_empty.into(),
            VersionError::Name(NameError::TooLong { chars, max }) => {
                (t.versions().err_too_long)(*chars, *max)
            }
            VersionError::Storage(StorageError::QuotaExceeded) => t.versions().err_full.into(),
            VersionError::Storage(e) => (t.versions().err_storage)(&(t.err_storage)(e)),
            VersionError::Unreadable { error, .. } => {
                (t.versions().unreadable)(&unreadable_why(lang, error))
            }
        }
    }
}

/// Why a version's plan does not open, as a sentence in `lang`.
fn cannot_open(lang: Lang, e: &ShareError) -> String {
    let t = crate::i18n::texts(lang);
    let why = match e {
        ShareError::Load(l) => (t.load().err_load)(l),
        other => (t.share.error)(other).map_or_else(|| other.to_string(), str::to_string),
    };
    (t.versions().cannot_open)(&why)
}

/// Why a stored list of versions does not read, in `lang`.
fn unreadable_why(lang: Lang, error: &LoadError) -> String {
    let t = crate::i18n::texts(lang);
    match error {
        LoadError::NotAPlan => t.versions().not_a_list.into(),
        other => (t.load().err_load)(other),
    }
}

/// The "Versions" card of the plan `id`, open in the store.
#[component]
pub fn VersionsCard(
    /// The open plan.
    id: PlanId,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let versions = Versions {
        store,
        id: StoredValue::new(id),
        listed: RwSignal::new(Listed::Read(Vec::new())),
    };
    versions.reload();
    let base = use_context::<Base>().map(|b| b.0).unwrap_or_default();

    // One dialog of each kind for the whole list, about `target`.
    let target = StoredValue::new(None::<Version>);
    let target_name = RwSignal::new(String::new());
    let (restore_open, delete_open, share_open) = (
        RwSignal::new(false),
        RwSignal::new(false),
        RwSignal::new(false),
    );
    let made = RwSignal::new(None::<Made>);
    let ask = move |dialog: RwSignal<bool>| {
        Callback::new(move |version: Version| {
            target_name.set(version.name.clone());
            target.set_value(Some(version));
            dialog.set(true);
        })
    };
    let ask_share = Callback::new(move |version: Version| {
        made.set(Some(Made::of(share::offer(version.payload.clone()), &base)));
        target.set_value(Some(version));
        share_open.set(true);
    });
    let on_target = move |f: fn(Versions, &Version)| {
        Callback::new(move |()| {
            if let Some(v) = target.get_value() {
                f(versions, &v);
            }
        })
    };
    let vt = move || t().versions();

    let count = move || {
        versions.listed.with(|l| match l {
            Listed::Read(list) if !list.is_empty() => Some((vt().count)(list.len())),
            _ => None,
        })
    };
    let body = move || {
        versions.listed.with(|listed| match listed {
            Listed::Unreadable { error, backup_key } => {
                let (error, key) = (error.clone(), backup_key.clone());
                view! {
                    <div class="versions-unreadable" role="alert" data-testid="versions-unreadable">
                        <p><strong>{move || (vt().unreadable)(&unreadable_why(store.lang.get(), &error))}</strong></p>
                        <p>{move || (vt().unreadable_kept)(key.as_deref())}</p>
                    </div>
                }
                .into_any()
            }
            Listed::Failed(e) => {
                let e = e.clone();
                view! {
                    <div class="versions-unreadable" role="alert" data-testid="versions-unreadable">
                        <p><strong>{move || (vt().unreadable)(&(t().err_storage)(&e))}</strong></p>
                    </div>
                }
                .into_any()
            }
            Listed::Read(list) if list.is_empty() => view! {
                <p class="versions-empty" data-testid="versions-empty">{move || vt().empty}</p>
            }
            .into_any(),
            Listed::Read(_) => ().into_any(),
        })
    };
    // Keyed, so a version added or deleted leaves the others' comparisons open.
    let listed = move || {
        versions.listed.with(|l| match l {
            Listed::Read(list) => list.clone(),
            Listed::Unreadable { .. } | Listed::Failed(_) => Vec::new(),
        })
    };
    let has_versions = move || {
        versions
            .listed
            .with(|l| matches!(l, Listed::Read(list) if !list.is_empty()))
    };

    view! {
        <section class="card versions" data-testid="versions" aria-labelledby="versions-title">
            <div class="versions-head">
                <h2 id="versions-title">{move || vt().title}</h2>
                {move || count().map(|n| view! { <span class="badge" data-testid="versions-count">{n}</span> })}
            </div>
            <freeze::FreezeForm versions=versions/>
            {body}
            <Show when=has_versions>
                <ul class="version-list" aria-label=move || vt().list_label>
                    <For each=listed key=|v| (v.made_at, v.name.clone()) let:version>
                        <item::VersionItem version=version on_restore=ask(restore_open)
                            on_share=ask_share on_delete=ask(delete_open)/>
                    </For>
                </ul>
            </Show>
            <ConfirmDialog
                open=restore_open
                title=Signal::derive(move || vt().restore_title.to_string())
                body=Signal::derive(move || (vt().restore_body)(&target_name.get()))
                confirm=Signal::derive(move || vt().restore.to_string())
                testid="confirm-restore-version"
                on_confirm=on_target(Versions::restore)
            />
            <ConfirmDialog
                open=delete_open
                title=Signal::derive(move || vt().delete_title.to_string())
                body=Signal::derive(move || (vt().delete_body)(&target_name.get()))
                confirm=Signal::derive(move || t().delete.to_string())
                testid="confirm-delete-version"
                on_confirm=on_target(Versions::delete)
            />
            <ShareDialog open=share_open made=made title=Signal::derive(move || vt().share_title.to_string())
                testid="version-share-dialog" download=on_target(Versions::download)/>
        </section>
    }
}
