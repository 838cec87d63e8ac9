//! What a panic leaves on screen: never a blank or frozen page, but a short
//! message and a reload button, built with plain DOM calls (the app's own
//! code cannot be trusted to run after a panic, and a release build aborts).

use wasm_bindgen::{JsCast, JsValue};

/// Logs the panic to the console (`console_error_panic_hook`), then shows
/// the crash page.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show_crash_page();
    }));
}

/// Replaces the page with the crash message, in the interface language
/// (read from `<html lang>`, which the app keeps current). Its button
/// reloads through `location.reload` itself, bound in JavaScript, so it
/// works when the wasm module no longer can.
pub fn show_crash_page() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Some(body) = document.body() else { return };
    let english = document
        .document_element()
        .and_then(|e| e.get_attribute("lang"))
        .is_some_and(|l| l.starts_with("en"));
    let (title, text, button) = if english {
        (
            "Cap ran into an unexpected error",
            "Your plans are saved in this browser, up to your last changes of the \
             past second or so. Reload the page to go on.",
            "Reload",
        )
    } else {
        (
            "Cap a rencontré une erreur inattendue",
            "Vos plans sont enregistrés dans ce navigateur, jusqu'à vos modifications \
             de la dernière seconde environ. Rechargez la page pour continuer.",
            "Recharger",
        )
    };
    let build = || -> Result<(), JsValue> {
        let section = document.create_element("section")?;
        section.set_class_name("page narrow crash");
        section.set_attribute("role", "alert")?;
        section.set_attribute("data-testid", "crash")?;
        let h1 = document.create_element("h1")?;
        h1.set_text_content(Some(title));
        let p = document.create_element("p")?;
        p.set_text_content(Some(text));
        let reload = document.create_element("button")?;
        reload.set_attribute("type", "button")?;
        reload.set_class_name("btn primary");
        reload.set_attribute("data-testid", "crash-reload")?;
        reload.set_text_content(Some(button));
        if let Some(location) = web_sys::window().map(|w| w.location()) {
            let f: js_sys::Function =
                js_sys::Reflect::get(&location, &JsValue::from_str("reload"))?.dyn_into()?;
            reload.add_event_listener_with_callback("click", &f.bind0(&location))?;
        }
        section.append_child(&h1)?;
        section.append_child(&p)?;
        section.append_child(&reload)?;
        body.set_text_content(None);
        body.append_child(&section)?;
        if let Ok(button) = reload.dyn_into::<web_sys::HtmlElement>() {
            let _ = button.focus();
        }
        Ok(())
    };
    let _ = build();
}
