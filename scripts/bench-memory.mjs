// Peak memory of one `analyze(bytes)` through the package under Node, in a fresh process:
// the process's peak RSS (the file's bytes included) and the WebAssembly memory's size
// (it only grows, so after the call it is the call's peak). Prints one JSON line.
//   node scripts/bench-memory.mjs FILE [AS_OF]
import { readFileSync } from "node:fs";
import { analyze } from "../pkg/node.js";
import { __arlensMemoryBytes } from "../pkg/dist/node/arlens.js";

const [file, asOf = "2026-06-30"] = process.argv.slice(2);
const bytes = readFileSync(file);
const before = process.resourceUsage().maxRSS * 1024;
const entries = analyze(bytes, { asOf }).import.entries;
console.log(
  JSON.stringify({
    file: bytes.length,
    entries,
    rssBefore: before,
    rss: process.resourceUsage().maxRSS * 1024,
    wasm: __arlensMemoryBytes(),
  }),
);
