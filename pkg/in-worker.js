// The Web Worker side of `arlens/worker` (see worker.js): holds the ledgers, reads files
// with openLedgerStream and answers calls by id. Messages in:
//   { id, call: "open", source, options }        a File, Blob, ArrayBuffer, bytes or ReadableStream
//   { id, call: "ledger", ledger, method, args } summary, analyze, headline, consolidate, inspect
//   { id, call: "free", ledger }
//   { id, call: "cancel", target }               aborts a reading, or drops a call not yet run
// Messages out: { ready: true } once, then { id, progress } during a reading and one
// { id, result } or { id, error } per call.
import { init, openLedgerStream, ArlensError } from "./web.js";

const ledgers = new Map();
let nextLedger = 1;
/** Readings under way, by call id, and calls cancelled before they ran. */
const readings = new Map();
const cancelled = new Set();
/** Calls waiting to run, in order. */
const queue = [];
let draining = false;

/** An error as plain data (what structured clone keeps of an ArlensError's fields). */
function plain(e) {
  if (e instanceof ArlensError) return { name: "ArlensError", message: e.message, ...e };
  if (e?.name === "AbortError") return { name: "AbortError", message: e.message };
  return { name: "Error", message: String(e?.message ?? e) };
}

function ledger(id) {
  const found = ledgers.get(id);
  if (!found) throw new ArlensError("this Ledger was freed: open the file again", { kind: "freed" });
  return found;
}

async function run({ id, call, source, options, ledger: handle, method, args }) {
  switch (call) {
    case "open": {
      const controller = new AbortController();
      readings.set(id, controller);
      try {
        const opened = await openLedgerStream(source, {
          ...options,
          signal: controller.signal,
          onProgress: (progress) => self.postMessage({ id, progress }),
        });
        const key = nextLedger++;
        ledgers.set(key, opened);
        return { ledger: key, summary: opened.summary };
      } finally {
        readings.delete(id);
      }
    }
    case "ledger": {
      if (!["summary", "analyze", "headline", "consolidate", "inspect"].includes(method)) {
        throw new ArlensError(`a Ledger has no method ${method}`, { kind: "invalidOption", option: "method" });
      }
      const target = ledger(handle);
      return method === "summary" ? target.summary : target[method](...(args ?? []));
    }
    case "free":
      ledgers.get(handle)?.free();
      ledgers.delete(handle);
      return null;
    default:
      throw new ArlensError(`the arlens worker has no call ${call}`, { kind: "invalidOption", option: "call" });
  }
}

/** Runs the queued calls in order, after letting the messages already sent arrive, so that
 * a cancel sent after a call (a newer as-of date replacing an older one) drops it unrun. */
async function drain() {
  if (draining) return;
  draining = true;
  await new Promise((resolve) => setTimeout(resolve, 0));
  while (queue.length > 0) {
    const message = queue.shift();
    if (cancelled.delete(message.id)) {
      self.postMessage({ id: message.id, error: { name: "AbortError", message: "cancelled before it ran" } });
      continue;
    }
    if (message.call === "open") {
      // A reading awaits its chunks: later calls may run meanwhile (on other ledgers).
      run(message).then(
        (result) => self.postMessage({ id: message.id, result }),
        (e) => self.postMessage({ id: message.id, error: plain(e) }),
      );
      continue;
    }
    try {
      self.postMessage({ id: message.id, result: await run(message) });
    } catch (e) {
      self.postMessage({ id: message.id, error: plain(e) });
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  draining = false;
}

self.onmessage = ({ data }) => {
  if (data?.call === "cancel") {
    const reading = readings.get(data.target);
    if (reading) reading.abort();
    else if (queue.some((m) => m.id === data.target)) cancelled.add(data.target);
    return;
  }
  queue.push(data);
  drain();
};

await init();
self.postMessage({ ready: true });
