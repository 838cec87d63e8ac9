//! The 16:9 stage: a fixed design box scaled to the window, and content
//! shrunk (within readable limits) when a slide's items still overflow.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The design box every slide is laid out in, in CSS pixels.
pub const WIDTH: f64 = 1600.0;
/// See [`WIDTH`].
pub const HEIGHT: f64 = 900.0;

/// Smallest zoom [`fit`] gives a slide's body: below it text is no longer
/// readable from the back of a meeting room, so pagination must cut first.
const MIN_ZOOM: f64 = 0.7;

/// The scale at which the design box fits `width` x `height`.
pub fn scale_for(width: f64, height: f64) -> f64 {
    (width / WIDTH).min(height / HEIGHT).max(0.05)
}

/// Shrinks each `.fit` box inside `root` whose content is taller or wider
/// than its frame, with CSS `zoom` (which shrinks the layout too, so the
/// content then fits), never below [`MIN_ZOOM`].
pub fn fit(root: &web_sys::Element) {
    let boxes = root.get_elements_by_class_name("fit");
    for i in 0..boxes.length() {
        let Some(el) = boxes
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::HtmlElement>().ok())
        else {
            continue;
        };
        let style = el.style();
        let _ = style.remove_property("zoom");
        let Some(frame) = el.parent_element() else {
            continue;
        };
        let (fw, fh) = (
            f64::from(frame.client_width()),
            f64::from(frame.client_height()),
        );
        let (cw, ch) = (f64::from(el.scroll_width()), f64::from(el.scroll_height()));
        if fw <= 0.0 || fh <= 0.0 || (cw <= fw && ch <= fh) {
            continue;
        }
        let zoom = (fw / cw).min(fh / ch).max(MIN_ZOOM);
        // A little under, so rounding never leaves a pixel outside.
        let _ = style.set_property("zoom", &format!("{:.3}", zoom - 0.005));
    }
}

/// Runs [`fit`] on `root` after the next frame (once the slide is laid out).
pub fn fit_later(root: web_sys::Element) {
    request_animation_frame(move || fit(&root));
}
