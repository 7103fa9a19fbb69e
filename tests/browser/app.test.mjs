// The built app in Debian's Chromium, driven by playwright-core: what a person sees.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { analyze, sampleCsv } from "arlens";
import XLSX from "xlsx";
import { useApp, watch } from "./support.mjs";
import { zip } from "../hostile/corpus.mjs";

const FIXTURE = fileURLToPath(new URL("../fixtures/open-items-10.csv", import.meta.url));
const ARTIFACTS = fileURLToPath(new URL("../artifacts/", import.meta.url));

const app = useApp(ARTIFACTS);

/** A page at `view` (its hash) that records console errors, page errors, CSP violations
 * and every request. */
async function openApp(view = "aging") {
  const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  const requests = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("request", (r) => requests.push(r.url()));
  page.on("response", (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.addInitScript(() =>
    document.addEventListener("securitypolicyviolation", (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`),
    ),
  );
  await page.goto(`${app.url}#/${view}`);
  await page.locator(`main[data-view="${view}"]`).waitFor();
  if (view === "aging") await page.getByTestId("aging-table").waitFor();
  return { page, problems, requests };
}

/** Opens `view` from the navigation, as a person would. */
async function go(page, view) {
  await page.getByTestId(`nav-${view}`).click();
  await page.locator(`main[data-view="${view}"]`).waitFor();
}

const cell = (page, currency, column) => page.getByTestId(`aging-${currency}-${column}`).textContent();

test("opens with the bundled sample analysed, figures equal to the package's", async () => {
  const { page, problems } = await openApp();
  assert.equal(await page.getByTestId("file-name").textContent(), "sample-ledger.csv");
  assert.equal(await page.getByTestId("as-of").inputValue(), "2026-06-30");
  // The app's sample is the generator's 2,000-invoice ledger (seed 2026), aged at its export date.
  const { report } = analyze(sampleCsv(2000, 2026), { asOf: "2026-06-30" });
  const group = (s) => s.replace(/\B(?=(\d{3})+(?!\d))/g, ","); // thousands separators on the integer part
  const shown = (amount) => {
    const [int, frac] = amount.replace("-", "").split(".");
    return (amount.startsWith("-") ? "-" : "") + group(int) + (frac ? `.${frac}` : "");
  };
  assert.equal(report.aging.currencies.length, 3);
  for (const c of report.aging.currencies) {
    assert.equal(await cell(page, c.currency, "total"), shown(c.openTotal), `${c.currency} open total`);
    assert.equal(await cell(page, c.currency, "notDue"), shown(c.notDue), `${c.currency} not due`);
    assert.equal(await cell(page, c.currency, "b4"), shown(c.buckets[4]), `${c.currency} 121+`);
  }
  // The sample is a transaction ledger, so the DSO family is shown, rounded to one decimal.
  await go(page, "collections");
  assert.equal(report.dso.currencies.length, 3);
  for (const f of report.dso.currencies) {
    const rounded = (v) => (Math.round(Number(v) * 10) / 10).toFixed(1);
    assert.equal(await page.getByTestId(`dso-${f.currency}-dso`).textContent(), rounded(f.dso.value), `${f.currency} DSO`);
    assert.equal(await page.getByTestId(`dso-${f.currency}-cei`).textContent(), `${rounded(f.cei.value)}%`, `${f.currency} CEI`);
  }
  for (const p of report.payments.currencies) {
    const rounded = (v) => (Math.round(Number(v) * 10) / 10).toFixed(1);
    assert.equal(await page.getByTestId(`pay-${p.currency}-dbt`).textContent(), rounded(p.daysBeyondTerms.value), `${p.currency} DBT`);
  }
  // The worklist grid declares every account, ranked as the core ranks them.
  assert.ok(report.worklist.rows.length > 10);
  const accounts = report.worklist.rows.length;
  await page.getByTestId("worklist-count").filter({ hasText: new RegExp(`^${accounts} accounts$`) }).waitFor();
  const currencies = new Set(report.worklist.rows.map((r) => r.currency)).size; // a totals and a share row each
  assert.equal(Number(await page.getByTestId("worklist").getAttribute("aria-rowcount")), accounts + 2 + 2 * currencies);
  assert.equal(await page.getByTestId("worklist-10-rank").textContent(), "11");
  assert.equal(await page.getByTestId("worklist-10-step").textContent(), report.worklist.rows[10].step.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`));
  await page.screenshot({ path: `${ARTIFACTS}/sample.png`, fullPage: true });
  // What a person sees first, at the review sizes (laptop, tablet portrait).
  for (const [width, height] of [[1366, 768], [820, 1180]]) {
    await page.setViewportSize({ width, height });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${ARTIFACTS}/sample-${width}x${height}.png` });
    // Wide tables scroll inside their cards; the page itself never scrolls sideways.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `${width}×${height}: the page is ${overflow}px wider than the window`);
  }
  assert.deepEqual(problems, []);
  await page.close();
});

test("an uploaded CSV replaces the sample, and no request leaves the page", async () => {
  const { page, problems, requests } = await openApp();
  const origin = new URL(app.url).origin;
  assert.ok(requests.every((r) => r.startsWith(origin)), `only this server is asked: ${requests}`);
  const loaded = requests.length;

  await page.getByTestId("file-input").setInputFiles(FIXTURE);
  await page.getByTestId("file-name").filter({ hasText: "open-items-10.csv" }).waitFor();
  await page.getByTestId("as-of").fill("2024-03-31");
  await page.getByRole("heading", { name: "Aging at 2024-03-31" }).waitFor();

  // Hand computation: tests/fixtures/README.md.
  assert.equal(await cell(page, "USD", "notDue"), "1,250.50"); // 1,000.00 + 250.50
  assert.equal(await cell(page, "USD", "b0"), "400.00"); // day 30 is in 1–30
  assert.equal(await cell(page, "USD", "b1"), "120.25"); // day 31
  assert.equal(await cell(page, "USD", "b2"), "999.99"); // day 90
  assert.equal(await cell(page, "USD", "b3"), "75.00"); // day 120
  assert.equal(await cell(page, "USD", "credits"), "-50.00");
  assert.equal(await cell(page, "USD", "total"), "2,795.74");
  assert.equal(await cell(page, "EUR", "b4"), "2,000.00"); // day 121
  assert.equal(await cell(page, "EUR", "total"), "2,345.10"); // 300.00 + 45.10 + 2,000.00
  await go(page, "import");
  assert.equal(await page.getByTestId("import-counts").textContent(), "10 entries imported from 10 rows; 0 skipped; 0 warnings.");
  // An open-items list gives no DSO, CEI or days to pay, for one reason: said once, in one
  // card naming them all (five cards each repeated it), the cards with figures first.
  await go(page, "overview");
  const group = page.getByTestId("kpi-USD-unavailable-0");
  assert.equal(await group.locator("h3").textContent(), "DSO · Best possible DSO · Average days delinquent · CEI · Average days to pay");
  assert.match(await group.locator(".why").textContent(), /^Unavailable: the file lists only what is unpaid/);
  assert.equal(await page.getByTestId("kpi-USD-dso").count(), 0);
  assert.equal(await page.getByTestId("kpi-USD-receivables-value").textContent(), "2,795.74"); // as aged above

  await page.screenshot({ path: `${ARTIFACTS}/uploaded.png`, fullPage: true });
  assert.deepEqual(requests.slice(loaded), [], "no request after the page loaded");
  assert.deepEqual(problems, []);
  await page.close();
});

/** A page at the aging view that records every message the app's worker sends, by kind
 * (`window.workerSaid`), as well as the problems and requests `watch` records; once the
 * sample's figures show, or (`early`) as soon as the file input is there. */
async function openWatchingWorker(early = false) {
  const page = await app.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const { problems, requests } = await watch(page);
  await page.addInitScript(() => {
    window.workerSaid = [];
    const Worker = window.Worker;
    window.Worker = class extends Worker {
      constructor(...args) {
        super(...args);
        this.addEventListener("message", (e) => window.workerSaid.push({ kind: e.data.kind, entries: e.data.entries }));
      }
    };
  });
  await page.goto(`${app.url}#/aging`);
  await page.getByTestId(early ? "file-input" : "aging-table").waitFor({ state: "attached" });
  return { page, problems, requests };
}

test("once idle, the worker reads a small workbook twice to warm up, asking nothing and leaving the sample shown", async () => {
  const { page, problems, requests } = await openWatchingWorker();
  const loaded = requests.length;
  const total = await cell(page, "USD", "total");
  await page.waitForFunction(() => window.workerSaid.filter((m) => m.kind === "warmed").length === 2, null, { timeout: 30_000 });
  // The warm-up workbook is the generator's ledger of 500 invoices (seed 2026) as XLSX: as many
  // entries as the same ledger as CSV gives the package.
  const { import: imported } = analyze(sampleCsv(500, 2026), { asOf: "2026-06-30" });
  const warmed = (await page.evaluate(() => window.workerSaid)).filter((m) => m.kind === "warmed");
  assert.deepEqual(warmed.map((m) => m.entries), [imported.entries, imported.entries]);
  assert.ok(imported.entries > 500);
  await page.waitForTimeout(1000);
  assert.equal((await page.evaluate(() => window.workerSaid)).filter((m) => m.kind === "warmed").length, 2, "twice only");
  assert.equal(await page.getByTestId("file-name").textContent(), "sample-ledger.csv");
  assert.equal(await cell(page, "USD", "total"), total);
  assert.deepEqual(requests.slice(loaded), [], "no request after the page loaded");
  assert.deepEqual(problems, []);
  await page.close();
});

test("a workbook dropped as soon as the page shows is read, and ends the warm-up", async () => {
  const { page, problems } = await openWatchingWorker(true);
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([
    ["Invoice", "Customer", "Date", "Due date", "Amount", "Currency"],
    ["A-1", "Acme", "2024-01-10", "2024-02-09", 1200.5, "EUR"],
    ["A-2", "Birch", "2024-02-01", "2024-03-02", 300, "EUR"],
  ]), "Open items");
  await page.getByTestId("file-input").setInputFiles({ name: "early.xlsx", buffer: XLSX.write(wb, { type: "buffer", bookType: "xlsx" }) });
  await page.getByTestId("file-name").filter({ hasText: "early.xlsx" }).waitFor();
  await page.getByTestId("as-of").fill("2024-03-31");
  await page.getByRole("heading", { name: "Aging at 2024-03-31" }).waitFor();
  assert.equal(await cell(page, "EUR", "total"), "1,500.50"); // 1,200.50 + 300.00
  // Whatever the warm-up had done when the file came, it does no more after.
  await page.waitForTimeout(1500);
  const said = (await page.evaluate(() => window.workerSaid)).map((m) => m.kind);
  const opened = said.lastIndexOf("opened");
  assert.ok(opened >= 0, `the workbook opened: ${said}`);
  assert.ok(!said.slice(opened).includes("warmed"), `no warm-up after the workbook: ${said}`);
  // The test's premise: the file came before the warm-up was over (it starts once the
  // worker has been idle 400 ms after the sample).
  assert.ok(said.filter((k) => k === "warmed").length < 2, `the warm-up ended early: ${said}`);
  assert.deepEqual(problems, []);
  await page.close();
});

test("money shows each currency's minor units; the as-of date follows the core's rule", async () => {
  const { page, problems, requests } = await openApp();
  const loaded = requests.length;
  // JPY has no minor units, BHD three; amounts given with other precisions on purpose.
  const csv = [
    "Invoice,Customer,Invoice date,Due date,Amount,Open balance,Currency",
    "J-1,Tanaka KK,2024-01-10,2024-02-09,1234567,1234567,JPY",
    "J-2,Tanaka KK,2024-03-01,2024-03-31,89000.4,89000.4,JPY",
    "B-1,Gulf Trading WLL,2024-02-01,2024-03-02,1234.5,1234.5,BHD",
  ].join("\n");
  await page.getByTestId("file-input").setInputFiles({ name: "minor-units.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByTestId("file-name").filter({ hasText: "minor-units.csv" }).waitFor();
  // No report date in the file: the latest date in it, J-2's 2024-03-01, and the header says so.
  await page.getByRole("heading", { name: "Aging at 2024-03-01" }).waitFor();
  assert.equal(await page.getByTestId("as-of").inputValue(), "2024-03-01");
  assert.equal(await page.getByTestId("as-of-source").textContent(), "the latest date in the file");
  await page.getByTestId("as-of").fill("2024-03-31");
  await page.getByRole("heading", { name: "Aging at 2024-03-31" }).waitFor();
  assert.equal(await page.getByTestId("as-of-source").textContent(), "chosen");
  // J-1 due 9 Feb: 51 days → 31–60; J-2 due today: not due; 89,000.4 shown as the yen it rounds to.
  assert.equal(await cell(page, "JPY", "b1"), "1,234,567");
  assert.equal(await cell(page, "JPY", "notDue"), "89,000");
  assert.equal(await cell(page, "JPY", "total"), "1,323,567"); // 1,234,567 + 89,000.4, shown in whole yen
  // B-1 due 2 March: 29 days → 1–30, three decimals.
  assert.equal(await cell(page, "BHD", "b0"), "1,234.500");
  assert.equal(await cell(page, "BHD", "credits"), "0.000");
  // Clearing the field goes back to the rule instead of keeping stale figures.
  await page.getByTestId("as-of").fill("");
  await page.getByRole("heading", { name: "Aging at 2024-03-01" }).waitFor();
  // … and the field shows the rule's date, never an empty field over other figures.
  assert.equal(await page.getByTestId("as-of").inputValue(), "2024-03-01");
  assert.equal(await page.getByTestId("as-of-source").textContent(), "the latest date in the file");
  assert.deepEqual(requests.slice(loaded), [], "no request after the page loaded");
  assert.deepEqual(problems, []);
  await page.close();
});

test("a transaction ledger shows recovery, allowance and the monthly trend; aging options apply", async () => {
  const { page, problems, requests } = await openApp();
  const loaded = requests.length;
  await page.getByTestId("file-input").setInputFiles(fileURLToPath(new URL("../fixtures/two-currencies.csv", import.meta.url)));
  await page.getByTestId("file-name").filter({ hasText: "two-currencies.csv" }).waitFor();
  await page.getByTestId("as-of").fill("2024-03-31");
  await page.getByRole("heading", { name: "Aging at 2024-03-31" }).waitFor();
  // Hand computation: core/tests/two_currencies.rs.
  assert.equal(await cell(page, "USD", "credits"), "-200.00");
  assert.equal(await page.getByTestId("allowance-USD-total").textContent(), "38.00"); // 3 + 5 + 30
  await go(page, "collections");
  assert.equal(await page.getByTestId("recovery-USD-rate").textContent(), "45.5%"); // 500 / 1,100
  await go(page, "trend");
  await page.getByTestId("trend-1-month").filter({ hasText: "2024-02" }).waitFor(); // USD, oldest month first
  assert.equal(await page.getByTestId("trend-1-dso").textContent(), "261.0"); // 1,350 / 150 × 29
  assert.equal(await page.getByTestId("trend-1-roll0").textContent(), "68.8%"); // 1,100 / 1,600

  await go(page, "aging");
  await page.getByText("Analysis options").click();
  await page.getByTestId("opt-credits").selectOption({ label: "netted per customer, oldest first" });
  await page.getByTestId("aging-USD-notDue").filter({ hasText: "100.00" }).waitFor(); // 300 − 200
  assert.equal(await cell(page, "USD", "credits"), "0.00");
  assert.equal(await cell(page, "EUR", "b0"), "420.00"); // 500 − 80

  await page.getByTestId("opt-periods").selectOption({ label: "calendar months (Xero)" });
  await page.getByTestId("aging-table").getByText("< 1 month").waitFor();
  assert.equal(await cell(page, "USD", "b1"), "600.00"); // U-1 fell due in February

  await page.screenshot({ path: `${ARTIFACTS}/two-currencies.png`, fullPage: true });
  assert.deepEqual(requests.slice(loaded), [], "no request after the page loaded");
  assert.deepEqual(problems, []);
  await page.close();
});

test("the worklist ranks accounts with reasons and drafts a reminder that can be saved", async () => {
  const { page, problems, requests } = await openApp();
  const loaded = requests.length;
  await page.getByTestId("file-input").setInputFiles(fileURLToPath(new URL("../fixtures/worklist.csv", import.meta.url)));
  await page.getByTestId("file-name").filter({ hasText: "worklist.csv" }).waitFor();
  await page.getByTestId("as-of").fill("2024-06-30");
  await page.getByRole("heading", { name: "Aging at 2024-06-30" }).waitFor();
  await go(page, "collections");
  // Golden worklist: core/tests/worklist.rs.
  await page.getByTestId("worklist-0-step").waitFor();
  assert.equal(await page.getByTestId("worklist-0-step").textContent(), "collection agency");
  assert.equal(await page.getByTestId("worklist-0-risk").textContent(), "78.1"); // 78.08
  assert.equal(await page.getByTestId("worklist-0-segment").textContent(), "critical");
  assert.equal(await page.getByTestId("worklist-1-step").textContent(), "payment plan");
  assert.equal(await page.getByTestId("worklist-3-step").textContent(), "courtesy reminder");
  assert.match(await page.getByTestId("set-apart").textContent(), /Cedar SA \(USD\): 1 invoice \(300\.00 USD\) overdue but disputed/);
  assert.equal(await page.getByTestId("draft-subject").inputValue(), "Final notice before referral: 3,500.00 USD overdue");

  await page.getByTestId("work-draft-choice").selectOption("C-D"); // Dubois, third
  await page.getByRole("heading", { name: "Reminder draft for Dubois Inc" }).waitFor();
  assert.equal(await page.getByTestId("draft-subject").inputValue(), "Overdue payment: 400.00 USD, please pay by 2024-07-10");
  assert.match(await page.getByTestId("draft-body").inputValue(), /Invoices under discussion with you \(D-2\) are not included\./);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("draft-save").click()]);
  assert.equal(download.suggestedFilename(), "reminder-dubois-inc.txt");
  const saved = await readFile(await download.path(), "utf8");
  assert.ok(saved.startsWith("Subject: Overdue payment: 400.00 USD, please pay by 2024-07-10\n\nDear Dubois Inc,"), saved);

  await page.screenshot({ path: `${ARTIFACTS}/worklist.png`, fullPage: true });
  const after = requests.slice(loaded).filter((u) => !u.startsWith("blob:"));
  assert.deepEqual(after, [], "no request after the page loaded (a saved draft is a local blob)");
  assert.deepEqual(problems, []);
  await page.close();
});

test("the payment-plan calculator gives exact schedules and says what to change", async () => {
  const { page, problems } = await openApp("plans");
  await page.getByTestId("plan-balance").fill("10000.00");
  await page.getByTestId("plan-installments").fill("12");
  await page.getByTestId("plan-interest").selectOption({ label: "amortised" });
  await page.getByTestId("plan-rate").fill("12");
  // 12% a year amortised over 12 months: I = 661.85; nine installments of 888.49, three of 888.48.
  await page.getByTestId("plan-total").filter({ hasText: "Total 10,661.85 USD" }).waitFor();
  assert.equal(await page.getByTestId("plan-row-1").textContent(), "888.49");
  assert.equal(await page.getByTestId("plan-row-12").textContent(), "888.48");
  assert.equal(await page.getByTestId("plan-interest-1").textContent(), "100.00"); // 10,000 × 1%
  assert.equal(await page.getByTestId("plan-balance-12").textContent(), "0.00");
  await page.getByTestId("plan-installments").fill("0");
  assert.match(await page.getByTestId("plan-error").textContent(), /0 installments: give at least 1/);
  assert.deepEqual(problems, []);
  await page.close();
});

test("a QuickBooks export opens at its report date, with its title and total rows skipped", async () => {
  const { page, problems, requests } = await openApp();
  const loaded = requests.length;
  await page.getByTestId("file-input").setInputFiles(fileURLToPath(new URL("../fixtures/layouts/quickbooks-ar-aging-detail.csv", import.meta.url)));
  await page.getByTestId("file-name").filter({ hasText: "quickbooks-ar-aging-detail.csv" }).waitFor();
  // "As of March 31, 2024" in the title rows becomes the as-of date.
  assert.equal(await page.getByTestId("as-of").inputValue(), "2024-03-31");
  await go(page, "import");
  assert.equal(await page.getByTestId("import-counts").textContent(), "4 entries imported from 12 rows; 8 skipped; 1 warning.");
  assert.match(await page.getByTestId("import-details").textContent(), /header on row 5 · report date 2024-03-31 · dates MM\/DD\/YYYY/);
  // The date-order control says what was detected for this file.
  assert.equal(await page.getByTestId("date-order-used").textContent(), "read as MM/DD/YYYY");
  // 1,200 + 850 + 1,500 − 100 (core/tests/layouts.rs has the arithmetic).
  // The export names no currency ("$" only in its totals): shown as unknown (XXX), and said.
  assert.match(await page.getByTestId("import-problems").textContent(), /unknown currency \(XXX\)/);
  await go(page, "aging");
  assert.equal(await cell(page, "XXX", "total"), "3,450.00");
  assert.equal(await cell(page, "XXX", "b1"), "1,500.00");
  await go(page, "customers");
  // Per customer, largest first: Acme 1,500 − 100; Birch 1,200; Cedar 850.
  await page.getByTestId("customers-2-open").waitFor();
  const totals = [];
  for (const row of [0, 1, 2]) {
    totals.push([await page.getByTestId(`customers-${row}-customer`).textContent(), await page.getByTestId(`customers-${row}-open`).textContent()]);
  }
  assert.deepEqual(totals, [["Acme Ltd", "1,400.00"], ["Birch Foods", "1,200.00"], ["Cedar Logistics", "850.00"]]);
  assert.deepEqual(requests.slice(loaded), [], "no request after the page loaded");
  assert.deepEqual(problems, []);
  await page.close();
});

for (const [name, sheet, shot] of [
  ["ledger.xlsx", "Open items", "xlsx"],
  // "Excel" files that are markup: an HTML page saved as .xls, and Excel 2003 XML.
  ["ledger.html.xls", "Table 1", "html-xls"],
  ["ledger-2003.xml", "Open items", "spreadsheet-ml"],
]) {
  test(`${name} gives the figures the package gives for it`, async () => {
    const { page, problems, requests } = await openApp();
    const loaded = requests.length;
    const path = fileURLToPath(new URL(`../fixtures/formats/${name}`, import.meta.url));
    await page.getByTestId("file-input").setInputFiles(path);
    await page.getByTestId("file-name").filter({ hasText: name }).waitFor();
    await page.getByTestId("as-of").fill("2026-06-30");
    await page.getByRole("heading", { name: "Aging at 2026-06-30" }).waitFor();
    const { report } = analyze(await readFile(path), { asOf: "2026-06-30" });
    for (const c of report.aging.currencies) {
      assert.equal((await cell(page, c.currency, "total")).replaceAll(",", ""), c.openTotal, `${c.currency} open total`);
    }
    await page.screenshot({ path: `${ARTIFACTS}/${shot}.png`, fullPage: true });
    await go(page, "import");
    assert.match(await page.getByTestId("import-details").textContent(), new RegExp(`sheet "${sheet}"`));
    assert.deepEqual(requests.slice(loaded), [], "no request after the page loaded");
    assert.deepEqual(problems, []);
    await page.close();
  });
}

test("an aged summary shows its buckets as given and says what it cannot give", async () => {
  const { page, problems } = await openApp();
  await page.getByTestId("file-input").setInputFiles(fileURLToPath(new URL("../fixtures/layouts/xero-aged-receivables-summary.csv", import.meta.url)));
  await page.getByTestId("given-aging-table").waitFor();
  // Current 500.00 − 60.00; Older 1,250.50; total 740.00 + 940.00 + 1,250.50.
  // No currency in the file: shown as unknown (XXX), never as USD.
  assert.equal(await page.getByTestId("given-XXX-b0").textContent(), "440.00");
  assert.equal(await page.getByTestId("given-XXX-b5").textContent(), "1,250.50");
  assert.equal(await page.getByTestId("given-XXX-total").textContent(), "2,930.50");
  assert.match(await page.getByTestId("unavailable").textContent(), /aging at the as-of date, allowance: the file is an aged summary/);
  assert.equal(await page.getByTestId("aging-table").count(), 0, "no invoice-level aging is made up");
  // The import's column mapping lists the bucket columns as read, in column order (they were "Not used").
  await go(page, "import");
  await page.getByText("Column mapping", { exact: true }).click();
  const mapped = await page.getByTestId("mapping-table").locator("tbody tr").evaluateAll((rows) =>
    rows.map((r) => [...r.cells].slice(0, 3).map((c) => c.textContent).join(" | ")),
  );
  assert.deepEqual(mapped, [
    "A | Contact | customer name",
    "B | Current | aging bucket, as given",
    "C | < 1 Month | aging bucket, as given",
    "D | 1 Month | aging bucket, as given",
    "E | 2 Months | aging bucket, as given",
    "F | 3 Months | aging bucket, as given",
    "G | Older | aging bucket, as given",
    "H | Total | open balance",
  ]);
  assert.equal(await page.getByText("Not used:").isVisible(), false);
  assert.deepEqual(problems, []);
  await page.close();
});

test("a file that is not a ledger shows a located error", async () => {
  const { page, problems } = await openApp();
  await page.getByTestId("file-input").setInputFiles({
    name: "notes.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("Name,Total\nAcme,12\n"),
  });
  const error = page.getByTestId("error");
  await error.waitFor();
  assert.match(await error.textContent(), /^file "notes\.csv", row 1: this does not look like a ledger: no column for invoice date/);
  assert.deepEqual(problems, []);
  await page.close();
});

test("a PDF dropped on the page is named for what it is", async () => {
  const { page, problems } = await openApp();
  const pdf = Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "latin1");
  await page.getByTestId("file-input").setInputFiles({ name: "aging.pdf", mimeType: "application/pdf", buffer: pdf });
  const error = page.getByTestId("error");
  await error.waitFor();
  assert.match(await error.textContent(), /^file "aging\.pdf": this is a PDF document \(export the report as Excel or CSV/);
  assert.deepEqual(problems, []);
  await page.close();
});

test("a ledger zipped for download is read from its archive", async () => {
  const { page, problems } = await openApp();
  // R1 due 31 March, not due at 31 March: 1,200.00; R2 due 2 March, 29 days → 1–30: 450.25.
  const csv = "Ref,Client,Date,Due,Amount,Currency\nR1,Acme,2024-03-01,2024-03-31,1200.00,EUR\nR2,Birch,2024-02-01,2024-03-02,450.25,EUR\n";
  const archive = zip([["__MACOSX/._ledger.csv", "\u0000"], ["AR/ledger.csv", csv]]);
  await page.getByTestId("file-input").setInputFiles({ name: "export.zip", mimeType: "application/zip", buffer: archive });
  await page.getByTestId("file-name").filter({ hasText: "export.zip" }).waitFor();
  await page.getByTestId("as-of").fill("2024-03-31");
  await page.getByTestId("aging-EUR-total").filter({ hasText: "1,650.25" }).waitFor();
  assert.equal(await page.getByTestId("aging-EUR-notDue").textContent(), "1,200.00");
  assert.equal(await page.getByTestId("aging-EUR-b0").textContent(), "450.25");
  assert.deepEqual(problems, []);
  await page.close();
});

test("a debit/credit indicator column chosen on the mapping screen signs the amounts", async () => {
  const { page, problems } = await openApp();
  // Unsigned amounts; `+`/`-` marks under a header the vocabulary does not know: read as written at first.
  const csv = "Ref,Client,Date,Due,Amount,Sign\nR1,Acme,2024-03-01,2024-03-31,1200.00,+\nR2,Acme,2024-03-05,2024-04-04,450.00,-\nR3,Birch,2024-02-01,2024-03-02,980.00,+\n";
  await page.getByTestId("file-input").setInputFiles({ name: "signs.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByTestId("file-name").filter({ hasText: "signs.csv" }).waitFor();
  await page.getByTestId("as-of").fill("2024-03-31");
  await page.getByTestId("aging-XXX-total").filter({ hasText: "2,630.00" }).waitFor();
  await go(page, "import");
  await page.getByText("Column mapping", { exact: true }).click();
  await page.getByLabel("Debit/credit indicator", { exact: true }).selectOption({ label: "F — Sign" });
  await page.getByTestId("analyse").click();
  await go(page, "aging");
  await page.getByTestId("as-of").fill("2024-03-31");
  // R1 1,200.00 not due; R2 the credit −450.00; R3 980.00 due 2 March, 29 days → 1–30:
  // 1,200.00 − 450.00 + 980.00 = 1,730.00.
  await page.getByTestId("aging-XXX-total").filter({ hasText: "1,730.00" }).waitFor();
  assert.equal(await page.getByTestId("aging-XXX-b0").textContent(), "980.00");
  assert.deepEqual(problems, []);
  await page.close();
});

test("a Portuguese ERP export shows its reconciliation and the file's SHA-256", async () => {
  const { page, problems } = await openApp("import");
  await page.getByTestId("file-input").setInputFiles(fileURLToPath(new URL("../fixtures/classes/pt-erp-titulos.csv", import.meta.url)));
  await page.getByTestId("file-name").filter({ hasText: "pt-erp-titulos.csv" }).waitFor();
  const table = page.getByTestId("import-reconciliation");
  // Hand computation: core/tests/classes.rs. Saldo: 3,950.50 imported + 2,400.00 excluded = 6,350.50.
  const cell = (name) => table.getByTestId(`reconciliation-Saldo R$-BRL-${name}`).textContent();
  assert.deepEqual(
    [await cell("file"), await cell("imported"), await cell("excluded"), await cell("skipped")],
    ["6,350.50", "3,950.50", "2,400.00", "0.00"],
  );
  assert.equal(await table.locator("tbody tr").count(), 2);
  assert.match(await table.textContent(), /✓ balances/);
  assert.match(await page.getByTestId("import-provenance").textContent(), /SHA-256 d890eb5f3a529762ac54b821bbfff3d3b0529bb688ef2149b84529aefc88b65c · read by arlens \d+\.\d+\.\d+/);
  await page.getByTestId("import-reconciliation").scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${ARTIFACTS}/reconciliation.png` });
  assert.deepEqual(problems, []);
  await page.close();
});

test("a list of messages or a table cut by its box fades at the edge it continues past", async () => {
  const { page, problems } = await openApp("import");
  // 30 refused rows: more messages than the list's box holds.
  const lines = ["Customer,Invoice,Date,Due,Amount"];
  for (let i = 0; i < 30; i++) lines.push(`Cust ${i},INV-${i},15/04/2026,15/05/2026,100.00`, `Cust ${i},X-${i},notadate,15/05/2026,50.00`);
  await page.getByTestId("file-input").setInputFiles({ name: "refused.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\n")) });
  await page.getByTestId("file-name").filter({ hasText: "refused.csv" }).waitFor();
  const fades = (testId) =>
    page.getByTestId(testId).evaluate((el) => {
      const box = el.closest(".table-scroll, .problems");
      const style = getComputedStyle(box);
      return [style.getPropertyValue("--fade-start"), style.getPropertyValue("--fade-end")];
    });
  // At its top the list fades at its foot only; scrolled to its end, at its head only.
  assert.deepEqual(await fades("import-problems"), ["0px", "40px"]);
  await page.getByTestId("import-problems").evaluate((el) => { el.scrollTop = el.scrollHeight; });
  await page.waitForFunction(() => getComputedStyle(document.querySelector("[data-testid=import-problems]")).getPropertyValue("--fade-end") === "0px");
  assert.deepEqual(await fades("import-problems"), ["40px", "0px"]);
  // The reconciliation fits at 1280 px (nothing fades) and is cut at 820 px (its right edge fades).
  assert.deepEqual(await fades("import-reconciliation"), ["0px", "0px"]);
  await page.setViewportSize({ width: 820, height: 1180 });
  await page.waitForFunction(() => getComputedStyle(document.querySelector("[data-testid=import-reconciliation]").closest(".table-scroll")).getPropertyValue("--fade-end") !== "0px");
  assert.deepEqual(await fades("import-reconciliation"), ["0px", "40px"]);
  // A grid cut at 820 px fades at its right edge (its left holds the frozen first column):
  // scrolled to its end, nothing fades.
  await go(page, "invoices");
  const grid = page.getByTestId("invoices");
  const gridFade = () => grid.evaluate((el) => getComputedStyle(el.closest(".grid")).getPropertyValue("--fade-end"));
  await page.waitForFunction(() => getComputedStyle(document.querySelector("[data-testid=invoices]").closest(".grid")).getPropertyValue("--fade-end") !== "0px");
  assert.equal(await gridFade(), "40px");
  assert.notEqual(await grid.evaluate((el) => getComputedStyle(el.closest(".grid")).maskImage), "none");
  // The open amount stands beside the customer, in view without scrolling sideways
  // (it came after the days and the aging column, past the box's right edge).
  const inView = (testId) =>
    page.getByTestId(testId).evaluate((cell) => {
      const box = cell.closest(".grid").getBoundingClientRect();
      const r = cell.getBoundingClientRect();
      return r.left >= box.left && r.right <= box.right;
    });
  assert.ok(await inView("invoices-0-open"), "the first row's open amount is in view at 820 px");
  await grid.evaluate((el) => { const g = el.closest(".grid"); g.scrollLeft = g.scrollWidth; });
  await page.waitForFunction(() => getComputedStyle(document.querySelector("[data-testid=invoices]").closest(".grid")).getPropertyValue("--fade-end") === "0px");
  // So do a customer's open total and past-due amount, which the grid is sorted by
  // (they came after the six aging columns and the credits).
  await go(page, "customers");
  await page.getByTestId("customers-0-open").waitFor();
  assert.ok(await inView("customers-0-open"), "the first customer's open total is in view at 820 px");
  assert.ok(await inView("customers-0-pastDue"), "the first customer's past-due amount is in view at 820 px");
  assert.deepEqual(problems, []);
  await page.close();
});

test("a file that names no currency is shown in XXX until the user gives one", async () => {
  const { page, problems } = await openApp();
  await page.getByTestId("file-input").setInputFiles(fileURLToPath(new URL("../fixtures/classes/dollar-amounts-no-currency.csv", import.meta.url)));
  await page.getByTestId("file-name").filter({ hasText: "dollar-amounts-no-currency.csv" }).waitFor();
  await page.getByTestId("as-of").fill("2024-03-31");
  // Hand computation: core/tests/classes.rs ("$" names no currency).
  await page.getByTestId("aging-XXX-total").filter({ hasText: "1,499.99" }).waitFor();
  await go(page, "import");
  const input = page.getByTestId("currency");
  assert.equal(await input.getAttribute("placeholder"), "XXX");
  await page.setViewportSize({ width: 820, height: 1180 });
  await page.screenshot({ path: `${ARTIFACTS}/currency-820x1180.png` });
  // Not an ISO code: nothing changes. An ISO code: the rows are in it.
  await input.fill("dollars");
  await input.dispatchEvent("change");
  await go(page, "aging");
  assert.equal(await page.getByTestId("aging-XXX-total").count(), 1);
  await go(page, "import");
  await input.fill("cad");
  await input.dispatchEvent("change");
  await go(page, "aging");
  await page.getByTestId("aging-CAD-total").filter({ hasText: "1,499.99" }).waitFor();
  assert.equal(await page.getByTestId("aging-XXX-total").count(), 0);
  assert.equal(await page.getByTestId("as-of").inputValue(), "2024-03-31", "the as-of date stays");
  assert.deepEqual(problems, []);
  await page.close();
});

test("a refused file opens the mapping screen; choosing the column by its label gives the figures", async () => {
  const { page, problems } = await openApp();
  // Whole-number amounts all different read like an id, so the content does not decide the amount.
  const csv = "Ref,Client,Date,Due,X\nR1,Acme,2024-03-01,2024-03-31,1200\nR2,Acme,2024-03-05,2024-04-04,450\nR3,Birch,2024-02-01,2024-03-02,980\n";
  await page.getByTestId("file-input").setInputFiles({ name: "whole-amounts.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByTestId("mapping-screen").waitFor();
  assert.match(await page.getByTestId("error").textContent(), /no column for amount/);
  assert.equal(await page.getByTestId("mapping-preview").locator("tbody tr").count(), 3);
  // Each field's chooser is found by its name; the detected columns are selected.
  assert.equal(await page.getByLabel("Due date", { exact: true }).inputValue(), "3");
  await page.setViewportSize({ width: 820, height: 1180 });
  await page.screenshot({ path: `${ARTIFACTS}/mapping-820x1180.png`, fullPage: true });
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: `${ARTIFACTS}/mapping-1366x768.png` });
  await page.getByLabel("Amount", { exact: true }).selectOption({ label: "E — X" });
  await page.getByTestId("analyse").click();
  await page.getByTestId("as-of").fill("2024-03-31");
  // Hand computation: R1 due 31 Mar (not due) 1,200 + R2 not due 450; R3 due 2 Mar, 29 days → 1–30: 980.
  await page.getByTestId("aging-XXX-total").filter({ hasText: "2,630.00" }).waitFor();
  assert.equal(await page.getByTestId("aging-XXX-notDue").textContent(), "1,650.00");
  assert.equal(await page.getByTestId("error").count(), 0);
  // Next month's export with the same headers, after a reload: straight to the figures.
  await page.reload();
  await page.getByTestId("app").waitFor();
  const nextMonth = csv.replace("R3,Birch,2024-02-01,2024-03-02,980", "R4,Birch,2024-03-20,2024-04-19,75");
  await page.getByTestId("file-input").setInputFiles({ name: "whole-amounts-april.csv", mimeType: "text/csv", buffer: Buffer.from(nextMonth) });
  await page.getByTestId("mapping-remembered").waitFor();
  assert.match(await page.getByTestId("mapping-remembered").textContent(), /^Mapping remembered from whole-amounts\.csv \(\d{4}-\d{2}-\d{2}\)/);
  await page.getByTestId("as-of").fill("2024-03-31");
  await page.getByTestId("aging-XXX-total").filter({ hasText: "1,725.00" }).waitFor(); // 1,200 + 450 + 75, none due
  // Forgotten, it is gone: the same layout asks again.
  await go(page, "import");
  await page.getByText("Column mapping", { exact: true }).click();
  await page.getByTestId("forget-mapping").click();
  assert.equal(await page.getByTestId("forget-mapping").count(), 0);
  await page.getByTestId("file-input").setInputFiles({ name: "whole-amounts-may.csv", mimeType: "text/csv", buffer: Buffer.from(nextMonth) });
  await page.getByTestId("mapping-screen").waitFor();
  assert.equal(await page.getByTestId("mapping-remembered").count(), 0);
  assert.deepEqual(problems, []);
  await page.close();
});

test("the mapping screen also sets the decimal mark and default terms", async () => {
  const { page, problems } = await openApp();
  // No due date, no terms; amounts with decimal commas in a column named "X".
  const csv = "Ref;Client;Date;X\nR1;Acme;2024-03-01;1.200,50\nR2;Acme;2024-02-01;450,25\nR3;Birch;2024-01-02;980,00\n";
  await page.getByTestId("file-input").setInputFiles({ name: "terms.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByTestId("file-name").filter({ hasText: "terms.csv" }).waitFor();
  await go(page, "import");
  await page.getByText("Column mapping", { exact: true }).click();
  await page.getByLabel("Decimal mark").selectOption("comma");
  await page.getByLabel("Default terms (days)").fill("30");
  await page.getByLabel("Default terms (days)").dispatchEvent("change");
  await page.getByTestId("analyse").click();
  await page.getByTestId("as-of").fill("2024-03-31");
  await go(page, "aging");
  // Hand computation, due = date + 30: R1 due 31 Mar (not due) 1,200.50; R2 due 2 Mar,
  // 29 days → 1–30: 450.25; R3 due 1 Feb, 59 days → 31–60: 980.00.
  await page.getByTestId("aging-XXX-total").filter({ hasText: "2,630.75" }).waitFor();
  assert.equal(await page.getByTestId("aging-XXX-notDue").textContent(), "1,200.50");
  assert.equal(await page.getByTestId("aging-XXX-b0").textContent(), "450.25");
  assert.equal(await page.getByTestId("aging-XXX-b1").textContent(), "980.00");
  assert.deepEqual(problems, []);
  await page.close();
});

test("a file whose dates read both ways is refused, and the mapping screen sets the order and the currency", async () => {
  const { page, problems } = await openApp();
  // Every date reads as DD/MM or MM/DD; no currency named.
  const csv = "Ref,Client,Date,Due,Amount\nR1,Acme,01/03/2024,02/04/2024,1200.00\nR2,Birch,05/02/2024,07/03/2024,450.50\n";
  await page.getByTestId("file-input").setInputFiles({ name: "ambiguous.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByTestId("mapping-screen").waitFor();
  assert.match(await page.getByTestId("error").textContent(), /can be read as DD\/MM\/YYYY or MM\/DD\/YYYY/);
  const screen = page.getByTestId("mapping-screen");
  await screen.getByLabel("Date order").selectOption("dmy");
  await screen.getByLabel("Default currency").fill("eur");
  await screen.getByLabel("Default currency").dispatchEvent("change");
  await page.getByTestId("analyse").click();
  await page.getByTestId("as-of").fill("2024-03-31");
  // Read DD/MM: R1 due 2 April, not due: 1,200.00; R2 due 7 March, 24 days → 1–30: 450.50.
  await page.getByTestId("aging-EUR-total").filter({ hasText: "1,650.50" }).waitFor();
  assert.equal(await page.getByTestId("aging-EUR-b0").textContent(), "450.50");
  assert.deepEqual(problems, []);
  await page.close();
});

test("a colleague's exported mappings are imported and open the same layout straight to the figures", async () => {
  const { page, problems } = await openApp();
  const csv = "Ref,Client,Date,Due,Y\nR1,Acme,2024-03-01,2024-03-31,1200\nR2,Acme,2024-03-05,2024-04-04,450\nR3,Birch,2024-02-01,2024-03-02,980\n";
  await page.getByTestId("file-input").setInputFiles({ name: "colleague.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByTestId("mapping-screen").waitFor();
  await page.getByLabel("Amount", { exact: true }).selectOption({ label: "E — Y" });
  await page.getByTestId("analyse").click();
  await page.getByTestId("file-name").filter({ hasText: "colleague.csv" }).waitFor();
  await go(page, "import");
  await page.getByTestId("mapping-table").waitFor({ state: "attached" });
  // The colleague exports, then this browser forgets everything.
  await page.getByText("Column mapping", { exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByText("Export as JSON").click()]);
  const exported = await readFile(await download.path(), "utf8");
  assert.deepEqual(JSON.parse(exported)[0].columns, { B: "customerName", A: "documentId", C: "invoiceDate", D: "dueDate", E: "amount" });
  await page.getByTestId("forget-mapping").click();
  // Not JSON of mappings: said, nothing imported.
  await page.getByTestId("import-mappings").setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from("{\"a\": 1}") });
  await page.getByTestId("import-mappings-status").filter({ hasText: "not a file of arlens mappings" }).waitFor();
  await page.getByTestId("import-mappings").setInputFiles({ name: "arlens-mappings.json", mimeType: "application/json", buffer: Buffer.from(exported) });
  await page.getByTestId("import-mappings-status").filter({ hasText: "1 mapping imported from arlens-mappings.json." }).waitFor();
  await page.reload();
  await page.getByTestId("app").waitFor();
  await page.getByTestId("file-input").setInputFiles({ name: "colleague-may.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByTestId("mapping-remembered").waitFor();
  await page.getByTestId("as-of").fill("2024-03-31");
  await go(page, "aging");
  // R1 and R2 not due (1,200 + 450); R3 due 2 Mar, 29 days → 1–30: 980.
  await page.getByTestId("aging-XXX-total").filter({ hasText: "2,630.00" }).waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

/** An Excel serial for a date (days since 1899-12-30). */
const serial = (y, m, d) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000;

/**
 * Eight invoices written as DD/MM/YYYY and opened in a spreadsheet set to MM/DD/YYYY:
 * dates on days 1–12 became date cells with day and month swapped, the others stayed text.
 */
function localeDamagedWorkbook() {
  const docs = [
    ["05/01/2024", "04/02/2024"], ["14/01/2024", "13/02/2024"], ["03/02/2024", "04/03/2024"], ["20/02/2024", "21/03/2024"],
    ["08/03/2024", "07/04/2024"], ["15/03/2024", "14/04/2024"], ["02/04/2024", "02/05/2024"], ["25/04/2024", "25/05/2024"],
  ];
  const damaged = (text) => {
    const [d, m, y] = text.split("/").map(Number);
    return d <= 12 ? { t: "n", v: serial(y, d, m), z: "mm/dd/yyyy" } : { t: "s", v: text };
  };
  const rows = [["Invoice", "Customer", "Date", "Due", "Amount", "Currency"]].concat(
    docs.map(([date, due], k) => [`F-${k + 1}`, k % 2 ? "Borealis" : "Acme", date, due, 100 * (k + 1), "EUR"]),
  );
  const ws = XLSX.utils.aoa_to_sheet(rows);
  rows.slice(1).forEach((row, r) => {
    ws[XLSX.utils.encode_cell({ r: r + 1, c: 2 })] = damaged(row[2]);
    ws[XLSX.utils.encode_cell({ r: r + 1, c: 3 })] = damaged(row[3]);
  });
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, "Ledger");
  return XLSX.write(wb, { type: "buffer", bookType: "xlsx" });
}

test("a workbook damaged by a day/month locale round trip is repaired from the page", async () => {
  const { page, problems } = await openApp("import");
  await page.getByTestId("file-input").setInputFiles({ name: "round-trip.xlsx", buffer: localeDamagedWorkbook() });
  const notice = page.getByTestId("swapped-dates");
  // Date cells: the four invoice dates and four due dates on days 1–12 (the others are text).
  await notice.filter({ hasText: "Day and month look swapped in 8 date cells (Date, Due)." }).waitFor();
  await page.getByTestId("as-of").fill("2024-04-30");
  await go(page, "aging");
  // As read, F-1 (05/01 read as 1 May) and F-5 (08/03 read as 3 August) are dated after
  // the as-of date and not yet open: 3,600 − 100 − 500 = 3,000.
  await page.getByTestId("aging-EUR-total").filter({ hasText: "3,000.00" }).waitFor();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: `${ARTIFACTS}/swapped-dates-1366x768.png` });
  await go(page, "import");
  await page.getByTestId("repair-swapped-dates").click();
  await notice.filter({ hasText: "Day and month swapped back in 8 date cells (Date, Due)." }).waitFor();
  await go(page, "aging");
  // Hand computation at 2024-04-30, due dates repaired: F-7 (2 May) 700 and F-8 (25 May) 800
  // not due = 1,500; F-5 (7 Apr, 23 days) 500 + F-6 (14 Apr, 16) 600 = 1,100 in 1–30;
  // F-3 (4 Mar, 57) 300 + F-4 (21 Mar, 40) 400 = 700 in 31–60; F-1 (4 Feb, 86) 100 +
  // F-2 (13 Feb, 77) 200 = 300 in 61–90.
  await page.getByTestId("aging-EUR-notDue").filter({ hasText: "1,500.00" }).waitFor();
  assert.equal(await page.getByTestId("aging-EUR-b0").textContent(), "1,100.00");
  assert.equal(await page.getByTestId("aging-EUR-b1").textContent(), "700.00");
  assert.equal(await page.getByTestId("aging-EUR-b2").textContent(), "300.00");
  assert.equal(await page.getByTestId("aging-EUR-total").textContent(), "3,600.00");
  await page.setViewportSize({ width: 820, height: 1180 });
  await page.screenshot({ path: `${ARTIFACTS}/swapped-dates-820x1180.png` });
  assert.deepEqual(problems, []);
  await page.close();
});

test("rows and columns a workbook hides are said, and hidden rows left out from the page", async () => {
  const { page, problems } = await openApp("import");
  const rows = [
    ["Invoice", "Customer", "Invoice date", "Due date", "Amount", "Currency"],
    ["I-1", "Acme", "2026-04-01", "2026-05-01", 100, "EUR"],
    ["I-2", "Beta", "2026-04-02", "2026-05-02", 250, "EUR"],
    ["I-3", "Acme", "2026-04-03", "2026-05-03", 40, "EUR"],
    ["I-4", "Beta", "2026-04-04", "2026-05-04", 10, "EUR"],
  ];
  const ws = XLSX.utils.aoa_to_sheet(rows);
  // Filtered to Acme before saving: Beta's rows 3 and 5 hidden; and the currency column.
  ws["!rows"] = [{}, {}, { hidden: true }, {}, { hidden: true }];
  ws["!cols"] = [{}, {}, {}, {}, {}, { hidden: true }];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, "Open items");
  const buffer = XLSX.write(wb, { type: "buffer", bookType: "xlsx" });
  await page.getByTestId("file-input").setInputFiles({ name: "filtered.xlsx", buffer });
  const notice = page.getByTestId("hidden-rows");
  await notice.filter({ hasText: "2 rows of the file are hidden in the workbook." }).waitFor();
  await page
    .getByTestId("hidden-columns")
    .filter({ hasText: 'Read from a column the workbook hides: the currency from column F ("Currency").' })
    .waitFor();
  await page.getByTestId("as-of").fill("2026-06-30");
  await go(page, "aging");
  // Every row read: 100 + 250 + 40 + 10 = 400.00.
  await page.getByTestId("aging-EUR-total").filter({ hasText: "400.00" }).waitFor();
  await go(page, "import");
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: `${ARTIFACTS}/hidden-rows-1366x768.png` });
  await page.getByTestId("skip-hidden-rows").click();
  await notice.filter({ hasText: "2 rows hidden in the workbook left out." }).waitFor();
  await go(page, "aging");
  // As the sheet was filtered: Acme's 100 + 40 = 140.00.
  await page.getByTestId("aging-EUR-total").filter({ hasText: "140.00" }).waitFor();
  await go(page, "import");
  await page.setViewportSize({ width: 820, height: 1180 });
  await page.screenshot({ path: `${ARTIFACTS}/hidden-rows-820x1180.png` });
  assert.deepEqual(problems, []);
  await page.close();
});

test("the mapping screen chooses the sheet and the header row", async () => {
  const { page, problems } = await openApp("import");
  // A notes sheet first; on the data sheet two title rows the header search passes over
  // as a header, because they name no field.
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([["Notes"], ["Exported by hand"]]), "Notes");
  const data = [
    ["Q1 receivables", "", "", ""],
    ["Ref", "Client", "Date", "X"],
    ["R1", "Acme", "2024-03-01", 1200],
    ["R2", "Acme", "2024-02-01", 450],
  ];
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(data), "Data");
  await page.getByTestId("file-input").setInputFiles({ name: "two-sheets.xlsx", buffer: XLSX.write(wb, { type: "buffer", bookType: "xlsx" }) });
  await page.getByTestId("file-name").filter({ hasText: "two-sheets.xlsx" }).waitFor();
  // Read (from the sheet that looks most like a ledger) or refused: either way the screen is there.
  await page.waitForFunction(
    () => document.querySelector('[data-testid="error"]') || /sheet "/.test(document.querySelector('[data-testid="import-details"]')?.textContent ?? ""),
  );
  if ((await page.getByTestId("error").count()) === 0) await page.getByText("Column mapping", { exact: true }).click();
  const screen = page.getByTestId("mapping-screen");
  await screen.getByLabel("Sheet", { exact: true }).selectOption("Notes");
  await screen.getByTestId("mapping-preview").filter({ hasText: "Exported by hand" }).waitFor();
  await screen.getByLabel("Sheet", { exact: true }).selectOption("Data");
  // The Data sheet in view before its header row is changed (its inspection, arriving
  // after the change, would set the row back to the one it detected: seen once under load).
  await screen.getByTestId("mapping-preview").filter({ hasText: "R2" }).waitFor();
  // Row 1 as the header: the real header row is read as the first row of data.
  await screen.getByLabel("Header row").fill("1");
  await screen.getByLabel("Header row").dispatchEvent("change");
  await screen.getByTestId("mapping-preview").locator("tbody tr").first().filter({ hasText: "Client" }).waitFor();
  await screen.getByLabel("Header row").fill("2");
  await screen.getByLabel("Header row").dispatchEvent("change");
  // Row 2 as the header: R1 is the first row of data. (Waiting for R2 alone passed on the
  // preview of row 1 as header, which holds R2 too, before it was redrawn: failed once in CI.)
  await screen.getByTestId("mapping-preview").locator("tbody tr").first().filter({ hasText: "R1" }).waitFor();
  assert.equal(await screen.getByTestId("mapping-preview").locator("tbody tr").count(), 2);
  await page.getByLabel("Amount", { exact: true }).selectOption({ label: "D — X" });
  await page.getByLabel("Default terms (days)").fill("30");
  await page.getByLabel("Default terms (days)").dispatchEvent("change");
  await page.getByTestId("analyse").click();
  await page.getByTestId("as-of").fill("2024-03-31");
  assert.match(await page.getByTestId("import-details").textContent(), /sheet "Data" · header on row 2/);
  await go(page, "aging");
  // Due = date + 30: R1 due 31 Mar, not due, 1,200; R2 due 2 Mar, 29 days → 1–30: 450.
  await page.getByTestId("aging-XXX-total").filter({ hasText: "1,650.00" }).waitFor();
  assert.equal(await page.getByTestId("aging-XXX-b0").textContent(), "450.00");
  assert.deepEqual(problems, []);
  await page.close();
});

test("a ledger split by month across sheets is read as one, and a sheet can be read alone", async () => {
  const { page, problems } = await openApp("import");
  const head = ["Type", "Document", "Customer", "Date", "Due date", "Amount", "Currency", "Applies to"];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([
    head,
    ["Invoice", "INV-1", "Acme", "2024-02-01", "2024-03-02", 1000, "EUR", ""],
    ["Invoice", "INV-2", "Birch", "2024-02-15", "2024-03-16", 500, "EUR", ""],
  ]), "February");
  XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([
    head,
    ["Payment", "PAY-1", "Acme", "2024-03-10", "", 600, "EUR", "INV-1"],
    ["Invoice", "INV-3", "Acme", "2024-03-20", "2024-04-19", 250, "EUR", ""],
  ]), "March");
  await page.getByTestId("file-input").setInputFiles({ name: "monthly.xlsx", buffer: XLSX.write(wb, { type: "buffer", bookType: "xlsx" }) });
  await page.getByTestId("file-name").filter({ hasText: "monthly.xlsx" }).waitFor();
  await page.getByTestId("as-of").fill("2024-03-31");
  await page.getByTestId("import-details").filter({ hasText: 'read as one: "February", "March"' }).waitFor();
  await page.screenshot({ path: `${ARTIFACTS}/sheets-read-as-one.png`, fullPage: true });
  await go(page, "aging");
  // March's payment settles February's invoice: INV-1 1,000.00 − 600.00 = 400.00 due 2 March
  // (29 days) and INV-2 500.00 due 16 March (15 days) in 1–30: 900.00; INV-3 250.00 not due.
  await page.getByTestId("aging-EUR-total").filter({ hasText: "1,150.00" }).waitFor();
  assert.equal(await cell(page, "EUR", "b0"), "900.00");
  assert.equal(await cell(page, "EUR", "notDue"), "250.00");
  // February alone: its two invoices, nothing paid: 1,500.00 in 1–30.
  await go(page, "import");
  await page.getByText("Column mapping", { exact: true }).click();
  const sheet = page.getByTestId("mapping-screen").getByLabel("Sheet", { exact: true });
  await sheet.selectOption("February");
  await page.getByTestId("analyse").click();
  await page.getByTestId("import-details").filter({ hasText: 'sheet "February" ·' }).waitFor();
  await go(page, "aging");
  await page.getByTestId("aging-EUR-total").filter({ hasText: "1,500.00" }).waitFor();
  // And both again, from the first choice (the mapping screen stays open once used).
  await go(page, "import");
  if (!(await sheet.isVisible())) await page.getByText("Column mapping", { exact: true }).click();
  await sheet.selectOption("");
  await page.getByTestId("analyse").click();
  await page.getByTestId("import-details").filter({ hasText: 'read as one: "February", "March"' }).waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});

test("monthly exports chosen together are read as one ledger, each row located in its file", async () => {
  const { page, problems, requests } = await openApp();
  const loaded = requests.length;
  const head = "Type,Document,Customer,Date,Due date,Amount,Currency,Applies to\n";
  const jan = head + "Invoice,INV-1,Acme,2024-02-01,2024-03-02,1000.00,EUR,\nInvoice,INV-2,Birch,2024-02-15,2024-03-16,500.00,EUR,\n";
  const feb = head + "Payment,PAY-1,Acme,2024-03-10,,600.00,EUR,INV-1\nInvoice,INV-3,Acme,2024-03-20,2024-04-19,250.00,EUR,\nInvoice,INV-4,Birch,2024-03-22,soon,90.00,EUR,\n";
  await page.getByTestId("file-input").setInputFiles([
    { name: "february.csv", mimeType: "text/csv", buffer: Buffer.from(jan) },
    { name: "march.csv", mimeType: "text/csv", buffer: Buffer.from(feb) },
  ]);
  await page.getByTestId("file-name").filter({ hasText: "february.csv + 1 more" }).waitFor();
  await page.getByTestId("as-of").fill("2024-03-31");
  await go(page, "import");
  await page.getByTestId("import-details").filter({ hasText: 'read as one: "february.csv", "march.csv"' }).waitFor();
  // The unreadable due date, located in its own file.
  await page.getByText('Skipped — file "march.csv", row 4, column E ("Due date"): "soon"').waitFor();
  // Each file's own digest, as sha256sum gives it (the bundle made in the page is no one's file).
  const { createHash } = await import("node:crypto");
  const sha = (text) => createHash("sha256").update(text).digest("hex");
  const provenance = await page.getByTestId("import-provenance").textContent();
  assert.ok(provenance.includes(`february.csv SHA-256 ${sha(jan)}`) && provenance.includes(`march.csv SHA-256 ${sha(feb)}`), provenance);
  // A warning of the files together has no place to name, and shows none.
  await page.getByText('Warning — the documents of 2 files laid out alike, "february.csv", "march.csv", were read as one ledger').waitFor();
  await go(page, "aging");
  // March's payment settles February's invoice: INV-1 400.00 (29 days) + INV-2 500.00 (15 days)
  // in 1–30 = 900.00; INV-3 250.00 not due: 1,150.00.
  await page.getByTestId("aging-EUR-total").filter({ hasText: "1,150.00" }).waitFor();
  assert.equal(await cell(page, "EUR", "b0"), "900.00");
  await page.screenshot({ path: `${ARTIFACTS}/files-read-as-one.png` });
  // Bundled in the page: nothing requested.
  assert.deepEqual(requests.slice(loaded), []);
  assert.deepEqual(problems, []);
  await page.close();
});

test("a Japanese Excel CSV in Shift_JIS shows its headers mapped and its names readable", async () => {
  const { page, problems, requests } = await openApp();
  const loaded = requests.length;
  // tests/fixtures/languages/ja.csv saved as Excel in Japan saves "CSV": Shift_JIS, CRLF.
  await page.getByTestId("file-input").setInputFiles(fileURLToPath(new URL("../fixtures/languages/ja-shift_jis.csv", import.meta.url)));
  await page.getByTestId("file-name").filter({ hasText: "ja-shift_jis.csv" }).waitFor();
  await page.getByTestId("as-of").fill("2026-06-30");
  await page.getByRole("heading", { name: "Aging at 2026-06-30" }).waitFor();
  // core/tests/vocabulary.rs: 1,100,000 (30 days), 250,000 due today and 2,200,000 not due,
  // 330,000 (51 days); yen without minor units.
  assert.equal(await cell(page, "JPY", "notDue"), "2,450,000");
  assert.equal(await cell(page, "JPY", "b0"), "1,100,000");
  assert.equal(await cell(page, "JPY", "b1"), "330,000");
  assert.equal(await cell(page, "JPY", "total"), "3,880,000");
  await go(page, "collections");
  // The customers' names decoded from Shift_JIS: the first to chase is Yamada (1,100,000 at 30 days).
  await page.getByTestId("work-draft-choice").waitFor();
  const choices = await page.getByTestId("work-draft-choice").locator("option").allTextContents();
  assert.equal(choices[0], "#1 株式会社山田商事 (JPY)");
  await page.screenshot({ path: `${ARTIFACTS}/shift-jis.png` });
  assert.deepEqual(requests.slice(loaded), [], "no request after the page loaded");
  assert.deepEqual(problems, []);
  await page.close();
});
