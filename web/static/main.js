// Loads the app's WebAssembly; `main` in web/src/main.rs mounts the page. The
// service worker (sw.js) keeps the app's files for use without a network.
import init from "./arlens_web.js";

if ("serviceWorker" in navigator) {
  // Whether an older version already served this page: its replacement is then an update.
  const updating = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (updating) showUpdateNote();
  });
  navigator.serviceWorker.register("sw.js").catch((error) => {
    console.warn(`arlens will not work offline: ${error.message}`);
  });
}

await init({ module_or_path: new URL("arlens_web_bg.wasm", import.meta.url) });

/** Says that a newer arlens is installed and opens on the next load. */
function showUpdateNote() {
  if (document.querySelector("[data-testid=update-note]")) return;
  const note = document.createElement("p");
  note.className = "banner";
  note.setAttribute("role", "status");
  note.dataset.testid = "update-note";
  note.append("A new version of arlens is installed; it opens the next time you load this page. ");
  const reload = document.createElement("button");
  reload.type = "button";
  reload.textContent = "Reload now";
  reload.addEventListener("click", () => location.reload());
  note.append(reload);
  document.body.prepend(note);
}
