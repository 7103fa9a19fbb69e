// An app that imports arlens as any bundled app would: no init call; and a module worker
// that does the same off the main thread.
import { analyze, sampleCsv } from "arlens";
import { createArlensWorker } from "arlens/worker";

const bytes = sampleCsv(200, 7);
const { report } = analyze(bytes, { asOf: "2026-06-30" });
document.getElementById("out").textContent = report.aging.currencies.map((c) => `${c.currency} ${c.openTotal}`).join("\n");

const worker = new Worker(new URL("./worker.js", import.meta.url), { type: "module" });
worker.onmessage = ({ data }) => {
  if (data.ready) worker.postMessage({ bytes, options: { asOf: "2026-06-30" } }, [bytes.buffer]);
  else document.getElementById("worker").textContent = data.totals ?? data.error;
};

// The package's own worker helper, bundled: a Blob read in the worker.
const helper = createArlensWorker();
const ledger = await helper.openLedgerStream(new Blob([sampleCsv(200, 7)]));
const helped = await ledger.analyze({ asOf: "2026-06-30" });
document.getElementById("helper").textContent = helped.aging.currencies.map((c) => `${c.currency} ${c.openTotal}`).join("\n");
