//! Full backups in the library: download one file with every plan, and
//! restore one with a preview and a choice per plan; the reminder when the
//! last backup is older than the last change.

use super::{folder::Folder, keep, texts};
use crate::{
    i18n::keep::KeepTexts,
    storage::{
        backup, browser, disk, Backup, BackupError, Choice, Choices, Entry, Outcome, PlanId,
        RestoreItem, RestoreStatus,
    },
    ui::{dialog::Modal, format, state::Store},
};
use chrono::{DateTime, Utc};
use leptos::{prelude::*, task::spawn_local};
use std::collections::BTreeMap;

/// When the last full backup was made, as stored (read again after one).
fn last_backup(store: Store) -> Option<DateTime<Utc>> {
    store.library.with_value(|l| l.last_backup().ok().flatten())
}

/// Whether a full backup is due: the plans changed more than 7 days after
/// the last one, and no folder keeps a copy of each save.
fn due(store: Store, last: Option<DateTime<Utc>>) -> bool {
    let change = store.entries.with(|es| {
        es.iter()
            .filter_map(|e| match e {
                Entry::Readable { saved_at, .. } => *saved_at,
                Entry::Unreadable { .. } => None,
            })
            .max()
    });
    let folder = keep(|k| k.folder.get());
    !matches!(folder, Folder::Ready(_)) && backup::backup_due(last, change)
}

/// The reminder, above the library's plans, when a backup is due.
#[component]
pub fn BackupReminder() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = move || crate::i18n::texts(store.lang.get()).keep();
    let made = keep(|k| k.backed_up.clone());
    let shown = move || {
        let _ = made.get();
        due(store, last_backup(store))
    };
    view! {
        <Show when=shown>
            <div class="keep-reminder" role="status" data-testid="backup-reminder">
                <p>{move || t().backup_due}</p>
                <button type="button" class="btn small primary" on:click=move |_| download(store)>
                    {move || t().backup_all}
                </button>
            </div>
        </Show>
    }
}

/// Downloads the full backup and notes when it was made.
fn download(store: Store) {
    spawn_local(async move {
        let t = texts(store);
        let made = match store.plan_code().await {
            Ok(code) => (code.backup_text)(&store),
            Err(why) => Err(why),
        };
        let now = browser::now();
        let name = crate::storage::folder::full_backup_file(now);
        match made.and_then(|text| browser::download(&name, &text, "application/json")) {
            Ok(()) => {
                // Not noted: the reminder comes back at the next visit.
                let _ = store.library.with_value(|l| l.set_last_backup(now));
                keep(|k| k.backed_up.update(|n| *n += 1));
                store.toast(t.backup_done.to_string(), None, false);
            }
            Err(why) => store.toast(why, None, true),
        }
    });
}

/// The section's part on full backups.
#[component]
pub fn BackupPart() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = move || crate::i18n::texts(store.lang.get()).keep();
    let made = keep(|k| k.backed_up.clone());
    let last = move || {
        let _ = made.get();
        last_backup(store)
    };
    let error = RwSignal::new(None::<String>);
    let picked = StoredValue::new(None::<Backup>);
    let items = RwSignal::new(Vec::<RestoreItem>::new());
    let open = RwSignal::new(false);
    let on_pick = move |e: leptos::ev::Event| {
        let Some(file) = browser::take_picked_file(&e) else {
            return;
        };
        error.set(None);
        spawn_local(async move {
            let t = texts(store);
            let read = if file.size() > backup::MAX_BYTES as f64 {
                let e = BackupError::TooLarge {
                    bytes: file.size() as usize,
                    limit: backup::MAX_BYTES,
                };
                Err((t.backup_refused)(&(t.backup_why)(&e, "")))
            } else {
                match (disk::file_text(&file).await, store.plan_code().await) {
                    (Ok(text), Ok(code)) => (code.read_backup)(&store, &text),
                    (Err(e), _) => Err((t.backup_refused)(&format!("{e:?}"))),
                    (_, Err(why)) => Err(why),
                }
            };
            match read {
                Ok((backup, preview)) => {
                    picked.set_value(Some(backup));
                    items.set(preview);
                    open.set(true);
                }
                Err(why) => error.set(Some(why)),
            }
        });
    };
    view! {
        <div class="keep-part" data-testid="keep-backup">
            <h3>{move || t().backup_heading}</h3>
            <p class="muted">{move || t().backup_intro}</p>
            <p data-testid="backup-last">{move || match last() {
                Some(at) => (t().last_backup)(&format::datetime(at, store.lang.get())),
                None => t().never_backed_up.to_string(),
            }}</p>
            <div class="keep-actions">
                <button type="button" class="btn primary" data-testid="backup-all" on:click=move |_| download(store)>
                    {move || t().backup_all}
                </button>
                <label class="btn file-btn" for="restore-file">{move || t().restore_backup}</label>
                <input id="restore-file" class="file-input" type="file" accept=".json,application/json"
                    data-testid="restore-file" aria-describedby="restore-error" on:change=on_pick/>
            </div>
            <p class="error" id="restore-error" role="alert" data-testid="restore-error">{move || error.get()}</p>
            <RestoreDialog open=open items=items picked=picked/>
        </div>
    }
}

