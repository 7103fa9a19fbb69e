// Import throughput of the WebAssembly package under Node, on the same generated
// transaction ledgers as the native criterion bench (core/benches/import_aging.rs).
//   node scripts/bench-wasm.mjs            (make bench-wasm builds first)
// Files are written once by the native generator into target/bench-data/.
import { analyze, openLedger } from "arlens";
import { generated, time } from "./bench-lib.mjs";

const ALL_SIZES = [["10k", 5_000], ["100k", 50_000], ["1M", 500_000]];
// BENCH_SIZES=10k,100k runs a subset.
const SIZES = ALL_SIZES.filter(([label]) => !process.env.BENCH_SIZES || process.env.BENCH_SIZES.split(",").includes(label));
const file = (label, invoices, ext, prefix) => generated(label, invoices, ext, prefix).bytes;

console.log(`node ${process.version}, ${process.arch}`);
console.log("| input | rows | size | median | MB/s | rows/s |");
console.log("|---|---|---|---|---|---|");
// BENCH_ANALYSIS_ONLY=1 skips this first table.
for (const [label, invoices] of process.env.BENCH_ANALYSIS_ONLY ? [] : SIZES) {
  for (const ext of ["csv", "xlsx"]) {
    const bytes = file(label, invoices, ext);
    let rows = 0;
    const ms = time(() => {
      const ledger = openLedger(bytes);
      rows = ledger.summary.entries;
      ledger.free();
    }, label === "1M" ? 3 : 7);
    const mb = bytes.length / 1e6;
    console.log(
      `| ${ext} ${label} | ${rows.toLocaleString("en")} | ${mb.toFixed(1)} MB | ${ms.toFixed(1)} ms | ${(mb / (ms / 1000)).toFixed(1)} | ${Math.round(rows / (ms / 1000)).toLocaleString("en")} |`,
    );
  }
}

// The whole analysis on ledgers of 10k / 100k / 1M invoices (with their payments and credit
// notes), as the native `analyze` bench: `analyze(bytes)` imports and analyses once; a
// `Ledger` handle re-analyses at another date without importing. Medians of the same run.
console.log("");
console.log("| ledger | entries | openLedger | analyze(bytes) | ledger.analyze (new as-of) | one-shot ÷ handle |");
console.log("|---|---|---|---|---|---|");
for (const [label, invoices] of [["10k", 10_000], ["100k", 100_000], ["1M", 1_000_000]]) {
  if (process.env.BENCH_SIZES && !process.env.BENCH_SIZES.split(",").includes(label)) continue;
  const bytes = file(label, invoices, "csv", "invoices");
  const asOf = "2026-06-30";
  let entries = 0;
  const runs = label === "1M" ? 3 : 7;
  const imported = time(() => {
    const ledger = openLedger(bytes);
    entries = ledger.summary.entries;
    ledger.free();
  }, runs);
  const both = time(() => analyze(bytes, { asOf }), runs);
  // The handle at a new as-of date each call: month ends walking back from the reference date.
  const ledger = openLedger(bytes);
  const dates = ["2026-06-30", "2026-05-31", "2026-04-30", "2026-03-31", "2026-02-28", "2026-01-31", "2025-12-31", "2025-11-30"];
  let next = 0;
  const again = time(() => ledger.analyze({ asOf: dates[next++ % dates.length] }), runs);
  ledger.free();
  console.log(
    `| ${label} invoices | ${entries.toLocaleString("en")} | ${imported.toFixed(1)} ms | ${both.toFixed(1)} ms | ${again.toFixed(1)} ms | ${(both / again).toFixed(1)}× |`,
  );
}
