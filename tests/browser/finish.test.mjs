// Workbench VI (issue #19): a report that prints, light and dark themes, numbers and dates in
// the user's locale, and an accessibility pass (axe-core) over every view in both themes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { analyze } from "arlens";
import { compared, loaded, useApp, watch } from "./support.mjs";

const ARTIFACTS = fileURLToPath(new URL("../artifacts/views/", import.meta.url));
const TWO = fileURLToPath(new URL("../fixtures/two-currencies.csv", import.meta.url));
const AXE = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const VIEWS = ["overview", "aging", "customers", "invoices", "collections", "plans", "trend", "report", "import"];
// A4's width less the print stylesheet's 12 mm margins each side, in CSS pixels (96 per inch).
const A4_CONTENT_PX = Math.floor(((210 - 24) / 25.4) * 96);

const app = useApp(ARTIFACTS);

/** A fresh context at `hash`, recording console errors, CSP violations and requests. */
async function openApp(hash = "#/overview", { viewport = { width: 1366, height: 768 }, locale, colorScheme } = {}) {
  const context = await app.browser.newContext({ viewport, locale, colorScheme });
  const page = await context.newPage();
  const { problems, requests } = await watch(page);
  await page.goto(app.url + hash);
  await loaded(page);
  return { page, context, problems, requests };
}

/** Uploads the two-currency fixture at the as-of date of its hand computation. */
async function twoCurrencies(page) {
  await page.getByTestId("file-input").setInputFiles(TWO);
  await page.getByTestId("file-name").filter({ hasText: "two-currencies.csv" }).waitFor();
  await page.getByTestId("as-of").fill("2024-03-31");
  await page.getByTestId("as-of-source").filter({ hasText: "chosen" }).waitFor();
}

/** Opens `view` by its tab and waits for it. */
async function show(page, view) {
  await page.getByTestId(`nav-${view}`).click();
  await page.locator(`main[data-view="${view}"]`).waitFor();
}

