// The app in headless Chromium on generated ledgers: file drop → aging shown, and an
// as-of change → figures re-rendered (the Ledger handle re-analyses, no re-import), on the
// Aging view (one analysis) and on the Overview (two: the as-of date and the end of the
// previous period, for the cards' changes, and its charts).
//   make bench-app        (BENCH_SIZES=10k limits the files; builds dist/ first)
import { launchChromium } from "./chromium.mjs";
import { performance } from "node:perf_hooks";
import { serve } from "./serve.mjs";
import { generated } from "./bench-lib.mjs";

const SIZES = [["10k", 10_000], ["100k", 100_000]].filter(([label]) => !process.env.BENCH_SIZES || process.env.BENCH_SIZES.split(",").includes(label));
const DATES = ["2026-05-31", "2026-04-30", "2026-03-31", "2026-02-28", "2026-01-31", "2025-12-31", "2025-11-30"];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const { server, url } = await serve(0);
const browser = await launchChromium();
console.log(`chromium ${browser.version()}`);
console.log("| ledger | file | view | drop → figures shown | as-of change → re-rendered (median of 7) | slowest as-of change |");
console.log("|---|---|---|---|---|---|");
try {
  for (const [label, invoices] of SIZES) {
    const { path, bytes } = generated(label, invoices, "csv", "invoices");
    for (const view of ["aging", "overview"]) {
      const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
      await page.goto(`${url}#/${view}`);
      await page.locator(`main[data-view="${view}"]`).waitFor();
      // The figures at a date: the aging table's heading, or the aging chart's label.
      const shownAt = (date) =>
        view === "aging"
          ? page.getByRole("heading", { name: `Aging at ${date}` })
          : page.locator(`[data-testid="aging-chart-img"][aria-label^="Aging at ${date}."]`);
      const dropStart = performance.now();
      await page.getByTestId("file-input").setInputFiles(path);
      await page.getByTestId("file-name").filter({ hasText: path.split("/").at(-1) }).waitFor();
      await shownAt("2026-06-30").waitFor({ timeout: 120_000 });
      const drop = performance.now() - dropStart;
      const changes = [];
      for (const date of DATES) {
        // Timed in the page: from the change event to the frame after the new figures are in the DOM.
        const ms = await page.evaluate(async ({ date, view }) => {
          const input = document.querySelector('[data-testid="as-of"]');
          const start = performance.now();
          input.value = date;
          input.dispatchEvent(new Event("change", { bubbles: true }));
          const shown = () =>
            view === "aging"
              ? [...document.querySelectorAll("h2")].some((h) => h.textContent === `Aging at ${date}`)
              : document.querySelector('[data-testid="aging-chart-img"]')?.getAttribute("aria-label")?.startsWith(`Aging at ${date}.`);
          while (!shown()) await new Promise((r) => setTimeout(r, 0));
          await new Promise((r) => requestAnimationFrame(() => r()));
          return performance.now() - start;
        }, { date, view });
        changes.push(ms);
      }
      console.log(`| ${label} invoices | ${(bytes.length / 1e6).toFixed(1)} MB | ${view} | ${drop.toFixed(0)} ms | ${median(changes).toFixed(0)} ms | ${Math.max(...changes).toFixed(0)} ms |`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
