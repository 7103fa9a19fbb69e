// An app that imports arlens as any bundled app would: no init call; and a module worker
// that does the same off the main thread.
import { analyze, sampleCsv } from "arlens";

const bytes = sampleCsv(200, 7);
const { report } = analyze(bytes, { asOf: "2026-06-30" });
document.getElementById("out").textContent = report.aging.currencies.map((c) => `${c.currency} ${c.openTotal}`).join("\n");

const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
worker.onmessage = ({ data }) => {
  if (data.ready) worker.postMessage({ bytes, options: { asOf: "2026-06-30" } }, [bytes.buffer]);
  else document.getElementById("worker").textContent = data.totals ?? data.error;
};