/** The page's background colour as the user sees it. */
const background = (page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

/**
 * In print emulation at `width` CSS pixels (a paper's printable width): the elements of the
 * view wider than that, and whether the app's chrome is hidden. Back on screen after.
 */
async function inPrint(page, width) {
  const viewport = page.viewportSize();
  await page.setViewportSize({ width, height: 1000 });
  await page.emulateMedia({ media: "print" });
  const tooWide = await page.evaluate(() => {
    const wide = [];
    for (const el of document.querySelectorAll("main *")) {
      const box = el.getBoundingClientRect();
      if (box.right > window.innerWidth + 0.5) wide.push(`${el.tagName}.${el.className} ends at ${Math.round(box.right)}px`);
    }
    if (document.documentElement.scrollWidth > window.innerWidth) wide.push(`the page: ${document.documentElement.scrollWidth}px`);
    return wide.slice(0, 5);
  });
  const chrome = [];
  for (const testid of ["file-input", "nav-overview", "display-menu", "report-print"]) {
    if (await page.getByTestId(testid).isVisible()) chrome.push(testid);
  }
  await page.emulateMedia({ media: "screen" });
  await page.setViewportSize(viewport);
  return { tooWide, chrome };
}

// A4 and Letter less the print stylesheet's 12 mm margins each side, in CSS pixels.
const PAPERS = { A4: A4_CONTENT_PX, Letter: Math.floor((8.5 - 24 / 25.4) * 96) };

test("the report states the file, the settings and the figures, and prints on A4 and Letter without the app's chrome", async () => {
  const { page, context, problems, requests } = await openApp("#/report");
  const loaded = requests.length;
  // The sample first: three currencies and seven-digit amounts, the widest aging table.
  await page.getByTestId("report").waitFor();
  for (const [paper, width] of Object.entries(PAPERS)) {
    assert.deepEqual(await inPrint(page, width), { tooWide: [], chrome: [] }, `the sample's report on ${paper}`);
  }
  await twoCurrencies(page);
  const report = page.getByTestId("report");
  await page.getByTestId("report-file").filter({ hasText: "two-currencies.csv" }).waitFor();
  assert.equal(await page.getByTestId("report-asof").textContent(), "2024-03-31 (chosen)");
  const { report: core, import: imported } = analyze(await readFile(TWO), { asOf: "2024-03-31" });
  assert.equal(await page.getByTestId("report-sha256").textContent(), imported.sha256);
  // The USD figures of the hand computation (core/tests/overview.rs): 950 open, 850 overdue.
  assert.equal(await page.getByTestId("report-kpi-receivables").textContent(), "950.00 USD");
  assert.equal(await page.getByTestId("report-kpi-overdue").textContent(), "850.00 USD");
  assert.equal(await page.getByTestId("report-kpi-overduePercent").textContent(), "73.9%"); // 850 / 1,150
  assert.match(await report.textContent(), /Period2024-03-01 to 2024-03-31 \(31 days\)/);
  // The worklist's head: its rows in the core's order.
  const customers = await page.getByTestId("report-worklist").locator("tbody th").allTextContents();
  assert.deepEqual(customers, core.worklist.rows.slice(0, 15).map((r) => r.customer.name));
  await page.screenshot({ path: `${ARTIFACTS}/report-1366x768.png`, fullPage: true });
  for (const [paper, width] of Object.entries(PAPERS)) {
    assert.deepEqual(await inPrint(page, width), { tooWide: [], chrome: [] }, `the report on ${paper}`);
  }
  // Saved as PDF: two or three A4 pages (numbered by the stylesheet's @page rule).
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true, printBackground: true });
  await writeFile(`${ARTIFACTS}/report-a4.pdf`, pdf);
  const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  assert.ok(pages >= 1 && pages <= 3, `the report prints on 1 to 3 A4 pages, not ${pages}`);
  await page.emulateMedia({ media: "screen" });
  // Any other view prints without the chrome as well, its own table shown.
  await show(page, "aging");
  assert.deepEqual(await inPrint(page, PAPERS.A4), { tooWide: [], chrome: [] }, "the Aging view on A4");
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.getByTestId("aging-table").isVisible(), true, "the view's own table prints");
  assert.deepEqual(requests.slice(loaded), [], "no request after load");
  assert.deepEqual(problems, []);
  await context.close();
});

test("the theme follows the system, can be chosen, and is remembered", async () => {
  const { page, context, problems } = await openApp("#/overview", { colorScheme: "dark" });
  const dark = await background(page);
  assert.equal(dark, "rgb(13, 20, 27)", "the system's dark theme");
  await page.getByTestId("display-menu").locator("summary").click();
  await page.getByTestId("theme").selectOption("light");
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), "light");
  assert.equal(await background(page), "rgb(247, 249, 251)", "light, whatever the system says");
  // Remembered: a reload opens light though the system is dark.
  await page.reload();
  await loaded(page);
  assert.equal(await background(page), "rgb(247, 249, 251)");
  assert.equal(await page.getByTestId("theme").inputValue(), "light");
  await page.getByTestId("display-menu").locator("summary").click();
  await page.getByTestId("theme").selectOption("dark");
  await page.emulateMedia({ colorScheme: "light" });
  assert.equal(await background(page), "rgb(13, 20, 27)", "dark, whatever the system says");
  await page.getByTestId("theme").selectOption("system");
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), undefined);
  assert.equal(await background(page), "rgb(247, 249, 251)", "back to the system's light");
  // The menu closes like a menu: Escape (its button keeps the focus), or a click elsewhere.
  const menu = page.getByTestId("display-menu");
  const open = () => menu.evaluate((d) => d.open);
  assert.equal(await open(), true);
  await page.keyboard.press("Escape");
  assert.equal(await open(), false);
  assert.equal(await page.evaluate(() => document.activeElement?.tagName), "SUMMARY");
  await menu.locator("summary").click();
  await page.getByTestId("theme").selectOption("light");
  assert.equal(await open(), true, "a choice inside keeps it open");
  await page.getByTestId("kpis").click();
  assert.equal(await open(), false);
  assert.deepEqual(problems, []);
  await context.close();
});

