// Appends `__arlensReset()` to a wasm-bindgen glue file: a new instance of the
// module after a trap, so that the package's next call works (pkg/api.js calls it);
// to the Node glue also `__arlensMemoryBytes()`, the wasm memory's size, for benchmarks.
// It relies on the glue's own names; if a wasm-bindgen upgrade renames them, this
// fails the build rather than shipping a package that cannot recover.
//   node scripts/add-reset.mjs GLUE.js node|web
import { readFile, writeFile } from "node:fs/promises";

const [file, target] = process.argv.slice(2);
const glue = await readFile(file, "utf8");
const needed = {
  node: ["let wasmInstance", "let wasm = wasmInstance.exports", "const wasmModule", "function __wbg_get_imports", "let cachedDataViewMemory0", "let cachedUint8ArrayMemory0"],
  web: ["let wasmModule, wasmInstance, wasm", "function __wbg_finalize_init", "function __wbg_get_imports"],
}[target];
if (!needed) throw new Error(`usage: add-reset.mjs GLUE.js node|web (got ${target})`);
const missing = needed.filter((name) => !glue.includes(name));
if (missing.length > 0) throw new Error(`${file}: the wasm-bindgen glue has changed (missing ${missing.join(", ")}); update scripts/add-reset.mjs`);
if (glue.includes("__arlensReset")) process.exit(0);
const reset = {
  node: `
/** arlens (scripts/add-reset.mjs): a new instance of the module, after a trap left the old one unusable. */
export function __arlensReset() {
    wasmInstance = new WebAssembly.Instance(wasmModule, __wbg_get_imports());
    wasm = wasmInstance.exports;
    cachedDataViewMemory0 = null;
    cachedUint8ArrayMemory0 = null;
    WASM_VECTOR_LEN = 0;
    wasm.__wbindgen_start();
}

/** arlens (scripts/add-reset.mjs): the WebAssembly memory's size in bytes, which never
 * shrinks: after a call, its peak (scripts/bench-memory.mjs reports it). */
export function __arlensMemoryBytes() {
    return wasm.memory.buffer.byteLength;
}
`,
  web: `
/** arlens (scripts/add-reset.mjs): a new instance of the module, after a trap left the old one unusable. */
export function __arlensReset() {
    if (wasmModule === undefined) return;
    WASM_VECTOR_LEN = 0;
    __wbg_finalize_init(new WebAssembly.Instance(wasmModule, __wbg_get_imports()), wasmModule);
}
`,
}[target];
await writeFile(file, glue + reset);
