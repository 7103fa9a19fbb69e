// Figures traced and files saved, in the app in headless Chromium (the worker's
// WebAssembly): at 100k and 1M open documents (an open-items CSV written here, every row an
// open invoice), the time from a click on the overview's receivables to the reconciliation
// line of its documents; at 100k, the time from a click to the download of the invoices
// grid as CSV and as XLSX, and of the whole-analysis workbook.
//   make bench-export        (BENCH_SIZES=100k limits the sizes; builds dist/ first)
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { launchChromium } from "./chromium.mjs";
import { openItems } from "./open-items.mjs";
import { serve } from "./serve.mjs";

const SIZES = [
  ["100k", 100_000],
  ["1M", 1_000_000],
].filter(([label]) => !process.env.BENCH_SIZES || process.env.BENCH_SIZES.split(",").includes(label));
const RUNS = 3;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => (x === undefined ? "—" : `${x.toFixed(0)} ms`);

/** Milliseconds from a click on `testid` to the download it starts. */
async function download(page, testid) {
  const start = performance.now();
  const [file] = await Promise.all([page.waitForEvent("download", { timeout: 600_000 }), page.getByTestId(testid).click()]);
  const took = performance.now() - start;
  await file.delete();
  return took;
}

const { server, url } = await serve(0);
const browser = await launchChromium();
console.log(`chromium ${browser.version()}`);
console.log("\n| open documents | trace: receivables → reconciliation | grid → CSV | grid → XLSX | whole workbook |");
console.log("|---|---|---|---|---|");
try {
  for (const [label, n] of SIZES) {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${url}#/overview`);
    await page.getByTestId("as-of-source").filter({ hasText: /\S/ }).waitFor();
    const dir = fileURLToPath(new URL("../target/bench-data/", import.meta.url));
    mkdirSync(dir, { recursive: true });
    const path = `${dir}open-${label}.csv`;
    writeFileSync(path, openItems(n));
    await page.getByTestId("file-input").setInputFiles(path);
    await page.getByTestId("file-name").filter({ hasText: `open-${label}.csv` }).waitFor({ timeout: 300_000 });
    await page.getByTestId("as-of").fill("2026-06-30");
    await page.getByTestId("as-of-source").filter({ hasText: "chosen" }).waitFor({ timeout: 300_000 });
    const overview = page.url();
    const runs = { trace: [], csv: [], xlsx: [], workbook: [] };
    const count = new RegExp(`^${n} documents, `);
    for (let r = 0; r < RUNS; r++) {
      await page.goto(overview);
      const link = page.getByTestId("kpi-USD-receivables-value").getByRole("link");
      await link.waitFor({ timeout: 300_000 });
      const start = performance.now();
      await link.click();
      await page.getByTestId("trace-reconciliation").filter({ hasText: count }).waitFor({ timeout: 300_000 });
      await page.getByTestId("members-0-document").waitFor({ timeout: 300_000 });
      runs.trace.push(performance.now() - start);
      if (n <= 100_000) {
        await page.getByTestId("trace-clear").click();
        await page.getByTestId("invoices-0-document").waitFor({ timeout: 300_000 });
        runs.csv.push(await download(page, "invoices-csv"));
        runs.xlsx.push(await download(page, "invoices-xlsx"));
        runs.workbook.push(await download(page, "export-workbook"));
      }
    }
    console.log(`| ${label} | ${ms(median(runs.trace))} | ${ms(median(runs.csv))} | ${ms(median(runs.xlsx))} | ${ms(median(runs.workbook))} |`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
