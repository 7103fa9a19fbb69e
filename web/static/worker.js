// The app's Web Worker: reads files, analyses them and answers the grids'
// queries (sort, filter, search, a page of rows, a copied range) and the
// customer page's off the page's thread.
// It runs the same WebAssembly as the page (sent by the page, compiled once); the core is driven
// through `WorkerCore` (web/src/worker_core.rs), the messages are those of
// web/src/analyst.rs. Requests run one at a time, in order; `cancel` drops a
// queued request, or stops a reading between two chunks.
import init, { WorkerCore, __arlensOutOfMemory } from "./arlens_web.js";

/** Requests waiting their turn. */
const queue = [];
/** Ids cancelled by the page. */
const cancelled = new Set();
/** The file shown, read again when the page changes its reading choices. */
let shown = null;
let core = null;
let running = false;
/** The page's compiled WebAssembly module, its first message: the worker runs the
 * same code without fetching or compiling it again. */
let given;
/** Readings of a small workbook left to make (WorkerCore.warm_up), one at a time when
 * the worker is idle after opening the sample, so that the first workbook a user drops
 * runs on optimised code; none once the page opens a file. */
let warmUps = 2;
/** Idle time before each of them, ms: the page's first requests (the sample's opening,
 * its analysis, the previous period) and the optimising compiler's work come first. */
const WARM_UP_AFTER = 400;
let warmTimer = 0;
const ready = new Promise((resolve) => (given = resolve))
  .then((module) => init({ module_or_path: module }))
  .then(() => {
    core = new WorkerCore();
  });

// Set before the module is ready, so that no early message is lost.
self.onmessage = (event) => {
  const request = event.data;
  if (request.kind === "module") {
    given(request.module);
    return;
  }
  if (request.kind === "open" && request.file) warmUps = 0;
  if (request.kind === "cancel") {
    cancelled.add(request.id);
    return;
  }
  queue.push(request);
  drain();
};

async function drain() {
  if (running) return;
  running = true;
  try {
    await ready;
    while (queue.length > 0) {
      const request = queue.shift();
      // The previous period's figures follow an answer already sent: a newer
      // request's cancel, posted meanwhile, is let in before they are made.
      if (request.kind === "previous") await new Promise((resolve) => setTimeout(resolve, 0));
      if (cancelled.delete(request.id)) {
        self.postMessage({ kind: "cancelled", id: request.id });
        continue;
      }
      try {
        await handle(request);
      } catch (error) {
        // A trap: this instance's memory is no longer to be trusted. The page
        // starts a fresh worker. An allocation that failed first (the core's
        // allocator notes it) means the file was too large for WebAssembly's 4 GB.
        let tooLarge = false;
        try {
          tooLarge = __arlensOutOfMemory();
        } catch {}
        self.postMessage({ kind: "crashed", id: request.id, message: String(error?.message ?? error), tooLarge });
        self.close();
        return;
      }
    }
  } finally {
    running = false;
  }
  warmLater();
}

/** Schedules the next warm-up reading for when the worker has been idle a while. */
function warmLater() {
  clearTimeout(warmTimer);
  if (warmUps === 0 || core === null) return;
  warmTimer = setTimeout(() => {
    if (running || queue.length > 0 || warmUps === 0) return;
    warmUps -= 1;
    let entries;
    try {
      entries = core.warm_up();
    } catch (error) {
      // A trap, as in a request (see drain); a failed reading of the generated workbook
      // comes back as an error string instead, and only ends the warm-up.
      if (typeof error !== "string") {
        self.postMessage({ kind: "crashed", id: -1, message: String(error?.message ?? error), tooLarge: false });
        self.close();
        return;
      }
      console.error(`arlens's warm-up: ${error}`);
      warmUps = 0;
    }
    // For tests; the page ignores it.
    self.postMessage({ kind: "warmed", entries });
    warmLater();
  }, WARM_UP_AFTER);
}

