// Node: the WebAssembly module is loaded synchronously on import; no init needed.
import * as core from "./dist/node/arlens.js";
import { api } from "./errors.js";

export { ArlensError } from "./errors.js";
export const { analyze, importLedger, inspect, paymentPlan, sampleCsv, version } = api(core);
/** Nothing to do under Node (the module is ready on import); kept for code shared with browsers. */
export async function init() {}
