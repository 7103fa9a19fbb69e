// Whether two builds of the package give the same results: for each file, the JSON of
// `analyze(bytes, { asOf: "2026-06-30" })` and of `inspect(bytes)` (or the error's message)
// from package A and package B, compared as text. Prints the first difference of each file
// that differs and a count; exits 1 when any differs.
//   node scripts/same-output.mjs PKG_A PKG_B FILE...
// e.g. after a speed change, the session start's build (as scripts/bench-ab.mjs's header
// says) against pkg/, on tests/fixtures and ../shared/data:
//   node scripts/same-output.mjs /tmp/pkg-start pkg $(find tests/fixtures ../shared/data -type f -size -30M)
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

const [dirA, dirB, ...files] = process.argv.slice(2);
const a = await import(resolve(dirA, "node.js"));
const b = await import(resolve(dirB, "node.js"));
const outcome = (run) => {
  try {
    return JSON.stringify(run());
  } catch (e) {
    return `error: ${e.message}`;
  }
};
let differ = 0;
let analysed = 0;
for (const file of files) {
  const bytes = readFileSync(file);
  const pairs = [
    ["analyze", (m) => m.analyze(bytes, { asOf: "2026-06-30" })],
    ["inspect", (m) => m.inspect(bytes)],
  ];
  for (const [what, call] of pairs) {
    const [x, y] = [outcome(() => call(a)), outcome(() => call(b))];
    if (what === "analyze" && !x.startsWith("error:")) analysed++;
    if (x === y) continue;
    differ++;
    let i = 0;
    while (x[i] === y[i]) i++;
    console.log(`${file}: ${what} differs at ${i}:\n  A …${x.slice(Math.max(0, i - 120), i + 80)}\n  B …${y.slice(Math.max(0, i - 120), i + 80)}`);
    break;
  }
}
console.log(`${files.length} files (${analysed} analysed by A), ${differ} differ`);
process.exit(differ ? 1 : 0);
