// The app in headless Chromium on generated ledgers, reading and analysing in its Web
// Worker (the files of `make bench-peers`: transaction ledgers of 10k, 100k and 1M rows
// and of 10k and 100k rows as xlsx):
// - the first load: time to the sample's first figures, and the gzipped bytes downloaded;
// - file drop → the overview's figures shown (the median and the slowest of several drops,
//   each on a fresh page, 2 s after the sample showed: one run on a shared machine swings by
//   a third; timed in the page, see `dropOnOverview`), with the longest main-thread task
//   meanwhile, and → its cards' changes shown (the previous period's figures follow the
//   report);
// - an as-of change → figures re-rendered (the worker's Ledger handle re-analyses, no
//   re-reading), on the Aging view and on the Overview (its figures; the end of the
//   previous period, for the cards' changes, is analysed after them), with the longest task.
//   make bench-app        (BENCH_SIZES=10k,100k limits the files, BENCH_DROPS=5 the drops of
//                          each on a fresh page; builds dist/ first)
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { launchChromium } from "./chromium.mjs";
import { serve } from "./serve.mjs";
import { dropOnOverview, generated } from "./bench-lib.mjs";

const DIST = new URL("../dist/", import.meta.url);
const FILES = [
  ["10k", 5_000, "csv"],
  ["100k", 50_000, "csv"],
  ["1M", 500_000, "csv"],
  ["10k", 5_000, "xlsx"],
  ["100k", 50_000, "xlsx"],
].filter(([label]) => !process.env.BENCH_SIZES || process.env.BENCH_SIZES.split(",").includes(label));
const DATES = ["2026-05-31", "2026-04-30", "2026-03-31", "2026-02-28", "2026-01-31", "2025-12-31", "2025-11-30"];

/** Drops of each file, each on a fresh page: the table gives their median and slowest. */
const DROPS = Number(process.env.BENCH_DROPS ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;

const { server, url } = await serve(0);
const browser = await launchChromium();
console.log(`chromium ${browser.version()}`);

/** A page of a fresh context (no service worker yet) recording its long tasks and
 * when the aging table first appeared. */
async function newPage() {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.longTasks.push(e.duration);
    }).observe({ type: "longtask", buffered: true });
    new MutationObserver((_, observer) => {
      if (document.querySelector('[data-testid="aging-table"]')) {
        window.firstFigures = performance.now();
        observer.disconnect();
      }
    }).observe(document, { subtree: true, childList: true });
  });
  return { context, page };
}
const longest = (page) => page.evaluate(() => Math.max(0, ...window.longTasks.splice(0)));

try {
  // The first load: every file the page and its worker ask for, gzipped as a server would.
  {
    const { context, page } = await newPage();
    const asked = new Set();
    page.on("request", (r) => asked.add(new URL(r.url()).pathname));
    await page.goto(`${url}#/aging`);
    await page.getByTestId("aging-table").waitFor();
    const first = await page.evaluate(() => window.firstFigures);
    const files = [...asked].map((p) => (p === "/" ? "index.html" : p.slice(1)));
    const sizes = files.map((f) => {
      const bytes = readFileSync(new URL(f, DIST));
      return { f, raw: bytes.length, gz: gzipSync(bytes, { level: 6 }).length };
    });
    const gz = sizes.reduce((s, x) => s + x.gz, 0);
    const raw = sizes.reduce((s, x) => s + x.raw, 0);
    console.log(`\nfirst load: sample's figures at ${ms(first)} after navigation start; longest task ${ms(await longest(page))}`);
    console.log(`downloaded: ${(gz / 1024).toFixed(0)} KB gzipped (${(raw / 1024).toFixed(0)} KB) in ${files.length} files: ${sizes.map((x) => `${x.f} ${(x.gz / 1024).toFixed(0)} KB`).join(", ")}`);
    await context.close();
  }

  console.log(`\n| file | size | drop → overview shown (median of ${DROPS}) | → its changes shown | longest main-thread task (any drop) | as-of change, aging (median of 7) | as-of change, overview (median of 7) | → its changes shown | longest task during the changes |`);
  console.log("|---|---|---|---|---|---|---|---|---|");
  for (const [label, invoices, ext] of FILES) {
    const { path } = generated(label, invoices, ext, "transactions", { read: false });
    const size = readFileSync(path).length;
    // Each drop on a page of its own (a fresh worker, as a user's first drop meets it); the
    // as-of changes on the last one.
    const drops = [];
    let context;
    let page;
    for (let round = 0; round < DROPS; round++) {
      if (context) await context.close();
      ({ context, page } = await newPage());
      await page.goto(`${url}#/overview`);
      await page.locator('[data-testid="aging-chart-img"]').waitFor();
      await longest(page);
      const [drop, compared] = await dropOnOverview(page, path);
      drops.push([drop, compared, await longest(page)]);
    }
    const drop = median(drops.map((d) => d[0]));
    const compared = median(drops.map((d) => d[1]));
    const slowest = Math.max(...drops.map((d) => d[0]));
    const dropLongest = Math.max(...drops.map((d) => d[2]));
    const shownAt = (view, date) =>
      view === "aging"
        ? page.getByRole("heading", { name: `Aging at ${date}` })
        : page.locator(`[data-testid="aging-chart-img"][aria-label^="Aging at ${date}."]`);
    const changes = {};
    const compares = [];
    for (const view of ["aging", "overview"]) {
      await page.getByTestId(`nav-${view}`).click();
      await shownAt(view, await page.getByTestId("as-of").inputValue()).waitFor({ timeout: 300_000 });
      changes[view] = [];
      compares.length = 0;
      for (const date of DATES) {
        // Timed in the page: from the change event to the frame after the new figures are in the DOM.
        const took = await page.evaluate(
          async ({ date, view }) => {
            const input = document.querySelector('[data-testid="as-of"]');
            const start = performance.now();
            input.value = date;
            input.dispatchEvent(new Event("change", { bubbles: true }));
            const shown = () =>
              view === "aging"
                ? [...document.querySelectorAll("h2")].some((h) => h.textContent === `Aging at ${date}`)
                : document.querySelector('[data-testid="aging-chart-img"]')?.getAttribute("aria-label")?.startsWith(`Aging at ${date}.`);
            while (!shown()) await new Promise((r) => setTimeout(r, 5));
            await new Promise((r) => requestAnimationFrame(() => r()));
            const figures = performance.now() - start;
            // The overview's cards' changes follow its figures.
            const busy = () => document.querySelector('[data-testid="kpis"]')?.getAttribute("aria-busy") === "true";
            while (view === "overview" && busy()) await new Promise((r) => setTimeout(r, 5));
            return [figures, performance.now() - start];
          },
          { date, view },
        );
        changes[view].push(took[0]);
        if (view === "overview") compares.push(took[1]);
      }
    }
    const changeLongest = await longest(page);
    console.log(
      `| ${label} ${ext} | ${(size / 1e6).toFixed(1)} MB | ${ms(drop)} (slowest ${ms(slowest)}) | ${ms(compared)} | ${ms(dropLongest)} | ${ms(median(changes.aging))} | ${ms(median(changes.overview))} | ${ms(median(compares))} | ${ms(changeLongest)} |`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
