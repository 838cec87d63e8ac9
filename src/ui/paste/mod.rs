//! Pasting rows from a spreadsheet into the action list or the budget
//! table: a button, and a dialog that reads the rows, lets the person say
//! what each column holds, shows what is added and what is refused, and
//! adds the rest in one step (one undo).

mod preview;

use crate::{
    domain::paste::{self, columns, Column, Table, Target},
    ui::{dialog::Modal, state::Store, use_texts},
};
use leptos::prelude::*;
use preview::Shown;
use wasm_bindgen::JsCast;

/// The "Paste from a spreadsheet" button and its dialog.
#[component]
pub fn PasteButton(
    /// Where the rows go.
    target: Target,
) -> impl IntoView {
    let t = use_texts();
    let open = RwSignal::new(false);
    // Small beside the list's controls; the size of the page's buttons on the budget.
    let (testid, title, class) = match target {
        Target::Actions => (
            "paste-open-actions",
            "paste-actions-dialog",
            "btn small paste-open",
        ),
        Target::Budget => ("paste-open-budget", "paste-budget-dialog", "btn paste-open"),
    };
    let heading = Signal::derive(move || {
        let p = t().paste();
        match target {
            Target::Actions => p.title_actions,
            Target::Budget => p.title_budget,
        }
        .to_string()
    });
    view! {
        <button type="button" class=class data-testid=testid on:click=move |_| open.set(true)>
            {move || t().paste().button}
        </button>
        <Modal open=open title=heading testid=title>
            <PasteBody target=target open=open/>
        </Modal>
    }
}

/// The text of a paste event (`clipboardData.getData("text/plain")`),
/// reached through JavaScript rather than web-sys's `DataTransfer`, a
/// binding the app would compile for this one call.
fn clipboard_text(e: &web_sys::ClipboardEvent) -> Option<String> {
    use js_sys::{Function, Reflect};
    let data = Reflect::get(e, &"clipboardData".into()).ok()?;
    let get = Reflect::get(&data, &"getData".into()).ok()?;
    get.dyn_into::<Function>()
        .ok()?
        .call1(&data, &"text/plain".into())
        .ok()?
        .as_string()
}

/// The dialog's content, made afresh each time it opens.
#[component]
fn PasteBody(target: Target, open: RwSignal<bool>) -> impl IntoView {
    let store = expect_context::<Store>();
    let t = use_texts();
    let text = RwSignal::new(String::new());
    let table = RwSignal::new(Table::default());
    let columns = RwSignal::new(Vec::<Column>::new());
    let error = RwSignal::new(None::<String>);
    // New text: read it and guess its columns at once, so the preview is
    // never drawn with the columns of the text before.
    let load = move |s: String| {
        let read = paste::read(&s, target);
        let lang = store.lang.get_untracked();
        let guessed = store
            .with_plan(|p| columns::guess(read.header.as_deref(), &read.rows, target, p, lang))
            .unwrap_or_default();
        text.set(s);
        table.set(read);
        columns.set(guessed);
        error.set(None);
    };
    // A paste anywhere in the dialog fills the text (the text area takes
    // its own paste, then reports it as typed).
    let listener = window_event_listener(leptos::ev::paste, move |e| {
        let in_text = e
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok())
            .is_some();
        if in_text {
            return;
        }
        if let Some(data) = clipboard_text(&e) {
            e.prevent_default();
            load(data);
        }
    });
    on_cleanup(move || listener.remove());
    let shown = Memo::new(move |_| {
        let lang = store.lang.get();
        table.with(|tb| {
            columns.with(|cols| {
                store.current.with(|c| {
                    c.as_ref()
                        .map(|o| preview::shown(&o.plan, tb, cols, target, lang))
                        .unwrap_or_default()
                })
            })
        })
    });
    let add = move |_| {
        let Some((command, n)) =
            shown.with_untracked(|s| s.command.clone().map(|c| (c, s.accepted)))
        else {
            return;
        };
        match store.dispatch(command) {
            Ok(()) => {
                let p = t().paste();
                let done = match target {
                    Target::Actions => (p.added_actions)(n),
                    Target::Budget => (p.added_lines)(n),
                };
                store.toast(done, None, false);
                open.set(false);
            }
            Err(e) => error.set(store.send_error(e)),
        }
    };
    let intro = move || {
        let p = t().paste();
        match target {
            Target::Actions => p.intro_actions,
            Target::Budget => p.intro_budget,
        }
    };
    let count = move || {
        let p = t().paste();
        shown.with(|s| match target {
            Target::Actions => (p.count_actions)(s.accepted, s.refused),
            Target::Budget => (p.count_lines)(s.accepted, s.refused),
        })
    };
    let has_rows = move || table.with(|tb| !tb.rows.is_empty());
    view! {
        <div class="paste-body" data-testid="paste-body">
            <p class="muted">{intro}</p>
            <div class="field">
                <label for="paste-text">{move || t().paste().text_label}</label>
                <textarea id="paste-text" data-testid="paste-text" class="paste-text" rows="5" spellcheck="false"
                    aria-describedby="paste-text-hint" autofocus
                    prop:value=move || text.get() on:input=move |e| load(event_target_value(&e))></textarea>
                <p class="hint" id="paste-text-hint">{move || t().paste().text_hint}</p>
            </div>
            <Show when=has_rows>
                <p class="paste-count" role="status" data-testid="paste-count">{count}</p>
                <p class="hint">{move || if table.with(|tb| tb.header.is_some()) { t().paste().header_found } else { t().paste().no_header }}</p>
                {move || shown.with(|s| s.after.clone()).map(|a| view! { <p class="paste-after" data-testid="paste-after">{a}</p> })}
                <PreviewTable target=target table=table columns=columns shown=shown/>
            </Show>
            <p class="error" role="alert" data-testid="paste-error">{move || error.get()}</p>
            <div class="dialog-actions">
                <button type="button" class="btn" data-testid="paste-clear" on:click=move |_| load(String::new())
                    disabled=move || text.with(String::is_empty)>{move || t().paste().clear}</button>
                <button type="button" class="btn" data-testid="paste-cancel" on:click=move |_| open.set(false)>{move || t().cancel}</button>
                <button type="button" class="btn primary" data-testid="paste-add" on:click=add
                    disabled=move || shown.with(|s| s.command.is_none())>{move || t().paste().add}</button>
            </div>
        </div>
    }
}

