// The workbench (issue #14): views by hash and keyboard, key figures first, charts that
// state their numbers, every option of the core, a consolidated view — in Debian's Chromium.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { analyze } from "arlens";
import { compared, loaded, useApp, watch } from "./support.mjs";

const ARTIFACTS = fileURLToPath(new URL("../artifacts/views/", import.meta.url));
const TWO = fileURLToPath(new URL("../fixtures/two-currencies.csv", import.meta.url));
const VIEWS = ["overview", "aging", "customers", "invoices", "collections", "plans", "trend", "report", "import"];
const SIZES = [[1366, 768], [820, 1180], [390, 844]];

const app = useApp(ARTIFACTS);

/** The app at `hash`, recording problems (console errors, CSP violations) and requests. */
async function openApp(hash = "#/overview", viewport = { width: 1366, height: 768 }, colorScheme = "light") {
  const page = await app.browser.newPage({ viewport, colorScheme });
  const { problems, requests } = await watch(page);
  await page.goto(app.url + hash);
  // Loaded: the worker has started and analysed the sample (its files are fetched by then).
  await loaded(page);
  return { page, problems, requests };
}

const shownView = (page) => page.getByTestId("app").getAttribute("data-view");

/** Uploads the two-currency fixture and sets the as-of date its hand computation uses. */
async function twoCurrencies(page) {
  await page.getByTestId("file-input").setInputFiles(TWO);
  await page.getByTestId("file-name").filter({ hasText: "two-currencies.csv" }).waitFor();
  await page.getByTestId("as-of").fill("2024-03-31");
  await page.getByTestId("as-of-source").filter({ hasText: "chosen" }).waitFor();
}

