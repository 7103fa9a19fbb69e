// A page without a bundler using `arlens/worker` as pkg/README.md shows; the test drives
// it through `window.arlens` and records the main thread's long tasks.
import { createArlensWorker, ArlensError } from "../../pkg/worker.js";

window.longTasks = [];
new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration))).observe({
  type: "longtask",
  buffered: true,
});
// The worker made here and handed over, so that the test can see its replies.
const worker = new Worker(new URL("../../pkg/in-worker.js", import.meta.url), { type: "module" });
window.workerReplies = [];
worker.addEventListener("message", ({ data }) => window.workerReplies.push(data));
window.arlens = createArlensWorker({ worker });
window.ArlensError = ArlensError;
await window.arlens.ready;
document.getElementById("out").textContent = "ready";
