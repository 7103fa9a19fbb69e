// The spreadsheet-style grids (issue #16) in Debian's Chromium: sort, filters, search and
// totals as the core computes them, keyboard navigation and range selection, the copied
// TSV, a 100k-invoice ledger virtualised (fewer than 300 rows in the DOM, Ctrl+End reaching
// the last), drill-down and Back keeping the grid's state, no CSP violation.
import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { analyze, sampleCsv } from "arlens";
import { useApp } from "./support.mjs";

const TWO = fileURLToPath(new URL("../fixtures/two-currencies.csv", import.meta.url));
const app = useApp();

/** The app at `hash`, recording console errors, CSP violations and what was copied. */
async function openApp(hash, viewport = { width: 1366, height: 768 }) {
  const page = await app.browser.newPage({ viewport });
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`));
    // What the page writes to the clipboard, as the clipboard receives it.
    window.copied = [];
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    navigator.clipboard.writeText = (text) => {
      window.copied.push(text);
      return write(text).catch(() => undefined);
    };
  });
  await page.goto(app.url + hash);
  await page.getByTestId("app").waitFor();
  await page.getByTestId("as-of-source").filter({ hasText: /\S/ }).waitFor();
  return { page, problems };
}

async function twoCurrencies(page) {
  await page.getByTestId("file-input").setInputFiles(TWO);
  await page.getByTestId("file-name").filter({ hasText: "two-currencies.csv" }).waitFor();
  await page.getByTestId("as-of").fill("2024-03-31");
  await page.getByTestId("as-of-source").filter({ hasText: "chosen" }).waitFor();
}

const text = (page, id) => page.getByTestId(id).textContent();
const hashParam = (page, key) => page.evaluate((k) => new URLSearchParams(location.hash.split("?")[1] ?? "").get(k), key);

test("the invoice grid sorts, filters, totals and copies as the core says", async () => {
  const { page, problems } = await openApp("#/invoices");
  await twoCurrencies(page);
  // USD at 31 March: U-1 600.00 (1,000 − P-1 400), U-3 250.00, U-4 300.00, and P-2's
  // unapplied 200.00 as a credit (700 − CN-1's 100 and U-2's 500 … see two_currencies.rs).
  await page.getByTestId("invoices-count").filter({ hasText: /^4 open documents$/ }).waitFor();
  // Sort by open amount: ascending, then descending.
  await page.getByTestId("invoices-head-open").locator("button").click();
  await page.getByTestId("invoices-0-open").filter({ hasText: "-200.00" }).waitFor();
  assert.equal(await page.getByTestId("invoices-head-open").getAttribute("aria-sort"), "ascending");
  await page.getByTestId("invoices-head-open").locator("button").click();
  await page.getByTestId("invoices-0-open").filter({ hasText: "600.00" }).waitFor();
  assert.equal(await text(page, "invoices-0-document"), "U-1");
  assert.equal(await hashParam(page, "sort"), "-open");
  // The totals row: 600 + 250 + 300 − 200 = 950.00, 100% of USD's open total.
  assert.equal(await text(page, "invoices-total-USD-open"), "950.00");
  assert.equal(await text(page, "invoices-share-USD-open"), "100.0 %");
  // Status "open" leaves U-1, U-4, U-3: 1,150.00, which is 1,150 / 950 = 121.05…% of the total.
  await page.getByTestId("invoices-filter-status").selectOption("open");
  await page.getByTestId("invoices-count").filter({ hasText: /^3 of 4 open documents$/ }).waitFor();
  assert.equal(await text(page, "invoices-total-USD-open"), "1,150.00");
  assert.equal(await text(page, "invoices-share-USD-open"), "121.1 %");
  assert.equal(await hashParam(page, "f.status"), "open");
  // A days range: 1 or more days past due leaves U-1 (56) and U-3 (15).
  await page.getByTestId("invoices-filter-days-from").fill("1");
  await page.getByTestId("invoices-filter-days-from").press("Enter");
  await page.getByTestId("invoices-count").filter({ hasText: /^2 of 4/ }).waitFor();
  assert.equal(await text(page, "invoices-total-USD-open"), "850.00");
  // The search reads every text cell: "birch" finds nothing among U-1 and U-3 (Acme's).
  await page.getByTestId("invoices-search").fill("birch");
  await page.getByTestId("invoices-count").filter({ hasText: /^0 of 4/ }).waitFor();
  await page.getByTestId("invoices-search").fill("ACME");
  await page.getByTestId("invoices-count").filter({ hasText: /^2 of 4/ }).waitFor();
  await page.getByTestId("invoices-filter-days-from").fill("");
  await page.getByTestId("invoices-filter-days-from").press("Enter");
  await page.getByTestId("invoices-search").fill("");
  await page.getByTestId("invoices-count").filter({ hasText: /^3 of 4/ }).waitFor();

  // Keyboard: from U-1's open amount, Shift+End and Shift+Down select two rows to the
  // last column.
  await page.getByTestId("invoices-0-open").click();
  const grid = page.getByTestId("invoices");
  assert.equal(await grid.getAttribute("aria-activedescendant"), "invoices-r0-c2");
  await page.keyboard.press("Shift+End");
  await page.keyboard.press("Shift+ArrowDown");
  assert.equal(await grid.locator('[role="gridcell"][aria-selected="true"]').count(), 2 * 11);
  await page.keyboard.press("Control+c");
  await page.getByTestId("invoices-status").filter({ hasText: "Copied 2 rows × 11 columns" }).waitFor();
  // Numbers plain (no grouping), dates ISO: a spreadsheet reads them as numbers and dates.
  assert.deepEqual(await page.evaluate(() => window.copied), [
    "600.00\t56\t31–60\t1000.00\t2024-02-04\t2024-01-05\topen\tinvoice\tUSD\tC1\t2\r\n" +
      "300.00\t-19\tNot due\t300.00\t2024-04-19\t2024-03-20\topen\tinvoice\tUSD\tC2\t10\r\n",
  ]);
  // Arrows move the active cell; Home goes to the first column, Ctrl+End to the last cell.
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Home");
  assert.equal(await grid.getAttribute("aria-activedescendant"), "invoices-r2-c0");
  assert.equal(await grid.locator('[aria-selected="true"]').count(), 1);
  // Shift+click extends the range from there: rows 1–2 × columns 0–2, the clicked cell active.
  await page.getByTestId("invoices-1-open").click({ modifiers: ["Shift"] });
  assert.equal(await grid.getAttribute("aria-activedescendant"), "invoices-r1-c2");
  await grid.locator('[role="gridcell"][aria-selected="true"]').nth(5).waitFor();
  assert.equal(await grid.locator('[role="gridcell"][aria-selected="true"]').count(), 2 * 3);
  assert.deepEqual(await grid.locator(".gc.active").evaluateAll((cells) => cells.map((c) => c.id)), ["invoices-r1-c2"]);
  await page.keyboard.press("Control+Home");
  assert.equal(await grid.getAttribute("aria-activedescendant"), "invoices-r0-c0");
  await page.keyboard.press("Control+End");
  assert.equal(await grid.getAttribute("aria-activedescendant"), "invoices-r2-c12");
  // Another view and Back: the same sort and filter (the hash keeps them; a reload would
  // open the sample, the file being only in memory).
  await page.getByTestId("nav-overview").click();
  await page.locator('main[data-view="overview"]').waitFor();
  await page.goBack();
  await page.getByTestId("invoices-count").filter({ hasText: /^3 of 4/ }).waitFor();
  assert.equal(await text(page, "invoices-0-document"), "U-1");
  assert.deepEqual(problems, []);
  await page.close();
});

test("a 100k-invoice ledger: every open document declared, fewer than 300 rows in the DOM, Ctrl+End reaches the last", async () => {
  const bytes = sampleCsv(100_000, 11);
  const asOf = "2025-12-31";
  const expected = analyze(bytes, { asOf, aging: { items: true } }).report.aging.items;
  const { page, problems } = await openApp("#/invoices");
  await page.getByTestId("file-input").setInputFiles({ name: "large.csv", mimeType: "text/csv", buffer: Buffer.from(bytes) });
  await page.getByTestId("file-name").filter({ hasText: "large.csv" }).waitFor({ timeout: 60_000 });
  await page.getByTestId("as-of").fill(asOf);
  await page.getByTestId("as-of-source").filter({ hasText: "chosen" }).waitFor();
  const grid = page.getByTestId("invoices");
  await page.getByTestId("invoices-0-open").waitFor({ timeout: 60_000 });
  const currency = await page.getByTestId("invoices-0-currency").textContent();
  const ours = expected.filter((i) => i.currency === currency);
  assert.ok(ours.length > 10_000, `${ours.length} open ${currency} documents`);
  await page.getByTestId("invoices-count").filter({ hasText: new RegExp(`^${ours.length.toLocaleString("en-CA")} open documents$`) }).waitFor();
  const rowcount = Number(await grid.getAttribute("aria-rowcount"));
  assert.equal(rowcount, ours.length + 2 + 2); // header and filter rows, one currency's totals and share
  const bodyRows = () => grid.locator('.grid-body [role="row"]').count();
  assert.ok((await bodyRows()) < 300, `${await bodyRows()} rows in the DOM`);
  // Sorted by open amount, largest first: the package's largest.
  await page.getByTestId("invoices-head-open").locator("button").click();
  await page.getByTestId("invoices-head-open").locator("button").click();
  const largest = ours.reduce((m, i) => (Number(i.open) > Number(m.open) ? i : m));
  await page.getByTestId("invoices-0-document").filter({ hasText: new RegExp(`^${largest.id}$`) }).waitFor();
  // Ctrl+End: the last row, in the DOM with its index, the first rows gone.
  await page.getByTestId("invoices-0-document").click();
  await page.keyboard.press("Control+End");
  const last = grid.locator(`[role="row"][aria-rowindex="${ours.length + 2}"]`);
  await last.waitFor();
  await page.getByTestId(`invoices-${ours.length - 1}-document`).filter({ hasText: /\S/ }).waitFor();
  assert.equal(await grid.getAttribute("aria-activedescendant"), `invoices-r${ours.length - 1}-c12`);
  assert.equal(await page.getByTestId("invoices-0-document").count(), 0);
  assert.ok((await bodyRows()) < 300, `${await bodyRows()} rows in the DOM at the end`);
  // The smallest open amount is last.
  const smallest = ours.reduce((m, i) => (Number(i.open) < Number(m.open) ? i : m));
  assert.equal(Number((await page.getByTestId(`invoices-${ours.length - 1}-open`).textContent()).replaceAll(",", "")), Number(smallest.open));
  // Page Up moves by a screen of rows; the first row in view goes to the hash.
  await page.keyboard.press("PageUp");
  await page.waitForFunction(() => /[?&]row=\d+/.test(location.hash));
  // Scrolled up and down by steps of a few rows and by jumps (row elements move from one
  // end to the other, or are all rewritten): the DOM holds consecutive rows in their order,
  // each with its index and its own cells, row 5,000 (150,000 px at 30 px a row) among them.
  for (const top of [120_000, 119_100, 119_400, 121_500, 150_030, 150_000]) {
    await grid.evaluate((g, t) => {
      g.scrollTop = t;
      return new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }, top);
  }
  await page.waitForFunction(() => !document.querySelector('[data-testid="invoices"] .grid-body [aria-busy="true"]'));
  const shown = await grid.locator('.grid-body [role="row"]').evaluateAll((rows) =>
    rows.map((r) => ({
      row: Number(r.dataset.row),
      index: Number(r.getAttribute("aria-rowindex")),
      document: r.querySelector('[data-testid$="-document"]'),
    })).map(({ row, index, document }) => ({ row, index, id: document.dataset.testid, text: document.textContent })),
  );
  assert.ok(shown.length > 10 && shown.length < 300, `${shown.length} rows in the DOM`);
  assert.ok(shown[0].row <= 5_000 && 5_000 < shown[0].row + shown.length, `rows ${shown[0].row}… in the DOM`);
  shown.forEach((r, k) => {
    assert.equal(r.row, shown[0].row + k, "consecutive rows in order");
    assert.equal(r.index, r.row + 3, "the row's aria-rowindex");
    assert.equal(r.id, `invoices-${r.row}-document`, "the row's own cells");
    assert.match(r.text, /\S/, `row ${r.row}'s document`);
  });
  assert.deepEqual(problems, []);
  await page.close();
});

