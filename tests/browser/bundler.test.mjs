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
let browser, server, url, plainServer, plainUrl;

before(async () => {
  await exec(`${ROOT}node_modules/.bin/vite`, ["build", "tests/bundler/app"], { cwd: ROOT });
  ({ server, url } = await serve(0, `${ROOT}tests/bundler/dist`));
  ({ server: plainServer, url: plainUrl } = await serve(0, ROOT));
  browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
});

after(async () => {
  await browser?.close();
  server?.close();
  plainServer?.close();
});

/** The figures the page should show: the package's own, under Node. */
function expected() {
  const { report } = analyze(sampleCsv(200, 7), { asOf: "2026-06-30" });
  return report.aging.currencies.map((c) => `${c.currency} ${c.openTotal}`).join("\n");
}

/** A page recording console errors and page errors. */
async function open(address) {
  const page = await browser.newPage();
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  await page.goto(address);
  return { page, problems };
}

test("a Vite build imports arlens and analyses without an init call, also in a module worker and through arlens/worker", async () => {
  const { page, problems } = await open(url);
  for (const id of ["#out", "#worker", "#helper"]) {
    const out = page.locator(id);
    await out.filter({ hasNotText: "loading" }).waitFor();
    assert.equal(await out.textContent(), expected(), id);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test("a page without a bundler loads web.js and calls init() once", async () => {
  const { page, problems } = await open(`${plainUrl}tests/bundler/plain.html`);
  const out = page.locator("#out");
  await out.filter({ hasNotText: "loading" }).waitFor();
  assert.equal(await out.textContent(), expected());
  assert.deepEqual(problems, []);
  await page.close();
});
