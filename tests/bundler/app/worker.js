// A module worker that imports arlens as the README shows: analysis off the main thread.
// Importing arlens awaits the WebAssembly module, and a message arriving before the module
// has finished evaluating finds no handler; so the worker says when it is ready.
import { analyze, ArlensError } from "arlens";

self.onmessage = ({ data: { bytes, options } }) => {
  try {
    const { report } = analyze(bytes, options);
    self.postMessage({ totals: report.aging.currencies.map((c) => `${c.currency} ${c.openTotal}`).join("\n") });
  } catch (e) {
    self.postMessage({ error: e instanceof ArlensError ? `${e.kind}: ${e.message}` : String(e) });
  }
};
self.postMessage({ ready: true });
