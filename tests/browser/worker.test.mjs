// `arlens/worker` in Chromium, from a page without a bundler (tests/bundler/worker.html):
// a File read in the worker with progress to 100%, the figures the package gives under
// Node, cancel of a reading and of a queued call, located errors, and a main thread that
// stays free while a large file is read.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { analyze, sampleCsv } from "arlens";
import { serve } from "../../scripts/serve.mjs";
import { launchChromium } from "../../scripts/chromium.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const AS_OF = "2026-06-30";
let browser, server, page;
const problems = [];

before(async () => {
  let url;
  ({ server, url } = await serve(0, ROOT));
  browser = await launchChromium();
  page = await browser.newPage();
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(e.message));
  page.on("request", (r) => r.url().startsWith("http://127.0.0.1") || problems.push(`request to ${r.url()}`));
  await page.goto(`${url}tests/bundler/worker.html`);
  await page.locator("#out", { hasText: "ready" }).waitFor();
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Open totals per currency, as the page and Node both write them. */
const totals = (report) => report.aging.currencies.map((c) => `${c.currency} ${c.openTotal}`).join("\n");

test("a File read in the worker reports progress to 100% and gives Node's figures", async () => {
  const text = new TextDecoder().decode(sampleCsv(20_000, 3));
  const seen = await page.evaluate(
    async ({ text, asOf }) => {
      const file = new File([text], "ledger.csv");
      const progress = [];
      const ledger = await window.arlens.openLedgerStream(file, { fileName: file.name, onProgress: (p) => progress.push(p) });
      const report = await ledger.analyze({ asOf });
      const headline = await ledger.headline({ asOf });
      await ledger.free();
      const freed = await ledger.analyze({ asOf }).catch((e) => `${e instanceof window.ArlensError} ${e.kind}`);
      return { progress, size: file.size, summary: ledger.summary, totals: report.aging.currencies.map((c) => `${c.currency} ${c.openTotal}`).join("\n"), cards: headline.currencies.length, freed };
    },
    { text, asOf: AS_OF },
  );
  const expected = analyze(new TextEncoder().encode(text), { asOf: AS_OF });
  assert.equal(seen.totals, totals(expected.report));
  assert.equal(seen.summary.entries, expected.import.entries);
  assert.equal(seen.cards, expected.report.aging.currencies.length);
  const last = seen.progress.at(-1);
  assert.deepEqual([last.bytes, last.total, last.done], [seen.size, seen.size, true]);
  assert.ok(seen.progress.length > 2, `${seen.progress.length} progress reports`);
  assert.equal(seen.freed, "true freed");
  assert.deepEqual(problems, []);
});

test("a reading and a queued call can be cancelled, and the worker goes on", async () => {
  const text = new TextDecoder().decode(sampleCsv(40_000, 5));
  const seen = await page.evaluate(
    async ({ text, asOf }) => {
      const file = new File([text], "big.csv");
      const controller = new AbortController();
      let reports = 0;
      const reading = window.arlens.openLedgerStream(file, {
        signal: controller.signal,
        onProgress: () => ++reports === 2 && controller.abort(),
      });
      const aborted = await reading.then(
        () => "finished",
        (e) => e.name,
      );
      // A newer as-of date replaces an older one: the older call, cancelled while queued,
      // rejects at once here and is dropped unrun in the worker (its reply says so).
      const ledger = await window.arlens.openLedgerStream(new File([text], "big.csv"));
      window.workerReplies.length = 0;
      // Behind a call that keeps the worker busy, the older one is still queued when
      // it is cancelled.
      const busy = ledger.analyze({ asOf: "2025-12-31" });
      const older = new AbortController();
      const first = ledger.analyze({ asOf: "2026-03-31" }, { signal: older.signal });
      const second = ledger.analyze({ asOf });
      await new Promise((resolve) => setTimeout(resolve, 5));
      older.abort();
      const outcomes = await Promise.allSettled([first, second, busy]);
      await ledger.free();
      const dropped = window.workerReplies.filter((r) => r.error?.message === "cancelled before it ran").length;
      return { aborted, first: outcomes[0].reason?.name, second: outcomes[1].value?.asOf, dropped };
    },
    { text, asOf: AS_OF },
  );
  assert.deepEqual(seen, { aborted: "AbortError", first: "AbortError", second: AS_OF, dropped: 1 });
});

test("errors arrive as located ArlensErrors, with the inspection for missing columns", async () => {
  const seen = await page.evaluate(async () => {
    const file = new File(["Name,Total\nAcme,12\n"], "summary.csv");
    return window.arlens.openLedgerStream(file, { fileName: file.name }).then(
      () => "opened",
      (e) => ({ arlens: e instanceof window.ArlensError, kind: e.kind, file: e.file, headers: e.inspection?.headers }),
    );
  });
  assert.deepEqual(seen, { arlens: true, kind: "missingColumns", file: "summary.csv", headers: ["Name", "Total"] });
});

test("the main thread stays free while a 100k-row file is read and analysed in the worker", async () => {
  const text = new TextDecoder().decode(sampleCsv(50_000, 9));
  const seen = await page.evaluate(
    async ({ text, asOf }) => {
      const file = new File([text], "large.csv");
      window.longTasks.length = 0;
      const ledger = await window.arlens.openLedgerStream(file);
      const report = await ledger.analyze({ asOf });
      await ledger.free();
      return { entries: ledger.summary.entries, currencies: report.aging.currencies.length, longest: Math.max(0, ...window.longTasks) };
    },
    { text, asOf: AS_OF },
  );
  assert.ok(seen.entries > 90_000, JSON.stringify(seen));
  // The worker's work is not the page's: no main-thread task near the second it takes.
  assert.ok(seen.longest < 200, `longest main-thread task ${seen.longest} ms`);
});