test("numbers and dates follow the browser's locale, a chosen one, or ISO", async () => {
  // A German browser: 950,00 and 31.03.2024 without choosing anything.
  const { page, context, problems } = await openApp("#/overview", { locale: "de-DE" });
  await twoCurrencies(page);
  const card = (id) => page.getByTestId(`kpi-USD-${id}-value`).textContent();
  await page.getByTestId("kpi-USD-receivables-value").filter({ hasText: "950,00" }).waitFor();
  assert.equal(await card("overduePercent"), "73,9%"); // 850 / 1.150
  assert.equal(await card("dso"), "98,2"); // 950 / 300 × 31
  await compared(page);
  assert.equal(await page.getByTestId("kpi-USD-receivables-change").textContent(), "−400,00 USD since 29.02.2024");
  assert.equal(await page.getByTestId("file-facts").textContent(), "6 invoices · 13 entries · 05.01.2024 to 15.04.2024");
  await show(page, "aging");
  await page.getByRole("heading", { name: "Aging at 31.03.2024" }).waitFor();
  // The grids too: U-1's 600 open and due 4 February; the USD total 950.
  await show(page, "invoices");
  await page.getByTestId("invoices-head-open").locator("button").click();
  await page.getByTestId("invoices-head-open").locator("button").click();
  await page.getByTestId("invoices-0-open").filter({ hasText: "600,00" }).waitFor();
  assert.equal(await page.getByTestId("invoices-0-due").textContent(), "04.02.2024");
  assert.equal(await page.getByTestId("invoices-total-USD-open").textContent(), "950,00");
  // ISO, chosen in the Display menu: no grouping, ISO dates; kept across a reload.
  await page.getByTestId("display-menu").locator("summary").click();
  await page.getByTestId("number-format").selectOption("iso");
  await page.getByTestId("invoices-0-due").filter({ hasText: "2024-02-04" }).waitFor();
  assert.equal(await page.getByTestId("invoices-total-USD-open").textContent(), "950.00");
  await show(page, "aging");
  await page.getByRole("heading", { name: "Aging at 2024-03-31" }).waitFor();
  await page.reload();
  await loaded(page);
  assert.equal(await page.getByTestId("number-format").inputValue(), "iso");
  // A locale from the list: en-US writes dates month first.
  await page.getByTestId("display-menu").locator("summary").click();
  await page.getByTestId("number-format").selectOption("en-US");
  await show(page, "aging");
  assert.match(await page.getByRole("heading", { level: 2 }).first().textContent(), /^Aging at \d\d\/\d\d\/\d{4}$/);
  assert.deepEqual(problems, []);
  await context.close();
});

/** axe-core's serious and critical violations on the page as it is, and headings out of order, one line each. */
async function axeViolations(page) {
  // Evaluated through the DevTools protocol: the page's CSP, which forbids inline scripts, stays on.
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ["violations"] });
    return result.violations
      .filter((v) => v.impact === "serious" || v.impact === "critical" || v.id === "heading-order")
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
  });
  return found;
}

