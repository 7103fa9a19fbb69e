// arlens against the JavaScript libraries people use today, on the same generated files in
// one run: arlens `analyze` (import + every figure) vs SheetJS `read` + `sheet_to_json` on
// xlsx, and vs Papa Parse `parse` (header: true) on CSV; the same core natively (a release
// binary) vs in WebAssembly, doing the same work: reading the file and writing the report as
// JSON text (the package's `analyzeFile` core call; `analyze` then parses the text into
// objects, JavaScript's work, shown in its own column); and the gzipped size of the .wasm.
// The core's calls are given the file's SHA-256 digest, as the package gives them the
// platform's (Node's `crypto`, the browser's `SubtleCrypto`): neither side hashes in the timing.
// Each library is timed in a fresh Node process of its own (this script run again with
// `--one`): timed one after another in one process, a library ran in the heap the others left
// (Papa Parse's 100k-row parse took 337–389 ms after SheetJS and arlens, 113–158 ms alone).
//   make bench-peers        (BENCH_SIZES=10k,100k limits the files)
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { gzipSync } from "node:zlib";
import Papa from "papaparse";
import XLSX from "xlsx";
import { generated, time } from "./bench-lib.mjs";

const ROOT = new URL("../", import.meta.url).pathname;
const AS_OF = "2026-06-30";
const wanted = (label) => !process.env.BENCH_SIZES || process.env.BENCH_SIZES.split(",").includes(label);
const INVOICES = { "10k": 5_000, "100k": 50_000, "1M": 500_000 };

/** The native release build's time on `path` for what the package's core call does in
 * WebAssembly: read the file, analyse it and write the report as JSON text (medians of
 * `runs` warm runs), in ms. */
function native(path, runs) {
  const out = execFileSync(`${ROOT}target/release/examples/time_import`, [path, AS_OF, String(runs)], { encoding: "utf8" });
  const ms = (text) => {
    const [, n, unit] = text.match(/([\d.]+)(ms|s|µs)/);
    return Number(n) * { ms: 1, s: 1000, "µs": 0.001 }[unit];
  };
  const line = out.trim().split("\n").find((l) => l.startsWith("analyze_file + JSON text: "));
  return ms(line.split(": ")[1]);
}

const fmt = (ms) => `${ms.toFixed(ms < 100 ? 1 : 0)} ms`;
/** The peer library's parse of `bytes`, giving one object per row. */
const PEERS = {
  xlsx: [
    "SheetJS read + sheet_to_json",
    (bytes) => {
      const workbook = XLSX.read(bytes);
      return XLSX.utils.sheet_to_json(workbook.Sheets[workbook.SheetNames[0]]);
    },
  ],
  // Papa Parse reads text: decoding the bytes is part of its work, as it is of arlens's.
  csv: ["Papa Parse (header: true)", (bytes) => Papa.parse(new TextDecoder().decode(bytes), { header: true }).data],
};
/** In a fresh process (`--one WHAT EXT FILE RUNS`): the median time of `WHAT` on the file —
 * `arlens` (the package's `analyze`), `peer` (the peer library's parse), `core` (the core's
 * `analyzeFile` to JSON text) or `json` (`JSON.parse` of that text) — printed as one JSON line
 * with the rows each gave. */
async function one(what, ext, path, runs) {
  const bytes = readFileSync(path);
  let rows = 0;
  let ms = 0;
  if (what === "arlens") {
    const { analyze } = await import("arlens");
    ms = time(() => {
      rows = analyze(bytes, { asOf: AS_OF }).import.entries;
    }, runs);
  } else if (what === "peer") {
    const peer = PEERS[ext][1];
    ms = time(() => {
      rows = peer(bytes).length;
    }, runs);
  } else {
    // The wasm-bindgen module under the package: its calls return the report as JSON text.
    const core = await import(new URL("../pkg/dist/node/arlens.js", import.meta.url).href);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const analyzeFile = () => core.analyzeFile(bytes, { sha256 }, { asOf: AS_OF });
    if (what === "core") {
      ms = time(analyzeFile, runs);
    } else {
      const text = analyzeFile();
      ms = time(() => JSON.parse(text), runs);
    }
  }
  console.log(JSON.stringify({ ms, rows }));
}

