// `arlens/worker`: the package in a Web Worker, so that reading and analysing a large file
// never blocks the page. Each call is a promise; a reading reports progress and can be
// cancelled; any call takes an AbortSignal (a newer as-of date cancelling an older one).
import { ArlensError } from "./api.js";

export { ArlensError } from "./api.js";

/** A rejected call's error from its plain data: an ArlensError with its fields, or an
 * AbortError. */
function revive(error) {
  if (error.name === "ArlensError") return new ArlensError(error.message, error);
  if (error.name === "AbortError") return new DOMException(error.message, "AbortError");
  return new Error(error.message);
}

/** The package running in a module worker. `createArlensWorker()` starts one from
 * `in-worker.js` next to this file; pass `{ worker }` to use one you made. */
export class ArlensWorker {
  #worker;
  #ready;
  #calls = new Map();
  #next = 1;

  constructor({ worker } = {}) {
    this.#worker = worker ?? new Worker(new URL("./in-worker.js", import.meta.url), { type: "module", name: "arlens" });
    let ready;
    this.#ready = new Promise((resolve, reject) => {
      ready = resolve;
      this.#worker.addEventListener("error", (e) => reject(new Error(`the arlens worker failed to start: ${e.message}`)), { once: true });
    });
    this.#worker.addEventListener("message", ({ data }) => {
      if (data?.ready) return ready();
      const call = this.#calls.get(data?.id);
      if (!call) return;
      if (data.progress) return call.onProgress?.(data.progress);
      this.#calls.delete(data.id);
      call.signal?.removeEventListener("abort", call.abort);
      if (data.error) call.reject(revive(data.error));
      else call.resolve(data.result);
    });
  }

  /** Resolves once the worker has loaded the WebAssembly module. */
  get ready() {
    return this.#ready;
  }

  /** Sends `message` and resolves with the answer; `signal` cancels it. */
  async call(message, { signal, onProgress, transfer = [] } = {}) {
    signal?.throwIfAborted();
    await this.#ready;
    signal?.throwIfAborted();
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      const abort = () => {
        this.#calls.delete(id);
        this.#worker.postMessage({ call: "cancel", target: id });
        reject(signal.reason);
      };
      this.#calls.set(id, { resolve, reject, onProgress, signal, abort });
      signal?.addEventListener("abort", abort, { once: true });
      this.#worker.postMessage({ id, ...message }, transfer);
    });
  }

  /** Reads a ledger file in the worker (see `openLedgerStream`): `source` is a `File` or
   * `Blob` (read there, never copied here), an `ArrayBuffer` or bytes (transferred: they are
   * detached here) or a `ReadableStream` (transferred); or several files (`File`s or
   * `{ name, bytes }`, copied), read as one ledger. Resolves with a `RemoteLedger`. */
  async openLedgerStream(source, options = {}) {
    const { onProgress, signal, ...importOptions } = options ?? {};
    const transfer =
      source instanceof ArrayBuffer
        ? [source]
        : ArrayBuffer.isView(source)
          ? [source.buffer]
          : typeof source?.getReader === "function"
            ? [source]
            : [];
    const { ledger, summary } = await this.call({ call: "open", source, options: importOptions }, { signal, onProgress, transfer });
    return new RemoteLedger(this, ledger, summary);
  }

  /** Stops the worker: its ledgers are gone and pending calls never answer. */
  terminate() {
    this.#worker.terminate();
    for (const call of this.#calls.values()) call.reject(new ArlensError("the arlens worker was terminated", { kind: "freed" }));
    this.#calls.clear();
  }
}

/** A ledger held in the worker: the `Ledger` methods as promises, each taking an optional
 * `{ signal }` last. */
export class RemoteLedger {
  #worker;
  #id;

  constructor(worker, id, summary) {
    this.#worker = worker;
    this.#id = id;
    /** How the file was read (the `Ledger.summary`), as it was when opened. */
    this.summary = summary;
  }

  #call(method, args, { signal } = {}) {
    return this.#worker.call({ call: "ledger", ledger: this.#id, method, args }, { signal });
  }

  /** Every figure at `options.asOf`. */
  analyze(options, call) {
    return this.#call("analyze", [options], call);
  }

  /** The headline figures per currency against the end of the previous period. */
  headline(options, call) {
    return this.#call("headline", [options], call);
  }

  /** The figures in one reporting currency at the rates given. */
  consolidate(consolidation, options, call) {
    return this.#call("consolidate", [consolidation, options], call);
  }

  /** Sheets, header, preview rows, mapping and the import's report. */
  inspect(call) {
    return this.#call("inspect", [], call);
  }

  /** Releases the ledger in the worker; later calls reject with kind `freed`. */
  free() {
    return this.#worker.call({ call: "free", ledger: this.#id });
  }
}

/** Starts the package in a module worker (see `ArlensWorker`). */
export function createArlensWorker(options) {
  return new ArlensWorker(options);
}
