// Import throughput of the WebAssembly package under Node, on the same generated
// transaction ledgers as the native criterion bench (core/benches/import_aging.rs).
//   node scripts/bench-wasm.mjs            (make bench-wasm builds first)
// Files are written once by the native generator into target/bench-data/.
import { analyze, importLedger } from "arlens";
import { generated, time } from "./bench-lib.mjs";

const ALL_SIZES = [["10k", 5_000], ["100k", 50_000], ["1M", 500_000]];
// BENCH_SIZES=10k,100k runs a subset.
const SIZES = ALL_SIZES.filter(([label]) => !process.env.BENCH_SIZES || process.env.BENCH_SIZES.split(",").includes(label));
const file = (label, invoices, ext, prefix) => generated(label, invoices, ext, prefix).bytes;

console.log(`node ${process.version}, ${process.arch}`);
console.log("| input | rows | size | median | MB/s | rows/s |");
console.log("|---|---|---|---|---|---|");
for (const [label, invoices] of SIZES) {
  for (const ext of ["csv", "xlsx"]) {
    const bytes = file(label, invoices, ext);
    let rows = 0;
    const ms = time(() => {
      rows = importLedger(bytes).entries;
    }, label === "1M" ? 3 : 7);
    const mb = bytes.length / 1e6;
    console.log(
      `| ${ext} ${label} | ${rows.toLocaleString("en")} | ${mb.toFixed(1)} MB | ${ms.toFixed(1)} ms | ${(mb / (ms / 1000)).toFixed(1)} | ${Math.round(rows / (ms / 1000)).toLocaleString("en")} |`,
    );
  }
}

// The whole analysis on ledgers of 10k / 100k / 1M invoices (with their payments and credit
// notes), as the native `analyze` bench: `analyze(bytes)` imports and analyses, so the
// analysis alone is its time less `importLedger(bytes)`'s, both medians of the same run.
console.log("");
console.log("| ledger | entries | import | import + analyze | analyze |");
console.log("|---|---|---|---|---|");
for (const [label, invoices] of [["10k", 10_000], ["100k", 100_000], ["1M", 1_000_000]]) {
  if (process.env.BENCH_SIZES && !process.env.BENCH_SIZES.split(",").includes(label)) continue;
  const bytes = file(label, invoices, "csv", "invoices");
  const asOf = "2026-06-30";
  let entries = 0;
  const runs = label === "1M" ? 3 : 7;
  const imported = time(() => {
    entries = importLedger(bytes).entries;
  }, runs);
  const both = time(() => analyze(bytes, { asOf }), runs);
  console.log(
    `| ${label} invoices | ${entries.toLocaleString("en")} | ${imported.toFixed(1)} ms | ${both.toFixed(1)} ms | ${(both - imported).toFixed(1)} ms |`,
  );
}
