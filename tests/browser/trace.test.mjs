// Every figure traced to its documents (issue #17) in Debian's Chromium: a figure on the
// overview, the aging table and the DSO table is a link (reachable by keyboard) to the
// documents behind it, listed in the Members grid with the reconciliation line; the sums
// are the hand-computed ones of core/tests/trace.rs; Back returns to the figure.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { useApp } from "./support.mjs";

const TWO = fileURLToPath(new URL("../fixtures/two-currencies.csv", import.meta.url));
const app = useApp();

/** The app at `hash` with two-currencies.csv at 31 March 2024, recording errors and CSP violations. */
async function openTwoCurrencies(hash) {
  const page = await app.browser.newPage({ viewport: { width: 1366, height: 768 } });
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`));
  });
  await page.goto(app.url + hash);
  await page.getByTestId("app").waitFor();
  await page.getByTestId("as-of-source").filter({ hasText: /\S/ }).waitFor();
  await page.getByTestId("file-input").setInputFiles(TWO);
  await page.getByTestId("file-name").filter({ hasText: "two-currencies.csv" }).waitFor();
  await page.getByTestId("as-of").fill("2024-03-31");
  await page.getByTestId("as-of-source").filter({ hasText: "chosen" }).waitFor();
  return { page, problems };
}

const text = (page, id) => page.getByTestId(id).textContent();
/** The Members grid's column `key` down its first `n` rows. */
async function column(page, key, n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(await text(page, `members-${i}-${key}`));
  return out;
}

test("the overview's receivables open the documents that make them up", async () => {
  const { page, problems } = await openTwoCurrencies("#/overview");
  await page.getByTestId("kpi-USD-receivables-value").filter({ hasText: "950.00" }).waitFor();
  await page.getByTestId("kpi-USD-receivables-value").getByRole("link").click();
  // USD open at 31 Mar: U-1 600.00 + U-3 250.00 − P-2 200.00 + U-4 300.00 = 950.00.
  await page.getByTestId("trace-reconciliation").filter({ hasText: "4 documents, 950.00 — equals the figure." }).waitFor();
  assert.match(page.url(), /#\/invoices\?.*trace=aging%2FUSD%2Fopen/);
  assert.equal(await text(page, "trace-label"), "Open at 2024-03-31, USD");
  await page.getByTestId("members-count").filter({ hasText: /^4 documents$/ }).waitFor();
  assert.deepEqual(await column(page, "document", 4), ["U-1", "U-3", "P-2", "U-4"]);
  assert.deepEqual(await column(page, "value", 4), ["600.00", "250.00", "-200.00", "300.00"]);
  // Each with the row of the file it was read from (the header is line 1).
  assert.deepEqual(await column(page, "row", 4), ["2", "6", "8", "10"]);
  assert.equal(await text(page, "members-total-USD-value"), "950.00");
  // Back returns to the overview.
  await page.goBack();
  await page.getByTestId("kpi-USD-receivables-value").waitFor();
  // The trend's table: February's DSO = AR 1,350 (29 Feb) / sales 150 (U-3 250 − CN-1 100) × 29 = 261.
  await page.getByTestId("trend-chart-switch").click();
  await page.getByTestId("trend-chart-table-2024-02-dso").getByRole("link").filter({ hasText: "261.0" }).click();
  await page.getByTestId("trace-reconciliation").filter({ hasText: "2 inputs — the figure recomputed from them is 261.0, as shown." }).waitFor();
  assert.equal(await text(page, "trace-input-creditSales"), "Credit sales 2024-02-01 to 2024-02-29: 2 documents, 150.00");
  assert.deepEqual(problems, []);
  await page.close();
});

test("an aging cell is a link reachable by keyboard to its documents", async () => {
  const { page, problems } = await openTwoCurrencies("#/aging");
  const cell = page.getByTestId("aging-USD-b1").getByRole("link");
  await cell.filter({ hasText: "600.00" }).waitFor();
  await cell.focus();
  await page.keyboard.press("Enter");
  // 31–60 days: U-1 only, 1,000 − P-1 400 = 600.00, 56 days past due.
  await page.getByTestId("trace-reconciliation").filter({ hasText: "1 document, 600.00 — equals the figure." }).waitFor();
  await page.getByTestId("members-count").filter({ hasText: /^1 document$/ }).waitFor();
  assert.equal(await text(page, "members-0-document"), "U-1");
  assert.equal(await text(page, "members-0-days"), "56");
  // "Show every open document" leaves the figure for the open documents' grid.
  await page.getByTestId("trace-clear").click();
  await page.getByTestId("invoices-count").filter({ hasText: /^4 open documents$/ }).waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test("DSO lists its inputs, each with its documents and total", async () => {
  const { page, problems } = await openTwoCurrencies("#/collections");
  await page.getByTestId("dso-USD-dso").getByRole("link").filter({ hasText: "98.2" }).click();
  // DSO = 950.00 / 300.00 × 31 = 98.2 days.
  await page.getByTestId("trace-reconciliation").filter({ hasText: "2 inputs — the figure recomputed from them is 98.2, as shown." }).waitFor();
  assert.equal(await text(page, "trace-value"), "98.2");
  assert.equal(await text(page, "trace-input-arEnd"), "Receivables at 2024-03-31: 4 documents, 950.00");
  assert.equal(await text(page, "trace-input-creditSales"), "Credit sales 2024-03-01 to 2024-03-31: 1 document, 300.00");
  // The first input is shown first; the other on a click.
  assert.equal(await page.getByTestId("trace-input-arEnd").getAttribute("aria-pressed"), "true");
  await page.getByTestId("members-count").filter({ hasText: /^4 documents$/ }).waitFor();
  await page.getByTestId("trace-input-creditSales").click();
  await page.getByTestId("members-count").filter({ hasText: /^1 document$/ }).waitFor();
  assert.equal(await text(page, "members-0-document"), "U-4");
  assert.equal(await text(page, "members-total-USD-value"), "300.00");
  assert.deepEqual(problems, []);
  await page.close();
});
