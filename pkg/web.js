// Browsers and Web Workers: `await init()` once (it fetches arlens_bg.wasm next to
// dist/web/arlens.js, or the URL, Response, bytes or WebAssembly.Module you pass), then
// call the functions. Node picks ./node.js and bundlers ./auto.js through package.json
// `exports`; neither needs init.
import initWasm, * as core from "./dist/web/arlens.js";
import { api } from "./api.js";

export { ArlensError } from "./api.js";
export const {
  Ledger,
  openLedger,
  openLedgerStream,
  analyze,
  importLedger,
  inspect,
  paymentPlan,
  draftEml,
  formatMoney,
  formatNumber,
  parseAmount,
  describePosition,
  labels,
  sampleCsv,
  version,
} = api(core);
/** Loads the WebAssembly module; call once before anything else. */
export async function init(input) {
  await initWasm(input === undefined ? undefined : { module_or_path: input });
}
