// The error class every arlens function throws, and the wrapper that gives it.

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
