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
import { inTurns } from "./bench-lib.mjs";

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
await inTurns([dirA, () => once(A)], [dirB, () => once(B)], Number(runs));
