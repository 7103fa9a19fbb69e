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

/** Runs `fn`, turning the core's errors into `ArlensError`s. */
function call(fn) {
  try {
    return fn();
  } catch (e) {
    if (e instanceof Error && e.name === "ArlensError" && !(e instanceof ArlensError)) {
      throw new ArlensError(e.message, e);
    }
    throw e;
  }
}

/** JSON text from the core as objects (the core leaves out a missing field rather than
 * writing `null`, so `field?: T` in the types holds). */
function parse(text) {
  return JSON.parse(text);
}

/** `fn` throwing an `ArlensError` where the WebAssembly core reports one. */
function wrap(fn) {
  return (...args) => call(() => fn(...args));
}

// `Symbol.dispose` where the runtime has it (Node 20 has it from 20.4); the well-known
// registry symbol otherwise, which is what TypeScript's `using` polyfills look up.
const dispose = Symbol.dispose ?? Symbol.for("Symbol.dispose");

/** The package's functions over a wasm-bindgen build `core`. */
export function api(core) {
  /** An imported ledger held in WebAssembly memory: analyse it at any date and with any
   * options without reading the file again. Call `free()` (or `using`) when done. */
  class Ledger {
    #core;
    #summary;

    constructor(handle) {
      this.#core = handle;
    }

    #live(member) {
      if (this.#core === null) {
        throw new ArlensError(`this Ledger was freed: open the file again to use ${member}`, { kind: "freed" });
      }
      return this.#core;
    }

    /** How the file was read (import report), counts, totals per currency and the date range. */
    get summary() {
      const handle = this.#live("summary");
      this.#summary ??= parse(call(() => handle.summary));
      return this.#summary;
    }

    /** Every figure at `options.asOf` (default: the report date in the file, else its latest date). */
    analyze(options) {
      const handle = this.#live("analyze()");
      return parse(call(() => handle.analyze(options)));
    }

    /** Sheets, header, preview rows, mapping with confidences and the import's report. */
    inspect() {
      const handle = this.#live("inspect()");
      return parse(call(() => handle.inspect()));
    }

    /** Whether `free()` was called. */
    get freed() {
      return this.#core === null;
    }

    /** Releases the ledger's WebAssembly memory; later use throws `ArlensError` of kind `freed`. */
    free() {
      if (this.#core !== null) {
        this.#core.free();
        this.#core = null;
      }
    }

    [dispose]() {
      this.free();
    }
  }

  /** Reads a ledger file into a `Ledger`. */
  function openLedger(bytes, importOptions) {
    return new Ledger(call(() => core.openLedger(bytes, importOptions)));
  }

  /** One-shot: reads `bytes` and analyses them; `options.import` holds the import options. */
  function analyze(bytes, options = {}) {
    const { import: importOptions, ...rest } = options ?? {};
    return parse(call(() => core.analyzeFile(bytes, importOptions, rest)));
  }

  /** Deprecated since 0.2.0: `openLedger(bytes, options).summary`. */
  function importLedger(bytes, importOptions) {
    const ledger = openLedger(bytes, importOptions);
    try {
      return ledger.summary;
    } finally {
      ledger.free();
    }
  }

  return {
    Ledger,
    openLedger,
    analyze,
    importLedger,
    inspect: wrap(core.inspect),
    paymentPlan: wrap(core.paymentPlan),
    formatMoney: wrap(core.formatMoney),
    formatNumber: wrap(core.formatNumber),
    parseAmount: wrap(core.parseAmount),
    describePosition: wrap(core.describePosition),
    labels: () => core.labels(),
    sampleCsv: (...args) => core.sampleCsv(...args),
    version: () => core.version(),
  };
}