test("every view passes axe-core with no serious or critical violation, in both themes", async () => {
  const found = [];
  for (const colorScheme of ["light", "dark"]) {
    const { page, context, problems } = await openApp("#/overview", { colorScheme });
    await twoCurrencies(page);
    for (const view of VIEWS) {
      await show(page, view);
      await page.waitForTimeout(100);
      for (const v of await axeViolations(page)) found.push(`${colorScheme} ${view}: ${v}`);
    }
    // The Display menu open.
    await page.getByTestId("display-menu").locator("summary").click();
    for (const v of await axeViolations(page)) found.push(`${colorScheme} display menu: ${v}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
  assert.deepEqual(found, []);
});

/** Presses Tab until the element with `testid` has the focus (at most `limit` times). */
async function tabTo(page, testid, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await page.evaluate((id) => document.activeElement?.dataset?.testid === id, testid)) return;
  }
  assert.fail(`Tab never reached ${testid}`);
}

test("keyboard only: open a file, the overview, a customer, a draft", async () => {
  const { page, context, problems } = await openApp("#/import");
  // The file chooser is reached by Tab (a browser's own dialog then picks the file).
  await tabTo(page, "file-input");
  const focused = await page.evaluate(() => getComputedStyle(document.activeElement.closest("label")).outlineStyle);
  assert.notEqual(focused, "none", "the focused file button shows its focus");
  await page.getByTestId("file-input").setInputFiles(TWO);
  await page.getByTestId("file-name").filter({ hasText: "two-currencies.csv" }).waitFor();
  // The import's result is announced.
  await page.getByTestId("announce").filter({ hasText: "Read two-currencies.csv" }).waitFor();
  await tabTo(page, "nav-overview");
  await page.keyboard.press("Enter");
  await page.locator('main[data-view="overview"]').waitFor();
  await tabTo(page, "nav-customers");
  await page.keyboard.press("Enter");
  await page.locator('main[data-view="customers"]').waitFor();
  await tabTo(page, "customers");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await page.getByTestId("customer-name").waitFor();
  await tabTo(page, "nav-collections");
  await page.keyboard.press("Enter");
  await page.locator('main[data-view="collections"]').waitFor();
  await tabTo(page, "worklist");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await tabTo(page, "draft-body");
  assert.match(await page.getByTestId("draft-body").inputValue(), /^Dear /);
  assert.deepEqual(problems, []);
  await context.close();
});

test("empty views say so in words: nothing open, nothing to chase, nothing left by a filter", async () => {
  const { page, context, problems } = await openApp("#/invoices");
  await twoCurrencies(page);
  await page.getByTestId("invoices-count").filter({ hasText: /^4 open documents$/ }).waitFor();
  await page.getByTestId("invoices-search").fill("no such document");
  await page.getByTestId("invoices-empty").filter({ hasText: "None of the 4 open documents match the search and filters" }).waitFor();
  await page.getByTestId("invoices-clear-filters").click();
  await page.getByTestId("invoices-0-document").waitFor();
  assert.equal(await page.getByTestId("invoices-empty").count(), 0);
  // A ledger paid in full: no open document, no account to chase.
  const paid = "Type,Document,Customer,Date,Due date,Amount,Applies to\nInvoice,I-1,Acme,2024-01-05,2024-02-04,100.00,\nPayment,P-1,Acme,2024-01-20,,100.00,I-1\n";
  await page.getByTestId("file-input").setInputFiles({ name: "paid.csv", mimeType: "text/csv", buffer: Buffer.from(paid) });
  await page.getByTestId("file-name").filter({ hasText: "paid.csv" }).waitFor();
  await page.getByTestId("invoices-empty").filter({ hasText: "No open documents at the as-of date." }).waitFor();
  await show(page, "collections");
  assert.match(await page.getByTestId("worklist-empty").textContent(), /^No account to chase at 2024-01-20: nothing is overdue or falling due soon\.$/);
  // A header with nothing under it: on every view, what the import says of it, not figures of nothing.
  await page.getByTestId("file-input").setInputFiles({ name: "header-only.csv", mimeType: "text/csv", buffer: Buffer.from("Invoice,Customer,Date,Due,Amount\n") });
  await page.getByTestId("file-name").filter({ hasText: "header-only.csv" }).waitFor();
  for (const view of ["overview", "collections"]) {
    await show(page, view);
    await page.getByText("no rows under the header: the file lists no documents").waitFor();
    assert.equal(await page.getByTestId("aging-chart").count(), 0, view);
  }
  assert.deepEqual(problems, []);
  await context.close();
});
