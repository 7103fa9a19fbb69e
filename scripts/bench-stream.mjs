// Reading a large CSV through the package under Node, whole or streamed, each in a fresh
// process (after a warm-up on a small file): the time to a `Ledger` (import) and of the
// first analysis, the process's
// peak RSS and the WebAssembly memory (which only grows: its size after the call is the
// call's peak). Prints one markdown table.
//   node scripts/bench-stream.mjs            (BENCH_SIZES=100k,1M,10M; default 100k,1M)
// One file (a child run): node scripts/bench-stream.mjs --one MODE FILE
import { execFileSync } from "node:child_process";
import { createReadStream, readFileSync, statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { generated } from "./bench-lib.mjs";

const AS_OF = "2026-06-30";
// Room for 10M rows of 9 columns (the default limit is 60M cells).
const LIMITS = { limits: { cells: 200_000_000 } };

if (process.argv[2] === "--one") {
  const [, , , mode, path] = process.argv;
  const { openLedger, openLedgerStream } = await import("../pkg/node.js");
  const { __arlensMemoryBytes } = await import("../pkg/dist/node/arlens.js");
  // Warm-up on a small ledger the same way, so that the timed call runs optimised code
  // (V8 tiers a long-running WebAssembly call up only between calls); it adds a few MB
  // to the WebAssembly memory.
  const { sampleCsv } = await import("../pkg/node.js");
  const small = sampleCsv(3000, 1);
  for (let i = 0; i < 3; i++) {
    const warm = mode === "stream" ? await openLedgerStream([small.subarray(0, 100000), small.subarray(100000)]) : openLedger(small);
    warm.analyze({ asOf: AS_OF });
    warm.free();
  }
  const start = performance.now();
  const ledger =
    mode === "stream"
      ? await openLedgerStream(createReadStream(path, { highWaterMark: 1 << 20 }), LIMITS)
      : openLedger(readFileSync(path), LIMITS);
  const opened = performance.now() - start;
  const entries = ledger.summary.entries;
  const report = ledger.analyze({ asOf: AS_OF });
  const analyzed = performance.now() - start - opened;
  console.log(
    JSON.stringify({
      entries,
      open: report.aging.currencies.length,
      opened,
      analyzed,
      rss: process.resourceUsage().maxRSS * 1024,
      wasm: __arlensMemoryBytes(),
    }),
  );
  process.exit(0);
}

const INVOICES = { "100k": 50_000, "1M": 500_000, "10M": 5_000_000 };
const sizes = (process.env.BENCH_SIZES ?? "100k,1M").split(",");
const mb = (n) => `${(n / 1e6).toFixed(0)} MB`;
const s = (ms) => (ms < 1000 ? `${ms.toFixed(0)} ms` : `${(ms / 1000).toFixed(2)} s`);
console.log("| file | size | read | to a Ledger | first analysis | peak RSS | wasm memory | RSS ÷ file | wasm ÷ file |");
console.log("|---|---|---|---|---|---|---|---|---|");
for (const label of sizes) {
  const { path } = generated(label, INVOICES[label], "csv", "transactions", { read: false });
  const size = statSync(path).size;
  for (const mode of label === "10M" ? ["stream"] : ["whole", "stream"]) {
    const out = execFileSync(process.execPath, ["--max-old-space-size=8192", "--no-liftoff", new URL(import.meta.url).pathname, "--one", mode, path], {
      encoding: "utf8",
      maxBuffer: 1 << 20,
    });
    const r = JSON.parse(out.trim().split("\n").at(-1));
    console.log(
      `| csv ${label} (${r.entries.toLocaleString("en")} entries) | ${mb(size)} | ${mode} | ${s(r.opened)} | ${s(r.analyzed)} | ${mb(r.rss)} | ${mb(r.wasm)} | ${(r.rss / size).toFixed(1)} | ${(r.wasm / size).toFixed(1)} |`,
    );
  }
}
