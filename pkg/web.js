// Browsers and Web Workers: `await init()` once (it fetches arlens_bg.wasm next to
// dist/web/arlens.js, or the URL, Response, bytes or WebAssembly.Module you pass), then
// call the functions. Node picks ./node.js through package.json `exports` and needs no init.
import initWasm, * as core from "./dist/web/arlens.js";
import { ArlensError, wrap } from "./errors.js";

export { ArlensError };
export const analyze = wrap(core.analyze);
export const importLedger = wrap(core.importLedger);
export const inspect = wrap(core.inspect);
export const paymentPlan = wrap(core.paymentPlan);
export const sampleCsv = (...args) => core.sampleCsv(...args);
export const version = () => core.version();
/** Loads the WebAssembly module; call once before anything else. */
export async function init(input) {
  await initWasm(input === undefined ? undefined : { module_or_path: input });
}
