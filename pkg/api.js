// The package's API over a wasm-bindgen build of the core: one definition for the
// Node, browser and bundler entries. Every function throws `ArlensError`.

/** A located problem with the input or the options: `kind` says which, `file`, `sheet`,
 * `row`, `column` and `header` say where (when known), `option` names a refused option,
 * and a `missingColumns` error carries the file's `inspection` for a mapping screen. */
export class ArlensError extends Error {
  constructor(message, fields = {}) {
    super(message);
    this.name = "ArlensError";
    for (const key of ["kind", "file", "sheet", "row", "column", "header", "option", "inspection"]) {
      if (fields[key] !== undefined && fields[key] !== null) this[key] = fields[key];
    }
  }
}

/** JSON text from the core as objects (the core leaves out a missing field rather than
 * writing `null`, so `field?: T` in the types holds). */
function parse(text) {
  return JSON.parse(text);
}

/** The byte chunks of a stream source (see `openLedgerStream`), as `Uint8Array`s; text
 * chunks (a stream with an encoding set) are encoded back to UTF-8. */
async function* chunksOf(source, signal) {
  const bytes = (chunk) => {
    if (chunk instanceof Uint8Array) return chunk;
    if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
    if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (typeof chunk === "string") return new TextEncoder().encode(chunk);
    throw new ArlensError(`a stream gave ${Object.prototype.toString.call(chunk)}: expected byte chunks (Uint8Array)`, {
      kind: "invalidOption",
      option: "source",
    });
  };
  if (source instanceof Uint8Array || source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
    yield bytes(source);
    return;
  }
  if (typeof source?.stream === "function" && typeof source?.size === "number") source = source.stream();
  if (typeof source?.getReader === "function") {
    const reader = source.getReader();
    try {
      for (;;) {
        signal?.throwIfAborted();
        const { done, value } = await reader.read();
        if (done) return;
        yield bytes(value);
      }
    } finally {
      // On abort or error: stop the source (a file being read, a download).
      reader.cancel().catch(() => {});
      reader.releaseLock?.();
    }
  }
  if (typeof source?.[Symbol.asyncIterator] === "function" || typeof source?.[Symbol.iterator] === "function") {
    for await (const chunk of source) yield bytes(chunk);
    return;
  }
  throw new ArlensError(
    "openLedgerStream reads a Blob or File, a ReadableStream, an async iterable of byte chunks or bytes",
    { kind: "invalidOption", option: "source" },
  );
}

/** Whether `e` means the WebAssembly instance trapped (a Rust panic, a failed
 * allocation, an overflowed stack): its memory can no longer be trusted. */
function isTrap(e) {
  return (
    (typeof WebAssembly !== "undefined" && e instanceof WebAssembly.RuntimeError) ||
    (e instanceof RangeError && /call stack/i.test(e.message))
  );
}

// `Symbol.dispose` where the runtime has it (Node 20 has it from 20.4); the well-known
// registry symbol otherwise, which is what TypeScript's `using` polyfills look up.
const dispose = Symbol.dispose ?? Symbol.for("Symbol.dispose");

/** The package's functions over a wasm-bindgen build `core`; `platform.sha256(bytes)`,
 * when given, digests a file with the platform's native hash (hex) instead of the core's
 * WebAssembly one, several times slower. */
/** Whether `options` are none or a plain object (anything else is left to the core to refuse). */
const plainOptions = (options) => options === undefined || options === null || Object.getPrototypeOf(options) === Object.prototype;

