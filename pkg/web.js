// Browsers and Web Workers: `await init()` once (it fetches arlens_bg.wasm next
// to this file, or the URL/bytes/module you pass), then call the functions.
// Node picks ./dist/node/arlens.js through package.json `exports` and needs no init.
export { default as init, analyze, importLedger, sampleCsv, version } from "./dist/web/arlens.js";
