// Node: the WebAssembly module is loaded synchronously on import; no init needed.
import * as core from "./dist/node/arlens.js";
import { api } from "./api.js";

export { ArlensError } from "./api.js";
export const {
  Ledger,
  openLedger,
  analyze,
  importLedger,
  inspect,
  paymentPlan,
  formatMoney,
  formatNumber,
  parseAmount,
  describePosition,
  labels,
  sampleCsv,
  version,
} = api(core);
/** Nothing to do under Node (the module is ready on import); kept for code shared with browsers. */
export async function init() {}