test("a customer row opens the customer, and the way back keeps the grid's sort, filter and scroll", async () => {
  const { page, problems } = await openApp("#/customers");
  await twoCurrencies(page);
  await page.getByTestId("customers-count").filter({ hasText: /^2 customers$/ }).waitFor(); // USD: Acme, Birch
  // Smallest open total first: Birch 100.00 (U-4 300 − P-2's 200), then Acme 850.00.
  await page.getByTestId("customers-head-open").locator("button").click();
  await page.getByTestId("customers-0-open").filter({ hasText: "100.00" }).waitFor();
  assert.equal(await text(page, "customers-1-open"), "850.00");
  // Past due: Acme's U-1 600 (31–60) + U-3 250 (1–30); Birch nothing.
  assert.equal(await text(page, "customers-1-pastDue"), "850.00");
  assert.equal(await text(page, "customers-total-USD-open"), "950.00");
  await page.getByTestId("customers-filter-customer").fill("ac");
  await page.getByTestId("customers-filter-customer").press("Enter");
  await page.getByTestId("customers-count").filter({ hasText: /^1 of 2 customers$/ }).waitFor();
  // Enter on the row opens Acme: its aging, its open documents, its payments.
  await page.getByTestId("customers-0-customer").click();
  await page.keyboard.press("Enter");
  await page.getByTestId("customer-name").filter({ hasText: "Acme" }).waitFor();
  assert.equal(await hashParam(page, "account"), "C1");
  assert.equal(await text(page, "customer-aging-USD-total"), "850.00");
  await page.getByTestId("customer-docs-count").filter({ hasText: /^2 open documents$/ }).waitFor(); // U-1, U-3
  assert.equal(await text(page, "receipt-P-1-applied"), "400.00");
  assert.match(await text(page, "paid-count"), /^0 invoices paid in full/);
  // The way back: the grid with its sort and filter.
  await page.getByTestId("customer-back").click();
  await page.getByTestId("customers-count").filter({ hasText: /^1 of 2 customers$/ }).waitFor();
  assert.equal(await page.getByTestId("customers-head-open").getAttribute("aria-sort"), "ascending");
  assert.equal(await page.getByTestId("customers-filter-customer").inputValue(), "ac");
  // Birch, by a double click: P-2's 200.00 unapplied; U-2 paid 5 March, due 19 February:
  // 10 + 5 = 15 days late, the month's average too.
  await page.getByTestId("customers-clear-filters").click();
  await page.getByTestId("customers-count").filter({ hasText: /^2 customers$/ }).waitFor();
  await page.getByTestId("customers-0-customer").filter({ hasText: "Birch" }).dblclick();
  await page.getByTestId("customer-name").filter({ hasText: "Birch" }).waitFor();
  assert.equal(await text(page, "receipt-P-2-unapplied"), "200.00");
  assert.equal(await text(page, "receipt-CN-1-applied"), "100.00");
  assert.equal(await text(page, "paid-U-2-days"), "15");
  assert.equal(await text(page, "late-USD-2024-03-days"), "15.0");
  // The documents grid keeps its own state in the hash (d.…), apart from the customers grid's.
  await page.getByTestId("customer-docs-head-open").locator("button").click();
  await page.waitForFunction(() => location.hash.includes("d.sort=open"));
  assert.equal(await hashParam(page, "sort"), "open");
  // The browser's Back: the customers grid, sorted as it was.
  await page.goBack();
  await page.getByTestId("customers-count").filter({ hasText: /^2 customers$/ }).waitFor();
  assert.equal(await text(page, "customers-0-customer"), "Birch");
  assert.deepEqual(problems, []);
  await page.close();
});
