// The app over its Web Worker and its service worker, in Chromium: a 1M-row CSV read
// with progress to 100% and a main thread that stays free, a reading cancelled, a trap
// in the worker survived, options re-analysed without re-reading, and the app opening,
// reloading and analysing with its server gone — then picking up a new build.
// Each test has its own server (one of them stops it).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { existsSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { analyze, sampleCsv } from "arlens";
import { launchChromium } from "../../scripts/chromium.mjs";
import { serve } from "../../scripts/serve.mjs";

const DIST = fileURLToPath(new URL("../../dist/", import.meta.url));
const FIXTURE = fileURLToPath(new URL("../fixtures/open-items-10.csv", import.meta.url));
const BIG = join(tmpdir(), "arlens-offline-test-1M.csv");
let browser;

before(async () => {
  browser = await launchChromium();
  // The generator's 500,000 invoices with their payments and credits: about 940,000 rows.
  if (!existsSync(BIG) || statSync(BIG).size < 50e6) await writeFile(BIG, sampleCsv(500_000, 11));
});

after(async () => {
  await browser?.close();
});

/** A fresh browser context (its own service worker) on a server of `root`, with
 * the long tasks of the page, every value its progress bar showed, how often a
 * reading was shown, problems and requests recorded. */
async function openApp(root = DIST) {
  const { server, url } = await serve(0, root);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    window.longTasks = [];
    window.progressSeen = [];
    window.readings = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.longTasks.push(e.duration);
    }).observe({ type: "longtask", buffered: true });
    let reading = null;
    new MutationObserver(() => {
      const bar = document.querySelector("[data-testid=reading-bar]");
      if (bar) window.progressSeen.push(Number(bar.getAttribute("aria-valuenow")));
      const now = document.querySelector("[data-testid=reading]");
      if (now && now !== reading) window.readings++;
      reading = now;
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["aria-valuenow"] });
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`),
    );
  });
  await page.goto(`${url}#/aging`);
  await page.getByTestId("aging-table").waitFor();
  const close = async () => {
    await context.close();
    server.closeAllConnections();
    server.close();
  };
  return { page, problems, server, url, close };
}

const cell = (page, currency, column) => page.getByTestId(`aging-${currency}-${column}`).textContent();

test("a 1M-row CSV is read in the worker with progress to 100% and a free main thread; a reading can be cancelled", async () => {
  const { page, problems, close } = await openApp();
  const sampleTotal = await cell(page, "EUR", "total");

  // Cancelled once it has started: the sample stays, with its figures.
  await page.getByTestId("file-input").setInputFiles(BIG);
  await page.waitForFunction(() => Number(document.querySelector("[data-testid=reading-bar]")?.getAttribute("aria-valuenow")) > 0);
  const facts = await page.getByTestId("reading-facts").textContent();
  assert.match(facts, /^[\d.,]+ of [\d.,]+ MB · [\d,]+ rows$/, facts);
  await page.getByTestId("reading-cancel").click();
  await page.getByTestId("reading").waitFor({ state: "detached" });
  assert.equal(await page.getByTestId("file-name").textContent(), "sample-ledger.csv");
  assert.equal(await cell(page, "EUR", "total"), sampleTotal);

  // The worker goes on: the same file read to the end.
  await page.evaluate(() => {
    window.longTasks.length = 0;
    window.progressSeen.length = 0;
  });
  await page.getByTestId("file-input").setInputFiles(BIG);
  // Every byte read, the rows being made into a ledger: the bar says so.
  await page.getByTestId("reading-facts").filter({ hasText: /^([\d.,]+) of \1 MB · [\d,]+ rows · building the ledger…$/ }).waitFor({ timeout: 180_000 });
  await page.getByTestId("file-name").filter({ hasText: "arlens-offline-test-1M.csv" }).waitFor({ timeout: 180_000 });
  await page.getByTestId("aging-table").waitFor({ timeout: 60_000 });
  const seen = await page.evaluate(() => ({ progress: window.progressSeen, longest: Math.max(0, ...window.longTasks) }));
  assert.equal(Math.max(...seen.progress), 100, `progress seen: ${seen.progress.slice(-5)}`);
  assert.ok(seen.progress.length > 3, `${seen.progress.length} progress values`);
  // The worker reads and analyses; the page only shows (the 200 ms target is the benchmark's).
  assert.ok(seen.longest < 1000, `longest main-thread task ${seen.longest} ms`);
  // The big file's own figures, equal to the package's under Node (not the sample's).
  const { report } = analyze(await readFile(BIG), { asOf: await page.getByTestId("as-of").inputValue() });
  const group = (s) => s.replace(/\B(?=(\d{3})+(?!\d))/g, ","); // thousands separators on the integer part
  for (const c of report.aging.currencies) assert.equal(await cell(page, c.currency, "total"), group(c.openTotal), c.currency);
  assert.notEqual(await cell(page, "EUR", "total"), sampleTotal);
  await page.getByTestId("nav-import").click();
  assert.match(await page.getByTestId("import-counts").textContent(), /^9\d{5} entries imported from 9\d{5} rows; 0 skipped/);
  assert.deepEqual(problems, []);
  await close();
});

