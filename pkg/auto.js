// Bundlers (Vite, webpack) and module workers: the WebAssembly module is loaded by
// top-level await on import, so `analyze` works with no init call. The bundler copies
// arlens_bg.wasm as an asset through `new URL(..., import.meta.url)`.
import initWasm, * as core from "./dist/web/arlens.js";
import { api } from "./api.js";

const ready = initWasm({ module_or_path: new URL("./dist/web/arlens_bg.wasm", import.meta.url) });
await ready;

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
/** Already done on import; kept so that code written for `web.js` runs unchanged. */
export async function init() {
  await ready;
}