/// The rows, a select per column saying what it holds, and the result of
/// each row first (in sight on a narrow screen).
#[component]
fn PreviewTable(
    target: Target,
    table: RwSignal<Table>,
    columns: RwSignal<Vec<Column>>,
    shown: Memo<Shown>,
) -> impl IntoView {
    let t = use_texts();
    let width = Memo::new(move |_| table.with(Table::width));
    let choose = move |i: usize, c: Column| {
        columns.update(|cols| {
            cols.resize(width.get_untracked(), Column::Ignore);
            // A column is read once: the one it was read from is left out.
            for other in cols.iter_mut() {
                if *other == c && c != Column::Ignore {
                    *other = Column::Ignore;
                }
            }
            if let Some(slot) = cols.get_mut(i) {
                *slot = c;
            }
        })
    };
    let select = move |i: usize| {
        let header = table.with_untracked(|tb| {
            tb.header
                .as_ref()
                .and_then(|h| h.get(i).cloned())
                .unwrap_or_default()
        });
        let id = format!("paste-col-{i}");
        let label_header = header.clone();
        view! {
            <th scope="col">
                <label class="sr-only" for=id.clone()>{move || (t().paste().column_label)(i + 1, &label_header)}</label>
                <select id=id data-testid=format!("paste-column-{i}") on:change=move |e| {
                    if let Some(c) = Column::from_key(&event_target_value(&e)) { choose(i, c) }
                }>
                    {Column::choices(target).iter().map(|c| {
                        let c = *c;
                        view! {
                            <option value=c.key() prop:selected=move || columns.with(|cols| cols.get(i).copied().unwrap_or(Column::Ignore) == c)>
                                {move || (t().paste().column_name)(c)}
                            </option>
                        }
                    }).collect_view()}
                </select>
                {(!header.is_empty()).then(|| view! { <span class="paste-header-cell">{header}</span> })}
            </th>
        }
    };
    view! {
        <div class="table-scroll paste-scroll">
            <table class="paste-table" data-testid="paste-preview">
                <caption class="sr-only">{move || t().paste().preview_caption}</caption>
                <thead>
                    <tr>
                        <th scope="col" class="paste-result-head">{move || t().paste().result}</th>
                        // Redrawn for each new text: the header under each select changes.
                        {move || (0..table.with(Table::width)).map(select).collect_view()}
                    </tr>
                </thead>
                <tbody>
                    // The refused rows first, in sight without scrolling.
                    {move || shown.with(|s| s.rows.iter().filter(|r| !r.accepted).chain(s.rows.iter().filter(|r| r.accepted)).map(|r| {
                        let cells = (0..width.get_untracked()).map(|i| r.cells.get(i).cloned().unwrap_or_default());
                        view! {
                            <tr data-testid="paste-row" class:paste-refused=!r.accepted data-accepted=r.accepted.to_string()>
                                <td class="paste-result" data-testid="paste-result">{r.note.clone()}</td>
                                {cells.map(|c| view! { <td>{c}</td> }).collect_view()}
                            </tr>
                        }
                    }).collect_view())}
                </tbody>
            </table>
        </div>
    }
}
