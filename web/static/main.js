// Loads the app's WebAssembly; `main` in web/src/main.rs mounts the page.
import init from "./arlens_web.js";

await init({ module_or_path: new URL("arlens_web_bg.wasm", import.meta.url) });
