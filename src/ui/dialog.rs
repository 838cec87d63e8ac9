//! Modal dialogs on the native `<dialog>` element: focus is trapped and
//! restored by the browser, Escape closes, the page behind is inert.

use crate::ui::use_texts;
use leptos::{html, prelude::*};

/// A modal dialog shown while `open` is true.
#[component]
pub fn Modal(
    /// Shows the dialog while true; set to false when it closes.
    open: RwSignal<bool>,
    /// Heading, also the dialog's accessible name.
    #[prop(into)]
    title: Signal<String>,
    /// `data-testid` of the dialog.
    #[prop(into)]
    testid: String,
    /// Content.
    children: ChildrenFn,
) -> impl IntoView {
    let node = NodeRef::<html::Dialog>::new();
    Effect::new(move |_| {
        let Some(dialog) = node.get() else { return };
        if open.get() {
            if !dialog.open() {
                let _ = dialog.show_modal();
            }
        } else if dialog.open() {
            dialog.close();
        }
    });
    let title_id = format!("{testid}-title");
    let heading_id = title_id.clone();
    view! {
        <dialog
            node_ref=node
            class="dialog"
            data-testid=testid
            aria-labelledby=title_id
            on:close=move |_| open.set(false)
        >
            <Show when=move || open.get()>
                <h2 id=heading_id.clone()>{move || title.get()}</h2>
                {children()}
            </Show>
        </dialog>
    }
}

/// A yes/no question before something that cannot be taken back lightly.
#[component]
pub fn ConfirmDialog(
    /// Shows the dialog while true.
    open: RwSignal<bool>,
    /// Heading.
    #[prop(into)]
    title: Signal<String>,
    /// The question, in full.
    #[prop(into)]
    body: Signal<String>,
    /// Label of the confirming button.
    #[prop(into)]
    confirm: Signal<String>,
    /// Runs when the person confirms.
    on_confirm: Callback<()>,
    /// `data-testid` of the dialog.
    #[prop(into)]
    testid: String,
) -> impl IntoView {
    let t = use_texts();
    view! {
        <Modal open=open title=title testid=testid>
            <p>{move || body.get()}</p>
            <div class="dialog-actions">
                <button type="button" class="btn" on:click=move |_| open.set(false)>
                    {move || t().cancel}
                </button>
                <button
                    type="button"
                    class="btn danger"
                    data-testid="confirm"
                    on:click=move |_| {
                        open.set(false);
                        on_confirm.run(());
                    }
                >
                    {move || confirm.get()}
                </button>
            </div>
        </Modal>
    }
}
