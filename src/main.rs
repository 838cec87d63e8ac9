fn main() {
    #[cfg(target_arch = "wasm32")]
    {
        cap::ui::crash::install_panic_hook();
        leptos::mount::mount_to_body(cap::ui::App);
    }
}
