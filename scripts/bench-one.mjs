// The package's `analyze(bytes, { asOf: "2026-06-30" })` on one file, timed in this process
// alone: 2 warm-up calls, then RUNS calls; prints the median in ms. Two builds of the package
// are compared by running this for each in turn, in fresh processes (one process holding both
// runs the one loaded second up to 15% slower: BENCHMARKS.md, session 30).
//   node scripts/bench-one.mjs PKG_DIR FILE [RUNS]
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

const [dir, file, runs = "9"] = process.argv.slice(2);
const m = await import(resolve(dir, "node.js"));
const bytes = readFileSync(file);
const times = [];
for (let i = 0; i < Number(runs) + 2; i++) {
  const start = performance.now();
  m.analyze(bytes, { asOf: "2026-06-30" });
  times.push(performance.now() - start);
}
const warm = times.slice(2).sort((a, b) => a - b);
console.log(warm[Math.floor(warm.length / 2)].toFixed(1));