/** `one(what, …)` run in a fresh Node process. */
function fresh(what, ext, path, runs) {
  const out = execFileSync(process.execPath, [new URL(import.meta.url).pathname, "--one", what, ext, path, String(runs)], {
    encoding: "utf8",
  });
  return JSON.parse(out.trim().split("\n").pop());
}

if (process.argv[2] === "--one") {
  const [what, ext, path, runs] = process.argv.slice(3);
  await one(what, ext, path, Number(runs));
  process.exit(0);
}

console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0].model}`);
console.log("");
console.log(
  "| file | rows | arlens analyze (wasm) | peer | peer time | peer ÷ arlens | of it: JSON.parse | core to JSON text, wasm | same, native | wasm ÷ native |",
);
console.log("|---|---|---|---|---|---|---|---|---|---|");
execFileSync("cargo", ["build", "-q", "--profile", "bench", "-p", "arlens", "--example", "time_import"], { stdio: "inherit" });
const cases = [["10k", "xlsx"], ["100k", "xlsx"], ["100k", "csv"], ["1M", "csv"]];
for (const [label, ext] of cases) {
  if (!wanted(label)) continue;
  const { path } = generated(label, INVOICES[label], ext, "transactions", { read: false });
  // Enough runs at 10k for V8 to have tiered the WebAssembly (and the peers' JavaScript) up
  // to its optimising compiler: with 7, the median of the 10k XLSX caught runs still in the
  // baseline code (the core's 10k call drew 48–91 ms where 21 runs give 38–42 ms).
  const runs = label === "1M" ? 3 : label === "100k" ? 5 : 21;
  const ours = fresh("arlens", ext, path, runs);
  const theirs = fresh("peer", ext, path, runs);
  const inCore = fresh("core", ext, path, runs).ms;
  const parsing = fresh("json", ext, path, runs).ms;
  const nat = native(path, runs);
  const peerName = PEERS[ext][0];
  console.log(
    `| ${ext} ${label} | ${ours.rows.toLocaleString("en")} (peer: ${theirs.rows.toLocaleString("en")}) | ${fmt(ours.ms)} | ${peerName} | ${fmt(theirs.ms)} | ${(theirs.ms / ours.ms).toFixed(2)} | ${fmt(parsing)} | ${fmt(inCore)} | ${fmt(nat)} | ${(inCore / nat).toFixed(2)} |`,
  );
}
const wasm = readFileSync(`${ROOT}pkg/dist/node/arlens_bg.wasm`);
console.log("");
console.log(`package .wasm: ${(wasm.length / 1024).toFixed(0)} KB, ${(gzipSync(wasm, { level: 9 }).length / 1024).toFixed(0)} KB gzipped`);

// Peak memory of one analysis of each CSV, in a fresh process (scripts/bench-memory.mjs).
const mb = (n) => `${(n / 1e6).toFixed(0)} MB`;
console.log("");
console.log("| file | size | peak RSS (Node) | wasm memory | RSS ÷ file | wasm ÷ file |");
console.log("|---|---|---|---|---|---|");
for (const label of ["100k", "1M"]) {
  if (!wanted(label)) continue;
  const { path } = generated(label, INVOICES[label], "csv");
  const out = execFileSync(process.execPath, [`${ROOT}scripts/bench-memory.mjs`, path, AS_OF], { encoding: "utf8" });
  const m = JSON.parse(out);
  console.log(
    `| csv ${label} | ${mb(m.file)} | ${mb(m.rss)} | ${mb(m.wasm)} | ${(m.rss / m.file).toFixed(1)} | ${(m.wasm / m.file).toFixed(1)} |`,
  );
}
