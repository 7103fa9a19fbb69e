// Node: the WebAssembly module is loaded synchronously on import; no init needed.
import { createHash } from "node:crypto";
import * as core from "./dist/node/arlens.js";
import { api } from "./api.js";

/** The file digest in the report, by Node's native SHA-256 (the core's, in WebAssembly,
 * was a sixth of an import). */
const sha256 = (bytes) => createHash("sha256").update(bytes).digest("hex");
/** The same hash fed chunk by chunk, for `openLedgerStream`. */
const hasher = () => {
  const hash = createHash("sha256");
  return { update: (chunk) => hash.update(chunk), digest: () => hash.digest("hex") };
};

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
} = api(core, { sha256, hasher });
/** Nothing to do under Node (the module is ready on import); kept for code shared with browsers. */
export async function init() {}