async function handle(request) {
  if (self.__arlensFaultDrill) {
    // Set only by tests (from the worker's own scope): a deliberate trap, or
    // with "memory" the memory filled until an allocation fails.
    const memory = self.__arlensFaultDrill === "memory";
    self.__arlensFaultDrill = false;
    core.fault_drill(memory);
  }
  if (request.kind === "analyze") {
    self.postMessage({ kind: "analysed", id: request.id, json: core.analyze(request.request) });
    // The overview's previous period is a second analysis, made after the answer.
    if (core.previous_pending()) queue.unshift({ kind: "previous", id: request.id });
  } else if (request.kind === "previous") {
    self.postMessage({ kind: "previous", id: request.id, json: core.previous() });
  } else if (request.kind === "grid") {
    self.postMessage({ kind: "grid", id: request.id, json: core.grid(request.request) });
  } else if (request.kind === "customer") {
    self.postMessage({ kind: "customer", id: request.id, json: core.customer(request.request) });
  } else if (request.kind === "trace") {
    self.postMessage({ kind: "trace", id: request.id, json: core.trace(request.request) });
  } else if (request.kind === "export") {
    const answer = core.export_file(request.request);
    self.postMessage({ kind: "export", id: request.id, answer }, answer.bytes ? [answer.bytes.buffer] : []);
  } else if (request.kind === "open" || request.kind === "reopen") {
    const source =
      request.kind === "open" ? { name: request.name, file: request.file ?? null, sample: request.sample } : shown;
    await open(request, source);
  }
}

/** Reads `source` (a File, or the sample) with the request's choices. */
async function open(request, source) {
  const { id } = request;
  if (!source || !source.file) {
    const json = core.open_sample(request.choices);
    shown = { name: request.name, file: null, sample: true };
    self.postMessage({ kind: "opened", id, json });
    return;
  }
  const file = source.file;
  const total = file.size;
  // The platform's hash of the whole file (the core then only checks the
  // digest's form): the chunks are copied as they come and hashed on the
  // platform's own thread while the core reads the rest. (`file.arrayBuffer()`
  // was only delivered once the core was done: 190 ms later at 1M rows.) Where
  // there is no SubtleCrypto, or no memory for the copy, the core hashes.
  let whole = null;
  if (self.crypto?.subtle) {
    try {
      whole = new Uint8Array(total);
    } catch {}
  }
  const hashing = whole !== null;
  let json = core.begin(source.name, request.choices, hashing);
  const reader = file.stream().getReader();
  let bytes = 0;
  let reported = 0;
  try {
    while (json === undefined) {
      const { done, value } = await reader.read();
      if (cancelled.delete(id)) {
        core.abandon();
        self.postMessage({ kind: "cancelled", id });
        return;
      }
      if (done) break;
      if (whole) {
        if (bytes + value.byteLength > whole.length) {
          const grown = new Uint8Array(Math.max(2 * whole.length, bytes + value.byteLength));
          grown.set(whole.subarray(0, bytes));
          whole = grown;
        }
        whole.set(value, bytes);
      }
      json = core.push(value);
      bytes += value.byteLength;
      const now = performance.now();
      if (now - reported > 50) {
        reported = now;
        self.postMessage({ kind: "progress", id, bytes, total, rows: core.rows_read() });
      }
    }
  } finally {
    reader.releaseLock();
  }
  const digest = hashing && json === undefined
    ? crypto.subtle.digest("SHA-256", whole.subarray(0, bytes)).then(hex, () => null)
    : Promise.resolve(null);
  whole = null;
  if (json === undefined) {
    self.postMessage({ kind: "progress", id, bytes, total, rows: core.rows_read() });
    // The rest is read while the platform may still be hashing the file.
    json = hashing ? core.finish_unsigned() : core.finish(undefined);
    if (json === undefined) json = core.sign((await digest) ?? undefined);
  }
  if (core.wants_bytes()) {
    json = core.inspect_failure(new Uint8Array(await file.arrayBuffer()));
  }
  shown = source;
  self.postMessage({ kind: "opened", id, json });
}

function hex(buffer) {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, "0")).join("");
}
