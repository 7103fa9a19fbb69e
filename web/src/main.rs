//! Mounts the arlens app on the page; all the app lives in the library.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(arlens_web::App);
}
