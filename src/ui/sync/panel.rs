//! The library's sync section: the server typed once, where the sync
//! stands, plans waiting for a choice, and forgetting the server.

use super::{engine, sync, Phase};
use crate::{
    i18n::sync::SyncTexts,
    storage::sync::{Connection, ConnectionError, Reason},
    ui::{format, state::Store},
};
use leptos::{prelude::*, task::spawn_local};

/// The section, below "keeping your plans safe".
#[component]
pub fn SyncPanel() -> impl IntoView {
    let store = expect_context::<Store>();
    super::install_styles();
    let t = move || crate::i18n::texts(store.lang.get()).sync();
    let stored = RwSignal::new(engine::stored_connection(store));
    let phase = sync(|s| s.phase.clone());
    sync(|s| s.panel_shown.set(true));
    on_cleanup(|| sync(|s| s.panel_shown.set(false)));
    let editing = {
        let phase = phase.clone();
        // Kept while a connection typed here is tried, so nothing typed is lost.
        move || {
            stored.with(Option::is_none)
                || matches!(phase.get(), Phase::Error(_) | Phase::Connecting)
        }
    };
    view! {
        <section class="keep sync" data-testid="sync-panel" aria-labelledby="sync-title">
            <h2 id="sync-title">{move || t().title}</h2>
            <p class="lead">{move || t().intro}</p>
            <div class="keep-part sync-part">
                <State/>
                <Show when=move || stored.with(Option::is_some)>
                    <Connected stored=stored/>
                </Show>
                <Show when=editing.clone()>
                    <Form stored=stored/>
                </Show>
            </div>
        </section>
    }
}

/// Where the sync stands: state, progress, last sync, plans waiting.
#[component]
fn State() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = move || crate::i18n::texts(store.lang.get()).sync();
    let (phase, progress, last, pending, unreadable) = sync(|s| {
        (
            s.phase.clone(),
            s.progress.clone(),
            s.last.clone(),
            s.pending.clone(),
            s.unreadable.clone(),
        )
    });
    let code = {
        let phase = phase.clone();
        move || phase.get().code()
    };
    let words = move || {
        let t = t();
        match phase.get() {
            Phase::Off => t.state_off,
            Phase::Connecting => t.state_connecting,
            Phase::Syncing => t.state_syncing,
            Phase::Synced => t.state_synced,
            Phase::Offline => t.state_offline,
            Phase::Error(_) => t.state_error,
        }
    };
    let waiting = Memo::new(move |_| pending.with(Vec::len));
    view! {
        <p class="sync-state" data-testid="sync-state" data-state=code.clone() role="status">
            <span class="sync-dot" aria-hidden="true"></span>
            <strong>{words}</strong>
        </p>
        {move || progress.get().map(|(done, total)| view! {
            <p class="sync-progress" data-testid="sync-progress" data-done=done data-total=total>
                <progress max=total value=done aria-hidden="true"></progress>
                <span>{(t().progress)(done, total)}</span>
            </p>
        })}
        {move || last.get().map(|at| view! {
            <p class="muted" data-testid="sync-last">{(t().last)(&format::datetime(at, store.lang.get()))}</p>
        })}
        <Show when=move || waiting.get() != 0>
            <p class="sync-waiting" data-testid="sync-pending">
                <strong>{move || (t().pending)(waiting.get())}</strong>
                <button type="button" class="btn small primary" on:click=move |_| super::conflict::reopen()>
                    {move || t().resolve}
                </button>
            </p>
        </Show>
        <ul class="sync-unreadable">
            {move || unreadable.get().into_iter().map(|(_, name, why)| {
                let why = (crate::i18n::texts(store.lang.get()).load().err_load)(&why);
                view! { <li class="error" data-testid="sync-unreadable">{(t().unreadable)(&name, &why)}</li> }
            }).collect_view()}
        </ul>
    }
}

/// The server synced with, and what can be done with it.
#[component]
fn Connected(stored: RwSignal<Option<Connection>>) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = move || crate::i18n::texts(store.lang.get()).sync();
    let error = RwSignal::new(None::<String>);
    let forget = move |_| match engine::forget(store) {
        Ok(()) => stored.set(None),
        Err(e) => error.set(Some(e)),
    };
    view! {
        <p data-testid="sync-server">{move || stored.get().map(|c| (t().connected_as)(c.user.trim(), c.url.trim(), c.db.trim()))}</p>
        <div class="keep-actions">
            <button type="button" class="btn small" data-testid="sync-now" on:click=move |_| engine::sync_now(store)>
                {move || t().sync_now}
            </button>
            <button type="button" class="btn small" data-testid="sync-forget" title=move || t().forget_hint on:click=forget>
                {move || t().forget}
            </button>
        </div>
        <p class="error" role="alert">{move || error.get()}</p>
    }
}

