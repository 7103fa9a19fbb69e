// A page without a bundler using `arlens/worker` as pkg/README.md shows; the test drives
// it through `window.arlens` and records the main thread's long tasks.
import { createArlensWorker, ArlensError } from "../../pkg/worker.js";

window.longTasks = [];
new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
  type: "longtask",
  buffered: true,
});
window.arlens = createArlensWorker();
window.ArlensError = ArlensError;
await window.arlens.ready;
document.getElementById("out").textContent = "ready";
