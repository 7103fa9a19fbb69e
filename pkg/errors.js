// The error class every arlens function throws, and the functions that throw it:
// one definition for the Node, browser and bundler entries.

/** A located problem with the input or the options: `kind` says which, `file`, `sheet`,
 * `row`, `column` and `header` say where (when known); the message starts with the place. */
export class ArlensError extends Error {
  constructor(message, fields = {}) {
    super(message);
    this.name = "ArlensError";
    for (const key of ["kind", "file", "sheet", "row", "column", "header"]) {
      if (fields[key] !== undefined && fields[key] !== null) this[key] = fields[key];
    }
  }
}

/** `fn` throwing an `ArlensError` where the WebAssembly core reports one. */
export function wrap(fn) {
  return function arlens(...args) {
    try {
      return fn(...args);
    } catch (e) {
      if (e instanceof Error && e.name === "ArlensError" && !(e instanceof ArlensError)) {
        throw new ArlensError(e.message, e);
      }
      throw e;
    }
  };
}

/** The package's functions over a wasm-bindgen build `core`, errors as `ArlensError`. */
export function api(core) {
  return {
    analyze: wrap(core.analyze),
    importLedger: wrap(core.importLedger),
    inspect: wrap(core.inspect),
    paymentPlan: wrap(core.paymentPlan),
    sampleCsv: (...args) => core.sampleCsv(...args),
    version: () => core.version(),
  };
}
