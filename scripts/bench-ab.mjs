// Two builds of the package on the same file, interleaved in one process, so that a noisy
// machine slows both alike: `analyze(bytes)` medians of A and B.
//   node scripts/bench-ab.mjs PKG_A PKG_B FILE [RUNS]
// PKG_* are package directories (node.js, api.js, dist/node/). An older commit's package:
//   git worktree add /tmp/old REV && (cd /tmp/old && CARGO_TARGET_DIR=/tmp/old-target \
//     cargo build --release --target wasm32-unknown-unknown -p arlens --features wasm)
//   mkdir -p /tmp/pkgA/dist/node && wasm-bindgen --target experimental-nodejs-module \
//     --out-dir /tmp/pkgA/dist/node --out-name arlens /tmp/old-target/wasm32-unknown-unknown/release/arlens.wasm
//   wasm-opt -O3 /tmp/pkgA/dist/node/arlens_bg.wasm -o /tmp/pkgA/dist/node/arlens_bg.wasm
//   node scripts/add-reset.mjs /tmp/pkgA/dist/node/arlens.js node && cp /tmp/old/pkg/{api,node}.js /tmp/pkgA/
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

const [dirA, dirB, file, runs = "5"] = process.argv.slice(2);
const A = await import(resolve(dirA, "node.js"));
const B = await import(resolve(dirB, "node.js"));
const bytes = readFileSync(file);
const once = (m) => {
  const start = performance.now();
  m.analyze(bytes, { asOf: "2026-06-30" });
  return performance.now() - start;
};
once(A);
once(B);
const a = [];
const b = [];
for (let i = 0; i < Number(runs); i++) {
  a.push(once(A));
  b.push(once(B));
}
const median = (x) => [...x].sort((p, q) => p - q)[Math.floor(x.length / 2)];
const list = (x) => x.map((t) => Math.round(t)).join(", ");
console.log(`A ${dirA}: ${list(a)} ms, median ${median(a).toFixed(0)}`);
console.log(`B ${dirB}: ${list(b)} ms, median ${median(b).toFixed(0)}`);
console.log(`A ÷ B: ${(median(a) / median(b)).toFixed(2)}`);