/// The connection form: address, database, user, password.
#[component]
fn Form(stored: RwSignal<Option<Connection>>) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = move || crate::i18n::texts(store.lang.get()).sync();
    let typed = stored.get_untracked().unwrap_or_default();
    let url = RwSignal::new(typed.url);
    let db = RwSignal::new(typed.db);
    let user = RwSignal::new(typed.user);
    let password = RwSignal::new(typed.password);
    let busy = RwSignal::new(false);
    let why = RwSignal::new(None::<Reason>);
    let local = RwSignal::new(None::<ConnectionError>);
    let phase = sync(|s| s.phase.clone());
    // A refusal met by the running sync (a password changed on the server).
    // Once the person submits again, only what that attempt meets is said.
    let submitted = RwSignal::new(false);
    let shown = Memo::new(move |_| {
        why.get().or_else(|| match phase.get() {
            Phase::Error(r) if !submitted.get() => Some(r),
            _ => None,
        })
    });
    // Whether a field is wrong: its own check, or the refusal it is about.
    let invalid = move |field: &'static str| {
        move || {
            let own = match field {
                "url" => local.get() == Some(ConnectionError::Url),
                "db" => local.get() == Some(ConnectionError::Database),
                _ => false,
            };
            let refused = match shown.get() {
                Some(Reason::Password) => field == "user" || field == "password",
                Some(Reason::Database | Reason::Forbidden) => field == "db",
                Some(Reason::Insecure | Reason::Unreachable | Reason::Cors) => field == "url",
                _ => false,
            };
            (own || refused).to_string()
        }
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let conn = Connection {
            url: url.get_untracked(),
            db: db.get_untracked(),
            user: user.get_untracked(),
            password: password.get_untracked(),
        };
        why.set(None);
        submitted.set(true);
        match conn.check() {
            Err(ConnectionError::Insecure) => return why.set(Some(Reason::Insecure)),
            Err(e) => return local.set(Some(e)),
            Ok(_) => local.set(None),
        }
        busy.set(true);
        spawn_local(async move {
            let result = engine::connect(store, conn.clone()).await;
            busy.set(false);
            match result {
                Ok(()) => stored.set(Some(conn)),
                Err(r) => why.set(Some(r)),
            }
        });
    };
    let field_error = move |which: ConnectionError| {
        move || {
            (local.get() == Some(which)).then(|| match which {
                ConnectionError::Database => t().why_db_name,
                _ => t().why_url,
            })
        }
    };
    view! {
        <form class="sync-form" on:submit=submit novalidate>
            <div class="field" class:invalid=move || local.get() == Some(ConnectionError::Url)>
                <label for="sync-url">{move || t().url_label}</label>
                <input id="sync-url" type="url" data-testid="sync-url" autocomplete="url" spellcheck="false"
                    placeholder="https://" aria-describedby="sync-url-hint sync-url-error sync-error"
                    aria-invalid=invalid("url")
                    prop:value=url on:input=move |ev| url.set(event_target_value(&ev))/>
                <p id="sync-url-hint" class="hint">{move || t().url_hint}</p>
                <p id="sync-url-error" class="error" role="alert">{field_error(ConnectionError::Url)}</p>
            </div>
            <div class="field" class:invalid=move || local.get() == Some(ConnectionError::Database)>
                <label for="sync-db">{move || t().db_label}</label>
                <input id="sync-db" type="text" data-testid="sync-db" autocomplete="off" spellcheck="false"
                    aria-describedby="sync-db-error sync-error" aria-invalid=invalid("db")
                    prop:value=db on:input=move |ev| db.set(event_target_value(&ev))/>
                <p id="sync-db-error" class="error" role="alert">{field_error(ConnectionError::Database)}</p>
            </div>
            <div class="field">
                <label for="sync-user">{move || t().user_label}</label>
                <input id="sync-user" type="text" data-testid="sync-user" autocomplete="username" spellcheck="false"
                    aria-describedby="sync-error" aria-invalid=invalid("user")
                    prop:value=user on:input=move |ev| user.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="sync-password">{move || t().password_label}</label>
                <input id="sync-password" type="password" data-testid="sync-password" autocomplete="current-password"
                    aria-describedby="sync-error" aria-invalid=invalid("password")
                    prop:value=password on:input=move |ev| password.set(event_target_value(&ev))/>
            </div>
            <p class="muted sync-note">{move || t().private_note}</p>
            {move || shown.get().map(|r| view! {
                <p class="error" role="alert" id="sync-error" data-testid="sync-error" data-reason=r.code()>{reason(t(), &r)}</p>
            })}
            <button type="submit" class="btn primary" data-testid="sync-connect" disabled=move || busy.get()>
                {move || t().connect}
            </button>
        </form>
    }
}

/// On the other pages, a sync that stopped says so, with the way to the
/// library's section (a password changed on the server, for instance).
#[component]
pub fn Stopped() -> impl IntoView {
    let store = expect_context::<Store>();
    let t = move || crate::i18n::texts(store.lang.get()).sync();
    let (phase, shown) = sync(|s| (s.phase.clone(), s.panel_shown.clone()));
    let why = Memo::new(move |_| match phase.get() {
        Phase::Error(r) if !shown.get() => Some(r),
        _ => None,
    });
    move || {
        why.get().map(|r| {
            view! {
                <div class="banner warn" role="status" data-testid="sync-stopped">
                    <strong>{move || t().state_error}</strong>" · "{reason(t(), &r)}" "
                    <a href=crate::ui::href("/")>{move || t().to_panel}</a>
                </div>
            }
        })
    }
}

/// Why the server cannot be used, in words.
pub fn reason(t: &SyncTexts, r: &Reason) -> String {
    match r {
        Reason::Password => t.why_password.into(),
        Reason::Database => t.why_database.into(),
        Reason::Forbidden => t.why_forbidden.into(),
        Reason::Cors => t.why_cors.into(),
        Reason::Unreachable => t.why_unreachable.into(),
        Reason::Insecure => t.why_insecure.into(),
        Reason::Server(said) => (t.why_server)(said),
        Reason::Storage(said) => (t.why_storage)(said),
    }
}