/// What the person picked for one plan: `None` until chosen, for a plan
/// that differs from the one stored here.
type Picks = BTreeMap<PlanId, Option<&'static str>>;

/// The choices a status allows, default first (`None`: no default).
fn options(status: &RestoreStatus) -> (&'static [&'static str], Option<&'static str>) {
    match status {
        RestoreStatus::New => (&["add", "skip"], Some("add")),
        RestoreStatus::Same => (&["skip", "keep_both"], Some("skip")),
        RestoreStatus::Differs { .. } => (&["skip", "replace", "keep_both"], None),
        RestoreStatus::InTrash => (&["skip", "keep_both"], Some("skip")),
    }
}

fn option_label(t: &KeepTexts, key: &str) -> &'static str {
    match key {
        "add" => t.choice_add,
        "replace" => t.choice_replace,
        "keep_both" => t.choice_keep_both,
        _ => t.choice_skip,
    }
}

/// The preview of a backup, a choice per plan, and "Restore".
#[component]
fn RestoreDialog(
    open: RwSignal<bool>,
    items: RwSignal<Vec<RestoreItem>>,
    picked: StoredValue<Option<Backup>>,
) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = move || crate::i18n::texts(store.lang.get()).keep();
    let picks = RwSignal::new(Picks::new());
    let error = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let defaults = items.with(|items| {
            items
                .iter()
                .map(|i| (i.id.clone(), options(&i.status).1))
                .collect::<Picks>()
        });
        picks.set(defaults);
        error.set(None);
    });
    let date = move || {
        picked.with_value(|b| {
            b.as_ref()
                .map(|b| format::datetime(b.made_at, store.lang.get()))
        })
    };
    let restore = move |_| {
        let Some(backup) = picked.get_value() else {
            return;
        };
        let t = texts(store);
        let lang = store.lang.get_untracked();
        let when = format::date(backup.made_at.date_naive(), lang);
        let mut choices = Choices::defaults(&items.get_untracked());
        for item in items.get_untracked() {
            let choice = match picks.with_untracked(|p| p.get(&item.id).copied().flatten()) {
                None => return error.set(Some(t.restore_need_choice.to_string())),
                Some("add") => Choice::Add,
                Some("replace") => Choice::Replace,
                Some("keep_both") => Choice::KeepBoth {
                    id: browser::new_plan_id(),
                    name: crate::domain::copy_name(&(t.restored_copy)(&item.name, &when)),
                },
                Some(_) => Choice::Skip,
            };
            choices.set(item.id.clone(), choice);
        }
        spawn_local(async move {
            let report = match store.plan_code().await {
                Ok(code) => (code.restore_from)(&store, &backup, &choices),
                Err(why) => Err(why),
            };
            match report {
                Ok(report) => {
                    let plans = report.plans.iter().chain(&report.trash);
                    let written = plans
                        .clone()
                        .filter(|(_, o)| matches!(o, Outcome::Written(_)))
                        .count();
                    let skipped = plans.filter(|(_, o)| matches!(o, Outcome::Skipped)).count();
                    let failed: Vec<String> = report
                        .failed()
                        .into_iter()
                        .map(|id| {
                            items.with_untracked(|i| {
                                i.iter()
                                    .find(|i| &i.id == id)
                                    .map_or(id.to_string(), |i| i.name.clone())
                            })
                        })
                        .collect();
                    if !failed.is_empty() {
                        store.toast((t.restore_partial)(&failed.join(", ")), None, true);
                    }
                    store.toast((t.restored)(written, skipped), None, false);
                    open.set(false);
                }
                Err(why) => error.set(Some(why)),
            }
        });
    };
    view! {
        <Modal open=open title=Signal::derive(move || t().restore_title.to_string()) testid="restore-preview">
            <p>{move || (t().restore_intro)(&date().unwrap_or_default(), items.with(Vec::len))}</p>
            <ul class="restore-list">
                <For each=move || items.get() key=|i| i.id.clone() let:item>
                    <RestoreRow item=item picks=picks/>
                </For>
            </ul>
            <p class="error" role="alert" data-testid="restore-dialog-error">{move || error.get()}</p>
            <div class="dialog-actions">
                <button type="button" class="btn" on:click=move |_| open.set(false)>
                    {move || crate::i18n::texts(store.lang.get()).cancel}
                </button>
                <button type="button" class="btn primary" data-testid="restore-go" on:click=restore>
                    {move || t().restore_go}
                </button>
            </div>
        </Modal>
    }
}

