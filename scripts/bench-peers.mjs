// arlens against the JavaScript libraries people use today, on the same generated files in
// one run: arlens `analyze` (import + every figure) vs SheetJS `read` + `sheet_to_json` on
// xlsx, and vs Papa Parse `parse` (header: true) on CSV; the same core natively (a release
// binary) vs in WebAssembly; and the gzipped size of the package's .wasm.
//   make bench-peers        (BENCH_SIZES=10k,100k limits the files)
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { cpus } from "node:os";
import { gzipSync } from "node:zlib";
import Papa from "papaparse";
import XLSX from "xlsx";
import { analyze } from "arlens";
import { generated, time } from "./bench-lib.mjs";

const ROOT = new URL("../", import.meta.url).pathname;
const AS_OF = "2026-06-30";
const wanted = (label) => !process.env.BENCH_SIZES || process.env.BENCH_SIZES.split(",").includes(label);
const INVOICES = { "10k": 5_000, "100k": 50_000, "1M": 500_000 };

/** Import + analyze time of the native release build on `path` (medians of `runs` warm runs), in ms. */
function native(path, runs) {
  const out = execFileSync(`${ROOT}target/release/examples/time_import`, [path, AS_OF, String(runs)], { encoding: "utf8" });
  const ms = (text) => {
    const [, n, unit] = text.match(/([\d.]+)(ms|s|µs)/);
    return Number(n) * { ms: 1, s: 1000, "µs": 0.001 }[unit];
  };
  const [importLine, analyzeLine] = out.trim().split("\n");
  return ms(importLine.split(" in ")[1]) + ms(analyzeLine.split(": ")[1]);
}

const fmt = (ms) => `${ms.toFixed(ms < 100 ? 1 : 0)} ms`;
console.log(`node ${process.version}, ${cpus().length} × ${cpus()[0].model}`);
console.log("");
console.log("| file | rows | arlens analyze (wasm) | peer | peer time | peer ÷ arlens | native arlens | wasm ÷ native |");
console.log("|---|---|---|---|---|---|---|---|");
execFileSync("cargo", ["build", "-q", "--profile", "bench", "-p", "arlens", "--example", "time_import"], { stdio: "inherit" });
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
const cases = [["10k", "xlsx"], ["100k", "xlsx"], ["100k", "csv"], ["1M", "csv"]];
for (const [label, ext] of cases) {
  if (!wanted(label)) continue;
  const { path, bytes } = generated(label, INVOICES[label], ext);
  const runs = label === "1M" ? 3 : label === "100k" ? 5 : 7;
  let rows = 0;
  const ours = time(() => {
    rows = analyze(bytes, { asOf: AS_OF }).import.entries;
  }, runs);
  const [peerName, peer] = PEERS[ext];
  let peerRows = 0;
  const theirs = time(() => {
    peerRows = peer(bytes).length;
  }, runs);
  const nat = native(path, runs);
  console.log(
    `| ${ext} ${label} | ${rows.toLocaleString("en")} (peer: ${peerRows.toLocaleString("en")}) | ${fmt(ours)} | ${peerName} | ${fmt(theirs)} | ${(theirs / ours).toFixed(2)} | ${fmt(nat)} | ${(ours / nat).toFixed(2)} |`,
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