test("a trap in the worker shows an error (a file too large when memory ran out), and the next file is read as usual", async () => {
  const { page, problems, close } = await openApp();
  const worker = page.workers().find((w) => w.url().endsWith("/worker.js"));
  assert.ok(worker, `the app's worker: ${page.workers().map((w) => w.url())}`);
  // The drill makes the worker's WebAssembly trap on its next request.
  await worker.evaluate(() => {
    self.__arlensFaultDrill = true;
  });
  const fresh = page.waitForEvent("worker");
  await page.getByTestId("file-input").setInputFiles(FIXTURE);
  const error = page.getByTestId("error");
  await error.waitFor();
  assert.match(await error.textContent(), /^arlens stopped while working on open-items-10\.csv \(.+\), so it shows no figures for it\./);
  // Memory filled until an allocation fails: said as a file too large, in the fresh worker.
  await (await fresh).evaluate(() => {
    self.__arlensFaultDrill = "memory";
  });
  await page.getByTestId("file-input").setInputFiles(FIXTURE);
  await page.getByTestId("error").filter({ hasText: "too large" }).waitFor({ timeout: 120_000 });
  assert.match(
    await error.textContent(),
    /^open-items-10\.csv is too large for arlens in this browser: reading it ran out of memory \(WebAssembly's memory is 4 GB at most\)/,
  );
  await page.getByTestId("file-input").setInputFiles(FIXTURE);
  await page.getByTestId("as-of").fill("2024-03-31");
  await page.getByRole("heading", { name: "Aging at 2024-03-31" }).waitFor();
  assert.equal(await cell(page, "USD", "total"), "2,795.74"); // tests/fixtures/README.md
  assert.deepEqual(problems, []);
  await close();
});

test("an as-of change re-analyses in the worker without reading the file again; the newest change wins", async () => {
  const { page, problems, close } = await openApp();
  const readings = await page.evaluate(() => window.readings);
  for (const date of ["2026-01-31", "2026-02-28", "2026-03-31"]) await page.getByTestId("as-of").fill(date);
  await page.getByRole("heading", { name: "Aging at 2026-03-31" }).waitFor();
  assert.equal(await page.evaluate(() => window.readings), readings, "no reading shown");
  assert.equal(await page.getByTestId("as-of").inputValue(), "2026-03-31");
  assert.deepEqual(problems, []);
  await close();
});

test("after one load the app opens, reloads and analyses with its server gone; a new build is picked up with a note", async () => {
  // A copy of the app, so that a new build can be made of it below.
  const root = await mkdtemp(join(tmpdir(), "arlens-dist-"));
  await cp(DIST, root, { recursive: true });
  let app = await openApp(root);
  const { page, url } = app;
  const cached = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    const keys = await caches.keys();
    const cache = await caches.open(keys[0]);
    return { keys, files: (await cache.keys()).map((r) => new URL(r.url).pathname) };
  });
  assert.equal(cached.keys.length, 1);
  assert.ok(cached.files.includes("/arlens_web_bg.wasm") && cached.files.includes("/worker.js"), cached.files.join(" "));
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  // The server stops: nothing answers at its address any more.
  app.server.closeAllConnections();
  await new Promise((done) => app.server.close(done));
  await assert.rejects(fetch(url));
  await page.reload();
  await page.getByTestId("aging-table").waitFor();
  await page.getByTestId("file-input").setInputFiles(FIXTURE);
  await page.getByTestId("file-name").filter({ hasText: "open-items-10.csv" }).waitFor();
  await page.getByTestId("as-of").fill("2024-03-31");
  await page.getByRole("heading", { name: "Aging at 2024-03-31" }).waitFor();
  assert.equal(await cell(page, "USD", "total"), "2,795.74");
  assert.equal(await cell(page, "EUR", "total"), "2,345.10");
  assert.deepEqual(app.problems, []);

  // A new build on a server at the same address: the open page notes it, the next load runs it.
  const worker = await readFile(join(root, "sw.js"), "utf8");
  const version = worker.match(/^const VERSION = "(.+)";$/m)[1];
  await writeFile(join(root, "sw.js"), worker.replace(`const VERSION = "${version}"`, 'const VERSION = "next-build"'));
  const port = Number(new URL(url).port);
  const again = await serve(port, root);
  await page.reload();
  await page.getByTestId("update-note").waitFor();
  await page.reload();
  await page.getByTestId("aging-table").waitFor();
  assert.deepEqual(await page.evaluate(() => caches.keys()), ["arlens-next-build"]);
  await page.context().close();
  again.server.closeAllConnections();
  again.server.close();
  await rm(root, { recursive: true, force: true });
});
