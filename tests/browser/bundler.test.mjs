// The package in a real bundler: a Vite build of an app that imports `arlens` with no
// init call, loaded in Chromium, gives the figures the package gives under Node.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { chromium } from "playwright-core";
import { analyze, sampleCsv } from "arlens";
import { serve } from "../../scripts/serve.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const exec = promisify(execFile);
let browser, server, url;

before(async () => {
  await exec(`${ROOT}node_modules/.bin/vite`, ["build", "tests/bundler/app"], { cwd: ROOT });
  ({ server, url } = await serve(0, `${ROOT}tests/bundler/dist`));
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
});

after(async () => {
  await browser?.close();
  server?.close();
});

test("a Vite build imports arlens and analyses without an init call", async () => {
  const page = await browser.newPage();
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(url);
  const out = page.locator("#out");
  await out.filter({ hasNotText: "loading" }).waitFor();
  const { report } = analyze(sampleCsv(200, 7), { asOf: "2026-06-30" });
  const want = report.aging.currencies.map((c) => `${c.currency} ${c.openTotal}`).join("\n");
  assert.equal(await out.textContent(), want);
  assert.deepEqual(problems, []);
  await page.close();
});