/// One plan of the backup: its name, how it stands here, the choice.
#[component]
fn RestoreRow(item: RestoreItem, picks: RwSignal<Picks>) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = move || crate::i18n::texts(store.lang.get()).keep();
    let (keys, default) = options(&item.status);
    let select_id = format!("restore-{}", item.id);
    let status = {
        let status = item.status.clone();
        move || {
            let lang = store.lang.get();
            let when = |at: Option<DateTime<Utc>>| {
                at.map(|at| format::datetime(at, lang)).unwrap_or_default()
            };
            match &status {
                RestoreStatus::New => t().status_new.to_string(),
                RestoreStatus::Same => t().status_same.to_string(),
                RestoreStatus::Differs { stored_saved_at } => {
                    (t().status_differs)(&when(*stored_saved_at))
                }
                RestoreStatus::InTrash => t().status_in_trash.to_string(),
            }
        }
    };
    let saved = item.saved_at;
    let id = item.id.clone();
    let differs = matches!(item.status, RestoreStatus::Differs { .. });
    let name = item.name.clone();
    view! {
        <li class="restore-item" class:differs=differs data-testid="restore-item">
            <div>
                <strong data-testid="restore-item-name">{item.name.clone()}</strong>
                {(!item.client.is_empty()).then(|| view! { <p class="muted">{item.client.clone()}</p> })}
                <p class="muted" data-testid="restore-item-status">{status}</p>
                <p class="muted">{move || saved.map(|at| (t().saved_on)(&format::datetime(at, store.lang.get())))}</p>
            </div>
            <div class="field">
                <label for=select_id.clone() class="sr-only">{move || (t().choice_label)(&name)}</label>
                <select id=select_id data-testid="restore-choice" on:change={
                    let id = id.clone();
                    move |e| {
                        let value = event_target_value(&e);
                        let pick = keys.iter().copied().find(|k| *k == value);
                        picks.update(|p| { p.insert(id.clone(), pick); });
                    }
                }>
                    {default.is_none().then(|| view! { <option value="" selected>{move || t().choice_pick}</option> })}
                    {keys.iter().map(|k| view! {
                        <option value=*k selected=default == Some(*k)>{move || option_label(t(), k)}</option>
                    }).collect_view()}
                </select>
            </div>
        </li>
    }
}
