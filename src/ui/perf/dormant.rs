//! Rows off screen, put to sleep: in a long table, a row that leaves the
//! window keeps its place and its height but stops drawing its cells
//! (`display: none` on them, style/budget.css), so a keystroke in the table
//! lays out and paints the rows that can be seen, not all of them. A row
//! wakes up as it comes into sight, when the focus reaches its neighbour (so
//! Tab and Shift+Tab never skip it), before a key moves the focus into it
//! ([`wake`]), and for printing (the stylesheet shows every row).
//!
//! Measured with `make bench` (BENCHMARKS.md): on a budget of 40 lines, the
//! time from a keystroke to its painted frame. Only long tables use it
//! ([`LONG`]): a short one keeps every row drawn, for find-in-page too.

use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};
use web_sys::{
    Element, HtmlElement, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit,
};

/// From how many rows a table puts the ones off screen to sleep.
pub const LONG: usize = 24;

/// The class a sleeping row carries.
const CLASS: &str = "dormant";

/// The watcher shared by the rows of one table (context); each row calls
/// [`Dormancy::watch`] on its `<tr>`.
#[derive(Clone, Copy)]
pub struct Dormancy {
    observer: StoredValue<Option<IntersectionObserver>, LocalStorage>,
}

impl Dormancy {
    /// A watcher for the rows of one table, disconnected with its owner.
    pub fn new() -> Self {
        let callback = Closure::<dyn Fn(js_sys::Array)>::new(|entries: js_sys::Array| {
            for entry in entries.iter() {
                let Ok(entry) = entry.dyn_into::<IntersectionObserverEntry>() else {
                    continue;
                };
                let row = entry.target();
                if entry.is_intersecting() {
                    wake(&row);
                } else {
                    sleep(&row, entry.bounding_client_rect().height());
                }
            }
        });
        let options = IntersectionObserverInit::new();
        // The window itself, no margin: each row drawn is one the person
        // can see (a margin keeps more rows drawn, each costing the edit).
        options.set_root_margin("0px");
        let observer =
            IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options)
                .ok();
        let observer = StoredValue::new_local(observer);
        let callback = StoredValue::new_local(Some(callback));
        on_cleanup(move || {
            if let Some(Some(o)) = observer.try_get_value() {
                o.disconnect();
            }
            // The closure goes once nothing can call it any more.
            callback.try_update_value(Option::take);
        });
        Dormancy { observer }
    }

    /// Watches the row `node` holds once it is mounted, while `on` is true;
    /// stops (and wakes the row) when `on` turns false or the row goes.
    pub fn watch<E>(self, node: NodeRef<E>, on: Signal<bool>)
    where
        E: leptos::html::ElementType,
        E::Output: JsCast + Clone + 'static,
    {
        Effect::new(move |_| {
            let (Some(row), true) = (node.get(), on.get()) else {
                return;
            };
            let row: Element = row.unchecked_into();
            self.observer.with_value(|o| {
                if let Some(o) = o {
                    o.observe(&row);
                }
            });
            let row = leptos::__reexports::send_wrapper::SendWrapper::new(row);
            let observer = self.observer;
            on_cleanup(move || {
                observer.try_with_value(|o| {
                    if let Some(o) = o {
                        o.unobserve(&row);
                    }
                });
                wake(&row);
            });
        });
    }
}

impl Default for Dormancy {
    fn default() -> Self {
        Self::new()
    }
}

/// Draws `row` again (nothing to do if it is awake).
pub fn wake(row: &Element) {
    if row.class_list().contains(CLASS) {
        let _ = row.class_list().remove_1(CLASS);
        if let Some(row) = row.dyn_ref::<HtmlElement>() {
            let _ = row.style().remove_property("height");
        }
    }
}

/// Stops drawing `row`'s cells, keeping its `height`, unless the focus is in
/// it or next to it (where Tab goes next).
fn sleep(row: &Element, height: f64) {
    if height <= 0.0 || row.class_list().contains(CLASS) || near_focus(row) {
        return;
    }
    // Through the CSSOM: the page's policy refuses style attributes.
    if let Some(row) = row.dyn_ref::<HtmlElement>() {
        let _ = row.style().set_property("height", &format!("{height}px"));
    }
    let _ = row.class_list().add_1(CLASS);
}

fn near_focus(row: &Element) -> bool {
    let Some(focused) = document().active_element() else {
        return false;
    };
    let Some(focus_row) = focused.closest("tr").ok().flatten() else {
        return false;
    };
    focus_row == *row
        || focus_row.previous_element_sibling().as_ref() == Some(row)
        || focus_row.next_element_sibling().as_ref() == Some(row)
}

/// Wakes the rows before and after the row that holds `target` (a focus
/// event's target), so the next Tab or Shift+Tab lands in a drawn row; the
/// rows one further, left awake while they were next to the focus (the
/// watcher is told only when a row crosses the window's edge), sleep now if
/// they are out of sight.
pub fn wake_around(target: &Element) {
    let Some(row) = target.closest("tr").ok().flatten() else {
        return;
    };
    wake(&row);
    let (before, after) = (row.previous_element_sibling(), row.next_element_sibling());
    for next in [&before, &after].into_iter().flatten() {
        wake(next);
    }
    let height = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0);
    let further = [
        before.and_then(|r| r.previous_element_sibling()),
        after.and_then(|r| r.next_element_sibling()),
    ];
    for far in further.into_iter().flatten() {
        let rect = far.get_bounding_client_rect();
        if rect.bottom() < 0.0 || rect.top() > height {
            sleep(&far, rect.height());
        }
    }
}
