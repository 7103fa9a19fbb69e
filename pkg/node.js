// Node: the WebAssembly module is loaded synchronously on import; no init needed.
import * as core from "./dist/node/arlens.js";
import { ArlensError, wrap } from "./errors.js";

export { ArlensError };
export const analyze = wrap(core.analyze);
export const importLedger = wrap(core.importLedger);
export const inspect = wrap(core.inspect);
export const paymentPlan = wrap(core.paymentPlan);
export const sampleCsv = core.sampleCsv;
export const version = core.version;
/** Nothing to do under Node (the module is ready on import); kept for code shared with browsers. */
export async function init() {}