test("every view is reachable by its hash, by the keyboard, and by Back", async () => {
  const { page, problems } = await openApp("#/trend");
  assert.equal(await shownView(page), "trend");
  for (const view of VIEWS) {
    await page.goto(`${app.url}#/${view}`);
    await page.locator(`main[data-view="${view}"]`).waitFor();
    assert.equal(await page.getByTestId(`nav-${view}`).getAttribute("aria-current"), "page");
  }
  // Keyboard only: Tab reaches the navigation, Enter opens a view.
  await page.goto(`${app.url}#/overview`);
  await page.locator('main[data-view="overview"]').waitFor();
  let reached = false;
  for (let i = 0; i < 30 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate(() => document.activeElement?.dataset?.testid === "nav-customers");
  }
  assert.ok(reached, "Tab reaches the Customers tab");
  await page.keyboard.press("Enter");
  await page.locator('main[data-view="customers"]').waitFor();
  // Back returns to the overview; the options travel with the views.
  await page.goBack();
  await page.locator('main[data-view="overview"]').waitFor();
  await page.goto(`${app.url}#/aging?credits=net`);
  await page.locator('main[data-view="aging"]').waitFor();
  await page.getByTestId("nav-customers").click();
  assert.match(page.url(), /#\/customers\?credits=net$/);
  // An unknown view is the overview.
  await page.goto(`${app.url}#/nowhere`);
  await page.locator('main[data-view="overview"]').waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test("a file dropped anywhere on any view replaces the sample", async () => {
  const { page, problems } = await openApp("#/trend");
  const bytes = [...(await readFile(TWO))];
  await page.evaluate((bytes) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(bytes)], "dropped.csv", { type: "text/csv" }));
    const at = document.querySelector("main");
    at.dispatchEvent(new DragEvent("dragover", { bubbles: true, cancelable: true, dataTransfer: transfer }));
    at.dispatchEvent(new DragEvent("drop", { bubbles: true, cancelable: true, dataTransfer: transfer }));
  }, bytes);
  await page.getByTestId("file-name").filter({ hasText: "dropped.csv" }).waitFor();
  assert.equal(await shownView(page), "trend", "the view stays");
  assert.equal(await page.getByTestId("sample-banner").count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test("the overview's cards show the core's figures with their change and definition", async () => {
  const { page, problems } = await openApp();
  assert.match(await page.getByTestId("sample-banner").textContent(), /You're looking at a sample ledger/);
  await twoCurrencies(page);
  assert.equal(await page.getByTestId("sample-banner").count(), 0);
  // The header: the file's date range and what chose the as-of date.
  assert.equal(await page.getByTestId("file-facts").textContent(), "6 invoices · 13 entries · 2024-01-05 to 2024-04-15");
  const card = (id) => page.getByTestId(`kpi-USD-${id}-value`).textContent();
  const change = (id) => page.getByTestId(`kpi-USD-${id}-change`).textContent();
  // Hand computation: core/tests/overview.rs (USD has the most invoices, so it is shown first).
  assert.equal(await card("receivables"), "950.00");
  await compared(page);
  assert.equal(await change("receivables"), "−400.00 USD since 2024-02-29"); // 950 − 1,350
  assert.equal(await card("overdue"), "850.00"); // 250 + 600
  assert.equal(await card("overduePercent"), "73.9%"); // 850 / 1,150
  assert.equal(await card("dso"), "98.2"); // 950 / 300 × 31
  assert.equal(await change("dso"), "−162.8 days since 2024-02-29"); // 98.17 − 261
  assert.equal(await card("cei"), "51.9%"); // 700 / 1,350
  assert.equal(await card("allowance"), "38.00");
  assert.equal(await change("allowance"), "+13.50 USD since 2024-02-29"); // 38 − 24.5
  assert.equal(await card("averageDaysToPay"), "45.0");
  assert.equal(await change("averageDaysToPay"), "no comparison with 2024-02-29: no invoice was paid in the period");
  // The same figures as the package's for the same file and date.
  const { report } = analyze(await readFile(TWO), { asOf: "2024-03-31" });
  const usd = report.dso.currencies.find((c) => c.currency === "USD");
  assert.equal(await card("bestPossibleDso"), (Math.round(Number(usd.bestPossibleDso.value) * 10) / 10).toFixed(1));
  // The definition and period show on keyboard focus.
  const definition = page.locator("#kpi-USD-dso-definition");
  assert.equal(await definition.isVisible(), false);
  await page.getByTestId("kpi-USD-dso").focus();
  assert.equal(await definition.isVisible(), true);
  assert.match(await definition.textContent(), /Period: 2024-03-01 to 2024-03-31 \(31 days\)/);
  // Another currency from the header.
  await page.getByTestId("currency-shown").selectOption("EUR");
  await page.getByTestId("kpi-EUR-overduePercent-value").filter({ hasText: "35.7%" }).waitFor(); // 500 / 1,400
  assert.match(page.url(), /currency=EUR/);
  assert.deepEqual(problems, []);
  await page.close();
});

test("each chart states its table's numbers, and a bar opens its documents", async () => {
  const { page, problems } = await openApp();
  await twoCurrencies(page);
  // Aging: the label states each column's amount and share of the positive open balances.
  // USD: 300 + 250 + 600 = 1,150 → 26.1%, 21.7%, 52.2%; EUR: 900 + 500 = 1,400 → 64.3%, 35.7%.
  const label = await page.getByTestId("aging-chart-img").getAttribute("aria-label");
  const zeros = "61–90 0.00 (0.0%), 91–120 0.00 (0.0%), 121+ 0.00 (0.0%)";
  assert.equal(
    label,
    "Aging at 2024-03-31. " +
      `EUR: Not due 900.00 (64.3%), 1–30 500.00 (35.7%), 31–60 0.00 (0.0%), ${zeros}; credits -80.00. ` +
      `USD: Not due 300.00 (26.1%), 1–30 250.00 (21.7%), 31–60 600.00 (52.2%), ${zeros}; credits -200.00.`,
  );
  // The table switch shows the same numbers.
  await page.getByTestId("aging-chart-switch").click();
  await page.getByTestId("aging-chart-table").waitFor();
  const row = async (currency) => {
    const out = [];
    for (const b of ["notDue", "0", "1", "2"]) out.push(await page.getByTestId(`aging-chart-table-${currency}-${b}`).textContent());
    return out;
  };
  assert.deepEqual(await row("USD"), ["300.00 (26.1%)", "250.00 (21.7%)", "600.00 (52.2%)", "0.00 (0.0%)"]);
  assert.deepEqual(await row("EUR"), ["900.00 (64.3%)", "500.00 (35.7%)", "0.00 (0.0%)", "0.00 (0.0%)"]);
  // Top debtors: the same customers and amounts in the label and the table.
  const debtors = await page.getByTestId("top-debtors-img").getAttribute("aria-label");
  assert.match(debtors, /Acme 850\.00, Birch 100\.00/); // U-1 600 + U-3 250; U-4 300 − P-2's 200
  await page.getByTestId("top-debtors-switch").click();
  assert.equal(await page.getByTestId("debtor-table-0").textContent(), "850.00");
  assert.equal(await page.getByTestId("debtor-table-1").textContent(), "100.00");
  // Trend: receivables at each month end in the label equal the table's.
  const trend = await page.getByTestId("trend-chart-ar").locator("svg").getAttribute("aria-label");
  assert.match(trend, /2024-01 1,600\.00; 2024-02 1,350\.00; 2024-03 950\.00/);
  await page.getByTestId("trend-chart-switch").click();
  assert.equal(await page.getByTestId("trend-chart-table-2024-02-ar").textContent(), "1,350.00");
  assert.equal(await page.getByTestId("trend-chart-table-2024-02-dso").textContent(), "261.0");
  // Back to the chart; the 31–60 part of USD opens the documents behind it: U-1 only.
  await page.getByTestId("aging-chart-switch").click();
  await page.getByTestId("aging-chart-USD-1").focus();
  assert.match(await page.locator(".readout").first().textContent(), /USD · 31–60: 600\.00/);
  await page.keyboard.press("Enter");
  await page.locator('main[data-view="invoices"]').waitFor();
  assert.match(page.url(), /trace=aging%2FUSD%2Fb1/);
  await page.getByTestId("trace-reconciliation").filter({ hasText: "1 document, 600.00 — equals the figure." }).waitFor();
  await page.getByTestId("members-count").filter({ hasText: /^1 document$/ }).waitFor();
  assert.equal(await page.getByTestId("members-0-document").textContent(), "U-1");
  assert.equal(await page.getByTestId("members-0-value").textContent(), "600.00");
  await page.goBack();
  await page.locator('main[data-view="overview"]').waitFor();
  // A debtor opens its customer.
  await page.locator('main[data-view="overview"]').waitFor();
  await page.getByTestId("debtor-0").click();
  await page.locator('main[data-view="customers"]').waitFor();
  await page.getByTestId("customers-count").filter({ hasText: /^1 customer$/ }).waitFor();
  assert.equal(await page.getByTestId("customers-0-customerId").textContent(), "C1");
  assert.equal(await page.getByTestId("customers-0-open").textContent(), "850.00");
  assert.deepEqual(problems, []);
  await page.close();
});

test("every option of the core changes the figures as the core says, and bad input is explained", async () => {
  const { page, problems } = await openApp("#/aging");
  await twoCurrencies(page);
  const bytes = await readFile(TWO);
  const cell = (currency, column) => page.getByTestId(`aging-${currency}-${column}`).textContent();
  const core = (options) => analyze(bytes, { asOf: "2024-03-31", ...options }).report;
  const shown = (amount) => Number(amount).toLocaleString("en-US", { minimumFractionDigits: 2 });
  await page.getByText("Analysis options").click();

  await page.getByTestId("opt-basis").selectOption("invoice");
  const byInvoice = core({ aging: { basis: "invoiceDate" } }).aging.currencies.find((c) => c.currency === "USD");
  await page.getByTestId("aging-USD-b2").filter({ hasText: shown(byInvoice.buckets[2]) }).waitFor();
  assert.equal(await cell("USD", "b0"), shown(byInvoice.buckets[0]));
  assert.match(page.url(), /basis=invoice/);

  await page.getByTestId("opt-edges").fill("15, 45");
  await page.getByTestId("opt-edges").dispatchEvent("change");
  const edges = core({ aging: { basis: "invoiceDate", edges: [15, 45] } }).aging;
  await page.getByTestId("aging-table").getByText(edges.buckets[2].label, { exact: true }).waitFor();
  assert.equal(await cell("USD", "b2"), shown(edges.currencies.find((c) => c.currency === "USD").buckets[2]));
  await page.getByTestId("opt-edges").fill("30, 20");
  await page.getByTestId("opt-edges").dispatchEvent("change");
  assert.match(await page.getByTestId("opt-edges-error").textContent(), /give days that increase/);
  assert.equal(await page.getByTestId("opt-edges").getAttribute("aria-invalid"), "true");

  // Loss rates: 250 × 10% + 600 × 20% in USD (core/tests/two_currencies.rs).
  await page.getByTestId("options-reset").click();
  await page.getByTestId("opt-loss").fill("0, 10, 20, 40, 60, 100");
  await page.getByTestId("opt-loss").dispatchEvent("change");
  await page.getByTestId("allowance-USD-total").filter({ hasText: "145.00" }).waitFor();
  // Too few rates: the core's reason, beside the options.
  await page.getByTestId("opt-loss").fill("1");
  await page.getByTestId("opt-loss").dispatchEvent("change");
  assert.match(await page.getByTestId("options-error").textContent(), /1 rates given; 6 are needed/);

  // DSO period and CEI variant, on the collections view.
  await page.getByTestId("options-reset").click();
  await page.getByTestId("nav-collections").click();
  await page.getByTestId("opt-period").selectOption("quarter");
  await page.getByTestId("opt-cei").selectOption("full");
  const quarter = core({ period: "quarter", cei: "fullSales" }).dso.currencies.find((c) => c.currency === "USD");
  const one = (v) => (Math.round(Number(v) * 10) / 10).toFixed(1);
  await page.getByTestId("dso-USD-dso").filter({ hasText: one(quarter.dso.value) }).waitFor();
  assert.equal(await page.getByTestId("dso-USD-cei").textContent(), `${one(quarter.cei.value)}%`);
  await page.getByTestId("opt-period").selectOption("days");
  await page.getByTestId("opt-days").fill("45");
  await page.getByTestId("opt-days").dispatchEvent("change");
  const days = core({ period: { trailingDays: 45 }, cei: "fullSales" }).dso.currencies.find((c) => c.currency === "USD");
  await page.getByTestId("dso-USD-dso").filter({ hasText: one(days.dso.value) }).waitFor();
  await page.getByTestId("opt-early").selectOption("negative");
  const early = core({ period: { trailingDays: 45 }, cei: "fullSales", earlyPayment: "negative" }).payments.currencies.find((c) => c.currency === "USD");
  await page.getByTestId("pay-USD-dbt").filter({ hasText: one(early.daysBeyondTerms.value) }).waitFor();

  // Reset: the defaults, and the figures with them.
  await page.getByTestId("options-reset").click();
  const defaults = core({}).dso.currencies.find((c) => c.currency === "USD");
  await page.getByTestId("dso-USD-dso").filter({ hasText: one(defaults.dso.value) }).waitFor();
  assert.doesNotMatch(page.url(), /period=|cei=|early=/);
  assert.deepEqual(problems, []);
  await page.close();
});

test("the consolidated view adds the currencies at the rates typed in, beside them", async () => {
  const { page, problems } = await openApp();
  await twoCurrencies(page);
  await page.getByTestId("fx-currency").selectOption("USD");
  // No rate yet: the core names what is missing.
  assert.match(await page.getByTestId("fx-error").textContent(), /no rate for EUR: give how many USD one EUR is worth/);
  await page.getByTestId("fx-rate-EUR").fill("1.10");
  await page.getByTestId("fx-rate-EUR").dispatchEvent("change");
  await page.getByTestId("fx-date").fill("2024-03-31");
  await page.getByTestId("fx-date").dispatchEvent("change");
  // Hand computation: core/tests/overview.rs.
  await page.getByTestId("fx-total").filter({ hasText: "2,402.00" }).waitFor(); // 950 + 1,320 × 1.10
  assert.equal(await page.getByTestId("fx-notDue").textContent(), "1,290.00"); // 300 + 900 × 1.10
  assert.equal(await page.getByTestId("fx-credits").textContent(), "-288.00"); // −200 − 80 × 1.10
  assert.equal(await page.getByTestId("fx-allowance").textContent(), "58.90"); // 38 + 19 × 1.10
  assert.equal(await page.getByTestId("fx-dso").textContent(), "61.9"); // 2,402 / 1,202 × 31
  assert.equal(await page.getByTestId("fx-cei").textContent(), "67.9%"); // 2,350 / 3,462
  assert.match(await page.getByTestId("fx-note").textContent(), /In USD at 1 EUR = 1\.10 USD \(rates of 2024-03-31\)/);
  // The per-currency figures stay beside it, in their own currencies.
  const heads = await page.getByTestId("fx-table").locator("thead th").allTextContents();
  assert.deepEqual(heads, ["", "EUR", "USD", "Consolidated (USD)"]);
  // The rates are in the hash: a bookmark brings the same view back.
  assert.match(page.url(), /fx=USD&rate\.EUR=1\.10&fxDate=2024-03-31/);
  // A consolidated figure shows how it is made: each currency's figure × its rate.
  await page.getByTestId("fx-total").getByRole("button").click();
  const explain = page.getByTestId("fx-explain");
  await page.getByTestId("fx-explain-check").filter({ hasText: "2,402.00 USD — equals the figure." }).waitFor();
  assert.equal(await explain.getByRole("heading").textContent(), "How the consolidated Open total is made");
  const open = await page.getByTestId("fx-explain-open").locator(":scope > ul > li").allTextContents();
  // EUR 900 + 500 − 80 at 1.10, USD 300 + 250 + 600 − 200 at 1; the eight columns at zero counted.
  assert.deepEqual(open, [
    "EUR 900.00 × 1.10 = 990.00", "EUR 500.00 × 1.10 = 550.00", "EUR -80.00 × 1.10 = -88.00",
    "USD 300.00 = 300.00", "USD 250.00 = 250.00", "USD 600.00 = 600.00", "USD -200.00 = -200.00",
    "7 more at 0",
  ]);
  await page.getByTestId("fx-dso").getByRole("button").click();
  await page.getByTestId("fx-explain-check").filter({ hasText: "Recomputed from these sums: 61.9 — as shown." }).waitFor();
  assert.match(await page.getByTestId("fx-explain-creditSales").locator(":scope > span").textContent(), /^Credit sales 2024-03-01 to 2024-03-31: 1,202\.00 USD$/);
  // Each currency's figure opens its documents: EUR's credit sales, 820.00.
  await explain.getByRole("link", { name: "EUR 820.00" }).click();
  await page.getByTestId("trace-reconciliation").filter({ hasText: /820\.00 — equals the figure\.$/ }).waitFor();
  assert.match(page.url(), /trace=period%2FEUR%2FcreditSales/);
  await page.goBack();
  // The per-currency cells of the table are links too: USD's open total, 950.00.
  await page.getByTestId("fx-table").getByRole("link", { name: "950.00" }).click();
  await page.getByTestId("trace-reconciliation").filter({ hasText: "4 documents, 950.00 — equals the figure." }).waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test("no view requests anything after load or breaks the CSP, and none scrolls sideways at any size or theme", async () => {
  for (const [[width, height], theme] of SIZES.flatMap((size) => [[size, "light"], [size, "dark"]])) {
    const { page, problems, requests } = await openApp("#/overview", { width, height }, theme);
    const loaded = requests.length;
    await twoCurrencies(page);
    for (const view of VIEWS) {
      await page.getByTestId(`nav-${view}`).click();
      await page.locator(`main[data-view="${view}"]`).waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `${ARTIFACTS}/${view}-${width}x${height}-${theme}.png` });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `${view} at ${width}×${height} (${theme}): the page is ${overflow}px wider than the window`);
    }
    assert.deepEqual(requests.slice(loaded), [], "no request after the page loaded");
    assert.deepEqual(problems, [], `${width}×${height} ${theme}`);
    await page.close();
  }
});

test("on a 1920-pixel screen the views use its width, and a grid's columns start as wide as what they hold", async () => {
  const { page, problems } = await openApp("#/invoices", { width: 1920, height: 1080 });
  const grid = page.getByTestId("invoices");
  await grid.getByTestId("invoices-0-customer").waitFor();
  await page.screenshot({ path: `${ARTIFACTS}/invoices-1920x1080-light.png` });
  const seen = await grid.evaluate((g) => {
    const cells = (key) => [...g.querySelectorAll(`[data-testid$="-${key}"][role="gridcell"]`)];
    const width = (key) => g.querySelector(`[data-testid="invoices-head-${key}"]`).getBoundingClientRect().width;
    return {
      main: document.querySelector("main").getBoundingClientRect().width,
      grid: g.clientWidth,
      rows: cells("customer").length,
      cut: cells("customer").filter((c) => c.scrollWidth > c.clientWidth).map((c) => c.textContent),
      name: width("customer"),
      code: width("customerId"),
    };
  });
  // The window less the page's margins (2rem each side), not a column of 1,200 pixels beside empty space.
  assert.ok(seen.main >= 1800, `the content is ${seen.main}px wide on a 1920px screen`);
  assert.ok(seen.grid >= 1750, `the invoices grid is ${seen.grid}px wide`);
  // The sample's names (`Pioneer Textiles GmbH`) were cut at 190 px; its ids (`C00032`) had as much room.
  assert.ok(seen.rows >= 10, `${seen.rows} rows shown`);
  assert.deepEqual(seen.cut, [], "customer names cut short");
  assert.ok(seen.code < seen.name, `the customer id column (${seen.code}px) is narrower than the names' (${seen.name}px)`);
  assert.deepEqual(problems, []);
  await page.close();
});
