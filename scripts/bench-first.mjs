// The first analysis in a fresh WebAssembly instance, as a user meets it (the app's worker
// reads a file into memory it has not grown yet): two builds of the package, each run in a
// fresh Node process, taking turns so that a noisy machine slows both alike; medians of
// ROUNDS. `analyze(bytes)` with a file name, as the app gives one.
//   node scripts/bench-first.mjs PKG_A PKG_B FILE [ROUNDS]
// PKG_* are package directories, as for bench-ab.mjs (whose header says how to build an
// older commit's package).
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { inTurns } from "./bench-lib.mjs";

if (process.argv[2] === "--once") {
  const [dir, file] = process.argv.slice(3);
  const { analyze } = await import(resolve(dir, "node.js"));
  const bytes = readFileSync(file);
  const start = performance.now();
  analyze(bytes, { asOf: "2026-06-30", import: { fileName: "ledger.csv" } });
  console.log(performance.now() - start);
} else {
  const [dirA, dirB, file, rounds = "5"] = process.argv.slice(2);
  const once = (dir) =>
    Number(execFileSync(process.execPath, [new URL(import.meta.url).pathname, "--once", dir, file], { encoding: "utf8" }));
  await inTurns([dirA, () => once(dirA)], [dirB, () => once(dirB)], Number(rounds));
}