export function api(core, platform = {}) {
  /** `importOptions` with the file's digest from the platform, when it has a hash and the
   * caller gave none (anything but bytes and an options object is left to the core to refuse). */
  function withDigest(bytes, importOptions) {
    if (!platform.sha256 || !(bytes instanceof Uint8Array) || !plainOptions(importOptions) || importOptions?.sha256 !== undefined) {
      return importOptions;
    }
    return { ...importOptions, sha256: platform.sha256(bytes) };
  }

  /** A ledger given as several files — `[{ name, bytes }]`, such as a month's export each — as
   * the bytes of one archive of them (stored in memory, nothing written) with its import
   * options: the core reads the files as the sheets of one workbook, alike ones as one
   * ledger, each row located by its own file's name (`fileName` defaults to none, so
   * positions name the files, not the archive). Anything else is returned as given. */
  function together(source, importOptions) {
    if (!Array.isArray(source)) return [source, importOptions];
    source.forEach((file, i) => {
      if (typeof file?.name !== "string" || !(file?.bytes instanceof Uint8Array)) {
        throw new ArlensError(
          `invalid option files: file ${i + 1} of ${source.length} is not { name: string, bytes: Uint8Array }`,
          { kind: "invalidOption", option: "files" },
        );
      }
    });
    if (source.length === 0) {
      throw new ArlensError("invalid option files: no files given", { kind: "invalidOption", option: "files" });
    }
    const names = source.map((f) => f.name);
    const bytes = call("bundleFiles", () => core.bundleFiles(names, source.map((f) => f.bytes)));
    return [bytes, plainOptions(importOptions) && importOptions?.fileName === undefined ? { ...importOptions, fileName: "" } : importOptions];
  }

  // The piece of a large file handed to the core at a time (see `openInPieces`).
  const PIECE = 1 << 20;

  // Incremented each time the module is restarted after a trap: handles made
  // before belong to a lost instance.
  let generation = 0;
  // The live handles of this generation, to detach them from the lost instance.
  const handles = new Set();

  /** After a trap: a new instance, the old handles detached (their memory is gone;
   * freeing them in the new instance would corrupt it). */
  function restart() {
    generation += 1;
    for (const ref of handles) ref.deref()?.__destroy_into_raw?.();
    handles.clear();
    core.__arlensReset?.();
  }

  /** Runs `fn` (the core's `name`), turning the core's errors into `ArlensError`s and a
   * trap into an `ArlensError` of kind `internal` after restarting the module. */
  function call(name, fn) {
    try {
      return fn();
    } catch (e) {
      if (e instanceof Error && e.name === "ArlensError" && !(e instanceof ArlensError)) {
        throw new ArlensError(e.message, e);
      }
      if (isTrap(e)) {
        // A failed allocation (the 4 GB of WebAssembly memory full) is the file's size, not a bug.
        let full = false;
        try {
          full = core.__arlensOutOfMemory?.() === true;
        } catch {
          // the instance cannot answer: treat the trap as a bug
        }
        restart();
        if (full) {
          throw new ArlensError(
            `the file is too large for arlens here: ${name} ran out of memory (WebAssembly's memory is 4 GB at most); ` +
              "read fewer rows or columns (a shorter period, one company or currency) — the module was restarted and the next call will work",
            { kind: "tooLarge" },
          );
        }
        throw new ArlensError(
          `arlens failed inside ${name} (${e.message}): this is a bug in arlens, not in your input; ` +
            "the module was restarted and the next call will work — please report it, with the file if you can",
          { kind: "internal" },
        );
      }
      throw e;
    }
  }

  /** `fn` (the core's `name`) throwing an `ArlensError` where the core reports one. */
  function wrap(name, fn) {
    return (...args) => call(name, () => fn(...args));
  }

  /** An imported ledger held in WebAssembly memory: analyse it at any date and with any
   * options without reading the file again. Call `free()` (or `using`) when done. */
  class Ledger {
    #core;
    #ref;
    #generation;
    #summary;

    constructor(handle) {
      this.#core = handle;
      this.#generation = generation;
      this.#ref = new WeakRef(handle);
      handles.add(this.#ref);
    }

    #live(member) {
      if (this.#core === null) {
        throw new ArlensError(`this Ledger was freed: open the file again to use ${member}`, { kind: "freed" });
      }
      if (this.#generation !== generation) {
        throw new ArlensError(
          `this Ledger was lost when arlens restarted after an internal failure: open the file again to use ${member}`,
          { kind: "reset" },
        );
      }
      return this.#core;
    }

    /** How the file was read (import report), counts, totals per currency and the date range. */
    get summary() {
      const handle = this.#live("summary");
      this.#summary ??= parse(call("Ledger.summary", () => handle.summary));
      return this.#summary;
    }

    /** Every figure at `options.asOf` (default: the report date in the file, else its latest date). */
    analyze(options) {
      const handle = this.#live("analyze()");
      return parse(call("Ledger.analyze", () => handle.analyze(options)));
    }

    /** The headline figures per currency at `options.asOf`, each with its value at the end
     * of the previous period and the change. */
    headline(options) {
      const handle = this.#live("headline()");
      return parse(call("Ledger.headline", () => handle.headline(options)));
    }

    /** The documents behind `figure` (`"aging/USD/b1"`, `"period/EUR/dso"`, …) at `options.asOf`:
     * its inputs with their members and source rows, and the figure recomputed from them. */
    trace(figure, options) {
      const handle = this.#live("trace()");
      return parse(call("Ledger.trace", () => handle.trace(figure, options)));
    }

    /** The whole analysis at `options.asOf` as XLSX bytes: a Summary sheet (the file's name and
     * SHA-256, the arlens version, the as-of date and options, the import reconciliation, every
     * key figure with its definition), then Aging by customer, Open documents (with their source
     * rows), Worklist and Trend. The same file and options give the same bytes. */
    exportXlsx(options) {
      const handle = this.#live("exportXlsx()");
      return call("Ledger.exportXlsx", () => handle.exportXlsx(options));
    }

    /** The figures at `options.asOf` in `consolidation.currency` at `consolidation.rates`. */
    consolidate(consolidation, options) {
      const handle = this.#live("consolidate()");
      return parse(call("Ledger.consolidate", () => handle.consolidate(consolidation, options)));
    }

    /** Sheets, header, preview rows, mapping with confidences and the import's report. */
    inspect() {
      const handle = this.#live("inspect()");
      return parse(call("Ledger.inspect", () => handle.inspect()));
    }

    /** Whether `free()` was called. */
    get freed() {
      return this.#core === null;
    }

    /** Releases the ledger's WebAssembly memory; later use throws `ArlensError` of kind
     * `freed`. A handle lost in a restart has nothing left to release. */
    free() {
      if (this.#core !== null) {
        if (this.#generation === generation) this.#core.free();
        handles.delete(this.#ref);
        this.#core = null;
      }
    }

    [dispose]() {
      this.free();
    }
  }

  /** Reads a ledger file (or several: see `together`) into a `Ledger`. */
  function openLedger(source, importOptions) {
    const [bytes, given] = together(source, importOptions);
    importOptions = given;
    // Handles dropped without free() leave dead references behind: prune now and then.
    if (handles.size > 256) for (const ref of handles) if (ref.deref() === undefined) handles.delete(ref);
    const options = withDigest(bytes, importOptions);
    if (inPieces(bytes)) return new Ledger(openInPieces(bytes, options, "openLedger"));
    return new Ledger(call("openLedger", () => core.openLedger(bytes, options)));
  }

  /** Whether `bytes` are read into the core a piece at a time ([`openInPieces`]): more than
   * one piece of anything but a workbook (a zip or OLE file, which its reader needs whole). */
  function inPieces(bytes) {
    if (!(bytes instanceof Uint8Array) || bytes.length <= PIECE) return false;
    const [a, b, c, d] = bytes;
    const zip = a === 0x50 && b === 0x4b && c === 0x03 && d === 0x04;
    const ole = a === 0xd0 && b === 0xcf && c === 0x11 && d === 0xe0;
    return !zip && !ole;
  }

  /** A ledger handle of `bytes` read through the stream reader a megabyte at a time (the
   * same ledger as the core's `openLedger` makes of them whole: the stream's tests say so),
   * so that the file is never in WebAssembly memory whole beside what is read from it (a
   * 77 MB CSV: 277 → 218 MB of memory, and no slower). `options` carry the digest when the
   * platform made one; the reader hashes the pieces itself otherwise. */
  function openInPieces(bytes, options, name) {
    const born = generation;
    const reader = call(name, () => new core.LedgerReaderCore(options, false));
    try {
      for (let at = 0; at < bytes.length; at += PIECE) {
        const piece = bytes.subarray(at, at + PIECE);
        call(name, () => reader.push(piece));
      }
      return call(name, () => reader.finish(undefined));
    } finally {
      // finish() took the reader's contents; free the shell (unless a trap took the instance).
      if (born === generation) reader.free();
    }
  }

  /** Reads a ledger file as it arrives, chunk by chunk, into a `Ledger`: `source` is a `Blob`
   * (a browser `File`), a `ReadableStream` (`File.stream()`, `fetch` bodies), an async or sync
   * iterable of byte chunks (a Node stream), or bytes. `options` are the import options with
   * `onProgress({ bytes, rows, total, done })` (after each chunk and once at the end), `signal`
   * (an `AbortSignal`: the promise rejects with its reason and nothing is kept) and `size` (the
   * total bytes, for `total`, when the source is not a `Blob`). An array of files (`File`s, or
   * `{ name, bytes }`) is read as one ledger (see `together`). */
  async function openLedgerStream(source, options = {}) {
    let { onProgress, signal, size, ...importOptions } = options ?? {};
    signal?.throwIfAborted();
    // Several files (`File`s, or `{ name, bytes }`): read, then read as one. An array of
    // anything else is an iterable of chunks.
    const isFile = (f) => typeof f?.name === "string" && (f.bytes instanceof Uint8Array || typeof f.arrayBuffer === "function");
    if (Array.isArray(source) && source.length > 0 && source.every(isFile)) {
      const files = [];
      for (const file of source) {
        files.push(file.bytes instanceof Uint8Array ? file : { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
        signal?.throwIfAborted();
      }
      [source, importOptions] = together(files, importOptions);
      size = source.length;
    }
    const total = typeof source?.size === "number" && typeof source?.stream === "function" ? source.size : size;
    const hasher = platform.hasher && importOptions.sha256 === undefined ? platform.hasher() : null;
    const born = generation;
    const reader = call("openLedgerStream", () => new core.LedgerReaderCore(importOptions, hasher !== null));
    try {
      for await (const chunk of chunksOf(source, signal)) {
        signal?.throwIfAborted();
        hasher?.update(chunk);
        call("openLedgerStream", () => reader.push(chunk));
        onProgress?.({ bytes: reader.bytesRead, rows: reader.rowsRead, total, done: false });
      }
      signal?.throwIfAborted();
      const bytes = reader.bytesRead;
      const rows = reader.rowsRead;
      const handle = call("openLedgerStream", () => reader.finish(hasher?.digest()));
      const ledger = new Ledger(handle);
      onProgress?.({ bytes, rows: Math.max(rows, ledger.summary.import.rowsRead), total, done: true });
      return ledger;
    } finally {
      // finish() took the reader's contents; free the empty shell, or the half-read file on
      // abort or error (unless a trap already took the instance it lived in).
      if (born === generation) reader.free();
    }
  }

  /** One-shot: reads `source` (bytes, or several files: see `together`) and analyses it;
   * `options.import` holds the import options. */
  function analyze(source, options = {}) {
    const { import: given, ...rest } = options ?? {};
    const [bytes, importOptions] = together(source, given);
    const withHash = withDigest(bytes, importOptions);
    if (inPieces(bytes)) {
      let ledger;
      try {
        ledger = new Ledger(openInPieces(bytes, withHash, "analyze"));
      } catch (e) {
        // Import options refused: the whole-file call below refuses them under `import`.
        if (!(e instanceof ArlensError && e.kind === "invalidOption")) throw e;
      }
      if (ledger !== undefined) {
        try {
          return { import: ledger.summary.import, report: ledger.analyze(rest) };
        } finally {
          ledger.free();
        }
      }
    }
    return parse(call("analyze", () => core.analyzeFile(bytes, withHash, rest)));
  }

  /** Deprecated since 0.2.0: `openLedger(bytes, options).summary`. */
  function importLedger(source, importOptions) {
    const ledger = openLedger(source, importOptions);
    try {
      return ledger.summary;
    } finally {
      ledger.free();
    }
  }

  return {
    Ledger,
    openLedger,
    openLedgerStream,
    analyze,
    importLedger,
    inspect: (source, given, ...rest) => {
      const [bytes, importOptions] = together(source, given);
      return call("inspect", () => core.inspect(bytes, withDigest(bytes, importOptions), ...rest));
    },
    paymentPlan: wrap("paymentPlan", core.paymentPlan),
    draftEml: wrap("draftEml", core.draftEml),
    formatMoney: wrap("formatMoney", core.formatMoney),
    formatNumber: wrap("formatNumber", core.formatNumber),
    parseAmount: wrap("parseAmount", core.parseAmount),
    describePosition: wrap("describePosition", core.describePosition),
    labels: wrap("labels", core.labels),
    sampleCsv: wrap("sampleCsv", core.sampleCsv),
    version: wrap("version", core.version),
    // Only in the trap-test build of the core (feature trap-for-tests), never packed.
    ...(core.trapForTests ? { trapForTests: wrap("trapForTests", core.trapForTests) } : {}),
    ...(core.exhaustMemoryForTests ? { exhaustMemoryForTests: wrap("exhaustMemoryForTests", core.exhaustMemoryForTests) } : {}),
  };
}
