//! Mounts the arlens app on the page; all the app lives in the library. In the
//! app's Web Worker (the same WebAssembly) there is no page: nothing is mounted,
//! and `static/worker.js` drives `WorkerCore`.

fn main() {
    console_error_panic_hook::set_once();
    if web_sys::window().is_some() {
        leptos::mount::mount_to_body(arlens_web::App);
    }
}
