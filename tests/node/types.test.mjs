// The package's TypeScript declarations: an example program type-checks (with its
// misuses rejected), and the public API has no `any`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const exec = promisify(execFile);
const ROOT = fileURLToPath(new URL("../../", import.meta.url));

test("tsc --noEmit accepts the example and rejects each misuse", async () => {
  // An unused `@ts-expect-error` is itself an error, so a misuse that type-checked would fail this.
  const result = await exec(`${ROOT}node_modules/.bin/tsc`, ["-p", "tests/types"], { cwd: ROOT }).catch((e) => e);
  assert.equal(result.code ?? 0, 0, `${result.stdout}${result.stderr}`);
});

test("no `any` in the declarations", async () => {
  for (const file of ["pkg/index.d.ts", "pkg/worker.d.ts", "pkg/dist/node/arlens.d.ts", "pkg/dist/web/arlens.d.ts"]) {
    const text = await readFile(`${ROOT}${file}`, "utf8");
    const code = text
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/export interface InitOutput \{[\s\S]*?\n\}/, "") // the raw wasm exports, not the API
      .split("\n")
      .map((l) => l.replace(/\/\/.*$/, ""));
    const offenders = code.filter((l) => /\bany\b/.test(l));
    assert.deepEqual(offenders, [], file);
  }
});
