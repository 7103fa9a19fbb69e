import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { analyze, inspect } from "arlens";
const dir = process.argv[2];
let internal = 0, slow = 0, n = 0;
const skip = new Set((process.env.SKIP ?? '').split(','));
for (const name of readdirSync(dir).filter((n) => !skip.has(n))) {
  writeFileSync('/tmp/current.txt', name);
  const bytes = readFileSync(`${dir}/${name}`);
  const t = performance.now();
  for (const f of [() => inspect(bytes, { fileName: name }, 20), () => analyze(bytes, { asOf: "2024-03-31", import: { fileName: name } })]) {
    try { f(); } catch (e) { if (e.kind === "internal" || !e.kind) { internal++; console.log("INTERNAL", name, e.message.slice(0, 200)); } }
  }
  const s = (performance.now() - t) / 1000;
  if (s > 5) { slow++; console.log("SLOW", name, s.toFixed(1)); }
  n++;
}
console.log({ n, internal, slow });
