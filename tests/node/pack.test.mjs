// `npm pack` gives a tarball that installs into an empty folder and works there:
// the library by its name, and the `arlens` command through npx.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const exec = promisify(execFile);
const PKG = fileURLToPath(new URL("../../pkg/", import.meta.url));
const FIXTURE = fileURLToPath(new URL("../fixtures/open-items-10.csv", import.meta.url));

test("npm pack installs into an empty folder, imports and runs", async () => {
  const dir = await mkdtemp(join(tmpdir(), "arlens-pack-"));
  try {
    const { stdout } = await exec("npm", ["pack", PKG, "--pack-destination", dir, "--silent"]);
    const tarball = join(dir, stdout.trim().split("\n").at(-1));
    const app = join(dir, "app");
    await exec("mkdir", [app]);
    await writeFile(join(app, "package.json"), JSON.stringify({ name: "app", private: true, type: "module" }));
    await exec("npm", ["install", tarball, "--offline", "--no-audit", "--no-fund", "--silent"], { cwd: app });
    const installed = await readdir(join(app, "node_modules", "arlens"));
    assert.ok(installed.includes("bin") && installed.includes("dist"), installed.join(", "));
    assert.ok(!installed.includes("src"), "only the built package is shipped");

    await copyFile(FIXTURE, join(app, "ledger.csv"));
    await writeFile(
      join(app, "main.js"),
      `import { readFileSync } from "node:fs";
       import { analyze, version } from "arlens";
       const { report } = analyze(readFileSync("ledger.csv"), { asOf: "2024-03-31" });
       console.log(version(), report.aging.currencies.map((c) => c.currency + " " + c.openTotal).join(", "));`,
    );
    const run = await exec(process.execPath, ["main.js"], { cwd: app });
    assert.match(run.stdout, /^\d+\.\d+\.\d+ EUR 2345\.10, USD 2795\.74$/m);

    // The README's Node example runs as written, on a copy of the fixture named as it says.
    const readme = await readFile(join(app, "node_modules", "arlens", "README.md"), "utf8");
    const example = readme.match(/```js\n\/\/ example: node\n([\s\S]*?)```/)[1];
    await writeFile(join(app, "example.js"), example);
    const ran = await exec(process.execPath, ["example.js"], { cwd: app });
    assert.match(ran.stdout, /^10 entries, 0 rows skipped$/m);
    assert.match(ran.stdout, /^2024-03-31 USD open 2,795\.74 buckets 400\.00 120\.25 999\.99 75\.00 0\.00$/m);
    // No title row with a report date: the latest document date in the file, 2024-03-15.
    assert.match(ran.stdout, /^as of 2024-03-15 \(latestEvent\)$/m);
    assert.match(ran.stdout, /^2024-03-31 400\.00, 2024-04-30 400\.00, 2024-05-31 400\.00$/m);

    const cli = await exec("npx", ["--offline", "arlens", "report", "ledger.csv", "--as-of", "2024-03-31", "--csv"], { cwd: app });
    assert.match(cli.stdout, /^USD,1250\.50,400\.00,120\.25,999\.99,75\.00,0\.00,-50\.00,2795\.74$/m);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
